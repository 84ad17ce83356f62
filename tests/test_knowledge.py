"""The knowledge base: shipped packs are valid and cited; user packs are
validated the same way and extend or replace entries."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from adr_lint import knowledge
from adr_lint.cli import main
from adr_lint.engine import Linter
from adr_lint.errors import PackError
from adr_lint.knowledge import KnowledgeBase, resources

PACK = Path(resources.rules_dir())


@pytest.mark.parametrize("name", knowledge.PACK_FILES)
def test_shipped_pack_file_is_valid(name: str) -> None:
    schema = json.loads(
        Path(resources.schema_path(f"pack-{name}.schema.json")).read_text(
            encoding="utf-8"
        )
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    text = (PACK / f"{name}.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=yaml.SafeLoader)
    assert data == yaml.load(
        text, Loader=yaml.CSafeLoader
    )  # same meaning with and without libyaml
    jsonschema.validate(data, schema)


def test_every_profile_claim_cites_a_real_section(kb: KnowledgeBase) -> None:
    seeds = Path(resources.data_dir("rules")).parent.parent / "shared" / "seeds"
    claims = [
        claim
        for f in kb.frameworks.values()
        for cs in f.profile.values()
        for claim in cs
    ]
    assert len(claims) >= 7
    for claim in claims:
        cites = (*claim.against, *claim.supports)
        assert cites, claim.text
        for cite in cites:
            source = kb.sources[cite.source]
            assert cite.section in source.sections
            if seeds.is_dir():
                article = next(
                    seeds.glob(cite.source.removeprefix("seed-") + "_*.txt")
                ).read_text(encoding="utf-8")
                assert cite.section.replace("–", "-").split(":")[0] in article.replace(
                    "–", "-"
                ), cite


def test_profiles_cover_the_contradictions_the_sources_support(
    kb: KnowledgeBase,
) -> None:
    verdicts = {
        (f.id, crit, level, claim.verdict)
        for f in kb.frameworks.values()
        for crit, claims in f.profile.items()
        for claim in claims
        for level in claim.levels
    }
    assert {
        ("flask", "admin", "required", "mismatch"),
        ("django", "async", "heavy", "mismatch"),
        ("django", "customisation", "high", "mismatch"),
        ("flask", "scale", "large", "mismatch"),
        ("flask", "team-size", "large", "mismatch"),
        ("django", "scale", "small", "mismatch"),
        ("django", "scale", "small", "disputed"),
    } <= verdicts


def test_claims_are_paraphrased_not_copied(kb: KnowledgeBase) -> None:
    seeds = Path(resources.data_dir("rules")).parent.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("seeds not beside this checkout")
    articles = " ".join(
        p.read_text(encoding="utf-8") for p in seeds.glob("*.txt")
    ).lower()
    for f in kb.frameworks.values():
        for claims in f.profile.values():
            for claim in claims:
                words = claim.text.lower().split()
                for i in range(len(words) - 7):
                    assert " ".join(words[i : i + 8]) not in articles, claim.text


def _write_pack(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False), encoding="utf-8"
    )
    return folder


FASTAPI = {
    "frameworks": [
        {
            "id": "fastapi",
            "name": "FastAPI",
            "aliases": ["FastAPI"],
            "profile": {
                "admin": [
                    {
                        "levels": ["required"],
                        "verdict": "mismatch",
                        "claim": "FastAPI has no admin interface of its own.",
                        "against": [
                            {"source": "seed-003", "section": "Admin Interface"}
                        ],
                    }
                ]
            },
        }
    ]
}


def _fastapi_claim(**changes: object) -> dict[str, object]:
    """The FastAPI pack with its one claim changed."""
    framework = FASTAPI["frameworks"][0]
    claim = {**framework["profile"]["admin"][0], **changes}  # type: ignore[index]
    return {"frameworks": [{**framework, "profile": {"admin": [claim]}}]}


def test_user_pack_adds_a_framework_profile(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack", "frameworks", FASTAPI)
    kb = knowledge.load([pack])
    assert "admin" in kb.frameworks["fastapi"].profile
    assert "django" in kb.frameworks  # the shipped entries stay
    text = "# Web framework\n\n## Context\n\nStaff need a back office from day one.\n\n## Decision\n\nWe will use FastAPI.\n"
    report = Linter(kb).lint_text(text, "adr.md")
    assert "M003" in [f.rule for f in report.findings]


def test_explain_lists_the_claims_a_pack_holds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["explain", "M003"]) == 0
    shipped = capsys.readouterr().out
    assert "Flask with a required admin interface requirement: mismatch" in shipped
    assert "FastAPI" not in shipped
    pack = _write_pack(tmp_path / "pack", "frameworks", FASTAPI)
    assert main(["explain", "--rules", str(pack), "M003"]) == 0
    added = capsys.readouterr().out
    assert (
        "FastAPI with a required admin interface requirement: mismatch [seed-003]"
        in added
    )
    assert main(["explain", "M001"]) == 0
    assert (
        "Django with a small (small-project) scale requirement, "
        "unless admin is required: mismatch"
    ) in capsys.readouterr().out


def test_user_pack_claim_is_answered_by_its_remedy(tmp_path: Path) -> None:
    claim = {
        **FASTAPI["frameworks"][0]["profile"]["admin"][0],
        "remedies": [r"\bsqladmin\b"],
    }  # type: ignore[index]
    framework = {**FASTAPI["frameworks"][0], "profile": {"admin": [claim]}}  # type: ignore[index]
    pack = _write_pack(tmp_path / "pack", "frameworks", {"frameworks": [framework]})
    linter = Linter(knowledge.load([pack]))
    text = "# Web framework\n\n## Context\n\nStaff need a back office from day one.\n\n## Decision\n\nWe will use FastAPI{}.\n"
    unanswered = linter.lint_text(text.format(""), "adr.md")
    answered = linter.lint_text(text.format(" with SQLAdmin for the staff"), "adr.md")
    assert "M003" in [f.rule for f in unanswered.findings]
    assert "M003" not in [f.rule for f in answered.findings]


def test_user_pack_adds_a_synonym(tmp_path: Path) -> None:
    pack = _write_pack(
        tmp_path / "pack", "language", {"choice_before": [r"\bwe are betting on\b"]}
    )
    kb = knowledge.load([pack])
    text = "# Web framework\n\n## Decision\n\nWe are betting on Flask.\n"
    assert Linter(kb).lint_text(text, "adr.md").framework == "flask"


def test_user_pack_adds_a_part_every_framework_has(tmp_path: Path) -> None:
    """Top-level components extend the shipped ones, for every framework."""
    pack = _write_pack(tmp_path / "pack", "frameworks", {"components": ["linter"]})
    text = "# Lint rules\n\n## Decision\n\nWe will use the {} linter plugin rules.\n"
    for name in ("Django", "Echo"):
        assert Linter(knowledge.load([])).lint_text(text.format(name), "a.md").framework
        added = Linter(knowledge.load([pack])).lint_text(text.format(name), "a.md")
        assert added.framework is None, name


BAD_PACKS = [
    (
        "frameworks",
        {"frameworks": [{"id": "Bad Id", "name": "x", "aliases": ["xx"]}]},
        "$.frameworks[0].id",
    ),
    ("frameworks", {"frameworks": [{"id": "x", "name": "x"}]}, "$.frameworks[0]"),
    (
        "criteria",
        {
            "criteria": [
                {
                    "id": "cost",
                    "number": 6,
                    "name": "cost",
                    "summary": "s",
                    "advice": "a",
                    "cues": ["(a+)+b"],
                }
            ]
        },
        "$.criteria[0].cues[0]",
    ),
    (
        "criteria",
        {
            "criteria": [
                {
                    "id": "cost",
                    "number": 6,
                    "name": "cost",
                    "summary": "s",
                    "advice": "a",
                    "cues": ["(unclosed"],
                }
            ]
        },
        "$.criteria[0].cues[0]",
    ),
    (
        "criteria",
        {
            "criteria": [
                {
                    "id": "cost",
                    "number": 6,
                    "name": "cost",
                    "summary": "s",
                    "advice": "a",
                    "cues": [r"\bcost\b"],
                    "levels": [{"level": "high", "patterns": [r"\bpricey\b"]}],
                    "concepts": [
                        {"who": ["bill"], "what": ["grow"], "level": "enormous"}
                    ],
                }
            ]
        },
        "$.criteria[0].concepts[0].level",
    ),
    # a concept's `who` is one word as the text is read: "add-on" is two
    (
        "criteria",
        {
            "criteria": [
                {
                    "id": "cost",
                    "number": 6,
                    "name": "cost",
                    "summary": "s",
                    "advice": "a",
                    "cues": [r"\bcost\b"],
                    "concepts": [{"who": ["bill", "add-on"], "what": ["grow"]}],
                }
            ]
        },
        "$.criteria[0].concepts[0].who[1]",
    ),
    ("language", {"sections": {"nonsense": ["x"]}}, "$.sections"),
    (
        "frameworks",
        _fastapi_claim(against=[{"source": "seed-999", "section": "x"}]),
        "$.frameworks[0].profile.admin[0].against[0].source",
    ),
    (
        "frameworks",
        _fastapi_claim(remedies=["(sqladmin"]),
        "$.frameworks[0].profile.admin[0].remedies[0]",
    ),
    (
        "frameworks",
        _fastapi_claim(unless={"budget": ["tight"]}),
        "$.frameworks[0].profile.admin[0].unless.budget",
    ),
    (
        "frameworks",
        _fastapi_claim(levels=["enormous"]),
        "$.frameworks[0].profile.admin[0].levels",
    ),
    (
        "frameworks",
        _fastapi_claim(unless={"scale": ["enormous"]}),
        "$.frameworks[0].profile.admin[0].unless.scale",
    ),
    ("frameworks", {"components": "linter"}, "$.components"),
]


def test_a_frameworks_file_with_neither_key_says_what_it_needs(tmp_path: Path) -> None:
    pack = _write_pack(tmp_path / "pack", "frameworks", {})
    with pytest.raises(PackError) as caught:
        knowledge.load([pack])
    assert caught.value.reason == "needs 'frameworks' or 'components'"


@pytest.mark.parametrize(("name", "data", "where"), BAD_PACKS)
def test_bad_pack_names_file_path_and_reason(
    tmp_path: Path, name: str, data: object, where: str
) -> None:
    pack = _write_pack(tmp_path / "pack", name, data)
    with pytest.raises(PackError) as caught:
        knowledge.load([pack])
    assert caught.value.path.endswith(f"{name}.yaml")
    assert caught.value.where == where
    assert caught.value.reason


def test_bad_pack_is_exit_2_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "frameworks.yaml").write_text("frameworks: [unclosed\n", encoding="utf-8")
    adr = tmp_path / "0001-x.md"
    adr.write_text("# X\n", encoding="utf-8")
    assert main(["--rules", str(pack), str(adr)]) == 2
    err = capsys.readouterr().err
    assert (
        "frameworks.yaml" in err and "not valid YAML" in err and "Traceback" not in err
    )


def test_missing_pack_folder_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--rules", str(tmp_path / "nope"), str(tmp_path)]) == 2
    assert "rule pack folder does not exist" in capsys.readouterr().err


def test_every_shipped_expression_compiles(kb: KnowledgeBase) -> None:
    # Expressions compile on first use; make sure none waits to fail in a user's run.
    assert kb.compile_all() > 40

"""`adr-lint show`: what was read in a record, criterion by criterion, as
text for people and as JSON that matches schemas/show.schema.json."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import click
import jsonschema
import pytest
from click.testing import CliRunner, Result

from adr_lint import knowledge
from adr_lint.authoring import show_text
from adr_lint.authoring.reading import view
from adr_lint.cli import main
from adr_lint.knowledge import resources


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def entry(args: tuple[str, ...]) -> None:
    """The real entry point, error handling included, under CliRunner."""
    raise SystemExit(main(list(args)))


def run(*args: str) -> Result:
    return CliRunner().invoke(entry, list(args))


def record(title: str, context: str, decision: str, status: str = "Accepted") -> str:
    return textwrap.dedent(
        f"""\
        # {title}

        Date: 2025-02-11

        ## Status

        {status}

        ## Context

        {context}

        ## Decision

        {decision}

        ## Consequences

        We will revisit this after the first release.
        """
    )


# (file name, record, the criterion contradicted, the framework, a title of
# an article the claim cites)
MISMATCHES = [
    (
        "0003-use-flask-for-the-ledger.md",
        record(
            "3. Use Flask for the ledger",
            "The ledger serves 5 million requests per day from every branch.",
            "We will use Flask.",
        ),
        "scale",
        "Flask",
        "Flask vs. Django: 3 Key Considerations",
    ),
    (
        "0004-use-flask-for-the-clinic-rota.md",
        record(
            "4. Use Flask for the clinic rota",
            "Forty engineers in six squads will build the rota together.",
            "We will use Flask.",
        ),
        "team-size",
        "Flask",
        "Django vs Flask: Which should You Choose For Your Project?",
    ),
    (
        "0005-use-django-for-the-auction-feed.md",
        record(
            "5. Use Django for the auction feed",
            "Bidders watch prices change live over WebSockets; the feed holds "
            "thousands of open connections.",
            "We will use Django.",
        ),
        "async",
        "Django",
        "Django vs Flask: Which Is Better for Web Development",
    ),
    (
        "0006-use-django-for-the-rules-engine.md",
        record(
            "6. Use Django for the rules engine",
            "We must swap out the ORM and the template engine for our own, "
            "with full control over every component.",
            "We will use Django.",
        ),
        "customisation",
        "Django",
        "Django vs Flask: Which Is Better for Web Development",
    ),
]


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def schema() -> dict[str, object]:
    text = Path(resources.schema_path("show.schema.json")).read_text("utf-8")
    loaded: dict[str, object] = json.loads(text)
    return loaded


@pytest.mark.parametrize(
    ("name", "text", "criterion", "framework", "cited"), MISMATCHES
)
def test_a_mismatch_is_shown_with_its_sources_named_for_people(
    folder: Path, name: str, text: str, criterion: str, framework: str, cited: str
) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    result = run("show", name)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"framework   {framework}, chosen on line 15" in out
    row = next(line for line in out.splitlines() if line.endswith("mismatch [1]"))
    assert row.split()[0] in criterion.replace("-", " ")
    assert f"\u201c{cited}\u201d" in out
    assert "seed-" not in out  # articles by title, never by id
    assert "\x1b[" not in out  # no colour off a terminal


@pytest.mark.parametrize(
    ("name", "text", "criterion", "framework", "cited"), MISMATCHES
)
def test_json_gives_the_same_and_matches_its_schema(
    folder: Path, name: str, text: str, criterion: str, framework: str, cited: str
) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    result = run("show", "--format", "json", name)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, schema())
    shown = data["files"][0]
    assert shown["decision"]["name"] == framework
    assert shown["decision"]["line"] == 15
    verdicts = {c["criterion"]: c["verdict"] for c in shown["criteria"]}
    assert verdicts[criterion] == "mismatch"
    row = next(c for c in shown["criteria"] if c["criterion"] == criterion)
    assert row["requirement_line"] == 11 and row["requirement_quote"]
    assert cited in {s["title"] for s in row["sources"]}
    assert all(s["side"] == "against" for s in row["sources"])


@pytest.mark.parametrize(
    ("name", "text", "criterion", "framework", "cited"), MISMATCHES
)
def test_verdicts_agree_with_the_findings_of_a_check(
    folder: Path, name: str, text: str, criterion: str, framework: str, cited: str
) -> None:
    (folder / name).write_text(text, encoding="utf-8")
    shown = json.loads(run("show", "--format", "json", name).stdout)["files"][0]
    report = json.loads(run("--format", "json", "--exit-zero", name).stdout)
    findings = report["files"][0]["findings"]
    mismatched = {f["criterion"] for f in findings if f["kind"] == "mismatch"}
    missing = {f["criterion"] for f in findings if f["kind"] == "missing-criterion"}
    by_verdict = {
        verdict: {c["criterion"] for c in shown["criteria"] if c["verdict"] == verdict}
        for verdict in ("mismatch", "not-addressed")
    }
    assert by_verdict == {"mismatch": mismatched, "not-addressed": missing}


# Records that choose no framework, and what the decision says instead.
NO_FRAMEWORK = [
    (
        record(
            "7. Keep invoices in object storage",
            "Invoices are PDFs kept for ten years.",
            "We will keep invoices in object storage with a lifecycle policy.",
        ),
        "none: the record chooses no web framework; its decision (line 15) says "
        "\u201cWe will keep invoices in object storage with a lifecycle policy.\u201d",
        False,
    ),
    (
        record(
            "8. Pick the web framework for the tram timetable",
            "The timetable needs a backend framework; Quart and Falcon are on the table.",
            "We will decide after the load test.",
            status="Proposed",
        ),
        "none yet: the record is about choosing one, but its decision is not made "
        "(line 15: \u201cWe will decide after the load test.\u201d)",
        True,
    ),
    (
        "# 9. Retire the fax gateway\n\nNobody has sent a fax since 2019.\n",
        "none: the record chooses no web framework and has no decision section",
        False,
    ),
]


@pytest.mark.parametrize(("text", "said", "undecided"), NO_FRAMEWORK)
def test_a_record_without_a_framework_decision_says_so_plainly(
    folder: Path, text: str, said: str, undecided: bool
) -> None:
    (folder / "0007-record.md").write_text(text, encoding="utf-8")
    result = run("show", "0007-record.md")
    assert result.exit_code == 0, result.output
    assert f"  framework   {said}\n" in result.stdout
    assert "  criteria    not weighed: no framework is chosen\n" in result.stdout
    data = json.loads(run("show", "--format", "json", "0007-record.md").stdout)
    jsonschema.validate(data, schema())
    decision = data["files"][0]["decision"]
    assert decision["framework"] is None
    assert decision["undecided"] is undecided
    assert data["files"][0]["criteria"] == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01binary", "binary file"),
        (b"# 2. Caf\xe9 menu\n", "not valid UTF-8"),
        (b"  \n\n", "the file is empty"),
    ],
)
def test_an_unreadable_file_is_named_the_others_shown_and_the_run_exits_2(
    folder: Path, content: bytes, reason: str
) -> None:
    (folder / "0001-bad.md").write_bytes(content)
    (folder / "0002-good.md").write_text(MISMATCHES[0][1], encoding="utf-8")
    result = run("show", "0001-bad.md", "0002-good.md", "0003-absent.md")
    assert result.exit_code == 2
    assert "0002-good.md\n  title       3. Use Flask for the ledger" in result.stdout
    errors = result.stderr.splitlines()
    assert any(
        e.startswith("adr-lint: error: 0001-bad.md: ") and reason in e for e in errors
    )
    assert "adr-lint: error: 0003-absent.md: no such file or directory" in errors
    assert "Traceback" not in result.output
    data = json.loads(
        run("show", "--format", "json", "0001-bad.md", "0002-good.md").stdout
    )
    jsonschema.validate(data, schema())
    assert [u["path"] for u in data["unreadable"]] == ["0001-bad.md"]
    assert [f["path"] for f in data["files"]] == ["0002-good.md"]


@pytest.mark.parametrize(
    ("status", "context", "note"),
    [
        (
            "Superseded by [ADR 9](0009-x.md)",
            "Around 3 million requests per day reach the ledger.",
            "the record is superseded: its reasoning is history and is not checked",
        ),
        (
            "Deprecated",
            "Around 3 million requests per day reach the ledger.",
            "the record is deprecated: its reasoning is history and is not checked",
        ),
    ],
)
def test_history_is_shown_but_said_to_be_unchecked(
    folder: Path, status: str, context: str, note: str
) -> None:
    text = record("3. Use Flask for the ledger", context, "We will use Flask.", status)
    (folder / "0003-ledger.md").write_text(text, encoding="utf-8")
    out = run("show", "0003-ledger.md").stdout
    assert f"  note        {note}\n" in out
    assert "mismatch [1]" in out


@pytest.mark.parametrize("status", ["Rejected", "Withdrawn", "Declined"])
def test_a_rejected_record_is_shown_choosing_nothing(folder: Path, status: str) -> None:
    context = "Around 3 million requests per day reach the ledger."
    text = record("3. Use Flask for the ledger", context, "We will use Flask.", status)
    (folder / "0003-ledger.md").write_text(text, encoding="utf-8")
    out = run("show", "0003-ledger.md").stdout
    assert "  framework   none: the record chooses no web framework" in out
    assert (
        f"  note        the record is {status.lower()}: what it proposes was not "
        "chosen, and its reasoning is not checked\n"
    ) in out


@pytest.mark.parametrize(
    ("text", "template"),
    [
        (MISMATCHES[0][1], "nygard"),
        (
            "# Use Quart for the kiosk\n\n## Context and Problem Statement\n\nKiosks.\n\n"
            "## Considered Options\n\n* Quart\n* Falcon\n\n## Decision Outcome\n\n"
            'Chosen option: "Quart", because it is async.\n',
            "madr",
        ),
        ("# Use Quart for the kiosk\n\nWe will use Quart for the kiosks.\n", "other"),
    ],
)
def test_the_template_is_named_as_the_structural_rules_detect_it(
    folder: Path, text: str, template: str
) -> None:
    (folder / "0001-kiosk.md").write_text(text, encoding="utf-8")
    assert f"  template    {template}\n" in run("show", "0001-kiosk.md").stdout


@pytest.mark.parametrize(
    "context",
    [
        "A throwaway MVP for twelve users in one depot.",
        "We need a prototype that forty users can click through by Friday.",
        "The first version is a proof of concept for 20 users.",
    ],
)
def test_sources_that_disagree_are_shown_on_both_sides(
    folder: Path, context: str
) -> None:
    text = record("4. Use Django for the pilot", context, "We will use Django.")
    (folder / "0004-pilot.md").write_text(text, encoding="utf-8")
    out = run("show", "0004-pilot.md").stdout
    assert "sources disagree [1]" in out
    assert "      for the choice: \u201c" in out
    assert "      against the choice: \u201c" in out


def test_colour_only_when_asked_and_columns_stay_aligned() -> None:
    kb = knowledge.load()
    shown = [view(MISMATCHES[0][1], "0003-ledger.md", kb)]
    plain = show_text.render(shown, color=False)
    coloured = show_text.render(shown, color=True)
    assert "\x1b[" not in plain and "\x1b[31m" in coloured
    assert click.unstyle(coloured) == plain
    table = [line for line in plain.splitlines() if line.startswith("  scale ")]
    header = next(line for line in plain.splitlines() if "criterion" in line)
    assert header.index("verdict") == table[0].index("mismatch")


@pytest.mark.parametrize(
    ("front", "framework", "verdict"),
    [
        ("framework: flask\ncriteria:\n  admin: required\n", "Flask", "mismatch"),
        ("framework: django\ncriteria:\n  admin: required\n", "Django", "fits"),
        ("framework: flask\ncriteria:\n  team-size: 30\n", "Flask", "mismatch"),
        ("framework: flask\ncriteria:\n  team-size: 3\n", "Flask", "fits"),
    ],
)
def test_structured_front_matter_is_shown_as_such(
    folder: Path, front: str, framework: str, verdict: str
) -> None:
    body = record("5. Back office", "Staff correct invoices.", "We build it.")
    (folder / "0005-back-office.md").write_text(f"---\n{front}---\n{body}", "utf-8")
    out = run("show", "0005-back-office.md").stdout
    assert f"  framework   {framework}, chosen on line 2, in the front matter\n" in out
    data = json.loads(run("show", "--format", "json", "0005-back-office.md").stdout)
    rows = {c["criterion"]: c for c in data["files"][0]["criteria"]}
    stated = next(c for c in rows.values() if c["requirement"] is not None)
    assert stated["line"] == 3
    assert stated["verdict"] == verdict


def test_the_readme_example_is_what_show_prints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.conftest import ROOT

    monkeypatch.chdir(ROOT)
    command = "adr-lint show examples/0002-use-flask-for-the-back-office.md"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    assert run(*command.split()[1:]).stdout == shown

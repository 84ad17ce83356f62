"""`adr-lint new`: the next record of a folder, numbered, named and laid
out as the folder does it, and clean of structural findings as written."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from adr_lint.cli import main

TODAY = date.today().isoformat()


class _Today(date):
    @classmethod
    def today(cls) -> _Today:
        return cls.fromisoformat(TODAY)


@pytest.fixture(autouse=True)
def _one_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The records are dated the day the tests expect, also when a run
    crosses midnight."""
    monkeypatch.setattr("adr_lint.authoring.new.date", _Today)


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def entry(args: tuple[str, ...]) -> None:
    """The real entry point, error handling included, under CliRunner."""
    raise SystemExit(main(list(args)))


def run(*args: str) -> Result:
    return CliRunner().invoke(entry, list(args))


def nygard(number: int, title: str) -> str:
    return (
        f"# {number}. {title}\n\nDate: 2024-03-0{number % 9 + 1}\n\n## Status\n\n"
        "Accepted\n\n## Context\n\nThe depot tracks parcels by hand.\n\n"
        "## Decision\n\nWe scan parcels at the gate.\n\n## Consequences\n\n"
        "Gate staff need scanners.\n"
    )


def madr(title: str) -> str:
    return (
        f"---\nstatus: accepted\ndate: 2024-05-02\n---\n\n# {title}\n\n"
        "## Context and Problem Statement\n\nThe depot loses parcels.\n\n"
        "## Considered Options\n\n* Scanners\n* Paper slips\n\n"
        "## Decision Outcome\n\nChosen option: Scanners, because slips get lost.\n"
    )


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def created(result: Result) -> Path:
    assert result.exit_code == 0, result.output
    return Path(result.stdout.strip())


def structural_findings(path: Path) -> list[str]:
    report = run("--format", "json", "--select", "S,R", "--exit-zero", str(path))
    findings = json.loads(report.stdout)["files"][0]["findings"]
    return [f"{f['rule']} {f['message']}" for f in findings]


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Scan parcels at the depot gate", "0001-scan-parcels-at-the-depot-gate.md"),
        ("Don't print  delivery   notes", "0001-dont-print-delivery-notes.md"),
        (
            "Élargir l'accès au dépôt (phase 2)",
            "0001-elargir-lacces-au-depot-phase-2.md",
        ),
    ],
)
def test_an_empty_folder_gets_record_one_in_nygard_form(
    here: Path, title: str, name: str
) -> None:
    (here / "decisions").mkdir()
    path = created(run("new", "--dir", "decisions", title))
    assert path == Path("decisions") / name
    text = path.read_text(encoding="utf-8")
    heading = " ".join(title.split())
    assert text.startswith(
        f"# 1. {heading}\n\nDate: {TODAY}\n\n## Status\n\nProposed\n"
    )
    for section in ("## Context", "## Decision", "## Consequences"):
        assert f"\n{section}\n" in text
    assert structural_findings(path) == []


@pytest.mark.parametrize("count", [12, 3, 99])
def test_a_nygard_folder_gets_the_next_number(here: Path, count: int) -> None:
    adr = write(
        here / "docs" / "adr",
        {
            f"{n:04d}-decision-{n}.md": nygard(n, f"Decision {n}")
            for n in range(1, count + 1)
        },
    )
    path = created(run("new", "Weigh parcels at intake"))
    assert path.name == f"{count + 1:04d}-weigh-parcels-at-intake.md"
    assert path.parent.resolve() == adr.resolve()
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {count + 1}. Weigh parcels at intake\n")
    assert structural_findings(path) == []


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["adr-001-scan-parcels.md", "adr-002-weigh-parcels.md"],
            "adr-003-label-the-crates.md",
        ),
        (
            ["ADR-0007-Scan-Parcels.md", "ADR-0008-Weigh-Parcels.md"],
            "ADR-0009-Label-the-crates.md",
        ),
        (
            ["adr_001_scan_parcels.md", "adr_002_weigh_parcels.md"],
            "adr_003_label_the_crates.md",
        ),
    ],
)
def test_a_prefixed_folder_keeps_its_prefix_padding_and_slug_style(
    here: Path, names: list[str], expected: str
) -> None:
    folder = write(
        here / "records", {n: nygard(i + 1, "Old") for i, n in enumerate(names)}
    )
    path = created(run("new", "--dir", str(folder), "Label the crates"))
    assert path.name == expected
    assert structural_findings(path) == []


@pytest.mark.parametrize(
    ("names", "expected", "convention"),
    [
        # Two unpadded records and the new one: three, a convention of the folder.
        (["1-scan-parcels.md", "2-weigh-parcels.md"], "3-label-the-crates.md", True),
        (["8_scan.md", "9_weigh.md"], "10_label_the_crates.md", True),
        # One record and the new one: no convention yet, so R001 reports both.
        (["1-scan-parcels.md"], "2-label-the-crates.md", False),
        (["9_weigh.md"], "10_label_the_crates.md", False),
    ],
)
def test_a_folder_that_does_not_pad_is_followed(
    here: Path, names: list[str], expected: str, convention: bool
) -> None:
    folder = write(
        here / "records",
        {n: nygard(int(n.split("_")[0].split("-")[0]), "Old") for n in names},
    )
    result = run("new", "--dir", str(folder), "Label the crates")
    path = created(result)
    assert path.name == expected
    # Told about R001 exactly when the rule reports the new record, as it
    # reports its siblings, and for nothing else.
    reported = [] if convention else ["R001"]
    assert ("R001" in result.stderr) is not convention
    assert [f.split()[0] for f in structural_findings(path)] == reported
    assert [f.split()[0] for f in structural_findings(folder / names[0])] == reported


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["2023-11-02-scan-parcels.md", "2024-01-15-weigh-parcels.md"],
            f"{TODAY}-label-the-crates.md",
        ),
        (
            ["20231102-scan-parcels.md", "20240115-weigh-parcels.md"],
            f"{TODAY.replace('-', '')}-label-the-crates.md",
        ),
        (["2024-01-15_scan_parcels.md"], f"{TODAY}_label_the_crates.md"),
    ],
)
def test_a_dated_folder_gets_todays_date_and_no_number(
    here: Path, names: list[str], expected: str
) -> None:
    folder = write(here / "log", {n: madr("Old") for n in names})
    path = created(run("new", "--dir", str(folder), "Label the crates"))
    assert path.name == expected
    text = path.read_text(encoding="utf-8")
    assert "\n# Label the crates\n" in text  # a date names it, not a number
    assert structural_findings(path) == []


@pytest.mark.parametrize(
    "files",
    [
        {"0001-scan.md": madr("Scan parcels"), "0002-weigh.md": madr("Weigh parcels")},
        {
            "0001-scan.md": nygard(1, "Scan"),
            "0002-weigh.md": madr("Weigh"),
            "0003-label.md": madr("Label"),
        },
        {"0001-scan.md": madr("Scan"), "adr-template.md": madr("{title}")},
    ],
)
def test_a_madr_folder_gets_a_madr_record(here: Path, files: dict[str, str]) -> None:
    folder = write(here / "docs" / "decisions", files)
    path = created(run("new", "Route vans by postcode"))
    assert path.parent.resolve() == folder.resolve()
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        f"---\nstatus: proposed\ndate: {TODAY}\n---\n\n# Route vans by postcode\n"
    )
    for section in (
        "Context and Problem Statement",
        "Considered Options",
        "Decision Outcome",
    ):
        assert f"\n## {section}\n" in text
    assert "## Status" not in text
    assert structural_findings(path) == []


@pytest.mark.parametrize(
    ("files", "option", "template"),
    [
        # The folder's own template file outranks its records.
        ({"0001-scan.md": nygard(1, "Scan"), "template.md": madr("TITLE")}, [], "madr"),
        (
            {"0001-scan.md": madr("Scan"), "templates/template.md": nygard(1, "TITLE")},
            [],
            "nygard",
        ),
        # --template outranks both.
        ({"0001-scan.md": madr("Scan")}, ["--template", "nygard"], "nygard"),
        ({"0001-scan.md": nygard(1, "Scan")}, ["--template", "madr"], "madr"),
    ],
)
def test_where_the_template_comes_from(
    here: Path, files: dict[str, str], option: list[str], template: str
) -> None:
    for name in [n for n in files if "/" in n]:
        (here / "adr" / name).parent.mkdir(parents=True, exist_ok=True)
    write(here / "adr", files)
    path = created(run("new", "--dir", "adr", *option, "Route vans"))
    assert path.name == "0002-route-vans.md"  # templates are not records
    text = path.read_text(encoding="utf-8")
    assert ("## Status\n\nProposed" in text) is (template == "nygard")
    assert ("## Considered Options" in text) is (template == "madr")


@pytest.mark.parametrize(
    ("config", "template"),
    [
        ('[tool.adr-lint]\nnew-template = "madr"\n', "madr"),
        ('[tool.adr-lint]\nnew-template = "nygard"\n', "nygard"),
    ],
)
def test_the_config_chooses_the_template_of_a_folder(
    here: Path, config: str, template: str
) -> None:
    (here / "pyproject.toml").write_text(config, encoding="utf-8")
    write(
        here / "docs" / "adr",
        {"0001-scan.md": madr("Scan")} if template == "nygard" else {},
    )
    path = created(run("new", "Route vans"))
    assert ("## Status\n\nProposed" in path.read_text(encoding="utf-8")) is (
        template == "nygard"
    )


def test_a_wrong_config_template_names_the_key(here: Path) -> None:
    (here / "pyproject.toml").write_text(
        '[tool.adr-lint]\nnew-template = "y-statements"\n', encoding="utf-8"
    )
    (here / "docs" / "adr").mkdir(parents=True)
    result = run("new", "Route vans")
    assert result.exit_code == 2
    assert "new-template" in result.stderr


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (
            {"0000-template.md": nygard(0, "TITLE"), "0001-scan.md": nygard(1, "Scan")},
            "0002",
        ),
        (
            {
                "README.md": "# Decisions\n",
                "index.md": "# Index\n",
                "0004-scan.md": nygard(4, "Scan"),
            },
            "0005",
        ),
        (
            {
                "0009-adr-template-bare-minimal.md": madr("T"),
                "0002-scan.md": nygard(2, "Scan"),
            },
            "0003",
        ),
        (
            {"0005-choose-a-template-engine.md": nygard(5, "Choose a template engine")},
            "0006",
        ),
    ],
)
def test_only_records_count_for_the_number(
    here: Path, files: dict[str, str], expected: str
) -> None:
    write(here / "adr", files)
    path = created(run("new", "--dir", "adr", "Route vans"))
    assert path.name.startswith(f"{expected}-")


@pytest.mark.parametrize(
    ("args", "framework"),
    [
        (["--framework", "flask", "Serve the depot API"], "Flask"),
        (["--framework", "Ruby on Rails", "Serve the depot API"], "Ruby on Rails"),
        (["Adopt FastAPI for the parcel tracker"], "FastAPI"),
    ],
)
def test_a_framework_decision_carries_a_prompt_per_criterion(
    here: Path, args: list[str], framework: str
) -> None:
    (here / "adr").mkdir()
    result = run("new", "--dir", "adr", *args)
    path = created(result)
    text = path.read_text(encoding="utf-8")
    assert f"## Decision\n\nWe will use {framework}.\n" in text
    for prompt in (
        "Scale (C001): expected load, traffic, performance or growth. State the load",
        "Team size (C002): the team's size, skills",
        "Admin interface (C003): an admin interface or back office",
        "Async support (C004): async/await",
        "Customisation (C005): flexibility, extensibility",
    ):
        assert f"<!-- {prompt}" in text
    assert "C001-C005" in result.stderr
    assert structural_findings(path) == []
    report = run("--format", "json", "--exit-zero", str(path))
    findings = json.loads(report.stdout)["files"][0]["findings"]
    # A record that weighs none of the criteria yet: one finding naming them.
    assert sorted(f["rule"] for f in findings) == ["C000"]


@pytest.mark.parametrize(
    ("title", "prompted"),
    [
        ("Django or Flask for the parcel tracker?", True),
        ("Move the parcel tracker off Laravel", True),
        ("Theme the Django admin in the depot colours", False),
        ("Store parcels in PostgreSQL", False),
    ],
)
def test_a_title_that_names_a_framework_asks_for_the_criteria(
    here: Path, title: str, prompted: bool
) -> None:
    (here / "adr").mkdir()
    path = created(run("new", "--dir", "adr", "--template", "madr", title))
    text = path.read_text(encoding="utf-8")
    assert ("## Decision Drivers" in text) is prompted
    assert ("Scale (C001)" in text) is prompted
    assert "We will use" not in text
    assert structural_findings(path) == []


def test_refuses_to_overwrite_a_file(here: Path) -> None:
    write(here / "log", {"2024-01-15-scan-parcels.md": madr("Scan")})
    first = created(run("new", "--dir", "log", "Label the crates"))
    before = first.read_text(encoding="utf-8")
    again = run("new", "--dir", "log", "Label the crates!")
    assert again.exit_code == 2
    assert f"adr-lint: error: {first}: already exists; not overwritten" in again.stderr
    assert first.read_text(encoding="utf-8") == before


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["new", "Route vans"], "no ADR folder found"),
        (
            "adr",
            ["new", "--dir", "adr", "--framework", "Cobol on Cogs", "Route vans"],
            "unknown framework 'Cobol on Cogs'",
        ),
        ("adr", ["new", "--dir", "adr", "?!"], "the title needs a letter or a digit"),
        (
            "adr",
            ["new", "--dir", "adr", "--template", "y", "Route vans"],
            "Invalid value for '--template'",
        ),
    ],
)
def test_bad_input_is_a_clear_message_and_exit_2(
    here: Path, setup: str | None, args: list[str], message: str
) -> None:
    if setup:
        (here / setup).mkdir()
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_directory_in_the_way_is_not_overwritten(here: Path) -> None:
    (here / "adr" / "0001-route-vans.md").mkdir(parents=True)
    result = run("new", "--dir", "adr", "Route vans")
    assert result.exit_code == 2
    assert "0001-route-vans.md: already exists" in result.stderr


def test_adr_dir_marker_and_dir_creation(here: Path) -> None:
    write(here / "architecture", {"0003-scan.md": nygard(3, "Scan")})
    (here / ".adr-dir").write_text("architecture\n", encoding="utf-8")
    assert created(run("new", "Route vans")).name == "0004-route-vans.md"
    made = created(run("new", "--dir", "fresh/records", "Route vans"))
    assert made == Path("fresh/records/0001-route-vans.md")


@pytest.mark.parametrize(
    ("name", "page"),
    [
        ("template.md", True),
        ("0000-template.md", True),
        ("adr-template-bare-minimal.md", True),
        ("index.md", True),
        ("0000-table-of-contents.md", True),
        ("0008-choose-a-template-engine.md", False),
        ("0001-record-architecture-decisions.md", False),
        ("0012-index-parcels-by-postcode.md", False),
    ],
)
def test_pages_beside_the_records_are_told_from_records(name: str, page: bool) -> None:
    from adr_lint.authoring import naming

    assert naming.is_page(name) is page


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Use Flask — for the API!", "use-flask-for-the-api"),
        ("Ne pas réécrire l’ordonnanceur", "ne-pas-reecrire-lordonnanceur"),
        ("配送ルートを郵便番号で決める", "配送ルートを郵便番号で決める"),
        ("word " * 40, "-".join(["word"] * 16)),  # cut at a word, 80 characters at most
    ],
)
def test_slugs(title: str, slug: str) -> None:
    from adr_lint.authoring import naming

    assert naming.slugify(title) == slug


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # The newest records say how the folder names them now.
        (
            [f"{n:04d}_old_style.md" for n in range(1, 6)]
            + [f"{n:04d}-new-style.md" for n in range(6, 16)],
            "0016-route-vans.md",
        ),
        # A tie: the newest breaks it.
        (
            ["001-a-b.md", "002-a-b.md", "0003-a-b.md", "0004-a-b.md"],
            "0005-route-vans.md",
        ),
        # Most records are dated: the date wins, whatever a few numbered say.
        (
            ["0001-a-b.md", "2024-02-01-a-b.md", "2024-03-01-a-b.md"],
            "2026-01-05-route-vans.md",
        ),
    ],
)
def test_habits_are_read_from_the_newest_records(
    names: list[str], expected: str
) -> None:
    from adr_lint.authoring import naming

    parsed = [n for n in (naming.parse(x) for x in names) if n]
    found = naming.detect(parsed)
    name = naming.file_name(
        found, "Route vans", naming.next_number(parsed), "2026-01-05"
    )
    assert name == expected


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        ("ADR-007: Scan parcels", "# ADR-008: Route vans"),
        ("0007 - Scan parcels", "# 0008 - Route vans"),
        ("Scan parcels", "# Route vans"),
    ],
)
def test_the_title_carries_its_number_as_the_folder_writes_it(
    here: Path, title: str, heading: str
) -> None:
    text = nygard(7, "x").replace("# 7. x", f"# {title}")
    write(here / "adr", {"0007-scan-parcels.md": text})
    path = created(run("new", "--dir", "adr", "Route vans"))
    assert path.read_text(encoding="utf-8").startswith(f"{heading}\n")


def test_the_readme_example_is_what_new_prints(here: Path) -> None:
    import shutil

    from tests.conftest import ROOT

    shutil.copytree(ROOT / "examples", here / "examples")
    title = "Use FastAPI for the parcel tracker"
    command = f'adr-lint new --dir examples "{title}"'
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    printed = readme.split(f"$ {command}\n", 1)[1].split("```", 1)[0]
    result = run("new", "--dir", "examples", title)
    assert result.stdout + result.stderr == printed


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # A folder per record, named by its number, with the record inside.
        (
            {
                "0003/0003-scan.md": nygard(3, "Scan"),
                "0003/checklist.md": "- [ ] scan\n",
                "0004/0004-weigh.md": nygard(4, "Weigh"),
            },
            "0005/0005-route-vans.md",
        ),
        # A folder per record, named as the record, which is its README or index.
        (
            {
                "0001-scan/README.md": nygard(1, "Scan"),
                "0002-weigh/README.md": nygard(2, "Weigh"),
            },
            "0003-route-vans/README.md",
        ),
        (
            {
                "007-scan/index.md": nygard(7, "Scan"),
                "008-weigh/index.md": nygard(8, "Weigh"),
            },
            "009-route-vans/index.md",
        ),
    ],
)
def test_records_in_folders_of_their_own_get_one_too(
    here: Path, files: dict[str, str], expected: str
) -> None:
    for name in files:
        (here / "adr" / name).parent.mkdir(parents=True, exist_ok=True)
    write(here / "adr", files)
    path = created(run("new", "--dir", "adr", "Route vans"))
    assert path == Path("adr") / expected
    number = int(expected.split("/", maxsplit=1)[0].split("-", maxsplit=1)[0])
    assert path.read_text(encoding="utf-8").startswith(f"# {number}. Route vans\n")

"""Which Markdown files are ADRs: templates, index pages, guides and the
annexes of a record kept as a folder are found, listed as skipped with a
reason and never linted; records, however named, are linted."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from adr_lint import knowledge, layout
from adr_lint.checks.context import Options
from adr_lint.cli import main
from adr_lint.engine import Linter
from adr_lint.knowledge import resources
from adr_lint.layout import names


def nygard(title: str, extra: str = "") -> str:
    return (
        f"# {title}\n\nDate: 2025-02-03\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nThe billing export runs nightly and misses late invoices.\n\n"
        f"## Decision\n\nWe will stream invoices to the ledger.{extra}\n\n"
        "## Consequences\n\nThe ledger lags by seconds, not hours.\n"
    )


def madr(title: str) -> str:
    return (
        f"# {title}\n\n## Context and Problem Statement\n\nRoutes are hard to find.\n\n"
        "## Considered Options\n\n* Flat routes\n* Nested routes\n\n"
        '## Decision Outcome\n\nChosen option: "Nested routes", because they group.\n'
    )


MADR_TEMPLATE = """\
# [short title of the problem and the answer]

- Status: [proposed | accepted | superseded by ADR-NNNN]
- Date: [YYYY-MM-DD]

## Context and Problem Statement

[Two or three sentences about the problem.]

## Considered Options

- [first option]
- [second option]

## Decision Outcome

Chosen option: "[first option]", because [why it wins].
"""
BRACE_TEMPLATE = """\
---
status: "{proposed | accepted}"
---
# {a short title for the decision}

## Context and Problem Statement

{What forces are at play, in a sentence or two}

## Decision Outcome

Chosen option: "{option}", because {the reason}.
"""
TOKEN_TEMPLATE = """\
# NUMBER. TITLE

Date: DATE

## Status

STATUS

## Context

[the forces at play]

## Decision

[what we will do]

## Consequences

[what follows]
"""


@pytest.fixture()
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    layout.forget()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def listing(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, str]:
    """Path -> "linted" or "skipped: kind (reason)", from --show-files."""
    main(["--show-files", "--exit-zero", "--select", "R", *args])
    err = capsys.readouterr().err
    return dict(line.split(": ", 1) for line in err.splitlines())


def kinds(shown: dict[str, str]) -> dict[str, str]:
    return {
        path: "linted" if how == "linted" else how.split(": ", 1)[1].split(" (")[0]
        for path, how in shown.items()
    }


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("0000-template.md", "template"),
        ("adr-template.md", "template"),
        ("template-lean.md", "template"),
        ("_template.md", "template"),
        ("NNNN-short-title.md", "template"),
        ("adr-XXX-title.md", "template"),
        ("YYYY-MM-DD-title.md", "template"),
        ("README.md", "index page"),
        ("_index.md", "index page"),
        ("intro.md", "index page"),
        ("overview.md", "index page"),
        ("decision-log.md", "index page"),
        ("0012-adopt-a-template-engine.md", None),
        ("0031-index-the-search-results.md", None),
        ("0000-record-our-decisions.md", None),
        ("000-record-architecture-decisions.md", None),
        ("move-reports-to-the-overview-page.md", None),
        ("adr-title.md", None),
    ],
)
def test_page_kind_by_name(name: str, kind: str | None) -> None:
    assert names.page_kind(name, knowledge.load().language) == kind


@pytest.mark.parametrize(
    "files",
    [
        {"0000-template.md": MADR_TEMPLATE},
        {"adr-template.md": nygard("1. Use a ledger")},  # the name says it
        {"templates/lightweight.md": TOKEN_TEMPLATE},
        {"0000-decision-title.md": MADR_TEMPLATE},  # by content
        {"0099-brace-style.md": BRACE_TEMPLATE},
        {"XXXX-what-we-chose.md": TOKEN_TEMPLATE},
    ],
)
def test_templates_are_skipped(
    tree: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    put(
        tree,
        {
            "adr/0001-use-a-ledger.md": nygard("1. Use a ledger"),
            **{f"adr/{name}": text for name, text in files.items()},
        },
    )
    found = kinds(listing(capsys, "adr"))
    assert found.pop("adr/0001-use-a-ledger.md") == "linted"
    assert set(found.values()) == {"template"}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # A record whose title was left from the template: S009's, not skipped.
        ("0003-stream-invoices.md", nygard("[short title of the decision]")),
        ("0004-adopt-a-template-engine.md", nygard("4. Adopt a template engine")),
        ("0000-record-our-decisions.md", madr("Record our decisions")),
        # A draft waiting for its number.
        ("XXXX-stream-invoices.md", nygard("Stream invoices to the ledger")),
    ],
)
def test_records_about_templates_are_linted(
    tree: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    put(tree, {f"adr/{name}": text})
    assert kinds(listing(capsys, "adr")) == {f"adr/{name}": "linted"}


INDEX_TABLE = """\
# Decision records

| No. | Title | Status |
| --- | --- | --- |
| 1 | [Use a ledger](0001-use-a-ledger.md) | Accepted |
| 2 | [Nest the routes](0002-nest-the-routes.md) | Accepted |
| 3 | [Drop the cron job](0003-drop-the-cron-job.md) | Proposed |
"""
INTRO = """\
---
title: About these decisions
---
# About these decisions

We write down the choices that shape the platform.

## Accepted

- [ADR 1: Use a ledger](./0001-use-a-ledger.md)
- [ADR 2: Nest the routes](./0002-nest-the-routes.md)

## Rejected

- [ADR 3: Drop the cron job](./0003-drop-the-cron-job.md)
"""
LOG = """\
# Log

* [2024-05-01](2024-05-01-use-a-ledger.md) Use a ledger
* [2024-05-09](2024-05-09-nest-the-routes.md) Nest the routes
* [2024-06-11](2024-06-11-drop-the-cron-job.md) Drop the cron job

Regenerate this list with the release script.
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("README.md", INDEX_TABLE),
        ("intro.md", INTRO),
        ("_index.md", "# Records\n\nNothing here yet.\n"),
        ("history.md", INDEX_TABLE),  # by content alone
        ("catalogue.md", LOG),
        ("index.md", ""),  # empty: the name decides
    ],
)
def test_index_pages_are_skipped(
    tree: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    put(
        tree,
        {"adr/0001-use-a-ledger.md": nygard("1. Use a ledger"), f"adr/{name}": text},
    )
    found = kinds(listing(capsys, "adr"))
    assert found == {"adr/0001-use-a-ledger.md": "linted", f"adr/{name}": "index page"}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("README.md", nygard("Stream invoices to the ledger")),
        ("index.md", madr("Nest the routes")),
        ("overview.md", nygard("Keep one overview service")),
        # Named like a record: it is one, whatever it links to.
        ("0005-retire-old-records.md", INDEX_TABLE),
        # Linking to two records is no index.
        (
            "nest-the-routes.md",
            madr("Nest the routes")
            + "\nSee [one](0001-use-a-ledger.md) and [two](0002-x.md).\n",
        ),
    ],
)
def test_records_named_like_pages_are_linted(
    tree: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    put(tree, {f"adr/{name}": text})
    assert kinds(listing(capsys, "adr")) == {f"adr/{name}": "linted"}


GUIDE = """\
# Writing decisions down

## When to write an ADR

Whenever a choice is hard to undo.

## How to propose one

Copy the template, pick the next number and open a pull request. How to
write ADRs that age well is in the handbook.
"""
GUIDE_LINKED = """\
# Our decision process

What is an ADR? A short note on one decision. Each ADR should describe the
forces, the choice and what follows. Use the template beside this page.
"""
GUIDE_HEADINGS = """\
# Contributing

## What are architecture decisions?

The choices that are costly to change.

## Creating a new ADR

Start from the ADR template and keep it short.
"""


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("writing-decisions.md", GUIDE),
        ("process.md", GUIDE_LINKED),
        ("CONTRIBUTING.md", GUIDE_HEADINGS),
    ],
)
def test_guides_are_skipped(
    tree: Path, capsys: pytest.CaptureFixture[str], name: str, text: str
) -> None:
    put(
        tree,
        {"adr/0001-use-a-ledger.md": nygard("1. Use a ledger"), f"adr/{name}": text},
    )
    assert kinds(listing(capsys, "adr"))[f"adr/{name}"] == "guide"


@pytest.mark.parametrize(
    "text",
    [
        # One remark about the process is no guide.
        "# Keep the cron job\n\nWe keep it. To propose a new ADR about it, ask.\n",
        # A record about the process is a record.
        nygard("Adopt an ADR process", " How to write ADRs is in the handbook."),
        "# Pick a queue\n\nRabbitMQ, because the team knows it.\n",
    ],
)
def test_pages_that_are_not_guides_are_linted(
    tree: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    put(tree, {"adr/pick-a-queue.md": text})
    assert kinds(listing(capsys, "adr")) == {"adr/pick-a-queue.md": "linted"}


# Each shape of a record kept as a folder: the folder -> its files, the one
# that holds the record first.
FOLDER_RECORDS = [
    {
        "0007-split-the-ledger/README.md": nygard("7. Split the ledger"),
        "0007-split-the-ledger/sizing.md": "# Sizing\n\nNumbers.\n",
        "0007-split-the-ledger/diagrams/flows.md": "# Flows\n\nBoxes.\n",
    },
    {
        "0007-split-the-ledger/index.md": madr("Split the ledger"),
        "0007-split-the-ledger/faq.md": "# FAQ\n\nQuestions.\n",
    },
    {
        "2025-02-03-split-the-ledger/README.md": madr("Split the ledger"),
        "2025-02-03-split-the-ledger/appendix/benchmarks.md": "# Benchmarks\n\nx\n",
    },
    {
        "0007/0007-split-the-ledger.md": nygard("7. Split the ledger"),
        "0007/README.md": "# ADR-0007: Split the ledger\n\n**Status**: Accepted\n",
        "0007/rollout-plan.md": "## Rollout\n\n- [ ] step one\n",
        "0007/amendments/0007-001-second-ledger.md": nygard("Second ledger"),
        "0007/amendments/b2-naming.md": "# Naming\n\nNames.\n",
    },
]


@pytest.mark.parametrize("files", FOLDER_RECORDS)
def test_a_record_kept_as_a_folder_is_one_adr(
    tree: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    put(tree, {"adr/0006-use-a-ledger.md": nygard("6. Use a ledger")})
    put(tree / "adr", files)
    shown = listing(capsys, "adr")
    main_file, *annexes = files
    assert shown.pop("adr/0006-use-a-ledger.md") == "linted"
    assert shown.pop(f"adr/{main_file}") == "linted"
    assert shown == {
        f"adr/{name}": f"skipped: annex (annex of {main_file})" for name in annexes
    }


@pytest.mark.parametrize("files", FOLDER_RECORDS)
def test_each_file_of_a_folder_record_alone_is_classified_the_same(
    tree: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    put(tree / "adr", files)
    for name in files:
        alone = listing(capsys, f"adr/{name}")
        together = listing(capsys, "adr")
        assert alone[f"adr/{name}"] == together[f"adr/{name}"]


@pytest.mark.parametrize(
    "files",
    [
        # A folder of several records, named like one of them.
        {
            "2024/0001-use-a-ledger.md": nygard("1. Use a ledger"),
            "2024/0002-nest-the-routes.md": madr("Nest the routes"),
            "2024/README.md": nygard("Stream invoices"),
        },
        # A folder named like a file.
        {"0004-ideas.md/0005-keep-the-cron.md": nygard("5. Keep the cron")},
        # A record in a record's folder is its own record.
        {
            "0008-queues/README.md": madr("Queues"),
            "0008-queues/drafts/0009-dead-letters.md": madr("Dead letters"),
        },
    ],
)
def test_folders_that_keep_no_single_record(
    tree: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    put(tree / "adr", files)
    assert set(kinds(listing(capsys, "adr")).values()) == {"linted"}


def test_a_template_given_alone_is_skipped_not_failed(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """pre-commit names the changed files one by one."""
    put(tree, {"docs/adr/0000-template.md": MADR_TEMPLATE})
    assert main(["-v", "docs/adr/0000-template.md"]) == 0
    out, err = capsys.readouterr()
    assert err == "docs/adr/0000-template.md: skipped: template (named as a template)\n"
    assert out == "All checks passed (0 files; 1 Markdown file skipped: 1 template).\n"


def test_an_annex_given_alone_is_skipped(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(tree / "adr", FOLDER_RECORDS[3])
    assert main(["adr/0007/rollout-plan.md", "adr/0007/README.md"]) == 0
    assert capsys.readouterr().out.endswith("2 Markdown files skipped: 2 annexes).\n")


def test_a_folder_of_pages_only_is_still_no_adr_folder(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(tree, {"adr/README.md": INDEX_TABLE, "adr/template.md": MADR_TEMPLATE})
    assert main(["adr"]) == 2
    err = capsys.readouterr().err
    assert "no ADR files found in adr (2 Markdown files skipped: " in err
    assert main(["--allow-empty", "adr"]) == 0


def test_skipped_files_in_the_json_report(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(
        tree,
        {
            "adr/0001-use-a-ledger.md": nygard("1. Use a ledger"),
            "adr/README.md": INDEX_TABLE,
            "adr/0000-template.md": MADR_TEMPLATE,
        },
    )
    assert main(["--format", "json", "--exit-zero", "-v", "adr"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)  # the listing went to stderr
    schema = json.loads(
        Path(resources.schema_path("report.schema.json")).read_text(encoding="utf-8")
    )
    jsonschema.validate(report, schema)
    assert [f["path"] for f in report["files"]] == ["adr/0001-use-a-ledger.md"]
    assert [(s["path"], s["kind"]) for s in report["skipped"]] == [
        ("adr/0000-template.md", "template"),
        ("adr/README.md", "index page"),
    ]
    assert "adr/README.md: skipped: index page" in err


def test_excluded_files_are_listed_as_skipped(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(
        tree,
        {
            "adr/0001-use-a-ledger.md": nygard("1. Use a ledger"),
            "adr/0002-draft.md": nygard("2. Draft"),
            ".adr-lint.yaml": "exclude: ['*-draft.md']\n",
        },
    )
    shown = listing(capsys, "adr")
    assert shown["adr/0002-draft.md"] == (
        "skipped: excluded (matches exclude in .adr-lint.yaml)"
    )


def lint(path: Path, *extra: str) -> list[tuple[str, str]]:
    """The folder rules' findings on one file, as pre-commit would see them."""
    options = Options(select=("R", "S002"), extend_select=extra)
    linter = Linter(knowledge.load(), options)
    return [(f.rule, f.message) for f in linter.lint(path).findings]


@pytest.mark.parametrize("files", FOLDER_RECORDS)
def test_folder_records_pass_the_folder_rules(
    tree: Path, files: dict[str, str]
) -> None:
    put(tree / "adr", files)
    put(tree / "adr", {"0006-use-a-ledger.md": nygard("6. Use a ledger")})
    main_file = next(iter(files))
    assert lint(tree / "adr" / main_file, "R003") == []
    assert lint(tree / "adr" / "0006-use-a-ledger.md", "R003") == []


@pytest.mark.parametrize(
    ("files", "linted", "expected"),
    [
        # R001 names the folder.
        (
            {"0007/README.md": nygard("7. Split the ledger")},
            "0007/README.md",
            [
                (
                    "R001",
                    "folder name is not NNNN-slug; rename it to a number (or date)"
                    " and a slug, e.g. 0007-use-kafka",
                )
            ],
        ),
        # R002: a folder record and a file with one number.
        (
            {
                "0007-split-the-ledger/README.md": nygard("7. Split the ledger"),
                "0007-split-the-journal.md": nygard("7. Split the journal"),
            },
            "0007-split-the-journal.md",
            [("R002", "number 7 is also used by 0007-split-the-ledger/README.md")],
        ),
        (
            {
                "0007/0007-split-the-ledger.md": nygard("7. Split the ledger"),
                "0007-split-the-journal/index.md": nygard("7. Split the journal"),
            },
            "0007/0007-split-the-ledger.md",
            [("R002", "number 7 is also used by 0007-split-the-journal/index.md")],
        ),
        # S002 compares the title with the folder's number.
        (
            {"0007-split-the-ledger/README.md": nygard("8. Split the ledger")},
            "0007-split-the-ledger/README.md",
            [("S002", "the title says 8 but the file name says 7")],
        ),
    ],
)
def test_folder_rules_over_folder_records(
    tree: Path,
    files: dict[str, str],
    linted: str,
    expected: list[tuple[str, str]],
) -> None:
    put(tree / "adr", files)
    assert lint(tree / "adr" / linted) == expected


@pytest.mark.parametrize(
    "pages",
    [
        {"0000-template.md": MADR_TEMPLATE},
        {"0000-title.md": MADR_TEMPLATE},  # a template by its content
        {"0000-use-markdown/notes/0000-001-more.md": "# More\n\nx\n"},  # an annex
    ],
)
def test_no_duplicate_number_against_a_page(tree: Path, pages: dict[str, str]) -> None:
    put(tree / "adr", {"0000-use-markdown/README.md": madr("Use Markdown"), **pages})
    put(tree / "adr", {"0000-record-decisions.md": madr("Record decisions")})
    found = lint(tree / "adr" / "0000-record-decisions.md")
    assert found == [("R002", "number 0 is also used by 0000-use-markdown/README.md")]


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("../0007-split-the-ledger/README.md", []),
        ("../0007-split-the-ledger/", []),
        ("../0007-split-the-ledger", []),
        ("../0009/0009-keep-the-cron.md", []),
        ("../0009/", []),
        (
            "../0003-missing/README.md",
            ["link to '../0003-missing/README.md' does not resolve"],
        ),
        (
            "./0009-keep-the-cron.md",
            ["'./0009-keep-the-cron.md' does not resolve; it is in '../0009/'"],
        ),
        ("../../elsewhere/notes.md", []),  # leaves the records: not judged
    ],
)
def test_links_between_folder_records(
    tree: Path, link: str, expected: list[str]
) -> None:
    put(
        tree / "adr",
        {
            "0007-split-the-ledger/README.md": nygard("7. Split the ledger"),
            "0008-nest-the-routes/README.md": nygard(
                "8. Nest the routes", f" See [the record]({link})."
            ),
            "0009/0009-keep-the-cron.md": nygard("9. Keep the cron"),
        },
    )
    found = lint(tree / "adr" / "0008-nest-the-routes" / "README.md")
    assert [m for r, m in found if r == "R007"] == expected


@pytest.mark.parametrize(
    ("successor", "expected"),
    [
        ("Supersedes [ADR 7](../0007-split-the-ledger/).", []),
        ("Supersedes ADR 7.", []),
        ("Replaces nothing.", ["R005"]),
    ],
)
def test_supersede_links_to_a_folder_record(
    tree: Path, successor: str, expected: list[str]
) -> None:
    put(
        tree / "adr",
        {
            "0007-split-the-ledger/README.md": nygard("7. Split the ledger").replace(
                "Accepted", "Superseded by [ADR 8](../0008-one-ledger/)"
            ),
            "0008-one-ledger/README.md": nygard("8. One ledger", f" {successor}"),
        },
    )
    found = lint(tree / "adr" / "0007-split-the-ledger" / "README.md")
    assert [r for r, _ in found] == expected


def test_an_index_page_linked_from_outside_is_skipped_unread(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(tree, {"elsewhere/README.md": "# Secret\n", "adr/0001-a.md": madr("A")})
    (tree / "adr" / "README.md").symlink_to(tree / "elsewhere" / "README.md")
    shown = listing(capsys, "adr")
    assert shown["adr/README.md"].startswith("skipped: index page (named README.md;")


@pytest.mark.parametrize(
    ("files", "said"),
    [
        (
            {
                "adr/01_Use_Sphinx.rst": "Use Sphinx\n==========\n",
                "adr/index.rst": "ADRs\n",
            },
            "(2 reStructuredText files there: adr-lint reads Markdown only)",
        ),
        ({"adr/0001-queue.adoc": "= Use a queue\n"}, "(1 AsciiDoc files there"),
        (
            {"adr/a.rst": "A\n=\n", "adr/sub/b.adoc": "= B\n"},
            "(1 AsciiDoc and 1 reStructuredText files there",
        ),
    ],
)
def test_records_in_another_markup_are_named_when_none_is_found(
    tree: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], said: str
) -> None:
    put(tree, files)
    assert main(["adr"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("adr-lint: error: no ADR files found in adr ")
    assert said in err


def test_an_empty_folder_names_no_other_markup(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(tree, {"adr/notes.txt": "nothing\n"})
    assert main(["adr"]) == 2
    assert "files there" not in capsys.readouterr().err

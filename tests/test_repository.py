"""Folder-level rules, run on real folders; siblings are read from disk, so
they hold when pre-commit passes a single changed file."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_lint import knowledge, layout
from adr_lint.checks.context import Options
from adr_lint.cli import main
from adr_lint.engine import Linter


def nygard(number: int, title: str, status: str = "Accepted", extra: str = "") -> str:
    return (
        f"# {number}. {title}\n\nDate: 2024-03-01\n\n## Status\n\n{status}\n\n## Context\n\nWhy.\n\n"
        f"## Decision\n\nWhat.{extra}\n\n## Consequences\n\nSo.\n"
    )


def madr(title: str, front: str = "status: accepted") -> str:
    return (
        f"---\n{front}\ndate: 2024-03-01\n---\n# {title}\n\n## Context and Problem Statement\n\nWhy.\n\n"
        '## Considered Options\n\n* A\n* B\n\n## Decision Outcome\n\nChosen option: "A", because it fits.\n'
    )


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    layout.forget()
    return tmp_path


def lint(folder: Path, name: str, *extra: str) -> list[tuple[str, int]]:
    linter = Linter(knowledge.load(), Options(select=("R",), extend_select=extra))
    report = linter.lint(folder / name)
    return [(f.rule, f.line) for f in report.findings]


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize("template", ["nygard", "madr4"])
def test_consistent_folder_passes(folder: Path, template: str) -> None:
    make = nygard if template == "nygard" else (lambda n, t: madr(t))
    write(folder, "0001-first.md", make(1, "First"))
    write(
        folder,
        "0002-second.md",
        make(2, "Second") + "\nSee [the first](0001-first.md).\n",
    )
    assert lint(folder, "0002-second.md", "R003") == []


@pytest.mark.parametrize("name", ["Use Kafka.md", "kafka.md", "0007 use kafka.md"])
def test_file_name(folder: Path, name: str) -> None:
    write(folder, name, nygard(7, "Use Kafka"))
    assert ("R001", 1) in lint(folder, name)


@pytest.mark.parametrize(
    "name",
    [
        "0007-use-kafka.md",
        "adr-007-use-kafka.md",
        "007_use_kafka.md",
        "20200924-use-kafka.md",
        "2023-06-30-use-kafka.md",
    ],
)
def test_file_name_variants_accepted(folder: Path, name: str) -> None:
    write(folder, name, madr("Use Kafka"))
    assert [r for r, _ in lint(folder, name) if r == "R001"] == []


def test_duplicate_number_seen_from_one_changed_file(folder: Path) -> None:
    write(folder, "0007-use-kafka.md", nygard(7, "Use Kafka"))
    write(folder, "0007-use-redis.md", nygard(7, "Use Redis"))
    assert lint(folder, "0007-use-redis.md") == [("R002", 1)]


def test_numbering_gap_is_off_by_default(folder: Path) -> None:
    write(folder, "0001-a.md", nygard(1, "A"))
    write(folder, "0003-c.md", nygard(3, "C"))
    default = Linter(knowledge.load()).lint(folder / "0003-c.md")
    assert [f.rule for f in default.findings if f.rule.startswith("R")] == []
    with_gap = Linter(knowledge.load(), Options(extend_select=("R003",))).lint(
        folder / "0003-c.md"
    )
    assert [f.rule for f in with_gap.findings if f.rule.startswith("R")] == ["R003"]


def test_supersede_links_both_ways(folder: Path) -> None:
    write(folder, "0001-old.md", nygard(1, "Old", "Superseded by [ADR 2](0002-new.md)"))
    write(
        folder,
        "0002-new.md",
        nygard(2, "New", extra=" Supersedes [ADR 1](0001-old.md)."),
    )
    assert lint(folder, "0001-old.md") == []


def test_supersede_target_missing(folder: Path) -> None:
    write(folder, "0001-old.md", nygard(1, "Old", "Superseded by [ADR 2](0002-new.md)"))
    assert ("R004", 7) in lint(folder, "0001-old.md")


def test_supersede_one_way(folder: Path) -> None:
    write(folder, "0001-old.md", nygard(1, "Old", "Superseded by [ADR 2](0002-new.md)"))
    write(folder, "0002-new.md", nygard(2, "New"))
    assert lint(folder, "0001-old.md") == [("R005", 7)]


def test_supersede_by_number_in_successor(folder: Path) -> None:
    write(folder, "0001-old.md", nygard(1, "Old", "Superseded by [ADR 2](0002-new.md)"))
    write(folder, "0002-new.md", nygard(2, "New", extra=" This supersedes ADR-0001."))
    assert lint(folder, "0001-old.md") == []


@pytest.mark.parametrize(
    "text", [nygard(1, "Old", "Superseded"), madr("Old", "status: superseded")]
)
def test_superseded_without_successor(folder: Path, text: str) -> None:
    write(folder, "0001-old.md", text)
    assert [r for r, _ in lint(folder, "0001-old.md")] == ["R006"]


def test_broken_relative_link(folder: Path) -> None:
    write(
        folder,
        "0003-x.md",
        nygard(
            3,
            "X",
            extra=" See [ADR 2](0002-missing.md#why), [site](https://example.org/a.md) and [top](#status).",
        ),
    )
    assert lint(folder, "0003-x.md") == [("R007", 15)]


def test_configured_file_name_pattern(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(folder)
    write(folder, "ADR-7.md", nygard(7, "Use Kafka"))
    write(
        folder,
        ".adr-lint.yaml",
        "file-name-pattern: '^ADR-\\d+\\.md$'\nselect: [R001]\n",
    )
    assert main(["ADR-7.md"]) == 0
    write(folder, ".adr-lint.yaml", "file-name-pattern: '(a|aa)+'\n")
    assert main(["ADR-7.md"]) == 2
    assert "file-name-pattern" in capsys.readouterr().err


def test_date_prefixed_names_carry_no_number(folder: Path) -> None:
    write(folder, "2023-06-30-api-language.md", madr("API language"))
    write(folder, "2023-07-05-db-choices.md", madr("DB choices"))
    assert lint(folder, "2023-07-05-db-choices.md", "R003") == []


def test_links_leaving_the_folder_are_not_judged(folder: Path) -> None:
    write(
        folder, "0003-x.md", nygard(3, "X", extra=" See [how-to](../howtos/sync.md).")
    )
    assert lint(folder, "0003-x.md") == []


def test_supersede_link_outside_the_folder_is_followed(folder: Path) -> None:
    (folder / "adr").mkdir()
    write(
        folder / "adr",
        "0001-old.md",
        nygard(1, "Old", "Superseded by [ADR 2](../elsewhere/0002-new.md)"),
    )
    assert lint(folder / "adr", "0001-old.md") == [("R004", 7)]


def messages(folder: Path, name: str) -> list[tuple[str, str]]:
    linter = Linter(knowledge.load(), Options(select=("R",)))
    return [(f.rule, f.message) for f in linter.lint(folder / name).findings]


LONG = "0009-a-record-whose-slug-runs-on-for-a-long-while-as-real-ones-do"


@pytest.mark.parametrize(
    "name",
    [
        "Use Kafka.md",
        "team-notes__design__choose-a-message-broker-for-the-order-pipeline.md",
        "ADR - Pick the queue.md",
    ],
)
def test_r001_says_the_convention_not_the_name(folder: Path, name: str) -> None:
    write(folder, name, nygard(7, "Use Kafka"))
    assert messages(folder, name) == [
        (
            "R001",
            "file name is not NNNN-slug.md; rename it to a number (or date) and a "
            "slug, e.g. 0007-use-kafka.md",
        )
    ]


@pytest.mark.parametrize(
    ("successor", "link"),
    [
        (f"{LONG}.md", f"{LONG}.md"),
        ("0002-new.md", "./0002-new.md"),
        ("0002-a-new-broker.md", "0002-a-new-broker.md"),
    ],
)
def test_r005_is_short_and_names_the_successor(
    folder: Path, successor: str, link: str
) -> None:
    write(folder, "0001-old.md", nygard(1, "Old", f"Superseded by [ADR 2]({link})"))
    write(folder, successor, nygard(2, "New"))
    found = messages(folder, "0001-old.md")
    assert found == [("R005", f"'{link}' does not say it supersedes this ADR")]
    assert len(found[0][1]) - len(link) <= 45  # the rest is the successor's name


@pytest.mark.parametrize("link", [f"./{LONG}.md", f"{LONG}.md", "0009-short.md"])
def test_r007_says_which_folder_holds_the_record(folder: Path, link: str) -> None:
    name = link.removeprefix("./")
    record = folder / "adr" / name.removesuffix(".md")
    record.mkdir(parents=True)
    write(record, name, nygard(9, "Kept as a folder"))
    write(folder / "adr", "0003-x.md", nygard(3, "X", extra=f" See [it]({link})."))
    found = [m for r, m in messages(folder / "adr", "0003-x.md") if r == "R007"]
    assert found == [f"'{link}' does not resolve; it is in '{record.name}/'"]
    assert len(found[0]) - 2 * len(name) <= 45  # the rest is the record's name


def statusless(number: int, title: str, heads: tuple[str, ...]) -> str:
    body = "".join(f"## {h}\n\nText.\n\n" for h in heads)
    return f"# {number}. {title}\n\nDate: 2024-03-01\n\n{body}"


@pytest.mark.parametrize(
    ("heads", "page", "layout_text"),
    [
        # folders whose own template has no status, laid out three ways
        (
            ("Context", "Decision", "Consequences"),
            "README.md",
            "# Decisions\n\nEach record follows Context → Decision → Consequences.\n",
        ),
        (
            ("Context", "Decision", "Alternatives", "Consequences"),
            "template.md",
            "# NNNN. Title\n\n## Context\n\n## Decision\n\n## Alternatives\n\n"
            "## Consequences\n",
        ),
        (
            ("Background", "Context", "Decision", "Consequences", "Notes"),
            "index.md",
            "# How we write decisions\n\n- Background\n- Context\n- Decision\n"
            "- Consequences\n- Notes\n",
        ),
    ],
)
def test_a_folder_that_keeps_no_status_is_not_told_each_time(
    folder: Path, heads: tuple[str, ...], page: str, layout_text: str
) -> None:
    write(folder, page, layout_text)
    for n in range(1, 5):
        write(folder, f"000{n}-r{n}.md", statusless(n, f"R{n}", heads))
    assert ("S003", 1) not in lint(folder, "0004-r4.md", "S003")


@pytest.mark.parametrize(
    ("page", "page_text"),
    [
        # a folder that forgot the status everywhere, with no page saying so
        ("README.md", "# Decisions\n\nSee the records below.\n"),
        # a template that has a status keeps the rule
        ("template.md", "## Status\n\n## Context\n\n## Decision\n"),
    ],
)
def test_records_without_status_and_no_template_saying_so_are_told(
    folder: Path, page: str, page_text: str
) -> None:
    write(folder, page, page_text)
    for n in range(1, 5):
        write(
            folder, f"000{n}-r{n}.md", statusless(n, f"R{n}", ("Context", "Decision"))
        )
    assert ("S003", 1) in lint(folder, "0004-r4.md", "S003")


def test_a_missing_status_among_records_that_keep_one_is_reported(folder: Path) -> None:
    heads = ("Context", "Decision", "Consequences")
    for n in range(1, 4):
        write(folder, f"000{n}-r{n}.md", nygard(n, f"R{n}"))
    write(folder, "0004-r4.md", statusless(4, "R4", heads))
    assert ("S003", 1) in lint(folder, "0004-r4.md", "S003")


def test_two_records_without_status_make_no_convention(folder: Path) -> None:
    heads = ("Context", "Decision", "Consequences")
    for n in range(1, 4):
        write(folder, f"000{n}-r{n}.md", statusless(n, f"R{n}", heads))
    assert ("S003", 1) in lint(folder, "0003-r3.md", "S003")

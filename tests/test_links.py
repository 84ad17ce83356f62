"""Links and supersede references between records: inside the checkout,
site generators' own link forms, and a successor named by number only."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_lint import knowledge, layout
from adr_lint.checks import links
from adr_lint.checks.context import Options
from adr_lint.engine import Linter


def nygard(number: int, title: str, status: str = "Accepted", extra: str = "") -> str:
    return (
        f"# {number}. {title}\n\nDate: 2024-03-01\n\n## Status\n\n{status}\n\n"
        f"## Context\n\nWhy.\n\n## Decision\n\nWhat.{extra}\n\n## Consequences\n\nSo.\n"
    )


@pytest.fixture()
def adrs(tmp_path: Path) -> Path:
    layout.forget()
    links._root.cache_clear()
    links._one_way_folder.cache_clear()
    folder = tmp_path / "repo" / "docs" / "adr"
    folder.mkdir(parents=True)
    return folder


def findings(folder: Path, name: str) -> list[tuple[str, str]]:
    linter = Linter(knowledge.load(), Options(select=("R",)))
    report = linter.lint(folder / name)
    return [(f.rule, f.message) for f in report.findings]


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "target",
    ["../guides/deploying.md", "../../README-ops.md", "../architecture/overview.md#db"],
)
def test_links_leaving_the_folder_are_checked_inside_a_checkout(
    adrs: Path, target: str
) -> None:
    (adrs.parents[1] / ".git").mkdir()
    write(adrs, "0001-a.md", nygard(1, "A", extra=f" See [the guide]({target})."))
    assert [rule for rule, _ in findings(adrs, "0001-a.md")] == ["R007"]
    # The same link, to a file that is there, is fine.
    path = (adrs / target.split("#", maxsplit=1)[0]).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("# Guide\n", encoding="utf-8")
    assert findings(adrs, "0001-a.md") == []


def test_links_leaving_the_folder_are_not_judged_outside_a_checkout(adrs: Path) -> None:
    # A copy of an ADR folder alone: the rest of its repository is not here.
    write(adrs, "0001-a.md", nygard(1, "A", extra=" See [ops](../guides/ops.md)."))
    assert findings(adrs, "0001-a.md") == []


@pytest.mark.parametrize(
    "link",
    [
        "[the intro](@/docs/intro.md)",
        '[ADR 2]({{< ref "0002-b.md" >}})',
        "[ADR 2]({% link _adr/0002-b.md %})",
        "[ADR 2](adr-002-b)",  # a site's page id, no file extension
    ],
)
def test_site_generator_links_are_never_broken(adrs: Path, link: str) -> None:
    (adrs.parents[1] / ".git").mkdir()
    write(adrs, "0001-a.md", nygard(1, "A", extra=f" See {link}."))
    assert findings(adrs, "0001-a.md") == []


@pytest.mark.parametrize(
    "link",
    [
        # the template's example targets, left in: template text, not links
        "[xxx](yyyymmdd-xxx.md)",
        "[ADR-NNNN](NNNN-xxx.md)",
        "[the successor](0000-slug.md)",
    ],
)
def test_a_templates_example_link_is_not_judged(adrs: Path, link: str) -> None:
    (adrs.parents[1] / ".git").mkdir()
    write(adrs, "0001-a.md", nygard(1, "A", extra=f" See {link}."))
    assert findings(adrs, "0001-a.md") == []


def test_a_record_named_like_a_placeholder_word_is_still_judged(adrs: Path) -> None:
    (adrs.parents[1] / ".git").mkdir()
    write(adrs, "0001-a.md", nygard(1, "A", extra=" See [B](0002-xylophone.md)."))
    assert [rule for rule, _ in findings(adrs, "0001-a.md")] == ["R007"]


@pytest.mark.parametrize(
    "status", ["Superseded by ADR 2", "Superseded by ADR-0002", "Superseded by ADR002"]
)
def test_a_successor_named_by_number_is_checked_for_its_back_reference(
    adrs: Path, status: str
) -> None:
    write(adrs, "0001-a.md", nygard(1, "A", status=status))
    write(adrs, "0002-b.md", nygard(2, "B"))
    assert [rule for rule, _ in findings(adrs, "0001-a.md")] == ["R005"]
    write(adrs, "0002-b.md", nygard(2, "B", status="Accepted\n\nSupersedes ADR 1"))
    assert findings(adrs, "0001-a.md") == []


@pytest.mark.parametrize(
    "back",
    [
        "This record replaces ADRs 1 and 4, which chose otherwise.",
        "It supersedes 0004 and 0001; both are kept for history.",
        "Supersedes: #4, #1",
        "Ce document remplace l'ADR 1.",
    ],
)
def test_a_successor_naming_several_records_by_number_names_each(
    adrs: Path, back: str
) -> None:
    write(adrs, "0001-a.md", nygard(1, "A", status="Superseded by ADR 2"))
    write(adrs, "0002-b.md", nygard(2, "B", extra=f"\n\n{back}"))
    assert findings(adrs, "0001-a.md") == []


@pytest.mark.parametrize(
    "back",
    [
        "This record replaces ADR 3. Record 1 stays as it is.",
        "It supersedes the draft of 2024-01-01.",
        "Supersedes version 1.2 of the API guide.",
    ],
)
def test_a_number_outside_the_supersede_clause_is_no_back_reference(
    adrs: Path, back: str
) -> None:
    write(adrs, "0001-a.md", nygard(1, "A", status="Superseded by ADR 2"))
    write(adrs, "0002-b.md", nygard(2, "B", extra=f"\n\n{back}"))
    assert [rule for rule, _ in findings(adrs, "0001-a.md")] == ["R005"]


def test_a_successor_number_two_records_share_is_ambiguous(adrs: Path) -> None:
    write(adrs, "0001-a.md", nygard(1, "A", status="Superseded by ADR 2"))
    write(adrs, "0002-b.md", nygard(2, "B"))
    write(adrs, "0002-c.md", nygard(2, "C"))
    found = [(r, m) for r, m in findings(adrs, "0001-a.md") if r == "R006"]
    assert len(found) == 1 and "both have that number" in found[0][1]


def test_a_successor_number_no_record_has_is_left_alone(adrs: Path) -> None:
    # It may be a record of another folder or repository.
    write(adrs, "0001-a.md", nygard(1, "A", status="Superseded by ADR 9"))
    assert [r for r, _ in findings(adrs, "0001-a.md") if r in ("R004", "R005")] == []


def _chain(adrs: Path, count: int, back: str = "") -> None:
    """Records 1..count superseded by count+1..2*count, as one-way links."""
    for n in range(1, count + 1):
        write(
            adrs,
            f"000{n}-old{n}.md",
            nygard(n, f"Old {n}", status=f"Superseded by ADR {n + 4}"),
        )
        write(adrs, f"000{n + 4}-new{n}.md", nygard(n + 4, f"New {n}"))
    if back:
        write(adrs, "0009-other.md", nygard(9, "Other", status=f"Accepted\n\n{back}"))


def test_a_folder_that_links_supersedes_one_way_is_not_told_to_link_back(
    adrs: Path,
) -> None:
    _chain(adrs, 3)
    assert [r for r, _ in findings(adrs, "0001-old1.md")] == []


@pytest.mark.parametrize(
    "back", ["Supersedes [ADR 4](0004-x.md)", "Replaces ADR 4.", "Supersedes 0004-x.md"]
)
def test_one_record_naming_its_predecessor_makes_the_folder_two_way(
    adrs: Path, back: str
) -> None:
    _chain(adrs, 3, back)
    assert [r for r, _ in findings(adrs, "0001-old1.md")] == ["R005"]


def test_two_superseded_records_are_no_convention_yet(adrs: Path) -> None:
    _chain(adrs, 2)
    assert [r for r, _ in findings(adrs, "0001-old1.md")] == ["R005"]

"""R001 accepts a folder's own numbering when most of its records follow it,
and still reports the record that strays from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_lint import knowledge, layout
from adr_lint.checks.context import Options
from adr_lint.engine import Linter
from adr_lint.layout import numbering


def record(number: int, title: str) -> str:
    return (
        f"# {number}. {title}\n\nDate: 2024-03-01\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nWhy.\n\n## Decision\n\nWhat.\n\n## Consequences\n\nSo.\n"
    )


def r001(folder: Path, names: list[str], pattern: str | None = None) -> list[str]:
    """The names of the folder's files that R001 reports."""
    layout.forget()
    for index, name in enumerate(names, start=1):
        (folder / name).write_text(record(index, name), encoding="utf-8")
    linter = Linter(
        knowledge.load(), Options(select=("R001",), file_name_pattern=pattern)
    )
    return [n for n in names if linter.lint(folder / n).findings]


@pytest.mark.parametrize(
    "names",
    [
        ["01-pick-a-broker.md", "02-split-the-ledger.md", "03-drop-soap.md"],
        [f"{n}-step-{n}.md" for n in range(1, 13)],  # never padded: 1 … 12
        ["adr-01-one.md", "adr-02-two.md", "adr-03-three.md", "adr-04-four.md"],
        ["adr-1-a.md", "adr-2-b.md", "adr-3-c.md", "adr-10-d.md"],
        # names that are their numbers alone
        ["ADR_001.md", "ADR_002.md", "ADR_003.md", "ADR_004.md"],
        ["01.md", "02.md", "03.md"],
        ["adr-7.md", "adr-8.md", "adr-9.md", "adr-10.md"],
        # no record numbered: a site that orders them by their front matter
        ["drupal-9.md", "angular-routing.md", "adopt-semver.md"],
        ["use-kafka.md", "split-the-ledger.md", "drop-soap.md", "0004-late.md"],
        ["Kafka for events.md", "Postgres for orders.md", "Redis for sessions.md"],
    ],
)
def test_a_folder_numbered_its_own_way_passes(tmp_path: Path, names: list[str]) -> None:
    assert r001(tmp_path, names) == []


@pytest.mark.parametrize(
    ("names", "strays"),
    [
        # Four-digit folder: the two-digit record is the odd one out.
        (
            ["0001-a.md", "0002-b.md", "0003-c.md", "0004-d.md", "12-late.md"],
            ["12-late.md"],
        ),
        # Two records are no convention yet.
        (["01-a.md", "02-b.md"], ["01-a.md", "02-b.md"]),
        # Padded folder: an unpadded one-digit name does not follow it.
        (["01-a.md", "02-b.md", "03-c.md", "4-d.md"], ["4-d.md"]),
        # A name with no number is reported whatever the folder does.
        (["01-a.md", "02-b.md", "03-c.md", "Use Kafka.md"], ["Use Kafka.md"]),
        # A bare number among named records strays, and the other way round.
        (["001-a.md", "002-b.md", "003-c.md", "004.md"], ["004.md"]),
        (["01.md", "02.md", "03.md", "4.md"], ["4.md"]),
        # Two slugs beside three numbered records are no convention.
        (
            ["001-a.md", "002-b.md", "003-c.md", "use-kafka.md", "drop-soap.md"],
            ["use-kafka.md", "drop-soap.md"],
        ),
    ],
)
def test_a_name_that_strays_from_its_folder_is_reported(
    tmp_path: Path, names: list[str], strays: list[str]
) -> None:
    assert r001(tmp_path, names) == strays


def test_a_configured_pattern_is_the_only_convention(tmp_path: Path) -> None:
    names = ["01-a.md", "02-b.md", "03-c.md"]
    assert r001(tmp_path, names, pattern=r"^ADR-\d{4}") == names


def test_forms() -> None:
    assert numbering.form("007-x.md", plain=False) == numbering.Form("", 3, "-")
    assert numbering.form("ADR_12_x.md", plain=True) == numbering.Form("adr_", 0, "_")
    assert numbering.form("ADR_007.md", plain=False) == numbering.Form("adr_", 3, "")
    assert numbering.form("Use Kafka.md", plain=True) is None

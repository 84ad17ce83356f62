"""Suppression comments and front matter, and findings in code blocks."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from adr_lint import knowledge
from adr_lint.checks.context import Options
from adr_lint.cli import main
from adr_lint.engine import FileReport, Linter

BASE = """\
# 1. Web framework

## Context

Staff need a back office from day one. Throughput, team familiarity,
async support and flexibility were weighed.

## Decision

We will use Flask.
"""


def rules(report: FileReport) -> list[str]:
    return [f.rule for f in report.findings]


def test_unsuppressed(lint: Callable[[str], FileReport]) -> None:
    assert rules(lint(BASE)) == ["M003"]


@pytest.mark.parametrize(
    "text",
    [
        BASE.replace(
            "Staff need", "<!-- adr-lint-disable-next-line M003 -->\nStaff need"
        ),
        BASE.replace(
            "## Context", "## Context\n\n<!-- adr-lint-disable M003 -->"
        ).replace("## Decision", "<!-- adr-lint-enable -->\n\n## Decision"),
        BASE.replace("## Context", "<!-- adr-lint-disable M -->\n\n## Context"),
        BASE.replace("## Context", "<!-- adr-lint-disable -->\n\n## Context"),
        BASE + "\n<!-- adr-lint-disable-file M003 -->\n",
        "---\nadr-lint-disable: [M003]\n---\n" + BASE,
    ],
    ids=["next-line", "range", "prefix", "all-rules", "file-comment", "front-matter"],
)
def test_suppressed(lint: Callable[[str], FileReport], text: str) -> None:
    assert rules(lint(text)) == []


def test_enable_ends_the_range(lint: Callable[[str], FileReport]) -> None:
    text = "<!-- adr-lint-disable M003 -->\n<!-- adr-lint-enable M003 -->\n\n" + BASE
    assert rules(lint(text)) == ["M003"]


def test_other_codes_still_fire(lint: Callable[[str], FileReport]) -> None:
    text = BASE.replace(
        "Staff need", "<!-- adr-lint-disable-next-line C001 -->\nStaff need"
    )
    assert rules(lint(text)) == ["M003"]


def test_unused_suppression_is_reported_when_asked() -> None:
    linter = Linter(
        knowledge.load(), Options(select=("M", "U"), report_unused_suppressions=True)
    )
    text = BASE.replace("We will use Flask.", "We will use Django.").replace(
        "Staff need", "<!-- adr-lint-disable-next-line M003 -->\nStaff need"
    )
    report = linter.lint_text(text, "a.md")
    assert [(f.rule, f.line, f.message) for f in report.findings] == [
        ("U001", 5, "suppression of M003 is not needed")
    ]


def test_findings_in_fenced_code_never_fire(lint: Callable[[str], FileReport]) -> None:
    text = "# Web framework\n\n## Decision\n\nWe will use Django.\n\n```markdown\nWe will use Flask.\nStaff need a back office from day one.\n```\n"
    report = lint(text)
    assert report.framework == "django"
    assert not [f for f in report.findings if 7 <= f.line <= 10]


def test_report_unused_suppressions_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    adr = tmp_path / "a.md"
    adr.write_text(
        "<!-- adr-lint-disable D001 -->\n" + BASE.replace("Flask", "Django"),
        encoding="utf-8",
    )
    assert main(["--report-unused-suppressions", "--strict", str(adr)]) == 1
    assert (
        ":1:1: U001 warning suppression of D001 is not needed"
        in capsys.readouterr().out
    )

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
    assert (
        main(
            [
                "--report-unused-suppressions",
                "--strict",
                "--format",
                "concise",
                str(adr),
            ]
        )
        == 1
    )
    assert (
        ":1:1: U001 warning suppression of D001 is not needed"
        in capsys.readouterr().out
    )


def _found(report: FileReport) -> list[tuple[str, int]]:
    return [(f.rule, f.line) for f in report.findings]


NEXT = BASE.replace("Staff need", "<!-- {} -->\nStaff need")


@pytest.mark.parametrize(
    ("directive", "message"),
    [
        (
            "adr-lint-disable-nextline M003",
            "did you mean 'adr-lint-disable-next-line'?",
        ),
        ("adr-lint-disabel M003", "did you mean 'adr-lint-disable'?"),
        ("ADR-LINT-DISABLE-FILES M003", "did you mean 'adr-lint-disable-file'?"),
        ("adr-lint-enable-next-line", "did you mean 'adr-lint-disable-next-line'?"),
        ("adr-lint-ignore M003", "suppresses nothing; adr-lint explain U002"),
    ],
)
def test_a_misspelt_directive_is_reported_and_turns_nothing_off(
    lint: Callable[[str], FileReport], directive: str, message: str
) -> None:
    report = lint(NEXT.format(directive))
    assert _found(report) == [("U002", 5), ("M003", 6)]
    u002 = report.findings[0]
    assert u002.severity == "warning" and message in u002.message
    assert "is not a directive and suppresses nothing" in u002.message


@pytest.mark.parametrize(
    ("directive", "codes"),
    [
        ("adr-lint-disable-next-line M999", "the code 'M999'"),
        ("adr-lint-disable-next-line Q7, X", "the codes 'Q7', 'X'"),
        ("adr-lint-disable-next-line staff use Flask-Admin", "'STAFF', 'USE'"),
    ],
)
def test_a_code_that_names_no_rule_is_reported(
    lint: Callable[[str], FileReport], directive: str, codes: str
) -> None:
    report = lint(NEXT.format(directive))
    assert _found(report) == [("U002", 5), ("M003", 6)]
    assert codes in report.findings[0].message


@pytest.mark.parametrize(
    "directive",
    [
        "adr-lint-disable-next-line M003, Z12",
        "adr-lint-disable-next-line: M003 Z12",
        "adr-lint-disable-next-line M003 Z12 -- a reason: staff use Flask-Admin",
    ],
)
def test_the_valid_codes_beside_an_unknown_one_still_apply(
    lint: Callable[[str], FileReport], directive: str
) -> None:
    assert _found(lint(NEXT.format(directive))) == [("U002", 5)]


@pytest.mark.parametrize(
    "directive",
    [
        "adr-lint-disable-next-line M003 -- staff use Flask-Admin",
        "adr-lint-disable-next-line M -- the admin is a separate app",
        "adr-lint-disable-next-line -- reviewed with the staff",
    ],
)
def test_a_reason_after_two_dashes_is_no_code(
    lint: Callable[[str], FileReport], directive: str
) -> None:
    assert _found(lint(NEXT.format(directive))) == []


@pytest.mark.parametrize(
    "comment",
    [
        "adr lint disable M003",
        "TODO: ask whether adr-lint-disable is needed here",
        "adr-linting is done in CI",
    ],
)
def test_other_comments_are_no_directives(
    lint: Callable[[str], FileReport], comment: str
) -> None:
    assert _found(lint(NEXT.format(comment))) == [("M003", 6)]


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("adr-lint-disabled: [M003]", "key 'adr-lint-disabled' suppresses nothing"),
        ("adr-lint-ignore: M003", "did you mean 'adr-lint-disable'?"),
        ("adr-lint-disable: [M999]", "no rule has the code 'M999'"),
    ],
)
def test_front_matter_that_suppresses_nothing_is_reported(
    lint: Callable[[str], FileReport], front: str, message: str
) -> None:
    report = lint(f"---\ntitle: x\n{front}\n---\n" + BASE)
    assert _found(report) == [("U002", 3), ("M003", 9)]
    assert message in report.findings[0].message


def test_invalid_suppressions_exit_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    adr = tmp_path / "0001-web-framework.md"
    adr.write_text(NEXT.format("adr-lint-disable-nextline M003"), encoding="utf-8")
    assert main(["--select", "M,U", "--format", "concise", str(adr)]) == 1
    out = capsys.readouterr().out
    assert ":5:1: U002 warning 'adr-lint-disable-nextline' is not a directive" in out
    assert ":6:1: M003 error" in out

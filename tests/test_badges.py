"""A status shown as a badge image under the title is read as the status:
by the image's alt text, or by a status label in its address; images
elsewhere, and images that name no status, are not."""

from __future__ import annotations

import pytest

from adr_lint import knowledge
from adr_lint.checks.context import Options
from adr_lint.engine import FileReport, Linter

KB = knowledge.load()

RECORD = """\
# 4. Keep sessions in Redis

{head}

Date: 2025-03-09

## Context

Sessions are lost on every deploy.

{body}

## Decision

We keep sessions in Redis with a one-day expiry.

## Consequences

One more service to run.
"""


def report(head: str, body: str = "", statuses: tuple[str, ...] = ()) -> FileReport:
    linter = Linter(KB, Options(select=("S",), statuses=statuses))
    name = "0004-keep-sessions-in-redis.md"
    return linter.lint_text(RECORD.format(head=head, body=body), name, path=name)


@pytest.mark.parametrize(
    ("head", "status"),
    [
        ("![Accepted](https://badges.example/badge/adr-accepted-2ea44f)", "accepted"),
        ("![Status: Proposed](https://badges.example/status/proposed.svg)", "proposed"),
        ("[![deprecated](https://img.example/b.svg)](../README.md)", "deprecated"),
        (
            "![](https://badges.example/badge/decision-superseded-lightgrey.svg)",
            "superseded",
        ),
        (
            "![state](https://badges.example/static?label=status&message=rejected)",
            "rejected",
        ),
        # Beside other badges on the same line, in any order.
        (
            "![build](https://ci.example/build.svg) ![Status: accepted](https://x.example/a.svg)",
            "accepted",
        ),
    ],
)
def test_a_status_badge_under_the_title_is_the_status(head: str, status: str) -> None:
    found = report(head)
    assert found.status == status
    assert [f.rule for f in found.findings] == []


def test_a_badge_in_a_status_section_is_read() -> None:
    text = RECORD.format(head="", body="").replace(
        "## Context",
        "## Status\n\n![Proposed](https://badges.example/adr-proposed-blue)\n\n"
        "## Context",
    )
    linter = Linter(KB, Options(select=("S",)))
    found = linter.lint_text(text, "0004-keep-sessions-in-redis.md")
    assert found.status == "proposed" and not found.findings


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # A diagram under the title whose name holds a status word.
        ("![Proposed architecture](diagrams/proposed-architecture.png)", ""),
        # An address with a status word that follows no status label.
        ("![flow](https://img.example/accepted/flow.png)", ""),
        # A status badge, but in the Context, not the record's head.
        ("", "![Accepted](https://badges.example/badge/adr-accepted-green)"),
        # A status label with a word that is no status.
        ("![Status: WIP](https://badges.example/badge/status-wip-red)", ""),
    ],
)
def test_images_that_state_no_status_leave_it_missing(head: str, body: str) -> None:
    found = report(head, body)
    assert found.status is None
    assert "S003" in [f.rule for f in found.findings]


def test_a_written_status_wins_over_a_badge() -> None:
    head = "![Accepted](https://badges.example/badge/adr-accepted-green)\n\nStatus: Proposed"
    assert report(head).status == "proposed"


def test_a_badge_status_is_checked_against_the_configured_statuses() -> None:
    found = report(
        "![Accepted](https://badges.example/badge/adr-accepted-green)",
        statuses=("draft", "accepted"),
    )
    assert found.status == "accepted" and not found.findings

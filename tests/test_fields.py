"""Fields however they are written: the labels of a date, a date given in
the status, a site's page state beside the decision's status, and values
still in the template's braces."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint import knowledge
from adr_lint.checks.context import Options
from adr_lint.document import Document
from adr_lint.engine import FileReport, Linter

KB = knowledge.load()


def report(
    text: str, name: str = "0012-use-a-queue.md", statuses: tuple[str, ...] = ()
) -> FileReport:
    linter = Linter(KB, Options(select=("S",), statuses=statuses))
    return linter.lint_text(text, name, path=name)


def codes(text: str) -> list[str]:
    return [f.rule for f in report(text).findings]


NYGARD = """\
# 12. Use a queue for invoices

{header}

## Status

{status}

## Context

Invoices arrive in bursts.

## Decision

We will put them on a queue.

## Consequences

One more service to run.
"""


@pytest.mark.parametrize(
    "label",
    [
        "Initial date",
        "Last modified",
        "Date created",
        "Created",
        "Decision date",
        "Accepted on",
        "* **Last updated:**",
    ],
)
def test_date_label_variants(label: str, parse: Callable[[str], Document]) -> None:
    colon = "" if label.endswith(":**") else ":"
    text = NYGARD.format(header=f"{label}{colon} 2021-03-04", status="Accepted")
    assert parse(text).record.fields["date"].value == "2021-03-04"
    assert codes(text) == []


@pytest.mark.parametrize("label", ["Initial date", "Date created", "Decision date"])
def test_a_date_label_variant_is_still_checked(label: str) -> None:
    text = NYGARD.format(header=f"{label}: 04/03/2021", status="Accepted")
    assert codes(text) == ["S006"]


@pytest.mark.parametrize(
    ("status", "date"),
    [
        ("Accepted (2023-04-01)", "2023-04-01"),
        ("accepted on 2023-04-01", "2023-04-01"),
        ("Accepted, 2023-04-01, by the platform group", "2023-04-01"),
        ("Superseded on 2024-1-9 by 0013", "2024-1-9"),
    ],
)
def test_a_date_in_the_status_is_the_records_date(
    status: str, date: str, parse: Callable[[str], Document]
) -> None:
    text = NYGARD.format(header="", status=status)
    assert parse(text).record.fields["date"].value == date
    assert "S005" not in codes(text)


def test_a_date_in_the_status_is_checked_like_any_date() -> None:
    assert codes(NYGARD.format(header="", status="Accepted 2023-02-30")) == ["S006"]
    assert codes(NYGARD.format(header="", status="Accepted 3/4/2023")) == ["S006"]


def test_a_status_line_without_a_date_still_needs_one() -> None:
    assert codes(NYGARD.format(header="", status="Accepted in release 1.2.3")) == [
        "S005"
    ]


SITE = """\
---
title: Use a queue for invoices
status: {front}
---

# 12. Use a queue for invoices

Date: 2023-01-02

{body}

## Context

Invoices arrive in bursts.

## Decision

We will put them on a queue.

## Consequences

One more service to run.
"""


@pytest.mark.parametrize(
    ("front", "body", "status"),
    [
        ("live", "Status: Accepted", "accepted"),
        ("draft", "## Status\n\nProposed", "proposed"),
        ("published", "* Status: rejected", "rejected"),
    ],
)
def test_the_decisions_status_wins_over_a_page_state(
    front: str, body: str, status: str
) -> None:
    found = report(SITE.format(front=front, body=body))
    assert found.status == status
    assert [f.rule for f in found.findings] == []


@pytest.mark.parametrize(
    ("front", "body", "status"),
    [
        ("deprecated", "Status: Accepted", "deprecated"),
        ("accepted", "Status: Proposed", "accepted"),
        ("live", "Status: Shipped", "live"),
    ],
)
def test_the_front_matter_status_wins_when_it_is_an_adr_status_too(
    front: str, body: str, status: str
) -> None:
    assert report(SITE.format(front=front, body=body)).status == status


def test_a_configured_status_is_an_adr_status() -> None:
    text = SITE.format(front="live", body="Status: Accepted")
    found = report(text, statuses=("live", "draft"))
    assert found.status == "live" and [f.rule for f in found.findings] == []


MADR = """\
---
{front}
---
# Use a queue for invoices

## Context and Problem Statement

Invoices arrive in bursts.

## Considered Options

* A queue
* A bigger database

## Decision Outcome

Chosen option: "A queue", because it absorbs bursts.
"""


@pytest.mark.parametrize(
    ("front", "line", "text"),
    [
        ("status: { proposed }", 2, "{proposed}"),
        ("status: accepted\ndate: { 2023-01-01 }", 3, "{2023-01-01}"),
        ("deciders: {list everyone involved in the decision}", 2, "{list everyone"),
        ('status: "{proposed | rejected | accepted}"', 2, "{proposed | rejected"),
        ("informed: !!set {everyone who is kept up-to-date}", 2, "{everyone who"),
    ],
)
def test_leftover_braces_in_front_matter(front: str, line: int, text: str) -> None:
    found = report(MADR.format(front=front)).findings
    assert [(f.rule, f.line) for f in found] == [("S009", line)]
    assert text in found[0].message


@pytest.mark.parametrize(
    "front",
    [
        "status: accepted\ncriteria: {admin: required}",
        "status: accepted\ntags: {}",
        "status: accepted\nlayout: '{{ page.layout }}'",
    ],
)
def test_real_mappings_in_front_matter_are_no_leftovers(front: str) -> None:
    assert codes(MADR.format(front=front)) == []


@pytest.mark.parametrize(
    ("header", "status", "line"),
    [
        ("Date: 2023-01-02", "Status: {proposed}", 5),
        ("* Date: {YYYY-MM-DD}", "Accepted", 3),
        ("Date: 2023-01-02\n\n| Deciders | {deciders} |\n| --- | --- |", "Accepted", 5),
    ],
)
def test_leftover_braces_in_a_body_field(header: str, status: str, line: int) -> None:
    text = NYGARD.format(header=header, status=status).replace(
        "## Status\n\nStatus:", "Status:"
    )
    found = report(text).findings
    assert [(f.rule, f.line) for f in found] == [("S009", line)]


@pytest.mark.parametrize(
    ("prose", "quoted"),
    [
        ("Technical story: {{ TICKET LINK }}", "{{ TICKET LINK }}"),
        ("Owner: {{ TEAM NAME }} (to confirm)", "{{ TEAM NAME }}"),
        ("Invoices arrive in {describe the load}.", "{describe the load}"),
    ],
)
def test_a_leftover_is_quoted_as_written(prose: str, quoted: str) -> None:
    text = NYGARD.format(header="Date: 2023-01-02", status="Accepted").replace(
        "Invoices arrive in bursts.", prose
    )
    found = [f.message for f in report(text).findings if f.rule == "S009"]
    assert found == [f"template text left in: \u201c{quoted}\u201d"]


@pytest.mark.parametrize(
    "status",
    [
        "Approved",
        "In Review",
        "**Implemented** (2025-01-04)",
        "On hold until the audit",
        "Retired",
        "Draft",
        "Under discussion",
    ],
)
def test_another_word_for_a_stage_is_no_unknown_status(status: str) -> None:
    text = NYGARD.format(header="Date: 2025-01-04", status=status)
    assert "S004" not in codes(text)


@pytest.mark.parametrize("status", ["Incomplete", "Maybe", "Waiting for Bob", "TBD"])
def test_a_word_for_no_stage_is_an_unknown_status(status: str) -> None:
    assert "S004" in codes(NYGARD.format(header="Date: 2025-01-04", status=status))


@pytest.mark.parametrize(
    "status",
    [
        "Supersedes ADR-0005",
        "Supersedes [4. Keep sessions in Redis](0004-keep-sessions-in-redis.md)",
        "**Amends** ADR 12",
        "Extends #3 (the queue record)",
        "Replaces 0007",
    ],
)
def test_a_status_that_relates_the_record_to_another_is_no_unknown_status(
    status: str,
) -> None:
    # The relation is written where the stage goes, as adr-tools writes it
    # under the stage; it names the record, so it is no leftover word.
    text = NYGARD.format(header="Date: 2025-01-04", status=status)
    assert "S004" not in codes(text)
    found = report(text, statuses=("proposed", "accepted")).findings
    assert "S004" not in [f.rule for f in found]


@pytest.mark.parametrize(
    "status", ["Supersedes the old way", "Amends everything", "Extends"]
)
def test_a_relation_that_names_no_record_is_still_an_unknown_status(
    status: str,
) -> None:
    assert "S004" in codes(NYGARD.format(header="Date: 2025-01-04", status=status))


@pytest.mark.parametrize(
    ("status", "word"),
    [
        ("v2 proposed (rebuild, awaiting approval)", "proposed"),
        ("Rev 3 accepted", "accepted"),
        ("V4 — Accepted on 2025-01-04", "accepted"),
    ],
)
def test_a_revision_before_the_stage_is_read_past(status: str, word: str) -> None:
    text = NYGARD.format(header="Date: 2025-01-04", status=status)
    assert report(text).status == word
    assert "S004" not in codes(text)


def test_configured_statuses_take_no_other_words() -> None:
    text = NYGARD.format(header="Date: 2025-01-04", status="Approved")
    found = report(text, statuses=("proposed", "accepted"))
    assert "S004" in [f.rule for f in found.findings]


@pytest.mark.parametrize(
    ("line", "status"),
    [
        ("Status — Proposed", "proposed"),
        ("Status – accepted (2025-02-01)", "accepted"),
        ("**Status** - Rejected", "rejected"),
    ],
)
def test_a_field_set_off_by_a_dash_is_read(line: str, status: str) -> None:
    text = f"# 12. Use a queue for invoices\n\n{line}\n\nDate: 2025-02-01\n\n## Context\n\nBursts.\n"
    assert report(text).status == status


MADR_NUMBERED = """\
# {title}

## Context and Problem Statement

Operators need to reach lab nodes from outside the cluster.

## Considered Options

* A bastion host
* A VPN

## Decision Outcome

Chosen option: "A VPN", because it needs no public port per node.
"""


@pytest.mark.parametrize(
    "title",
    ["0011-Remote-Access", "7. Reach lab nodes through a VPN", "3 - Remote access"],
)
def test_a_numbered_madr_record_needs_no_date(title: str) -> None:
    # The numbered title is adr-tools' mark; MADR keeps the date optional,
    # whatever the title looks like.
    assert "S005" not in codes(MADR_NUMBERED.format(title=title))


def test_a_numbered_nygard_record_still_needs_one() -> None:
    assert codes(NYGARD.format(header="", status="Accepted")) == ["S005"]

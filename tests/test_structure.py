"""Structural rules, each with a passing and a failing example, for Nygard
(adr-tools) and MADR 4 ADRs."""

from __future__ import annotations

import pytest

from adr_lint import knowledge
from adr_lint.checks.context import Options
from adr_lint.engine import Linter

LINTER = Linter(knowledge.load(), Options(select=("S",)))

NYGARD = """\
# 7. Use Kafka for events

Date: 2024-03-01

## Status

Accepted

## Context

Services need ordered events.

## Decision

We will use Kafka.

## Consequences

We run a cluster.
"""

MADR4 = """\
---
status: accepted
date: 2024-03-01
---
# Use Kafka for events

## Context and Problem Statement

Services need ordered events.

## Considered Options

* Kafka
* RabbitMQ

## Decision Outcome

Chosen option: "Kafka", because it keeps order per key.
"""


def codes(text: str, name: str = "0007-use-kafka.md") -> list[str]:
    return [f.rule for f in LINTER.lint_text(text, name, path=name).findings]


@pytest.mark.parametrize(("template", "text"), [("nygard", NYGARD), ("madr4", MADR4)])
def test_well_formed_adrs_pass(template: str, text: str) -> None:
    assert codes(text) == []


FAILING = [
    ("S001", "nygard", NYGARD.replace("# 7. Use Kafka for events\n", "")),
    ("S001", "madr4", MADR4.replace("# Use Kafka for events\n", "")),
    ("S002", "nygard", NYGARD.replace("# 7.", "# 8.")),
    ("S003", "nygard", NYGARD.replace("## Status\n\nAccepted\n\n", "")),
    ("S004", "nygard", NYGARD.replace("Accepted", "Maybe")),
    ("S004", "madr4", MADR4.replace("status: accepted", "status: someday")),
    ("S005", "nygard", NYGARD.replace("Date: 2024-03-01\n\n", "")),
    ("S006", "nygard", NYGARD.replace("2024-03-01", "01/03/2024")),
    ("S006", "madr4", MADR4.replace("date: 2024-03-01", "date: March 2024")),
    ("S007", "nygard", NYGARD.replace("## Consequences\n\nWe run a cluster.\n", "")),
    (
        "S007",
        "madr4",
        MADR4.replace("## Considered Options\n\n* Kafka\n* RabbitMQ\n\n", ""),
    ),
    ("S008", "nygard", NYGARD.replace("We run a cluster.\n", "")),
    ("S008", "madr4", MADR4.replace("Services need ordered events.\n", "")),
    (
        "S009",
        "nygard",
        NYGARD.replace(
            "Services need ordered events.",
            "The issue motivating this decision, and any context that influences or constrains the decision.",
        ),
    ),
    (
        "S009",
        "madr4",
        MADR4.replace(
            "Services need ordered events.",
            "{Describe the context and problem statement}",
        ),
    ),
    ("S010", "madr4", MADR4.replace(", because it keeps order per key", "")),
    ("S011", "madr4", MADR4.replace("* RabbitMQ\n", "")),
]


@pytest.mark.parametrize(("code", "template", "text"), FAILING)
def test_rule_fires_on_its_failing_example(code: str, template: str, text: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "status",
    [
        "Accepted",
        "**Accepted**",
        "✅ Accepted",
        "[accepted]",
        "Superseded by [ADR-9](0009-x.md)",
        "ACCEPTED (2024)",
    ],
)
def test_status_decoration_is_tolerated(status: str) -> None:
    assert codes(NYGARD.replace("Accepted", status)) == []


@pytest.mark.parametrize(
    "status",
    [
        # the day the stage was reached, before it
        "2021-06-01 accepted",
        "2019-11-30 proposed",
        "12/04/2022 Accepted",
    ],
)
def test_a_status_with_its_day(status: str) -> None:
    assert "S004" not in codes(NYGARD.replace("Accepted", status))


@pytest.mark.parametrize(
    ("status", "meant"),
    [
        ("Superceded by\n[ADR-9](0009-x.md)", "superseded"),
        ("Depreciated", "deprecated"),
        ("Acepted", "accepted"),
    ],
)
def test_a_misspelt_status_is_named_as_such(status: str, meant: str) -> None:
    report = LINTER.lint_text(NYGARD.replace("Accepted", status), "0004-t.md")
    messages = [f.message for f in report.findings if f.rule == "S004"]
    assert len(messages) == 1 and messages[0].endswith(
        f"looks misspelt: write '{meant}'"
    )


@pytest.mark.parametrize(
    "status", ["Brouillon", "Borrador", "Rascunho", "Entwurf", "Bozza"]
)
def test_a_draft_in_another_language_is_a_known_stage(status: str) -> None:
    # each language's word for a draft, as English "Draft" is
    assert "S004" not in codes(NYGARD.replace("Accepted", status))


def test_a_day_alone_is_no_status() -> None:
    assert "S004" in codes(
        NYGARD.replace("## Status\n\nAccepted", "## Status\n\n2021-06-01")
    )


@pytest.mark.parametrize(
    "status",
    ["Status: Accepted\n\n", "**Status:** Accepted\n\n", "* Status: accepted\n\n"],
)
def test_status_as_a_line_counts_as_the_status_section(status: str) -> None:
    text = NYGARD.replace("## Status\n\nAccepted\n\n", status)
    assert codes(text) == []


def test_title_given_as_a_label() -> None:
    text = NYGARD.replace(
        "# 7. Use Kafka for events", "**Title:** Use Kafka for events"
    )
    report = LINTER.lint_text(text, "0007-use-kafka.md", path="0007-use-kafka.md")
    assert report.title == "Use Kafka for events"
    assert "S001" not in [f.rule for f in report.findings]


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("**7. Use Kafka for events**", "7. Use Kafka for events"),
        ("__ADR 7: Use Kafka for events__", "ADR 7: Use Kafka for events"),
    ],
)
def test_title_in_bold_on_the_first_line(first_line: str, title: str) -> None:
    text = NYGARD.replace("# 7. Use Kafka for events", first_line)
    report = LINTER.lint_text(text, "0007-use-kafka.md", path="0007-use-kafka.md")
    assert report.title == title
    assert codes(text) == []


@pytest.mark.parametrize("first_line", ["**Status: Accepted**", "**Context**"])
def test_a_bold_label_on_the_first_line_is_no_title(first_line: str) -> None:
    text = NYGARD.replace("# 7. Use Kafka for events", first_line)
    assert "S001" in codes(text)


def test_configured_statuses() -> None:
    linter = Linter(knowledge.load(), Options(select=("S",), statuses=("active",)))
    text = NYGARD.replace("Accepted", "Active")
    assert [
        f.rule for f in linter.lint_text(text, "0007-x.md", path="0007-x.md").findings
    ] == []


def test_placeholders_in_code_are_samples() -> None:
    text = NYGARD.replace(
        "Services need ordered events.", "Keys look like `{tenant id}` in the topic."
    )
    assert codes(text) == []


def test_rules_are_listed_and_explained() -> None:
    rules = LINTER.rules
    for code in (
        "S001",
        "S002",
        "S003",
        "S004",
        "S005",
        "S006",
        "S007",
        "S008",
        "S009",
        "S010",
        "S011",
    ):
        doc = rules[code].doc
        assert (
            "What it does" in doc
            and "Why it matters" in doc
            and "passes" in doc
            and "fails" in doc
        )

"""Needs stated in words no level phrase lists: the people, the work and the
screens of a back office; changes reaching their watchers as they happen;
parts a team picks itself. A concept with a level (rules/criteria.yaml)
states the need, under negation like any level phrase."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint.engine import FileReport

# Every criterion named, no need stated: the need comes from the sentence
# under test alone.
COVERED = (
    "Throughput matters. Team familiarity matters. An admin interface matters. "
    "Async support matters. Flexibility matters."
)


def adr(need: str, framework: str, section: str = "Context") -> str:
    return (
        f"# 1. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n{COVERED}\n\n"
        + (f"{need}\n\n" if section == "Context" else "")
        + (f"## {section}\n\n{need}\n\n" if section != "Context" else "")
        + f"## Decision\n\nWe will use {framework}.\n"
    )


def mismatches(report: FileReport) -> list[str]:
    return [f.rule for f in report.findings if f.kind == "mismatch"]


NEEDS = [
    # the people who run the service, their work on its records, the screens
    (
        "admin",
        "required",
        "The buyers correct supplier records and approve catalogues, and they "
        "need screens for that.",
    ),
    (
        "admin",
        "required",
        "Dispatchers reassign jobs to other drivers from a page of their own.",
    ),
    (
        "admin",
        "required",
        "Two accountants will amend invoices through a web form every week.",
    ),
    (
        "admin",
        "required",
        "They need pages where they can look up a booking, amend its dates and save.",
    ),
    (
        "admin",
        "required",
        "Curators approve donated items from a browser; none of them write code.",
    ),
    (
        "admin",
        "required",
        "Loan officers must be able to override a rate themselves, without a ticket.",
    ),
    # the work is on someone else's records, though "their" is in it
    (
        "admin",
        "required",
        "Support agents need a screen to correct their customers' orders.",
    ),
    # what changes, reaching those who watch it as it happens
    (
        "async",
        "heavy",
        "Each open browser receives the odds updates the moment they change.",
    ),
    (
        "async",
        "heavy",
        "Lot prices must appear on every bidder's phone instantly.",
    ),
    (
        "async",
        "heavy",
        "Vehicle positions stream to the control room dashboard without refreshing.",
    ),
    # the parts a team picks itself
    (
        "customisation",
        "high",
        "The payments squad wants to choose each library itself.",
    ),
    (
        "customisation",
        "high",
        "We will plug in our own authentication module and templating.",
    ),
    (
        "customisation",
        "high",
        "Every layer (routing, validation, persistence) is picked by us individually.",
    ),
]


@pytest.mark.parametrize(("criterion", "level", "need"), NEEDS)
def test_a_need_in_other_words_states_its_level(
    lint: Callable[[str], FileReport], criterion: str, level: str, need: str
) -> None:
    found = lint(adr(need, "Flask")).criteria[criterion]
    assert found["addressed"]
    assert found["requirement"] == level
    assert found["requirement_quote"] is not None


@pytest.mark.parametrize(
    ("need", "framework", "code"),
    [
        (next(n for c, _, n in NEEDS if c == "admin"), "Flask", "M003"),
        (next(n for c, _, n in NEEDS if c == "async"), "Django", "M004"),
        (next(n for c, _, n in NEEDS if c == "customisation"), "Django", "M005"),
    ],
)
def test_a_need_in_other_words_can_contradict_the_choice(
    lint: Callable[[str], FileReport], need: str, framework: str, code: str
) -> None:
    assert mismatches(lint(adr(need, framework))) == [code]
    # where the sources make no claim: Django for what Flask lacks, and an
    # async framework for what both, designed for synchronous requests, lack
    other = "Django" if framework == "Flask" else "Flask"
    if code == "M004":
        other = "FastAPI"
    assert mismatches(lint(adr(need, other))) == []


@pytest.mark.parametrize(
    ("criterion", "level", "sentence"),
    [
        ("admin", "none", "Nobody on staff will correct records in a screen."),
        (
            "admin",
            "none",
            "Clerks do not edit orders through any page; the ERP owns them.",
        ),
        (
            "async",
            "none",
            "Scores are not pushed to the browsers; visitors reload the page.",
        ),
        ("customisation", "low", "We will not swap any component ourselves."),
    ],
)
def test_a_negated_need_in_other_words_states_the_other_level(
    lint: Callable[[str], FileReport], criterion: str, level: str, sentence: str
) -> None:
    assert lint(adr(sentence, "Flask")).criteria[criterion]["requirement"] == level


@pytest.mark.parametrize(
    ("criterion", "sentence"),
    [
        # the builders' own work, in their own tools
        ("admin", "Developers edit the configuration in the cloud console."),
        # the users' own things, edited in the product itself
        ("admin", "Customers need a page to update their delivery address."),
        ("admin", "Members want a form where they can change their own password."),
        ("admin", "Each tenant needs a screen to adjust her notification settings."),
        # changes that reach no one as they happen
        ("async", "Price changes are exported to the warehouse every night."),
        # parts picked, but not by the team for itself
        ("customisation", "The ORM we pick must be covered by our support contract."),
    ],
)
def test_near_misses_state_no_need(
    lint: Callable[[str], FileReport], criterion: str, sentence: str
) -> None:
    assert lint(adr(sentence, "Flask")).criteria[criterion]["requirement"] is None


def test_an_options_description_is_no_need(lint: Callable[[str], FileReport]) -> None:
    # What an option offers is not what this service needs.
    text = adr(
        "* Flask: editors could approve articles in screens built for them.",
        "Flask",
        section="Considered Options",
    )
    assert lint(text).criteria["admin"]["requirement"] is None


def test_a_level_phrase_is_read_before_a_concept(
    lint: Callable[[str], FileReport],
) -> None:
    text = adr(
        "We do not need an admin interface. Clerks approve refunds in screens.",
        "Flask",
    )
    assert lint(text).criteria["admin"]["requirement"] == "none"

"""A criterion discussed in words none of its cues list: a sentence that
names who (the builders, what carries the load) together with what about
them (what they know, how they are found; what it costs to run)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint.engine import FileReport
from adr_lint.knowledge.stems import stem


def decision(sentence: str) -> str:
    return (
        "# 3. Web framework\n\n## Status\n\nAccepted\n\n## Context\n\n"
        f"{sentence}\n\n## Decision\n\nWe will use Flask.\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The service is well understood by the engineers who run it today.",
        "Python developers are easy to recruit in this city.",
        "Most contributors are comfortable with Ruby, not Python.",
        "Our devs learned Flask on the previous project.",
        "Maintainers trained on Django are hard to find.",
    ],
)
def test_team_size_discussed_in_other_words(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert lint(decision(sentence)).criteria["team-size"]["addressed"]


@pytest.mark.parametrize(
    "sentence",
    [
        # Who uses or supports the product is not who builds it.
        "The support team is comfortable with the current ticket screens.",
        "Customers know the brand and expect the same look.",
        # The words apart from any builder.
        "Visitors learn about opening hours from the home page.",
    ],
)
def test_team_size_not_read_from_other_people(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert not lint(decision(sentence)).criteria["team-size"]["addressed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The framework barely matters: the model's CPU time dominates each request.",
        "Each worker process must fit in 512 MB of RAM on the small VPS.",
        "The server's footprint has to stay small on the edge boxes.",
    ],
)
def test_scale_discussed_in_other_words(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert lint(decision(sentence)).criteria["scale"]["addressed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The framework is lightweight and easy to adopt.",
        "Django is heavyweight for a service this size.",
        "The app keeps the session in memory for the wizard steps.",
    ],
)
def test_scale_not_read_from_what_a_framework_brings(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert not lint(decision(sentence)).criteria["scale"]["addressed"]


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (("hire", "hires", "hired", "hiring"), True),
        (("engineer", "engineers", "engineer's"), True),
        (("experience", "experienced"), True),
        (("know", "known"), False),  # an irregular form is listed as its own term
    ],
)
def test_stems_join_the_forms_of_a_word(forms: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in forms}) == 1) is same


@pytest.mark.parametrize(
    "sentence",
    [
        "Its strong conventions keep every service looking alike.",
        "The framework dictates where each module of the project structure lives.",
        "The framework imposes a layout we would rather not fight.",
    ],
)
def test_customisation_discussed_in_other_words(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert lint(decision(sentence)).criteria["customisation"]["addressed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The data structure of an invoice is simple.",
        "Defaults for the payment form come from the last order.",
        "We follow the GOV.UK service manual for content.",
        "Its complex code structure is hard for newcomers to follow.",
    ],
)
def test_customisation_not_read_from_other_structures(
    lint: Callable[[str], FileReport], sentence: str
) -> None:
    assert not lint(decision(sentence)).criteria["customisation"]["addressed"]

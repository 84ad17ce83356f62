"""Sentence splitting: stops end sentences, abbreviations do not."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adr_lint.reading.text import sentences

# The definition, written as one look-behind expression: slower, plainer.
_REFERENCE = re.compile(
    r"(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\betc\.)(?<!\bcf\.)\s+"
)


def _reference_bounds(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _REFERENCE.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We use Django. It has an admin.", ["We use Django.", "It has an admin."]),
        ("Pick one, e.g. Flask or Django.", ["Pick one, e.g. Flask or Django."]),
        ("Django vs. Flask; we chose it", ["Django vs. Flask;", "we chose it"]),
        ("A fee.g. b", ["A fee.g.", "b"]),  # "e.g." inside a word is no abbreviation
        ("Why?\n\nBecause.", ["Why?", "Because."]),
        ("   ", []),
        ("one line", ["one line"]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s for s, _ in sentences(text, 1)] == expected


def test_lines_follow_the_text() -> None:
    assert sentences("First.\nSecond.\n\nThird.", 5) == [
        ("First.", 5),
        ("Second.", 6),
        ("Third.", 8),
    ]


PIECES = st.sampled_from(
    [
        "e.g.",
        "i.e.",
        "vs.",
        "etc.",
        "cf.",
        ".",
        "!",
        "?",
        ";",
        " ",
        "\n",
        "a",
        "Ze",
        "_",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=30))
def test_sentence_ends_match_their_definition(pieces: list[str]) -> None:
    text = "".join(pieces)
    bounds = _reference_bounds(text)
    starts = [0, *(b for _, b in bounds)]
    ends = [*(a for a, _ in bounds), len(text)]
    expected = [" ".join(text[a:b].split()) for a, b in zip(starts, ends, strict=True)]
    assert [s for s, _ in sentences(text, 1)] == [e for e in expected if e]

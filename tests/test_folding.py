"""A case-insensitive expression matched without IGNORECASE in lower-cased
text must find exactly what the engine finds ignoring case; `foldable`
says which expressions can be, and must refuse every one that cannot."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adr_lint.knowledge import folding
from adr_lint.knowledge.lazyre import BUILD_AFTER, Lazy

CASELESS = re.IGNORECASE


@pytest.mark.parametrize(
    "source",
    [
        r"\badmin(?:istration)? (?:site|panel)\b",
        r"\bteam(?:['’]s)? of (\d+)\b",
        r"[a-z]+s per second",
        r"[A-Za-z]+ users",  # a capital range with its lower case beside it
        r"[^a-z0-9]web ?sockets?",
        r"(?<![\w-])async\b(?! (?:jobs?|tasks?) queue)",
        r"(\w+) and \1",
        r"\d{2,} (?:engineers|devs)",
        r"[!-~]x",  # printable ASCII: capitals and their lower case
        r"(?i:real[- ]time)",
    ],
)
def test_lower_case_expressions_are_foldable(source: str) -> None:
    assert folding.foldable(source, CASELESS)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"admin", 0),  # case matters
        (r"Admin", CASELESS),  # a capital literal
        (r"[^A-Z]dmin", CASELESS),  # capitals without their lower case
        (r"[^@-_]x", CASELESS),  # a range spanning the capitals
        (r"[^\x41]x", CASELESS),
        (r"caf\u00e9", CASELESS),  # a cased letter outside ASCII
        (r"[\u00c0-\u00ff]+", CASELESS),
        (r"admin(?-i:X)", CASELESS),  # case turned back on inside
        (r"admin[", CASELESS),  # not an expression at all
    ],
)
def test_expressions_that_cannot_fold_are_refused(source: str, flags: int) -> None:
    assert not folding.foldable(source, flags)


def test_lowered_keeps_offsets_or_refuses() -> None:
    assert folding.lowered("The Admin PANEL") == "the admin panel"
    assert folding.lowered("Caf\u00c9 \u03a3") == "caf\u00e9 \u03c3"
    # A dotted capital I lowers to two characters; the others fold to ASCII.
    for char in "\u0130\u0131\u017f\u212a":
        assert folding.lowered(f"an {char} here") is None


SOURCES = [
    r"\badmin(?:istration)? (?:site|panel|ui)\b",
    r"[a-z]+s per (?:second|sec)\b",
    r"[^a-z0-9 ]web ?sockets?",
    r"\b(?:k|s|i)\w* team\b",
    r"(\w)\1",
    r"[A-Za-z]{3} users",
]
WORDS = st.sampled_from(
    [
        *("Admin", "ADMINISTRATION", "panel", "UI", "site", " ", "\n", "-"),
        *("Requests", "S", "per", "Second", "sec", "WebSockets", "web", "socket"),
        *("\u212a", "\u0130", "\u0131", "\u017f", "\u00c9", "\u03a3\u03c3\u03c2"),
        *("Kilo", "Team", "team", "ISO", "Users", "aA", "Ss", "\u2019", "1"),
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=6)), max_size=30))
def test_spans_are_the_engines_on_any_text(words: list[str]) -> None:
    text = "".join(words)
    for source in SOURCES:
        assert folding.foldable(source, CASELESS)
        lazy = Lazy(source, CASELESS)
        expected = [m.span() for m in re.finditer(source, text, CASELESS)]
        for _ in range(BUILD_AFTER + 1):  # before folding is worked out, and after
            assert lazy.spans(text) == expected
            assert lazy.spans(text, candidate=True) == expected


def test_a_foldable_pattern_is_matched_folded_once_in_long_use() -> None:
    lazy = Lazy(r"\bback office\b", CASELESS)
    for _ in range(BUILD_AFTER):
        assert lazy.spans("The BACK Office") == [(4, 15)]
    folded = lazy._folded_pattern()
    assert folded is not None and not folded.flags & CASELESS
    capital = Lazy(r"\bBack office\b", CASELESS)
    for _ in range(BUILD_AFTER):
        assert capital.spans("the back office") == [(4, 15)]
    assert capital._folded_pattern() is None

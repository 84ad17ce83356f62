"""The literal prefilter may only skip searches that would find nothing: a
pattern searched through it finds exactly what the engine alone finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from adr_lint import knowledge
from adr_lint.knowledge import compiled, folding, prefilter
from adr_lint.knowledge.lazyre import BUILD_AFTER, AnyOf, Lazy
from adr_lint.knowledge.mentions import Mentions, trie
from adr_lint.knowledge.prefilter import Prefilter, needles

from .conftest import CORPUS, corpus_or_skip

CASELESS = re.IGNORECASE


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\bthe issue motivating\b", CASELESS, ("the issue motivating",)),
        (r"^\s*(?:todo|lorem ipsum)\b", CASELESS | re.M, ("lorem ipsum", "todo")),
        (r"\[(?:describe|add) [^\]]+\]", CASELESS, ("[add ", "[describe ")),
        (r"colou?r", 0, ("color", "colour")),
        (
            r"Admin(?:istration)? (?:site|panel)",
            0,
            (
                "admin panel",
                "admin site",
                "administration panel",
                "administration site",
            ),
        ),
        (r"[Bb]ack office", 0, ("back office",)),
        (r"\d+ (?:users|engineers)", CASELESS, (" engineers", " users")),
        (r"x|\d", 0, None),  # one alternative has no literal: no filter
        (r"\w+", 0, None),
        (r"(?:a|b)?c", 0, ("c",)),  # "ac" and "bc" hold "c"
        (r"abcx|bcx|cx|dy", 0, ("cx", "dy")),  # held in a chain
        (r"caf\u00e9", 0, None),  # a cased letter outside ASCII: no filter
        (r"\u03c3\u03bf\u03c6", CASELESS, None),  # sigma folds to final sigma
        (r"let[\u2019']s go", CASELESS, ("let's go", "let\u2019s go")),  # no case
        (r"a \u2014 b", 0, ("a \u2014 b",)),
    ],
)
def test_literals_every_match_must_hold(
    pattern: str, flags: int, expected: tuple[str, ...] | None
) -> None:
    assert needles(pattern, flags) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ISSUE Motivating this",
        "the\u212aelvin sign: \u212a matches k when case is ignored",
        "\u0130stanbul office, dotless \u0131 and long \u017f",
        "",
    ],
)
def test_folding_characters_never_hide_a_match(text: str) -> None:
    for source in (r"kelvin", r"istanbul", r"the issue motivating", r"long s"):
        lazy = Lazy(source, CASELESS)
        assert bool(lazy.search(text)) == bool(re.search(source, text, CASELESS))


PACK = knowledge.load()
PATTERNS = list({id(e): e for e in PACK.expressions()}.values())
TEXTS = [p.read_text("utf-8", "replace") for p in sorted(CORPUS.rglob("*.md"))]


def _same(lazy: Lazy, text: str) -> None:
    plain = re.compile(lazy.source, lazy.flags)
    expected = [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in lazy.finditer(text)] == expected, lazy.source[:80]
    assert lazy.spans(text) == expected, lazy.source[:80]
    assert bool(lazy.search(text)) == bool(expected)


def test_every_shipped_pattern_finds_the_same_on_the_corpus() -> None:
    if not TEXTS:
        pytest.skip("the shared corpus is not beside this checkout")
    assert len(PATTERNS) > 40 and len(TEXTS) > 300
    for lazy in PATTERNS:
        for text in TEXTS:
            _same(lazy, text)
    # After a few uses each pattern has built its filter, and most have one.
    filtered = sum(lazy.literals() is not None for lazy in PATTERNS)
    assert filtered > len(PATTERNS) // 2


WORDS = st.sampled_from(
    [
        *("Django", "flask", "Admin", "back office", "team of five engineers"),
        *("async", "ASGI", "\u212a", "\u0130", "\u0131", "\u017f", "TODO"),
        *("[describe x]", "{fill in}", "we expect", "millions of requests per day"),
        *("customisation", "customization", "-", "\n"),
        *("let\u2019s use Flask", "\u2014", "we\u2019ll", "\u03c3\u03c2\u03a3"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=8)), max_size=40))
def test_every_shipped_pattern_finds_the_same_on_generated_text(
    words: list[str],
) -> None:
    text = " ".join(words)
    for lazy in PATTERNS:
        _same(lazy, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Django", [(0, 6)]),  # at the very start
        ("use django, not flask", [(4, 10), (16, 21)]),
        ("django flask", [(0, 6), (7, 12)]),  # one space between two names
        ("my-django and @django and django_x and caf\u00e9django", []),
        ("\u00e9django", []),  # glued to a letter outside ASCII
        ("Express.js is express", [(0, 10)]),  # lower-case "express" is a word
    ],
)
def test_mentions_start_where_a_word_starts(
    text: str, found: list[tuple[int, int]]
) -> None:
    mentions = Mentions([("django", False), ("flask", False), ("Express.js", True)])
    assert [(m.start, m.end) for m in mentions.finditer(text)] == found


def test_the_filter_is_built_only_for_patterns_used_often() -> None:
    lazy = Lazy(r"\bback office\b", CASELESS)
    for _ in range(BUILD_AFTER - 1):
        assert lazy.search("a Back Office for staff")
    assert not isinstance(lazy._filter, Prefilter)  # a one-file run never pays
    assert isinstance(lazy.literals(), Prefilter)
    assert lazy.search("no such thing here") is None
    assert lazy.search("the BACK OFFICE") is not None


def test_every_criterion_cue_list_has_selective_literals() -> None:
    """A cue such as `[a-z]+s per second` leaves only "s" for the filter, and
    every sentence of every framework ADR is then searched with the whole
    list. Each list must keep literals of three characters or more."""
    for criterion in knowledge.load([]).criteria:
        found = needles(criterion.cues.source, criterion.cues.flags)
        assert found is not None, criterion.id
        assert min(map(len, found)) >= 3, (criterion.id, sorted(found, key=len)[:3])


def test_a_filter_worked_out_when_the_wheel_was_built_is_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = r"\bback office\b"
    # A finder that cannot be the pattern's own shows which one is used.
    known = {**prefilter._known(), compiled.key(source, CASELESS): trie(["zzz"])}
    monkeypatch.setattr(prefilter, "_snapshot", (known, frozenset()))
    built = prefilter.build(source, CASELESS)
    assert built is not None
    assert not built.may_match("the back office")
    assert built.may_match("zzz")
    # A pattern the snapshot does not hold is read here, as before.
    other = prefilter.build(r"\bfront desk\b", CASELESS)
    assert other is not None and other.may_match("the Front Desk")
    # A filter carried ready costs no more than a compile: used at once.
    lazy = Lazy(source, CASELESS)
    assert lazy.search("the back office") is None
    assert isinstance(lazy._filter, Prefilter)
    assert Lazy(source, CASELESS | re.M).literals() is None  # not carried: waits


def test_the_snapshot_holds_every_shipped_pattern_as_it_would_be_read() -> None:
    found = [(e.source, e.flags) for e in PACK.expressions()]
    snap = prefilter.snapshot(found)
    finders = snap["finders"]
    assert len(finders) == len(set(found)) > 60
    # Flags by number: their names differ between Python versions.
    assert all(key.partition(":")[0].isdigit() for key in finders)
    for source, flags in found:
        key = compiled.key(source, flags)
        finder = finders[key]
        assert finder == prefilter.finder_of(source, flags)
        literals = needles(source, flags)
        assert (finder is None) == (literals is None)
        assert (key in snap["foldable"]) == folding.foldable(source, flags)
    # The criteria's cues, the longest expressions, are all matched folded.
    assert all(
        compiled.key(x.source, x.flags) in snap["foldable"] for x in PACK.spanned()
    )


def test_an_unreadable_snapshot_is_only_a_missed_shortcut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for content in (
        b"{not json",
        b"[1, 2]",
        b"\xff\xfe\x00",
        b'{"finders": {}}',
        b'{"finders": [], "foldable": []}',
        b'{"finders": {}, "foldable": [[1]]}',
    ):
        (tmp_path / prefilter.SNAPSHOT).write_bytes(content)
        monkeypatch.setattr(prefilter.resources, "rules_dir", lambda: str(tmp_path))
        monkeypatch.setattr(prefilter, "_snapshot", None)
        assert prefilter._known() == {}
        built = prefilter.build(r"\bback office\b", CASELESS)
        assert built is not None and built.may_match("The Back Office")


ANY_OF_TEXTS = [
    "Status: [draft | proposed | rejected] and {the rest goes here}.",
    "TODO: say why {short title of solved problem}",
    "{a b} {c d} overlapping {e f}",
    "Nothing to see here.",
    "lorem ipsum {x y}\nTODO later",
]


@pytest.mark.parametrize("text", ANY_OF_TEXTS)
def test_any_of_finds_what_one_combined_expression_finds(text: str) -> None:
    sources = [
        r"(?<![\w\\$#%@^])\{(?![%{<])[^{}\n%\"'=]{1,40}\s[^{}\n%\"'=]{1,40}\}",
        r"^\s*(?:(?-i:TODO)\b|lorem ipsum\b)",
        r"\[\s*(?:draft|proposed) \| (?:proposed|rejected)\b[^\n]{0,60}\]",
    ]
    flags = re.IGNORECASE | re.MULTILINE
    parts, whole = (
        AnyOf(sources, flags),
        Lazy("|".join(f"(?:{s})" for s in sources), flags),
    )
    one = whole.search(text)
    found = parts.search(text)
    assert (found and found.span()) == (one and one.span())
    assert [m.span() for m in parts.finditer(text)] == [
        m.span() for m in whole.compiled().finditer(text)
    ]


def test_the_shipped_template_text_is_found_alike_on_the_corpus() -> None:
    corpus = corpus_or_skip()
    placeholders = knowledge.load().language.placeholders
    whole = Lazy(placeholders.source, re.IGNORECASE | re.MULTILINE).compiled()
    for path in sorted(corpus.rglob("*.md"))[:400]:
        text = path.read_text(encoding="utf-8", errors="replace")
        one = whole.search(text)
        found = placeholders.search(text)
        assert (found and found.span()) == (one and one.span()), path

"""Literal prefilters: strings one of which every match must contain.

Python's engine scans quickly for a pattern that starts with a fixed
letter, but a case-insensitive pattern, or one that starts with `\\b` or an
alternation, is tried at every position of the text. Most of the knowledge
base is such patterns, and most ADRs hold no match for most of them. So
each pattern's parse tree is read once for the literals a match cannot do
without ("the issue motivating", "[describe" or "[explain", "todo" or
"lorem ipsum"), and a text that contains none of them, lower-cased, is
never given to the engine. The filter only ever skips searches that would
find nothing, so results are the same with it and without it.

Reading a parse tree for its literals costs more than compiling the
pattern. So a wheel carries the filters of the shipped pack, worked out
when it is built (`snapshot`, see hatch_build.py), keyed by the pattern's
own text, with whether the pattern can be matched folded (`folding`): a
pattern that a user's pack changes simply misses and is read here at run
time.
"""

from __future__ import annotations

import contextlib
import os
import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

from adr_lint.knowledge import compiled, folding, resources
from adr_lint.knowledge.mentions import trie

_MAX_SET = 64  # literal alternatives kept per position before giving up
_Set = frozenset[str]


SNAPSHOT = "prefilters.json"  # in the shipped rule pack's folder


class Prefilter:
    """The literals of one pattern, found in lower-cased text by one pass of
    a case-sensitive trie expression (which the engine scans fast)."""

    __slots__ = ("_finder",)

    def __init__(self, finder: str) -> None:
        self._finder = compiled.pattern(finder)

    def may_match(self, text: str) -> bool:
        """False only when no match is possible: the text holds none of them."""
        low = folding.lowered(text)
        return low is None or self._finder.search(low) is not None

    def offsets(self, text: str) -> list[int] | None:
        """Where the literals start in `text`; None when that is unknown (the
        text holds a character that folds to ASCII) and all of it must be
        searched."""
        low = folding.lowered(text)
        if low is None:
            return None
        return [m.start() for m in self._finder.finditer(low)]


def build(source: str, flags: int = 0) -> Prefilter | None:
    known = _known()
    key = compiled.key(source, flags)
    finder = known[key] if key in known else finder_of(source, flags)
    return Prefilter(finder) if finder else None


def known(source: str, flags: int = 0) -> bool:
    """Whether the wheel carries this pattern's filter ready."""
    return compiled.key(source, flags) in _known()


def finder_of(source: str, flags: int = 0) -> str | None:
    """The trie expression of the pattern's literals, or None (no filter)."""
    found = needles(source, flags)
    return trie(list(found)) if found else None


def folds(source: str, flags: int = 0) -> bool:
    """`folding.foldable`, as the wheel carries it worked out when it can."""
    key = compiled.key(source, flags)
    if key in _known():
        return key in _loaded()[1]
    return folding.foldable(source, flags)


def snapshot(sources: list[tuple[str, int]]) -> dict[str, Any]:
    """What a wheel carries for every pattern, by `compiled.key`: its
    finder, and whether it can be matched folded."""
    found = sorted(set(sources))
    return {
        "finders": {compiled.key(s, f): finder_of(s, f) for s, f in found},
        "foldable": [compiled.key(s, f) for s, f in found if folding.foldable(s, f)],
    }


_snapshot: tuple[dict[str, str | None], frozenset[str]] | None = None


def _known() -> dict[str, str | None]:
    """The finders worked out when the wheel was built; none in a checkout."""
    return _loaded()[0]


def _loaded() -> tuple[dict[str, str | None], frozenset[str]]:
    global _snapshot  # noqa: PLW0603 - read once, on the first filter built
    if _snapshot is None:
        path = os.path.join(resources.rules_dir(), SNAPSHOT)
        _snapshot = ({}, frozenset())
        if os.path.exists(path):
            import json

            # Only ever a shortcut: if it cannot be read, filters are
            # worked out here, with the same result.
            with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
                with open(path, encoding="utf-8") as handle:
                    data = json.load(handle)
                finders, foldable = data["finders"], data["foldable"]
                if isinstance(finders, dict) and isinstance(foldable, list):
                    _snapshot = (finders, frozenset(foldable))
    return _snapshot


def needles(source: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-case literals one of which every match of the pattern holds, or
    None when no such set is found (the pattern is then always searched)."""
    try:
        tree = _parser.parse(source, flags)
        found = _sequence(list(tree))[1]
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not found or not all(n and _sound(n) for n in found):
        return None
    return tuple(sorted(_shortest(found)))


def _sound(literal: str) -> bool:
    """Whether the literal, looked for in lower-cased text, is found
    wherever the engine would match it: ASCII (with the folding characters
    handled by `folding.lowered`), or characters that have no case at all (the
    curly apostrophe U+2019, the em dash), which the engine matches only as
    themselves. A cased letter outside ASCII may fold to others (sigma and
    final sigma): no filter then."""
    return literal.isascii() or all(
        char.isascii() or folding.caseless(char) for char in literal
    )


def _shortest(found: _Set) -> list[str]:
    """The literals that hold no other: a text with "ac" has "c", so "ac"
    adds nothing. Only shorter literals can be held; each is checked in
    one C-level pass (`map`), since a pattern can have hundreds."""
    kept: list[str] = []
    for literal in sorted(found, key=len):
        if not any(map(literal.__contains__, kept)):
            kept.append(literal)
    return kept


def _sequence(items: list[tuple[Any, Any]]) -> tuple[_Set | None, _Set | None]:
    """(exact, required) for a sequence: the strings it can match, if few,
    and the best set of literals one of which any match contains."""
    exact: _Set | None = frozenset({""})
    run: _Set | None = frozenset({""})
    best: _Set | None = None
    for op, av in items:
        item_exact, item_required = _item(op, av)
        exact = _product(exact, item_exact)
        if run is not None and item_exact is not None:
            joined = _product(run, item_exact)
            if joined is not None:
                run = joined
                continue
        best = _better(best, run)
        best = _better(best, item_required)
        run = item_exact
    best = _better(best, run)
    return exact, best


def _item(op: Any, av: Any) -> tuple[_Set | None, _Set | None]:
    if op is c.LITERAL:
        one = frozenset({chr(av).lower()})
        return one, one
    if op is c.IN:
        chars = _charset(av)
        return chars, chars
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""}), None  # zero-width
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is c.BRANCH:
        return _branch(av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        inner_exact, inner_required = _sequence(list(body))
        if low == 0:
            optional = high == 1 and inner_exact is not None
            return (inner_exact | {""} if optional else None), None  # type: ignore[operator]
        if low == high == 1:
            return inner_exact, inner_required
        return None, inner_required
    return None, None


def _branch(alternatives: list[Any]) -> tuple[_Set | None, _Set | None]:
    exact: set[str] | None = set()
    required: set[str] | None = set()
    for alternative in alternatives:
        alt_exact, alt_required = _sequence(list(alternative))
        if exact is not None and alt_exact is not None:
            exact |= alt_exact
        else:
            exact = None
        usable = _better(None, alt_required)
        if required is not None and usable is not None:
            required |= usable
        else:
            required = None
    exact_set = (
        frozenset(exact) if exact is not None and len(exact) <= _MAX_SET else None
    )
    return exact_set, _better(None, frozenset(required) if required else None)


def _charset(av: list[tuple[Any, Any]]) -> _Set | None:
    chars = set()
    for op, value in av:
        if op is not c.LITERAL:
            return None  # ranges, classes, negation: too many to list
        chars.add(chr(value).lower())
    return frozenset(chars)


def _product(left: _Set | None, right: _Set | None) -> _Set | None:
    if left is None or right is None or len(left) * len(right) > _MAX_SET:
        return None
    return frozenset(a + b for a in left for b in right)


def _better(best: _Set | None, candidate: _Set | None) -> _Set | None:
    """The set whose shortest literal is longer (fewer literals on a tie);
    a set holding the empty string requires nothing."""
    if not candidate or "" in candidate:
        return best
    if best is None:
        return candidate
    key = (min(map(len, candidate)), -len(candidate))
    return candidate if key > (min(map(len, best)), -len(best)) else best

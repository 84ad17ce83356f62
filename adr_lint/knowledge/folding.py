"""Case-insensitive expressions matched in lower-cased text.

With IGNORECASE, Python's engine compares every character through its case
tables and cannot turn an alternative down by its first letter, so a large
vocabulary (a criterion's cues) is tried slowly at every position. An
expression whose letters are all lower case, matched without IGNORECASE in
the text lower-cased, finds the same spans, about three times faster. Which
expressions qualify is read from the parse tree (`foldable`); a text that
cannot be lower-cased offset for offset, or that holds a character folding
to an ASCII letter, is searched as before (`lowered` gives None).
"""

from __future__ import annotations

import re
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# The only characters outside ASCII that match an ASCII letter when case is
# ignored (dotted capital I, dotless i, long s, Kelvin sign), found by trying
# every code point; a text holding one is searched as it is.
_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
_UPPER = range(ord("A"), ord("Z") + 1)
_last: tuple[str, str | None] = ("", "")


def lowered(text: str) -> str | None:
    """The text lower-cased, offset for offset; None if that cannot be done
    soundly. The last answer is kept: several patterns ask about one text."""
    global _last  # noqa: PLW0603 - a one-entry cache
    if _last[0] is text:
        return _last[1]
    low: str | None = text.lower()
    if not text.isascii() and (
        _FOLDS_TO_ASCII.search(text) or len(low) != len(text)  # type: ignore[arg-type]
    ):
        low = None
    _last = (text, low)
    return low


def foldable(source: str, flags: int = 0) -> bool:
    """Whether the expression, compiled without IGNORECASE, matches the
    lower-cased text exactly where it matches the text with IGNORECASE: it
    ignores case throughout, its cased letters are lower-case ASCII, and
    every character set holding a capital also holds its lower case."""
    if not flags & re.IGNORECASE or flags & re.LOCALE:
        return False
    try:
        tree = _parser.parse(source, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return False
    return _folds(list(tree))


def _folds(items: list[tuple[Any, Any]]) -> bool:
    return all(_item_folds(op, av) for op, av in items)


def _item_folds(op: Any, av: Any) -> bool:
    if op in (c.LITERAL, c.NOT_LITERAL):
        return _lower_or_caseless(av)
    if op is c.IN:
        return _set_folds(av)
    if op in (c.ANY, c.AT, c.GROUPREF, c.CATEGORY):
        return True
    if op is c.SUBPATTERN:
        _, add, remove, body = av
        return not (remove & re.IGNORECASE or add & re.LOCALE) and _folds(list(body))
    if op is c.BRANCH:
        return all(_folds(list(branch)) for branch in av[1])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _folds(list(av[2]))
    if op in (c.ASSERT, c.ASSERT_NOT):
        return _folds(list(av[1]))
    if op is c.ATOMIC_GROUP:
        return _folds(list(av))
    if op is c.GROUPREF_EXISTS:
        return _folds(list(av[1])) and (av[2] is None or _folds(list(av[2])))
    return False  # anything else: matched as written


def caseless(char: str) -> bool:
    """A character that has no case (the em dash, U+2019): the engine
    matches it only as itself, with IGNORECASE or without."""
    return char.lower() == char == char.upper()


def _lower_or_caseless(code: int) -> bool:
    char = chr(code)
    if char.isascii():
        return code not in _UPPER
    return caseless(char)


def _set_folds(items: list[tuple[Any, Any]]) -> bool:
    """A set (negated or not) is tested with the text's character lowered,
    against the set widened by the lower case of its members: the same as
    testing the lowered character against the set itself when the set
    already holds the lower case of every capital in it."""
    ranges: list[tuple[int, int]] = []
    for op, av in items:
        if op is c.LITERAL:
            ranges.append((av, av))
        elif op is c.RANGE:
            ranges.append(av)
        elif op not in (c.NEGATE, c.CATEGORY):
            return False
    for low, high in ranges:
        if high > 0x7F and not all(
            _lower_or_caseless(code) for code in range(max(low, 0x80), high + 1)
        ):
            return False
        for code in range(max(low, _UPPER.start), min(high, _UPPER.stop - 1) + 1):
            small = code + 32
            if not any(a <= small <= b for a, b in ranges):
                return False
    return True

"""Regular expressions compiled on first use.

The knowledge base holds a few hundred expressions; compiling them all at
every start would cost more than linting a file. Most runs need only some
(an ADR that names no framework never needs the criteria vocabulary).
Searches first ask the pattern's literal prefilter (`prefilter`) whether a
match is possible at all.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from adr_lint.knowledge import compiled, folding
from adr_lint.knowledge.prefilter import Prefilter, build, folds, known

_NOT_YET = object()
# Working a prefilter out costs about as much as compiling the pattern:
# worth it over a run of many files, not for the few searches of a one-file
# run (a pre-commit hook). So it is worked out once a pattern has been used
# this often; before that, the pattern is simply searched. A prefilter the
# wheel carries ready (`prefilter.known`) is used at once.
BUILD_AFTER = 8


class Lazy:
    __slots__ = ("_compiled", "_filter", "_folded", "_uses", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._filter: Prefilter | object | None = _NOT_YET
        self._folded: re.Pattern[str] | object | None = _NOT_YET
        self._uses = 0

    def literals(self) -> Prefilter | None:
        """The pattern's literal prefilter, if it has one (and is built)."""
        if self._filter is _NOT_YET:
            self._uses += 1
            if self._uses < BUILD_AFTER and not known(self.source, self.flags):
                return None
            self._filter = build(self.source, self.flags)
        return self._filter  # type: ignore[return-value]

    def possible(self, text: str) -> bool:
        """False when the text cannot hold a match (see `prefilter`)."""
        found = self.literals()
        return found is None or found.may_match(text)

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled.pattern(self.source, self.flags)
        return self._compiled

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        if not self.possible(text):
            return None
        return self.compiled().search(text, pos, endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        return self.compiled().match(text, pos, endpos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled().fullmatch(text)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self.possible(text):
            return iter(())
        return self.compiled().finditer(text, pos, endpos)

    def spans(self, text: str, *, candidate: bool = False) -> list[tuple[int, int]]:
        """Where `finditer` finds the pattern, as (start, end). A pattern
        that ignores case is matched in the lower-cased text when it can
        be (`folding`), with the same result. `candidate`: the caller has
        found the pattern's literals in the text already (`Prose.candidates`),
        so the prefilter is not asked again."""
        if not candidate and not self.possible(text):
            return []
        folded = self._folded_pattern()
        low = folding.lowered(text) if folded is not None else None
        if folded is None or low is None:
            return [m.span() for m in self.compiled().finditer(text)]
        return [m.span() for m in folded.finditer(low)]

    def _folded_pattern(self) -> re.Pattern[str] | None:
        """The pattern compiled without IGNORECASE, if it can be matched so.
        Like the prefilter, it is worked out at once when the wheel carries
        it ready, and otherwise once the prefilter has been (BUILD_AFTER)."""
        if self._folded is _NOT_YET:
            caseless = self.flags & ~re.IGNORECASE
            if self._filter is _NOT_YET and not compiled.known(self.source, caseless):
                return None
            foldable = folds(self.source, self.flags)
            self._folded = compiled.pattern(self.source, caseless) if foldable else None
        return self._folded  # type: ignore[return-value]


class AnyOf:
    """Several expressions searched as one, each behind its own literal
    prefilter. One combined expression is tried at every position of every
    text that holds the literals of any of its parts; searched apart, each
    part sees only the texts that hold its own, and most texts none."""

    __slots__ = ("_all", "parts", "source")

    def __init__(self, sources: list[str], flags: int = 0) -> None:
        self.parts = tuple(Lazy(source, flags) for source in sources)
        self.source = "|".join(f"(?:{source})" for source in sources) or r"(?!x)x"
        # asked first, with one pass over the text: do any literals stand in it?
        self._all = Lazy(self.source, flags)

    def expressions(self) -> tuple[Lazy, ...]:
        """Every expression it holds, for precompiling and snapshots."""
        return (self._all, *self.parts)

    def search(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> re.Match[str] | None:
        """The leftmost match of any part (the first part's, on a tie), as
        the combined expression finds it."""
        best: re.Match[str] | None = None
        if not self._all.possible(text):
            return None
        for part in self.parts:
            found = part.search(text, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The parts' matches in order, none overlapping the one before."""
        if not self._all.possible(text):
            return
        found = sorted(
            (m for part in self.parts for m in part.finditer(text)),
            key=lambda m: m.start(),
        )
        end = 0
        for match in found:
            if match.start() >= end:
                yield match
                end = max(match.end(), match.start() + 1)

"""Inline suppressions, applied once by the engine:

    <!-- adr-lint-disable C004, C005 -->  ...  <!-- adr-lint-enable -->
    <!-- adr-lint-disable-next-line M003 -->
    <!-- adr-lint-disable-file D001 -->
    adr-lint-disable: [C004]        (a front matter key: the whole file)

A code may be a prefix (`C` is every coverage rule); no code means every rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from adr_lint.document import Document
from adr_lint.findings import Hit

_DIRECTIVE = re.compile(
    r"^\s*adr-lint-(disable-next-line|disable-file|disable|enable)\b\s*:?\s*(.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_CODES = re.compile(r"[A-Za-z]+\d*")
END = 1 << 31


class Suppression(NamedTuple):
    codes: tuple[str, ...]  # empty: every rule
    first: int
    last: int
    line: int  # where it is written

    def covers(self, hit: Hit) -> bool:
        in_range = self.first <= hit.line <= self.last
        return in_range and (not self.codes or hit.code.startswith(self.codes))


def collect(doc: Document) -> list[Suppression]:
    found = _from_front_matter(doc.front_matter.data, doc.front_matter.key_lines)
    open_ranges: dict[
        str, tuple[int, int]
    ] = {}  # code ("" = all) -> (start, comment line)
    for comment in doc.comments:
        match = _DIRECTIVE.match(comment.text)
        if not match:
            continue
        kind, codes = (
            match.group(1).lower(),
            tuple(c.upper() for c in _CODES.findall(match.group(2))),
        )
        if kind == "disable-next-line":
            found.append(
                Suppression(
                    codes, comment.end_line + 1, comment.end_line + 1, comment.line
                )
            )
        elif kind == "disable-file":
            found.append(Suppression(codes, 1, END, comment.line))
        elif kind == "disable":
            for code in codes or ("",):
                open_ranges.setdefault(code, (comment.end_line, comment.line))
        else:
            for code in codes if codes else list(open_ranges):
                if code in open_ranges:
                    start, line = open_ranges.pop(code)
                    found.append(
                        Suppression((code,) if code else (), start, comment.line, line)
                    )
    for code, (start, line) in open_ranges.items():
        found.append(Suppression((code,) if code else (), start, END, line))
    return found


def _from_front_matter(
    data: dict[str, Any] | None, lines: Mapping[str, int]
) -> list[Suppression]:
    value = (data or {}).get("adr-lint-disable")
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split(",")
    codes = tuple(str(c).strip().upper() for c in items if str(c).strip())
    return [Suppression(codes, 1, END, lines.get("adr-lint-disable", 1))]


def apply(
    hits: list[Hit], suppressions: list[Suppression]
) -> tuple[list[Hit], set[int]]:
    """The hits no suppression covers, and the indices of suppressions used."""
    kept, used = [], set()
    for hit in hits:
        covering = [i for i, s in enumerate(suppressions) if s.covers(hit)]
        used.update(covering)
        if not covering:
            kept.append(hit)
    return kept, used

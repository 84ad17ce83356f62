"""Inline suppressions, applied once by the engine:

    <!-- adr-lint-disable C004, C005 -->  ...  <!-- adr-lint-enable -->
    <!-- adr-lint-disable-next-line M003 -- staff use Flask-Admin -->
    <!-- adr-lint-disable-file D001 -->
    adr-lint-disable: [C004]        (a front matter key: the whole file)

A code may be a prefix (`C` is every coverage rule); no code means every rule.
Text after ` -- ` is the reason, not codes. A comment that starts
`adr-lint-` but is no directive, and a code that names no rule, suppress
nothing and are reported (U002): a typo must not turn rules off.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any, NamedTuple

from adr_lint.document import Document
from adr_lint.document.blocks import Comment
from adr_lint.findings import Hit

KINDS = ("disable-next-line", "disable-file", "disable", "enable")
FRONT_KEY = "adr-lint-disable"
_DIRECTIVE = re.compile(
    r"^\s*adr-lint-(disable-next-line|disable-file|disable|enable)(?![\w-])"
    r"\s*:?\s*(.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_ATTEMPT = re.compile(r"^\s*(adr-lint-[\w-]*)", re.IGNORECASE)
_REASON = re.compile(r"(?:^|\s)--(?:\s|$)")
_CODE = re.compile(r"[A-Za-z]+\d*")
END = 1 << 31


class Suppression(NamedTuple):
    codes: tuple[str, ...]  # empty: every rule
    first: int
    last: int
    line: int  # where it is written

    def covers(self, hit: Hit) -> bool:
        in_range = self.first <= hit.line <= self.last
        return in_range and (not self.codes or hit.code.startswith(self.codes))


class Collected(NamedTuple):
    suppressions: list[Suppression]
    problems: list[Hit]  # U002: directives and codes that are not valid


def wanted(doc: Document) -> bool:
    """Whether the file may hold a directive: most files have none."""
    front = doc.front_matter.data or {}
    return bool(doc.comments) or any(
        isinstance(key, str) and key.startswith("adr-lint") for key in front
    )


def collect(doc: Document, known: Collection[str]) -> Collected:
    """The suppressions the file writes, and what is wrong with them;
    `known` is every rule code."""
    found, problems = _from_front_matter(doc, known)
    open_ranges: dict[str, tuple[int, int]] = {}  # code ("" = all) -> (start, line)
    for comment in doc.comments:
        parsed = _directive(comment, known, problems)
        if parsed is None:
            continue
        kind, codes = parsed
        if kind == "disable-next-line":
            after = comment.end_line + 1
            found.append(Suppression(codes, after, after, comment.line))
        elif kind == "disable-file":
            found.append(Suppression(codes, 1, END, comment.line))
        elif kind == "disable":
            for code in codes or ("",):
                open_ranges.setdefault(code, (comment.end_line, comment.line))
        else:
            found.extend(_closed(open_ranges, codes, comment.line))
    for code, (start, line) in open_ranges.items():
        found.append(Suppression((code,) if code else (), start, END, line))
    return Collected(found, problems)


def _closed(
    open_ranges: dict[str, tuple[int, int]], codes: tuple[str, ...], end: int
) -> list[Suppression]:
    out = []
    for code in codes if codes else list(open_ranges):
        if code in open_ranges:
            start, line = open_ranges.pop(code)
            out.append(Suppression((code,) if code else (), start, end, line))
    return out


def _directive(
    comment: Comment, known: Collection[str], problems: list[Hit]
) -> tuple[str, tuple[str, ...]] | None:
    match = _DIRECTIVE.match(comment.text)
    if match is None:
        attempt = _ATTEMPT.match(comment.text)
        if attempt is not None:
            problems.append(Hit("U002", comment.line, _not_a_directive(attempt[1])))
        return None
    codes = _codes(_REASON.split(match[2], maxsplit=1)[0])
    _check_codes(codes, known, comment.line, problems)
    return match[1].lower(), codes


def _codes(text: str) -> tuple[str, ...]:
    return tuple(part.upper() for part in re.split(r"[\s,]+", text) if part)


def _check_codes(
    codes: tuple[str, ...], known: Collection[str], line: int, problems: list[Hit]
) -> None:
    unknown = [c for c in codes if not is_known(c, known)]
    if unknown:
        problems.append(Hit("U002", line, unknown_codes(unknown)))


def is_known(code: str, known: Collection[str]) -> bool:
    """A rule code, or a prefix of one (`C`, `M00`)."""
    return bool(_CODE.fullmatch(code)) and any(rule.startswith(code) for rule in known)


def unknown_codes(codes: list[str]) -> str:
    quoted = ", ".join(f"'{c}'" for c in codes)
    noun = "code" if len(codes) == 1 else "codes"
    return (
        f"no rule has the {noun} {quoted}; `adr-lint rules` lists them "
        "(a reason goes after ' -- ')"
    )


def _not_a_directive(word: str) -> str:
    import difflib

    kind = word.lower().removeprefix("adr-lint-")
    close = difflib.get_close_matches(kind, KINDS, n=1, cutoff=0.6)
    hint = f"did you mean 'adr-lint-{close[0]}'?" if close else "adr-lint explain U002"
    return f"'{word}' is not a directive and suppresses nothing; {hint}"


def _from_front_matter(
    doc: Document, known: Collection[str]
) -> tuple[list[Suppression], list[Hit]]:
    data: Mapping[Any, Any] = doc.front_matter.data or {}
    lines = doc.front_matter.key_lines
    problems = [
        Hit("U002", lines.get(key, 1), _not_a_key(key))
        for key in data
        if isinstance(key, str) and key.startswith("adr-lint") and key != FRONT_KEY
    ]
    value = data.get(FRONT_KEY)
    if value is None:
        return [], problems
    items = value if isinstance(value, list) else str(value).split(",")
    codes = tuple(str(c).strip().upper() for c in items if str(c).strip())
    line = lines.get(FRONT_KEY, 1)
    _check_codes(codes, known, line, problems)
    return [Suppression(codes, 1, END, line)], problems


def _not_a_key(key: str) -> str:
    return f"front matter key '{key}' suppresses nothing; did you mean '{FRONT_KEY}'?"


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

"""Prose units: an ADR record's text split into sentences, each with its
line and the role of the section it stands in."""

from __future__ import annotations

import re
from dataclasses import dataclass

from adr_lint.document import Record

_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\bvs\.)(?<!\betc\.)(?<!\bcf\.)\s+"
)
# Where a clause ends, for deciding what a negation or a choice word governs.
CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|\s[—–]\s|\b(?:but|however|whereas|although|though|yet|while)\b",
    re.IGNORECASE,
)
PHRASE_BREAK = re.compile(
    r"[,;:()\[\]]|\s[—–-]\s|\b(?:and|or|but|however|whereas)\b", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    line: int
    role: str  # the section's role; "title" for the record's title
    kind: str  # title | heading | paragraph | item | row
    first: bool = False  # the first sentence of its section's body


def units(record: Record) -> list[Unit]:
    out: list[Unit] = []
    if record.title:
        out.append(Unit(record.title, record.title_line, "title", "title"))
    for section in record.sections:
        first = True
        for block in section.blocks:
            if block.kind == "heading":
                out.append(
                    Unit(
                        " ".join(block.text.split()),
                        block.line,
                        section.role,
                        "heading",
                    )
                )
                continue
            for text, line in sentences(block.text, block.line):
                out.append(Unit(text, line, section.role, block.kind, first))
                first = False
    return out


def sentences(text: str, line: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        _append(out, text, start, match.start(), line)
        start = match.end()
    _append(out, text, start, len(text), line)
    return out


def _append(
    out: list[tuple[str, int]], text: str, start: int, end: int, line: int
) -> None:
    chunk = text[start:end]
    if chunk.strip():
        out.append((" ".join(chunk.split()), line + text.count("\n", 0, start)))


def clause_before(
    text: str, position: int, breaks: re.Pattern[str] = CLAUSE_BREAK
) -> str:
    """The text from the last clause break before `position` up to it."""
    start = 0
    for match in breaks.finditer(text, 0, position):
        start = match.end()
    return text[start:position]


def clause_after(
    text: str, position: int, breaks: re.Pattern[str] = CLAUSE_BREAK
) -> str:
    match = breaks.search(text, position)
    return text[position : match.start() if match else len(text)]

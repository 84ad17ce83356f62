"""Prose units: an ADR record's text split into sentences, each with its
line and the role of the section it stands in."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import NamedTuple

from adr_lint.document import TITLE_NUMBER, Record
from adr_lint.knowledge.lazyre import Lazy
from adr_lint.knowledge.stems import stems

# A sentence ends at white space after . ! ? or ; (the white space is the
# group), unless the stop closes an abbreviation. Matching the stop first,
# rather than looking behind for it, lets the engine jump from stop to stop.
_SENTENCE_END = re.compile(r"[.!?;](\s+)")
# A line of a paragraph that opens with a short label of its own: where a
# field list written without bullets starts its next field.
_LABEL = r"[^\W\d][\w /&+'’-]{0,30}:\s"  # "Framework: ", "Base de datos: "
_LABEL_START = re.compile(rf"\s*{_LABEL}")
_LABEL_LINE = re.compile(rf"(?<![.!?;\s])(\s*\n\s*)(?={_LABEL})")
_ABBREVIATIONS = ("e.g.", "i.e.", "vs.", "etc.", "cf.")
# Where a clause ends, for deciding what a negation or a choice word governs.
CLAUSE_BREAK = re.compile(
    r"[;:()\[\]]|\s[—–]\s|\b(?:but|however|whereas|although|though|yet|while)\b"
    r"|,\s+(?:and|so|because|since)\b",
    re.IGNORECASE,
)
PHRASE_BREAK = re.compile(
    r"[,;:()\[\]]|\s[—–-]\s|\b(?:and|or|but|however|whereas)\b", re.IGNORECASE
)


MAX_UNIT = 1000  # characters


class Unit(NamedTuple):
    text: str
    line: int
    role: str  # the section's role; "title" for the record's title
    kind: str  # title | heading | paragraph | item | row
    first: bool = False  # the first sentence of its section's body
    head: tuple[str, ...] = ()  # a table row's: the cells of its table's head


class Prose:
    """A record's prose units (links left out) and their text joined, so
    that an expression is looked for once in the whole rather than in every
    unit."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.joined = "\n".join(u.text for u in units)
        self._stems: dict[int, list[str]] = {}
        self.starts = list(accumulate((len(u.text) + 1 for u in units[:-1]), initial=0))

    @classmethod
    def of(cls, units: list[Unit]) -> Prose:
        return cls([u for u in units if u.role != "links"])

    def stems(self, index: int) -> list[str]:
        """The word stems of a unit, worked out once (`knowledge.stems`)."""
        found = self._stems.get(index)
        if found is None:
            found = self._stems[index] = stems(self.units[index].text)
        return found

    def index(self, offset: int) -> int:
        """The index of the unit that holds this offset of `joined`."""
        return bisect_right(self.starts, offset) - 1

    def candidates(self, pattern: Lazy) -> list[int]:
        """The indices, in order, of the units that may hold a match: those
        in which one of the pattern's required literals occurs."""
        found = pattern.literals()
        offsets = found.offsets(self.joined) if found else None
        if offsets is None:
            return list(range(len(self.units)))
        return sorted({self.index(offset) for offset in offsets})


def units(record: Record, roles: tuple[str, ...] | None = None) -> list[Unit]:
    """The record's title, headings and sentences; with `roles`, only those
    of the sections that play one of them (and the title)."""
    out: list[Unit] = []
    if record.title:
        out.append(Unit(_unnumbered(record.title), record.title_line, "title", "title"))
    for section in record.sections:
        if roles is not None and section.role not in roles:
            continue
        first = True
        head: tuple[str, ...] = ()  # the cells of the table head above, if any
        label = ""  # a short "Backend:" line that a list follows
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
            body = block.text
            if block.kind == "row":
                if block.level == 1:
                    head = block.cells
                # "| Async | Not needed |" reads as a label; a row that marks
                # one column speaks of its head: "Verdict: FastAPI ✅ chosen"
                marked = _marked_column(block.cells, head)
                body = marked or body.replace(" | ", ": ", 1)
            else:  # "3.1 Use FastAPI": the clause's number is no word
                body = _OUTLINE_NUMBER.sub("", body, count=1)
            if block.kind == "item" and label:
                body = f"{label} {body}"  # "Backend:" over "- NestJS": its value
            labels_list = block.kind == "paragraph" and _LIST_LABEL.match(body)
            label = body if labels_list else ""
            over = head if block.kind == "row" else ()
            for text, line in sentences(body, block.line):
                out.append(Unit(text, line, section.role, block.kind, first, over))
                first = False
    return out


# A line that names what the list under it gives: "Backend:", "Web framework:"
_LIST_LABEL = re.compile(r"^[^\W\d][\w/&+ -]{0,30}:$")
_BLANK_CELL = re.compile(r"^\s*(?:[-–—]|n/?a)?\s*$", re.IGNORECASE)
# A cell that marks its column as the one chosen, among cells that rank
# the others ("runner-up", "second"): a word of choosing or a check mark.
_FIRST_MARK = re.compile(
    r"^\W*(?:winner|chosen|selected|picked|adopted|preferred|recommended|"
    r"our choice|first choice|1st|#1|✅|✔)",
    re.IGNORECASE,
)


def _marked_column(cells: tuple[str, ...], head: tuple[str, ...]) -> str | None:
    """A row of a comparison (a label and two or more columns) that fills
    just one column, read as its label, that column's head and the mark:
    "| Verdict | | | ✅ chosen |" under "| | Django | Flask | FastAPI |"."""
    if len(cells) < 3 or len(head) != len(cells) or _BLANK_CELL.match(cells[0]):
        return None
    filled = [i for i in range(1, len(cells)) if not _BLANK_CELL.match(cells[i])]
    if len(filled) > 1:
        # "| Verdict | | winner | runner-up |": the one column marked first
        filled = [i for i in filled if _FIRST_MARK.match(cells[i])]
    if len(filled) != 1 or _BLANK_CELL.match(head[filled[0]]):
        return None
    column = filled[0]
    return f"{cells[0]}: {head[column]} {cells[column]}"  # cells come stripped


# A clause's number in an outline ("3.1 ", "2.4.1. "), before a capital:
# not "3.1 million users".
_OUTLINE_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z])")


def _unnumbered(title: str) -> str:
    """The title without its number: its first words are what it decides
    ("7. Use Django")."""
    number = TITLE_NUMBER.match(title)
    return (title[number.end() :].strip() if number else "") or title


def sentences(text: str, line: int) -> list[tuple[str, int]]:
    """Split a block into sentences, each with the line it starts on.

    A "sentence" longer than MAX_UNIT characters is not prose (a generated
    table, a minified blob) and is cut into pieces, so that no check is ever
    quadratic in the length of one.
    """
    out: list[tuple[str, int]] = []
    bounds = [
        m.span(1)
        for m in _SENTENCE_END.finditer(text)
        if not _abbreviation_before(text, m.start(1))
    ]
    if "\n" in text and _LABEL_START.match(text):
        # "Lenguaje: TypeScript\nFramework: NestJS": a field list, a line each
        # (not prose wrapped before "panel interno: …")
        bounds = sorted({*bounds, *(m.span(1) for m in _LABEL_LINE.finditer(text))})
    if not bounds and len(text) <= MAX_UNIT:  # one sentence: most list items
        return [(" ".join(text.split()), line)] if text.strip() else []
    starts = [0, *(b for _, b in bounds)]
    ends = [*(a for a, _ in bounds), len(text)]
    seen, current = 0, line
    for begin, stop in zip(starts, ends, strict=True):
        for piece_start, piece_stop in _pieces(text, begin, stop):
            current += text.count("\n", seen, piece_start)
            seen = piece_start
            chunk = text[piece_start:piece_stop]
            if chunk.strip():
                out.append((" ".join(chunk.split()), current))
    return out


def _abbreviation_before(text: str, end: int) -> bool:
    """Whether text[:end] ends with an abbreviation that starts a word."""
    for abbreviation in _ABBREVIATIONS:
        if text.endswith(abbreviation, 0, end):
            before = end - len(abbreviation) - 1
            if before < 0 or not (text[before].isalnum() or text[before] == "_"):
                return True
    return False


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_UNIT:
        return [(start, end)]
    pieces = []
    while start < end:
        stop = min(end, start + MAX_UNIT)
        if stop < end:
            cut = text.rfind(" ", start + 1, stop)
            stop = cut if cut > start else stop
        pieces.append((start, stop))
        start = stop
    return pieces


def last_match(pattern: re.Pattern[str] | Lazy, text: str) -> re.Match[str] | None:
    """The last match in `text`: of several choice, rejection or negation
    words in a clause, the one nearest what they govern."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 - only the last is kept
        pass
    return last


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

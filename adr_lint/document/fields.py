"""Metadata fields of an ADR (status, date, deciders, supersede links),
wherever the template keeps them: front matter, a `## Status` section, a
`* Status: accepted` bullet, a `**Status:** Accepted` line or a table row."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from adr_lint.document.model import Field

if TYPE_CHECKING:
    from adr_lint.document.frontmatter import FrontMatter
    from adr_lint.document.model import Section

_KEYS = {
    "status": "status",
    "state": "status",
    "date": "date",
    "last modified": "date",
    "last updated": "date",
    "deciders": "deciders",
    "decision makers": "deciders",
    "supersedes": "supersedes",
    "superseded by": "superseded-by",
    "superseded-by": "superseded-by",
}
_LINE = re.compile(
    r"^\W{0,6}(?::[a-z0-9_+-]+:\s*)?"
    r"(status|state|date(?: [a-z]+)?|last modified|last updated|deciders|"
    r"decision makers|supersedes|superseded[ -]by)\s*:\s*(.+)$",
    re.IGNORECASE,
)


def collect(sections: list[Section], front: FrontMatter | None) -> dict[str, Field]:
    found: dict[str, Field] = {}
    if front is not None and front.data:
        _from_front_matter(front.data, front.key_lines, found)
    for section in sections:
        if section.role in ("status", "date") and len(section.blocks) > 1:
            body = section.blocks[1]
            value = body.text.split("\n", 1)[0].strip()
            found.setdefault(section.role, Field(section.role, value, body.line))
        for block in section.blocks:
            if block.kind in ("paragraph", "item", "row"):
                _from_block(block.text, block.line, found)
    return found


def _from_front_matter(
    data: dict[str, Any], lines: Mapping[str, int], found: dict[str, Field]
) -> None:
    for name, value in data.items():
        key = _KEYS.get(str(name).lower().replace("_", " "))
        if key and value is not None and not isinstance(value, dict | list):
            found.setdefault(key, Field(key, str(value), lines.get(name, 1)))


# A block that holds no key (lower-cased) has no field: a table cell and
# every name `_LINE` reads are keys, or a key with a word after it.
_KEY_WORDS = tuple(_KEYS)


def _from_block(text: str, first_line: int, found: dict[str, Field]) -> None:
    if ":" not in text and " | " not in text:
        return
    if text.isascii():  # (outside ASCII, case folding has exceptions)
        lowered = text.lower()
        if not any(word in lowered for word in _KEY_WORDS):
            return
    for offset, line in enumerate(text.split("\n")):
        cells = [c.strip() for c in line.split(" | ")]
        if len(cells) >= 2 and cells[0].lower() in _KEYS:
            key, value = _KEYS[cells[0].lower()], cells[1]
        else:
            match = _LINE.match(line.strip())
            if not match:
                continue
            name = match.group(1).lower().replace("-", " ")
            key = _KEYS.get(name, "date" if name.startswith("date") else "")
            value = match.group(2)
        if key:
            found.setdefault(
                key, Field(key, value.strip(" `*_[]"), first_line + offset)
            )

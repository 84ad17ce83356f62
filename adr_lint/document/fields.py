"""Metadata fields of an ADR (status, date, deciders, supersede links),
wherever the template keeps them: front matter, a `## Status` section, a
`* Status: accepted` bullet, a `**Status:** Accepted` line or a table row.

Which labels name the status and the date is the pack's vocabulary (the
`status` and `date` section names of `rules/language.yaml`): "Initial
date", "Last modified" and "Decision status" are read like "Date" and
"Status"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from adr_lint.document.model import Field

if TYPE_CHECKING:
    from adr_lint.document.frontmatter import FrontMatter
    from adr_lint.document.model import Section
    from adr_lint.knowledge.sections import SectionNames

# Fields that are no section of their own.
_KEYS = {
    "deciders": "deciders",
    "decision makers": "deciders",
    "supersedes": "supersedes",
    "superseded by": "superseded-by",
}
_ROLES = ("status", "date")
# "Status: Accepted", and "Status — Accepted" / "Status - Accepted".
_LINE = re.compile(
    r"^\W{0,6}?(?::[a-z0-9_+-]+:\s*)?([^\W\d][\w '’/-]{0,40}?)"
    r"(?:\s*:\s*|\s+[-–—]\s+)(.+)$"
)
# A date written in the status ("Accepted (2023-04-01)", "accepted on 4/1/2023").
_DATE_IN = re.compile(r"(?<![\w-])(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\b")


def collect(
    sections: list[Section], front: FrontMatter | None, names: SectionNames
) -> tuple[dict[str, Field], tuple[Field, ...]]:
    """The record's fields (the first value of each key) and every status
    value it states, in reading order: front matter first."""
    found: list[Field] = []
    if front is not None and front.data:
        found += _from_front_matter(front.data, front.key_lines, names)
    for section in sections:
        found += _from_section(section, names)
    fields: dict[str, Field] = {}
    for field in found:
        fields.setdefault(field.key, field)
    statuses = tuple(f for f in found if f.key == "status")
    if "date" not in fields:
        dated = next((d for s in statuses if (d := date_in(s)) is not None), None)
        if dated is not None:
            fields["date"] = dated
    return fields, statuses


def date_in(status: Field) -> Field | None:
    """A date the status value gives ("Accepted on 2023-04-01")."""
    match = _DATE_IN.search(status.value)
    return Field("date", match.group(), status.line) if match else None


def key_of(label: str, names: SectionNames) -> str:
    """The field a label names ("Initial date" -> date), or ""."""
    name = label.lower().replace("_", " ").replace("-", " ").strip()
    key = _KEYS.get(name)
    if key:
        return key
    role = names.role(name)
    if role in _ROLES:
        return role
    return "date" if name.startswith("date ") else ""


def _from_front_matter(
    data: dict[str, Any], lines: Mapping[str, int], names: SectionNames
) -> Iterator[Field]:
    for name, value in data.items():
        key = key_of(str(name), names)
        shown = _scalar(value)
        if key and shown is not None:
            yield Field(key, shown, lines.get(name, 1))


def _scalar(value: Any) -> str | None:
    """A front matter value as text. A `{ proposed }` left from a template
    is a one-key mapping to YAML; it is kept as the braces it was written
    in, so that the rules can see it."""
    if value is None or isinstance(value, list):
        return None
    if isinstance(value, dict | set | frozenset):
        leftover = braced(value)
        return None if leftover is None else leftover
    return str(value)


def braced(value: Any) -> str | None:
    """`{key}` for a mapping of one key to nothing, or a set of one (what
    YAML makes of `{ proposed }`); None for real data."""
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        return "{" + str(key) + "}" if inner is None else None
    if isinstance(value, set | frozenset) and len(value) == 1:
        return "{" + str(next(iter(value))) + "}"
    return None


def _from_section(section: Section, names: SectionNames) -> Iterator[Field]:
    if section.role in _ROLES and len(section.blocks) > 1:
        body = section.blocks[1]
        value = body.text.split("\n", 1)[0].strip()
        yield Field(section.role, value, body.line)
    # Words one of which every label holds: a block with none of them has
    # no field (most blocks).
    words = _label_words(names)
    for block in section.blocks:
        if block.kind in ("paragraph", "item", "row"):
            yield from _from_block(block.text, block.line, names, words)


_WORDS: dict[int, tuple[SectionNames, re.Pattern[str]]] = {}


def _label_words(names: SectionNames) -> re.Pattern[str]:
    """One expression for the words every label holds one of, made once
    for the pack's section names."""
    found = _WORDS.get(id(names))
    if found is None or found[0] is not names:
        words = sorted({*_KEYS, "date", *names.names_of(_ROLES)}, key=len, reverse=True)
        found = _WORDS[id(names)] = (names, re.compile("|".join(map(re.escape, words))))
    return found[1]


def _from_block(
    text: str, first_line: int, names: SectionNames, words: re.Pattern[str]
) -> Iterator[Field]:
    if (  # most blocks hold no label's separator: `in` turns them down fastest
        ":" not in text
        and " | " not in text
        and " - " not in text
        and " — " not in text
        and " – " not in text
    ):
        return
    if text.isascii():  # (outside ASCII, case folding has exceptions)
        lowered = text.lower().replace("_", " ").replace("-", " ")
        if not words.search(lowered):
            return
    for offset, line in enumerate(text.split("\n")):
        cells = line.split(" | ")
        if len(cells) >= 2:
            key, value = key_of(cells[0].strip(), names), cells[1]
        else:
            match = _LINE.match(line.strip())
            if not match:
                continue
            key, value = key_of(match.group(1), names), match.group(2)
        if key:
            yield Field(key, value.strip(" `*_[]"), first_line + offset)

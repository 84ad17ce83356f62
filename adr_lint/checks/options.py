"""MADR's outcome and options: a `Chosen option` given with its reason
(S010), and at least two options considered (S011)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from adr_lint.document import Record, Section
from adr_lint.findings import Hit
from adr_lint.knowledge import Template
from adr_lint.reading.text import sentences

_CHOSEN = re.compile(r"^\W*chosen (?:option|alternative)s?\s*:", re.IGNORECASE)
_REASON = re.compile(
    r"\b(?:because|since|as it|due to|so that|in order to)\b", re.IGNORECASE
)
# MADR's `"X", <reason>`: after the option, closed by a quote or a bracket,
# a clause of three words or more, in whatever language.
_CLAUSE = re.compile(r"[\"”»’')\]]\s*[,;:—–-]\s*\S+\s+\S+\s+\S+")
# A list titled as what was set aside, not as every option weighed.
_SET_ASIDE = re.compile(
    r"\b(?:alternatives?|other options?|rejected|discarded|dismissed)\b", re.IGNORECASE
)
# Where the reason for a choice may stand: the outcome, or a Rationale.
_REASONED = ("decision", "rationale")


# Sections that carry the reason in MADR's own structure: the pros of the
# options ("comes out best, see below") or the outcome's positive consequences.
_JUSTIFYING = re.compile(
    r"\b(?:pros|positive|good|benefits?|advantages?|upsides?)\b", re.IGNORECASE
)


def chosen_without_reason(record: Record) -> Iterator[Hit]:
    if _justified_elsewhere(record):
        return
    blocks = [
        b
        for s in record.sections
        if s.role in _REASONED
        for b in s.blocks
        if b.kind != "heading"
    ]
    for index, block in enumerate(blocks):
        if (
            _CHOSEN.match(block.text)
            and index + 1 == len(blocks)  # nothing after it: no next paragraph
            and not _gives_reason(block.text, block.line)
        ):
            yield Hit(
                "S010",
                block.line,
                "`Chosen option:` gives no reason: add `, because ...`",
            )


def _justified_elsewhere(record: Record) -> bool:
    return any(
        _JUSTIFYING.search(section.title) and _has_content(section)
        for section in record.sections
    )


def _has_content(section: Section) -> bool:
    return any(b.kind != "heading" for b in section.blocks)


def _gives_reason(text: str, line: int) -> bool:
    """`because ...`, a clause after the option, or a next sentence."""
    return bool(
        _REASON.search(text) or _CLAUSE.search(text) or len(sentences(text, line)) > 1
    )


def too_few_options(record: Record, template: Template | None) -> Iterator[Hit]:
    sections = record.sections
    for index, section in enumerate(sections):
        if section.role != "options" or section.inherited:
            continue
        items = sum(1 for b in section.blocks if b.kind == "item")
        if not items or not _is_considered(section):
            continue
        count = items + _rows(section) + _subsections(section, sections[index + 1 :])
        if _chosen_apart(record, section, template):
            count += 1  # the option the Decision takes is one of them
        if count < 2:
            yield Hit(
                "S011",
                section.line,
                "only one option considered: list the alternatives that were weighed",
            )


def _chosen_apart(record: Record, section: Section, template: Template | None) -> bool:
    """Whether the list holds only the alternatives set aside ("Alternatives
    considered", "Other options") while a Decision states the one taken:
    outside MADR, whose Considered Options include the chosen one."""
    if (template is not None and template.name == "madr") or not _SET_ASIDE.search(
        section.title
    ):
        return False
    return any(s.role == "decision" and _has_content(s) for s in record.sections)


def _rows(section: Section) -> int:
    """A table's data rows: one option each (its head row names columns)."""
    return sum(1 for b in section.blocks if b.kind == "row" and not b.level)


def _subsections(section: Section, after: tuple[Section, ...]) -> int:
    """The headings right under the section (`### Option 1`, `### Kafka`)."""
    count, level = 0, 0
    for following in after:
        if following.level <= section.level:
            break
        if following.level > _DEEPEST:
            continue  # a plain-text label ("Pros:") inside an option
        level = level or following.level
        count += following.level == level
    return count


_DEEPEST = 6  # headings; plain-text labels are level 7


def _is_considered(section: Section) -> bool:
    return "option" in section.title.lower() or "alternative" in section.title.lower()

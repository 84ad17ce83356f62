"""Which template a record follows, the sections that template requires
and the record lacks (S007), and the sections left empty (S008)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from adr_lint.checks.context import Context
from adr_lint.document import TITLE_NUMBER, Record, Section
from adr_lint.findings import Hit
from adr_lint.knowledge import Template

# How much evidence makes a record of a template: one MADR heading (its
# names are its own), three of Nygard's (which other templates use too).
_NEEDED = {"madr": 1, "nygard": 3}


# A heading that names one option by its number or letter.
_OPTION_HEADING = re.compile(
    r"^\W*(?:option|alternative)\s*#?\s*(?:\d{1,2}|[A-H])\b", re.IGNORECASE
)


# An item that weighs an option: "Good, because …", "Con: slower", "✅ fast".
_ARGUMENT = re.compile(
    r"^\W*(?:(?:good|bad|neutral|pros?|cons?|advantages?|disadvantages?|benefits?"
    r"|drawbacks?|upsides?|downsides?|strengths?|weaknesses?)\b|[✅❌✔✗👍👎➕➖])",
    re.IGNORECASE,
)


def _options_in_subheadings(record: Record) -> bool:
    """Options kept under headings of their own anywhere in the record:
    numbered ("### Option 1: …", "### Option 2: …"), or one subheading per
    option with its pros and cons."""
    sections = record.sections
    return (
        sum(1 for s in sections if _OPTION_HEADING.match(s.title)) >= 2
        or sum(1 for s in sections if s.level > 1 and _weighed(s)) >= 2
    )


def _weighed(section: Section) -> bool:
    """Whether the section's own list weighs what its heading names: most
    of its items are pros and cons ("Good, because …", "Bad, because …")."""
    items = [b for b in section.blocks if b.kind == "item"]
    arguments = sum(1 for b in items if _ARGUMENT.match(b.text))
    return arguments >= 2 and arguments * 2 > len(items)


def detect(record: Record, ctx: Context) -> Template | None:
    """The template with the most evidence, among those with enough; the
    pack's first (MADR) when two have as much.

    A template's evidence is how many of its headings the record has; an
    adr-tools header (a numbered title and a date line under it) counts as
    one more of Nygard's. So one stray "Considered Options" does not make a
    Nygard record MADR, and a numbered, dated record with two of Nygard's
    sections is Nygard, missing the other two."""
    names = ctx.kb.language.sections
    present = {names.clean(s.title) for s in record.sections if s.level}
    best, most = None, 0
    for template in ctx.kb.language.templates:
        evidence = len(template.markers & present)
        if template.name == "nygard" and adr_tools_header(record, ctx):
            evidence += 1
        if evidence >= _NEEDED.get(template.name, 1) and evidence > most:
            best, most = template, evidence
    return best


def numbered(record: Record) -> bool:
    """An adr-tools title: `# 12. Use X`."""
    title = record.title
    return bool(title and title[:1].isdigit() and TITLE_NUMBER.match(title))


def adr_tools_header(record: Record, ctx: Context) -> bool:
    date = record.fields.get("date")
    in_body = date is not None and date.line > ctx.doc.front_matter.end_line
    return in_body and numbered(record)


def check(record: Record, template: Template | None) -> Iterator[Hit]:
    present = {s.role for s in record.sections if s.level}
    if "status" in record.fields:
        present.add("status")  # "Status: Accepted" as a line or in front matter
    needs_options = template is not None and "options" in template.required
    if needs_options and "options" not in present and _options_in_subheadings(record):
        present.add("options")
    if template is not None:
        for role in template.required:
            # A record with no status at all is S003's to report, once.
            if role not in present and role != "status":
                yield Hit(
                    "S007",
                    record.title_line or 1,
                    f"no {_SECTION_NAMES[template.name][role]} section "
                    f"({template.name} template)",
                )
    for index, section in enumerate(record.sections):
        if section.level and _empty(section, record.sections[index + 1 :]):
            yield Hit("S008", section.line, f"section '{section.title}' is empty")


_SECTION_NAMES = {
    "nygard": {
        "status": "Status",
        "context": "Context",
        "decision": "Decision",
        "consequences": "Consequences",
    },
    "madr": {
        "context": "Context and Problem Statement",
        "options": "Considered Options",
        "decision": "Decision Outcome",
    },
}


# A sentence set as a minor heading: six words or more, and a full stop.
_NOTE_LEVEL = 4
_SENTENCE = re.compile(r"^(?:\S+\s+){5,}\S*[.!]$")


def _empty(section: Section, after: tuple[Section, ...]) -> bool:
    """No prose, no figure (code, image, table, HTML) and no sub-section;
    a sentence set as a minor heading ("#### Two more examples are in the
    Links section.") is a note, not a section waiting for its body."""
    if section.figures or any(b.kind != "heading" for b in section.blocks):
        return False
    if section.level >= _NOTE_LEVEL and _SENTENCE.search(section.title):
        return False
    following = next((s for s in after if s.level), None)
    return following is None or following.level <= section.level

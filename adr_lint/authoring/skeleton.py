"""The text of a new record: Nygard's or MADR's sections, each with a
question for its author, and for a framework decision one prompt per
criterion, worded from the knowledge base.

The questions are the only visible text: every section has content, so
the new record passes the structural rules as it stands. The criterion
prompts are HTML comments, unread as prose: until the author writes about
each criterion, the content rules report it (C000 while none is weighed,
then C001-C005).
"""

from __future__ import annotations

from typing import NamedTuple

from adr_lint.knowledge import Criterion

CONTEXT = "What is the problem, and what forces are at play?"
CONSEQUENCES = "What becomes easier, and what becomes harder, once this is done?"
NYGARD = (
    ("## Status", "Proposed"),
    ("## Context", CONTEXT),
    ("## Decision", "What have we decided to do, in a sentence or two?"),
    ("## Consequences", CONSEQUENCES),
)
MADR = (
    (
        "## Context and Problem Statement",
        "What problem does this decision solve, and why does it need solving now?",
    ),
    ("## Considered Options", "Which options were weighed? List two or more."),
    ("## Decision Outcome", "Which option was chosen, and why?"),
    ("### Consequences", CONSEQUENCES),
)
DRIVERS = ("## Decision Drivers", "What must the choice get right?")
LEAD = (
    "<!-- adr-lint weighs a web-framework decision on five criteria and reports"
    " each one the record leaves unsaid. Write a sentence on each (saying that"
    " one does not matter counts): -->"
)


class Draft(NamedTuple):
    template: str  # nygard | madr
    title: str  # the heading's text, with its number when the folder numbers them
    date: str  # ISO 8601
    framework: str | None = None  # the framework chosen, as people write it
    criteria: tuple[Criterion, ...] = ()  # prompts for these, when non-empty


def render(draft: Draft) -> str:
    return "\n\n".join(_head(draft) + _sections(draft)) + "\n"


def _head(draft: Draft) -> list[str]:
    if draft.template == "madr":
        front = f"---\nstatus: proposed\ndate: {draft.date}\n---"
        return [front, f"# {draft.title}"]
    return [f"# {draft.title}", f"Date: {draft.date}"]


def _sections(draft: Draft) -> list[str]:
    sections = list(NYGARD if draft.template == "nygard" else MADR)
    if draft.criteria and draft.template == "madr":
        sections.insert(1, DRIVERS)
    decided = f"We will use {draft.framework}."
    out = []
    for heading, question in sections:
        decides = heading.endswith(("Decision", "Decision Outcome"))
        out += [heading, decided if decides and draft.framework else question]
        # Where the record states its needs: MADR's drivers, Nygard's context.
        if draft.criteria and heading in (DRIVERS[0], "## Context"):
            out.append(prompts(draft.criteria))
    return out


def prompts(criteria: tuple[Criterion, ...]) -> str:
    """A comment line per criterion: its name, code, summary and advice."""
    lines = [LEAD]
    for c in criteria:
        advice = " ".join(c.advice.split())
        name = c.name[:1].upper() + c.name[1:]
        line = f"{name} ({c.missing_code}): {c.summary}. {advice}"
        # "--" inside a comment ends it early in some renderers.
        lines.append(f"<!-- {line.replace('--', '- -')} -->")
    return "\n".join(lines)

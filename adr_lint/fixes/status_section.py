"""S003: a Nygard record without a status gets one, `## Status` and
`Proposed`, after its title and the lines under it (a date, say) and
before its first section; the heading takes the level the record's
sections have (`###` if they are `### Context`, ...). Proposed is what a
record that never said otherwise is: nothing is decided by the fix.

Not offered when the record has a Status heading with nothing under it
(what it should say is not for a fix to choose), when `proposed` is not
one of the accepted statuses, or when the first section's heading is
indented or quoted."""

from __future__ import annotations

import re

from adr_lint.checks.context import Context
from adr_lint.checks.sections import detect
from adr_lint.document import Record, Section
from adr_lint.findings import Finding
from adr_lint.fixes.edit import Fix, here, insert
from adr_lint.fixes.files import Files

CODE = "S003"
STATUS = "proposed"
_ATX = re.compile(r"^(#{1,6})[ \t]")
_NYGARD = ("context", "decision", "consequences")


def fix(ctx: Context, finding: Finding, files: Files) -> Fix | None:
    record = ctx.analysis.record
    template = detect(record, ctx)
    statuses = ctx.options.statuses or ctx.kb.language.statuses
    if (
        ctx.analysis.status is not None
        or template is None
        or template.name != "nygard"
        or STATUS not in statuses
        or any(s.role == "status" for s in record.sections)
    ):
        return None
    first = _first_section(record)
    lines = ctx.doc.text.split("\n")
    if first is None or lines[first.line - 1][:1] in (" ", "\t", ">"):
        return None
    new = [_heading(record, lines) + " Status", "", STATUS.capitalize(), ""]
    if first.line > 1 and lines[first.line - 2].strip():
        new.insert(0, "")
    return here(ctx, finding, insert(first.line, *new))


def _first_section(record: Record) -> Section | None:
    after = record.title_line
    return next((s for s in record.sections if s.level and s.line > after), None)


def _heading(record: Record, lines: list[str]) -> str:
    """The `#`s of the record's own sections, `##` when they have none."""
    for section in record.sections:
        if section.role in _NYGARD and 0 < section.level <= 6:
            found = _ATX.match(lines[section.line - 1])
            if found:
                return found.group(1)
    return "##"

"""S006: a date with one reading is written as YYYY-MM-DD, where it stands:
`Date: March 4, 2021` becomes `Date: 2021-03-04`, `date: 13/04/2021` in
front matter `date: 2021-04-13`; a note after the date stays (`17/04/2025
when the decision was last updated`).

A date has one reading when its month is a name ("4 Mar 2021"), when the
year comes first (2021/03/04), or when its day is over 12 or is the month
(13/04/2021, 04/13/2021, 04/04/2021). 04/03/2021 is the 4th of March in
most of the world and the 3rd of April in the United States: it is left as
it is, as is a two-digit year (`document/dates.py`).

Not offered when the date is not written out once, as it is read, on its
line (markup inside it, or the same text twice)."""

from __future__ import annotations

import re

from adr_lint.checks.context import Context
from adr_lint.document import dates
from adr_lint.findings import Finding
from adr_lint.fixes.edit import Fix, here, replace
from adr_lint.fixes.files import Files

CODE = "S006"
# What S006 leaves out of a date field before judging it: markup, a note
# in brackets at the end, a "when ..." clause.
_NOT_THE_DATE = re.compile(r"[`*_\[\]]|\s*\(.*\)$|\s+when\b.*$", re.IGNORECASE)


def fix(ctx: Context, finding: Finding, files: Files) -> Fix | None:
    field = ctx.analysis.record.fields.get("date")
    if field is None or field.line != finding.line:
        return None
    written = _NOT_THE_DATE.sub("", field.value).strip()
    iso = dates.iso(written, ctx.kb.language) if written else None
    line = ctx.doc.text.split("\n")[field.line - 1]
    if iso is None or line.count(written) != 1:
        return None
    return here(ctx, finding, replace(field.line, line, line.replace(written, iso)))

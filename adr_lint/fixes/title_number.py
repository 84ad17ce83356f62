"""S002: the title's number becomes the file name's, written the way the
title writes numbers: `# 8. Use X` in `0007-use-x.md` becomes `# 7. Use X`,
`# ADR-008: Use X` becomes `# ADR-007: Use X` (zero-padded to the same
width), `# 0008 - Use X` becomes `# 0007 - Use X`.

Not offered when the number is not the first thing on the title's line
after its markup (`#`, `**`, `title:`, an `ADR` prefix): then the digits
found first may be something else's."""

from __future__ import annotations

import re

from adr_lint.checks.context import Context
from adr_lint.checks.repository import file_number
from adr_lint.document import TITLE_NUMBER
from adr_lint.findings import Finding
from adr_lint.fixes.edit import Fix, here, replace
from adr_lint.fixes.files import Files

CODE = "S002"
_DIGITS = re.compile(r"\d+")
# What may stand before the number on the title's line: heading or bold
# markup, a `title:` key and its quote, and the prefixes TITLE_NUMBER allows.
_BEFORE = re.compile(
    r"^[\s#>*_\[]*(?:title\s*:\s*[\"']?[\s*_]*)?"
    r"(?:adr|architecture decision record|decision)?\s*[-#]?\s*$",
    re.IGNORECASE,
)


def fix(ctx: Context, finding: Finding, files: Files) -> Fix | None:
    record = ctx.analysis.record
    wanted = file_number(ctx.file_name)
    found = TITLE_NUMBER.match(record.title or "")
    if wanted is None or found is None or not record.title_line:
        return None
    line = ctx.doc.text.split("\n")[record.title_line - 1]
    digits = _DIGITS.search(line)
    if (
        digits is None
        or digits.group() != found.group(1)
        or not _BEFORE.match(line[: digits.start()])
    ):
        return None
    number = written_like(wanted, digits.group())
    new = line[: digits.start()] + number + line[digits.end() :]
    return here(ctx, finding, replace(record.title_line, line, new))


def written_like(number: int, example: str) -> str:
    """`number` zero-padded as `example` is ("007" -> width 3)."""
    return f"{number:0{len(example)}d}" if example.startswith("0") else str(number)

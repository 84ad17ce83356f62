"""The rules about suppression comments themselves (`adr_lint.suppress`
reads them; the engine reports what it finds)."""

from __future__ import annotations

from adr_lint.findings import Rule

UNUSED = Rule(
    "U001",
    "unused-suppression",
    "suppression",
    "warning",
    "A suppression comment suppresses nothing (with --report-unused-suppressions).",
    """What it does: reports `adr-lint-disable` comments and front matter keys
that no finding needed.

Why it matters: stale suppressions hide the next real problem.

Example that passes: `<!-- adr-lint-disable-next-line M003 -->` above the
line M003 reports.
Example that fails: the same comment once the contradiction is resolved.""",
)
INVALID = Rule(
    "U002",
    "invalid-suppression",
    "suppression",
    "warning",
    "A comment or front matter key meant as a suppression is not a valid one.",
    """What it does: reports a comment that starts `adr-lint-` but is no
directive (`adr-lint-disable-nextline`), a front matter key that starts
`adr-lint` but is not `adr-lint-disable`, and a code in a suppression that
names no rule and is the prefix of none (`M999`, or a reason written without
` -- ` before it). Such a directive suppresses nothing; a wrong code is
ignored and the others still apply.

Why it matters: a misspelt suppression looks like it works, and the finding
it was meant for, or every finding it hides by mistake, goes unnoticed.

Example that passes: `<!-- adr-lint-disable-next-line M003 -- Flask-Admin -->`
Example that fails: `<!-- adr-lint-disable-nextline M003 -->`, or
`<!-- adr-lint-disable M999 -->`""",
)
RULES = (UNUSED, INVALID)

"""The rule about suppression comments themselves."""

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
RULES = (UNUSED,)

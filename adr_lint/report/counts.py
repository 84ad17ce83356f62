"""How many files and findings of each severity a run reports, and how
often each rule fired (`--statistics`)."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from adr_lint.engine import FileReport
from adr_lint.findings import SEVERITIES, Rule

PLURALS = {"error": "errors", "warning": "warnings", "info": "infos"}


class RuleCount(NamedTuple):
    code: str
    name: str
    severity: str  # as the run reports it (the configuration may change it)
    found: int


def summary(reports: list[FileReport]) -> dict[str, int]:
    counts = {"files": len(reports), "errors": 0, "warnings": 0, "infos": 0}
    for report in reports:
        for finding in report.findings:
            counts[finding.severity + "s"] += 1
    return counts


def severities(counts: dict[str, int]) -> str:
    """ "1 error, 2 warnings": the severities found, zero counts left out."""
    parts = []
    for severity in SEVERITIES:
        n = counts[PLURALS[severity]]
        if n:
            parts.append(f"{n} {severity if n == 1 else PLURALS[severity]}")
    return ", ".join(parts)


def per_rule(reports: list[FileReport], rules: dict[str, Rule]) -> list[RuleCount]:
    """Each rule that fired, the most frequent first."""
    counts = Counter((f.rule, f.severity) for r in reports for f in r.findings)
    rows = [
        RuleCount(code, rules[code].name, severity, n)
        for (code, severity), n in counts.items()
    ]
    return sorted(rows, key=lambda row: (-row.found, row.code, row.severity))

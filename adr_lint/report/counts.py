"""How many files and findings of each severity a run reports."""

from __future__ import annotations

from adr_lint.engine import FileReport


def summary(reports: list[FileReport]) -> dict[str, int]:
    counts = {"files": len(reports), "errors": 0, "warnings": 0, "infos": 0}
    for report in reports:
        for finding in report.findings:
            counts[finding.severity + "s"] += 1
    return counts

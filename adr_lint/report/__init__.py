"""Reporters, chosen by name. Each turns the run's file reports into text."""

from __future__ import annotations

from collections.abc import Callable

from adr_lint.engine import FileReport
from adr_lint.report import json_format, text_format

Reporter = Callable[[list[FileReport]], str]

FORMATS: dict[str, Reporter] = {
    "text": text_format.render,
    "json": json_format.render,
}


def summary(reports: list[FileReport]) -> dict[str, int]:
    counts = {"files": len(reports), "errors": 0, "warnings": 0, "infos": 0}
    for report in reports:
        for finding in report.findings:
            counts[finding.severity + "s"] += 1
    return counts

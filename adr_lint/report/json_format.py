"""The JSON report described by schemas/report.schema.json. Its keys are a
contract with other tools: add keys, never rename or remove them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from adr_lint.engine import FileReport
from adr_lint.findings import Rule, Skipped

VERSION = 1


def as_dict(
    reports: list[FileReport], skipped: Sequence[Skipped] = ()
) -> dict[str, Any]:
    from adr_lint.report.counts import summary

    return {
        "version": VERSION,
        "files": [
            {
                "path": r.path,
                "title": r.title,
                "status": r.status,
                "framework": r.framework,
                "also_chosen": list(r.also_chosen),
                "criteria": r.criteria,
                "findings": [
                    {
                        "rule": f.rule,
                        "severity": f.severity,
                        "kind": f.kind,
                        "criterion": f.criterion,
                        "line": f.line,
                        "column": f.column,
                        "message": f.message,
                        "sources": list(f.sources),
                        "detail": f.detail,
                        "fixable": f.fixable,
                    }
                    for f in r.findings
                ],
            }
            for r in reports
        ],
        "summary": summary(reports),
        # The Markdown files found that are not ADRs (templates, index pages,
        # guides, a record's annexes, files the configuration excludes).
        "skipped": [
            {"path": s.path, "kind": s.kind, "reason": s.reason} for s in skipped
        ],
    }


def render(reports: list[FileReport], skipped: Sequence[Skipped] = ()) -> str:
    """One file's entry per line: readable, diffable, and written by the C
    encoder (an indented dump goes through the pure-Python one, which is
    most of the cost of a report on thousands of files)."""
    data = as_dict(reports, skipped)
    entries = [_dump(entry) for entry in data["files"]]
    files = "[\n    " + ",\n    ".join(entries) + "\n  ]" if entries else "[]"
    return (
        "{\n"
        f'  "version": {_dump(data["version"])},\n'
        f'  "files": {files},\n'
        f'  "summary": {_dump(data["summary"])},\n'
        f'  "skipped": {_skipped(data["skipped"])}\n'
        "}\n"
    )


def _skipped(entries: list[dict[str, str]]) -> str:
    if not entries:
        return "[]"
    return "[\n    " + ",\n    ".join(map(_dump, entries)) + "\n  ]"


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_statistics(reports: list[FileReport], rules: dict[str, Rule]) -> str:
    """`--statistics --format json` (schemas/statistics.schema.json): each
    rule that fired with its count, the most frequent first, and the summary
    of the JSON report."""
    from adr_lint.report.counts import per_rule, summary

    data = {
        "version": VERSION,
        "statistics": [
            {"code": r.code, "name": r.name, "severity": r.severity, "count": r.found}
            for r in per_rule(reports, rules)
        ],
        "summary": summary(reports),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

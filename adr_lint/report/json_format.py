"""The JSON report described by schemas/report.schema.json. Its keys are a
contract with other tools: add keys, never rename or remove them."""

from __future__ import annotations

import json
from typing import Any

from adr_lint.engine import FileReport

VERSION = 1


def as_dict(reports: list[FileReport]) -> dict[str, Any]:
    from adr_lint.report import summary

    return {
        "version": VERSION,
        "files": [
            {
                "path": r.path,
                "title": r.title,
                "status": r.status,
                "framework": r.framework,
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
                    }
                    for f in r.findings
                ],
            }
            for r in reports
        ],
        "summary": summary(reports),
    }


def render(reports: list[FileReport]) -> str:
    return json.dumps(as_dict(reports), indent=2, ensure_ascii=False) + "\n"

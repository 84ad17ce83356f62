"""SARIF 2.1.0 in the shape GitHub code scanning accepts: rules with help
text, repository-relative locations under %SRCROOT%, and fingerprints that
survive lines moving."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from adr_lint import __version__
from adr_lint.engine import FileReport
from adr_lint.findings import Finding, Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(reports: list[FileReport], rules: dict[str, Rule]) -> str:
    used = sorted({f.rule for r in reports for f in r.findings})
    index = {code: i for i, code in enumerate(used)}
    root = repository_root(Path.cwd())
    run = {
        "tool": {
            "driver": {
                "name": "adr-lint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/adr-lint/",
                "rules": [_rule(rules[code]) for code in used],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri() + "/"}},
        "results": [
            _result(f, index[f.rule], root) for r in reports for f in r.findings
        ],
    }
    sarif = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.doc or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.kind]},
    }


def _result(finding: Finding, index: int, root: Path) -> dict[str, Any]:
    uri, inside = relative_uri(finding.path, root)
    artifact = {"uri": uri, "uriBaseId": "%SRCROOT%"} if inside else {"uri": uri}
    fingerprint = hashlib.sha256(
        "\0".join((finding.rule, uri, _without_numbers(finding.message))).encode()
    ).hexdigest()
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {
            "text": f"{finding.message}\n\n{finding.detail}"
            if finding.detail
            else finding.message
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                    },
                }
            }
        ],
        "partialFingerprints": {"adrLintFinding/v1": fingerprint},
    }


def repository_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def relative_uri(path: str, root: Path) -> tuple[str, bool]:
    """The file's URI relative to the repository root, or an absolute file
    URI (and False) for a file outside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return quote(absolute.relative_to(root).as_posix()), True
    except ValueError:
        return absolute.as_uri(), False


def _without_numbers(message: str) -> str:
    # "(line 12: ...)" moves with the text; the fingerprint must not.
    return "".join(c for c in message if not c.isdigit())

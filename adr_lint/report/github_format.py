"""GitHub Actions workflow commands: one annotation per finding.

GitHub shows at most ten errors and ten warnings per step, so annotations
are a convenience; SARIF or the job log is the report."""

from __future__ import annotations

from adr_lint.engine import FileReport

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def render(reports: list[FileReport]) -> str:
    lines = []
    for report in reports:
        for f in report.findings:
            props = ",".join(
                [
                    f"file={_property(f.path)}",
                    f"line={f.line}",
                    f"col={f.column}",
                    f"title={_property(f'adr-lint {f.rule}')}",
                ]
            )
            lines.append(f"::{COMMANDS[f.severity]} {props}::{_data(f.message)}")
    return "".join(line + "\n" for line in lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")

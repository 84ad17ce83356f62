"""`path:line:col: CODE severity message`, then a summary line."""

from __future__ import annotations

from adr_lint.engine import FileReport


def render(reports: list[FileReport]) -> str:
    from adr_lint.report import summary

    lines = [
        f"{f.path}:{f.line}:{f.column}: {f.rule} {f.severity} {f.message}"
        for report in reports
        for f in report.findings
    ]
    counts = summary(reports)
    total = counts["errors"] + counts["warnings"] + counts["infos"]
    files = counts["files"]
    noun = "file" if files == 1 else "files"
    if total:
        lines.append(
            f"Found {total} problem{'s' if total != 1 else ''} "
            f"({counts['errors']} errors, {counts['warnings']} warnings, "
            f"{counts['infos']} infos) in {files} {noun}."
        )
    else:
        lines.append(f"All checks passed ({files} {noun}).")
    return "\n".join(lines) + "\n"

"""The human report and its one-line twin.

`text` (the default) names each file once and lists its findings under it,
one line each, as yamllint's standard format and eslint's stylish do, so a
long path does not push every message off the screen. `concise` writes
`path:line:col: CODE severity message` per line, the shape ruff's and
flake8's users' editors and scripts parse. Both end with a summary line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import click

from adr_lint.engine import FileReport
from adr_lint.findings import SKIP_KINDS, Finding, Rule, Skipped
from adr_lint.report.style import Style

COLORS = {"error": "red", "warning": "yellow", "info": "blue"}


def render(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped] = (),
) -> str:
    """The grouped report: a file's path, then its findings indented."""
    return _render(reports, rules, style, skipped, _grouped)


def render_concise(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped] = (),
) -> str:
    """One self-contained line per finding, path first."""
    return _render(reports, rules, style, skipped, _concise)


def _render(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
    findings: Callable[[list[FileReport], bool], list[str]],
) -> str:
    from adr_lint.report.counts import summary

    lines = (
        _statistics(reports, rules)
        if style.statistics
        else findings(reports, style.color)
    )
    counts = summary(reports)
    # With a path missing, "All checks passed" would not be true.
    passed = not (counts["errors"] or counts["warnings"] or counts["infos"])
    if not style.quiet and (style.complete or not passed):
        fixable = sum(f.fixable for r in reports for f in r.findings)
        lines.append(_summary_line(counts, skipped_note(skipped), fixable))
    return "".join(line + "\n" for line in lines)


def _concise(reports: list[FileReport], color: bool) -> list[str]:
    out = []
    for report in reports:
        for f in report.findings:
            code, severity = _dressed(f, color)
            mark = " [*]" if f.fixable else ""  # as ruff marks what --fix fixes
            out.append(
                f"{f.path}:{f.line}:{f.column}: {code}{mark} {severity} {f.message}"
            )
    return out


def _grouped(reports: list[FileReport], color: bool) -> list[str]:
    out: list[str] = []
    for report in reports:
        if not report.findings:
            continue
        if out:
            out.append("")
        path = report.findings[0].path
        out.append(click.style(path, bold=True) if color else path)
        places = [f"{f.line}:{f.column}" for f in report.findings]
        width = max(map(len, places))
        for place, f in zip(places, report.findings, strict=True):
            code, severity = _dressed(f, color)
            # Padding is counted on the plain words, so colour keeps the columns.
            gap = " " * (len("warning") - len(f.severity))
            mark = " [*]" if f.fixable else "    "
            out.append(
                f"  {place:<{width}}  {severity}{gap}  {code}{mark}  {f.message}"
            )
    if out:
        out.append("")
    return out


def _dressed(f: Finding, color: bool) -> tuple[str, str]:
    if not color:
        return f.rule, f.severity
    return (
        click.style(f.rule, fg=COLORS[f.severity], bold=True),
        click.style(f.severity, fg=COLORS[f.severity]),
    )


def _statistics(reports: list[FileReport], rules: dict[str, Rule]) -> list[str]:
    from adr_lint.report.counts import per_rule

    return [
        f"{row.found:>6}  {row.code}  {row.severity:<7}  {row.name}"
        for row in per_rule(reports, rules)
    ]


def _summary_line(counts: dict[str, int], skipped: str, fixable: int = 0) -> str:
    from adr_lint.report.counts import severities

    total = counts["errors"] + counts["warnings"] + counts["infos"]
    files = _count(counts["files"], "file", "files")
    if not total:
        return f"All checks passed ({files}{'; ' + skipped if skipped else ''})."
    return (
        f"Found {_count(total, 'problem', 'problems')} ({severities(counts)}) "
        f"in {files}{' (' + skipped + ')' if skipped else ''}"
        f"{f', {fixable} fixable with --fix' if fixable else ''}."
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def skipped_note(skipped: Sequence[Skipped]) -> str:
    """ "3 Markdown files skipped: 2 templates, 1 index page", or ""."""
    if not skipped:
        return ""
    kinds = Counter(s.kind for s in skipped)
    parts = [
        f"{n} {kind if n == 1 else SKIP_KINDS.get(kind, kind)}"
        for kind, n in sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
    ]
    noun = "file" if len(skipped) == 1 else "files"
    return f"{len(skipped)} Markdown {noun} skipped: {', '.join(parts)}"

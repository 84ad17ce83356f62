"""Reporters, chosen by name. Each turns the run's file reports into text."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from adr_lint.engine import FileReport
from adr_lint.findings import Rule, Skipped
from adr_lint.report.counts import summary
from adr_lint.report.style import Style

__all__ = ["CHOICES", "FORMATS", "Reporter", "Style", "resolve", "summary"]

# The reports of the files linted, the rules, the dress, and the Markdown
# files found that are not ADRs.
Reporter = Callable[[list[FileReport], dict[str, Rule], Style, Sequence[Skipped]], str]


def _text(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
) -> str:
    from adr_lint.report import text_format

    return text_format.render(reports, rules, style, skipped)


def _concise(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
) -> str:
    from adr_lint.report import text_format

    return text_format.render_concise(reports, rules, style, skipped)


def _json(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
) -> str:
    from adr_lint.report import json_format

    if style.statistics:
        return json_format.render_statistics(reports, rules)
    return json_format.render(reports, skipped)


def _sarif(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
) -> str:
    from adr_lint.report import sarif_format

    return sarif_format.render(reports, rules)


def _github(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
) -> str:
    from adr_lint.report import github_format

    return github_format.render(reports)


def _junit(
    reports: list[FileReport],
    rules: dict[str, Rule],
    style: Style,
    skipped: Sequence[Skipped],
) -> str:
    from adr_lint.report import junit_format

    return junit_format.render(reports)


FORMATS: dict[str, Reporter] = {
    "text": _text,
    "concise": _concise,
    "json": _json,
    "sarif": _sarif,
    "github": _github,
    "junit": _junit,
}
CHOICES = (*FORMATS, "auto")


def resolve(name: str) -> str:
    """`auto` is `github` inside GitHub Actions, `text` elsewhere."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name

"""What checks report (`Hit`), what users see (`Finding`), and the files
found that are not ADRs (`Skipped`)."""

from __future__ import annotations

from typing import NamedTuple

SEVERITIES = ("error", "warning", "info")


class Rule(NamedTuple):
    """A rule's identity and documentation; the engine stamps findings with it."""

    code: str
    name: str
    kind: str  # missing-criterion, mismatch, disputed, decision, parse, structure...
    severity: str
    summary: str
    doc: str = ""
    default: bool = True  # enabled unless deselected; False: only when selected


class Hit(NamedTuple):
    """A problem a check found; it knows nothing of severity or suppression."""

    code: str
    line: int
    message: str
    column: int = 1
    criterion: str | None = None
    sources: tuple[str, ...] = ()
    detail: str | None = None  # the whole case, for JSON, SARIF and `explain`


class Finding(NamedTuple):
    path: str
    line: int
    column: int
    rule: str
    severity: str
    kind: str
    message: str
    criterion: str | None = None
    sources: tuple[str, ...] = ()
    detail: str | None = None
    fixable: bool = False  # `--fix` has a certain fix for it

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.line, self.column, self.rule, self.message)


class Skipped(NamedTuple):
    """A Markdown file found beside the ADRs that is not one, and why."""

    path: str
    kind: str  # one of SKIP_KINDS
    reason: str  # what gave it away, for `--show-files` and the JSON report


# The kinds of files that are not ADRs, with their plurals for a summary.
SKIP_KINDS = {
    "template": "templates",
    "index page": "index pages",
    "guide": "guides",
    "annex": "annexes",
    "excluded": "excluded",
}

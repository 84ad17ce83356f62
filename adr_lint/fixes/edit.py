"""What a fix changes, as lines, and how a file's lines take the changes.

A fix never rewrites a file wholesale: it names the lines it replaces, so a
fix planned against lines that have changed since is refused rather than
applied to the wrong place, and fixes of one file that touch different
lines go in together.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from adr_lint.checks.context import Context
    from adr_lint.findings import Finding

Line = tuple[str, str]  # (text, line ending: "\n", "\r\n", "\r" or "" at the end)


class Edit(NamedTuple):
    """Lines `old`, from 1-based `line` on, become `new`; with no `old`,
    `new` goes in before `line` (one past the last line: at the end)."""

    line: int
    old: tuple[str, ...]
    new: tuple[str, ...]


class Fix(NamedTuple):
    """What `--fix` does about one finding: edits to one file."""

    rule: str
    line: int  # the finding's line
    message: str  # the finding's message: a fix that did not take is not redone
    path: str  # the file the edits change (absolute)
    edits: tuple[Edit, ...]


def here(ctx: Context, finding: Finding, *edits: Edit) -> Fix | None:
    """A fix of the finding's own file, if there is anything to do."""
    if not edits:
        return None
    path = os.path.abspath(ctx.path) if ctx.path else ctx.doc.path
    return Fix(finding.rule, finding.line, finding.message, path, edits)


def replace(line: int, old: str, new: str) -> Edit:
    return Edit(line, (old,), (new,))


def insert(before: int, *new: str) -> Edit:
    return Edit(before, (), new)


def apply(
    lines: list[Line], fixes: Iterable[Fix], ending: str
) -> tuple[list[Line], list[Fix], list[Fix]]:
    """The lines with every fix that fits applied, the fixes applied, and
    those left for later: planned against other lines, or touching lines
    a fix higher in the file changes. New lines end with `ending`; a changed line
    keeps its own ending, and the last line keeps having none or one."""
    taken: list[Edit] = []
    done: list[Fix] = []
    later: list[Fix] = []
    for fix in sorted(fixes, key=lambda f: min(e.line for e in f.edits)):
        fits = all(_fits(lines, e) for e in fix.edits)
        if fits and not any(_overlap(e, t) for e in fix.edits for t in taken):
            taken += fix.edits
            done.append(fix)
        else:
            later.append(fix)
    out = list(lines)
    # From the bottom up, so that the line numbers above stay right; edits
    # at one place go in in the order the fixes came.
    for edit in reversed(sorted(taken, key=lambda e: (e.line, bool(e.old)))):
        start = edit.line - 1
        endings = [end for _, end in out[start : start + len(edit.old)]]
        new = [
            (text, endings[i] if i < len(endings) else ending)
            for i, text in enumerate(edit.new)
        ]
        out[start : start + len(edit.old)] = new
    return _ended(out, lines, ending), done, later


def _fits(lines: list[Line], edit: Edit) -> bool:
    start = edit.line - 1
    if not 0 <= start <= len(lines) or start + len(edit.old) > len(lines):
        return False
    return tuple(text for text, _ in lines[start : start + len(edit.old)]) == edit.old


def _overlap(a: Edit, b: Edit) -> bool:
    """Whether two edits touch the same lines; insertions at one place do
    not (they go in one after the other)."""
    a_stop, b_stop = a.line + len(a.old), b.line + len(b.old)
    if not a.old and not b.old:
        return False
    if not a.old:
        return b.line < a.line < b_stop
    if not b.old:
        return a.line < b.line < a_stop
    return max(a.line, b.line) < min(a_stop, b_stop)


def _ended(out: list[Line], before: list[Line], ending: str) -> list[Line]:
    """Every line but the last ends with a line break; the last ends as the
    file's last line did."""
    final = before[-1][1] if before else ending
    out = [(text, end or ending) for text, end in out]
    if out and not final:
        out[-1] = (out[-1][0], "")
    return out

"""Fixes: for the findings whose fix is certain, the lines that fix them.

One module per fix, each with its rule's `CODE` and a `fix(ctx, finding,
files)` that returns the `Fix` (edits to one file) or None when the fix is
not certain; the engine offers them with the findings, marked fixable,
and `session` applies them for `--fix` and `--diff`. A fix is never
offered for a file with a reading problem (P001-P004).

Imports `checks`, `reading`, `document` and `knowledge`; the engine imports
it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from adr_lint.fixes.edit import Edit, Fix
from adr_lint.fixes.files import Files

if TYPE_CHECKING:
    from types import ModuleType

    from adr_lint.checks.context import Context
    from adr_lint.findings import Finding

__all__ = ["CODES", "Edit", "Files", "Fix", "modules", "offer"]

Fixer = Callable[["Context", "Finding", Files], Fix | None]
# The rules that have a fix, known without importing the fixes: most files
# have no finding of these, and pay nothing for them.
CODES = frozenset({"S002", "S003", "S006", "R005"})


@cache
def modules() -> dict[str, ModuleType]:
    """The registry: rule code -> the module that fixes it."""
    from adr_lint.fixes import back_reference, iso_date, status_section, title_number

    found = (title_number, status_section, iso_date, back_reference)
    return {module.CODE: module for module in found}


def offer(
    ctx: Context, findings: tuple[Finding, ...], files: Files
) -> tuple[tuple[Finding, ...], tuple[Fix, ...]]:
    """The findings, those with a fix marked fixable, and the fixes."""
    if not any(f.rule in CODES for f in findings) or _unreadable(ctx):
        return findings, ()
    fixers: dict[str, Fixer] = {code: m.fix for code, m in modules().items()}
    marked: list[Finding] = []
    fixes: list[Fix] = []
    for finding in findings:
        fixer = fixers.get(finding.rule)
        found = fixer(ctx, finding, files) if fixer else None
        if found is not None:
            fixes.append(found)
        marked.append(finding._replace(fixable=True) if found else finding)
    return tuple(marked), tuple(fixes)


def _unreadable(ctx: Context) -> bool:
    """A reading problem (P002-P004; P001 files are never parsed): what the
    file means is not known well enough to change it."""
    return bool(ctx.doc.front_matter.error or ctx.analysis.problems)

"""`--fix` and `--diff`: the fixes the engine offers, applied round by round
in memory until none is left, then written or shown as a diff.

After a round, the files it changed are linted again from their new text
(a fix can make room for another, or move the lines another planned
against), and so are the files whose fixes had to wait. A fix that was
applied and is offered again did not take, and is not applied twice;
after `MAX_ROUNDS` the session stops whatever is left.

The linter is given, not imported: this package sits below the engine.
"""

from __future__ import annotations

import contextlib
import difflib
import os
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from adr_lint.errors import AdrLintError
from adr_lint.fixes import edit, textfile
from adr_lint.fixes.edit import Fix, Line
from adr_lint.fixes.files import Files
from adr_lint.fixes.textfile import TextFile

MAX_ROUNDS = 10


class Planned(Protocol):
    """A file's report, as far as fixing goes."""

    @property
    def path(self) -> str: ...  # as shown
    @property
    def fixes(self) -> tuple[Fix, ...]: ...


class Linting(Protocol):
    files: Files

    def lint_text(
        self, text: str, shown: str, *, path: str | None = None
    ) -> Planned: ...


class Outcome(NamedTuple):
    originals: dict[str, TextFile]
    fixed: dict[str, list[Line]]  # path -> its lines with the fixes applied
    applied: int  # fixes applied
    shown: dict[str, str]  # path -> as the report shows it

    def changed(self) -> list[str]:
        return sorted(
            p
            for p, lines in self.fixed.items()
            if lines != list(self.originals[p].lines)
        )

    def diff(self) -> str:
        """A unified diff of every changed file, as `--fix` would write it."""
        out: list[str] = []
        for path in self.changed():
            name = self._name(path)
            before = [text + "\n" for text, _ in self.originals[path].lines]
            after = [text + "\n" for text, _ in self.fixed[path]]
            out += difflib.unified_diff(before, after, name, name)
        return "".join(out)

    def _name(self, path: str) -> str:
        return self.shown.get(path) or _relative(path)

    def write(self) -> None:
        """Write every changed file; report those that could not be."""
        problems = []
        for path in self.changed():
            try:
                textfile.write(self.originals[path], self.fixed[path], self._name(path))
            except AdrLintError as exc:
                problems.append(str(exc))
        if problems:
            raise AdrLintError("; ".join(problems))


def run(linter: Linting, linted: Sequence[tuple[str, Planned]]) -> Outcome:
    """Apply the fixes offered in `linted` (path, report) and those that
    follow from them."""
    shown = {os.path.abspath(path): report.path for path, report in linted}
    session = _Session(linter, shown)
    todo = [(os.path.abspath(p), r) for p, r in linted if r.fixes]
    try:
        for _ in range(MAX_ROUNDS):
            if not todo:
                break
            todo = session.round(todo)
    finally:
        linter.files.pending.clear()
    return Outcome(session.originals, session.current, session.applied, shown)


class _Session:
    def __init__(self, linter: Linting, shown: dict[str, str]) -> None:
        self.linter = linter
        self.shown = shown
        self.originals: dict[str, TextFile] = {}
        self.unfixable: set[str] = set()  # files that cannot be written back
        self.current: dict[str, list[Line]] = {}
        self.done: set[tuple[str, str, str]] = set()
        self.applied = 0

    def round(self, todo: list[tuple[str, Planned]]) -> list[tuple[str, Planned]]:
        by_file: dict[str, list[tuple[str, Fix]]] = {}
        for origin, report in todo:
            for fix in report.fixes:
                if _key(fix) not in self.done:
                    by_file.setdefault(fix.path, []).append((origin, fix))
        changed: set[str] = set()
        again: set[str] = set()
        for path, offered in sorted(by_file.items()):
            later = self._apply(path, [fix for _, fix in offered])
            if later is None:
                continue  # a file that cannot be written back is never touched
            if len(later) < len(offered):
                changed.add(path)
            again |= {origin for origin, fix in offered if fix in later}
        for path in changed:
            self.linter.files.pending[path] = textfile.text_of(self.current[path])
        return [
            (path, self.linter.lint_text(text, self.shown[path], path=path))
            for path in sorted((changed & self.shown.keys()) | again)
            if (text := self.linter.files.text(path)) is not None
        ]

    def _apply(self, path: str, fixes: list[Fix]) -> list[Fix] | None:
        """Apply what fits; the fixes left for the next round, or None for
        a file that cannot be read back as it is."""
        original = self._original(path)
        if original is None:
            return None
        lines = self.current.get(path, list(original.lines))
        new, applied, later = edit.apply(lines, fixes, original.ending)
        if applied:
            self.current[path] = new
            self.applied += len(applied)
            self.done |= {_key(fix) for fix in applied}
        return later

    def _original(self, path: str) -> TextFile | None:
        if path not in self.originals and path not in self.unfixable:
            found = textfile.read(path)
            if found is None:
                self.unfixable.add(path)
            else:
                self.originals[path] = found
        return self.originals.get(path)


def _key(fix: Fix) -> tuple[str, str, str]:
    return (fix.path, fix.rule, fix.message)


def _relative(path: str) -> str:
    with contextlib.suppress(ValueError):  # another drive on Windows
        path = os.path.relpath(path)
    return path.replace(os.sep, "/")

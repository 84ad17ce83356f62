"""Run the checks over files: read, parse, analyse, check, then stamp each
hit with its rule's severity, drop what the options deselect, and sort."""

from __future__ import annotations

import contextlib
import os
from typing import Any, NamedTuple

from adr_lint import document, fixes, layout
from adr_lint.checks import CHECKS, all_rules
from adr_lint.checks.context import Context, Options
from adr_lint.document import source
from adr_lint.findings import Finding, Hit, Rule, Skipped
from adr_lint.knowledge import KnowledgeBase
from adr_lint.reading.analysis import Analysis, analyse


class FileReport(NamedTuple):
    path: str
    title: str | None
    status: str | None
    framework: str | None
    criteria: dict[str, dict[str, Any]]
    findings: tuple[Finding, ...]
    skipped: Skipped | None = None  # not an ADR, so not linted: why
    fixes: tuple[fixes.Fix, ...] = ()  # for the findings marked fixable
    also_chosen: tuple[str, ...] = ()  # frameworks chosen for other parts


class Linter:
    def __init__(self, kb: KnowledgeBase, options: Options | None = None) -> None:
        self.kb = kb
        self.options = options or Options()
        self.rules = all_rules(kb)
        self.files = fixes.Files()  # what fixes read: texts fixed so far, or disk

    def lint(
        self,
        path: str | os.PathLike[str],
        *,
        problem: str | None = None,
        data: bytes | None = None,
    ) -> FileReport:
        """Lint the file, or say why it is not an ADR (`layout`): by its
        name and folder before reading it, by its content after. `data` is
        the file's content when it comes from elsewhere (standard input)."""
        path = os.fspath(path)
        shown = as_posix(path)
        where = layout.place(path, self.kb.language)
        if where.skipped is not None:
            return _skipped(shown, *where.skipped)
        text, unreadable = _content(path, problem, data)
        if where.page is not None and (text is None or not text.strip()):
            # Unread, the name says what it is.
            why = "empty" if text is not None else unreadable
            return _skipped(shown, where.page, f"named {where.name}; {why}")
        if problem is not None:
            return self._unlinted(shown, Hit("P006", 1, problem))
        if text is None:
            return self._unlinted(shown, Hit("P001", 1, unreadable or "cannot read"))
        if not text.strip():
            return self._unlinted(shown, Hit("P005", 1, "the file is empty"))
        doc = document.parse(text, shown, self.kb.language.sections)
        found = layout.verdict(doc, where, self.kb.language)
        if found is not None:
            return _skipped(shown, *found)
        return self._check(doc, str(path), where)

    def _unlinted(self, shown: str, hit: Hit) -> FileReport:
        return FileReport(shown, None, None, None, {}, self._stamp(shown, [hit]))

    def lint_bytes(self, data: bytes, shown: str) -> FileReport:
        """Content that belongs to no file (standard input with no name):
        linted as text, with no name to judge and no folder around it."""
        text, unreadable = source.decode(data)
        if text is None:
            return self._unlinted(shown, Hit("P001", 1, unreadable or "cannot read"))
        if not text.strip():
            return self._unlinted(shown, Hit("P005", 1, "the input is empty"))
        return self.lint_text(text, shown)

    def lint_text(
        self, text: str, shown: str, *, path: str | None = None
    ) -> FileReport:
        """Lint text as an ADR, whatever it is; with `path`, among the
        records of the file's folder."""
        doc = document.parse(text, shown, self.kb.language.sections)
        where = layout.place(path, self.kb.language) if path is not None else None
        return self._check(doc, path, where)

    def _check(
        self, doc: document.Document, path: str | None, where: layout.Place | None
    ) -> FileReport:
        analysis = analyse(doc, self.kb, self.options.statuses)
        ctx = Context(doc, analysis, self.kb, self.options, path, where)
        hits = [hit for check in CHECKS for hit in check(ctx)]
        hits = self._suppress(doc, [h for h in hits if h.line not in doc.fenced_lines])
        findings, offered = fixes.offer(ctx, self._stamp(doc.path, hits), self.files)
        return FileReport(
            doc.path,
            analysis.record.title,
            analysis.status,
            analysis.decision.framework,
            _criteria_json(analysis),
            findings,
            fixes=offered,
            also_chosen=analysis.decision.others,
        )

    def _suppress(self, doc: document.Document, hits: list[Hit]) -> list[Hit]:
        from adr_lint import suppress

        if not suppress.wanted(doc):
            return hits
        found = suppress.collect(doc, self.rules)
        hits = [*hits, *(h for h in found.problems if h.line not in doc.fenced_lines)]
        if not found.suppressions:
            return hits
        enabled = [h for h in hits if self._enabled(self.rules[h.code])]
        kept, used = suppress.apply(enabled, found.suppressions)
        if self.options.report_unused_suppressions:
            for index, s in enumerate(found.suppressions):
                if index not in used:
                    what = ", ".join(s.codes) or "every rule"
                    kept.append(
                        Hit("U001", s.line, f"suppression of {what} is not needed")
                    )
        return kept

    def _stamp(self, path: str, hits: list[Hit]) -> tuple[Finding, ...]:
        out = []
        for hit in hits:
            rule = self.rules[hit.code]
            if not self._enabled(rule):
                continue
            severity = self.options.severity.get(rule.code, rule.severity)
            out.append(
                Finding(
                    path,
                    hit.line,
                    hit.column,
                    rule.code,
                    severity,
                    rule.kind,
                    hit.message,
                    hit.criterion,
                    hit.sources,
                    hit.detail,
                )
            )
        return tuple(sorted(set(out), key=Finding.sort_key))

    def _enabled(self, rule: Rule) -> bool:
        options = self.options
        if any(rule.code.startswith(p) for p in options.ignore):
            return False
        if any(rule.code.startswith(p) for p in options.extend_select):
            return True
        if options.select:
            return any(rule.code.startswith(p) for p in options.select)
        return rule.default


def _content(
    path: str, problem: str | None, data: bytes | None
) -> tuple[str | None, str | None]:
    if problem:
        return None, problem
    return source.read(path) if data is None else source.decode(data)


def _skipped(shown: str, kind: str, reason: str) -> FileReport:
    return FileReport(shown, None, None, None, {}, (), Skipped(shown, kind, reason))


def _criteria_json(analysis: Analysis) -> dict[str, dict[str, Any]]:
    return {
        name: {
            "addressed": a.addressed,
            "requirement": a.requirement,
            "line": a.line,
            "evidence": quote(a.evidence),
            "requirement_line": a.requirement_line,
            "requirement_quote": quote(a.requirement_text),
        }
        for name, a in analysis.criteria.items()
    }


def quote(text: str | None, limit: int = 120) -> str | None:
    """A sentence shortened to `limit` characters, white space folded."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def as_posix(path: str) -> str:
    if os.path.isabs(path) or os.path.normpath(path) != path:
        with contextlib.suppress(ValueError):  # another drive on Windows
            path = os.path.relpath(path)
    return path.replace(os.sep, "/")

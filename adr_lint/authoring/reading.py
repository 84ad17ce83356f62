"""One file as `adr-lint show` presents it: the record as adr-lint read it
(title, status, template, the framework chosen and the line that chose
it) and, per criterion, what was found, the requirement stated and the
verdict, with the claim behind a verdict and the articles it cites."""

from __future__ import annotations

from typing import NamedTuple

from adr_lint import document
from adr_lint.checks import content, sections
from adr_lint.checks.context import Context, Options
from adr_lint.document import Document, source
from adr_lint.engine import as_posix, quote
from adr_lint.errors import AdrLintError
from adr_lint.knowledge import Citation, Claim, Criterion, KnowledgeBase
from adr_lint.reading import text
from adr_lint.reading.analysis import REJECTED, Analysis, analyse
from adr_lint.reading.criteria import Assessment

VERDICTS = ("fits", "mismatch", "sources-disagree", "not-addressed")


class Unreadable(AdrLintError):
    """A file that cannot be shown; the message names it and says why."""


class Cited(NamedTuple):
    source: str  # the id in rules/sources.yaml
    title: str
    publisher: str | None
    section: str
    side: str  # against | for: which way the article points on the claim


class Row(NamedTuple):
    criterion: str
    name: str
    addressed: bool
    line: int | None
    quote: str | None
    requirement: str | int | None  # as stated: a level, or a head-count
    level: str | None  # the level it amounts to
    requirement_line: int | None
    requirement_quote: str | None
    verdict: str  # one of VERDICTS
    claim: str | None = None  # what the sources say, for a verdict against
    cited: tuple[Cited, ...] = ()


class Choice(NamedTuple):
    """The framework decision, or what the Decision says instead."""

    framework: str | None  # the id in the knowledge base (or as written)
    name: str | None  # as people write it
    line: int | None
    quote: str | None
    undecided: bool  # about a framework, but nothing decided yet
    section_line: int | None = None  # without a framework: the Decision's
    section_quote: str | None = None  # first sentence, if there is a Decision
    others: tuple[str, ...] = ()  # chosen for other parts, as people write them


class Shown(NamedTuple):
    path: str
    title: str | None
    status: str | None
    template: str  # nygard | madr | other
    choice: Choice
    rows: tuple[Row, ...]
    note: str | None  # why the verdicts do not count, when they do not


def read(path: str, kb: KnowledgeBase) -> Shown:
    data, problem = source.read(path)
    shown = as_posix(path)
    if data is None:
        raise Unreadable(f"{shown}: {problem or 'cannot read'}")
    if not data.strip():
        raise Unreadable(f"{shown}: the file is empty; nothing to show")
    return view(data, shown, kb, path)


def view(data: str, shown: str, kb: KnowledgeBase, path: str | None = None) -> Shown:
    doc = document.parse(data, shown, kb.language.sections)
    analysis = analyse(doc, kb)
    ctx = Context(doc, analysis, kb, Options(), path)
    template = sections.detect(analysis.record, ctx)
    return Shown(
        shown,
        analysis.record.title,
        analysis.status,
        template.name if template else "other",
        _choice(doc, analysis, kb),
        _rows(ctx),
        _note(analysis),
    )


def _name(framework: str, kb: KnowledgeBase) -> str:
    known = kb.frameworks.get(framework)
    return known.name if known else framework


def _choice(doc: Document, analysis: Analysis, kb: KnowledgeBase) -> Choice:
    decision = analysis.decision
    if decision.framework:
        known = kb.frameworks.get(decision.framework)
        evidence = decision.evidence or _line_text(analysis, decision.line)
        return Choice(
            decision.framework,
            known.name if known else decision.framework,
            decision.line,
            quote(evidence),
            False,
            others=tuple(_name(o, kb) for o in decision.others),
        )
    body = [
        u
        for u in text.units(analysis.record)
        if u.role == "decision" and u.kind != "heading"
    ]
    if decision.undecided:
        said = _line_text(analysis, decision.line)
        return Choice(None, None, None, None, True, decision.line, quote(said))
    first = body[0] if body else None
    return Choice(
        None,
        None,
        None,
        None,
        False,
        first.line if first else None,
        quote(first.text) if first else None,
    )


def _line_text(analysis: Analysis, line: int) -> str | None:
    """The first sentence on `line` (structured front matter has none)."""
    units = text.units(analysis.record)
    return next((u.text for u in units if u.line == line), None)


def _note(analysis: Analysis) -> str | None:
    if not analysis.decision.framework:
        if analysis.status in REJECTED:
            return (
                f"the record is {analysis.status}: what it proposes was not "
                "chosen, and its reasoning is not checked"
            )
        return None
    if analysis.history:
        return (
            f"the record is {analysis.status}: its reasoning is history "
            "and is not checked"
        )
    written_in = analysis.locale
    if written_in is not None and not written_in.criteria:
        return (
            f"criteria not read: the record is written in {written_in.name}, "
            "which the criteria have no vocabulary in"
        )
    return None


def _rows(ctx: Context) -> tuple[Row, ...]:
    analysis = ctx.analysis
    written_in = analysis.locale
    if not analysis.decision.framework or (
        written_in is not None and not written_in.criteria
    ):
        return ()
    return tuple(
        _row(c, analysis.criteria.get(c.id) or Assessment(c.id, False), ctx)
        for c in ctx.kb.criteria
    )


def _row(criterion: Criterion, found: Assessment, ctx: Context) -> Row:
    row = Row(
        criterion.id,
        criterion.name,
        found.addressed,
        found.line,
        quote(found.evidence),
        found.requirement,
        found.level,
        found.requirement_line,
        quote(found.requirement_text),
        "fits" if found.addressed else "not-addressed",
    )
    claim = content.contradicted(criterion, found, ctx) if found.addressed else None
    if claim is None:
        return row
    verdict = "mismatch" if claim.verdict == "mismatch" else "sources-disagree"
    return row._replace(verdict=verdict, claim=claim.text, cited=_cited(claim, ctx))


def _cited(claim: Claim, ctx: Context) -> tuple[Cited, ...]:
    sides: tuple[tuple[str, tuple[Citation, ...]], ...] = (
        ("against", claim.against),
        ("for", claim.supports),
    )
    out = []
    for side, citations in sides:
        for c in citations:
            found = ctx.kb.sources[c.source]
            out.append(Cited(c.source, found.title, found.publisher, c.section, side))
    return tuple(out)

"""Per-file analysis shared by the checks: the framework decision and the
criteria it weighs, from prose or from structured front matter."""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from adr_lint.document import Document, Field, Record
from adr_lint.knowledge import KnowledgeBase, Locale
from adr_lint.reading import locale, text
from adr_lint.reading.badges import status_badge
from adr_lint.reading.criteria import Assessment, assess
from adr_lint.reading.decision import (
    NAMING_ROLES,
    Decision,
    chosen_option,
    decide,
    titled_web_framework,
    undecided_line,
)

HISTORY = ("superseded", "deprecated", "rejected", "obsolete", "replaced", "retired")
REJECTED = ("rejected", "declined", "withdrawn")  # a proposal not taken
STRUCTURED_KEYS = ("framework", "criteria")
_VERSION = re.compile(r"v\d+(?:-\d+)*")
_DAY_WORD = re.compile(r"\d{1,4}(?:-\d{1,2}){0,2}")  # "2020-03-25", or "12" of "12/04"
_REVISION = frozenset({"rev", "revision", "version"})


class Analysis(NamedTuple):
    record: Record
    decision: Decision
    criteria: dict[str, Assessment]  # empty unless a framework is chosen
    status: str | None
    history: bool  # superseded, deprecated or rejected: reasoning is not re-checked
    problems: tuple[tuple[str, int, str], ...] = ()  # (code, line, message)
    locale: Locale | None = None  # the record's language, read when it decides


def analyse(
    doc: Document, kb: KnowledgeBase, statuses: tuple[str, ...] = ()
) -> Analysis:
    """`statuses`: the ADR statuses the configuration accepts (by default,
    the pack's)."""
    known = frozenset((*(statuses or kb.language.statuses), *HISTORY))
    if not may_decide(doc, kb):
        record = with_status(doc.record, doc, known, kb)
        status = status_of(record)
        nothing = Decision(None, record.title_line or 1, "", False, False, ())
        analysis = Analysis(record, nothing, {}, status, status in HISTORY)
        return _with_structured(analysis, doc, kb)
    chosen: tuple[Record, Decision, list[text.Unit]] | None = None
    for record in doc.records:
        units = text.units(record)
        decision = decide(units, kb)
        if chosen is None or (decision.framework and not chosen[1].framework):
            chosen = (record, decision, units)
        if decision.framework:
            break
    assert chosen is not None
    record, decision, units = chosen
    record = with_status(record, doc, known, kb)
    status = status_of(record)
    history = status in HISTORY
    if status in REJECTED and decision.framework:
        # the choice the record proposes was not taken: it chooses nothing
        decision = decision._replace(framework=None, others=(), parts=())
    criteria = assess(units, kb) if decision.framework else {}
    written_in = (
        locale.detect("\n".join(u.text for u in units), kb.language.locales)
        if decision.framework
        else None
    )
    return _with_structured(
        Analysis(record, decision, criteria, status, history, locale=written_in),
        doc,
        kb,
    )


def may_decide(doc: Document, kb: KnowledgeBase) -> bool:
    """Whether the ADR can hold a framework decision at all: it names a
    known framework, or says "framework" where a choice or an undecided
    decision can stand. Most ADRs do neither, and need no sentence-level
    analysis."""
    if kb.mentions.search(doc.text):
        return True
    return "ramework" in doc.text and any(_may_name_one(r, kb) for r in doc.records)


def _may_name_one(record: Record, kb: KnowledgeBase) -> bool:
    """For a record that names no known framework but says "framework": it
    can still choose one with a "use X as the framework" phrase in its title
    or decision, or say that its decision is not made. Only then is it read
    in full; the rest of it cannot change the outcome."""
    units = text.units(record, roles=NAMING_ROLES)
    named = kb.language.choice_named
    return (
        any(named.search(u.text) or chosen_option(u, kb) for u in units)
        or undecided_line(units, kb) is not None
        or titled_web_framework(units, kb)
    )


def _with_structured(analysis: Analysis, doc: Document, kb: KnowledgeBase) -> Analysis:
    data = doc.front_matter.data
    if data and any(k in data for k in STRUCTURED_KEYS):
        return _structured(analysis, doc, kb)
    return analysis


def status_of(record: Record) -> str | None:
    found = record.fields.get("status")
    return None if found is None else _status_word(found)


def _status_word(field: Field) -> str | None:
    words = "".join(
        c if c.isalnum() or c in " -" else " " for c in field.value.lower()
    ).split()
    # "2020-03-25 accepted", "12/04/2021 proposed": the day before the stage.
    while len(words) > 1 and _DAY_WORD.fullmatch(words[0]):
        words = words[1:]
    # "v2 proposed", "Rev 3 accepted": the revision before the stage.
    if words and _VERSION.fullmatch(words[0]):
        words = words[1:]
    elif len(words) > 2 and words[0] in _REVISION and words[1].isdigit():
        words = words[2:]
    return words[0] if words else None


def with_status(
    record: Record, doc: Document, known: frozenset[str], kb: KnowledgeBase
) -> Record:
    """The record with the status its rules read. A site's front matter may
    give the page's state ("live", "draft") and the body the decision's
    ("Status: Accepted"): the one that is an ADR status wins, the front
    matter's when both are. A record that states none in words may show it
    as a badge (`badges`)."""
    if not record.statuses:
        badge = status_badge(
            record,
            doc,
            known.union(kb.language.translated_statuses),
            kb.language.sections.names_of(("status",)),
        )
        if badge is not None:
            return record._replace(
                fields={**record.fields, "status": badge}, statuses=(badge,)
            )
    end = doc.front_matter.end_line
    front = next((f for f in record.statuses if f.line <= end), None)
    body = next((f for f in record.statuses if f.line > end), None)
    if (
        front is None
        or body is None
        or _status_word(front) in known
        or _status_word(body) not in known
    ):
        return record
    return record._replace(fields={**record.fields, "status": body})


def _structured(analysis: Analysis, doc: Document, kb: KnowledgeBase) -> Analysis:
    from adr_lint.knowledge.validation import front_matter_errors

    data: dict[str, Any] = doc.front_matter.data or {}
    lines = doc.front_matter.key_lines
    errors = front_matter_errors({k: data[k] for k in STRUCTURED_KEYS if k in data})
    if errors:
        problems = tuple(
            ("P004", lines.get(key.split(".")[0], 1), msg) for key, msg in errors
        )
        return analysis._replace(problems=problems)
    decision = analysis.decision
    if "framework" in data:
        line = lines.get("framework", 1)
        decision = decision._replace(
            framework=str(data["framework"]).lower(),
            line=line,
            undecided=False,
        )
    criteria = dict(analysis.criteria) if decision.framework else {}
    if decision.framework and not analysis.criteria:
        criteria = assess(text.units(analysis.record), kb)
    for key, value in (data.get("criteria") or {}).items():
        name = "customisation" if key == "customization" else key
        criteria[name] = _stated(name, value, kb, lines.get("criteria", 1))
    return analysis._replace(decision=decision, criteria=criteria)


def _stated(criterion: str, value: Any, kb: KnowledgeBase, line: int) -> Assessment:
    level = str(value)
    if isinstance(value, int):
        quantity = next(
            (q for c in kb.criteria if c.id == criterion for q in c.quantities), None
        )
        small, large = (quantity.small, quantity.large) if quantity else (6, 15)
        level = "large" if value >= large else "small" if value <= small else "medium"
    return Assessment(
        criterion, True, line, "front matter", value, level, (), line, "front matter"
    )

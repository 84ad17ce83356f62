"""Which criteria an ADR addresses, and the requirement it states for each.

A criterion is addressed where one of its cues appears in the record's
prose (headings, sentences, list items, table rows). The requirement level
is read only from sentences that state a need ("we expect 2 million
requests per day", "we do not need an admin interface"), never from the
description of an option's pros and cons, and a negation before a level
phrase turns it to its opposite.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from adr_lint.knowledge import Concept, Criterion, KnowledgeBase, Quantity
from adr_lint.knowledge.stems import spans
from adr_lint.reading.text import (
    CLAUSE_BREAK,
    PHRASE_BREAK,
    Prose,
    Unit,
    clause_after,
    clause_before,
    last_match,
)

_STATEMENT_ROLES = (
    "context",
    "drivers",
    "title",
    "decision",
    "rationale",
    "preamble",
    "other",
)
_ROLE_ORDER = {"drivers": 0, "context": 1, "title": 2, "decision": 3, "rationale": 4}
_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a couple": 2,
    "a couple of": 2,
    "a handful": 5,
    "a handful of": 5,
    "half a dozen": 6,
    "half a million": 500_000,
    "a few": 3,
    "a dozen": 12,
    "a hundred": 100,
    "a thousand": 1000,
    "a million": 1_000_000,
    "several": 5,
    "dozens": 24,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2_000_000,
}
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "hundred": 1e2,
    "m": 1e6,
    "million": 1e6,
    "billion": 1e9,
}
_PER_DAY = {
    "second": 86400,
    "sec": 86400,
    "s": 86400,
    "rps": 86400,
    "qps": 86400,
    "req/s": 86400,
    "requests/s": 86400,
    "minute": 1440,
    "min": 1440,
    "hour": 24,
    "hr": 24,
    "day": 1,
    "week": 1 / 7,
    "month": 1 / 30,
    "year": 1 / 365,
}
_DIGIT_GROUP = re.compile(r"(?<=\d) (?=\d{3}\b)")
_NEGATION_REACH = 48  # characters before a level phrase a negation may stand
_ELSEWHERE_REACH = 160  # characters after it where "a separate service" may stand
# An aside in parentheses, which a negation reaches across: "Nobody on the
# team (two engineers) needs an admin screen".
_ASIDE = re.compile(r"\([^()]*\)")
# An item of a terse list that "no" opens and a comma closes: in "No admin,
# tiny team, low traffic" the "No" is the admin's alone.
_NO_ITEM = re.compile(r"\bno\s+[\w-]+(?:\s+[\w-]+){0,2}\s*,", re.IGNORECASE)


class Assessment(NamedTuple):
    criterion: str
    addressed: bool
    line: int | None = None
    evidence: str | None = None
    requirement: str | int | None = None  # a level, or a head-count
    level: str | None = None  # the level the requirement amounts to
    tags: tuple[str, ...] = ()
    requirement_line: int | None = None
    requirement_text: str | None = None


def assess(units: list[Unit], kb: KnowledgeBase) -> dict[str, Assessment]:
    prose = Prose.of(units)
    return {c.id: _assess_one(c, prose, kb) for c in kb.criteria}


def _assess_one(criterion: Criterion, prose: Prose, kb: KnowledgeBase) -> Assessment:
    units = prose.units
    hits = [
        index
        for index in prose.candidates(criterion.cues)
        if _addresses(criterion, units[index].text)
    ]
    if not hits:
        return _discussed(criterion, prose, kb)
    first = units[hits[0]]
    statements = sorted(
        (i for i in hits if _states_need(units[i], kb)),
        key=lambda i: (_ROLE_ORDER.get(units[i].role, 5), units[i].line),
    )
    for index in statements:
        unit = units[index]
        found = _requirement(criterion, unit, kb)
        if found is None and _run_in_label(unit, units, index):
            # "**Async.** Not needed." is read as "Async: Not needed."
            label, after = unit.text[:-1], units[index + 1].text
            found = _requirement(criterion, unit._replace(text=f"{label}: {after}"), kb)
            unit = unit._replace(text=f"{unit.text} {after}")
        if found is not None:
            value, level, tag = found
            tags = (tag,) if tag else _tags(criterion, level, units, kb)
            return Assessment(
                criterion.id,
                True,
                first.line,
                first.text,
                value,
                level,
                tags,
                unit.line,
                unit.text,
            )
    return _with_signalled_need(
        Assessment(criterion.id, True, first.line, first.text), criterion, prose, kb
    )


def _discussed(criterion: Criterion, prose: Prose, kb: KnowledgeBase) -> Assessment:
    """A criterion none of whose cues appears can still be discussed in
    other words: a sentence naming one of a concept's `who` and one of its
    `what` ("Python engineers are easy to recruit here"). It is addressed,
    with that sentence as evidence, and a concept that states a need gives
    the requirement."""
    for index, unit in enumerate(prose.units if criterion.concepts else ()):
        words = prose.stems(index)
        if any(_names(concept, words) for concept in criterion.concepts) and not (
            _excluded(criterion, unit)
        ):
            found = Assessment(criterion.id, True, unit.line, unit.text)
            return _with_signalled_need(found, criterion, prose, kb)
    return Assessment(criterion.id, False)


def _with_signalled_need(
    found: Assessment, criterion: Criterion, prose: Prose, kb: KnowledgeBase
) -> Assessment:
    """The requirement a need-stating concept gives, where no level phrase
    or figure gave one."""
    signalled = _signalled(criterion, prose, kb)
    if signalled is None:
        return found
    unit, level, tag = signalled
    return found._replace(
        requirement=level,
        level=level,
        tags=(tag,) if tag else (),
        requirement_line=unit.line,
        requirement_text=unit.text,
    )


def _signalled(
    criterion: Criterion, prose: Prose, kb: KnowledgeBase
) -> tuple[Unit, str, str | None] | None:
    """The first of the record's own needs, drivers before context, that a
    concept with a level names: its level, or the concept's `negated` where
    the sentence negates it ("Nobody will correct records in a screen")."""
    concepts = [c for c in criterion.concepts if c.level]
    if not concepts:
        return None
    units = prose.units
    order = sorted(
        (i for i, u in enumerate(units) if _states_need(u, kb)),
        key=lambda i: (_ROLE_ORDER.get(units[i].role, 5), units[i].line),
    )
    for index in order:
        words = prose.stems(index)
        for concept in concepts:
            if not _names(concept, words) or _excluded(criterion, units[index]):
                continue
            text = units[index].text
            start, end = spans(text)[_last_term(concept, words)]
            if negated_span(start, end, text, kb):
                if concept.negated:
                    return units[index], concept.negated, None
                continue
            assert concept.level is not None
            return units[index], concept.level, concept.tag
    return None


def _excluded(criterion: Criterion, unit: Unit) -> bool:
    return criterion.exclude is not None and bool(criterion.exclude.search(unit.text))


def _names(concept: Concept, words: list[str]) -> bool:
    if concept.who.isdisjoint(words):
        return False
    who = any(
        w in concept.who and (i == 0 or words[i - 1] not in concept.not_after)
        for i, w in enumerate(words)
    )
    return (
        who
        and any(_has_run(words, term) for term in concept.what)
        and (not concept.also or any(_has_run(words, t) for t in concept.also))
    )


def _last_term(concept: Concept, words: list[str]) -> int:
    """The index of the word where the last of the concept's parts first
    appears: a negation before it, in its clause, negates the concept
    ("Staff do not correct records in screens")."""
    firsts = [
        next(
            i
            for i, w in enumerate(words)
            if w in concept.who and (i == 0 or words[i - 1] not in concept.not_after)
        )
    ]
    for terms in (concept.what, concept.also):
        starts = [_run_at(words, t) for t in terms]
        found = [i for i in starts if i is not None]
        if found:
            firsts.append(min(found))
    return max(firsts)


def _has_run(words: list[str], term: tuple[str, ...]) -> bool:
    if len(term) == 1:
        return term[0] in words
    n = len(term)
    return any(tuple(words[i : i + n]) == term for i in range(len(words) - n + 1))


def _run_at(words: list[str], term: tuple[str, ...]) -> int | None:
    n = len(term)
    return next(
        (i for i in range(len(words) - n + 1) if tuple(words[i : i + n]) == term),
        None,
    )


def _run_in_label(unit: Unit, units: list[Unit], index: int) -> bool:
    """A label of a word or three that opens its paragraph or item, with the
    sentence that says what it labels right after it."""
    if unit.kind in ("heading", "title") or index + 1 >= len(units):
        return False
    after = units[index + 1]
    return (
        unit.text.endswith((".", ":"))
        and len(unit.text.split()) <= 3
        and after.kind == unit.kind
        and after.role == unit.role
        and 0 <= after.line - unit.line <= 1
    )


def _addresses(criterion: Criterion, text: str) -> bool:
    excluded = criterion.exclude.spans(text) if criterion.exclude is not None else []
    return any(
        not _overlaps(start, end, excluded)
        for start, end in criterion.cues.spans(text, candidate=True)
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether text[start:end] overlaps one of the (start, end) spans."""
    return any(start < b and a < end for a, b in spans)


def _states_need(unit: Unit, kb: KnowledgeBase) -> bool:
    if unit.role not in _STATEMENT_ROLES or kb.language.reported.match(unit.text):
        return False
    if _describes_options(unit, kb):
        return False
    return unit.role in ("context", "drivers") or bool(
        kb.language.requirement_voice.search(unit.text)
    )


def _describes_options(unit: Unit, kb: KnowledgeBase) -> bool:
    """A row of a table whose every column is headed by a framework
    ("| Flask | Tornado |"): its cells say what each option offers
    ("can handle thousands of concurrent connections"), not what this
    service needs. A table with a column of criteria states needs there."""
    cells = [c for c in unit.head if c]
    return len(cells) >= 2 and all(kb.mentions.fullmatch(c) for c in cells)


def _requirement(
    criterion: Criterion, unit: Unit, kb: KnowledgeBase
) -> tuple[str | int, str, str | None] | None:
    for quantity in criterion.quantities:
        match = _figure(criterion, quantity, unit.text)
        if match:
            amount = _amount(match, quantity)
            if amount is not None:
                size = _level_of(amount, quantity)
                if size != "small" and _ceiling(match, unit.text, kb):
                    continue  # "well under 100 requests per second": not large
                value: str | int = int(amount) if quantity.measure == "people" else size
                return value, size, None
    for level in criterion.levels:
        match = level.pattern.search(unit.text)
        if match is None or _asked(match, unit.text, kb):
            continue
        if negated(match, unit.text, kb):
            if level.negated:
                return level.negated, level.negated, None
            continue
        return level.level, level.level, level.tag
    return None


def _asked(match: re.Match[str], text: str, kb: KnowledgeBase) -> bool:
    """Whether the level phrase is what a question asks ("How easily we can
    swap parts of the framework"): what the criterion means, not a need."""
    return bool(kb.language.asks_before.search(clause_before(text, match.start())))


def _figure(
    criterion: Criterion, quantity: Quantity, text: str
) -> re.Match[str] | None:
    """The first figure of this quantity in the text that no `exclude`
    expression covers: in "moderators (a team of 25) review posts" the team
    is not the one that builds the service."""
    matches = quantity.pattern.finditer(text)
    first = next(matches, None)
    if first is None or criterion.exclude is None:
        return first
    excluded = criterion.exclude.spans(text)
    for match in (first, *matches):
        if not _overlaps(*match.span(), excluded):
            return match
    return None


def _ceiling(match: re.Match[str], text: str, kb: KnowledgeBase) -> bool:
    """Whether the figure is given as a ceiling ("fewer than 40 users")."""
    before = text[max(0, match.start("n") - 30) : match.start("n")]
    return kb.language.ceiling.search(before) is not None


def negated(match: re.Match[str], text: str, kb: KnowledgeBase) -> bool:
    """Whether the clause negates the level phrase: before it ("we do not
    expect heavy traffic") or after it ("real-time updates are not needed"),
    or the sentence puts it in another system ("..., but that is a separate
    service")."""
    return negated_span(match.start(), match.end(), text, kb)


def negated_span(start: int, end: int, text: str, kb: KnowledgeBase) -> bool:
    """`negated`, for the phrase at text[start:end]."""
    negation = kb.language.negation
    leading = _ASIDE.sub(lambda aside: " " * len(aside.group()), text[:start])
    # A phrase that carries its own negation ("no async") is negated again
    # only within its phrase: in "No admin needed, no async" the first "No"
    # is another phrase's.
    breaks = PHRASE_BREAK if negation.search(text[start:end]) else CLAUSE_BREAK
    before = _past_no_items(clause_before(leading, start, breaks)[-_NEGATION_REACH:])
    if negation.search(before):
        return True
    after = clause_after(text, end)[:_NEGATION_REACH]
    if kb.language.negation_after.match(after):
        return True
    rest = text[end : end + _ELSEWHERE_REACH]
    return bool(kb.language.elsewhere.match(rest))


def _past_no_items(before: str) -> str:
    """The text after the last list item that "no" opens ("No admin,")."""
    last = last_match(_NO_ITEM, before)
    return before[last.end() :] if last else before


def _tags(
    criterion: Criterion, level: str, units: list[Unit], kb: KnowledgeBase
) -> tuple[str, ...]:
    tags = []
    for candidate in criterion.levels:
        if candidate.tag and candidate.level == level and candidate.tag not in tags:
            for unit in units:
                match = candidate.pattern.search(unit.text)
                if (
                    match
                    and _states_need(unit, kb)
                    and not negated(match, unit.text, kb)
                ):
                    tags.append(candidate.tag)
                    break
    return tuple(tags)


def _amount(match: re.Match[str], quantity: Quantity) -> float | None:
    number = parse_number(match.group("n"))
    if number is None:
        return None
    groups = match.groupdict()
    if groups.get("times"):  # "two squads of six": twelve people
        times = parse_number(groups["times"])
        if times is None:
            return None
        number *= times
    if groups.get("plus"):  # "3 backend and 2 frontend developers": five
        plus = parse_number(groups["plus"])
        if plus is None:
            return None
        number += plus
    per = groups.get("per")
    if quantity.measure == "requests per day" and per:
        number *= _PER_DAY.get(per.lower(), 1)
    return number if math.isfinite(number) else None


def parse_number(text: str) -> float | None:
    """The figure a phrase gives, or None; a figure beyond a float's range
    ("999999^99") is none."""
    words = " ".join(text.lower().replace(",", "").rstrip("+").split())
    words = _DIGIT_GROUP.sub("", words)  # "10 000"
    if words in _WORDS:
        return float(_WORDS[words])
    match = re.fullmatch(
        r"(\d+(?:\.\d+)?|[a-z ]+?)(?:\s*(?:\^|\*\*)\s*(\d+)|e(\d+))?"
        r"\s*(k|m|hundred|thousand|million|billion)?",
        words,
    )
    if not match:
        return None
    head, power, exponent, unit = match.groups()
    base = float(head) if head[0].isdigit() else _WORDS.get(head.strip())
    if base is None:
        return None
    try:
        if power:  # 10^6
            base **= int(power)
        elif exponent:  # 1e6
            base *= 10 ** int(exponent)
    except OverflowError:
        return None
    value = base * _SCALE.get(unit or "", 1)
    return value if math.isfinite(value) else None


def _level_of(amount: float, quantity: Quantity) -> str:
    if amount >= quantity.large:
        return "large"
    if amount <= quantity.small:
        return "small"
    return "medium"

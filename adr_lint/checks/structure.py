"""The form of one ADR: title, status, date, the sections its template
requires, leftover template text, and MADR's options and outcome."""

from __future__ import annotations

import re
from collections.abc import Iterator

from adr_lint.checks import conventions, leftovers, options, sections
from adr_lint.checks.context import Context
from adr_lint.document import TITLE_NUMBER, Field, Record, dates
from adr_lint.findings import Hit, Rule
from adr_lint.knowledge import Template
from adr_lint.layout import file_number

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]+)?$")
# A date's pattern left in place of the date: "YYYY-MM-DD", "DD/MM/YYYY",
# "JJ.MM.AAAA" (the letters of day, month and year in several languages).
_DATE_PATTERN = re.compile(r"(?i)^(?:[ymdjat]{1,4})(?:\s*[-/.]\s*[ymdjat]{1,4}){1,2}$")
_MONTH_ONLY = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")
_WORDS = re.compile(r"[^\W_]+")
_DATE_TOKEN = re.compile(r"[`*_\[\]]|\s*\(.*\)$|\s+when\b.*$", re.IGNORECASE)
_ISO_IN_WORDS = re.compile(r"(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/.-])")
_LEAD = re.compile(r"^[^\w]+")
# What names another record: a number ("ADR-0005", "#12") or a link.
_REFERENCE = re.compile(r"\d|\]\(")
_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _rule(code: str, name: str, severity: str, summary: str, doc: str) -> Rule:
    return Rule(code, name, "structure", severity, summary, doc)


RULES = (
    _rule(
        "S001",
        "title-missing",
        "error",
        "The ADR has no title.",
        """\
What it does: looks for a level-1 heading (`# 7. Use Kafka`, `# Use Kafka`)
or a front matter `title`.

Why it matters: the title is how an ADR is listed and linked.

Example that passes: `# 7. Use Kafka for events`
Example that fails: a file that starts with `## Status`.""",
    ),
    _rule(
        "S002",
        "title-number-mismatch",
        "warning",
        "The number in the title differs from the number in the file name.",
        """\
What it does: compares `# 7. ...` with `0007-....md` when both carry a
number.

Why it matters: links and indexes use the file name; readers quote the
title.

Example that passes: `# 7. Use Kafka` in `0007-use-kafka.md`
Example that fails: `# 8. Use Kafka` in `0007-use-kafka.md`.""",
    ),
    _rule(
        "S003",
        "status-missing",
        "error",
        "An ADR in Nygard's format has no status.",
        """\
What it does: looks for a `## Status` section (or a `Status:` line) in ADRs
written with Nygard's sections.

Why it matters: without a status a reader cannot tell a proposal from a
decision. (MADR makes the status optional; it is not required there.) A
folder whose other records (at least three) all leave the status out, and
whose README, index or template lays out the sections without a Status,
keeps no status by its own template: a record that follows it passes.

Example that passes: `## Status` followed by `Accepted`
Example that fails: an ADR with Context, Decision and Consequences only.""",
    ),
    _rule(
        "S004",
        "status-unknown",
        "warning",
        "The status is not one of the accepted statuses.",
        """\
What it does: compares the status (case-insensitive; emoji, brackets and
bold tolerated; `Superseded by ...` counts as superseded) with the
configured set, by default proposed, accepted, rejected, deprecated,
superseded. Without a configured set, a translation of one of these and
another word teams use for one of their stages pass too: approved, active,
implemented, draft, in review, on hold, retired... (`status_synonyms` in
the language pack). A status that begins with such a word passes:
`Implemented in March 2024`.

Why it matters: tools filter and render ADRs by status; an unknown word
silently drops an ADR from those views. Set `statuses` in the config to use
your own vocabulary.

Example that passes: `Status: Accepted`
Example that fails: `Status: Someday`.""",
    ),
    _rule(
        "S005",
        "date-missing",
        "warning",
        "A numbered adr-tools style ADR has no date.",
        """\
What it does: ADRs titled `# N. Title`, the adr-tools layout, carry a
`Date:` line; this reports one without. A record laid out as MADR is not
asked (its date is optional, as its status is), whatever its title. A date
under another label
(`Initial date:`, `Last modified:`, `Date created:`, ...) or inside the
status (`Status: Accepted (2024-03-01)`) counts.

Why it matters: the date orders decisions and shows how old the reasoning
is.

Example that passes: `Date: 2024-03-01` under `# 3. Use Django`
Example that fails: `# 3. Use Django` with no date.""",
    ),
    _rule(
        "S006",
        "date-invalid",
        "warning",
        "A date is not an ISO 8601 date (YYYY-MM-DD).",
        """\
What it does: checks every `Date:` field, date section and front matter
`date`: written YYYY-MM-DD, and a day the calendar has.

Why it matters: 09/10/2023 means September in one country and October in
another; ISO dates sort. `2023-02-30` sorts too, but no one decided
anything that day.

Example that passes: `Date: 2023-09-10`
Example that fails: `Date: 09/10/2023`, `Date: 2024-14-40`.""",
    ),
    _rule(
        "S007",
        "section-missing",
        "error",
        "A section the ADR's template requires is missing.",
        """\
What it does: for Nygard ADRs requires Context, Decision and Consequences
(a missing status is S003's); for MADR, Context and Problem Statement,
Considered Options and Decision Outcome. Bold headings, level-3 headings,
plain-text labels, a name in the singular (`## Consequence`) and a heading
that carries its value (`## Decision: use Kafka`) count; so do options kept
under headings of their own, numbered or one each with its pros and cons.

The template is the one with the most evidence: how many of its headings
the record has (MADR needs one of its own, Nygard three of its four); an
adr-tools header, a numbered title with a date line, counts as one more of
Nygard's. A Nygard record with one `## Considered Options` stays Nygard.

Why it matters: each section answers a question reviewers will ask.

Example that passes: a Nygard ADR with all four sections
Example that fails: a Nygard ADR without `## Consequences`.""",
    ),
    _rule(
        "S008",
        "section-empty",
        "warning",
        "A section has a heading but no content.",
        """\
What it does: reports a heading followed directly by another heading of the
same or a higher level. A code block, an image, a table or HTML (other than
a comment) is content.

Why it matters: an empty section is a question left unanswered.

Example that passes: `## Consequences` followed by text
Example that fails: `## Consequences` at the end of the file.""",
    ),
    _rule(
        "S009",
        "template-placeholder",
        "warning",
        "Text left over from the template.",
        """\
What it does: finds placeholders such as MADR's `{short title of solved
problem and solution}` and adr-tools' `The issue motivating this decision,
and any context that influences or constrains the decision.`, a title still
the template's (`# Title`, `# NUMBER. TITLE`), and a value still in its
braces (`status: { proposed }`, which YAML reads as a mapping,
`Date: {YYYY-MM-DD}`). Braces in code, in LaTeX maths (`$\frac{a}{b}$`)
and around data (`{"key": "value"}`) are not placeholders.

Why it matters: placeholder text reads as content and hides what was never
written.

Example that passes: a Context section in your own words
Example that fails: the template sentence left above it.""",
    ),
    _rule(
        "S010",
        "chosen-option-without-reason",
        "warning",
        "`Chosen option:` gives no reason.",
        """\
What it does: reports a MADR `Chosen option: "X"` with no reason: no
`because ...`, no clause after the option (`"X", <reason>`), no sentence
after it and nothing after it in the Decision Outcome or a Rationale.

Why it matters: the reason is the decision record; the choice alone is a
changelog entry.

Example that passes: `Chosen option: "Kafka", because it keeps order per
key.`
Example that fails: `Chosen option: "Kafka"`.""",
    ),
    _rule(
        "S011",
        "too-few-options",
        "warning",
        "A Considered Options section lists fewer than two options.",
        """\
What it does: counts the options of a Considered Options section: its list
items, the data rows of a table, and the headings right under it
(`### Option 1`, `### Kafka`).

Why it matters: a decision with one option considered was not weighed.

Example that passes: two or more options
Example that fails: `## Considered Options` with one bullet.""",
    ),
)


# How complete a record's reasoning is: not asked of a superseded, deprecated
# or rejected record, which is history and will not be written further.
_AUTHORING = frozenset({"S008", "S009", "S010", "S011"})


def check(ctx: Context) -> Iterator[Hit]:
    hits = _form(ctx)
    if ctx.analysis.history:
        hits = (h for h in hits if h.code not in _AUTHORING)
    yield from hits


def _form(ctx: Context) -> Iterator[Hit]:
    record = ctx.analysis.record
    template = sections.detect(record, ctx)
    yield from _title(record, ctx)
    yield from _status(record, template, ctx)
    yield from _dates(record, template)
    yield from sections.check(record, template)
    yield from leftovers.check(ctx)
    yield from options.chosen_without_reason(record)
    yield from options.too_few_options(record, template)


def _title(record: Record, ctx: Context) -> Iterator[Hit]:
    if not record.title:
        yield Hit(
            "S001",
            1,
            "no title: start with `# <number>. <title>` or set a front matter `title`",
        )
        return
    title_number = TITLE_NUMBER.match(record.title)
    in_name = file_number(ctx.record_name)
    if title_number and in_name is not None and int(title_number.group(1)) != in_name:
        yield Hit(
            "S002",
            record.title_line or 1,
            f"the title says {int(title_number.group(1))} "
            f"but the file name says {in_name}",
        )


def _status(record: Record, template: Template | None, ctx: Context) -> Iterator[Hit]:
    status = ctx.analysis.status
    field = record.fields.get("status")
    if status is None:
        if (
            template is not None
            and template.name == "nygard"
            and not (
                ctx.place is not None
                and conventions.keeps_no_status(
                    ctx.place.collection, ctx.path, ctx.kb.language
                )
            )
        ):
            yield Hit(
                "S003",
                record.title_line or 1,
                "no status: add `## Status` with one of " + _allowed(ctx),
            )
        return
    if status in _statuses(ctx) or _relation(ctx, field):
        return
    if ctx.options.statuses or not _another_word_for_one(ctx, field, status):
        line = field.line if field else 1
        written = field.value if field else status
        meant = _close_to(status, _statuses(ctx))
        if meant:  # "Superceded by", "Depreciated": one of them, misspelt
            yield Hit(
                "S004", line, f"status '{written}' looks misspelt: write '{meant[0]}'"
            )
            return
        yield Hit("S004", line, f"status '{written}' is not one of {_allowed(ctx)}")


def _relation(ctx: Context, field: Field | None) -> bool:
    """A status that only relates the record to another ("Supersedes
    ADR-0005", "Amends [3. Use Postgres](0003-use-postgres.md)"): the
    relation is written where the stage goes, and names the record."""
    if field is None or not _REFERENCE.search(field.value):
        return False
    value = _LEAD.sub("", field.value)
    language = ctx.kb.language
    return bool(language.relates.match(value) or language.supersedes.match(value))


def _another_word_for_one(ctx: Context, field: Field | None, status: str) -> bool:
    """A status in another language ("aceito") or another word for a stage
    ("Approved", "In review", "Implemented in 2024")."""
    language = ctx.kb.language
    if status in language.translated_statuses:
        return True
    words = _WORDS.findall((field.value if field else status).lower())
    return any(tuple(words[: len(s)]) == s for s in language.status_synonyms)


def _close_to(status: str, allowed: tuple[str, ...]) -> list[str]:
    """The allowed status a misspelt one is closest to, if any is close."""
    import difflib  # only for a status that is not allowed: rare

    return difflib.get_close_matches(status, allowed, n=1, cutoff=0.8)


def _statuses(ctx: Context) -> tuple[str, ...]:
    return ctx.options.statuses or ctx.kb.language.statuses


def _allowed(ctx: Context) -> str:
    return ", ".join(_statuses(ctx))


def _dates(record: Record, template: Template | None) -> Iterator[Hit]:
    field = record.fields.get("date")
    if field is None:
        # The numbered title is adr-tools' mark, but a MADR record numbered
        # in its title ("# 0011-Remote-Access") still follows MADR.
        madr = template is not None and template.name == "madr"
        if sections.numbered(record) and not madr:
            yield Hit(
                "S005",
                record.title_line or 1,
                "no date: add `Date: YYYY-MM-DD` under the title",
            )
        return
    value = _DATE_TOKEN.sub("", field.value).strip()
    if not value or leftovers.is_braced(value):
        return  # a template's `{YYYY-MM-DD}` is S009's
    # "2026-07-26 (original), revised 2026-08-14", "Opened 2026-08-08": an
    # ISO date with words around it is ISO; its first is the record's date.
    iso = _ISO_DATE.match(value) or _ISO_IN_WORDS.search(value)
    if not iso:
        yield Hit("S006", field.line, _not_iso(field.value, value))
        return
    problem = _not_in_calendar(*(int(part) for part in iso.groups()))
    if problem:
        yield Hit(
            "S006",
            field.line,
            f"date '{field.value}' is not a calendar date: {problem}",
        )


def _not_iso(written: str, value: str) -> str:
    if _DATE_PATTERN.match(value):
        return (
            f"date '{written}' is still the template's placeholder:"
            " write the day of the decision as YYYY-MM-DD"
        )
    if _MONTH_ONLY.match(value):
        # ISO 8601 too, at a month's precision; a record is dated by the day
        return f"date '{written}' names no day: write YYYY-MM-DD"
    # "31/06/2016": written another way, and no day of the calendar
    read = dates.numeric(" ".join(value.split()))
    problem = _not_in_calendar(*read) if read else None
    if problem:
        return (
            f"date '{written}' is not a calendar date: {problem};"
            " write the real one as YYYY-MM-DD"
        )
    return f"date '{written}' is not an ISO 8601 date: write YYYY-MM-DD"


def _not_in_calendar(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return f"there is no month {month:02d}"
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    days = 29 if month == 2 and leap else _DAYS[month - 1]
    if not 1 <= day <= days:
        return f"month {month:02d} of {year} has {days} days"
    return None

"""Rules about an ADR among its siblings: its file name and its number.

The siblings are read from the ADR's folder on disk, not taken from the
files of this run: pre-commit passes only the files a commit changes (and
splits long lists over several calls), so a rule about the folder must look
at the folder itself. Which files of the folder are records, and what name
a record kept as a folder goes by, is `layout`'s to say. Links between
records are `links`'s rules.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from adr_lint import layout
from adr_lint.checks.context import Context
from adr_lint.document import parse, source
from adr_lint.findings import Hit, Rule
from adr_lint.layout import Place, file_number

__all__ = ["RULES", "check", "file_number"]


def _rule(
    code: str, name: str, severity: str, summary: str, doc: str, *, default: bool = True
) -> Rule:
    return Rule(code, name, "repository", severity, summary, doc, default)


RULES = (
    _rule(
        "R001",
        "file-name",
        "warning",
        "The file name does not follow the ADR naming convention.",
        """\
What it does: accepts `NNNN-slug.md` and its usual variants (`adr-007-x.md`,
`007_x.md`) and date-prefixed names (`20200924-x.md`, `2023-06-30-x.md`), or
the `file-name-pattern` of the configuration. A folder's own numbering is
accepted too when most of its records (at least three) follow it: two-digit
`01-slug.md`, numbers never zero-padded (`7-slug.md`), names that are their
numbers alone (`ADR_007.md`, `007.md`), or no numbers at all in a folder
where most records carry none (`drupal-9.md`). A record kept as a
folder is named by its folder: `0007-use-kafka/README.md` is checked as
`0007-use-kafka.md`.

Why it matters: tools number, sort and link ADRs by file name.

Example that passes: `0007-use-kafka.md`
Example that fails: `Use Kafka.md`""",
    ),
    _rule(
        "R002",
        "duplicate-number",
        "error",
        "Another ADR in the folder has the same number.",
        """\
What it does: compares this file's number with the numbers of every ADR file
in its folder. A record kept as a folder counts once, under its folder's
number; templates, index pages and a record's annexes are not ADRs.

Why it matters: "see ADR 7" must mean one record; duplicates come from
branches created in parallel.

Example that passes: `0007-use-kafka.md` alone with number 7
Example that fails: `0007-use-kafka.md` and `0007-use-redis.md`""",
    ),
    _rule(
        "R003",
        "numbering-gap",
        "warning",
        "The ADR before this one in the numbering is missing.",
        """\
What it does: reports a number N when no ADR numbered N-1 exists, above the
lowest number in the folder. Select it with `--extend-select R003`.

Why it matters: a gap may be a deleted record that others still cite. Many
teams allow gaps, so the rule is off unless selected.

Example that passes: 0001, 0002, 0003
Example that fails: 0001, 0002, 0004""",
        default=False,
    ),
)


def check(ctx: Context) -> Iterator[Hit]:
    yield from _file_name(ctx)
    if ctx.place is not None:  # text without a file has no siblings
        yield from _numbering(ctx, ctx.place)


def _file_name(ctx: Context) -> Iterator[Hit]:
    if ctx.path is None:
        return  # text that is no file (standard input with no name) has no name
    name = ctx.record_name
    pattern = ctx.options.file_name_pattern
    if ctx.place is not None:
        ok = layout.name_follows_convention(
            name, ctx.place.collection, ctx.kb.language, pattern
        )
    elif pattern:  # a name with no folder (standard input): its convention alone
        ok = re.search(pattern, name) is not None
    else:
        ok = ctx.kb.language.file_names.search(name) is not None
    if not ok:
        yield _misnamed(name, folder=name != ctx.file_name, pattern=pattern)


def _misnamed(name: str, *, folder: bool, pattern: str | None) -> Hit:
    """The convention and how to rename; the name is on the line already."""
    what = "folder name" if folder else "file name"
    if pattern:
        message = f"{what} does not match file-name-pattern '{pattern}'; rename it"
    else:
        form = "NNNN-slug" if folder else "NNNN-slug.md"
        message = (
            f"{what} is not {form}; rename it to a number (or date) and a slug, "
            f"e.g. 0007-use-kafka{'' if folder else '.md'}"
        )
    shown = name.rsplit(".", 1)[0] if folder else name
    return Hit("R001", 1, message, detail=f"'{shown}' does not follow the convention")


def _numbering(ctx: Context, where: Place) -> Iterator[Hit]:
    mine = file_number(ctx.record_name)
    if mine is None:
        return
    folder = layout.siblings(where.collection, ctx.kb.language)
    own = os.path.abspath(ctx.path or "")
    twins = [
        s.shown
        for s in folder.numbers.get(mine, ())
        if s.path != own and _is_record(s.path, ctx)
    ]
    if twins:
        yield Hit("R002", 1, f"number {mine} is also used by {', '.join(twins)}")
    lowest = folder.lowest
    if lowest is not None and mine > lowest and mine - 1 not in folder.numbers:
        yield Hit("R003", 1, f"no ADR numbered {mine - 1} in this folder")


def _is_record(path: str, ctx: Context) -> bool:
    """Whether a sibling named like a record is one by its content too (a
    template numbered 0000 is not): read only when its number is this one's."""
    text, _problem = source.read(path)
    if text is None or not text.strip():
        return True
    language = ctx.kb.language
    doc = parse(text, os.path.basename(path), language.sections)
    return layout.verdict(doc, layout.place(path, language), language) is None

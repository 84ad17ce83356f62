"""Rules about an ADR among its siblings: file names, numbering, supersede
links and links to other ADRs.

The siblings are read from the ADR's folder on disk, not taken from the
files of this run: pre-commit passes only the files a commit changes (and
splits long lists over several calls), so a rule about the folder must look
at the folder itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from adr_lint.checks.context import Context
from adr_lint.document import source
from adr_lint.findings import Hit, Rule

_NUMBER = re.compile(r"^(?:adr[-_]?)?(\d{1,5})[-_]", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_DATED = re.compile(r"^\d{4}-?\d{2}-?\d{2}[-_]")
_SUPERSEDED = re.compile(r"\bsuperseded\b", re.IGNORECASE)
_SUPERSEDES = re.compile(r"\bsupersed(?:es|ing)\b|\breplaces\b", re.IGNORECASE)
_MENTIONED_NUMBER = re.compile(
    r"(?:adr|#|record)\s*[-#]?\s*0*(\d{1,5})\b", re.IGNORECASE
)
SUFFIXES = (".md", ".markdown")


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
the `file-name-pattern` of the configuration.

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
in its folder.

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
    _rule(
        "R004",
        "supersede-target-missing",
        "error",
        "The ADR named as superseding this one does not exist.",
        """\
What it does: follows the link on a `Superseded by` status (or front matter
`superseded-by`) and checks that the file is there.

Why it matters: a superseded ADR is read to find its successor.

Example that passes: `Superseded by [ADR 9](0009-use-redis.md)` with that file present
Example that fails: the same link after the file was renamed""",
    ),
    _rule(
        "R005",
        "supersede-one-way",
        "warning",
        "The successor does not say that it supersedes this ADR.",
        """\
What it does: when A is superseded by B, checks that B mentions A (its file
name or number) near "Supersedes".

Why it matters: a reader who starts at the new ADR should find the history.

Example that passes: B says `Supersedes [ADR 7](0007-use-kafka.md)`
Example that fails: B never mentions A""",
    ),
    _rule(
        "R006",
        "superseded-without-successor",
        "warning",
        "A superseded ADR does not name its successor.",
        """\
What it does: reports a `Superseded` status with no link or number of the ADR
that replaced it.

Why it matters: "superseded" without "by what" is a dead end.

Example that passes: `Superseded by [ADR 9](0009-use-redis.md)`
Example that fails: `Status: Superseded`""",
    ),
    _rule(
        "R007",
        "broken-adr-link",
        "error",
        "A relative link to another Markdown file does not resolve.",
        """\
What it does: checks every relative link to a `.md` file inside the ADR
folder (fragments and query strings ignored) against the file system. Links
that leave the folder point at other documentation and are not judged.

Why it matters: ADRs cite each other; a broken link loses the reasoning
chain.

Example that passes: `[ADR 3](0003-use-postgres.md)` with that file present
Example that fails: `[ADR 3](0003-use-postgress.md)`""",
    ),
)


def check(ctx: Context) -> Iterator[Hit]:
    yield from _file_name(ctx)
    if ctx.path is None:
        return  # text without a file: nothing to compare it with
    folder = os.path.dirname(os.path.abspath(ctx.path))
    yield from _numbering(ctx, folder)
    yield from _links(ctx, folder)
    yield from _supersede(ctx, folder)


def _file_name(ctx: Context) -> Iterator[Hit]:
    name = ctx.file_name
    pattern = ctx.options.file_name_pattern
    ok = (
        re.search(pattern, name) if pattern else ctx.kb.language.file_names.search(name)
    )
    if not ok:
        yield Hit(
            "R001",
            1,
            f"file name '{name}' does not follow NNNN-slug.md or the set pattern",
        )


class Folder(NamedTuple):
    """The ADR files of a folder by number, and the lowest number."""

    numbers: dict[int, tuple[str, ...]]
    lowest: int | None


@lru_cache(maxsize=256)
def siblings(folder: str) -> Folder:
    """The folder's ADR files, read once per folder and run."""
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith(SUFFIXES))
    except OSError:
        return Folder({}, None)
    index: dict[int, list[str]] = {}
    for name in names:
        number = file_number(name)
        if number is not None:
            index.setdefault(number, []).append(name)
    return Folder(
        {number: tuple(found) for number, found in index.items()},
        min(index, default=None),
    )


def file_number(name: str) -> int | None:
    """The ADR number in a file name; a date prefix (log4brains) is not one."""
    if _DATED.match(name):
        return None
    match = _NUMBER.match(name)
    return int(match.group(1)) if match else None


def _numbering(ctx: Context, folder: str) -> Iterator[Hit]:
    mine = file_number(ctx.file_name)
    if mine is None:
        return
    numbers, lowest = siblings(folder)
    twins = [n for n in numbers.get(mine, ()) if n != ctx.file_name]
    if twins:
        yield Hit("R002", 1, f"number {mine} is also used by {', '.join(twins)}")
    if lowest is not None and mine > lowest and mine - 1 not in numbers:
        yield Hit("R003", 1, f"no ADR numbered {mine - 1} in this folder")


def _links(ctx: Context, folder: str) -> Iterator[Hit]:
    for link in ctx.doc.links:
        target = _local_markdown(link.target)
        if target is not None and not os.path.exists(os.path.join(folder, target)):
            yield Hit(
                "R007",
                link.line,
                f"link to '{link.target}' does not resolve",
                column=link.column,
            )


def _local_markdown(target: str, *, anywhere: bool = False) -> str | None:
    """The relative path of a link to a Markdown file in the ADR folder (or,
    with `anywhere`, wherever it leads); None for any other link."""
    if _SCHEME.match(target) or target.startswith("//"):
        return None  # https:, mailto:, protocol-relative
    path = target.split("#", 1)[0].split("?", 1)[0]
    if "%" in path:
        from urllib.parse import unquote  # rare; kept off the start-up path

        path = unquote(path)
    inside = anywhere or (not path.startswith(("/", "../")) and "/../" not in path)
    return path if path and inside and path.lower().endswith(SUFFIXES) else None


def _supersede(ctx: Context, folder: str) -> Iterator[Hit]:
    field = ctx.analysis.record.fields.get(
        "superseded-by"
    ) or ctx.analysis.record.fields.get("status")
    if field is None or not _SUPERSEDED.search(
        field.value if field.key == "status" else "superseded"
    ):
        return
    targets = [
        t
        for link in ctx.doc.links
        if link.line == field.line
        and (t := _local_markdown(link.target, anywhere=True))
    ]
    if field.key == "superseded-by" and field.value.lower().endswith(SUFFIXES):
        targets.append(field.value)
    if not targets:
        if not _MENTIONED_NUMBER.search(field.value) and not re.search(
            r"\d", field.value
        ):
            yield Hit(
                "R006",
                field.line,
                "superseded by which ADR? write `Superseded by [ADR N](NNNN-x.md)`",
            )
        return
    for target in targets:
        path = os.path.join(folder, target)
        text, _problem = source.read(path)
        if text is None:
            if not os.path.exists(path):
                yield Hit(
                    "R004",
                    field.line,
                    f"superseded by '{target}', which does not exist",
                )
            continue
        if not _mentions(text, ctx.file_name):
            yield Hit(
                "R005",
                field.line,
                f"'{target}' does not say that it supersedes {ctx.file_name}",
            )


def _mentions(text: str, name: str) -> bool:
    if name in text or name.rsplit(".", 1)[0] in text:
        return True
    number = file_number(name)
    if number is None:
        return False
    for match in _SUPERSEDES.finditer(text):
        window = text[match.end() : match.end() + 120]
        if any(int(m.group(1)) == number for m in _MENTIONED_NUMBER.finditer(window)):
            return True
    return False

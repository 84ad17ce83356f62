"""Rules about the links between records: links to other ADRs resolve,
and a superseded ADR names a successor that exists and names it back.

Links are resolved from the ADR's folder on disk; a record kept as a folder
links among the records of the folder that holds it (`layout`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache

from adr_lint import layout
from adr_lint.checks.context import Context
from adr_lint.document import source
from adr_lint.document.blocks import Link
from adr_lint.findings import Hit, Rule
from adr_lint.knowledge import Language
from adr_lint.knowledge.lazyre import Lazy
from adr_lint.layout import Place, file_number

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_SUPERSEDED = re.compile(r"\bsuperseded\b", re.IGNORECASE)
_MENTIONED_NUMBER = re.compile(
    r"(?:adr|#|record)\s*[-#]?\s*0*(\d{1,5})\b", re.IGNORECASE
)
# A number standing alone in a list after "supersedes": "ADRs 3 and 4",
# "0004, 0007". Not a date's or a version's part ("2024-03-01", "1.2").
_LISTED_NUMBER = re.compile(
    r"(?:^|(?<=[\s,(\[&/]))0*(\d{1,5})(?=$|[\s,;:)\]&/]|\.(?!\d))"
)
# A number or a link: what names another record.
_REFERENCE = re.compile(r"\d|\]\(|\.md\b")
# Records a folder must hold saying they are superseded, none naming what it
# supersedes, before its convention counts as one-way.
ONE_WAY_EVIDENCE = 3
# Where the words after "supersedes" stop naming records.
_CLAUSE_END = re.compile(r"\.\s|\n\s*\n|;")
SUFFIXES = (".md", ".markdown")


def _rule(code: str, name: str, severity: str, summary: str, doc: str) -> Rule:
    return Rule(code, name, "repository", severity, summary, doc)


RULES = (
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
that replaced it, or naming a number that two records of the folder share.
A successor named by number alone ("Superseded by ADR 25") is looked up in
the folder and checked like a link (R005).

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
What it does: checks every relative link to a `.md` file (fragments and
query strings ignored) against the file system: inside the ADR folder, and
anywhere in the repository when the ADR folder is in a git checkout (outside
one, the rest of the repository may simply not be there). For a record kept
as a folder (`0007-use-kafka/README.md`), the ADR folder is the one holding
the records' folders, so `../0006-use-redis/README.md` is judged. Site
generators' own forms (`@/…`, `{{< ref … >}}`, `{% link … %}`) and links
without a file extension (a site's page ids) are theirs to resolve.

Why it matters: ADRs cite each other; a broken link loses the reasoning
chain.

Example that passes: `[ADR 3](0003-use-postgres.md)` with that file present
Example that fails: `[ADR 3](0003-use-postgress.md)`""",
    ),
)


def check(ctx: Context) -> Iterator[Hit]:
    if ctx.place is not None:  # text without a file links nowhere
        yield from _links(ctx, ctx.place)
        yield from _supersede(ctx)


def _links(ctx: Context, where: Place) -> Iterator[Hit]:
    """Links to Markdown files, resolved from the file's folder and judged
    when they stay among the records (for a record kept as a folder, among
    the folder holding it and its siblings) or, where the repository's root
    is known, anywhere inside the repository."""
    here = os.path.dirname(os.path.abspath(ctx.path or ""))
    scopes = [os.path.abspath(where.collection)]
    root = repository_root(here)
    if root is not None:
        scopes.append(root)
    for link in ctx.doc.links:
        target = _local_target(link.target)
        if target is None or target.startswith("/") or not _is_markdown(target):
            continue  # a site-absolute path: the site's to resolve
        if _PLACEHOLDER_TARGET.match(os.path.basename(target)):
            continue  # the template's example ("yyyymmdd-xxx.md"): S009's
        full = os.path.normpath(os.path.join(here, target))
        inside = any(_within(full, scope) for scope in scopes)
        if inside and not os.path.exists(full):
            yield _broken(link, _where_it_is(ctx, where, here, os.path.basename(full)))


# A template's example target, not a record's: MADR's "yyyymmdd-xxx.md",
# "NNNN-xxx.md", "xxx.md", "0000-slug.md".
_PLACEHOLDER_TARGET = re.compile(
    r"^(?:y{2,4}-?m{2}-?d{2}|n{3,4}|x{3,4}|0{3,4}|#{3,4})(?:[-_](?:x+|slug|title|name))?\.md$"
    r"|^x{3,}\.md$",
    re.IGNORECASE,
)


def _broken(link: Link, moved: str | None) -> Hit:
    if moved is None:
        message = f"link to '{link.target}' does not resolve"
        return Hit("R007", link.line, message, column=link.column)
    # The file name is the link's own: the folder says where to point it.
    folder = moved.rsplit("/", 1)[0] + "/" if "/" in moved else "./"
    return Hit(
        "R007",
        link.line,
        f"'{link.target}' does not resolve; it is in '{folder}'",
        column=link.column,
        detail=f"the record '{link.target}' names is at '{moved}': link there",
    )


def _where_it_is(ctx: Context, where: Place, here: str, name: str) -> str | None:
    """Where a record of that file name is, when one is among the siblings
    (a record kept as a folder linked as if it were a file beside this one)."""
    if layout.identity(name.rsplit(".", 1)[0]) is None:
        return None  # README.md, index.md: no one record's name
    found = _file_names(layout.siblings(where.collection, ctx.kb.language)).get(name)
    if found is None:
        return None
    return os.path.relpath(found, here).replace(os.sep, "/")


# The siblings of a folder by file name, for as long as that listing lives
# (the listing is cached per run; a folder of a thousand records with many
# broken links would otherwise be scanned once for each).
_FILE_NAMES: dict[int, tuple[layout.Records, dict[str, str]]] = {}


def _file_names(records: layout.Records) -> dict[str, str]:
    found = _FILE_NAMES.get(id(records))
    if found is None or found[0] is not records:
        index = {
            os.path.basename(s.path): s.path
            for group in records.numbers.values()
            for s in group
        }
        if len(_FILE_NAMES) >= 64:
            _FILE_NAMES.clear()
        found = _FILE_NAMES[id(records)] = (records, index)
    return found[1]


def _within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def repository_root(folder: str) -> str | None:
    """The checkout that holds `folder` (the nearest folder upwards with a
    `.git`), or None: then links leaving the ADR folder are not judged, as
    the files they point at may simply not be here."""
    return _root(os.path.abspath(folder))


@lru_cache(maxsize=256)
def _root(folder: str) -> str | None:
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _is_markdown(path: str) -> bool:
    # An extensionless link may be a site's page: not ours to judge.
    return path.lower().endswith(SUFFIXES)


def _local_target(target: str) -> str | None:
    """The path of a relative link to a Markdown file or to a folder named
    like a record; None for any other link."""
    if _SCHEME.match(target) or target.startswith("//"):
        return None  # https:, mailto:, protocol-relative
    if target.startswith("@") or "{{" in target or "{%" in target:
        return None  # a site generator's own form: Zola's @/, Hugo's ref
    path = target.split("#", 1)[0].split("?", 1)[0]
    if "%" in path:
        from urllib.parse import unquote  # rare; kept off the start-up path

        path = unquote(path)
    if _is_markdown(path) or (path and layout.names_a_record(path)):
        return path
    return None


def _supersede(ctx: Context) -> Iterator[Hit]:
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
        if link.line == field.line and (t := _local_target(link.target))
    ]
    if field.key == "superseded-by" and field.value.lower().endswith(SUFFIXES):
        targets.append(field.value)
    if not targets:
        mentioned = _MENTIONED_NUMBER.search(field.value)
        if mentioned is not None and ctx.place is not None:
            yield from _successor_by_number(ctx, field.line, int(mentioned.group(1)))
        elif mentioned is None and not re.search(r"\d", field.value):
            yield Hit(
                "R006",
                field.line,
                "superseded by which ADR? write `Superseded by [ADR N](NNNN-x.md)`",
            )
        return
    folder = os.path.dirname(os.path.abspath(ctx.path or ""))
    for target in targets:
        yield from _successor(ctx, field.line, target, os.path.join(folder, target))


def _successor_by_number(ctx: Context, line: int, number: int) -> Iterator[Hit]:
    """ "Superseded by ADR 25" with no link: the record of that number among
    the siblings, when there is exactly one. None is no finding (it may be
    another folder's); two are ambiguous."""
    assert ctx.place is not None
    found = layout.siblings(ctx.place.collection, ctx.kb.language).numbers.get(
        number, ()
    )
    others = [s for s in found if s.name != ctx.record_name]
    if len(others) == 1:
        yield from _successor(ctx, line, others[0].shown, others[0].path)
    elif len(others) > 1:
        names = " and ".join(s.shown for s in others[:2])
        yield Hit(
            "R006",
            line,
            f"superseded by ADR {number}, but {names} both have that number: link one",
        )


def _successor(ctx: Context, line: int, target: str, path: str) -> Iterator[Hit]:
    """R004 when the successor named is not there, R005 when it does not
    name this record back. A link to a record kept as a folder reads the
    file that holds it."""
    if os.path.isdir(path):
        path = layout.record_main(os.path.normpath(path)) or path
    text, _problem = source.read(path)
    if text is None:
        if not os.path.exists(path):
            yield Hit("R004", line, f"superseded by '{target}', which does not exist")
        return
    name = ctx.record_name
    if not _mentions(text, name, ctx.kb.language.supersedes) and not _one_way(ctx):
        yield Hit(
            "R005",
            line,
            f"'{target}' does not say it supersedes this ADR",
            detail=f"{target} should say: Supersedes [{name}]({name})",
        )


def _one_way(ctx: Context) -> bool:
    """Whether the folder's own convention links supersede one way only:
    at least `ONE_WAY_EVIDENCE` of its records say they are superseded and
    none names a record it supersedes. Such a folder's successors are not
    told to name their predecessors (R005); a folder with fewer superseded
    records is held to the two-way convention adr-tools writes."""
    if ctx.place is None:
        return False
    return _one_way_folder(ctx.place.collection, ctx.kb.language)


@lru_cache(maxsize=64)
def _one_way_folder(collection: str, language: Language) -> bool:
    superseded = 0
    for found in layout.siblings(collection, language).numbers.values():
        for sibling in found:
            text, _problem = source.read(sibling.path)
            if text is None:
                continue
            if _names_predecessor(text, language.supersedes):
                return False
            superseded += bool(_SUPERSEDED.search(text))
    return superseded >= ONE_WAY_EVIDENCE


def _names_predecessor(text: str, supersedes: Lazy) -> bool:
    """Whether a record says which record it supersedes: a number or a link
    in the clause after "supersedes"."""
    return any(_REFERENCE.search(c) for c in _supersede_clauses(text, supersedes))


def _supersede_clauses(text: str, supersedes: Lazy) -> Iterator[str]:
    """The words after each "supersedes" / "replaces", to the clause's end."""
    for match in supersedes.finditer(text):
        window = text[match.end() : match.end() + 120]
        end = _CLAUSE_END.search(window)
        yield window[: end.start()] if end else window


def _mentions(text: str, name: str, supersedes: Lazy) -> bool:
    """Whether the successor's text names this record: its file name, or
    its number after a word saying it supersedes ("Supersedes ADR 4",
    "replaces ADRs 3 and 4")."""
    if name in text or name.rsplit(".", 1)[0] in text:
        return True
    number = file_number(name)
    if number is None:
        return False
    for clause in _supersede_clauses(text, supersedes):
        found = (*_MENTIONED_NUMBER.finditer(clause), *_LISTED_NUMBER.finditer(clause))
        if any(int(m.group(1)) == number for m in found):
            return True
    return False

"""What an ADR folder shows of its habits: how it names records (`naming`),
the number the next one takes, the template its records and template
files follow, and whether its titles carry the number."""

from __future__ import annotations

import os
from collections import Counter
from typing import NamedTuple, TypeVar

from adr_lint import document
from adr_lint.authoring import naming
from adr_lint.checks import sections
from adr_lint.checks.context import Context, Options
from adr_lint.document import TITLE_NUMBER, source
from adr_lint.knowledge import KnowledgeBase
from adr_lint.reading.analysis import analyse

T = TypeVar("T")
SUFFIXES = (".md", ".markdown")
# Where adr-tools keeps a folder's own template, beside the records.
TEMPLATE_DIRS = ("", "templates")


class TitleNumber(NamedTuple):
    """How a title carries its number: `7. `, `ADR-007: `, `0007 - `."""

    before: str = ""
    width: int = 1  # zero-padded to this many digits; 1: not padded
    after: str = ". "

    def format(self, number: int, title: str) -> str:
        return f"{self.before}{number:0{self.width}d}{self.after}{title}"


class Survey(NamedTuple):
    naming: naming.Naming
    number: int  # the next free one
    template: str | None  # nygard | madr, from a template file or the records
    numbered_titles: bool | None  # None: no record says
    title_number: TitleNumber = TitleNumber()


# The file that is the record, in a folder named for it (`0015-x/README.md`).
INNER = ("readme.md", "index.md")


def survey(folder: str, kb: KnowledgeBase) -> Survey:
    files = _markdown(folder)
    named = [(f, n) for f in files if (n := naming.parse(f)) is not None]
    named += _in_folders(folder)
    records = [n for _, n in named]
    newest = [
        os.path.join(folder, f)
        for f, _ in sorted(named, key=lambda p: (p[1].date or "", p[1].number or 0))
    ][-naming.NEWEST :]
    read = [t for t in (_template_and_title(p, kb) for p in newest) if t]
    templates = [t for t, _ in read if t]
    shapes = [shape for _, shape in read if shape]
    return Survey(
        naming.detect(records),
        naming.next_number(records),
        _template_file(folder, kb) or _most(templates),
        _most([shape is not None for _, shape in read]),
        _most(shapes) or TitleNumber(),
    )


def _in_folders(folder: str) -> list[tuple[str, naming.Name]]:
    """Records kept in a folder of their own, beside their attachments: the
    folder named by the number and the record by number and slug
    (`0015/0015-x.md`), or the folder named as a record and the record its
    README or index (`0015-x/README.md`)."""
    out = []
    for sub in _folders(folder):
        inside = _markdown(os.path.join(folder, sub))
        if sub.isdigit():
            for name in inside:
                found = naming.parse(name)
                if found and found.number == int(sub):
                    votes = found.votes | {"folders": "number"}
                    out.append((os.path.join(sub, name), found._replace(votes=votes)))
                    break
            continue
        found = naming.parse(f"{sub}.md")
        inner = next((n for n in inside if n.lower() in INNER), None)
        if found and inner and found.number is not None:
            votes = found.votes | {"folders": "stem", "inner": inner}
            out.append((os.path.join(sub, inner), found._replace(votes=votes)))
    return out


def _folders(folder: str) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(
        n for n in names if n[:1].isdigit() and os.path.isdir(os.path.join(folder, n))
    )


def _markdown(folder: str) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(
        n
        for n in names
        if n.lower().endswith(SUFFIXES)
        and not n.startswith(".")
        and os.path.isfile(os.path.join(folder, n))
    )


def _template_file(folder: str, kb: KnowledgeBase) -> str | None:
    """The template of the folder's own template file (`template.md`,
    `adr-template.md`, `templates/template.md`, ...), when it has one."""
    for sub in TEMPLATE_DIRS:
        place = os.path.join(folder, sub)
        for name in _markdown(place):
            if naming.is_page(name) and "template" in naming.page_words(name):
                found = _template_and_title(os.path.join(place, name), kb)
                if found and found[0]:
                    return found[0]
    return None


def _template_and_title(
    path: str, kb: KnowledgeBase
) -> tuple[str | None, TitleNumber | None] | None:
    """The template a file's headings follow (None: neither), and how its
    title carries its number (None: it does not); None for a file that
    cannot be read."""
    data, _problem = source.read(path)
    if not data or not data.strip():
        return None
    doc = document.parse(data, path, kb.language.sections)
    ctx = Context(doc, analyse(doc, kb), kb, Options(), path)
    template = sections.detect(doc.record, ctx)
    return (template.name if template else None), title_number(doc.record.title)


def title_number(title: str | None) -> TitleNumber | None:
    found = TITLE_NUMBER.match(title or "")
    if found is None or title is None:
        return None
    digits = found.group(1)
    after = title[found.end(1) : found.end()]
    rest = title[found.end() :]
    after += rest[: len(rest) - len(rest.lstrip())]
    padded = len(digits) if digits.startswith("0") else 1
    return TitleNumber(title[: found.start(1)], padded, after)


def _most(values: list[T]) -> T | None:
    """The most frequent value; of those tied, the last (the newest)."""
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in reversed(values) if counts[v] == best)

"""How a folder's records refer to one another, so that a line a fix adds
reads like the ones its authors wrote.

A reference is a Markdown link to a record whose text is the record's
title (`[7. Use Kafka](0007-use-kafka.md)`, as adr-tools writes it), its
file name with or without `.md` (as log4brains does), or its number with a
short prefix (`[ADR-0007](0007-use-kafka.md)`, zero-padded alike). The
form is learned from the `Supersedes` lines already in the folder, the
most used first; else from the link that names the successor in the
superseded record itself; else it is the title.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from typing import NamedTuple

from adr_lint.checks.links import SUFFIXES
from adr_lint.fixes.files import Files
from adr_lint.fixes.title_number import written_like
from adr_lint.layout import file_number

# A line that starts (after list or bold markup) with "Supersedes", then a link.
_SUPERSEDES_LINE = re.compile(
    r"^[^\w\n]{0,6}(supersedes)(\s*:)?[*_]*\s*\[((?:[^\[\]\\]|\\.)+)\]\(([^)\s]+)\)",
    re.IGNORECASE | re.MULTILINE,
)
# A link text that is a number with a short prefix: "ADR-0007", "#7", "0007".
_NUMBERED = re.compile(r"^([^\d\s\[\]]{0,12}[\s#:-]*)(\d+)(\W{0,3})$")
_MARKUP = re.compile(r"[*_`\\]")


class Record(NamedTuple):
    path: str
    number: int | None
    title: str | None  # as link text: the heading as written

    @property
    def name(self) -> str:
        return os.path.basename(self.path)


class Form(NamedTuple):
    """How a reference's link text is made from the record it names."""

    kind: str  # title | stem | name | number
    before: str = ""  # for a number: what stands before and after it
    width: str = ""  # a number as written ("0007": zero-padded to 4)
    after: str = ""


class Convention(NamedTuple):
    keyword: str  # "Supersedes" or "supersedes:", as the folder writes it
    form: Form


def record(path: str, title: str | None) -> Record:
    return Record(path, file_number(os.path.basename(path)), title)


def form_of(text: str, named: Record) -> Form | None:
    """The form of a link text that names `named`, if it has one."""
    bare = " ".join(_MARKUP.sub("", text).split()).casefold()
    stem = named.name.rsplit(".", 1)[0]
    if (
        named.title
        and bare == " ".join(_MARKUP.sub("", named.title).split()).casefold()
    ):
        return Form("title")
    if text == stem:
        return Form("stem")
    if text == named.name:
        return Form("name")
    numbered = _NUMBERED.match(text)
    if numbered and named.number is not None and int(numbered[2]) == named.number:
        return Form("number", numbered[1], numbered[2], numbered[3])
    return None


def link_text(form: Form, named: Record) -> str | None:
    if form.kind == "number":
        if named.number is None:
            return None
        return form.before + written_like(named.number, form.width) + form.after
    if form.kind == "title":
        return named.title
    return named.name.rsplit(".", 1)[0] if form.kind == "stem" else named.name


def folder_convention(folder: str, files: Files) -> Convention | None:
    """The most used form of the folder's `Supersedes` lines."""
    return files.memo("supersedes", folder, lambda: _learn(folder, files))


def _learn(folder: str, files: Files) -> Convention | None:
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith(SUFFIXES))
    except OSError:
        return None
    seen: Counter[Convention] = Counter()
    for name in names:
        text = files.text(os.path.join(folder, name))
        if not text or "upersedes" not in text:
            continue
        for line in _SUPERSEDES_LINE.finditer(text):
            keyword, colon, shown, target = line.groups()
            named = _named(folder, target, files)
            found = form_of(shown, named) if named else None
            if found:
                seen[Convention(keyword + (":" if colon else ""), found)] += 1
    return seen.most_common(1)[0][0] if seen else None


def _named(folder: str, target: str, files: Files) -> Record | None:
    """The record a link in the folder leads to, with its title."""
    path = os.path.normpath(os.path.join(folder, target.split("#", 1)[0]))
    text = files.text(path) if path.lower().endswith(SUFFIXES) else None
    if text is None:
        return None
    return record(path, title_line(text))


def title_line(text: str) -> str | None:
    """The text of the first level-1 heading, as written."""
    found = re.search(r"^#[ \t]+(.+?)[ \t]*#*[ \t]*$", text, re.MULTILINE)
    return found.group(1) if found else None

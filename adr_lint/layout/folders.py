"""Where a Markdown file sits: a record of its folder, the record of a
folder that keeps one record (`0007-use-kafka/README.md`,
`2023-06-30-api/README.md`, `0007/0007-use-kafka.md`), one of that
record's annexes, or a template or index page by its name; and the
records a folder holds, for the rules that compare siblings.

Folders are listed once per run: every file of a folder asks about the
same few folders.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

from adr_lint.knowledge.model import Language
from adr_lint.layout import names, numbering

# The files that hold the record of a folder that carries no file named
# like the folder's record.
MAIN_NAMES = ("readme.md", "index.md")
# Annexes sit in the record's folder or one folder below it
# (`0009/amendments/a1-revisions.md`); looking further up would take a
# repository kept in a folder named like a record for one.
ANNEX_DEPTH = 2


class Place(NamedTuple):
    """What its name and folder say of a Markdown file."""

    name: str  # the name the record goes by: its file's, or its folder's + ".md"
    collection: str  # the folder whose records are its siblings
    kept_as_folder: bool = False  # the record of a folder that keeps one record
    named: bool = False  # named like a record: a number or a date, or by its folder
    page: str | None = None  # named like a page that is not a record, unless it is one
    skipped: tuple[str, str] | None = None  # (kind, reason): not a record, by name


class Sibling(NamedTuple):
    """A record of a folder, for the folder rules."""

    name: str  # the name it goes by
    path: str  # the file that holds it
    shown: str  # as a message names it, relative to the folder


def place(path: str, language: Language) -> Place:
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    enclosing = _enclosing_record(path)
    if enclosing is not None:
        record, main = enclosing
        collection = os.path.dirname(record)
        if main == path:
            return Place(record_name(record, main), collection, True, True)
        shown = os.path.relpath(main, collection).replace(os.sep, "/")
        return Place(name, collection, skipped=("annex", f"annex of {shown}"))
    kind = names.page_kind(name, language)
    if kind == names.TEMPLATE:
        return Place(name, folder, skipped=(kind, "named as a template"))
    if names.page_kind(os.path.basename(folder), language) == names.TEMPLATE:
        return Place(name, folder, skipped=(names.TEMPLATE, "in a templates folder"))
    named = names.identity(names.stem(name)) is not None
    return Place(name, folder, named=named and kind is None, page=kind)


def _enclosing_record(path: str) -> tuple[str, str] | None:
    """(record folder, its main file) when `path` is in a folder that keeps
    one record, or below it."""
    folder = os.path.dirname(path)
    mine = names.identity(names.stem(os.path.basename(path)))
    for _ in range(ANNEX_DEPTH):
        main = record_main(folder)
        if main is not None:
            own = names.identity(os.path.basename(folder))
            # A file named as another record is that record, wherever it is.
            return (folder, main) if main == path or mine in (None, own) else None
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    return None


@lru_cache(maxsize=1024)
def record_main(folder: str) -> str | None:
    """The file holding the record of `folder`, when the folder is named like
    a record and keeps one: the one file named with the folder's number or
    date, else its README.md or index.md. None for any other folder, one
    holding several records among them."""
    own = names.identity(os.path.basename(folder))
    if own is None:
        return None
    try:
        entries = sorted(os.listdir(folder))
    except OSError:
        return None
    carrying, mains = [], {}
    for entry in entries:
        if not names.is_markdown(entry):
            continue
        theirs = names.identity(names.stem(entry))
        if theirs is not None and theirs != own:
            return None  # a folder of several records, not one
        if theirs is not None:
            carrying.append(entry)
        elif entry.lower() in MAIN_NAMES:
            mains[entry.lower()] = entry
    if len(carrying) > 1:
        return None
    chosen = carrying or [mains[m] for m in MAIN_NAMES if m in mains]
    if not chosen or not os.path.isfile(os.path.join(folder, chosen[0])):
        return None
    return os.path.join(folder, chosen[0])


def record_name(folder: str, main: str) -> str:
    """`0007/0007-use-kafka.md` goes by its file's name, which carries the
    number; `0007-use-kafka/README.md` by its folder's, as a file name."""
    file = os.path.basename(main)
    if names.identity(names.stem(file)) is not None:
        return file
    return os.path.basename(folder) + ".md"


class Records(NamedTuple):
    """The records of a folder by number, the lowest number, and how many
    records carry neither a number nor a date ("drupal-9.md")."""

    numbers: dict[int, tuple[Sibling, ...]]
    lowest: int | None
    unnumbered: int = 0
    identified: int = 0  # records named by a number or a date


def siblings(collection: str, language: Language) -> Records:
    """The numbered records of a folder: its Markdown files less those named
    as templates or index pages, and the folders in it that keep a record."""
    return _siblings(os.path.abspath(collection), language)


@lru_cache(maxsize=256)
def _siblings(collection: str, language: Language) -> Records:
    index: dict[int, list[Sibling]] = {}
    unnumbered = identified = 0
    for found in _records(collection, language):
        number = names.file_number(found.name)
        if number is not None:
            index.setdefault(number, []).append(found)
        if names.identity(names.stem(found.name)) is None:
            unnumbered += 1
        else:
            identified += 1
    return Records(
        {number: tuple(found) for number, found in index.items()},
        min(index, default=None),
        unnumbered,
        identified,
    )


def _sibling(collection: str, entry: str, language: Language) -> Sibling | None:
    path = os.path.join(collection, entry)
    if names.is_markdown(entry):
        if names.page_kind(entry, language) is not None:
            return None
        return Sibling(entry, path, entry)
    main = record_main(path) if names.identity(entry) is not None else None
    if main is None:
        return None
    return Sibling(record_name(path, main), main, f"{entry}/{os.path.basename(main)}")


def records_of(collection: str, language: Language) -> tuple[str, ...]:
    """The files holding the records of a folder, numbered or not: its
    Markdown files less templates and index pages, and the main file of
    each folder in it that keeps a record."""
    return tuple(s.path for s in _records(os.path.abspath(collection), language))


@lru_cache(maxsize=256)
def _records(collection: str, language: Language) -> tuple[Sibling, ...]:
    """The folder's records, in name order: listed once for every rule."""
    try:
        entries = sorted(os.listdir(collection))
    except OSError:
        return ()
    found = (_sibling(collection, entry, language) for entry in entries)
    return tuple(s for s in found if s is not None)


def name_follows_convention(
    name: str, collection: str, language: Language, pattern: str | None = None
) -> bool:
    """Whether R001 accepts a record's name in its folder: the configured
    `file-name-pattern` when set; else the pack's `file_names`, or the way
    most of the folder's records number themselves (`numbering`), or
    none of them do."""
    if pattern:
        return re.search(pattern, name) is not None
    if language.file_names.search(name) is not None:
        return True
    folder = siblings(collection, language)
    if names.identity(names.stem(name)) is None:
        # A folder that names its records by slug alone ("drupal-9.md")
        return numbering.unnumbered_folder(folder.unnumbered, folder.identified)
    return numbering.follows(
        name, [s.name for found in folder.numbers.values() for s in found]
    )


def forget() -> None:
    """Forget the folders listed (they are listed once per run)."""
    record_main.cache_clear()
    _siblings.cache_clear()
    _records.cache_clear()

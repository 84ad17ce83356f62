"""What a folder's records all do alike, read from the records themselves.

A rule that every record of a folder breaks in the same way, as the
folder's own template says to, meets the folder's convention, not a slip
of one file: reporting it on each record says the same thing dozens of
times, and a maintainer dismisses them all (markdownlint's "consistent"
styles follow the same idea). A record is excused when the folder's other
records, at least `QUORUM` of them, all do the same and a page of the
folder (its template, index or guide) lays the template out that way. A
folder that merely forgot the same thing everywhere is still told.

The siblings are read from disk, once per folder and run, and only when a
record breaks a rule a convention can excuse: most never do.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import NamedTuple

from adr_lint import layout
from adr_lint.document import Document, parse, source
from adr_lint.knowledge.model import Language
from adr_lint.layout import names

QUORUM = 3  # other records that must agree before a habit is a convention


def keeps_no_status(collection: str, path: str | None, language: Language) -> bool:
    """Whether the folder's template has no status: a page of the folder
    names its sections (Context, Decision, …) and no Status, and the other
    records (at least `QUORUM`) all leave the status out."""
    folder = _read(os.path.abspath(collection), language)
    own = os.path.abspath(path) if path else None
    others = [kept for where, kept in folder.records if where != own]
    return folder.laid_out_without_status and len(others) >= QUORUM and not any(others)


class _Folder(NamedTuple):
    records: tuple[tuple[str, bool], ...]  # (path, whether it states a status)
    laid_out_without_status: bool  # a page names the sections, and no Status


@lru_cache(maxsize=256)
def _read(collection: str, language: Language) -> _Folder:
    records = []
    for where in layout.records_of(collection, language):
        doc = _parsed(where, language)
        if doc is None:
            continue
        if layout.verdict(doc, layout.place(where, language), language) is not None:
            continue  # a template or an index page among them
        records.append((where, any(r.statuses for r in doc.records)))
    listed = set(layout.records_of(collection, language))
    pages = (
        os.path.join(collection, name)
        for name in _markdown_in(collection)
        if os.path.join(collection, name) not in listed
    )
    laid_out = any(_lays_out_without_status(page, language) for page in pages)
    return _Folder(tuple(records), laid_out)


def _markdown_in(collection: str) -> list[str]:
    try:
        return sorted(n for n in os.listdir(collection) if names.is_markdown(n))
    except OSError:
        return []


def _parsed(path: str, language: Language) -> Document | None:
    text, _problem = source.read(path)
    return (
        None if text is None else parse(text, os.path.basename(path), language.sections)
    )


def _lays_out_without_status(page: str, language: Language) -> bool:
    """Whether a page names a record's Context and Decision sections, in
    words or headings, and never its Status."""
    text, _problem = source.read(page)
    if text is None:
        return False
    words = language.sections.clean(text)
    sections = language.sections

    def named(role: str) -> bool:
        return any(
            re.search(rf"\b{re.escape(n)}\b", words) for n in sections.names_of((role,))
        )

    return named("context") and named("decision") and not named("status")

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

from adr_lint import layout
from adr_lint.document import Document, parse, source
from adr_lint.knowledge.model import Language
from adr_lint.layout import names

QUORUM = 3  # other records that must agree before a habit is a convention


def keeps_no_status(collection: str, path: str | None, language: Language) -> bool:
    """Whether the folder's template has no status: a page of the folder
    names its sections (Context, Decision, …) and no Status, and the other
    records (at least `QUORUM`) all leave the status out. The pages are
    read first: most folders have none that says so, and their records are
    then never read."""
    collection = os.path.abspath(collection)
    if not _laid_out_without_status(collection, language):
        return False
    own = os.path.abspath(path) if path else None
    others = [
        kept for where, kept in _status_kept(collection, language) if where != own
    ]
    return len(others) >= QUORUM and not any(others)


@lru_cache(maxsize=256)
def _laid_out_without_status(collection: str, language: Language) -> bool:
    """Whether a page of the folder that is no record (README, index,
    template) lays the template out without a Status."""
    listed = set(layout.records_of(collection, language))
    return any(
        _lays_out_without_status(os.path.join(collection, name), language)
        for name in _markdown_in(collection)
        if os.path.join(collection, name) not in listed
    )


@lru_cache(maxsize=256)
def _status_kept(collection: str, language: Language) -> tuple[tuple[str, bool], ...]:
    """Each record of the folder, and whether it states a status."""
    records = []
    for where in layout.records_of(collection, language):
        doc = _parsed(where, language)
        if doc is None:
            continue
        if layout.verdict(doc, layout.place(where, language), language) is not None:
            continue  # a template or an index page among them
        records.append((where, any(r.statuses for r in doc.records)))
    return tuple(records)


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

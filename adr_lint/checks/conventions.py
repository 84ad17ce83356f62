"""What a folder's records all do alike, read from the records themselves.

A rule that every record of a folder breaks in the same way meets the
folder's convention, not a slip of one file: reporting it on each record
says the same thing dozens of times, and a maintainer dismisses them all
(markdownlint's "consistent" styles follow the same idea). A record that
breaks such a rule is excused when the folder's other records, at least
`QUORUM` of them, all do the same.

The siblings are read from disk, once per folder and run, and only when a
record breaks a rule a convention can excuse: most never do.
"""

from __future__ import annotations

import os
from functools import lru_cache

from adr_lint import layout
from adr_lint.document import parse, source
from adr_lint.knowledge.model import Language

QUORUM = 3  # other records that must agree before a habit is a convention


def keeps_no_status(collection: str, path: str | None, language: Language) -> bool:
    """Whether the folder's other records (at least `QUORUM`) all leave the
    status out: its template has none, so a record without one follows it."""
    records = _status_kept(os.path.abspath(collection), language)
    own = os.path.abspath(path) if path else None
    others = [kept for where, kept in records if where != own]
    return len(others) >= QUORUM and not any(others)


@lru_cache(maxsize=256)
def _status_kept(collection: str, language: Language) -> tuple[tuple[str, bool], ...]:
    out = []
    for where in layout.records_of(collection, language):
        text, _problem = source.read(where)
        if text is None:
            continue
        doc = parse(text, os.path.basename(where), language.sections)
        if layout.verdict(doc, layout.place(where, language), language) is not None:
            continue  # a template or an index page among them
        out.append((where, any(r.statuses for r in doc.records)))
    return tuple(out)

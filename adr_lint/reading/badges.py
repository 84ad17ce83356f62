"""A status given as a badge image under the title, as some folders write
it instead of a Status line: `![Accepted](…/badge/adr-accepted-green)`,
`[![Status: proposed](…)](…)`, `![](…/badge/decision-superseded-grey)`.

An image states a status when its alt text is a status, alone or after a
status label ("Status: Accepted"), or when its address names a status
right after such a label (`status-accepted-…`, `adr-rejected-…`,
`?label=status&message=accepted`). Only images in the record's head
(before its first section) or in its Status section are read: a diagram
called "Proposed architecture" further down says nothing of the status.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from itertools import pairwise
from urllib.parse import unquote

from adr_lint.document import Document, Field, Record
from adr_lint.document.blocks import Image

# Words that label a badge's status besides the pack's names of the Status
# section: the badge's subject is often the record itself.
_LABELS = frozenset(("status", "state", "adr", "decision", "record"))
_WORD = re.compile(r"[^\W_]+")
# The keys of a badge service's query (`?label=status&message=accepted`).
_QUERY = frozenset(("label", "message", "subject", "status_label"))


def status_badge(
    record: Record,
    doc: Document,
    known: Collection[str],
    labels: Iterable[str] = (),
) -> Field | None:
    """The status the record's badges give, or None."""
    if not doc.images:
        return None
    words = _LABELS.union(w for name in labels for w in _WORD.findall(name.lower()))
    for image in _in_head(record, doc.images):
        status = _alt_status(image.alt, known, words) or _url_status(
            image.url, known, words
        )
        if status is not None:
            return Field("status", status, image.line)
    return None


def _in_head(record: Record, images: tuple[Image, ...]) -> Iterable[Image]:
    body = [s for s in record.sections if s.line > record.title_line]
    head_end = body[0].line if body else record.end_line + 1
    status_lines = [
        (s.line, nxt.line if nxt is not None else record.end_line + 1)
        for s, nxt in zip(body, [*body[1:], None], strict=True)
        if s.role == "status"
    ]
    for image in images:
        if not record.line <= image.line <= record.end_line:
            continue
        if image.line < head_end or any(a < image.line < b for a, b in status_lines):
            yield image


def _alt_status(
    alt: str, known: Collection[str], labels: Collection[str]
) -> str | None:
    words: list[str] = _WORD.findall(alt.lower())
    while len(words) > 1 and words[0] in labels:
        words = words[1:]
    return words[0] if len(words) == 1 and words[0] in known else None


def _url_status(
    url: str, known: Collection[str], labels: Collection[str]
) -> str | None:
    words: list[str] = [
        w for w in _WORD.findall(unquote(url).lower()) if w not in _QUERY
    ]
    for label, word in pairwise(words):
        if label in labels and word in known:
            return word
    return None

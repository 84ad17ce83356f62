"""The document: bytes on disk to a `Document` (decoding, front matter,
Markdown blocks, sections, records and fields), each part with its line.

Imports only the knowledge base's section names (`knowledge.sections`);
nothing here reads prose for meaning.
"""

from __future__ import annotations

from adr_lint.document.model import TITLE_NUMBER, Document, Field, Record, Section
from adr_lint.document.outline import normalise, parse

__all__ = [
    "TITLE_NUMBER",
    "Document",
    "Field",
    "Record",
    "Section",
    "normalise",
    "parse",
]

"""Which Markdown files are ADRs. By name and place first, without reading
(`folders.place`): templates, index pages and the annexes of a record kept
as a folder; then, for what the name leaves open, by content
(`content.verdict`). Owns the record's name and folder that the folder
rules compare (`folders.siblings`).

Imports the document model and the language pack; the engine and the
checks use it, so a file is classified the same way wherever it comes from.
"""

from __future__ import annotations

from adr_lint.layout import numbering
from adr_lint.layout.content import is_record, is_template, names_a_record, verdict
from adr_lint.layout.folders import (
    Place,
    Records,
    Sibling,
    forget,
    name_follows_convention,
    place,
    record_main,
    records_of,
    siblings,
)
from adr_lint.layout.names import file_number, identity

__all__ = [
    "Place",
    "Records",
    "Sibling",
    "file_number",
    "forget",
    "identity",
    "is_record",
    "is_template",
    "name_follows_convention",
    "names_a_record",
    "numbering",
    "place",
    "record_main",
    "records_of",
    "siblings",
    "verdict",
]

"""The document model: an ADR file as records, sections and fields, each
with its 1-based line. Checks and the reading see only these types."""

from __future__ import annotations

import re
from typing import NamedTuple

from adr_lint.document.blocks import Block, Comment, Image, Link
from adr_lint.document.frontmatter import FrontMatter

# The record's number at the start of its title: "7. ", "ADR-007: ", "0042 - ".
TITLE_NUMBER = re.compile(
    r"^(?:adr|architecture decision record|decision)?\s*[-#]?\s*(\d{1,5})\s*[.:)\-–—]",
    re.IGNORECASE,
)


class Field(NamedTuple):
    key: str
    value: str
    line: int


class Section(NamedTuple):
    title: str
    role: str  # context | decision | options | ... | other
    level: int
    line: int
    blocks: tuple[Block, ...]
    bold: bool = False
    inherited: bool = False  # the role comes from the enclosing section
    figures: int = 0  # code blocks, images and HTML in its own body


class Record(NamedTuple):
    """One ADR. Most files hold exactly one."""

    title: str | None
    title_line: int
    line: int
    end_line: int
    sections: tuple[Section, ...]
    fields: dict[str, Field]
    # Every status the record states, in reading order (front matter first):
    # a site's front matter may give the page's state, the body the decision's.
    statuses: tuple[Field, ...] = ()


class Document(NamedTuple):
    path: str
    text: str
    front_matter: FrontMatter
    records: tuple[Record, ...]
    links: tuple[Link, ...] = ()
    comments: tuple[Comment, ...] = ()
    line_count: int = 0
    fenced_lines: frozenset[int] = frozenset()
    images: tuple[Image, ...] = ()

    @property
    def record(self) -> Record:
        return self.records[0]

"""What every check receives: the file, its reading and the options."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from adr_lint.document import Document
    from adr_lint.knowledge import KnowledgeBase
    from adr_lint.layout import Place
    from adr_lint.reading.analysis import Analysis


class Options(NamedTuple):
    select: tuple[str, ...] = ()  # rule codes or prefixes; empty = the default rules
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    file_name_pattern: str | None = None
    severity: Mapping[str, str] = MappingProxyType({})
    report_unused_suppressions: bool = False
    statuses: tuple[str, ...] = ()  # accepted statuses; empty = the defaults


class Context(NamedTuple):
    doc: Document
    analysis: Analysis
    kb: KnowledgeBase
    options: Options
    path: str | None  # the file on disk, when there is one
    place: Place | None = None  # where the file sits among its folder's records

    @property
    def file_name(self) -> str:
        return (self.path or self.doc.path).replace("\\", "/").rsplit("/", 1)[-1]

    @property
    def record_name(self) -> str:
        """The name the record goes by: its file's, or for a record kept
        as a folder (`0007-use-kafka/README.md`) its folder's + ".md"."""
        return self.place.name if self.place is not None else self.file_name

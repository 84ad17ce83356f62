"""What every check receives."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from adr_lint.analysis import Analysis
    from adr_lint.document import Document
    from adr_lint.engine import Options
    from adr_lint.knowledge import KnowledgeBase


class Context(NamedTuple):
    doc: Document
    analysis: Analysis
    kb: KnowledgeBase
    options: Options
    path: str | None  # the file on disk, when there is one

    @property
    def file_name(self) -> str:
        return (self.path or self.doc.path).replace("\\", "/").rsplit("/", 1)[-1]

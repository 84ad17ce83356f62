"""The texts fixes plan against: a file's fixed text while a run is still
fixing it (nothing is written before the end, and `--diff` writes
nothing), else the file on disk."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

from adr_lint.document import source

T = TypeVar("T")


class Files:
    def __init__(self) -> None:
        self.pending: dict[str, str] = {}  # absolute path -> text fixed so far
        self._memo: dict[tuple[str, str], object] = {}

    def text(self, path: str) -> str | None:
        path = os.path.abspath(path)
        if path in self.pending:
            return self.pending[path]
        return source.read(path)[0]

    def memo(self, kind: str, key: str, make: Callable[[], T]) -> T:
        """What a fix works out once per run (a folder's conventions)."""
        if (kind, key) not in self._memo:
            self._memo[(kind, key)] = make()
        return self._memo[(kind, key)]  # type: ignore[return-value]

"""An ADR read from standard input (`adr-lint -`), as editors pass the
buffer; `--stdin-filename` names the file it stands for."""

from __future__ import annotations

import sys

from adr_lint.document.source import MAX_BYTES
from adr_lint.errors import UsageError

DASH = "-"


def wanted(paths: tuple[str, ...], name: str | None) -> bool:
    """Whether the run reads standard input: `-` alone, or a
    `--stdin-filename` with no path (as ruff reads it)."""
    if DASH in paths and len(paths) > 1:
        raise UsageError("'-' (standard input) cannot be combined with other paths")
    if name is not None and paths not in ((), (DASH,)):
        raise UsageError("--stdin-filename names standard input: pass '-' alone")
    return paths == (DASH,) or name is not None


def read() -> bytes:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise UsageError("no standard input to read")
    data: bytes = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise UsageError(f"standard input is over {MAX_BYTES} bytes; not linted")
    return data

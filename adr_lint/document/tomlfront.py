"""TOML front matter (`+++` fences, as Zola and Hugo write it), read with
the standard library's `tomllib`, which is imported only for the files
that have it."""

from __future__ import annotations

import re
from typing import Any

# A top-level `key = value` line; a `[table]` header ends the top level.
_KEY = re.compile(r"""^[ \t]*("[^"\n]*"|'[^'\n]*'|[A-Za-z0-9_-]+)[ \t]*=""")
_TABLE = re.compile(r"^[ \t]*\[")
_AT_LINE = re.compile(r"\(at line (\d+)")


def load(
    raw: str, fence_line: int
) -> tuple[dict[str, Any] | None, dict[str, int], str | None]:
    """(data, the file line of each top-level key, None) or (None, {}, problem)."""
    import tomllib

    key_lines, repeated = _key_lines(raw, fence_line)
    if repeated is not None:
        return None, {}, repeated
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        return None, {}, "front matter is not valid TOML: " + _in_file(exc, fence_line)
    return data, key_lines, None


def _key_lines(raw: str, fence_line: int) -> tuple[dict[str, int], str | None]:
    """Where each top-level key is, and the first one written twice (which
    `tomllib` reports without naming it)."""
    lines: dict[str, int] = {}
    for offset, text in enumerate(raw.split("\n")):
        if _TABLE.match(text):
            break
        match = _KEY.match(text)
        if not match:
            continue
        name = match.group(1).strip("\"'")
        line = fence_line + 1 + offset
        if name in lines:
            return lines, f"front matter key '{name}' appears twice (line {line})"
        lines[name] = line
    return lines, None


def _in_file(exc: Exception, fence_line: int) -> str:
    """The parser's message with its line counted in the file, not the block."""
    text = " ".join(str(exc).split())[:200]
    return _AT_LINE.sub(lambda m: f"(at line {int(m.group(1)) + fence_line}", text)

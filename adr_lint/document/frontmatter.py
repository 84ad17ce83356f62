"""YAML front matter: found, bounded and loaded safely.

Only plain data is accepted: the safe loader never builds Python objects,
aliases are refused (a few nested aliases expand to billions of nodes) and
duplicate keys are an error rather than a silent overwrite.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

MAX_BYTES = 64 * 1024
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+")


class FrontMatter(NamedTuple):
    """The front matter block of an ADR, if it has one."""

    data: dict[str, Any] | None
    end_line: int  # last line of the block (the closing fence); 0 if none
    error: str | None = None
    key_lines: Mapping[str, int] = MappingProxyType({})


NONE = FrontMatter(data=None, end_line=0)


def split(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter and the body that follows it.

    The body keeps its place: front matter lines are blanked, so line
    numbers in the body are line numbers in the file.
    """
    first_end = text.find("\n")
    first = text if first_end < 0 else text[:first_end]
    if not _FENCE.match(first):
        return NONE, text
    close = _CLOSE.search(text, first_end + 1) if first_end >= 0 else None
    if close is None:
        return FrontMatter(
            None, 1, "front matter starts with '---' but never ends"
        ), text
    raw = text[first_end + 1 : close.start()]
    end_line = text.count("\n", 0, close.start()) + 1
    body = "\n" * end_line + text[close.end() :].lstrip("\r").removeprefix("\n")
    return _load(raw, end_line), body


def _load(raw: str, end_line: int) -> FrontMatter:
    if len(raw.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return FrontMatter(
            None, end_line, f"front matter is larger than {MAX_BYTES} bytes"
        )
    if _ALIAS.search(raw):
        return FrontMatter(
            None, end_line, "front matter uses YAML aliases, which are not allowed"
        )
    try:
        data, key_lines = _safe_load(raw)
    except _DuplicateKey as exc:
        return FrontMatter(None, end_line, str(exc))
    except RecursionError:
        return FrontMatter(None, end_line, "front matter is nested too deeply")
    except Exception as exc:
        return FrontMatter(
            None, end_line, "front matter is not valid YAML: " + _first_line(exc)
        )
    if data is None:
        return FrontMatter({}, end_line)
    if not isinstance(data, dict):
        kind = type(data).__name__
        return FrontMatter(
            None, end_line, f"front matter must be a mapping, not a {kind}"
        )
    return FrontMatter(
        {str(k): v for k, v in data.items()}, end_line, key_lines=key_lines
    )


class _DuplicateKey(ValueError):
    pass


def _safe_load(raw: str) -> tuple[Any, dict[str, int]]:
    import yaml  # deferred: most ADRs have no front matter

    loader_base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = loader_base(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        _check_duplicates(node, yaml)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            key_lines.setdefault(str(key.value), key.start_mark.line + 2)
    return data, key_lines


def _check_duplicates(root: Any, yaml: Any) -> None:
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(key.value)
                if name in seen:
                    line = key.start_mark.line + 2
                    raise _DuplicateKey(
                        f"front matter key '{name}' appears twice (line {line})"
                    )
                seen.add(name)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)


def _first_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text[:200]

"""Front matter: found, bounded and loaded safely. YAML between `---`
fences (Jekyll, MADR, log4brains) or TOML between `+++` fences (Zola,
Hugo), on the first line or after one HTML comment (a licence header).

Only plain data is accepted: the YAML safe loader never builds Python
objects, aliases are refused (a few nested aliases expand to billions of
nodes) and a repeated key is an error rather than a silent overwrite.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

MAX_BYTES = 64 * 1024
_YAML_FENCE = re.compile(r"---[ \t]*$")
_YAML_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_TOML_FENCE = re.compile(r"\+\+\+[ \t]*$")
_TOML_CLOSE = re.compile(r"^\+\+\+[ \t]*$", re.MULTILINE)
# An HTML comment (an SPDX or licence header) and blank lines before the fence.
_LEAD = re.compile(r"<!--.*?-->[ \t]*\n(?:[ \t]*\n)*\ufeff?", re.DOTALL)
# The first line of a front matter block: blank lines, then `key:` or `key =`.
_KEY_LINE = re.compile(r"(?:[ \t]*\r?\n)*[ \t]*[\w\"'-]+[ \t]*[:=]")
_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\]}]+")


class FrontMatter(NamedTuple):
    """The front matter block of an ADR, if it has one."""

    data: dict[str, Any] | None
    end_line: int  # last line of the block (the closing fence); 0 if none
    error: str | None = None
    key_lines: Mapping[str, int] = MappingProxyType({})


NONE = FrontMatter(data=None, end_line=0)
# A loader: the raw block and the line of its opening fence -> FrontMatter.
Loader = Callable[[str, int, int], FrontMatter]


def split(text: str) -> tuple[FrontMatter, str]:
    """Return the front matter and the body that follows it.

    The body keeps its place: front matter lines are blanked, so line
    numbers in the body are line numbers in the file.
    """
    if not text.startswith(("---", "+++", "<!--")):
        return NONE, text  # most ADRs: one comparison and done
    start = _fence_start(text)
    if start < 0:
        return NONE, text
    first_end = text.find("\n", start)
    first = text[start:] if first_end < 0 else text[start:first_end]
    if _YAML_FENCE.match(first):
        kind, close_at, load = "---", _YAML_CLOSE, _load_yaml
    elif _TOML_FENCE.match(first):
        kind, close_at, load = "+++", _TOML_CLOSE, _load_toml
    else:
        return NONE, text
    fence_line = text.count("\n", 0, start) + 1
    close = close_at.search(text, first_end + 1) if first_end >= 0 else None
    if close is None:
        if not _KEY_LINE.match(text, first_end + 1 if first_end >= 0 else len(text)):
            # "---" then "# Title": a thematic break above the title, which
            # Markdown renders as a rule; no front matter was begun.
            return NONE, text
        problem = f"front matter starts with '{kind}' but never ends"
        return FrontMatter(None, fence_line, problem), text
    raw = text[first_end + 1 : close.start()]
    end_line = text.count("\n", 0, close.start()) + 1
    blank = "\n" * (end_line - fence_line + 1)
    rest = text[close.end() :].lstrip("\r").removeprefix("\n")
    body = text[:start].removesuffix("\ufeff") + blank + rest
    return _bounded(raw, fence_line, end_line, load), body


def _fence_start(text: str) -> int:
    """Where the opening fence starts: 0, or after a leading HTML comment."""
    if not text.startswith("<!--"):
        return 0
    lead = _LEAD.match(text)
    return lead.end() if lead else -1


def _bounded(raw: str, fence_line: int, end_line: int, load: Loader) -> FrontMatter:
    if len(raw.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return FrontMatter(
            None, end_line, f"front matter is larger than {MAX_BYTES} bytes"
        )
    try:
        return load(raw, fence_line, end_line)
    except RecursionError:
        return FrontMatter(None, end_line, "front matter is nested too deeply")


def _load_toml(raw: str, fence_line: int, end_line: int) -> FrontMatter:
    from adr_lint.document import tomlfront  # deferred: TOML front matter is rare

    data, key_lines, problem = tomlfront.load(raw, fence_line)
    if problem is not None:
        return FrontMatter(None, end_line, problem)
    return FrontMatter(data, end_line, key_lines=key_lines)


def _load_yaml(raw: str, fence_line: int, end_line: int) -> FrontMatter:
    if _ALIAS.search(raw):
        return FrontMatter(
            None, end_line, "front matter uses YAML aliases, which are not allowed"
        )
    try:
        data, key_lines = _safe_load(raw, fence_line)
    except _DuplicateKey as exc:
        return FrontMatter(None, end_line, str(exc))
    except RecursionError:
        raise
    except Exception as exc:
        return FrontMatter(
            None, end_line, "front matter is not valid YAML: " + _first_line(exc)
        )
    if data is None:
        return FrontMatter({}, end_line)
    if not isinstance(data, dict):
        kind = type(data).__name__
        return FrontMatter(None, end_line, _not_a_mapping(raw, kind, fence_line))
    return FrontMatter(
        {str(k): v for k, v in data.items()}, end_line, key_lines=key_lines
    )


# "tag:Web Client": a key and its value with no space after the colon,
# which YAML reads as one string.
_UNSPACED_KEY = re.compile(r"^[ \t]*([A-Za-z_][\w-]*):(?=[^\s/])")


def _not_a_mapping(raw: str, kind: str, fence_line: int) -> str:
    """Why the front matter is no mapping, with the fix where it is the
    common slip of a key written without a space after its colon."""
    for number, line in enumerate(raw.splitlines(), start=fence_line + 1):
        found = _UNSPACED_KEY.match(line)
        if found:
            return (
                f"front matter must be a mapping, but line {number} "
                f"'{line.strip()[:60]}' reads as text: put a space after "
                f"'{found[1]}:'"
            )
    return f"front matter must be a mapping, not a {kind}"


class _DuplicateKey(ValueError):
    pass


def _safe_load(raw: str, fence_line: int) -> tuple[Any, dict[str, int]]:
    import yaml  # deferred: most ADRs have no front matter

    loader = _loader_class(yaml)(raw)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        _check_duplicates(node, yaml, fence_line)
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    key_lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, _value in node.value:
            key_lines.setdefault(str(key.value), key.start_mark.line + fence_line + 1)
    return data, key_lines


_LOADERS: dict[str, Any] = {}


def _loader_class(yaml: Any) -> Any:
    """The safe loader, reading dates as the text they are written in: a
    date is checked as a date by the rules (`2024-14-40` is a wrong date,
    not broken YAML), and reads the same from YAML and TOML."""
    found: Any = _LOADERS.get("safe")
    if found is None:
        base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        found = type("DatesAsText", (base,), {})
        found.add_constructor(
            "tag:yaml.org,2002:timestamp",
            lambda loader, node: loader.construct_scalar(node),
        )
        _LOADERS["safe"] = found
    return found


def _check_duplicates(root: Any, yaml: Any, fence_line: int) -> None:
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                name = str(key.value)
                if name in seen:
                    line = key.start_mark.line + fence_line + 1
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

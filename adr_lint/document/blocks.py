"""Markdown -> prose blocks, links, comments and fenced lines, in one walk
over the events of pyromark (the CommonMark parser pulldown-cmark).

This walk is the hottest loop of the linter: a typical ADR gives about 150
events. State lives in local variables and text events, which are
almost half of all, are handled first and inline.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import Any, NamedTuple

import pyromark

OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_TASKLISTS
)
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_BOLD_HEADING = re.compile(r"^\s*#{0,6}\s*(?:\*\*|__).*(?:\*\*|__)[\s:#]*$")


class Block(NamedTuple):
    """A run of prose: a heading, paragraph, list item or table row."""

    kind: str  # heading | paragraph | item | row
    line: int
    text: str  # plain text, markup removed; soft line breaks kept as "\n"
    level: int = 0  # heading level (1-6); 7 for a plain-text label; 1 for a table head
    bold: bool = False  # a heading, or the first block, wrapped in ** or __
    code: tuple[str, ...] = ()  # inline code spans, which are samples, not prose
    cells: tuple[str, ...] = ()  # a table row's cells, the empty ones included


class Link(NamedTuple):
    target: str
    line: int
    column: int
    text: str


class Image(NamedTuple):
    """An image: its alt text and address. A badge may carry the status."""

    line: int
    alt: str
    url: str


class Comment(NamedTuple):
    text: str
    line: int
    end_line: int


class Walked(NamedTuple):
    blocks: list[Block]
    links: list[Link]
    comments: list[Comment]
    fenced: set[int]
    # Where content that is not prose starts: a code block, an image, HTML
    # other than a comment. A section holding only these is not empty.
    figures: list[int]
    images: list[Image]


# What a Start event does, by the name of the element it opens.
_BLOCK, _ITEM, _CONTAINER, _CODE, _SKIP, _LINK, _HTML = range(7)
_ON_START = {
    "Paragraph": _BLOCK,
    "TableHead": _BLOCK,
    "TableRow": _BLOCK,
    "Heading": _BLOCK,
    "Item": _ITEM,
    "List": _CONTAINER,
    "BlockQuote": _CONTAINER,
    "Table": _CONTAINER,
    "CodeBlock": _CODE,
    "Image": _SKIP,
    "Strikethrough": _SKIP,
    "Link": _LINK,
    "HtmlBlock": _HTML,
}
# What an End event does.
_FLUSH, _CELL, _UNSKIP, _HTML_END = range(4)
_ON_END = {
    "Paragraph": _FLUSH,
    "TableHead": _FLUSH,
    "TableRow": _FLUSH,
    "Heading": _FLUSH,
    "Item": _FLUSH,
    "TableCell": _CELL,
    "CodeBlock": _UNSKIP,
    "Image": _UNSKIP,
    "Strikethrough": _UNSKIP,
    "HtmlBlock": _HTML_END,
}
_KIND = {
    "Paragraph": "paragraph",
    "TableHead": "row",
    "TableRow": "row",
    "Heading": "heading",
    "Item": "item",
}
_BREAKS = frozenset(("SoftBreak", "HardBreak"))


def walk(body: str) -> Walked:  # noqa: C901, PLR0912, PLR0915 - one loop, kept flat for speed
    data = body.encode("utf-8", "surrogatepass")
    # Byte offset where each line after the first starts: pyromark's ranges
    # are byte offsets, and a line is found by bisecting these.
    starts = list(accumulate(len(line) + 1 for line in data.split(b"\n")))
    blocks: list[Block] = []
    links: list[Link] = []
    comments: list[Comment] = []
    fenced: set[int] = set()
    figures: list[int] = []
    images: list[Image] = []
    alt: list[str] | None = None  # the alt text of the open image
    buf: list[str] | None = None  # the text of the open block, if any
    code: list[str] = []
    kind, begin, level = "", 0, 0
    skip = 0  # inside code blocks, images, struck-out text
    html: list[str] = []
    html_start = -1
    items = 0  # list items open around the event: a heading in one is its text

    def flush() -> None:
        nonlocal buf
        if buf is None:
            return
        raw = "".join(buf)
        text = raw.strip(" |\n\t")
        buf = None
        if not text:
            return
        line = _line_of(starts, begin)
        # Each cell ends with its separator: "a | | c | " holds three.
        cells = tuple(c.strip() for c in raw.split(" | ")[:-1]) if kind == "row" else ()
        bold = (kind == "heading" or not blocks) and _is_bold(data, starts, line)
        blocks.append(Block(kind, line, text, level, bold, tuple(code), cells))

    def flush_html() -> None:
        nonlocal html, html_start
        if html_start >= 0 and html:
            first = _line_of(starts, html_start)
            joined = "".join(html)
            comments.extend(_comments(joined, first, spanning=True))
            if _COMMENT.sub("", joined).strip():
                figures.append(first)
        html, html_start = [], -1

    # Events are read as plain dicts: the loop checks each one's shape itself.
    events: Iterable[tuple[Any, Any]] = pyromark.events_with_range(
        body, options=OPTIONS
    )
    for event, span in events:
        if event.__class__ is str:
            if buf is not None and event in _BREAKS:
                buf.append("\n")
            continue
        text = event.get("Text")
        if text is not None:
            if buf is not None and not skip:
                buf.append(text)
            elif alt is not None:
                alt.append(text)
            continue
        value = event.get("Start")
        if value is not None:
            name = value if value.__class__ is str else next(iter(value))
            action = _ON_START.get(name)
            if action is None:
                continue
            start = span["start"]
            if action <= _ITEM:
                flush()
                buf, code, kind, begin, level = [], [], _KIND[name], start, 0
                if name == "Item":
                    items += 1
                elif name == "Heading":
                    if items:
                        kind = "item"  # "- Source: a clone\n  -": no section
                    else:
                        level = int(value["Heading"]["level"][1])
                elif name == "TableHead":
                    level = 1
            elif action == _CONTAINER:
                flush()
            elif action == _CODE:
                flush()
                skip += 1
                figures.append(_line_of(starts, start))
                last = max(start, span["end"] - 1)
                fenced.update(
                    range(
                        _line_of(starts, start),
                        _line_of(starts, last) + 1,
                    )
                )
            elif action == _SKIP:
                skip += 1
                if name == "Image":
                    figures.append(_line_of(starts, start))
                    alt = []
                    images.append(
                        Image(_line_of(starts, start), "", value["Image"]["dest_url"])
                    )
            elif action == _LINK:
                links.append(_link(value["Link"]["dest_url"], data, starts, start))
            else:
                flush_html()
                html_start = start
            continue
        value = event.get("End")
        if value is not None:
            name = value if value.__class__ is str else next(iter(value))
            action = _ON_END.get(name)
            if action == _FLUSH:
                flush()
                if name == "Item":
                    items -= 1
            elif action == _CELL:
                if buf is not None:
                    buf.append(" | ")
            elif action == _UNSKIP:
                skip = max(0, skip - 1)
                if alt is not None and name == "Image":
                    images[-1] = images[-1]._replace(alt="".join(alt))
                    alt = None
            elif action == _HTML_END:
                flush_html()
            continue
        text = event.get("Code")
        if text is not None:
            if buf is not None and not skip:
                buf.append(text)
                code.append(text)
            continue
        inline = event.get("InlineHtml")
        block_html = event.get("Html")
        if inline is not None or (block_html is not None and html_start < 0):
            found = inline if inline is not None else block_html
            first = _line_of(starts, span["start"])
            comments.extend(_comments(found, first, spanning=False))
            if _COMMENT.sub("", found).strip():
                figures.append(first)  # <img>, <table>: a figure in a paragraph
        elif block_html is not None:
            html.append(block_html)
    flush()
    flush_html()
    return Walked(blocks, links, comments, fenced, figures, images)


def _line_of(starts: list[int], offset: int) -> int:
    """The 1-based line of a byte offset."""
    return bisect_right(starts, offset) + 1


def _comments(html: str, first: int, *, spanning: bool) -> list[Comment]:
    """The `<!-- -->` comments in HTML that starts on line `first`; a
    comment ends on its own last line only in a block (`spanning`)."""
    found = []
    for match in _COMMENT.finditer(html):
        line = first + html.count("\n", 0, match.start())
        end = first + html.count("\n", 0, match.end()) if spanning else line
        found.append(Comment(match.group(1), line, end))
    return found


def _line_start(starts: list[int], line: int) -> int:
    return starts[line - 2] if line > 1 else 0


def _is_bold(data: bytes, starts: list[int], line: int) -> bool:
    start = _line_start(starts, line)
    stop = starts[line - 1] - 1 if line - 1 < len(starts) else len(data)
    raw = data[start:stop].decode("utf-8", "replace")
    return bool(_BOLD_HEADING.match(raw))


def _link(target: str, data: bytes, starts: list[int], start: int) -> Link:
    line = _line_of(starts, start)
    column = len(data[_line_start(starts, line) : start].decode("utf-8", "replace")) + 1
    return Link(target, line, column, "")

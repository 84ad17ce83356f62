"""One ADR file's text -> `Document`: front matter, headings, prose blocks,
links and comments, each with its 1-based line, grouped into sections and
records (a file may hold several ADRs). The types are in `model`.

Markdown is parsed once, by pyromark (CommonMark); checks never see parser
events, only this model.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from adr_lint.document import fields as fieldmod
from adr_lint.document import frontmatter, labels
from adr_lint.document.blocks import Block, walk
from adr_lint.document.frontmatter import FrontMatter
from adr_lint.document.model import Document, Record, Section
from adr_lint.knowledge.sections import SectionNames


def parse(text: str, path: str, names: SectionNames) -> Document:
    text = normalise(text)
    front, body = frontmatter.split(text)
    walked = walk(body)
    records = _records(walked.blocks, names, front, walked.figures)
    return Document(
        path=path,
        text=text,
        front_matter=front,
        records=records,
        links=tuple(walked.links),
        comments=tuple(walked.comments),
        line_count=text.count("\n") + (0 if text.endswith("\n") else 1),
        fenced_lines=frozenset(walked.fenced),
        images=tuple(walked.images),
    )


def normalise(text: str) -> str:
    """Drop a byte-order mark and make every line ending a single LF."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _records(
    blocks: list[Block], names: SectionNames, front: FrontMatter, figures: list[int]
) -> tuple[Record, ...]:
    blocks = labels.promote(blocks, names)
    starts = _record_starts(blocks, names)
    records = []
    for index, start in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else len(blocks)
        record = _record(blocks[start:stop], names, front if index == 0 else None)
        end = blocks[stop].line if stop < len(blocks) else None
        records.append(_with_figures(record, figures, end))
    return tuple(records)


def _with_figures(record: Record, figures: list[int], end: int | None) -> Record:
    """Count, for each section, the figures between its heading and the
    next one (the last section's run to the next record, or the end)."""
    if not figures:
        return record
    sections = list(record.sections)
    for index, section in enumerate(sections):
        stop = sections[index + 1].line if index + 1 < len(sections) else end
        first = bisect_left(figures, section.line)
        last = len(figures) if stop is None else bisect_left(figures, stop)
        if last > first:
            sections[index] = section._replace(figures=last - first)
    return record._replace(sections=tuple(sections))


def _record_starts(blocks: list[Block], names: SectionNames) -> list[int]:
    titles = [
        i
        for i, b in enumerate(blocks)
        if b.kind == "heading" and b.level == 1 and names.role(b.text) is None
    ]
    real = [i for n, i in enumerate(titles) if _opens_record(blocks, titles, n, names)]
    if len(real) < 2:
        return [0]
    return [0, *real[1:]]


def _opens_record(
    blocks: list[Block], titles: list[int], n: int, names: SectionNames
) -> bool:
    """A level-1 title opens an ADR of its own when sections follow it."""
    stop = titles[n + 1] if n + 1 < len(titles) else len(blocks)
    wanted = ("status", "context", "decision")
    return any(
        b.kind == "heading" and names.role(b.text) in wanted
        for b in blocks[titles[n] + 1 : stop]
    )


def _record(
    blocks: list[Block], names: SectionNames, front: FrontMatter | None
) -> Record:
    title, title_line = _title(blocks, names, front)
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    current: list[Block] = []
    head = Section("", "preamble", 0, blocks[0].line if blocks else 1, ())
    for block in blocks:
        if block.kind == "heading" and block.line == title_line:
            continue
        if block.kind == "heading":
            sections.append(_with_blocks(head, current))
            head, current = _open_section(block, names, stack), []
        else:
            current.append(block)
    sections.append(_with_blocks(head, current))
    fields, statuses = fieldmod.collect(sections, front, names)
    first = blocks[0].line if blocks else 1
    last = blocks[-1].line if blocks else 1
    return Record(
        title,
        title_line,
        first,
        last,
        tuple(s for s in sections if s.blocks or s.level),
        fields,
        statuses,
    )


def _open_section(
    block: Block, names: SectionNames, stack: list[tuple[int, str]]
) -> Section:
    level = block.level
    while stack and stack[-1][0] >= level:
        stack.pop()
    own = names.heading_role(block.text)
    role = own or (stack[-1][1] if stack else "other")
    stack.append((level, role))
    return Section(
        block.text, role, level, block.line, (block,), block.bold, own is None
    )


def _with_blocks(section: Section, blocks: list[Block]) -> Section:
    return section._replace(blocks=section.blocks + tuple(blocks))


_TITLE_PREFIX = re.compile(r"^\s*title\s*:\s*", re.IGNORECASE)


def _title(
    blocks: list[Block], names: SectionNames, front: FrontMatter | None
) -> tuple[str | None, int]:
    for block in blocks:
        if (
            block.kind == "heading"
            and block.level == 1
            and names.role(block.text) is None
        ):
            return _TITLE_PREFIX.sub("", block.text).strip(), block.line
        if block.kind == "heading" and block.level > 1:
            break
    if front is not None and front.data and isinstance(front.data.get("title"), str):
        title = str(front.data["title"])
        first = blocks[0] if blocks else None
        if first is not None and _repeats_title(first, title, names):
            return first.text, first.line  # "## ADR 8: Throttle" under `title:`
        return title, front.key_lines.get("title", 1)
    for block in blocks[:1]:
        if block.kind == "heading" and names.role(block.text) is None:
            return _TITLE_PREFIX.sub("", block.text).strip(), block.line
        label = _TITLE_PREFIX.match(block.text) if block.kind == "paragraph" else None
        title = block.text.partition("\n")[0][label.end() :].strip() if label else ""
        if title:  # "**Title:** Use Flask"
            return title, block.line
        if block.kind == "paragraph" and _bold_title(block, names):
            return block.text, block.line  # "**ADR 7: Use Flask**" on the first line
    return None, 0


def _repeats_title(block: Block, title: str, names: SectionNames) -> bool:
    """A first heading that says the front matter's title again, with or
    without the record's number, is the page's title, not a section."""
    if block.kind != "heading" or names.role(block.text) is not None:
        return False
    heading, wanted = names.clean(block.text), names.clean(title)
    return bool(wanted and heading) and (
        heading.endswith(wanted) or wanted.endswith(heading)
    )


def _bold_title(block: Block, names: SectionNames) -> bool:
    """A first line in bold that is neither a section label nor a field."""
    text = block.text
    return (
        block.bold
        and "\n" not in text
        and len(text) <= 200
        and names.role(text) is None
        and names.role(text.partition(":")[0]) is None
    )

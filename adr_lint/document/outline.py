"""One ADR file's text -> `Document`: front matter, headings, prose blocks,
links and comments, each with its 1-based line, grouped into sections and
records (a file may hold several ADRs). The types are in `model`.

Markdown is parsed once, by pyromark (CommonMark); checks never see parser
events, only this model.
"""

from __future__ import annotations

import re
from itertools import pairwise

from adr_lint.document import fields as fieldmod
from adr_lint.document import frontmatter
from adr_lint.document.blocks import Block, walk
from adr_lint.document.frontmatter import FrontMatter
from adr_lint.document.model import Document, Record, Section
from adr_lint.knowledge.sections import SectionNames

_INLINE_OUTCOME = re.compile(r"^\W*chosen (?:option|alternative)s?\b", re.IGNORECASE)
_LABEL = re.compile(r"^([^\W\d][\w /&'-]{0,40}?)\s*:\s*(.*)$", re.DOTALL)


def parse(text: str, path: str, names: SectionNames) -> Document:
    text = normalise(text)
    front, body = frontmatter.split(text)
    walked = walk(body)
    records = _records(walked.blocks, names, front)
    return Document(
        path=path,
        text=text,
        front_matter=front,
        records=records,
        links=tuple(walked.links),
        comments=tuple(walked.comments),
        line_count=text.count("\n") + (0 if text.endswith("\n") else 1),
        fenced_lines=frozenset(walked.fenced),
    )


def normalise(text: str) -> str:
    """Drop a byte-order mark and make every line ending a single LF."""
    text = text.removeprefix("\ufeff")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _records(
    blocks: list[Block], names: SectionNames, front: FrontMatter
) -> tuple[Record, ...]:
    blocks = _promote_labels(blocks, names)
    starts = _record_starts(blocks, names)
    records = []
    for index, start in enumerate(starts):
        stop = starts[index + 1] if index + 1 < len(starts) else len(blocks)
        records.append(
            _record(blocks[start:stop], names, front if index == 0 else None)
        )
    return tuple(records)


def _promote_labels(blocks: list[Block], names: SectionNames) -> list[Block]:
    """Turn plain-text section labels ("Context", "**Decision:** We ...") into
    headings, so templates written without '#' still have sections."""
    out: list[Block] = []
    for block in _split_label_runs(blocks, names):
        label = (
            None
            if block.kind != "paragraph" or _is_field_value(out, names)
            else _label_of(block, names)
        )
        if label is None:
            out.append(block)
            continue
        name, rest = label
        out.append(Block("heading", block.line, name, 7))
        if rest:
            out.append(Block("paragraph", block.line, rest))
    return out


def _split_label_runs(blocks: list[Block], names: SectionNames) -> list[Block]:
    """Split a paragraph written as a run of labelled lines ("**Status:**
    Accepted", "**Context:** We ...", "**Decision:** We ...", one per line
    with no blank line between) at each line that opens a section."""
    out: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or "\n" not in block.text:
            out.append(block)
            continue
        lines = block.text.split("\n")
        if not _opens_section(lines[0], names, fields=True):
            out.append(block)
            continue
        cuts = [0]
        cuts += [n for n in range(1, len(lines)) if _opens_section(lines[n], names)]
        cuts.append(len(lines))
        out += [
            block._replace(line=block.line + a, text="\n".join(lines[a:b]))
            for a, b in pairwise(cuts)
        ]
    return out


def _opens_section(line: str, names: SectionNames, *, fields: bool = False) -> bool:
    """Whether a line starts with a section's label ("Context: ..."), or,
    with `fields`, a field's ("Status: Accepted")."""
    match = _LABEL.match(line)
    role = names.role(match.group(1)) if match else None
    return role is not None and (fields or role not in ("status", "date"))


def _is_field_value(before: list[Block], names: SectionNames) -> bool:
    """The first line under `## Status` is a value ("Rejected"), not a label."""
    return (
        bool(before)
        and before[-1].kind == "heading"
        and names.role(before[-1].text) in ("status", "date")
    )


def _label_of(block: Block, names: SectionNames) -> tuple[str, str] | None:
    if block.kind != "paragraph":
        return None
    first, _, more = block.text.partition("\n")
    if _INLINE_OUTCOME.match(first):
        return None  # MADR's `Chosen option: "X", because ...` is the decision itself
    bare = first.strip().rstrip(":").strip()
    if not bare[:1].isalpha():
        return None  # "*Nice to have" is a footnote, "1. Context" a list item
    if names.role(bare) not in (None, "status", "date") and not more.strip():
        return bare, ""
    match = _LABEL.match(first)
    if match and names.role(match.group(1)) not in (None, "status", "date"):
        rest = (match.group(2) + ("\n" + more if more else "")).strip()
        return match.group(1).strip(), rest
    if names.role(bare) not in (None, "status", "date"):
        return bare, more.strip()
    return None


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
    fields = fieldmod.collect(sections, front)
    first = blocks[0].line if blocks else 1
    last = blocks[-1].line if blocks else 1
    return Record(
        title,
        title_line,
        first,
        last,
        tuple(s for s in sections if s.blocks or s.level),
        fields,
    )


def _open_section(
    block: Block, names: SectionNames, stack: list[tuple[int, str]]
) -> Section:
    level = block.level
    while stack and stack[-1][0] >= level:
        stack.pop()
    own = names.role(block.text)
    role = own or (stack[-1][1] if stack else "other")
    stack.append((level, role))
    return Section(
        block.text, role, level, block.line, (block,), block.bold, own is None
    )


def _with_blocks(section: Section, blocks: list[Block]) -> Section:
    title, role, level, line, head, bold, inherited = section
    return Section(title, role, level, line, head + tuple(blocks), bold, inherited)


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
        return str(front.data["title"]), front.key_lines.get("title", 1)
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

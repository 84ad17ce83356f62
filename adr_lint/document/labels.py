"""Section labels written in other ways than a Markdown heading: a
plain-text label ("Context", "**Decision:** We ..."), a run of labelled
lines, and a heading that carries its value ("## Status: Accepted")."""

from __future__ import annotations

import re
from itertools import pairwise

from adr_lint.document.blocks import Block
from adr_lint.knowledge.sections import SectionNames

_INLINE_OUTCOME = re.compile(r"^\W*chosen (?:option|alternative)s?\b", re.IGNORECASE)
# "Decision: …", "Decision — …" / "Decision - …" with a spaced dash, and a
# run-in label closed by a full stop ("**Decision.** Flask."): only a
# section's own name is taken for a label, so prose is left alone.
_LABEL = re.compile(
    r"^([^\W\d][\w /&'-]{0,40}?)(?:\s*:\s*|\s+[-–—]\s+|\.\s+)(.*)$", re.DOTALL
)
# A heading that carries its value: "Status: Accepted", "Decision - Use X".
_HEADING_VALUE = re.compile(r"^(.{1,60}?)\s*(?::\s*|\s[-–—]\s+)(\S.*)$", re.DOTALL)


def promote(blocks: list[Block], names: SectionNames) -> list[Block]:
    """Turn plain-text section labels ("Context", "**Decision:** We ...") into
    headings, so templates written without '#' still have sections."""
    out: list[Block] = []
    for block in _split_label_runs(blocks, names):
        if block.kind == "heading":
            out += _heading_value(block, names)
            continue
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


def _heading_value(block: Block, names: SectionNames) -> list[Block]:
    """Split a heading that carries its value ("## Status: Accepted",
    "### Decision Outcome: Use X") into the section's heading and a first
    paragraph. A title (level 1) is left whole: "# Decision: Use X" names
    the record."""
    if block.level < 2 or names.role(block.text) is not None:
        return [block]
    match = _HEADING_VALUE.match(block.text)
    if match is None or names.role(match.group(1)) is None:
        return [block]
    name, value = match.group(1).strip(), match.group(2).strip()
    return [block._replace(text=name), Block("paragraph", block.line, value)]


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

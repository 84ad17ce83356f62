"""Text left over from the template (S009): a placeholder phrase in the
prose, a title that is still the template's, and a value still in the
template's braces (`status: { proposed }`, `Date: {YYYY-MM-DD}`), which
YAML reads as a mapping and would otherwise drop without a word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from adr_lint.checks.context import Context
from adr_lint.document import TITLE_NUMBER
from adr_lint.document.fields import braced
from adr_lint.findings import Hit

# A whole value in braces, not a template tag (`{{ page.title }}`, `{% x %}`).
_BRACED = re.compile(r"^\s*\{(?![{%])[^{}\n]*\}\s*$")
# Inline maths (`$\frac{a b}{c}$`, `$x_{i j}$`): LaTeX, not a placeholder.
_MATHS = re.compile(r"\$\$?[^$\n]*[\\^_][^$\n]*\$\$?")


def is_braced(value: str) -> bool:
    return bool(_BRACED.match(value))


def check(ctx: Context) -> Iterator[Hit]:
    """One finding a line: the title's, the front matter's, the prose's
    (which quotes the phrase), then the fields'."""
    seen: set[int] = set()
    for hit in chain(_title(ctx), _front_matter(ctx), _prose(ctx), _fields(ctx)):
        if hit.line not in seen:
            seen.add(hit.line)
            yield hit


def _left_in(text: str) -> str:
    return f"template text left in: \u201c{text.strip()[:60]}\u201d"


def _title(ctx: Context) -> Iterator[Hit]:
    record, language = ctx.analysis.record, ctx.kb.language
    title = record.title
    if not title:
        return
    number = TITLE_NUMBER.match(title)
    bare = title[number.end() :].strip() if number else title
    if language.placeholder_titles.search(bare) or language.placeholders.search(title):
        yield Hit(
            "S009",
            record.title_line or 1,
            f"the title is still the template's: \u201c{title[:60]}\u201d",
        )


def _front_matter(ctx: Context) -> Iterator[Hit]:
    front = ctx.doc.front_matter
    for key, value in (front.data or {}).items():
        if isinstance(value, str):
            leftover = value if is_braced(value) else None
        else:
            leftover = braced(value)
        if leftover is not None:
            yield Hit("S009", front.key_lines.get(key, 1), _left_in(leftover))


def _prose(ctx: Context) -> Iterator[Hit]:
    blocks = [b for s in ctx.analysis.record.sections for b in s.blocks]
    pattern = ctx.kb.language.placeholders
    # One search over the whole record first: almost every ADR has none.
    if not pattern.search("\n".join(b.text for b in blocks)):
        return
    for block in blocks:
        prose = _masked(block.text, block.code)
        # Braces around nothing but code (`∈ {`a`, `b`}`) are notation.
        match = next((m for m in pattern.finditer(prose) if _worded(m.group())), None)
        if match:
            line = block.line + block.text.count("\n", 0, match.start())
            yield Hit("S009", line, _left_in(_doubled(prose, *match.span())))


def _doubled(text: str, start: int, end: int) -> str:
    """The placeholder as written, with the second pair of braces of a
    doubled one ("{{ TECH STORY }}") that the match stops inside."""
    if text[start - 1 : start] == "{" and text[end : end + 1] == "}":
        return text[start - 1 : end + 1]
    return text[start:end]


def _worded(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _masked(text: str, code: tuple[str, ...]) -> str:
    """The prose with its code spans and maths blanked, at the same offsets.
    Longer spans first: `Status` inside `OrderStatus Status { get; }` must
    not break the longer span before it is blanked."""
    for sample in sorted(code, key=len, reverse=True):
        text = text.replace(sample, " " * len(sample))
    if "$" in text:
        text = _MATHS.sub(lambda m: " " * len(m.group()), text)
    return text


def _fields(ctx: Context) -> Iterator[Hit]:
    end = ctx.doc.front_matter.end_line
    record = ctx.analysis.record
    for field in chain(record.fields.values(), record.statuses):
        if field.line > end and is_braced(field.value):
            yield Hit("S009", field.line, _left_in(field.value))

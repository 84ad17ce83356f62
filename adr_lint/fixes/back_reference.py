"""R005: when A is superseded by B and B does not say so, B's status gets
the line that says it, in the form the folder uses (`fixes/references.py`):

- under a `## Status` section, a paragraph after what it says:
  `Supersedes [7. Use Kafka](0007-use-kafka.md)`, as adr-tools writes it;
- beside a `Status: Accepted` line (or list item), a line of the same kind
  right after it: `- Supersedes: [ADR-0007](0007-use-kafka.md)`.

This is the one fix that changes another file than the finding's: B.

Not offered when B cannot be read, has a reading problem (P001-P004),
keeps its status in front matter or a table, has none, or its status line
runs on to the next line."""

from __future__ import annotations

import os
import posixpath
import re
from typing import NamedTuple

from adr_lint import document
from adr_lint.checks.context import Context
from adr_lint.document import Document, Field, Record
from adr_lint.findings import Finding
from adr_lint.fixes import references
from adr_lint.fixes.edit import Edit, Fix, insert
from adr_lint.fixes.files import Files
from adr_lint.reading.analysis import analyse

CODE = "R005"
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
# What may follow a status line without belonging to it: a blank line, a
# list item, another `Key: value` line.
_ENDS_FIELD = re.compile(
    r"^\s*$|^\s*(?:[-*+]|\d{1,3}[.)])\s|^\W{0,6}[^\W\d][\w -]{0,30}:"
)
_STATUS_KEY = re.compile(r"status|state", re.IGNORECASE)
_ATX_TITLE = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")


class Place(NamedTuple):
    before: int  # the line the new lines go before
    lead: str  # a list marker to repeat, or ""
    section: bool  # under a Status heading, as a paragraph of its own
    lower: bool  # the status key is written in lower case


def fix(ctx: Context, finding: Finding, files: Files) -> Fix | None:
    found = _successor_of(ctx, finding, files)
    if found is None:
        return None
    path, shown, successor = found
    lines = successor.text.split("\n")
    place = _place(successor, lines)
    if place is None:
        return None
    here = os.path.abspath(ctx.path or "")
    line = _reference(
        place,
        references.record(here, _title(ctx.analysis.record, ctx.doc.text.split("\n"))),
        references.record(path, _title(successor.record, lines)),
        shown,
        references.folder_convention(os.path.dirname(path), files),
    )
    edit = _insertion(place, line, lines)
    return Fix(finding.rule, finding.line, finding.message, path, (edit,))


def _successor_of(
    ctx: Context, finding: Finding, files: Files
) -> tuple[str, str, Document] | None:
    """The successor's path, the link text that names it, and the successor,
    when it can be changed and does not name this record yet."""
    record = ctx.analysis.record
    field = record.fields.get("superseded-by") or record.fields.get("status")
    if ctx.path is None or field is None or field.line != finding.line:
        return None
    link = _successor(ctx, field, finding)
    here = os.path.abspath(ctx.path)
    if link is None:
        return None
    path = os.path.normpath(os.path.join(os.path.dirname(here), link[0]))
    text = files.text(path)
    if text is None or os.path.basename(here).rsplit(".", 1)[0] in text:
        return None
    successor = document.parse(text, path, ctx.kb.language.sections)
    if successor.front_matter.error or analyse(successor, ctx.kb).problems:
        return None
    return path, link[1], successor


def _insertion(place: Place, line: str, lines: list[str]) -> Edit:
    if not place.section:
        return insert(place.before, line)
    new = ["", line]  # a paragraph of its own
    if place.before <= len(lines) and lines[place.before - 1].strip():
        new.append("")  # and a blank line before the next heading
    return insert(place.before, *new)


def _successor(ctx: Context, field: Field, finding: Finding) -> tuple[str, str] | None:
    """The link to the successor the finding is about, and its text."""
    raw = ctx.doc.text.split("\n")[field.line - 1]
    for link in ctx.doc.links:
        if link.line == field.line and f"'{link.target}'" in finding.message:
            shown = re.search(
                r"\[((?:[^\[\]\\]|\\.)*)\]\(<?" + re.escape(link.target), raw
            )
            target = link.target.split("#", 1)[0].split("?", 1)[0]
            return target, shown.group(1) if shown else ""
    if field.key == "superseded-by" and f"'{field.value}'" in finding.message:
        return field.value, ""
    return None


def _place(doc: Document, lines: list[str]) -> Place | None:
    """Where in B the line goes, and of which kind it is."""
    field = doc.record.fields.get("status")
    if field is None or field.line <= doc.front_matter.end_line:
        return None
    values = (s for s in doc.record.sections if s.role == "status" and s.blocks[1:])
    for section in values:
        if section.blocks[1].line == field.line:
            stop = _next_heading(doc, section.line)
            return Place(_end_of(lines, field.line, stop) + 1, "", True, False)
    raw = lines[field.line - 1]
    after = lines[field.line] if field.line < len(lines) else ""
    if raw.lstrip().startswith("|") or not _ENDS_FIELD.match(after):
        return None  # a table row, or a status that runs on
    lead = _ITEM.match(raw)
    key = _STATUS_KEY.search(raw)
    lower = bool(key and key.group().islower())
    return Place(field.line + 1, lead.group() if lead else "", False, lower)


def _next_heading(doc: Document, after: int) -> int | None:
    """The line of the first heading after line `after`, in any record."""
    headings = [s.line for r in doc.records for s in r.sections if s.level]
    headings += [r.title_line for r in doc.records[1:]]
    return min((n for n in headings if n > after), default=None)


def _end_of(lines: list[str], first: int, stop: int | None) -> int:
    """The last line with text from `first` up to the line `stop`."""
    last = first
    for number in range(first, (stop or len(lines) + 1)):
        if number <= len(lines) and lines[number - 1].strip():
            last = number
    return last


def _reference(
    place: Place,
    superseded: references.Record,
    successor: references.Record,
    shown: str,
    learned: references.Convention | None,
) -> str:
    """The new line: the keyword, then a link to A in the folder's form."""
    if learned:
        form: references.Form | None = learned.form
        keyword = learned.keyword
    else:
        form = references.form_of(shown, successor) if shown else None
        keyword = "Supersedes" if place.section else "Supersedes:"
        keyword = keyword.lower() if place.lower else keyword
    text = references.link_text(form, superseded) if form else None
    if text is None:
        text = superseded.title or superseded.name.rsplit(".", 1)[0]
    target = posixpath.relpath(
        superseded.path.replace(os.sep, "/"),
        os.path.dirname(successor.path).replace(os.sep, "/"),
    )
    return f"{place.lead}{keyword} [{text}]({target})"


def _title(record: Record, lines: list[str]) -> str | None:
    """A record's title as link text: the heading as written, unless it
    holds brackets (a link in a link); else the plain title, escaped."""
    if not record.title:
        return None
    raw = lines[record.title_line - 1] if record.title_line else ""
    heading = _ATX_TITLE.match(raw)
    if heading and not re.search(r"[\[\]<]", heading.group(1)):
        return heading.group(1)
    return re.sub(r"([\\\[\]])", r"\\\1", record.title)

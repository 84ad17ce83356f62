"""What its content says of a Markdown file its name left open: a template
(a placeholder title over a body of placeholders), an index page (a page
that is not a record and lists records), a guide (a page that explains how
to write ADRs), or a record.

Most files are named like records and have a real title: for them this
costs one search of the title.
"""

from __future__ import annotations

from adr_lint.document.blocks import Block
from adr_lint.document.model import Document
from adr_lint.knowledge.model import Language
from adr_lint.layout import names
from adr_lint.layout.folders import Place

# The sections that make a record: two of them, one saying what was
# decided or where the decision stands.
RECORD_ROLES = frozenset({"status", "context", "decision", "options", "consequences"})
DECIDING = frozenset({"status", "decision"})
# Under a placeholder title, a body this much filled with placeholders is
# a template's; less, and it is a record whose title was left unwritten.
FILLED = 1 / 3
# A page not named like a record is an index when this share of its prose
# links to records, and at least LISTED of it does.
MOSTLY = 1 / 2
LISTED = 3
# A page that is neither named nor built like a record is a guide when it
# says this many different things about how to write ADRs.
GUIDE_CUES = 2


def verdict(doc: Document, where: Place, language: Language) -> tuple[str, str] | None:
    """(kind, reason) when the file is not a record; None when it is one."""
    if is_template(doc, language):
        return names.TEMPLATE, "placeholder title over a body of placeholders"
    if where.named:
        return None
    if is_record(doc):
        return None
    prose = _prose(doc)
    listing = _listing(doc, prose)
    if where.page is not None:
        if not listing and _guide(doc, language):
            return "guide", "not a record; explains how to write ADRs"
        return names.INDEX, _index_reason(where, listing)
    if len(listing) >= LISTED and len(listing) >= MOSTLY * len(prose):
        return names.INDEX, _index_reason(where, listing)
    if _guide(doc, language):
        return "guide", "not a record; explains how to write ADRs"
    return None


def is_record(doc: Document) -> bool:
    """A title and the sections of a record (a status and a context, a
    context and a decision, …) in one of the file's records."""
    for record in doc.records:
        if not record.title:
            continue
        roles = {s.role for s in record.sections if s.level and not s.inherited}
        if "status" in record.fields:
            roles.add("status")
        roles &= RECORD_ROLES
        if len(roles) >= 2 and roles & DECIDING:
            return True
    return False


def is_template(doc: Document, language: Language) -> bool:
    title = doc.record.title
    if not title or not language.template_titles.search(title):
        return False
    prose = _prose(doc)
    filled = sum(
        1
        for block in prose
        if language.template_fillers.search(block.text)
        or language.placeholders.search(block.text)
    )
    return not prose or filled >= FILLED * len(prose)


def _prose(doc: Document) -> list[Block]:
    return [
        b
        for record in doc.records
        for section in record.sections
        for b in section.blocks
        if b.kind != "heading"
    ]


def _listing(doc: Document, prose: list[Block]) -> list[Block]:
    """The blocks of `prose` that link to a record."""
    lines = {link.line for link in doc.links if names_a_record(link.target)}
    if not lines:
        return []
    return [
        b
        for b in prose
        if any(n in lines for n in range(b.line, b.line + b.text.count("\n") + 1))
    ]


def names_a_record(target: str) -> bool:
    """A link whose last part is named like a record: a Markdown file
    (`0007-use-kafka.md`, wherever it is) or, in this repository, a folder
    that keeps a record (`../0007-use-kafka/`)."""
    path = target.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    last = path.rsplit("/", 1)[-1]
    if "%" in last:
        from urllib.parse import unquote  # rare; kept off the start-up path

        last = unquote(last)
    if names.is_markdown(last):
        return names.identity(names.stem(last)) is not None
    local = ":" not in path and "." not in last
    return local and bool(last) and names.identity(last) is not None


def _guide(doc: Document, language: Language) -> bool:
    said = {
        match.group().lower()
        for record in doc.records
        for section in record.sections
        for block in section.blocks
        for match in language.guide_cues.finditer(block.text)
    }
    return len(said) >= GUIDE_CUES


def _index_reason(where: Place, listing: list[Block]) -> str:
    if len(listing) == 1:
        return "not a record; one entry links to a record"
    if listing:
        return f"not a record; {len(listing)} entries link to records"
    return f"named {where.name}, and not a record"

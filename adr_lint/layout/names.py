"""What a file or folder name says about it: the number or date a record
carries, a placeholder where a number should be, or the words of a page
that is not a record (`index_names`, `template_names` and `name_fillers`
in the language pack)."""

from __future__ import annotations

import re

from adr_lint.knowledge.model import Language

SUFFIXES = (".md", ".markdown")
# "0007-x.md", "adr-007-x.md", and a name that is its number: "ADR_007.md"
_NUMBER = re.compile(
    r"^(?:adr[-_]?)?(\d{1,5})(?:[-_]|\.(?:md|markdown)$)", re.IGNORECASE
)
_DATED = re.compile(r"^\d{4}-?\d{2}-?\d{2}[-_]")
# In a name without its extension, which may be a folder's: "0007", "0007-x",
# "adr-007-x", "2023-06-30-x".
_NUMBERED = re.compile(r"^(?:adr[-_]?)?(\d{1,5})(?:[-_]|$)", re.IGNORECASE)
_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[-_]|$)")
# Where a template has its number: "XXXX-", "NNNN-", "adr-xxx-",
# "YYYY-MM-DD-"; it counts in a name made of page words ("NNNN-title.md").
# Zeros are no placeholder: MADR numbers its first record 0000, adr-tools
# projects have "000-record-architecture-decisions.md".
_PLACEHOLDER = re.compile(
    r"^(?:adr[-_]?)?(?:x{2,5}|n{2,5}|#{1,5}|y{4}-?m{2}-?d{2})(?:[-_.\s]|$)",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"^(?:adr[-_]?)?(?:\d{1,5}|x{2,5}|n{2,5}|#{1,5}|y{4}-?m{2}-?d{2})(?=[-_.\s]|$)",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"[-_.\s]+")

INDEX = "index page"
TEMPLATE = "template"


def stem(name: str) -> str:
    low = name.lower()
    for suffix in SUFFIXES:
        if low.endswith(suffix):
            return name[: -len(suffix)]
    return name


def is_markdown(name: str) -> bool:
    return name.lower().endswith(SUFFIXES)


def file_number(name: str) -> int | None:
    """The ADR number in a file name; a date prefix (log4brains) is not one."""
    if _DATED.match(name):
        return None
    match = _NUMBER.match(name)
    return int(match.group(1)) if match else None


def identity(name: str) -> tuple[str, int] | None:
    """What names a record, in a file's stem or a folder's name: its date
    ("2023-06-30-x"), else its number ("0007", "adr-007-x"); None for a
    name that carries neither."""
    dated = _DATE.match(name)
    if dated:
        return ("date", int("".join(dated.groups())))
    numbered = _NUMBERED.match(name)
    return ("number", int(numbered.group(1))) if numbered else None


def page_kind(name: str, language: Language) -> str | None:
    """`TEMPLATE` or `INDEX` when a file or folder name is made only of the
    words of such pages ("adr-template.md", "0000-template.md", "_index.md",
    "README.md", "decision-log.md", "XXXX-short-title.md"); None for any other
    name, a record's ("0039-use-velocity-as-template-engine.md") included."""
    base = stem(name)
    words = set(_SEPARATORS.split(_PREFIX.sub("", base.lower()))) - {""}
    known = language.index_names | language.template_names | language.name_fillers
    if not words <= known:
        return None
    if words & language.template_names:
        return TEMPLATE
    if words & language.index_names:
        return INDEX
    return TEMPLATE if _PLACEHOLDER.match(base) else None

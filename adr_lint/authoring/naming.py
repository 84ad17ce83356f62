"""How an ADR folder names its records, read from the names it holds, and
the name of the next one.

Two schemes: a number (`0007-use-kafka.md`, `adr-007-use-kafka.md`,
`7_use_kafka.md`) or a date (`2023-06-30-use-kafka.md`, `20230630-...`).
Each feature of a name (prefix, zero-padding, separators, letter case,
extension) is voted on by the newest records, so that a folder that
changed its habits is followed as it is now.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from typing import Any, NamedTuple

_DATED = re.compile(
    r"^(?P<date>\d{4}(?P<dash>-?)\d{2}(?P=dash)\d{2})"
    r"(?P<sep>[-_])(?P<slug>[^/]+?)(?P<ext>\.md|\.markdown)$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(
    r"^(?P<prefix>adr[-_]?)?(?P<number>\d{1,5})"
    r"(?:(?P<sep>[-_])(?P<slug>[^/]+?))?(?P<ext>\.md|\.markdown)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W_]+")
# A page beside the records, not one of them: its name is one of these
# words, with at most words that say which template it is
# (`adr-template-bare-minimal.md`, `0000-template.md`, `index.md`).
PAGE_WORDS = frozenset({"template", "index", "readme", "toc", "contents"})
PAGE_QUALIFIERS = frozenset(
    {"adr", "adrs", "madr", "nygard", "bare", "minimal", "full", "short", "long"}
    | {"lightweight", "default", "decision", "decisions", "record", "records"}
    | {"architecture", "architectural", "example", "sample", "table", "of"}
)
NEWEST = 10  # records whose names vote on the folder's habits
MAX_SLUG = 80  # characters: file systems allow 255 bytes, people read less


class Naming(NamedTuple):
    dated: bool = False
    prefix: str = ""  # before the number: "", "adr-", "ADR-", "adr_"
    width: int = 4  # digits the number is zero-padded to; 1: not padded
    separator: str = "-"  # after the number or the date
    word_separator: str = "-"  # between the slug's words
    lower: bool = True  # the slug lower-cased, else in the title's case
    date_dashes: bool = True  # 2023-06-30 rather than 20230630
    extension: str = ".md"
    slugged: bool = True  # a slug after the number at all (`ADR-13.md`: none)
    # Records in folders of their own: "" none, "number" (`0015/0015-x.md`),
    # "stem" (`0015-x/README.md`, the file named `inner`).
    folders: str = ""
    inner: str = "README.md"


class Name(NamedTuple):
    """What a record's file name says."""

    number: int | None
    date: str | None
    votes: dict[str, Any]  # Naming's fields this name has an opinion on


def page_words(stem: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(stem) if not w.isdigit()]


def is_page(file_name: str) -> bool:
    """An index or a template beside the records (`README.md`,
    `0000-template.md`, `adr-template-minimal.md`), not a record."""
    words = page_words(file_name.rsplit(".", 1)[0])
    return bool(PAGE_WORDS & set(words)) and all(
        w in PAGE_WORDS or w in PAGE_QUALIFIERS for w in words
    )


def parse(file_name: str) -> Name | None:
    """A record's name read, or None for a name that is no record's."""
    if is_page(file_name):
        return None
    dated = _DATED.match(file_name)
    if dated:
        votes: dict[str, Any] = {"dated": True, "date_dashes": bool(dated["dash"])}
        votes |= _slug_votes(dated["sep"], dated["slug"], dated["ext"])
        return Name(None, dated["date"].replace("-", ""), votes)
    numbered = _NUMBERED.match(file_name)
    if numbered is None:
        return None
    digits = numbered["number"]
    votes = {"dated": False, "prefix": numbered["prefix"] or ""}
    if digits.startswith("0") and len(digits) > 1:
        votes["width"] = len(digits)
    elif len(digits) == 1:
        votes["width"] = 1
    votes |= _slug_votes(numbered["sep"], numbered["slug"], numbered["ext"])
    return Name(int(digits), None, votes)


def _slug_votes(sep: str | None, slug: str | None, ext: str) -> dict[str, Any]:
    votes: dict[str, Any] = {
        "extension": ext.lower(),
        "slugged": bool(slug),
        "folders": "",
    }
    if not slug or sep is None:
        return votes
    votes["separator"] = sep
    inner = [c for c in slug if c in "-_"]
    if inner:
        votes["word_separator"] = Counter(inner).most_common(1)[0][0]
    letters = [c for c in slug if c.isalpha()]
    if letters:
        votes["lower"] = not any(c.isupper() for c in letters)
    return votes


def detect(names: Iterable[Name]) -> Naming:
    """The folder's naming: the scheme most of its records use, and each
    feature as most of the newest of them write it (the newest breaks a
    tie)."""
    records = list(names)
    if not records:
        return Naming()
    dated = Counter(bool(n.votes["dated"]) for n in records).most_common(1)[0][0]
    same = sorted(
        (n for n in records if n.votes["dated"] == dated),
        key=lambda n: (n.date or "", n.number or 0),
    )[-NEWEST:]
    chosen: dict[str, Any] = {}
    for feature in Naming._fields:
        said = [n.votes[feature] for n in reversed(same) if feature in n.votes]
        if said:
            counts = Counter(said)
            best = max(counts.values())
            chosen[feature] = next(v for v in said if counts[v] == best)
    if "width" not in chosen and not dated:
        chosen["width"] = 1  # numbers as high as 100 or more, never padded
    if "word_separator" not in chosen and "separator" in chosen:
        # One-word slugs (`8_scan.md`): words are joined as the number is.
        chosen["word_separator"] = chosen["separator"]
    return Naming()._replace(**chosen)


def next_number(names: Iterable[Name]) -> int:
    return max((n.number for n in names if n.number is not None), default=0) + 1


def record_path(naming: Naming, title: str, number: int, today: str) -> str:
    """Where the next record goes, relative to the ADR folder."""
    name = file_name(naming, title, number, today)
    if naming.folders == "number" and not naming.dated:
        return f"{number:0{naming.width}d}/{name}"
    if naming.folders == "stem":
        return f"{name.rsplit('.', 1)[0]}/{naming.inner}"
    return name


def file_name(naming: Naming, title: str, number: int, today: str) -> str:
    slug = slugify(title, naming)
    if naming.dated:
        date = today if naming.date_dashes else today.replace("-", "")
        return f"{date}{naming.separator}{slug}{naming.extension}"
    head = f"{naming.prefix}{number:0{naming.width}d}"
    if not naming.slugged:
        return f"{head}{naming.extension}"
    return f"{head}{naming.separator}{slug}{naming.extension}"


DEFAULT = Naming()


def slugify(title: str, naming: Naming = DEFAULT) -> str:
    """The title's words, accents dropped, joined as the folder joins them;
    cut at a word to `MAX_SLUG` characters. Empty when the title has no
    letter or digit."""
    plain = "".join(_unaccented(c) for c in title if c not in "'’")
    words = _WORD.findall(plain.lower() if naming.lower else plain)
    slug = ""
    for word in words:
        longer = f"{slug}{naming.word_separator}{word}" if slug else word
        if len(longer) > MAX_SLUG and slug:
            break
        slug = longer[:MAX_SLUG]
    return slug


def _unaccented(char: str) -> str:
    """A Latin letter without its accents (é: e); any other as it is: the
    marks of other scripts are part of the letter (で is not て)."""
    parts = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in parts if not unicodedata.combining(c))
    return base if base.isascii() else char

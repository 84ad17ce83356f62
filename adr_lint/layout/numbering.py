"""A folder's own way of numbering its records, for the names the pack's
`file_names` do not know: `01-use-kafka.md` in a folder of two-digit
names, `7-use-kafka.md` in a folder that never pads its numbers,
`ADR_007.md` or `007.md` in a folder whose names are their numbers, and
`drupal-9.md` in a folder where most records carry no number at all.

A name follows the folder when most of the folder's numbered records (at
least three, and at least half) write their number the same way: the same
prefix and separator, and the same count of digits, or no zero padding in
a folder where no record pads. One record that strays from its folder's
way is still reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import NamedTuple

_FORM = re.compile(
    r"^(adr[-_]?)?(\d{1,5})(?:([-_])[^\s/]+)?\.(?:md|markdown)$", re.IGNORECASE
)
# A convention needs this many records behind it, and this share of the
# folder's numbered records.
MIN_RECORDS = 3
MIN_SHARE = 0.5


class Form(NamedTuple):
    prefix: str  # "", "adr-", "adr_", lower-cased
    digits: int  # how many, or 0 for numbers written without padding
    separator: str  # "" for a name that is its number alone ("007.md")


def form(name: str, *, plain: bool) -> Form | None:
    """How a name writes its number; `plain`: count an unpadded number as
    unpadded rather than by its digits."""
    match = _FORM.match(name)
    if match is None:
        return None
    prefix, number, separator = match.groups()
    digits = 0 if plain and not _padded(name) else len(number)
    return Form((prefix or "").lower(), digits, separator or "")


def follows(name: str, folder_names: Iterable[str]) -> bool:
    """Whether `name` numbers itself the way most of its folder does."""
    others = [n for n in folder_names if _FORM.match(n)]
    if len(others) < MIN_RECORDS:
        return False
    # A folder where no record pads its numbers writes them plainly: 7, 8 … 12.
    plain = not any(_padded(n) for n in others)
    mine = form(name, plain=plain)
    if mine is None:
        return False
    forms = Counter(form(n, plain=plain) for n in others)
    return forms[mine] >= max(MIN_RECORDS, MIN_SHARE * len(others))


def unnumbered_folder(unnumbered: int, identified: int) -> bool:
    """Whether a folder names its records without numbers: most of them
    (at least three, and more than those named by a number or a date)
    carry neither ("drupal-9.md" in a site's folder that orders records by
    their front matter)."""
    return unnumbered >= MIN_RECORDS and unnumbered > identified


def _padded(name: str) -> bool:
    match = _FORM.match(name)
    return match is not None and len(match.group(2)) > 1 and match.group(2)[0] == "0"

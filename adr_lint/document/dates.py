"""Reading a date written some other way than ISO 8601, only when there is
one reading of it.

A date is read when its month cannot be mistaken:

- it is written as a word ("March 4, 2021", "4 Mar 2021", "4th of March
  2021", "2021 March 4", "4. März 2021"; the names are the pack's `months`);
- the year comes first (2021/03/04, 2021.3.4, 2021-3-4, 20210304): year,
  month, day is the only order written that way;
- day and month are numbers after which the year comes (04/13/2021,
  13.04.2021): only when one of them is over 12, so must be the day, or
  both are the same. 04/03/2021 is the 4th of March in most of the world
  and the 3rd of April in the United States, and the separator does not
  settle it (dots and slashes are used both ways): such a date is left.

Two-digit years are never read (which century?), nor anything else on
the line: a time, a weekday, a second date, a month without its day.
"""

from __future__ import annotations

import datetime
import re

from adr_lint.knowledge import Language

_YEAR_FIRST = re.compile(r"^(\d{4})([-/._ ])(\d{1,2})\2(\d{1,2})$")
_YEAR_LAST = re.compile(r"^(\d{1,2})([-/._ ])(\d{1,2})\2(\d{4})$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|[,./-]|(\S)")


def iso(written: str, language: Language) -> str | None:
    """`written` as YYYY-MM-DD, or None when it is not one certain date."""
    text = " ".join(written.split())
    found = numeric(text)
    if found is None and any(c.isalpha() for c in text):
        found = _worded(text.casefold(), language)
    if found is None:
        return None
    year, month, day = found
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None  # the 30th of February, month 0


def numeric(text: str) -> tuple[int, int, int] | None:
    """Year, month and day of a date written in numbers, when only one
    order fits; not checked against the calendar ("31/06/2016" is June's
    31st, which `iso` refuses)."""
    if m := _YEAR_FIRST.match(text) or _COMPACT.match(text):
        year, month, day = m.group(1), m.groups()[-2], m.groups()[-1]
        return int(year), int(month), int(day)
    if m := _YEAR_LAST.match(text):
        first, second, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if first > 12 >= second or first == second:
            return year, second, first
        if second > 12 >= first:
            return year, first, second
    return None


def _worded(text: str, language: Language) -> tuple[int, int, int] | None:
    """Day, month name and year, in the orders they are written in."""
    parts: list[str] = []
    for token in _TOKEN.finditer(text):
        if token.group(1):
            return None  # a colon, a bracket: a time or a note, not a date
        word = token.group()
        if word in ",./-" or word in language.date_words:
            continue
        if word in language.day_suffixes and parts and parts[-1].isdigit():
            parts[-1] += "#"  # a day's number, never a year's
            continue
        parts.append(word)
    shapes = "".join(_shape(p, language) for p in parts)
    if shapes == "dmy":
        day, month, year = parts
    elif shapes == "mdy":
        month, day, year = parts
    elif shapes == "ymd":
        year, month, day = parts
    else:
        return None
    number = language.months.number(month)
    return None if number is None else (int(year), number, int(day.rstrip("#")))


def _shape(part: str, language: Language) -> str:
    if language.months.number(part) is not None:
        return "m"
    if re.fullmatch(r"\d{1,2}#?", part):
        return "d"
    if re.fullmatch(r"\d{4}", part):
        return "y"
    return "?"

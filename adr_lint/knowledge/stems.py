"""Word stems: the few English endings cut off, so that a concept's term
matches its inflections ("hire", "hires", "hired", "hiring" are "hir").

Crude on purpose: both the pack's terms and the record's words go through
the same function, so a stem only has to be the same for the forms of one
word, not to be a real root.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ENDINGS = ("ing", "ed", "es", "s")


@lru_cache(maxsize=16384)  # the same words recur in every record
def stem(word: str) -> str:
    word = word.lower().replace("’", "'").removesuffix("'s")
    for ending in _ENDINGS:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word.removesuffix("e") if len(word) > 3 else word


def stems(text: str) -> list[str]:
    """The stems of the words of `text`, in order."""
    return [stem(w) for w in _WORD.findall(text)]


def spans(text: str) -> list[tuple[int, int]]:
    """Where each word of `text` stands, in the order `stems` gives them."""
    return [m.span() for m in _WORD.finditer(text)]

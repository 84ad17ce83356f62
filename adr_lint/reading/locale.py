"""Which language a record is written in, from the pack's `locales`.

Each language lists short frequent words that are rare in the others (or,
for a script written without spaces, its letters); the record's language is
the one it uses most of them, and English when none outnumbers English.
Only a record that chooses a framework is asked, so the cost falls on few.
"""

from __future__ import annotations

import re
from collections import Counter

from adr_lint.knowledge import Locale

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters: enough to tell a language, bounded in cost
DEFAULT = "en"


def detect(text: str, locales: tuple[Locale, ...]) -> Locale | None:
    """The record's language, or None when the pack lists none."""
    if not locales:
        return None
    sample = text[:_SAMPLE]
    counts = Counter(w.lower() for w in _WORD.findall(sample))
    default = next((loc for loc in locales if loc.id == DEFAULT), locales[0])
    best, best_score = default, _score(default, counts, sample)
    for locale in locales:
        score = _score(locale, counts, sample)
        if score > best_score:
            best, best_score = locale, score
    return best


def _score(locale: Locale, counts: Counter[str], sample: str) -> int:
    score = sum(counts[w] for w in locale.words)
    if locale.letters is not None:
        score += len(locale.letters.findall(sample)) // 2
    return score

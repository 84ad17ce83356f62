"""The parts of a system that a Decision gives different frameworks
("Staff portal → Django", "FastAPI for the public API"), and which part a
stated need is about ("the staff need an admin" is the portal's need)."""

from __future__ import annotations

import re
from typing import NamedTuple

from adr_lint.knowledge import KnowledgeBase

_WORD = re.compile(r"[^\W\d_]{3,}")
# "FastAPI for the public API and ...": the part named after the framework.
_FOR_PART = re.compile(
    r"^\W*(?:for|to serve|to run|on|behind)\s+(.{1,60}?)(?:[,.;(]|\s[-–—]\s|\band\b|$)",
    re.IGNORECASE,
)


class Part(NamedTuple):
    framework: str
    words: frozenset[str]  # words naming this part and no other


def parts(chosen: list[tuple[str, str]], kb: KnowledgeBase) -> tuple[Part, ...]:
    """For each (framework, sentence that chooses it), the part it is chosen
    for: the words before the name in its stretch of the sentence ("Staff
    portal →", "and the intake API with"), or the words after it that say
    what it serves ("for the public API"). Only words no other part's name
    shares identify a part."""
    named = [(f, _label_words(sentence, f, kb)) for f, sentence in chosen]
    out = []
    for index, (framework, words) in enumerate(named):
        others = set().union(*(w for i, (_, w) in enumerate(named) if i != index))
        out.append(Part(framework, frozenset(words - others)))
    return tuple(out)


def belongs_to(sentence: str, found: tuple[Part, ...]) -> str | None:
    """The framework of the one part the sentence names, if it names one."""
    words = set(_WORD.findall(sentence.lower()))
    named = {p.framework for p in found if p.words & words}
    return named.pop() if len(named) == 1 else None


def _label_words(sentence: str, framework: str, kb: KnowledgeBase) -> set[str]:
    mentions = list(kb.mentions.finditer(sentence))
    for index, mention in enumerate(mentions):
        if kb.framework_of(mention.text) != framework:
            continue
        start = mentions[index - 1].end if index else 0
        end = mentions[index + 1].start if index + 1 < len(mentions) else len(sentence)
        after = _FOR_PART.match(sentence[mention.end : end])
        label = after.group(1) if after else sentence[start : mention.start]
        fillers = kb.language.part_fillers
        return {w for w in _WORD.findall(label.lower()) if w not in fillers}
    return set()

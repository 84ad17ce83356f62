"""Finding framework names in text, fast.

With IGNORECASE, Python's regular-expression engine cannot skip ahead on
the first letter, and tries every name at every position. So names are
matched case-sensitively, as a trie (one branch per next letter), in the
lower-cased text; a name that counts only when capitalised ("Express",
"Spring") is then checked against the original. The "not glued to a word
on the left" check is made on each candidate rather than by a look-behind,
which would also stop the engine skipping ahead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from adr_lint.knowledge import compiled

_GLUED_BEFORE = frozenset("@/.-_")
# Scripts written without spaces between words (kana, CJK ideographs, Thai)
# and Hangul, whose particles attach to the word before them: a Latin name
# next to them is not glued to a word ("Djangoを採用する", "Django를 사용").
_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
# A name starts after a character that cannot glue it to a word. Matching
# that character, rather than looking behind for it, lets the engine skip
# from one such character to the next instead of trying every letter.
_START = r"[^a-z0-9@._\-]"  # after "/" only a language ("Python/Flask"): see finditer
# A name ends where no word goes on: "Django" in "Django-based" and
# "FastAPI-powered" still names the framework; "django-fsm" does not.
_AFTER = rf"(?![^\W{_UNSPACED}]|-(?!(?:based|powered)\b)\w|_\w|\.\w)"


_RUNTIME_REACH = 12  # characters before a slash where a language's name ends


class Mention(NamedTuple):
    start: int
    end: int
    text: str  # as matched in the lower-cased text


class Mentions:
    __slots__ = ("_cased", "_compiled", "_runtime", "source")

    def __init__(self, aliases: list[tuple[str, bool]]) -> None:
        self.source = f"{_START}((?:{trie([a for a, _ in aliases])}){_AFTER})"
        self._cased = {" ".join(a.split()).lower(): a for a, cased in aliases if cased}
        self._compiled: re.Pattern[str] | None = None
        self._runtime: re.Pattern[str] | None = None

    def after_runtimes(self, runtimes: frozenset[str]) -> None:
        """A name written after a language and a slash names the framework
        ("Python/Flask", "Node.js/Express"), though a slash glues a name to
        a path ("src/flask") elsewhere."""
        if runtimes:
            names = sorted((r.lower() for r in runtimes), key=len, reverse=True)
            words = "|".join(map(re.escape, names))
            self._runtime = re.compile(rf"(?<![\w./-])(?:{words})\s*$")

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled.pattern(self.source)
        return self._compiled

    def finditer(self, text: str) -> Iterator[Mention]:
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer
            lowered = "".join(c.lower()[:1] or c for c in text)
        # The space in front stands for the start of the text; offsets in
        # the padded text are one more than in `text`.
        for match in self.compiled().finditer(" " + lowered):
            start, end = match.start(1) - 1, match.end(1) - 1
            if start and lowered[start - 1] == "/":
                if not self._after_runtime(lowered, start - 1):
                    continue  # a path ("src/flask"), not "Python/Flask"
            elif start and _glued(text[start - 1]):
                continue  # glued to a letter outside ASCII ("ébottle")
            found = match.group(1)
            cased = self._cased.get(" ".join(found.split()))
            if cased is not None and " ".join(text[start:end].split()) != cased:
                continue
            yield Mention(start, end, found)

    def _after_runtime(self, lowered: str, slash: int) -> bool:
        runtime = self._runtime
        return runtime is not None and bool(
            runtime.search(lowered, max(0, slash - _RUNTIME_REACH), slash)
        )

    def search(self, text: str) -> Mention | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> bool:
        return any(m.start == 0 and m.end == len(text) for m in self.finditer(text))


def _glued(char: str) -> bool:
    return (char.isalnum() and not _UNSPACED_CHAR.match(char)) or char in _GLUED_BEFORE


def trie(words: list[str]) -> str:
    """One expression matching any of the words, as a tree of their letters;
    a space in a word matches any run of white space."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in " ".join(word.lower().split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [
        (r"\s+" if c == " " else re.escape(c)) + _emit(child)
        for c, child in sorted(node.items())
        if c
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body

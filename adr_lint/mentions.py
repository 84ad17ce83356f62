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

_GLUED_BEFORE = frozenset("@/.-_")
_AFTER = r"(?![\w]|[-_]\w|\.\w)"


class Mentions:
    __slots__ = ("_cased", "_compiled", "source")

    def __init__(self, aliases: list[tuple[str, bool]]) -> None:
        self.source = f"(?:{_trie([a for a, _ in aliases])}){_AFTER}"
        self._cased = {" ".join(a.split()).lower(): a for a, cased in aliases if cased}
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.source)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lowered = text.lower()
        if len(lowered) != len(text):  # a letter whose lower case is longer
            lowered = "".join(c.lower()[:1] or c for c in text)
        for match in self.compiled().finditer(lowered):
            start = match.start()
            if start and _glued(text[start - 1]):
                continue
            cased = self._cased.get(" ".join(match.group().split()))
            if (
                cased is not None
                and " ".join(text[start : match.end()].split()) != cased
            ):
                continue
            yield match

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    def fullmatch(self, text: str) -> bool:
        return any(m.start() == 0 and m.end() == len(text) for m in self.finditer(text))


def _glued(char: str) -> bool:
    return char.isalnum() or char in _GLUED_BEFORE


def _trie(words: list[str]) -> str:
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

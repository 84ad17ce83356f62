"""Section names -> roles ("Decision Outcome" -> decision), from the pack."""

from __future__ import annotations

import re
import unicodedata

# Anything but letters, digits and the few marks that join words in a
# section name ("Pros and Cons / Risks", "Trade-offs"); letters of any script.
_NOISE = re.compile(r"[^\w/&+ -]+|_+")
_LEADING = re.compile(r"^(?:[\d.)\s-]+|[ivx]+\.\s+|[a-z]\)\s+)")
_QUALIFIED_WORDS = 8
# Headings and labels looked up, kept per process: the same recur in every ADR.
_CACHE = 32768
_CARRIES_VALUE = re.compile(r":|\s[-–—]\s|[.!?]\s*$")
# Sections that hold a field's value: their names must stand alone.
_FIELD_ROLES = frozenset({"status", "date"})
_SENTENCE_END = re.compile(r"[.!?]\W*$")
_PAREN = re.compile(r"\s*\([^)]*\)\s*$")


class SectionNames:
    """Maps heading text to the role the section plays in an ADR."""

    def __init__(
        self,
        roles: dict[str, list[str]],
        phrases: dict[str, list[str]] | None = None,
    ) -> None:
        self._seen: dict[str, str | None] = {}  # the same headings recur in every ADR
        self._qualified_seen: dict[str, str | None] = {}
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._roles = {
            self.clean(name): role for role, names in roles.items() for name in names
        }
        # Names built as a clause ("Where we landed"), tried after the names.
        self._phrases = tuple(
            (re.compile("|".join(f"(?:{p})" for p in found)), role)
            for role, found in (phrases or {}).items()
            if found
        )
        # For names with words around them: multi-word names by their first
        # word, and the one-word names, neither naming a field's section.
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._single: dict[str, str] = {}
        for name, role in self._roles.items():
            words = tuple(name.split())
            if role in _FIELD_ROLES or not words:
                continue
            if len(words) == 1:
                self._single[name] = role
            else:
                self._by_first.setdefault(words[0], []).append((words, role))

    def names_of(self, roles: tuple[str, ...]) -> tuple[str, ...]:
        """The names, cleaned, of the sections that play one of `roles`."""
        found = self._names.get(roles)
        if found is None:
            found = tuple(n for n, role in self._roles.items() if role in roles)
            self._names[roles] = found
        return found

    @staticmethod
    def clean(text: str) -> str:
        text = text.lower().replace("’", "'")
        if not text.isascii():
            text = _unaccented(text)
        text = _NOISE.sub(" ", text)
        text = _LEADING.sub("", text.strip())
        return " ".join(text.split()).strip(" -/&+")

    def role(self, heading: str) -> str | None:
        if len(heading) > 80:
            return None
        if heading in self._seen:
            return self._seen[heading]
        found = self._lookup(heading)
        if len(self._seen) < _CACHE:
            self._seen[heading] = found
        return found

    def _lookup(self, heading: str) -> str | None:
        key = self.clean(heading)
        found = self._roles.get(key)
        if found is None and "(" in heading:
            key = self.clean(_PAREN.sub("", heading))
            found = self._roles.get(key)
        if found is None and key.endswith("s") and not key.endswith("ss"):
            found = self._roles.get(key[:-1])  # "Decision Outcomes"
        if found is None and key[-1:].isalpha():
            found = self._roles.get(key + "s")  # "Considered Option", "Consequence"
        if found is None and self._phrases and not _SENTENCE_END.search(heading):
            # "What we decided." is a sentence, "What we decided" a name.
            found = next((r for p, r in self._phrases if p.match(key)), None)
        return found

    def heading_role(self, heading: str) -> str | None:
        """The role of a Markdown heading, whose name may have words around
        it ("Alternative options considered for the CD interface"). Only a
        heading's: a paragraph that reads "We decided against Flask." is no
        section named "we decided"."""
        found = self.role(heading)
        if found is not None or len(heading) > 80 or _CARRIES_VALUE.search(heading):
            # A heading that carries a value ("Decision: use X") is read as
            # name and value by the document, not as a qualified name.
            return found
        if heading in self._qualified_seen:
            return self._qualified_seen[heading]
        found = self._qualified(self.clean(heading))
        if len(self._qualified_seen) < _CACHE:
            self._qualified_seen[heading] = found
        return found

    def _qualified(self, key: str) -> str | None:
        """A name with words around it: "Alternative options considered for
        the CD interface" is the options, "Consequences of the split" the
        consequences. The longest name of two words or more inside the
        heading, or a one-word name that opens it; never a field's section
        ("Status quo" states no status), and only in a short heading."""
        words = key.split()
        if not 1 < len(words) <= _QUALIFIED_WORDS:
            return None
        best: tuple[int, str] | None = None
        for start, word in enumerate(words):
            for name, role in self._by_first.get(word, ()):
                fits = tuple(words[start : start + len(name)]) == name
                if fits and (best is None or len(name) > best[0]):
                    best = (len(name), role)
        if best is not None:
            return best[1]
        return self._single.get(words[0])


def _unaccented(text: str) -> str:
    """ "Decisão" and "Decisao" name the same section: accents are dropped."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )

"""The knowledge base's types: sources, criteria, framework profiles and
their claims, and the language of ADRs, as `build` makes them from a pack."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from adr_lint.knowledge import compiled
from adr_lint.knowledge.lazyre import AnyOf, Lazy
from adr_lint.knowledge.mentions import Mentions
from adr_lint.knowledge.sections import SectionNames

NUMBER = (
    # Not the tail of a figure ("6" in "10^6"); thousands grouped by commas
    # or spaces ("10 000"); powers of ten as written in prose: 10^6, 10**6, 1e6.
    r"(?:(?<![\w.^])(?:\d{1,3}(?: \d{3})+(?!\d)|\d[\d,]*)(?:\.\d+)?"
    r"(?:\s*(?:\^|\*\*)\s*\d{1,2}|e\d{1,2})?"
    r"\s*(?:k|m|thousand|million|billion)?\+?"
    # Longer phrases first: "a dozen" is twelve, not "a" and a word.
    r"|(?:a couple of|a couple|a handful of|a handful|half a dozen|half a million"
    r"|a few|a dozen|a hundred|a thousand|a million|thirteen|fourteen|sixteen"
    r"|seventeen|eighteen|nineteen|seventy|ninety|a|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
    r"|sixty|eighty|several"
    r"|dozens|hundreds|thousands|millions)"
    r"(?:\s(?:hundred|thousand|million))?)"
)


class Citation(NamedTuple):
    source: str
    section: str


class Claim(NamedTuple):
    levels: tuple[str, ...]
    when: str | None
    verdict: str  # mismatch | disputed
    text: str
    supports: tuple[Citation, ...]
    against: tuple[Citation, ...]
    remedies: Lazy | None = None  # naming one answers the claim
    # Other stated requirements under which the claim does not hold, by
    # criterion: a small project that needs an admin uses what Django ships.
    unless: tuple[tuple[str, tuple[str, ...]], ...] = ()
    short: str | None = None  # the claim in a few words
    fix: str | None = None  # what the ADR can do about it


class Framework(NamedTuple):
    id: str
    name: str
    components: Lazy  # a possessive or a part noun after the name
    profile: dict[str, tuple[Claim, ...]]
    # Aliases that name a toolkit built on the framework (Django REST
    # framework), lower case: chosen where the framework is in place
    # already, they choose a library, not the framework.
    extensions: frozenset[str] = frozenset()


class Level(NamedTuple):
    level: str
    pattern: Lazy
    negated: str | None
    tag: str | None


class Quantity(NamedTuple):
    measure: str
    pattern: Lazy
    small: float
    large: float


class Concept(NamedTuple):
    """A criterion discussed in any words: a sentence that names one of
    `who` and one of `what` ("engineers" and "easy to recruit"), and one of
    `also` where it is given. Terms are word stems (`stem`), a term of
    several words a run of stems.

    A concept with a `level` also states a need: a sentence of the record's
    own needs that names it, unnegated, states that level ("clerks correct
    rejected claims in a screen of their own" needs an admin), and a negated
    one states `negated`."""

    who: frozenset[str]
    what: tuple[tuple[str, ...], ...]
    not_after: frozenset[str]  # words that make `who` someone else ("support team")
    also: tuple[tuple[str, ...], ...] = ()
    level: str | None = None
    negated: str | None = None
    tag: str | None = None


class Criterion(NamedTuple):
    id: str
    number: int
    name: str
    summary: str
    advice: str
    cues: Lazy
    exclude: Lazy | None
    levels: tuple[Level, ...]
    quantities: tuple[Quantity, ...]
    concepts: tuple[Concept, ...] = ()
    hint: str | None = None  # what to write, in a few words

    @property
    def missing_code(self) -> str:
        return f"C{self.number:03d}"

    @property
    def mismatch_code(self) -> str:
        return f"M{self.number:03d}"


class Source(NamedTuple):
    id: str
    title: str
    publisher: str | None
    date: str | None
    sections: tuple[str, ...]

    def cite(self, section: str) -> str:
        """The article as a person names it: title, publisher, section."""
        by = f" ({self.publisher})" if self.publisher else ""
        return f"\u201c{self.title}\u201d{by}, section \u201c{section}\u201d"


class Template(NamedTuple):
    name: str
    markers: frozenset[str]
    required: tuple[str, ...]


class Months(tuple[tuple[str, int], ...]):
    """Month names (lower-case) and their numbers: a tuple, so that the
    language it belongs to can key a cache, looked up like a mapping."""

    def number(self, name: str) -> int | None:
        """The month a name stands for, or None."""
        return self._index().get(name)

    def _index(self) -> dict[str, int]:
        return _month_index(self)


@lru_cache(maxsize=8)
def _month_index(months: tuple[tuple[str, int], ...]) -> dict[str, int]:
    return dict(months)


class Locale(NamedTuple):
    """A language ADRs are written in, and how it is recognised."""

    id: str
    name: str
    words: frozenset[str]  # short frequent words, lower-case
    letters: re.Pattern[str] | None  # its script, for one written without spaces
    criteria: bool  # whether the criteria have a vocabulary in it


class Language(NamedTuple):
    sections: SectionNames
    choice_before: Lazy
    # MADR's `Chosen option: X` in each language, and its `Chosen option: 2`.
    chosen_option: Lazy
    chosen_number: Lazy
    # an option by its number or letter: "option 2", "opção B"
    ordinal: Lazy
    choice_labels: Lazy
    choice_after: Lazy
    choice_verdict: Lazy
    # "How easily we can swap parts": a question, not a need
    asks_before: Lazy
    # "The hub will be a Django project"; "a service written in FastAPI"
    becoming_before: Lazy
    product_after: Lazy
    participle_before: Lazy
    # a component list's line: "API: FastAPI", "Flask: web framework"
    role_before: Lazy
    role_after: Lazy
    choice_named: Lazy
    # "This framework was chosen": a subject standing for the name before it
    anaphora: Lazy
    choice_gap: Lazy
    choice_gap_phrases: Lazy
    choice_gap_stop: Lazy
    rejection_before: Lazy
    rejection_labels: Lazy
    rejection_after: Lazy
    undecided: Lazy
    refers_back: Lazy
    proposed_before: Lazy
    topic: Lazy
    negation: Lazy
    negation_after: Lazy
    elsewhere: Lazy  # "..., but that is a separate service": not this one's need
    requirement_voice: Lazy
    ceiling: Lazy  # before a figure: "well under", "no more than"
    reported: Lazy  # "A proposal suggested ...": not the record's own need
    placeholders: AnyOf  # searched part by part (see AnyOf)
    placeholder_titles: Lazy  # the title, number removed, as the template left it
    file_names: Lazy
    template_titles: Lazy
    template_fillers: Lazy
    guide_cues: Lazy
    web_framework_title: Lazy  # "Web framework", "Framework web"
    in_place_before: Lazy  # "already building it with": the framework is there
    hypothetical_before: Lazy  # "if we should", "whether to": no choice after
    condition_opening: Lazy  # "If editors need screens, ...": a hypothetical choice
    choice_question: Lazy  # "Express, Fastify or NestJS?" asks for a choice
    answer_labels: Lazy  # "A:" opening an answer
    supersedes: Lazy  # "Supersedes", "replaces": the record replaces another
    relates: Lazy  # "Amends ...", "Extends ...": another relation to a record
    templates: tuple[Template, ...] = ()
    statuses: tuple[str, ...] = ()
    # The same statuses in the languages of `locales` ("aceito", "承認").
    translated_statuses: tuple[str, ...] = ()
    # Other words for the same stages ("approved", "in review"), as words.
    status_synonyms: tuple[tuple[str, ...], ...] = ()
    locales: tuple[Locale, ...] = ()
    index_names: frozenset[str] = frozenset()
    template_names: frozenset[str] = frozenset()
    name_fillers: frozenset[str] = frozenset()
    # Languages and runtimes: never a framework (`runtimes`), and what may
    # stand before one in a chosen stack ("Python 3.12 with", "Node.js and").
    runtimes: frozenset[str] = frozenset()
    runtime_lead: Lazy = Lazy(r"(?!x)x")
    # the same lead at the end of the words before a name: "em Python + "
    runtime_tail: Lazy = Lazy(r"(?!x)x")
    part_fillers: frozenset[str] = frozenset()
    # How dates are written in words: month names (lower-case) to numbers,
    # what follows a day's number ("4th") and words between the parts ("of").
    months: Months = Months()
    day_suffixes: frozenset[str] = frozenset()
    date_words: frozenset[str] = frozenset()
    # A folder that keeps ADRs is named by a head word, with only `before`
    # words ahead of it and `after` words behind it.
    adr_folder_heads: frozenset[str] = frozenset()
    adr_folder_before: frozenset[str] = frozenset()
    adr_folder_after: frozenset[str] = frozenset()


class KnowledgeBase(NamedTuple):
    sources: dict[str, Source]
    criteria: tuple[Criterion, ...]
    frameworks: dict[str, Framework]
    language: Language
    mentions: Mentions
    alias_ids: dict[str, str]

    def expressions(self) -> list[Lazy]:
        """Every expression of the pack (the framework-name trie aside)."""
        found = vars_of(self.language)
        for c in self.criteria:
            found += [c.cues, *(x for x in [c.exclude] if x)]
            found += [lv.pattern for lv in c.levels] + [q.pattern for q in c.quantities]
        for framework in self.frameworks.values():
            found.append(framework.components)
            claims = (c for cs in framework.profile.values() for c in cs)
            found += [c.remedies for c in claims if c.remedies is not None]
        return found

    def spanned(self) -> list[Lazy]:
        """The expressions searched for where they match (`Lazy.spans`):
        each criterion's cues and exclusions, matched folded when they can
        be, so a wheel carries those programs too."""
        return [x for c in self.criteria for x in (c.cues, c.exclude) if x]

    def precompiled(self, snapshot: dict[str, Any]) -> list[tuple[str, int]]:
        """What a wheel compiles ahead (`compiled.table`): every expression,
        the finder of its prefilter and, for those matched folded, the
        folded form (`snapshot` is `prefilter.snapshot` of the expressions),
        and the framework-name trie."""
        found = [(e.source, int(e.flags)) for e in self.expressions()]
        found += [(f, 0) for f in snapshot["finders"].values() if f]
        foldable = set(snapshot["foldable"])
        found += [
            (e.source, int(e.flags & ~re.IGNORECASE))
            for e in self.spanned()
            if compiled.key(e.source, e.flags) in foldable
        ]
        found.append((self.mentions.source, 0))
        return found

    def compile_all(self) -> int:
        """Compile every expression now (for tests); return how many."""
        self.mentions.compiled()
        found = self.expressions()
        for pattern in found:
            pattern.compiled()
        return len(found) + 1

    def framework_of(self, alias: str) -> str:
        return self.alias_ids[" ".join(alias.lower().split())]


def vars_of(language: Language) -> list[Lazy]:
    values = (getattr(language, name) for name in Language._fields)
    found: list[Lazy] = []
    for value in values:
        if isinstance(value, AnyOf):
            found.extend(value.expressions())
        elif isinstance(value, Lazy):
            found.append(value)
    return found

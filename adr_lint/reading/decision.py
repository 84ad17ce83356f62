"""Which web framework an ADR chooses, if any.

Every mention of a known framework is weighed by what surrounds it: a choice
word before it ("we will use"), a choice mark after it ("was selected",
"— Chosen"), a label ("Chosen option:", "Winner:"), or a rejection before
or after it ("not", "instead of", "legacy", "over"; "was rejected"). An
option picked by its number ("we go with option 2", "Chosen option: 2")
stands for the framework that option names. A mention glued to a part of
the framework ("Django admin", "Django's ORM") is a choice inside the
framework, not of it. Where the mention stands matters too: a choice word
in the Decision section outweighs one in the title, which outweighs one in
the Context; the pros and cons of alternatives never choose.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple

from adr_lint.knowledge import KnowledgeBase
from adr_lint.knowledge.lazyre import Lazy
from adr_lint.knowledge.mentions import Mention
from adr_lint.reading import parts
from adr_lint.reading.parts import Part
from adr_lint.reading.text import (
    PHRASE_BREAK,
    Prose,
    Unit,
    clause_after,
    clause_before,
    last_match,
)

# Where the chosen option's name ends: a closing quote, a comma, a full stop.
_OPTION_END = re.compile(r"[\"”»“]\s*|,\s|\.\s|\bbecause\b|$", re.IGNORECASE)
# A name the option calls a framework: a capital or a dot first, at most
# three words, then "framework" ("[.NET](…) framework", "Phoenix framework").
_UNLISTED_NAME = re.compile(
    r"^[\"“*\[\s]*(?P<name>(?:\.|[A-Z])[\w.+#-]*(?: [A-Z][\w.+#-]*){0,2})[\"”*\]\s]*"
    r"(?:\([^)]*\)\s*)?(?:web |application |backend |server )?framework\W*$"
)
# A name of one to three words, capitalised (or opening with a dot).
_BARE_NAME = re.compile(r"(?:\.|[A-Z])[\w.+#-]*(?: [A-Z][\w.+#-]*){0,2}")
# A verb in the clause after a name that opens the Decision: the name is
# what the sentence says something of, not the choice itself.
_PREDICATE = re.compile(
    r"[^,.;:()—–]*?\b(?:is|are|was|were|has|have|had|lacks?|needs?|would|does|"
    r"did|can|cannot|could|should|must|seems?)\b",
    re.IGNORECASE,
)
# A title's framework as the place of what it decides: "in the Django app".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|into|inside|within|for|across|of|on|to)\s+"
    r"(?:the|our|a|an|its|their|this|each|every)\s+$",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"\s+\w")
# An arrow right before a name that ends its line: what the arrow leads to.
_ARROW_BEFORE = re.compile(r"(?:→|->|⇒|=>|⟶)\W*$")
_WHY = re.compile(r"\bwhy\b", re.IGNORECASE)
# Between the parts of a stack: "Node.js + Express", "Django / React".
_STACK_JOIN = re.compile(r"\s+(?:\+|/|&)\s+")
# "Option 2:", "Alternative B -" before an option's name, and where it ends.
_OPTION_LABEL = re.compile(r"^\W*(?i:option|alternative)\s*#?\s*\w{1,2}\s*[:.)–—-]\s*")
_OPTION_NAME_END = re.compile(r"\s*(?:[:;(]|\s[-–—]\s)")
# Between two names chosen for two parts: "..., and the bidding service
# with FastAPI" (a part's name and a preposition after the coordination),
# or "Django for the portal and FastAPI for bidding".
_COORDINATED_PART = re.compile(
    r"(?:,\s*|\s)(?:and|while|whereas|plus)\s+(?:the |our |its |a |an )?"
    r"(?:[\w-]+ ){0,4}?(?:with|on|in|using|via|through)\s*$",
    re.IGNORECASE,
)
_COORDINATED_NAME = re.compile(r"(?:,\s*|\s)(?:and|while|whereas)\s*$", re.IGNORECASE)
_FOR_A_PART = re.compile(r"\s+(?:for|to serve|to run)\s", re.IGNORECASE)
# Where the name that answers a question ends: "Express.", "Flask, because".
_ANSWER_END = re.compile(r"[,.;:!]|\s[-–—]\s")
_MARKS = "[*_`\"'“”‘’]*"
_OR_AFTER = re.compile(
    rf"{_MARKS}(?:\s*,\s*[\w.+#-]+)*\s*,?\s+or\s+{_MARKS}", re.IGNORECASE
)
_OR_BEFORE = re.compile(rf"{_MARKS},?\s+or\s+{_MARKS}$", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)")
# A name that opens the Decision, then its end: "Next.js com App Router",
# "Laravel, because", "Phoenix." ("We will" is no name: a word follows).
_OPENING_NAME = re.compile(
    r"\W*(?P<name>(?:\.|[A-Z])[\w.+#-]*[\w+#])\W*?"
    r"(?=\s*(?:$|[,.;:(+]|\s[-–—]\s|\s(?:with|com|con|avec|mit|and|e|y|et|und|on|as)\s+[A-Z]))"
)
# Inside a name: a capital after its first letter, a dot, a digit, + or #.
_NAME_MARK = re.compile(r".[A-Z.0-9+#]")
# A letter or digit: a sentence with none outside a name is the name alone.
_WORDY = re.compile(r"[^\W_]")
# A short label and its colon, all that stands before a name: "Billing:",
# "**Public API** —"; and what may follow that name in such a line: other
# names of the stack ("+ Uvicorn", "with SQLAlchemy"), marks.
_PART_LABEL = re.compile(
    r"^\W*[^\W\d][\w'’/&-]*(?: [\w'’/&-]+){0,3}\W*?\s*(?::|\s[-–—]|=)\W*$"
)
_NAMES_ONLY = re.compile(
    r"^(?:\s*(?:\+|&|/|,|\band\b|\bwith\b|\bon\b)\s*[A-Z.][\w.+#-]*)*\W*$"
)
# Characters before a name that still opens its line ("- **Flask**: ...").
_LINE_OPENING = 3
_LIST_KINDS = frozenset({"item", "row"})
_ORDINAL_REACH = 40  # characters after "Option 2" where its name may stand
# Characters before a name where the language it is joined to may start
# ("el lenguaje Python junto con el framework ").
_STACK_REACH = 80
# Between a rejected framework and the one that replaces it.
_TURN = re.compile(r"^\s*(?:to|with|by)\s*$", re.IGNORECASE)
_ROLE_WEIGHT = {
    "decision": 6,
    "rationale": 6,
    "title": 5,
    "context": 3,
    "drivers": 3,
    "preamble": 3,
    "other": 3,
}
# Where "use X as the framework" can choose a framework nobody listed.
NAMING_ROLES = ("decision", "rationale", "title")
_AFTER_REACH = 60  # characters after a mention where "— Chosen" may stand
_ANTECEDENT_REACH = 2  # units before "This framework was chosen" where its name stands
# Real ADRs name frameworks dozens of times; a file naming them thousands of
# times is generated, and weighing more mentions would only cost time.
MAX_MENTIONS = 400
MARKED = 8  # "X — Chosen", "X was selected": holds even where the decision is undecided
OPTION = 10  # MADR's "Chosen option: X"
# The name that opens the Decision: "**Django**", "Django, because ...".
_OPENS_DECISION = _ROLE_WEIGHT["decision"] - 1


class Vote(NamedTuple):
    framework: str
    strength: int
    line: int
    text: str
    answer: bool = False  # answers a question that asks for the choice


class Decision(NamedTuple):
    framework: str | None
    line: int
    evidence: str
    undecided: bool  # the ADR is about a framework but decides nothing yet
    topical: bool  # the ADR is about choosing a framework at all
    considered: tuple[str, ...]
    # Frameworks the Decision chooses for other parts of the system
    # ("Staff portal → Django, bidding service → FastAPI"), after `framework`,
    # and the part each is chosen for (`framework`'s first).
    others: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()


def decide(units: list[Unit], kb: KnowledgeBase) -> Decision:
    prose = Prose.of(units)
    body = _decision_body(units)
    body_lines = {u.line for u in body}
    topical = bool(kb.language.topic.search(prose.joined))
    votes, considered = _votes(prose, body, kb)
    title_mentions = any(kb.mentions.search(u.text) for u in units if u.role == "title")
    undecided_at = _undecided_in(body, units, kb)
    if undecided_at is not None and _decision_chooses(votes, body_lines):
        undecided_at = None  # "We will use Django. We decide on hosting later."
    undecided = undecided_at is not None
    if undecided:
        votes = [v for v in votes if v.strength >= MARKED]
    if not (topical or title_mentions or _refers_back(body, kb)):
        # An ADR that never says it is about a framework chooses one only
        # outright: MADR's "Chosen option: X", or a choice made in the
        # Decision itself ("We will build it with Django"), or in the
        # Context where the Decision points back to it ("Proceed as above").
        # An answer to "Flask or FastAPI?" is such a choice too, and so is
        # a choice stated anywhere in a record with no Decision section.
        votes = [
            v
            for v in votes
            if v.strength >= OPTION
            or v.answer
            or _decides(v, body_lines)
            or (not body and _states_choice(v))
        ]
    if body and not _decided_in_context(votes, units, body, body_lines, kb):
        # The Decision section speaks for itself; a choice recalled in the
        # Context ("our decision to use Django for pages") is background.
        votes = [v for v in votes if v.strength > _ROLE_WEIGHT["context"]]
    if not votes and not undecided and _refers_back(body, kb):
        # "Approved as proposed": what was proposed; else what the title names
        votes = _proposed(prose.units, kb) or _titled(units, kb)
    if not votes and not undecided:
        votes = _unnamed(units, body, considered, topical, kb)
    best = max(votes, key=lambda v: (v.strength, -v.line), default=None)
    if best is not None and _extension_in_place(best, units, kb):
        best = None  # "Use Django REST framework" in a Django project: a library
    if best is None:
        about = undecided and (topical or title_mentions)
        first = next((u.line for u in units if u.role == "decision"), None)
        line = undecided_at or first or (units[0].line if units else 1)
        return Decision(None, line, "", about, topical, considered)
    others = _other_parts(votes, best, body_lines)
    return Decision(
        best.framework,
        best.line,
        best.text,
        False,
        True,
        considered,
        tuple(f for f, _ in others),
        parts.parts([(best.framework, best.text), *others], kb) if others else (),
    )


def _extension_in_place(best: Vote, units: list[Unit], kb: KnowledgeBase) -> bool:
    """Whether the choice names a toolkit built on the framework (Django REST
    framework, Flask-RESTX) while the record says the framework itself is in
    place already ("We are already building the project with Django")."""
    framework = kb.frameworks.get(best.framework)
    if framework is None or not framework.extensions:
        return False
    named = {
        " ".join(m.text.lower().split())
        for m in kb.mentions.finditer(best.text)
        if kb.framework_of(m.text) == best.framework
    }
    if not named & framework.extensions:
        return False
    if _framework_beside(best.text, best.framework, kb):
        return False  # "Django 4.1 + Django REST framework": the stack chosen
    if len(_extensions_named(units, best.framework, kb)) > 1 and not any(
        kb.framework_of(m.text) != best.framework
        for u in units
        for m in kb.mentions.finditer(u.text)
    ):
        return True  # "Django Ninja over Django REST framework": a toolkit's choice
    in_place = kb.language.in_place_before
    return any(
        " ".join(m.text.lower().split()) not in framework.extensions
        and kb.framework_of(m.text) == best.framework
        and in_place.search(clause_before(u.text, m.start))
        for u in units
        for m in kb.mentions.finditer(u.text)
    )


# Before a name that is the host of a toolkit, not a choice: "in our Django
# app", "into the Flask service", "for Django".
_HOST_BEFORE = re.compile(
    r"\b(?:in|into|inside|within|to|for|on)(?: (?:the|our|an?|this|that|its|their))?"
    r"(?: (?:existing|current|old|legacy|main|own))?\s*$",
    re.IGNORECASE,
)


def _framework_beside(text: str, framework_id: str, kb: KnowledgeBase) -> bool:
    """Whether the sentence that chooses a toolkit also names its framework
    as chosen with it ("Django 4.1 + Django REST framework", "Flask with
    Flask-RESTX"), not as the place it goes into ("DRF in our Django app")."""
    extensions = kb.frameworks[framework_id].extensions
    return any(
        " ".join(m.text.lower().split()) not in extensions
        and kb.framework_of(m.text) == framework_id
        and not _HOST_BEFORE.search(text, 0, m.start)
        and not kb.language.in_place_before.search(clause_before(text, m.start))
        for m in kb.mentions.finditer(text)
    )


def _extensions_named(units: list[Unit], framework: str, kb: KnowledgeBase) -> set[str]:
    """The toolkits built on `framework` that the record names, each once
    however it is spelled."""
    extensions = kb.frameworks[framework].extensions
    return {
        _toolkit(name)
        for u in units
        for m in kb.mentions.finditer(u.text)
        if (name := " ".join(m.text.lower().split())) in extensions
    }


def _toolkit(name: str) -> str:
    """One key for a toolkit's spellings: "DRF" and "Django REST framework"
    both give "drf"."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    return "".join(w[0] for w in words) if len(words) > 1 else name


def _other_parts(
    votes: list[Vote], best: Vote, body_lines: set[int]
) -> list[tuple[str, str]]:
    """The other frameworks the Decision itself chooses, as strongly as it
    chooses anything: a record that decides for two services names each
    service's framework there."""
    found: dict[str, str] = {}
    for vote in sorted(votes, key=lambda v: v.line):
        if (
            vote.framework != best.framework
            and vote.line in body_lines
            and vote.strength >= _OPENS_DECISION
        ):
            found.setdefault(vote.framework, vote.text)
    return list(found.items())


def _unnamed(
    units: list[Unit],
    body: list[Unit],
    considered: tuple[str, ...],
    topical: bool,
    kb: KnowledgeBase,
) -> list[Vote]:
    """Where no choice phrase chose: the title and the Decision naming the
    same framework, an unlisted option, an unlisted name opening it."""
    votes = _title_and_decision_agree(units, body, kb)
    if topical or considered:
        votes += _unlisted_options(units, body, considered, kb)
    if not votes and body:
        votes = _unlisted_opening(units, body[0], kb)
    return votes


def _title_and_decision_agree(
    units: list[Unit], body: list[Unit], kb: KnowledgeBase
) -> list[Vote]:
    """A record whose title names one framework, and whose Decision names
    that framework before any other, chooses it, in whatever words: "Django
    as the web framework" over "Adotar Django 5", "FastAPI を採用する", or a
    choice verb the pack does not know. Nothing here depends on the
    language: only where the names stand."""
    titled = _title_frameworks(units, kb)
    if len(titled) != 1 or not body:
        return []
    for unit in body:
        match = kb.mentions.search(unit.text)
        if match is None:
            continue
        framework = kb.framework_of(match.text)
        if framework not in titled or _is_part(unit, match, kb):
            return []
        before = clause_before(unit.text, match.start)
        lang = kb.language
        if (
            _rejected(before, unit.text, match.start, kb)
            or lang.rejection_after.match(unit.text[match.end :])
            or lang.negation.search(before)
            or lang.negation.search(clause_after(unit.text, match.end, PHRASE_BREAK))
        ):
            return []  # "Flask is not to be used for new services"
        if match.start <= 3 and _PREDICATE.match(unit.text, match.end):
            return []  # "Flask under heavy I/O is a mismatch": said of it
        return [Vote(framework, _OPENS_DECISION, unit.line, unit.text)]
    return []


def _title_frameworks(units: list[Unit], kb: KnowledgeBase) -> set[str]:
    """The frameworks the title names as what it is about (not a part of
    one, not the place of something else)."""
    return {
        kb.framework_of(m.text)
        for u in units
        if u.role == "title"
        for m in kb.mentions.finditer(u.text)
        if not _is_part(u, m, kb) and not _names_a_place(u.text, m)
    }


def _titled(units: list[Unit], kb: KnowledgeBase) -> list[Vote]:
    """A Decision that points back ("We go with the option discussed above")
    in a record whose title names one framework, not rejected there
    ("Phoenix for the presence service"), chooses that framework."""
    title = next((u for u in units if u.role == "title"), None)
    named = _title_frameworks(units, kb)
    if title is None or len(named) != 1:
        return []
    match = kb.mentions.search(title.text)
    if match is None or _rejected(
        title.text[: match.start], title.text, match.start, kb
    ):
        return []
    return [Vote(named.pop(), _OPENS_DECISION, title.line, title.text)]


def _names_a_place(title: str, match: Mention) -> bool:
    """Whether the title names the framework as where something else goes:
    "Use HTMX in the Django storefront", "Caching for our Flask API" (not
    "Backend in Django", where the name ends the title)."""
    return bool(
        _PLACE_BEFORE.search(title, 0, match.start)
        and _WORD_AFTER.match(title, match.end)
    )


def _is_part(unit: Unit, match: Mention, kb: KnowledgeBase) -> bool:
    """Whether the mention names a part of the framework ("Django admin")."""
    framework = kb.frameworks[kb.framework_of(match.text)]
    return bool(
        framework.components.match(unit.text[match.end : match.end + _AFTER_REACH])
    )


def _unlisted_options(
    units: list[Unit], body: list[Unit], considered: tuple[str, ...], kb: KnowledgeBase
) -> list[Vote]:
    """MADR's `Chosen option: X` where X is no framework the pack lists: X is
    the framework chosen when the sentence itself calls it a framework
    (".NET framework", "the Phoenix framework"), or when X is one of the
    record's options and the others are frameworks the pack knows (Masonite
    against Django and Flask). "Chosen option: Alembic" in a record about
    the backend, with no framework among its options, is a library."""
    keys = (
        _option_key(u.text, kb)
        for u in units
        if u.role == "options"
        and u.kind in ("item", "heading")
        and kb.language.sections.role(u.text) is None  # "Considered Options"
    )
    options = {k for k in keys if k} if considered else set()
    out = []
    for unit in body:
        option = kb.language.chosen_option.match(unit.text)
        if option is None:
            continue
        named = unit.text[option.end() : _option_end(unit.text, option.end())]
        called = _UNLISTED_NAME.match(named)
        if called and _is_runtime(called.group("name"), kb):
            continue
        if called and not kb.mentions.search(called.group("name")):
            chosen = called.group("name").lower().removesuffix(".js")
            out.append(Vote(chosen, OPTION, unit.line, unit.text))
            continue
        bare = _stack_head(named.strip(' "“”«»„*'), kb)
        if bare and _among_frameworks(bare, options, kb):
            out.append(Vote(bare.lower(), OPTION, unit.line, unit.text))
    return out


def _unlisted_opening(units: list[Unit], first: Unit, kb: KnowledgeBase) -> list[Vote]:
    """A record titled as a framework choice ("Web framework", "Framework
    web") whose Decision opens with a name the pack does not list, alone or
    after a choice verb: "Next.js com App Router e TypeScript.", "Use
    Laravel.", "Phoenix, because ...". The name must read as a name: a
    capital, dot or digit inside it (Next.js, SvelteKit), or written with
    its capital in the middle of a sentence elsewhere in the record."""
    lang = kb.language
    if not titled_web_framework(units, kb):
        return []
    text = first.text
    verb = lang.choice_before.match(text)
    start = verb.end() if verb else 0
    found = _OPENING_NAME.match(text, start)
    if found is None or kb.mentions.search(found["name"]):
        return []
    name = found["name"]
    if _is_runtime(name, kb):
        return []  # "We chose Python": a language, not a framework
    if not (_NAME_MARK.search(name) or _named_midsentence(name, units)):
        return []
    return [Vote(name.lower().removesuffix(".js"), _OPENS_DECISION, first.line, text)]


def _is_runtime(name: str, kb: KnowledgeBase) -> bool:
    """A programming language or runtime ("Python", "Node.js"): never a
    framework, however the record names it."""
    return name.lower() in kb.language.runtimes


def titled_web_framework(units: list[Unit], kb: KnowledgeBase) -> bool:
    """Whether the record's title names the choice of a web framework."""
    title = kb.language.web_framework_title
    return any(u.role == "title" and title.search(u.text) for u in units)


def _named_midsentence(name: str, units: list[Unit]) -> bool:
    pattern = re.compile(rf"[a-z,]\s+{re.escape(name)}\b")
    return any(pattern.search(u.text) for u in units if u.role != "title")


def _among_frameworks(key: str, options: set[str], kb: KnowledgeBase) -> bool:
    """Whether an option the pack does not know stands among options most
    of which are frameworks it knows, named alone ("Django",
    not "Django ORM"): Masonite against Django and Flask is a framework;
    Alembic against Flyway, Liquibase and Django is a migration tool."""
    if kb.mentions.search(key):
        return False
    others = [o for o in options if o.lower() != key.lower()]
    if len(others) == len(options):
        return False
    known = sum(1 for o in others if kb.mentions.fullmatch(o))
    return bool(others) and known * 2 > len(others)


def _option_key(text: str, kb: KnowledgeBase) -> str | None:
    """An option's name, when its item or heading starts with a name alone:
    "Masonite", "Masonite — Laravel-like", "Option 2: Masonite" give
    "Masonite"; "Good, because it is simple" is no option's name. An option
    that is a stack is named by its framework: "Node.js + Express + MongoDB"
    gives "Express"."""
    text = _OPTION_LABEL.sub("", text)
    name = _OPTION_NAME_END.split(text, maxsplit=1)[0].strip(' "“”*')
    return _stack_head(name, kb)


def _stack_head(name: str, kb: KnowledgeBase) -> str | None:
    """The name alone, or the first name of a stack ("X + Y", "X / Y") that
    is no language or runtime: "Java + Spring Boot + Angular" gives "Spring
    Boot"; None when a piece is no name, or only languages are named."""
    for piece in _STACK_JOIN.split(name):
        if not _BARE_NAME.fullmatch(piece):
            return None
        if not _is_runtime(piece, kb):
            return piece
    return None


def chosen_option(unit: Unit, kb: KnowledgeBase) -> bool:
    """Whether the sentence is MADR's `Chosen option: …` in the Decision."""
    return unit.role == "decision" and bool(kb.language.chosen_option.match(unit.text))


def _decision_body(units: list[Unit]) -> list[Unit]:
    """The sentences of the Decision section, its headings left out."""
    return [u for u in units if u.role == "decision" and u.kind != "heading"]


def _decides(vote: Vote, body_lines: set[int]) -> bool:
    """A choice word or mark in the Decision section's own sentences, or the
    name that opens it ("Django, because the team knows it")."""
    return vote.line in body_lines and vote.strength >= _OPENS_DECISION


def _states_choice(vote: Vote) -> bool:
    """In a record with no Decision section: a choice word or label said of
    the name, in a statement, not a question ("We will build it in Flask";
    "Decision: FastAPI with Uvicorn"), is the record's decision; a question
    that takes the choice as made ("Why did we pick Django?") is one too."""
    if vote.strength < _ROLE_WEIGHT["preamble"]:
        return False
    return not vote.text.rstrip(" *_)").endswith("?") or bool(_WHY.search(vote.text))


def _decision_chooses(votes: list[Vote], body_lines: set[int]) -> bool:
    """Whether a sentence of the Decision itself (on `body_lines`) chooses a
    framework: then another that leaves something open there is about
    something else."""
    return any(v.line in body_lines for v in votes)


def _decided_in_context(
    votes: list[Vote],
    units: list[Unit],
    body: list[Unit],
    body_lines: set[int],
    kb: KnowledgeBase,
) -> bool:
    """Whether a record whose Decision section chooses no framework made the
    choice in its Context: it is titled as a framework choice ("After the
    spike we decided to go with FastAPI"; the Decision is about deployment),
    or its Decision points back ("See above.")."""
    if _decision_chooses(votes, body_lines):
        return False
    lang = kb.language
    return any(
        u.role == "title" and lang.topic.search(u.text) for u in units
    ) or _refers_back(body, kb)


def _proposed(units: list[Unit], kb: KnowledgeBase) -> list[Vote]:
    """A Decision that approves what was proposed ("Approved as proposed.")
    chooses the framework the record proposes before it: the first one
    named after a proposal word in its sentence, and not rejected there."""
    lang = kb.language
    for unit in units:
        if unit.role in ("decision", "options", "consequences", "links"):
            continue
        for match in kb.mentions.finditer(unit.text):
            proposal = last_match(lang.proposed_before, unit.text[: match.start])
            if proposal is None or _is_part(unit, match, kb):
                continue
            before = unit.text[proposal.end() : match.start]
            if _rejected(before, unit.text, match.start, kb):
                continue
            return [
                Vote(kb.framework_of(match.text), _OPENS_DECISION, unit.line, unit.text)
            ]
    return []


def _refers_back(body: list[Unit], kb: KnowledgeBase) -> bool:
    """Whether the Decision points back to a choice stated before it ("See
    above.", "Proceed as above; deploy on Kubernetes.")."""
    return any(kb.language.refers_back.search(u.text) for u in body)


def _votes(
    prose: Prose, body: list[Unit], kb: KnowledgeBase
) -> tuple[list[Vote], tuple[str, ...]]:
    """Weigh every mention. One pass over the whole record finds the
    sentences that name a framework or hold the literals of a "use X as
    the framework" phrase; only those are looked at: most name none."""
    named = set(prose.candidates(kb.language.choice_named))
    hit = {
        prose.index(m.start)
        for m in islice(kb.mentions.finditer(prose.joined), MAX_MENTIONS)
    }
    votes: list[Vote] = []
    considered: list[str] = []
    for index in sorted(hit | named):
        unit = prose.units[index]
        if index in named:
            votes.extend(_named_votes(unit, kb))
        for match in kb.mentions.finditer(unit.text) if index in hit else ():
            framework = kb.framework_of(match.text)
            if unit.role == "options" and framework not in considered:
                considered.append(framework)
            strength = _weigh(unit, match, framework, kb)
            answer = not strength and _answers_choice(prose.units, index, match, kb)
            if answer:
                strength = _OPENS_DECISION
            if strength > 0:
                votes.append(Vote(framework, strength, unit.line, unit.text, answer))
    votes.extend(_ordinal_votes(prose.units, body, considered, kb))
    votes.extend(_anaphoric_votes(prose.units, kb))
    return votes, tuple(considered)


def _anaphoric_votes(units: list[Unit], kb: KnowledgeBase) -> list[Vote]:
    """ "This framework was chosen because …" under "## Choice (Flask)": the
    subject stands for the framework named in the heading or sentence just
    before, and is chosen as that name would be ("Flask was chosen")."""
    lang, out = kb.language, []
    for index, unit in enumerate(units):
        subject = lang.anaphora.match(unit.text)
        if subject is None or kb.mentions.search(unit.text):
            continue
        after = unit.text[subject.end() : subject.end() + _AFTER_REACH]
        if lang.rejection_after.match(after) or not lang.choice_after.match(after):
            continue
        named = _antecedent(
            units[max(0, index - _ANTECEDENT_REACH) : index], subject, kb
        )
        if named is not None:
            out.append(Vote(named, MARKED, unit.line, unit.text))
    return out


def _antecedent(
    before: list[Unit], subject: re.Match[str], kb: KnowledgeBase
) -> str | None:
    """The framework a subject stands for: the one named in the nearest unit
    before that names any, when it names one ("this", "it"), or the first or
    last of two ("the former", "the latter")."""
    groups = subject.groupdict()
    for unit in reversed(before):
        names = list(
            dict.fromkeys(
                kb.framework_of(m.text) for m in kb.mentions.finditer(unit.text)
            )
        )
        if not names:
            continue
        if groups.get("first") or groups.get("last"):
            return (
                (names[0] if groups.get("first") else names[1])
                if len(names) == 2
                else None
            )
        return names[0] if len(names) == 1 else None
    return None


def _answers_choice(
    units: list[Unit], index: int, match: Mention, kb: KnowledgeBase
) -> bool:
    """Whether the sentence answers a question that asks for the choice by
    opening with the framework's name: "Q: Express, Fastify or NestJS?" /
    "A: Express. Everyone knows it."; "### Django or Flask?" / "Flask,
    because ...". The question names two frameworks or asks which one."""
    if units[index].role in ("options", "consequences", "links"):
        return False
    labels = kb.language.answer_labels
    before = index - 1
    if before > 0 and _only_label(units[before].text, labels):
        before -= 1  # "A." written as a sentence of its own
    if before < 0:
        return False
    question = units[before].text.rstrip(" *_")
    if not question.endswith("?"):
        return False
    text = units[index].text
    label = labels.match(text)
    opening = text[label.end() if label else 0 : match.start].strip(' *_"“')
    rest = _ANSWER_END.split(_PARENTHESES.sub("", text[match.end :]), maxsplit=1)[0]
    if opening or _WORDY.search(rest):
        return False  # "A: Django has the admin, Flask is lighter" compares
    asks = kb.language.choice_question.search(question)
    return bool(asks) or sum(1 for _ in islice(kb.mentions.finditer(question), 2)) > 1


def _only_label(text: str, labels: Lazy) -> bool:
    label = labels.match(text)
    return label is not None and not text[label.end() :].strip()


def _ordinal_votes(
    units: list[Unit], body: list[Unit], considered: list[str], kb: KnowledgeBase
) -> list[Vote]:
    """A Decision (`body`) that picks an option by its number ("We go with
    option 2") chooses the framework that an option so labelled names
    elsewhere in the record ("### Option 2: Flask", "Option 2 - Flask").
    Without such labels, options are counted in the order the Options
    section names their frameworks ("1. Django 2. Flask")."""
    # (sentence, the option's number or letter, where the reference stands)
    ordinal = kb.language.ordinal
    refs = [(u, m[1], *m.span()) for u in body for m in ordinal.finditer(u.text)]
    chosen_number = kb.language.chosen_number
    refs += [(u, m[1], *m.span(1)) for u in body if (m := chosen_number.match(u.text))]
    if not refs:
        return []
    named: dict[str, str] = {}
    for unit in units:
        label = ordinal.match(unit.text) if unit.role != "decision" else None
        if label is None or label.group(1).lower() in named:
            continue
        mention = kb.mentions.search(
            unit.text[label.end() : label.end() + _ORDINAL_REACH]
        )
        if mention is not None:
            named[label.group(1).lower()] = kb.framework_of(mention.text)
    if not named:
        for n, name in enumerate(considered[:8]):
            named[str(n + 1)] = named["abcdefgh"[n]] = name
    votes = []
    for unit, key, start, end in refs:
        framework = named.get(key.lower())
        strength = _strength(unit, start, end, kb) if framework else 0
        if framework and strength > 0:
            votes.append(Vote(framework, strength, unit.line, unit.text))
    return votes


# "Build the API as a Django app", "It will be a Django app": what is built
# is one application on the framework, not a part of it ("the Django app",
# "in a Django app").
_AS_ONE_BUILT_ON = re.compile(
    r"\bas an?\s+(?:new\s+|single\s+|plain\s+)?$", re.IGNORECASE
)


def _weigh(unit: Unit, match: Mention, framework: str, kb: KnowledgeBase) -> int:
    """How strongly this mention marks the framework as the one chosen (0: not)."""
    text, (start, end, _) = unit.text, match
    if kb.frameworks[framework].components.match(
        text[end : end + _AFTER_REACH]
    ) and not (
        _AS_ONE_BUILT_ON.search(text, 0, start)
        or kb.language.becoming_before.search(text[:start])
    ):
        return 0
    return _strength(unit, start, end, kb)


def _strength(unit: Unit, start: int, end: int, kb: KnowledgeBase) -> int:
    """How strongly the words around text[start:end] choose what it names."""
    lang, text = kb.language, unit.text
    before = clause_before(text, start)
    stack = lang.runtime_tail.search(before, max(0, len(before) - _STACK_REACH))
    if stack is not None and stack.start() > 0:
        # "built in Python + FastAPI": the words before the language
        before = before[: stack.start()]
    after = text[end : end + _AFTER_REACH]
    if _rejected(before, text, start, kb) or lang.rejection_after.match(after):
        return 0
    option = lang.chosen_option.match(text)
    if option and start >= option.end() and start <= _option_end(text, option.end()):
        return OPTION
    if lang.choice_after.match(after):
        return MARKED
    if _disjoined(text, start, end, kb):
        return 0  # "Framework: Flask or FastAPI": one of them, neither yet
    weight = _ROLE_WEIGHT.get(unit.role, 0)
    condition = lang.condition_opening.match(text)
    if not weight or (condition is not None and condition.end() <= start):
        return 0  # "If editors need screens, Django is the natural choice"
    if (
        _chosen_in_words(text, start, end, before, kb)
        or _component(unit, start, end, kb)
        or _built_as(unit, end, before, kb)
    ):
        return weight  # as strong as where it stands
    return _OPENS_DECISION if _stands_alone(unit, start, end) else 0


def _chosen_in_words(
    text: str, start: int, end: int, before: str, kb: KnowledgeBase
) -> bool:
    """A verdict after the name ("Django is the best fit"), a choice verb
    or label before it, an arrow that leads to it, or a coordination with a
    choice made earlier in the sentence."""
    lang = kb.language
    if lang.choice_verdict.match(text[end : end + _AFTER_REACH]):
        return True
    raw = clause_before(text, start, PHRASE_BREAK)
    phrase = raw.strip()
    # "Node.js with ws, Go with Gin": a phrase that opens, inside a sentence,
    # with a language's name written capitalised names the language, though
    # the name is also a verb of choosing ("go with")
    first = phrase.split(maxsplit=1)[0] if phrase else ""
    language = (
        first[:1].isupper()
        and _is_runtime(first, kb)
        and bool(text[: start - len(raw)].strip())
    )
    if _chosen_by_verb(before, kb) or (not language and _chosen_by_verb(phrase, kb)):
        return True
    label = lang.choice_labels.match(text)
    if label and label.end() <= start:
        return True
    if _ARROW_BEFORE.search(text, 0, start) and _names_only_after(text, end):
        return True  # "ingest-api → FastAPI", "Flask → FastAPI": where it leads
    return _coordinated(text, start, end, kb)


def _names_only_after(text: str, end: int) -> bool:
    """Whether nothing but more names follows (asides in parentheses set
    apart): "→ FastAPI (ASGI) + Uvicorn", "API: FastAPI"."""
    return bool(_NAMES_ONLY.match(_PARENTHESES.sub("", text[end:])))


def _built_as(unit: Unit, end: int, before: str, kb: KnowledgeBase) -> bool:
    """What the thing decided on is to be ("The hub will be a Django
    project"), or how it is built, said in the Decision or the title ("its
    own service, written in FastAPI")."""
    lang, text = kb.language, unit.text
    if lang.becoming_before.search(before) and lang.product_after.match(
        text[end : end + _AFTER_REACH]
    ):
        return True
    return unit.role in NAMING_ROLES and bool(lang.participle_before.search(before))


def _component(unit: Unit, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether a list item or table row pairs the name with the part of the
    system it is, in either order: "API: FastAPI", "Flask: web framework"."""
    if unit.kind not in _LIST_KINDS:
        return False
    lang, text = kb.language, unit.text
    label = lang.role_before.match(text)
    if label is not None and label.end() <= start:
        return _names_only_after(text, end)
    return start <= _LINE_OPENING and bool(lang.role_after.match(text[end:]))


def _coordinated(text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether the name is a second object of a choice made earlier in the
    sentence, for another part: "We build the portal with Django, and the
    bidding service with FastAPI"; "Django for the portal and FastAPI for
    bidding". The earlier name is chosen by a choice phrase; between the two
    stands a coordinating word and at most a part's name."""
    between_end = _COORDINATED_PART.search(text, 0, start)
    if between_end is None and not (
        _COORDINATED_NAME.search(text, 0, start) and _FOR_A_PART.match(text, end)
    ):
        return False
    for earlier in kb.mentions.finditer(text[:start]):
        between = text[earlier.end : start]
        if kb.mentions.search(between) or kb.language.rejection_before.search(between):
            continue
        if _chosen_by_verb(clause_before(text, earlier.start), kb):
            return True
    return False


def _disjoined(text: str, start: int, end: int, kb: KnowledgeBase) -> bool:
    """Whether the name is one of frameworks joined by "or" ("Flask or
    FastAPI", "Django, Pyramid or Flask"): a choice between them, not yet
    made. A parenthesis keeps a fallback apart ("Flask (or Quart)")."""
    after = _OR_AFTER.match(text, end)
    if after is not None:
        other = kb.mentions.search(text[after.end() : after.end() + 40])
        if other is not None and other.start == 0:
            return True
    before = _OR_BEFORE.search(text[:start])
    if before is None:
        return False
    head = text[: before.start()]
    return any(m.end == len(head) for m in kb.mentions.finditer(head))


def _stands_alone(unit: Unit, start: int, end: int) -> bool:
    """Whether the name opens the Decision ("Decision: FastAPI with
    SQLAlchemy", "**Django**"), is a sentence of its own there, marks aside
    ("We won't use Django or Flask. FastAPI."), or is the whole value of a
    short label there ("Billing: Django", "Public API: FastAPI + Uvicorn")."""
    if unit.role != "decision":
        return False
    text = unit.text
    if unit.first and start <= _LINE_OPENING:
        # "Django, because …", "FastAPI + Uvicorn", "Flask for the relay";
        # not the subject of a statement ("Flask with heavy I/O is a mismatch")
        return not _PREDICATE.match(text, end)
    rest = _PARENTHESES.sub("", text[end:])
    if _PART_LABEL.match(text, 0, start) and _NAMES_ONLY.match(rest):
        return True
    return (
        unit.kind == "paragraph"
        and not _WORDY.search(text, 0, start)
        and not _WORDY.search(rest)
    )


def _chosen_by_verb(before: str, kb: KnowledgeBase) -> bool:
    """A choice phrase whose object is the mention right after `before`."""
    lang = kb.language
    last = last_match(lang.choice_before, before)
    if last is None or lang.hypothetical_before.search(before, 0, last.start()):
        # "the question was if we should stay on Django", "whether to use
        # Flask", "If we pick FastAPI, ...": a condition or a question.
        return False
    gap = before[last.end() :]
    lead = lang.runtime_lead.match(gap)  # "We chose Python with Flask"
    if lead is not None:
        gap = gap[lead.end() :]
    if lang.choice_gap_phrases.search(gap):
        return True
    return bool(lang.choice_gap.match(gap)) and not lang.choice_gap_stop.search(gap)


def _rejected(before: str, text: str, start: int, kb: KnowledgeBase) -> bool:
    lang = kb.language
    last = last_match(lang.rejection_before, before)
    if (
        last is not None
        and not _rejects_another(before[last.end() :], kb)
        and not _choice_after(before, last.end(), kb)
    ):
        return True
    label = lang.rejection_labels.match(text)
    return bool(label and label.end() <= start)


def _choice_after(before: str, end: int, kb: KnowledgeBase) -> bool:
    """Whether a choice phrase opens after the rejection word that ends at
    `end`: the negation governs what it was said of, and a new predicate
    begins after a break ("have not used any other framework, we decided
    for Flask"). "We will not use Flask" and "decided not to use Flask" keep
    their negation: the choice words there are what "not" is said of."""
    last = last_match(kb.language.choice_before, before)
    return (
        last is not None
        and last.start() >= end
        # "decided not to use Flask": the choice words are what is negated.
        and PHRASE_BREAK.search(before, end, last.start()) is not None
    )


def _rejects_another(after: str, kb: KnowledgeBase) -> bool:
    """Whether the rejection governs a framework of its own, and this mention
    comes after a turn: "rather than Django, we use Flask", "from Flask to
    FastAPI", "replace Django with Flask". `after` runs from the rejection
    word to this mention."""
    other = kb.mentions.search(after)
    if other is None:
        return False
    turn = after[other.end :]
    return bool(_TURN.match(turn) or kb.language.choice_before.search(turn))


def _option_end(text: str, begin: int) -> int:
    quoted = text[begin : begin + 1] in '"“„«'
    if quoted:
        close = re.search(r"[\"”“»]", text[begin + 1 :])
        return begin + 1 + (close.start() if close else len(text))
    found = _OPTION_END.search(text, begin)
    return found.start() if found else len(text)


def _named_votes(unit: Unit, kb: KnowledgeBase) -> list[Vote]:
    weight = _ROLE_WEIGHT.get(unit.role, 0) if unit.role in NAMING_ROLES else 0
    if not weight:
        return []
    out = []
    for match in kb.language.choice_named.finditer(unit.text):
        # Each phrase of `choice_named` names its group `name…`.
        name = next(
            v for k, v in match.groupdict().items() if k.startswith("name") and v
        )
        if kb.language.rejection_before.search(clause_before(unit.text, match.start())):
            continue
        known = kb.mentions.fullmatch(name)
        if not known and kb.mentions.search(match.group(0)):
            continue  # "Use Ruby on Rails as the framework": Rails, by its mention
        if not known and _is_runtime(name, kb):
            continue  # "Python as the backend language"
        chosen = kb.framework_of(name) if known else name.lower().removesuffix(".js")
        out.append(Vote(chosen, weight, unit.line, unit.text))
    return out


def undecided_line(units: list[Unit], kb: KnowledgeBase) -> int | None:
    """The line where the Decision says nothing is decided ("TBD", "We
    choose ????"), or of a Decision heading with nothing under it."""
    return _undecided_in(_decision_body(units), units, kb)


def _undecided_in(body: list[Unit], units: list[Unit], kb: KnowledgeBase) -> int | None:
    for unit in body:
        if kb.language.undecided.search(unit.text):
            return unit.line
    if not body:
        return next((u.line for u in units if u.role == "decision"), None)
    return None

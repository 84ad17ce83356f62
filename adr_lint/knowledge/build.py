"""Turn merged pack data into compiled knowledge-base objects.

Semantic checks the JSON Schemas cannot express live here: every claim
cites a known source and section, every level exists, every expression
compiles and cannot backtrack without bound.
"""

from __future__ import annotations

import re
from typing import Any

from adr_lint.errors import PackError
from adr_lint.knowledge.lazyre import AnyOf, Lazy
from adr_lint.knowledge.mentions import Mentions
from adr_lint.knowledge.model import (
    NUMBER,
    Citation,
    Claim,
    Concept,
    Criterion,
    Framework,
    Language,
    Level,
    Locale,
    Months,
    Quantity,
    Source,
    Template,
)
from adr_lint.knowledge.sections import SectionNames
from adr_lint.knowledge.stems import stem, stems

# A quantified group that itself contains a quantifier, e.g. (a+)+ or (\w*)*:
# the classic shape of catastrophic backtracking.
_NESTED_QUANTIFIER = re.compile(
    r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})"
)
# A repeated group with alternatives, e.g. (a|aa)+ or (\w|\d)*.
_REPEATED_ALTERNATION = re.compile(
    r"\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)(?:[+*]|\{\d*,\})"
)
_UNBOUNDED = re.compile(r"(?<!\\)(?:[+*]|\{\d*,\})")
_CLASSES = re.compile(r"\[(?:[^\]\\]|\\.)*\]|\\.")
MAX_PATTERN = 2000
NOT_PATTERNS = frozenset(
    {
        "sections",
        "section_phrases",
        "part_fillers",
        "templates",
        "statuses",
        "chosen_option",
        "status_synonyms",
        "months",
        "day_suffixes",
        "date_words",
        "locales",
        "index_names",
        "template_names",
        "name_fillers",
        "runtimes",
        "adr_folder_heads",
        "adr_folder_before",
        "adr_folder_after",
    }
)  # language keys that are not expressions (a locale's `choose_after` are)
MAX_USER_UNBOUNDED = 2


def compile_any(patterns: list[str], flags: int = re.IGNORECASE) -> Lazy:
    """One expression matching any of `patterns`. Packs are checked before
    they are built (user packs on loading, the shipped one by the tests)."""
    return Lazy("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", flags)


def check_pattern(pattern: str, path: str, where: str) -> None:
    if len(pattern) > MAX_PATTERN:
        raise PackError(
            path, where, f"expression is longer than {MAX_PATTERN} characters"
        )
    if _NESTED_QUANTIFIER.search(pattern):
        raise PackError(
            path,
            where,
            "a repeated group containing a repetition can backtrack without bound",
        )
    try:
        re.compile(f"(?:{pattern.replace('{number}', NUMBER)})|x")
    except re.error as exc:
        raise PackError(path, where, f"not a valid regular expression: {exc}") from None


def check_file(
    name: str, data: dict[str, Any], path: str, merged: dict[str, Any]
) -> None:
    """Semantic checks of one user pack file, so errors name its own indices.

    A user's expressions are held to a stricter shape than the shipped ones:
    matching time must stay polynomial and low-order on any text, because
    Python's regular-expression engine cannot be interrupted.
    """
    for where, pattern in _patterns(name, data):
        check_user_pattern(pattern, path, where)
    if name == "criteria":
        build_criteria({"criteria": data["criteria"], "_paths": {"criteria": path}})
    elif name == "language":
        for key, value in data.items():
            if key not in NOT_PATTERNS:
                check_pattern(f"(?:{'|'.join(value)})", path, f"$.{key}")
    elif name == "frameworks":
        sources = build_sources(merged["sources"]) if merged["sources"] else {}
        criteria = build_criteria(merged["criteria"]) if merged["criteria"] else ()
        build_frameworks(
            {
                **data,
                "frameworks": data.get("frameworks", []),
                "_paths": {"frameworks": path},
            },
            sources,
            criteria,
        )


def check_user_pattern(pattern: str, path: str, where: str) -> None:
    check_pattern(pattern, path, where)
    if _REPEATED_ALTERNATION.search(pattern):
        raise PackError(
            path,
            where,
            "a repeated group with alternatives can backtrack without bound",
        )
    unbounded = len(_UNBOUNDED.findall(_CLASSES.sub("x", pattern)))
    if unbounded > MAX_USER_UNBOUNDED:
        raise PackError(
            path,
            where,
            f"{unbounded} unbounded repetitions (+, *, {{n,}}); at most "
            f"{MAX_USER_UNBOUNDED} keep matching time bounded",
        )


def _patterns(name: str, data: dict[str, Any]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if name == "criteria":
        for i, c in enumerate(data["criteria"]):
            out += _criterion_patterns(f"$.criteria[{i}]", c)
    elif name == "language":
        out += _language_patterns(data)
    elif name == "frameworks":
        for i, f in enumerate(data.get("frameworks", [])):
            for crit, claims in f.get("profile", {}).items():
                for j, claim in enumerate(claims):
                    where = f"$.frameworks[{i}].profile.{crit}[{j}].remedies"
                    remedies = enumerate(claim.get("remedies", []))
                    out += [(f"{where}[{k}]", p) for k, p in remedies]
    return out


def _language_patterns(data: dict[str, Any]) -> list[tuple[str, str]]:
    out = [
        (f"$.{key}[{j}]", p)
        for key, value in data.items()
        if key not in NOT_PATTERNS
        for j, p in enumerate(value)
    ]
    for role, phrases in data.get("section_phrases", {}).items():
        out += [(f"$.section_phrases.{role}[{j}]", p) for j, p in enumerate(phrases)]
    for i, locale in enumerate(data.get("locales", [])):
        after = enumerate(locale.get("choose_after", []))
        out += [(f"$.locales[{i}].choose_after[{j}]", p) for j, p in after]
    return out


def _criterion_patterns(base: str, c: dict[str, Any]) -> list[tuple[str, str]]:
    out = [(f"{base}.cues[{j}]", p) for j, p in enumerate(c["cues"])]
    out += [(f"{base}.exclude[{j}]", p) for j, p in enumerate(c.get("exclude", []))]
    for k, level in enumerate(c.get("levels", [])):
        where = f"{base}.levels[{k}].patterns"
        out += [(f"{where}[{j}]", p) for j, p in enumerate(level["patterns"])]
    for k, quantity in enumerate(c.get("quantities", [])):
        out.append((f"{base}.quantities[{k}].pattern", quantity["pattern"]))
    return out


def build_sources(data: dict[str, Any]) -> dict[str, Source]:
    return {
        s["id"]: Source(
            s["id"],
            s["title"],
            s.get("publisher"),
            s.get("date"),
            tuple(s.get("sections", [])),
        )
        for s in data["sources"]
    }


def build_criteria(data: dict[str, Any]) -> tuple[Criterion, ...]:
    out = []
    for i, c in enumerate(data["criteria"]):
        levels = tuple(
            Level(
                lv["level"],
                compile_any(lv["patterns"]),
                lv.get("negated"),
                lv.get("tag"),
            )
            for lv in c.get("levels", [])
        )
        quantities = tuple(
            Quantity(
                q["measure"],
                _quantity_pattern(q["pattern"]),
                q["small"],
                q["large"],
            )
            for j, q in enumerate(c.get("quantities", []))
        )
        exclude = compile_any(c["exclude"]) if c.get("exclude") else None
        _check_concepts(c, i, {lv.level for lv in levels}, data)
        out.append(
            Criterion(
                c["id"],
                c["number"],
                c["name"],
                c["summary"],
                " ".join(c["advice"].split()),
                compile_any(c["cues"]),
                exclude,
                levels,
                quantities,
                tuple(_concept(k) for k in c.get("concepts", [])),
                c.get("hint"),
            )
        )
    return tuple(out)


def _check_concepts(
    criterion: dict[str, Any], index: int, levels: set[str], data: dict[str, Any]
) -> None:
    """A concept states one of its criterion's levels, or a figure's, and
    each of its `who` is one word as the text is read in words ("add-on" is
    two: "add", "on"; a run of words belongs in `what` or `also`)."""
    known = levels | {"small", "medium", "large"}
    where = data.get("_paths", {}).get("criteria", "criteria.yaml")
    for k, concept in enumerate(criterion.get("concepts", [])):
        for key in ("level", "negated"):
            if concept.get(key) is not None and concept[key] not in known:
                raise PackError(
                    where,
                    f"$.criteria[{index}].concepts[{k}].{key}",
                    f"unknown level '{concept[key]}' "
                    f"(known: {', '.join(sorted(known))})",
                )
        for n, word in enumerate(concept.get("who", [])):
            if len(stems(word)) != 1:
                raise PackError(
                    where,
                    f"$.criteria[{index}].concepts[{k}].who[{n}]",
                    f"'{word}' is not one word; put a run of words in 'what' or 'also'",
                )


def _concept(data: dict[str, Any]) -> Concept:
    return Concept(
        frozenset(stem(w) for w in data["who"]),
        _terms(data["what"]),
        frozenset(stem(w) for w in data.get("not_after", [])),
        _terms(data.get("also", [])),
        data.get("level"),
        data.get("negated"),
        data.get("tag"),
    )


def _terms(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Each term as the run of stems the text is read in ("plug-in" is
    "plug", "in"), so that a term matches wherever its words stand."""
    return tuple(tuple(stems(term)) for term in words)


def _quantity_pattern(pattern: str) -> Lazy:
    return Lazy(pattern.replace("{number}", NUMBER), re.IGNORECASE)


def build_frameworks(
    data: dict[str, Any], sources: dict[str, Source], criteria: tuple[Criterion, ...]
) -> tuple[dict[str, Framework], Mentions, dict[str, str]]:
    path = data["_paths"]["frameworks"]
    levels = {
        c.id: {lv.level for lv in c.levels} | {"small", "medium", "large"}
        for c in criteria
    }
    frameworks: dict[str, Framework] = {}
    alias_ids: dict[str, str] = {}
    alternatives: list[tuple[str, bool]] = []
    shared = list(data.get("components", []))
    endings = list(data.get("name_endings", []))
    parts: dict[tuple[str, ...], Lazy] = {}  # frameworks with the same parts share one
    for i, f in enumerate(data["frameworks"]):
        where = f"$.frameworks[{i}]"
        cased = set(_spellings(f.get("cased", []), endings))
        for alias in _spellings(f["aliases"], endings):
            alias_ids[" ".join(alias.lower().split())] = f["id"]
            alternatives.append((alias, alias in cased))
        profile = {
            crit: tuple(
                _claim(c, path, f"{where}.profile.{crit}[{j}]", sources)
                for j, c in enumerate(claims)
            )
            for crit, claims in f.get("profile", {}).items()
        }
        for crit, claims in profile.items():
            _check_levels(crit, claims, levels, path, f"{where}.profile.{crit}")
        words = tuple(dict.fromkeys([*f.get("components", []), *shared]))
        if words not in parts:
            parts[words] = _components(words)
        extensions = frozenset(
            " ".join(a.lower().split()) for a in f.get("extensions", [])
        )
        frameworks[f["id"]] = Framework(
            f["id"], f["name"], parts[words], profile, extensions
        )
    return frameworks, _mention_pattern(alternatives), alias_ids


_TWO_WORDS = re.compile(r"^([A-Za-z]+) ([A-Za-z]+)$")
_DOT_JS = re.compile(r"^([A-Za-z]+)\.js$", re.IGNORECASE)
# five letters or more, a consonant last: "Flask" takes "Flaska", "Django" nothing
_INFLECTED = re.compile(r"^[A-Za-z]{4,}[b-df-hj-np-tv-xz]$")


def _spellings(aliases: list[str], endings: list[str]) -> list[str]:
    """The aliases, and how they are also written: a two-word name run
    together ("SpringBoot", "ActixWeb"), ".js" without its dot ("Nestjs"),
    a one-word name with a language's case ending ("Flaska")."""
    out = list(aliases)
    for alias in aliases:
        for form in (_TWO_WORDS, _DOT_JS):
            match = form.match(alias)
            if match:
                out.append("".join(match.groups()) + ("js" if form is _DOT_JS else ""))
        if _INFLECTED.match(alias):
            out += [alias + ending for ending in endings]
    return list(dict.fromkeys(out))


def _claim(
    c: dict[str, Any], path: str, where: str, sources: dict[str, Source]
) -> Claim:
    cites = {
        key: tuple(Citation(x["source"], x["section"]) for x in c.get(key, []))
        for key in ("supports", "against")
    }
    for key, items in cites.items():
        for j, cite in enumerate(items):
            source = sources.get(cite.source)
            if source is None:
                raise PackError(
                    path,
                    f"{where}.{key}[{j}].source",
                    f"unknown source '{cite.source}'",
                )
            if source.sections and cite.section not in source.sections:
                raise PackError(
                    path,
                    f"{where}.{key}[{j}].section",
                    f"'{cite.section}' is not a section of {cite.source}",
                )
    if not cites["against"] and not cites["supports"]:
        raise PackError(path, where, "a claim must cite at least one source")
    return Claim(
        tuple(c["levels"]),
        c.get("when"),
        c["verdict"],
        " ".join(c["claim"].split()),
        cites["supports"],
        cites["against"],
        compile_any(c["remedies"]) if c.get("remedies") else None,
        tuple((other, tuple(stated)) for other, stated in c.get("unless", {}).items()),
        c.get("short"),
        c.get("fix"),
    )


def _check_levels(
    crit: str,
    claims: tuple[Claim, ...],
    levels: dict[str, set[str]],
    path: str,
    where: str,
) -> None:
    """Every criterion and level a claim names exists: its own, and those
    under which it does not hold (`unless`)."""
    _check_known(crit, (), levels, path, where)
    for j, claim in enumerate(claims):
        _check_known(crit, claim.levels, levels, path, f"{where}[{j}].levels")
        for other, stated in claim.unless:
            _check_known(other, stated, levels, path, f"{where}[{j}].unless.{other}")


def _check_known(
    crit: str,
    named: tuple[str, ...],
    levels: dict[str, set[str]],
    path: str,
    where: str,
) -> None:
    if crit not in levels:
        known = ", ".join(sorted(levels))
        raise PackError(path, where, f"unknown criterion '{crit}' (known: {known})")
    unknown = set(named) - levels[crit]
    if unknown:
        raise PackError(path, where, f"unknown level {sorted(unknown)} for {crit}")


def _components(words: tuple[str, ...]) -> Lazy:
    """What, right after a framework's name, makes the mention a part of it:
    a possessive ("Starlette's TestClient") or one of its part nouns."""
    body = "|".join(
        r"\s+".join(map(re.escape, w.split()))
        for w in sorted(words, key=len, reverse=True)
    )
    nouns = rf"|\s+(?:built-in\s+|own\s+|default\s+)?(?:{body})\b" if body else ""
    return Lazy(rf"^(?:['’]s\b{nouns})", re.IGNORECASE)


def _mention_pattern(alternatives: list[tuple[str, bool]]) -> Mentions:
    return Mentions(alternatives)


def build_language(data: dict[str, Any]) -> Language:
    locales = data.get("locales", [])

    def pat(key: str, flags: int = re.IGNORECASE) -> Lazy:
        return compile_any(data.get(key, []) + _locale_patterns(key, locales), flags)

    return Language(
        sections=SectionNames(
            _sections(data["sections"], locales), data.get("section_phrases", {})
        ),
        choice_before=pat("choice_before"),
        chosen_option=_chosen_option(data, locales),
        chosen_number=_chosen_option(data, locales, number=True),
        ordinal=_ordinal(data, locales),
        choice_labels=pat("choice_labels"),
        choice_after=pat("choice_after"),
        choice_verdict=pat("choice_verdict"),
        asks_before=pat("asks_before"),
        becoming_before=pat("becoming_before"),
        product_after=pat("product_after"),
        participle_before=pat("participle_before"),
        role_before=pat("role_before"),
        role_after=pat("role_after"),
        choice_named=pat("choice_named", 0),
        anaphora=pat("anaphora"),
        choice_gap=pat("choice_gap"),
        choice_gap_phrases=pat("choice_gap_phrases"),
        choice_gap_stop=pat("choice_gap_stop"),
        rejection_before=pat("rejection_before"),
        rejection_labels=pat("rejection_labels"),
        rejection_after=pat("rejection_after"),
        undecided=pat("undecided"),
        refers_back=pat("refers_back"),
        proposed_before=pat("proposed_before"),
        topic=pat("topic"),
        negation=pat("negation"),
        negation_after=pat("negation_after"),
        elsewhere=pat("elsewhere"),
        requirement_voice=pat("requirement_voice"),
        ceiling=pat("ceiling"),
        reported=pat("reported"),
        placeholders=AnyOf(data.get("placeholders", []), re.IGNORECASE | re.MULTILINE),
        placeholder_titles=pat("placeholder_titles"),
        file_names=pat("file_names"),
        template_titles=pat("template_titles"),
        template_fillers=compile_any(
            data.get("template_fillers", []), re.IGNORECASE | re.MULTILINE
        ),
        guide_cues=pat("guide_cues"),
        in_place_before=pat("in_place_before"),
        web_framework_title=pat("web_framework_title"),
        hypothetical_before=pat("hypothetical_before"),
        condition_opening=pat("condition_opening"),
        choice_question=pat("choice_question"),
        answer_labels=pat("answer_labels"),
        supersedes=pat("supersedes"),
        relates=pat("relates"),
        templates=tuple(
            Template(
                name,
                frozenset(SectionNames.clean(m) for m in t["markers"]),
                tuple(t["required"]),
            )
            for name, t in data.get("templates", {}).items()
        ),
        statuses=tuple(s.lower() for s in data.get("statuses", [])),
        translated_statuses=tuple(
            w.lower() for entry in locales for w in entry.get("statuses", [])
        ),
        status_synonyms=tuple(
            tuple(phrase.lower().split()) for phrase in data.get("status_synonyms", [])
        ),
        locales=tuple(_locale(entry) for entry in locales),
        index_names=_words(data, "index_names"),
        template_names=_words(data, "template_names"),
        name_fillers=_words(data, "name_fillers"),
        runtimes=frozenset(w.lower() for w in data.get("runtimes", [])),
        runtime_lead=_runtime_lead(data.get("runtimes", [])),
        runtime_tail=_runtime_lead(data.get("runtimes", []), tail=True),
        part_fillers=_words(data, "part_fillers"),
        months=_months(data.get("months", [])),
        day_suffixes=frozenset(w.lower() for w in data.get("day_suffixes", [])),
        date_words=frozenset(w.lower() for w in data.get("date_words", [])),
        adr_folder_heads=_words(data, "adr_folder_heads"),
        adr_folder_before=_words(data, "adr_folder_before"),
        adr_folder_after=_words(data, "adr_folder_after"),
    )


def _months(entries: list[dict[str, Any]]) -> Months:
    """Month names to numbers; a name two months share stands for neither,
    so that no date is read with a guess."""
    found: dict[str, set[int]] = {}
    for entry in entries:
        for name in entry["names"]:
            found.setdefault(name.lower(), set()).add(int(entry["month"]))
    return Months(
        sorted((name, next(iter(m))) for name, m in found.items() if len(m) == 1)
    )


def _sections(
    names: dict[str, list[str]], locales: list[dict[str, Any]]
) -> dict[str, list[str]]:
    """The section names of every language, by role."""
    out = {role: list(found) for role, found in names.items()}
    for locale in locales:
        for role, found in locale.get("sections", {}).items():
            out.setdefault(role, []).extend(found)
    return out


def _alternation(words: set[str]) -> str:
    """Words and phrases as one alternation, longest first, a space in a
    phrase matching any run of white space."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _chosen_option(
    data: dict[str, Any], locales: list[dict[str, Any]], *, number: bool = False
) -> Lazy:
    """MADR's outcome label ("Chosen option:", "Opção escolhida:", "Option
    retenue :") at the start of a sentence; with `number`, followed by the
    option's number or letter alone ("Chosen option: 2")."""
    labels = {
        *data.get("chosen_option", []),
        *(w for entry in locales for w in entry.get("chosen_option", [])),
    }
    head = rf"^\W*(?:{_alternation(labels) or r'(?!x)x'})\s*:?\s*"
    if number:
        return Lazy(
            head + r"[\"“„«]?#?\s*(\d{1,2}|(?-i:[A-H]))(?![\w.-])", re.IGNORECASE
        )
    return Lazy(head, re.IGNORECASE)


def _ordinal(data: dict[str, Any], locales: list[dict[str, Any]]) -> Lazy:
    """An option named by its number or letter, in each language's word for
    an option: "option 2", "Alternative B", "opção 2", "phương án 1"."""
    words = {
        *data.get("option_words", []),
        *(w for entry in locales for w in entry.get("option_words", [])),
    }
    if not words:
        return Lazy(r"(?!x)x")
    return Lazy(
        rf"{_NOT_GLUED_BEFORE}(?i:{_alternation(words)})\s*(?:#\s*)?(\d{{1,2}}|[A-H])\b"
    )


def _runtime_lead(names: list[str], *, tail: bool = False) -> Lazy:
    """Languages and runtimes, with a version, joined to what follows in a
    stack: "Python 3.12 with ", "the JavaScript language and ", "Node.js + ".
    `tail`: the same, ending the text ("desenvolvido em Python + ")."""
    if not names:
        return Lazy(r"(?!x)x")
    words = _alternation(set(names))
    # "the language Python", "el lenguaje Python", "Python 3.12 runtime"
    article = r"(?:(?:the|el|la|le|o|a|il|lo|der|die|das) )?"
    noun = (
        r"(?:(?:programming )?"
        r"(?:language|lenguaje|langage|linguagem|linguaggio|sprache) )?"
    )
    version = r"(?: \d[\w.]*)?(?: (?:language|runtime|platform))?"
    name = rf"{article}{noun}(?:{words}){version}"
    # "with", "and", "together with", "on", "using" in English, and the
    # same in French, Spanish, Portuguese, Italian and German; then "the
    # framework" that names what follows
    joint = (
        r"\s*(?:\b(?:together with|along with|junto con|junto com|ainsi que|insieme a"
        r"|zusammen mit|with|and|on|using|et|avec|y|con|e|com|und|mit)\b|\+|/|,)\s*"
        r"(?:(?:the|el|le|o|il|lo|das) (?:(?:web|backend) )?framework )?"
    )
    if tail:
        return Lazy(rf"(?<!\w)(?:{name}{joint})+$", re.IGNORECASE)
    return Lazy(rf"^\W*(?:{name}{joint})+", re.IGNORECASE)


# A word is whole where no letter glues it to another; letters of scripts
# written without spaces ("我们选择Django") glue nothing.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_NOT_GLUED_BEFORE = rf"(?<![^\W\d_{_UNSPACED}])"
_NOT_GLUED_AFTER = rf"(?![^\W\d_{_UNSPACED}])"


def _whole_words(words: set[str]) -> list[str]:
    if not words:
        return []
    return [rf"{_NOT_GLUED_BEFORE}(?:{_alternation(words)}){_NOT_GLUED_AFTER}"]


def _locale_patterns(key: str, locales: list[dict[str, Any]]) -> list[str]:
    """Each language's choice words, as expressions of the pack's kind:
    words that choose the name right after them (`choice_before`, matched
    at the end of the clause before it) or right before them, words that
    reject the name after them (`rejection_before`), and each language's
    names for the Decision as labels (`choice_labels`)."""
    if key == "choice_before":
        return _whole_words(
            {w for entry in locales for w in entry.get("choose_before", [])}
        )
    if key == "choice_after":
        return [p for entry in locales for p in entry.get("choose_after", [])]
    if key == "choice_labels":
        # "Decisión: Backend en Django", "Entscheidung: Flask": a language's
        # name for the Decision, as a label, says what it decided.
        names = {
            n
            for entry in locales
            for n in entry.get("sections", {}).get("decision", [])
        }
        return [rf"^\W*(?:{_alternation(names)})\s*:"] if names else []
    if key == "rejection_before":
        return _whole_words(
            {w for entry in locales for w in entry.get("reject_before", [])}
        ) + [p for entry in locales for p in _negated_choice(entry)]
    return []


def _negated_choice(entry: dict[str, Any]) -> list[str]:
    """A language's negation right before its own choice words rejects the
    name after them: "No usamos Django", "Não adotamos Flask", "Non
    adottiamo Django". Only before a choice word: alone, "no" or "non"
    is a word of other languages too."""
    nots, verbs = entry.get("not_before", []), entry.get("choose_before", [])
    if not nots or not verbs:
        return []
    return [
        rf"{_NOT_GLUED_BEFORE}(?:{_alternation(set(nots))})\s+"
        rf"(?:{_alternation(set(verbs))}){_NOT_GLUED_AFTER}"
    ]


def _locale(entry: dict[str, Any]) -> Locale:
    letters = entry.get("letters")
    return Locale(
        entry["id"],
        entry["name"],
        frozenset(w.lower() for w in entry.get("words", [])),
        re.compile(letters) if letters else None,
        bool(entry.get("criteria", False)),
    )


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(word.lower() for word in data.get(key, []))

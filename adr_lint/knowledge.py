"""Rule packs (folders of YAML in rules/) -> one `KnowledgeBase`.

The shipped pack is validated by the test-suite; packs a user adds with
`--rules DIR` are validated here, against the same JSON Schemas, before any
file is linted. A pack's file replaces entries of the same id and extends
lists, so a pack can add a framework profile or a synonym without code.
"""

from __future__ import annotations

import os
import re
from typing import Any, NamedTuple

from adr_lint import compiled, resources
from adr_lint.errors import PackError
from adr_lint.lazyre import Lazy
from adr_lint.mentions import Mentions
from adr_lint.sections import SectionNames

PACK_FILES = ("sources", "criteria", "frameworks", "language")
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


class Framework(NamedTuple):
    id: str
    name: str
    components: Lazy  # a possessive or a part noun after the name
    profile: dict[str, tuple[Claim, ...]]


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
        return f"{self.id} \u201c{self.title}\u201d, section \u201c{section}\u201d"


class Template(NamedTuple):
    name: str
    markers: frozenset[str]
    required: tuple[str, ...]


class Language(NamedTuple):
    sections: SectionNames
    choice_before: Lazy
    choice_labels: Lazy
    choice_after: Lazy
    choice_verdict: Lazy
    choice_named: Lazy
    choice_gap: Lazy
    choice_gap_phrases: Lazy
    choice_gap_stop: Lazy
    rejection_before: Lazy
    rejection_labels: Lazy
    rejection_after: Lazy
    undecided: Lazy
    refers_back: Lazy
    topic: Lazy
    negation: Lazy
    negation_after: Lazy
    elsewhere: Lazy  # "..., but that is a separate service": not this one's need
    requirement_voice: Lazy
    ceiling: Lazy  # before a figure: "well under", "no more than"
    reported: Lazy  # "A proposal suggested ...": not the record's own need
    placeholders: Lazy
    file_names: Lazy
    templates: tuple[Template, ...] = ()
    statuses: tuple[str, ...] = ()


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
    return [value for value in values if isinstance(value, Lazy)]


def load(extra: list[str] | list[os.PathLike[str]] | None = None) -> KnowledgeBase:
    merged: dict[str, Any] = {name: None for name in PACK_FILES}
    packs = [(resources.rules_dir(), False)] + [
        (os.fspath(p), True) for p in extra or []
    ]
    for pack, validate in packs:
        read = _read_pack(pack, validate) if validate else _read_shipped(pack)
        for name, path, data in read:
            if validate:
                from adr_lint.packbuild import check_file

                check_file(name, data, str(path), merged)
            merged[name] = _merge(name, merged[name], data, path)
    return _build(merged)


def _read_shipped(folder: str) -> list[tuple[str, str, Any]]:
    """The shipped pack: from the JSON snapshot a wheel carries (made from
    the YAML when the wheel is built, see hatch_build.py), else the YAML."""
    snapshot = os.path.join(folder, "pack.json")
    if not os.path.exists(snapshot):
        return _read_pack(folder, validate=False)
    import json

    with open(snapshot, encoding="utf-8") as handle:
        data = json.load(handle)
    return [
        (name, os.path.join(folder, f"{name}.yaml"), data[name])
        for name in PACK_FILES
        if name in data
    ]


def _read_pack(folder: str, validate: bool) -> list[tuple[str, str, Any]]:
    if not os.path.isdir(folder):
        raise PackError(folder, "", "rule pack folder does not exist")
    found = []
    for name in PACK_FILES:
        path = os.path.join(folder, f"{name}.yaml")
        if not os.path.exists(path):
            continue
        data = _read_yaml(path)
        if validate:
            from adr_lint.validation import validate_file

            validate_file(path, data, f"pack-{name}.schema.json")
        found.append((name, path, data))
    if not found:
        raise PackError(
            str(folder),
            "",
            "no pack files (" + ", ".join(f"{n}.yaml" for n in PACK_FILES) + ")",
        )
    return found


def _read_yaml(path: str) -> Any:
    import yaml

    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(text, Loader=loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), "", f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        raise PackError(
            str(path), "", "not valid YAML: " + " ".join(str(exc).split())
        ) from None


def _merge(name: str, base: Any, data: Any, path: str) -> Any:
    data = (
        {**data, "_paths": {**(base or {}).get("_paths", {}), name: str(path)}}
        if isinstance(data, dict)
        else data
    )
    if base is None:
        return data
    if name == "language":
        out = dict(base)
        for key, value in data.items():
            if key == "templates":
                out[key] = {**base.get(key, {}), **value}
            elif key == "statuses":
                out[key] = list(value)
            elif key == "sections":
                out[key] = {
                    r: list(base[key].get(r, [])) + list(v)
                    for r, v in {**base[key], **value}.items()
                }
            elif isinstance(value, list):
                out[key] = list(base.get(key, [])) + value
        return out
    key = name  # sources / criteria / frameworks: lists of entries with ids
    by_id = {entry["id"]: entry for entry in base[key]}
    by_id.update({entry["id"]: entry for entry in data.get(key, [])})
    out = {key: list(by_id.values()), "_paths": data["_paths"]}
    if name == "frameworks":  # parts every framework has: a pack adds to them
        out["components"] = [*base.get("components", []), *data.get("components", [])]
    return out


def _build(merged: dict[str, Any]) -> KnowledgeBase:
    from adr_lint.packbuild import (
        build_criteria,
        build_frameworks,
        build_language,
        build_sources,
    )

    sources = build_sources(merged["sources"])
    criteria = build_criteria(merged["criteria"])
    frameworks, mentions, alias_ids = build_frameworks(
        merged["frameworks"], sources, criteria
    )
    language = build_language(merged["language"])
    return KnowledgeBase(sources, criteria, frameworks, language, mentions, alias_ids)

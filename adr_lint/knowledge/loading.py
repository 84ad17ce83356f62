"""Rule packs (folders of YAML in rules/) -> one `KnowledgeBase`.

The shipped pack is validated by the test-suite; packs a user adds with
`--rules DIR` are validated here, against the same JSON Schemas, before any
file is linted. A pack's file replaces entries of the same id and extends
lists, so a pack can add a framework profile or a synonym without code.
"""

from __future__ import annotations

import os
from typing import Any

from adr_lint.errors import PackError
from adr_lint.knowledge import resources
from adr_lint.knowledge.model import KnowledgeBase

PACK_FILES = ("sources", "criteria", "frameworks", "language")


def load(extra: list[str] | list[os.PathLike[str]] | None = None) -> KnowledgeBase:
    merged: dict[str, Any] = {name: None for name in PACK_FILES}
    packs = [(resources.rules_dir(), False)] + [
        (os.fspath(p), True) for p in extra or []
    ]
    for pack, validate in packs:
        read = _read_pack(pack, validate) if validate else _read_shipped(pack)
        for name, path, data in read:
            if validate:
                from adr_lint.knowledge.build import check_file

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
            from adr_lint.knowledge.validation import validate_file

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
    from adr_lint.knowledge.build import (
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
    mentions.after_runtimes(language.runtimes)
    return KnowledgeBase(sources, criteria, frameworks, language, mentions, alias_ids)

"""Where a repository keeps its ADRs, in this order: the configuration's
`paths`, the folder `.adr-dir` names (as adr-tools writes it), else every
folder named like an ADR folder (`docs/adr`, `doc/architecture/decisions`,
`architecture-decision-records`, `ADR`, a docs site's `content/decisions`),
by the words of its name (`adr_folder_*` in `rules/language.yaml`).

`adr-lint` with no path lints these folders; `--only-adr-folders` keeps,
of the files it is given, those inside them: the same files either way.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import NamedTuple

from adr_lint.errors import UsageError
from adr_lint.knowledge.model import Language

MARKER = ".adr-dir"
# Not the repository's own ADRs: dependencies, environments, build output.
SKIP_DIRS = frozenset(
    {"node_modules", "venv", "__pycache__", "vendor", "third_party", "site-packages"}
)
_WORD = re.compile(r"[-_. ]+")


class AdrFolders(NamedTuple):
    root: str  # the repository's root, or the working directory outside one
    folders: tuple[str, ...]  # absolute; empty when found by name alone
    by_name: bool  # no paths and no `.adr-dir`: a folder's name decides
    source: str  # what said where they are, for --show-settings


def root_of(start: str) -> str:
    """The nearest folder at or above `start` holding `.git`, else `start`."""
    folder = os.path.abspath(start)
    while True:
        if os.path.exists(os.path.join(folder, ".git")):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return os.path.abspath(start)
        folder = parent


def locate(start: str, configured: tuple[str, ...]) -> AdrFolders:
    """Where the ADRs are, without walking the tree yet."""
    root = root_of(start)
    if configured:
        kept = tuple(os.path.abspath(p) for p in configured)
        return AdrFolders(root, kept, False, "paths in the configuration")
    marker = _marker(start, root)
    if marker is not None:
        return AdrFolders(root, (_read_marker(marker),), False, marker)
    return AdrFolders(root, (), True, "folders named like ADR folders")


def _marker(start: str, root: str) -> str | None:
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, MARKER)
        if os.path.isfile(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if folder in (root, parent):
            return None
        folder = parent


def _read_marker(marker: str) -> str:
    try:
        with open(marker, encoding="utf-8") as handle:
            name = handle.read().strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{marker}: cannot read: {exc}") from None
    if not name:
        raise UsageError(f"{marker}: empty; it should name the ADR folder")
    return os.path.normpath(os.path.join(os.path.dirname(marker), name))


def named_like_adrs(name: str, language: Language) -> bool:
    """`adr`, `ADRs`, `decision-records`, `architecture_decisions`: one head
    word, only `before` words ahead of it and `after` words behind it."""
    words = [w for w in _WORD.split(name.lower()) if w]
    heads = [i for i, w in enumerate(words) if w in language.adr_folder_heads]
    if len(heads) != 1:
        return False
    at = heads[0]
    return all(w in language.adr_folder_before for w in words[:at]) and all(
        w in language.adr_folder_after for w in words[at + 1 :]
    )


def search(where: AdrFolders, language: Language) -> list[str]:
    """The ADR folders to lint when no path is given: the named ones, or
    below the root every folder named like one (not what is inside it)."""
    if not where.by_name:
        return list(where.folders)
    found = []
    for folder, dirs, _files in os.walk(where.root):
        keep = []
        for name in sorted(dirs):
            if name.startswith(".") or name in SKIP_DIRS:
                continue
            if named_like_adrs(name, language):
                found.append(os.path.join(folder, name))
            else:
                keep.append(name)
        dirs[:] = keep
    return found


def inside(path: str, where: AdrFolders, language: Language) -> bool:
    """Whether a file is one of the ADR folders' (at any depth)."""
    full = os.path.abspath(path)
    if not where.by_name:
        return any(full == f or full.startswith(f + os.sep) for f in where.folders)
    relative = os.path.relpath(os.path.dirname(full), where.root)
    if relative.startswith(os.pardir):
        relative = os.path.dirname(full)
    return any(named_like_adrs(part, language) for part in _parts(relative))


def _parts(relative: str) -> Iterable[str]:
    return (p for p in relative.replace("\\", "/").split("/") if p not in ("", "."))


def none_found(where: AdrFolders) -> UsageError:
    if not where.by_name:
        return UsageError(f"{', '.join(where.folders)}: no such folder")
    return UsageError(
        f"no ADR folder found below {where.root} (looked for {MARKER} and folders "
        "named like docs/adr, decisions, architecture-decision-records); pass a path"
    )

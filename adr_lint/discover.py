"""Paths on the command line -> the Markdown files to lint, in a stable
order. Which of them are ADRs is the linter's to say (`layout`), for a file
found in a folder and a file named alone alike. With no path, the ADR
folders (`workspace.folders`); a run may keep only the files in them, or
only those changed since a git revision (`workspace.changes`)."""

from __future__ import annotations

import os
from typing import NamedTuple

from adr_lint.knowledge.model import Language
from adr_lint.workspace import folders

SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "venv", "__pycache__", ".tox"})
SUFFIXES = (".md", ".markdown")


class Target(NamedTuple):
    """A file to lint, or one found but not to be read (`problem` says why)."""

    path: str
    problem: str | None = None
    named: bool = False  # given on the command line, not found in a folder


class Found(NamedTuple):
    targets: list[Target]
    missing: list[str]  # paths given on the command line that do not exist
    roots: tuple[str, ...] = ()  # the files and folders looked in


def select(
    paths: tuple[str, ...],
    where: folders.AdrFolders,
    language: Language,
    *,
    only_adr_folders: bool = False,
    changed_since: str | None = None,
) -> tuple[Found, bool]:
    """The files to lint, and whether the run was narrowed to some of them
    (those in the ADR folders, or those changed since a revision)."""
    roots = list(paths) or folders.search(where, language)
    if not roots:
        raise folders.none_found(where)
    found = discover(roots, os.getcwd())
    targets = found.targets
    if only_adr_folders:
        targets = [t for t in targets if folders.inside(t.path, where, language)]
    if changed_since is not None:
        from adr_lint.workspace import changes  # runs git: only when asked

        changed = changes.changed_since(changed_since, _folder_of(roots[0]))
        targets = [t for t in targets if os.path.abspath(t.path) in changed]
    narrowed = only_adr_folders or changed_since is not None
    return Found(targets, found.missing, found.roots), narrowed


def _folder_of(path: str) -> str:
    """Where git is asked about a path: its folder (it may be in another
    repository than the working directory)."""
    full = os.path.abspath(path)
    return full if os.path.isdir(full) else os.path.dirname(full) or os.getcwd()


def discover(roots: list[str], cwd: str) -> Found:
    """The Markdown files of `roots`, files and folders relative to `cwd`
    (where to look when none is given is `workspace.folders`'s to say)."""
    if os.path.abspath(cwd) != os.getcwd():
        roots = [os.path.join(cwd, root) for root in roots]
    found: dict[str, Target] = {}
    missing = []
    for root in roots:
        if os.path.isdir(root):
            for target in _walk(root):
                found.setdefault(os.path.normpath(target.path), target)
        elif os.path.exists(root) or os.path.islink(root):
            found.setdefault(os.path.normpath(root), Target(root, named=True))
        else:
            missing.append(f"{root}: no such file or directory")
    return Found([found[key] for key in sorted(found)], missing, tuple(roots))


def _upwards(start: str) -> list[str]:
    folders, folder = [], os.path.abspath(start)
    while True:
        folders.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            return folders
        folder = parent


def _walk(root: str) -> list[Target]:
    """Markdown files below `root`. Linked folders are not entered, and a
    linked file that leads out of `root` is reported rather than read."""
    inside = os.path.realpath(root)
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
        )
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES):
                path = os.path.join(folder, name)
                out.append(Target(path, _escapes(path, inside)))
    return out


def _escapes(path: str, inside: str) -> str | None:
    if not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    if not os.path.exists(target):
        return None  # a broken link or a loop: reading it reports the problem
    if target == inside or target.startswith(inside + os.sep):
        return None
    return f"symbolic link to {target}, outside {inside}; not followed"

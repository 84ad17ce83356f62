"""Paths on the command line -> the Markdown files to lint, in a stable
order. Which of them are ADRs is the linter's to say (`layout`), for a file
found in a folder and a file named alone alike."""

from __future__ import annotations

import os
from typing import NamedTuple

from adr_lint.errors import UsageError

DEFAULT_DIRS = (
    "docs/adr",
    "doc/adr",
    "docs/decisions",
    "docs/architecture/decisions",
    "doc/architecture/decisions",
)
SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "venv", "__pycache__", ".tox"})
SUFFIXES = (".md", ".markdown")


def default_dir(start: str) -> str:
    """The repository's ADR folder: `.adr-dir` as adr-tools writes it, else
    the usual places, looking upwards until the repository's root."""
    for folder in _upwards(start):
        marker = os.path.join(folder, ".adr-dir")
        if os.path.isfile(marker):
            try:
                with open(marker, encoding="utf-8") as handle:
                    name = handle.read().strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"{marker}: cannot read: {exc}") from None
            return os.path.join(folder, name)
        for name in DEFAULT_DIRS:
            if os.path.isdir(os.path.join(folder, name)):
                return os.path.join(folder, name)
        if os.path.exists(os.path.join(folder, ".git")):
            break
    raise UsageError(
        "no ADR folder found (looked for .adr-dir, "
        + ", ".join(DEFAULT_DIRS)
        + "); pass a path"
    )


class Target(NamedTuple):
    """A file to lint, or one found but not to be read (`problem` says why)."""

    path: str
    problem: str | None = None
    named: bool = False  # given on the command line, not found in a folder


class Found(NamedTuple):
    targets: list[Target]
    missing: list[str]  # paths given on the command line that do not exist


def discover(paths: list[str], cwd: str) -> Found:
    roots = list(paths) if paths else [default_dir(cwd)]
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
    return Found([found[key] for key in sorted(found)], missing)


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

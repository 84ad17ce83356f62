"""Paths on the command line -> the ADR files to lint, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from adr_lint.errors import UsageError

DEFAULT_DIRS = (
    "docs/adr",
    "doc/adr",
    "docs/decisions",
    "docs/architecture/decisions",
    "doc/architecture/decisions",
)
# Files that live beside ADRs but are not ADRs. Named explicitly, they are linted.
NOT_ADRS = frozenset(
    {
        "readme.md",
        "index.md",
        "template.md",
        "adr-template.md",
        "_template.md",
        "toc.md",
    }
)
SKIP_DIRS = frozenset({".git", "node_modules", ".venv", "venv", "__pycache__", ".tox"})
SUFFIXES = (".md", ".markdown")


def default_dir(start: Path) -> Path:
    """The repository's ADR folder: `.adr-dir` as adr-tools writes it, else
    the usual places, looking upwards until the repository's root."""
    for folder in (start, *start.parents):
        marker = folder / ".adr-dir"
        if marker.is_file():
            try:
                name = marker.read_text(encoding="utf-8").strip()
            except (OSError, UnicodeDecodeError) as exc:
                raise UsageError(f"{marker}: cannot read: {exc}") from None
            return folder / name
        for name in DEFAULT_DIRS:
            if (folder / name).is_dir():
                return folder / name
        if (folder / ".git").exists():
            break
    raise UsageError(
        "no ADR folder found (looked for .adr-dir, "
        + ", ".join(DEFAULT_DIRS)
        + "); pass a path"
    )


class Target(NamedTuple):
    """A file to lint, or one found but not to be read (`problem` says why)."""

    path: Path
    problem: str | None = None


class Found(NamedTuple):
    targets: list[Target]
    missing: list[str]  # paths given on the command line that do not exist


def discover(paths: list[str], cwd: Path) -> Found:
    roots = [Path(p) for p in paths] if paths else [default_dir(cwd)]
    found: dict[str, Target] = {}
    missing = []
    for root in roots:
        if root.is_dir():
            for target in _walk(root):
                found.setdefault(os.path.normpath(target.path), target)
        elif root.exists() or root.is_symlink():
            found.setdefault(os.path.normpath(root), Target(root))
        else:
            missing.append(f"{root}: no such file or directory")
    return Found([found[key] for key in sorted(found)], missing)


def _walk(root: Path) -> list[Target]:
    """ADR files below `root`. Linked folders are not entered, and a linked
    file that leads out of `root` is reported rather than read."""
    inside = root.resolve()
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
        )
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and name.lower() not in NOT_ADRS:
                path = Path(folder) / name
                out.append(Target(path, _escapes(path, inside)))
    return out


def _escapes(path: Path, inside: Path) -> str | None:
    if not path.is_symlink():
        return None
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None  # a broken link or a loop: reading it reports the problem
    if target == inside or inside in target.parents:
        return None
    return f"symbolic link to {target}, outside {inside}; not followed"

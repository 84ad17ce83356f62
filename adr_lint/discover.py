"""Paths on the command line -> the ADR files to lint, in a stable order."""

from __future__ import annotations

import os
from pathlib import Path

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


def discover(paths: list[str], cwd: Path) -> list[Path]:
    roots = [Path(p) for p in paths] if paths else [default_dir(cwd)]
    found: dict[str, Path] = {}
    for root in roots:
        if root.is_dir():
            for path in _walk(root):
                found.setdefault(os.path.normpath(path), path)
        elif root.exists() or root.is_symlink():
            found.setdefault(os.path.normpath(root), root)
        else:
            raise UsageError(f"{root}: no such file or directory")
    return [found[key] for key in sorted(found)]


def _walk(root: Path) -> list[Path]:
    out = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d for d in dirs if d not in SKIP_DIRS and not d.startswith(".")
        )
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and name.lower() not in NOT_ADRS:
                out.append(Path(folder) / name)
    return out

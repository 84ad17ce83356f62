"""Where the shipped rule pack and schemas are.

In a wheel they sit inside the package; in a source checkout (and an
editable install) they sit at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def rules_dir() -> Path:
    return data_dir("rules")


def schema_path(name: str) -> Path:
    return data_dir("schemas") / name

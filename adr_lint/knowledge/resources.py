"""Where the shipped rule pack and schemas are.

In a wheel they sit inside the package; in a source checkout (and an
editable install) they sit at the top of the repository. Paths are plain
strings: pathlib costs more to import than this module needs.
"""

from __future__ import annotations

import os

# The `adr_lint` package: this module sits one folder below it.
_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def data_dir(name: str) -> str:
    packaged = os.path.join(_PACKAGE, name)
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(_PACKAGE), name)


def rules_dir() -> str:
    return data_dir("rules")


def schema_path(name: str) -> str:
    return os.path.join(data_dir("schemas"), name)

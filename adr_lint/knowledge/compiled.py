"""The shipped pack's expressions, compiled when the wheel is built.

A framework ADR needs some forty of the pack's expressions, and compiling
them (parsing each one in pure Python) is most of what its run costs
beyond start-up. The engine's program for an expression depends only on
the expression and on the engine, so the wheel build compiles every one of
them and keeps the programs (`table`); a run hands a kept program straight
to the engine, which validates it, and gets the pattern `re.compile` would
have made (equal to it, code and all).

The programs belong to one engine: the table is stamped with the
interpreter and the engine's own version, and any other interpreter, an
unreadable table, an expression it does not hold (a user's pack) or a
program the engine refuses all fall back to `re.compile`.
"""

from __future__ import annotations

import os
import re
import sys
from array import array
from re import _compiler  # type: ignore[attr-defined]
from typing import Any

from adr_lint.knowledge import resources

TABLE = "compiled.marshal"  # in the shipped rule pack's folder
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the table when it holds the
    expression."""
    entry = _table().get(key(source, flags))
    if entry is not None:
        try:
            final, code, groups, index, names = entry
            found: re.Pattern[str] = _compiler._sre.compile(
                source, final, array("I", code).tolist(), groups, index, names
            )
        except (RuntimeError, TypeError, ValueError, OverflowError):
            pass  # not this engine's program after all
        else:
            return found
    return re.compile(source, flags)


def known(source: str, flags: int = 0) -> bool:
    """Whether the table holds the expression's program."""
    return key(source, flags) in _table()


def table(sources: list[tuple[str, int]]) -> bytes:
    """The programs of these expressions for this interpreter, stamped."""
    import marshal

    entries: dict[str, _Entry] = {}
    for source, flags in sorted(set(sources)):
        tree = _compiler._parser.parse(source, flags)
        code = _compiler._code(tree, flags)
        state = tree.state
        names: list[str | None] = [None] * state.groups
        for name, number in state.groupdict.items():
            names[number] = name
        entries[key(source, flags)] = (
            int(flags | state.flags),
            array("I", code).tobytes(),
            state.groups - 1,
            dict(state.groupdict),
            tuple(names),
        )
    return marshal.dumps((_stamp(), entries))


def key(source: str, flags: int) -> str:
    """An expression's key in the tables made at build time; flags as a
    number, which is the same on every Python version (their names are not)."""
    return f"{int(flags)}:{source}"


def _stamp() -> tuple[str, int, int, int, str]:
    engine = _compiler._sre
    return (
        sys.implementation.cache_tag or "",
        engine.MAGIC,
        engine.CODESIZE,
        array("I").itemsize,
        sys.byteorder,
    )


_loaded: dict[str, _Entry] | None = None


def _table() -> dict[str, _Entry]:
    global _loaded  # noqa: PLW0603 - read once, on the first compile
    if _loaded is None:
        _loaded = _read(os.path.join(resources.rules_dir(), TABLE))
    return _loaded


def _read(path: str) -> dict[str, _Entry]:
    import marshal

    try:
        with open(path, "rb") as handle:
            stamp, entries = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}  # no table (a source checkout), or not one this can read
    if stamp != _stamp() or not isinstance(entries, dict):
        return {}
    found: dict[str, Any] = entries
    return found

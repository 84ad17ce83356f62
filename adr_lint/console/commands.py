"""Which command the words of a command line name. `adr-lint docs/adr`
means `adr-lint check docs/adr`, as in ruff; a word that names no file and
is close to a command's name is a typo, not a path."""

from __future__ import annotations

import os
import re
from collections.abc import Collection

from adr_lint.errors import UsageError

# Every command, registered here or by a package of its own: a word that
# names one is that command, whatever is on disk.
COMMANDS = ("check", "rules", "explain", "sources", "show", "new")
GROUP_OPTIONS = ("--help", "-h", "--version")
_WORD = re.compile(r"[a-z][a-z-]*", re.IGNORECASE)


def route(args: list[str], names: Collection[str]) -> list[str]:
    """The arguments with the command first: `check` unless they name one."""
    if not args:
        return ["check"]
    first = args[0]
    if first in names or first in GROUP_OPTIONS:
        return args
    if not first.startswith("-") and not os.path.lexists(first):
        meant = suggestion(first, names)
        if meant is not None:
            raise UsageError(
                f"'{first}' is no command and no file; did you mean '{meant}'?"
            )
    return ["check", *args]


def suggestion(word: str, names: Collection[str]) -> str | None:
    """The command a mistyped word most likely meant, if it is a bare word
    close to one (`explian`, `rulez`); None for anything else."""
    if not _WORD.fullmatch(word):
        return None
    import difflib

    close = difflib.get_close_matches(word.lower(), sorted(names), n=1, cutoff=0.6)
    return close[0] if close else None

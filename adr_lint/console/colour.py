"""Whether the text report is coloured: `--color always|never` decides;
`auto` colours a terminal, except when `NO_COLOR` is set, and colours any
output when `FORCE_COLOR` is (a report written with `--output` never is).
A variable counts when it is set and not empty (no-color.org,
force-color.org); `NO_COLOR` wins over `FORCE_COLOR`, as in CPython."""

from __future__ import annotations

from collections.abc import Mapping

CHOICES = ("auto", "always", "never")


def wanted(
    choice: str, *, to_file: bool, terminal: bool, env: Mapping[str, str]
) -> bool:
    if choice != "auto":
        return choice == "always"
    if to_file or env.get("NO_COLOR"):
        return False
    return bool(env.get("FORCE_COLOR")) or terminal

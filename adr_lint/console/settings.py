"""`--show-settings`: the config file used and the settings a run would
use, merged from it and the command line, one `key = value` per line (the
values in JSON, which TOML reads alike for strings, lists and booleans)."""

from __future__ import annotations

import json
from collections.abc import Mapping

# Options that say what to do with the settings, not what they are.
_NOT_SHOWN = frozenset({"show-settings", "config", "packs", "paths"})
_NAMES = {"fmt": "format"}  # the option a field of the settings comes from


def render(
    config_file: str | None,
    merged: Mapping[str, object],
    command_line: Mapping[str, object],
) -> str:
    """`merged`: the settings the config file and the command line make
    together; `command_line`: every option given, of which those not in
    `merged` are shown after them."""
    head = f"# config file: {config_file or 'none (the defaults)'}"
    rest = {_NAMES.get(k, k.replace("_", "-")): v for k, v in command_line.items()}
    pairs = [*merged.items()] + [
        (key, value)
        for key, value in rest.items()
        if key not in merged and key not in _NOT_SHOWN
    ]
    return "\n".join([head, *(f"{k} = {_value(v)}" for k, v in pairs)]) + "\n"


def _value(value: object) -> str:
    if isinstance(value, tuple):
        value = list(value)
    return json.dumps(value, ensure_ascii=False, default=str)

"""JSON Schema validation, with messages that name the file and key.

jsonschema is imported only here, and only when something needs checking
(a user's rule pack, a config file, structured front matter), so a plain
run does not pay for it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from adr_lint.errors import PackError
from adr_lint.knowledge import resources


@cache
def _validator(schema_name: str) -> Any:
    import jsonschema

    with open(resources.schema_path(schema_name), encoding="utf-8") as handle:
        schema = json.load(handle)
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def errors(data: Any, schema_name: str) -> list[tuple[str, str]]:
    """(JSON path, message) for each problem, in a stable order."""
    found = sorted(
        _validator(schema_name).iter_errors(data),
        key=lambda e: (list(map(str, e.absolute_path)), e.message),
    )
    return [(_json_path(e.absolute_path), _message(e)) for e in found]


def _message(error: Any) -> str:
    """jsonschema's message, except for "one of these keys" (an anyOf of
    `required`), which it words as "{} is not valid under any of the given
    schemas"."""
    options = error.validator_value if error.validator == "anyOf" else None
    if options and all(isinstance(o, dict) and set(o) == {"required"} for o in options):
        keys = " or ".join(repr(k) for o in options for k in o["required"])
        return f"needs {keys}"
    return str(error.message)


def validate_file(path: str, data: Any, schema_name: str) -> None:
    problems = errors(data, schema_name)
    if problems:
        where, message = problems[0]
        raise PackError(str(path), where, message)


def front_matter_errors(data: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for where, message in errors(data, "adr-front-matter.schema.json"):
        key = where.removeprefix("$.")
        out.append((key, f"front matter key '{key}': {message}"))
    return out


def _json_path(parts: Any) -> str:
    out = "$"
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out

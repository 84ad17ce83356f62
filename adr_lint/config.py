"""Find, load and validate the configuration, then merge it with the
command line (which wins).

Looked for from the working directory upwards: `.adr-lint.yaml` (or
`.adr-lint.yml`), or a `pyproject.toml` with a `[tool.adr-lint]` table; the
nearest one is used. `--config FILE` names one explicitly.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from adr_lint.errors import PackError, UsageError

NAMES = (".adr-lint.yaml", ".adr-lint.yml", "pyproject.toml")
# Parsing TOML costs more than a search: only a file that may hold the
# table is parsed.
_TABLE = re.compile(
    r'^\s*\[\s*tool\s*\.\s*(?:adr-lint|"adr-lint")\s*[\].]', re.MULTILINE
)


class Config(NamedTuple):
    path: str | None = None
    paths: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    severity: Mapping[str, str] = MappingProxyType({})
    statuses: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()
    strict: bool = False
    allow_empty: bool = False
    file_name_pattern: str | None = None
    new_template: str | None = None  # `adr-lint new`: nygard | madr


def find(start: str) -> str | None:
    from adr_lint.discover import _upwards

    for folder in _upwards(start):
        for name in NAMES:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate) and (
                name != "pyproject.toml" or _has_table(candidate)
            ):
                return candidate
    return None


def load(path: str | os.PathLike[str] | None) -> Config:
    if path is None:
        return Config()
    path = os.fspath(path)
    data = _read(path)
    from adr_lint.knowledge.validation import errors

    problems = errors(data, "config.schema.json")
    if problems:
        where, message = problems[0]
        raise PackError(path, where, message)
    base = os.path.dirname(os.path.abspath(path))
    return Config(
        path=path,
        paths=tuple(os.path.join(base, p) for p in data.get("paths", [])),
        exclude=tuple(data.get("exclude", [])),
        select=_upper(data.get("select")),
        ignore=_upper(data.get("ignore")),
        extend_select=_upper(data.get("extend-select")),
        severity=dict(data.get("severity", {})),
        statuses=tuple(s.lower() for s in data.get("statuses", [])),
        rules=tuple(os.path.join(base, p) for p in data.get("rules", [])),
        strict=bool(data.get("strict", False)),
        allow_empty=bool(data.get("allow-empty", False)),
        file_name_pattern=_pattern(data.get("file-name-pattern"), path),
        new_template=data.get("new-template"),
    )


def _text(path: str) -> str:
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def _read(path: str) -> Any:
    try:
        text = _text(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(path, "", f"cannot read: {exc}") from None
    if os.path.basename(path) == "pyproject.toml":
        return _toml(text, path).get("tool", {}).get("adr-lint", {})
    import yaml

    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise PackError(
            path, "", "not valid YAML: " + " ".join(str(exc).split())
        ) from None
    return {} if data is None else data


def _toml(text: str, path: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(path, "", f"not valid TOML: {exc}") from None


def _has_table(path: str) -> bool:
    try:
        text = _text(path)
    except (OSError, UnicodeDecodeError):
        return False
    if not _TABLE.search(text):
        return False
    return "adr-lint" in _toml(text, path).get("tool", {})


def _pattern(value: str | None, path: str) -> str | None:
    if value is None:
        return None
    from adr_lint.knowledge.build import check_user_pattern

    check_user_pattern(value, path, "$.file-name-pattern")
    return value


def _upper(values: list[str] | None) -> tuple[str, ...]:
    return tuple(v.upper() for v in values or [])


def check_codes(
    conf: Config, given: Mapping[str, tuple[str, ...]], known: Collection[str]
) -> None:
    """Every rule code and prefix the configuration and the command line
    (`given`: option -> codes) name must match a rule; exit 2 naming each
    one that does not, and where. A severity names one rule, by its code."""
    named: list[tuple[str, tuple[str, ...], bool]] = [
        (f"{conf.path}: $.{key}", codes, False)
        for key, codes in (
            ("select", conf.select),
            ("ignore", conf.ignore),
            ("extend-select", conf.extend_select),
        )
    ]
    named.append((f"{conf.path}: $.severity", tuple(conf.severity), True))
    named += [(option, codes, False) for option, codes in given.items()]
    problems = []
    for where, codes, exact in named:
        wrong = [c for c in codes if not _matches(c, known, exact=exact)]
        if wrong:
            quoted = ", ".join(f"'{c}'" for c in wrong)
            problems.append(f"{where}: no rule matches {quoted}")
    if problems:
        problems[-1] += " (`adr-lint rules` lists them)"
        raise UsageError("\n".join(problems))


def _matches(code: str, known: Collection[str], *, exact: bool) -> bool:
    if exact:
        return code in known
    return bool(code) and any(rule.startswith(code) for rule in known)


def excludes(conf: Config, path: str) -> bool:
    """Whether `exclude` matches the file: a glob on its path relative to
    the config file, or on its name."""
    if not conf.exclude:
        return False
    import fnmatch

    base = os.path.dirname(os.path.abspath(conf.path)) if conf.path else os.getcwd()
    relative = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    name = os.path.basename(path)
    return any(
        fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in conf.exclude
    )

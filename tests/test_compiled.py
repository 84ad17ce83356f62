"""Programs compiled when the wheel is built give the very pattern
`re.compile` would, and anything amiss with them falls back to it."""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from adr_lint import knowledge
from adr_lint.knowledge import compiled, prefilter

PACK = knowledge.load()
SOURCES = PACK.precompiled(
    prefilter.snapshot([(e.source, e.flags) for e in PACK.expressions()])
)


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A table written where the shipped pack's would be, read afresh."""
    path = tmp_path / compiled.TABLE
    path.write_bytes(compiled.table(SOURCES))
    monkeypatch.setattr(compiled.resources, "rules_dir", lambda: str(tmp_path))
    monkeypatch.setattr(compiled, "_loaded", None)
    return path


def test_every_shipped_program_gives_the_pattern_re_compiles(table: Path) -> None:
    assert len(compiled._table()) == len(set(SOURCES)) > 100
    for source, flags in SOURCES:
        found = compiled.pattern(source, flags)
        expected = re.compile(source, flags)
        # Patterns are equal only with the same text, flags and program.
        assert found == expected, source[:80]
        assert found.groupindex == expected.groupindex
        assert found.groups == expected.groups


def test_a_kept_program_is_used_rather_than_compiled_again(
    table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, flags = SOURCES[0]

    def refuse(*_: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(compiled.re, "compile", refuse)
    assert compiled.pattern(source, flags).pattern == source
    with pytest.raises(AssertionError):
        compiled.pattern(r"\bnot in the pack\b")


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",  # empty
        lambda data: b"\x00not marshal",
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: marshal.dumps(("another engine", 1, 4, 4, "little")),
        lambda data: marshal.dumps((compiled._stamp(), ["not", "a", "table"])),
    ],
)
def test_an_unusable_table_is_ignored(
    table: Path, damage: Callable[[bytes], bytes]
) -> None:
    table.write_bytes(damage(table.read_bytes()))
    assert compiled._table() == {}
    assert compiled.pattern(*SOURCES[0]) == re.compile(*SOURCES[0])


def test_another_engines_table_is_ignored(table: Path) -> None:
    stamp, entries = marshal.loads(table.read_bytes())
    table.write_bytes(marshal.dumps(((stamp[0], stamp[1] + 1, *stamp[2:]), entries)))
    assert compiled._table() == {}


def test_a_program_the_engine_refuses_falls_back(table: Path) -> None:
    stamp, entries = marshal.loads(table.read_bytes())
    source, flags = SOURCES[0]
    key = compiled.key(source, flags)
    final, _, groups, index, names = entries[key]
    broken = {
        key: (final, b"\xff\xff\xff\x7f" * 3, groups, index, names),
        compiled.key(SOURCES[1][0], 0): "not an entry",
    }
    table.write_bytes(marshal.dumps((stamp, broken)))
    assert compiled.pattern(source, flags) == re.compile(source, flags)
    assert compiled.pattern(SOURCES[1][0]) == re.compile(SOURCES[1][0])


def test_the_folded_forms_the_criteria_use_are_compiled_ahead() -> None:
    """A framework ADR's criteria are matched folded (`Lazy.spans`): their
    programs ship too, or a one-file run would compile them."""
    for lazy in PACK.spanned():
        assert (lazy.source, int(lazy.flags & ~re.IGNORECASE)) in SOURCES

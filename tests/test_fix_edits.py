"""How fixes change lines (`fixes.edit`) and how a file's bytes come back
exactly from its lines (`fixes.textfile`)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from adr_lint.fixes import textfile
from adr_lint.fixes.edit import Edit, Fix, Line, apply, insert, replace


def fix(*edits: Edit, rule: str = "S000") -> Fix:
    return Fix(rule, 1, f"message {edits}", "/x.md", edits)


LINES: list[Line] = [("a", "\r\n"), ("b", "\n"), ("c", "")]


def test_a_replaced_line_keeps_its_ending_and_new_lines_take_the_given_one() -> None:
    out, done, later = apply(
        LINES, [fix(replace(2, "b", "B")), fix(insert(2, "x", "y"))], "\r\n"
    )
    assert out == [("a", "\r\n"), ("x", "\r\n"), ("y", "\r\n"), ("B", "\n"), ("c", "")]
    assert (len(done), later) == (2, [])


def test_lines_added_at_the_end_keep_the_file_without_a_final_break() -> None:
    out, _, _ = apply(LINES, [fix(insert(4, "d"))], "\n")
    assert out == [("a", "\r\n"), ("b", "\n"), ("c", "\n"), ("d", "")]
    ended = [("a", "\n")]
    assert apply(ended, [fix(insert(2, "b"))], "\n")[0] == [("a", "\n"), ("b", "\n")]


def test_insertions_at_one_place_go_in_in_the_order_they_came() -> None:
    out, _, _ = apply(LINES, [fix(insert(3, "1")), fix(insert(3, "2"))], "\n")
    assert [text for text, _ in out] == ["a", "b", "1", "2", "c"]


@pytest.mark.parametrize(
    "second",
    [
        replace(2, "b", "B"),  # a line the first replaces
        Edit(2, ("b", "c"), ("bc",)),  # lines that overlap
        insert(2, "x"),  # a place inside what the first replaces
    ],
)
def test_a_fix_touching_lines_another_changes_waits(second: Edit) -> None:
    first = fix(Edit(1, ("a", "b"), ("ab",)))
    out, done, later = apply(LINES, [fix(second), first], "\n")
    assert [text for text, _ in out] == ["ab", "c"]
    assert done == [first] and len(later) == 1


@pytest.mark.parametrize(
    "stale",
    [replace(2, "not b", "B"), replace(4, "", "x"), insert(5, "x"), insert(0, "x")],
)
def test_a_fix_planned_against_other_lines_is_not_applied(stale: Edit) -> None:
    out, done, later = apply(LINES, [fix(stale)], "\n")
    assert (out, done, len(later)) == (LINES, [], 1)


@pytest.mark.parametrize(
    "data",
    [
        b"# a\r\n\r\nb\r\n",
        b"# a\rb\r",
        b"# a\r\nb\nc\rd",
        codecs.BOM_UTF8 + "# é\n".encode(),
        codecs.BOM_UTF16_LE + "# é\r\n".encode("utf-16-le"),
        codecs.BOM_UTF16_BE + "# é\n".encode("utf-16-be"),
        b"# a\n\x0cb\n\xe2\x80\xa8c\n",  # form feed and U+2028 are not line breaks
    ],
)
def test_a_file_comes_back_byte_for_byte(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(data)
    found = textfile.read(str(path))
    assert found is not None
    assert found.encode(found.lines) == data
    textfile.write(found, list(found.lines))
    assert path.read_bytes() == data


def test_lines_end_as_most_of_the_files_do(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"a\r\nb\r\nc\nd")
    found = textfile.read(str(path))
    assert found is not None and found.ending == "\r\n"
    assert [text for text, _ in found.lines] == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    "data",
    [
        b"# a\n\xff\n",  # not UTF-8
        b"# a\x00\n",  # binary
        codecs.BOM_UTF16_LE + b"#\x00 ",  # an odd number of bytes
    ],
)
def test_a_file_adr_lint_cannot_read_is_not_read_for_fixing(
    tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(data)
    assert textfile.read(str(path)) is None
    assert textfile.read(str(tmp_path)) is None  # a folder
    assert textfile.read(str(tmp_path / "gone.md")) is None

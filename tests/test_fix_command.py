"""`--fix` and `--diff` on the command line: the marks and counts in the
report, the diff and its exit code, bytes kept as they were (encodings,
line endings), files with reading problems left alone, atomic writes, and
a second `--fix` that changes nothing, on the whole corpus and on the
fuzzer's hostile inputs."""

from __future__ import annotations

import codecs
import json
import os
import random
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

from adr_lint import layout
from adr_lint.cli import main
from adr_lint.errors import AdrLintError
from adr_lint.fixes import textfile
from adr_lint.knowledge import resources
from tests.conftest import ROOT, corpus_or_skip

BROKEN = """\
# 8. Pick a queue

Date: March 4, 2021

## Context

We need one.

## Decision

We pick one.

## Consequences

We run it.
"""
FIXED = BROKEN.replace("# 8.", "# 3.").replace(
    "Date: March 4, 2021\n", "Date: 2021-03-04\n\n## Status\n\nProposed\n"
)
NAME = "0003-pick-a-queue.md"


@pytest.fixture()
def adr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    layout.forget()
    monkeypatch.chdir(tmp_path)
    path = tmp_path / NAME
    path.write_text(BROKEN, encoding="utf-8")
    return path


def test_fixable_findings_are_marked_and_counted(
    adr: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--format", "concise", NAME]) == 1
    out = capsys.readouterr().out.splitlines()
    assert (
        f"{NAME}:1:1: S002 [*] warning the title says 8 but the file name says 3" in out
    )
    assert any(line.startswith(f"{NAME}:1:1: S003 [*] error no status") for line in out)
    assert any(line.startswith(f"{NAME}:3:1: S006 [*] warning date") for line in out)
    # The missing Status section is S003's alone, not S007's too.
    assert not any("S007" in line for line in out)
    assert out[-1] == (
        "Found 3 problems (1 error, 2 warnings) in 1 file, 3 fixable with --fix."
    )


def test_the_json_report_says_what_is_fixable(
    adr: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (adr.parent / "0004-other.md").write_text(
        BROKEN.replace("March 4, 2021", "04/03/2021"), encoding="utf-8"
    )
    main(["--format", "json", "--select", "S006", "."])
    report = json.loads(capsys.readouterr().out)
    schema = json.loads(Path(resources.schema_path("report.schema.json")).read_text())
    jsonschema.validate(report, schema)
    marks = {r["path"]: [f["fixable"] for f in r["findings"]] for r in report["files"]}
    assert marks == {NAME: [True], "0004-other.md": [False]}


def test_diff_prints_what_fix_would_write_and_writes_nothing(
    adr: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--diff", NAME]) == 1
    captured = capsys.readouterr()
    assert captured.out == (
        f"--- {NAME}\n+++ {NAME}\n@@ -1,6 +1,10 @@\n"
        "-# 8. Pick a queue\n+# 3. Pick a queue\n \n"
        "-Date: March 4, 2021\n+Date: 2021-03-04\n+\n+## Status\n+\n+Proposed\n \n"
        " ## Context\n \n"
    )
    assert captured.err == "Would fix 3 problems in 1 file.\n"
    assert adr.read_text(encoding="utf-8") == BROKEN


def test_diff_with_nothing_to_fix_is_empty_and_exit_0(
    adr: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    adr.write_text(FIXED, encoding="utf-8")
    assert main(["--diff", NAME]) == 0
    assert capsys.readouterr().out == ""


def test_fix_writes_and_reports_what_is_left(
    adr: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    adr.write_text(BROKEN + "\n## Notes\n", encoding="utf-8")
    assert main(["--fix", NAME]) == 0  # the only error, S003, is fixed
    captured = capsys.readouterr()
    assert adr.read_text(encoding="utf-8") == FIXED + "\n## Notes\n"
    assert captured.out == (
        f"{NAME}\n"
        "  21:1  warning  S008      section 'Notes' is empty\n"
        "\n"
        "Found 1 problem (1 warning) in 1 file.\n"
    )
    assert captured.err == "Fixed 3 problems in 1 file.\n"
    assert main(["--fix", NAME]) == 0
    assert capsys.readouterr().err == "Nothing to fix.\n"


def test_fix_only_fixes_the_findings_reported(
    adr: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--fix", "--select", "S006", NAME])
    assert adr.read_text(encoding="utf-8") == BROKEN.replace(
        "March 4, 2021", "2021-03-04"
    )
    adr.write_text("<!-- adr-lint-disable-file S002 -->\n" + BROKEN, encoding="utf-8")
    main(["--fix", NAME])
    assert adr.read_text(encoding="utf-8").splitlines()[1] == "# 8. Pick a queue"


def test_fix_in_worker_processes(adr: Path) -> None:
    for n in (4, 5, 6):
        (adr.parent / f"000{n}-x.md").write_text(BROKEN, encoding="utf-8")
    main(["--fix", "--jobs", "2", "--exit-zero", "."])
    assert (adr.parent / "0005-x.md").read_text(encoding="utf-8") == FIXED.replace(
        "# 3.", "# 5."
    )


def test_explain_says_what_the_fix_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "S006"]) == 0
    assert "With --fix: a date with one reading" in capsys.readouterr().out
    main(["explain", "S001"])
    assert "With --fix" not in capsys.readouterr().out


# --- bytes: encodings and line endings --------------------------------------


def _crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


def _cr(text: str) -> bytes:
    return text.replace("\n", "\r").encode()


def _bom8(text: str) -> bytes:
    return codecs.BOM_UTF8 + text.encode()


def _utf16le(text: str) -> bytes:
    return codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le")


def _utf16be(text: str) -> bytes:
    return codecs.BOM_UTF16_BE + text.encode("utf-16-be")


def _no_final_newline(text: str) -> bytes:
    return text.rstrip("\n").encode()


@pytest.mark.parametrize(
    "encode", [_crlf, _cr, _bom8, _utf16le, _utf16be, _no_final_newline]
)
def test_a_fixed_file_keeps_its_encoding_and_line_endings(
    adr: Path, encode: Callable[[str], bytes]
) -> None:
    adr.write_bytes(encode(BROKEN))
    main(["--fix", "--exit-zero", NAME])
    assert adr.read_bytes() == encode(FIXED)


def test_mixed_line_endings_stay_and_new_lines_end_as_most_do(adr: Path) -> None:
    lines = BROKEN.split("\n")
    data = "\r\n".join(lines[:3]) + "\r\n" + "\n".join(lines[3:])
    adr.write_bytes(data.encode())
    main(["--fix", "--exit-zero", NAME])
    fixed = adr.read_bytes().decode()
    assert fixed.startswith(
        "# 3. Pick a queue\r\n\r\nDate: 2021-03-04\r\n\n## Status\n\n"
    )
    assert fixed.count("\r\n") == 3


@pytest.mark.parametrize(
    "data",
    [
        b"---\nstatus: [accepted\n---\n" + BROKEN.encode(),  # P002
        b"---\n- accepted\n---\n" + BROKEN.encode(),  # P003
        b"---\ncriteria:\n  admin: mandatory\n---\n" + BROKEN.encode(),  # P004
        BROKEN.encode() + b"\xff\xfe not UTF-8",  # P001
        BROKEN.encode() + b"\x00",  # P001: binary
    ],
)
def test_a_file_with_a_reading_problem_is_never_touched(
    adr: Path, data: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    adr.write_bytes(data)
    main(["--fix", "--exit-zero", NAME])
    assert adr.read_bytes() == data
    assert "[*]" not in capsys.readouterr().out


def test_a_failed_write_leaves_the_original_whole(
    adr: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(textfile.os, "fsync", full)
    assert main(["--fix", NAME]) == 2
    assert capsys.readouterr().err.startswith(
        f"adr-lint: error: {NAME}: cannot write the fixed file: No space left on device"
    )
    assert adr.read_text(encoding="utf-8") == BROKEN
    assert [p.name for p in adr.parent.iterdir()] == [NAME]


def test_a_file_changed_while_being_fixed_is_not_written(adr: Path) -> None:
    original = textfile.read(str(adr))
    assert original is not None
    adr.write_text("# 3. Someone else's edit\n", encoding="utf-8")
    with pytest.raises(AdrLintError, match="changed while being fixed"):
        textfile.write(original, [("# 3. Pick a queue", "\n")])
    assert adr.read_text(encoding="utf-8") == "# 3. Someone else's edit\n"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and links")
def test_a_fixed_file_keeps_its_mode_and_its_links(adr: Path) -> None:
    adr.chmod(0o640)
    os.symlink(NAME, adr.parent / "0003-link.md")
    main(["--fix", "--exit-zero", "0003-link.md"])
    assert (adr.parent / "0003-link.md").is_symlink()
    assert adr.read_text(encoding="utf-8") == FIXED
    assert adr.stat().st_mode & 0o777 == 0o640


# --- a second --fix changes nothing ---------------------------------------------


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _fix_twice(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, bytes]:
    """--fix, then check that a second --fix writes nothing and that no
    finding left is marked fixable; the bytes after the first."""
    layout.forget()
    main(["--fix", "--exit-zero", "-q", str(root)])
    capsys.readouterr()
    once = _snapshot(root)
    layout.forget()
    main(["--fix", "--exit-zero", "-q", "--format", "json", str(root)])
    left = json.loads(capsys.readouterr().out)
    assert _snapshot(root) == once
    still = [
        (r["path"], f["rule"])
        for r in left["files"]
        for f in r["findings"]
        if f["fixable"]
    ]
    assert still == []
    return once


def test_fix_twice_is_fix_once_on_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "corpus"
    shutil.copytree(corpus_or_skip(), copy)
    before = _snapshot(copy)
    after = _fix_twice(copy, capsys)
    changed = [name for name in before if before[name] != after[name]]
    assert changed  # the corpus has fixable findings
    assert set(after) == set(before)  # no file made, none left behind


def test_fix_twice_is_fix_once_on_hostile_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import fuzz
    finally:
        sys.path.pop(0)
    files = [p.read_bytes() for p in sorted(corpus_or_skip().rglob("*.md"))]
    folder = tmp_path / "adr"
    folder.mkdir()
    inputs = {}
    for index in range(150):
        rng = random.Random(7 * 1_000_003 + index)
        data = (
            rng.randbytes(rng.randint(0, 400))
            if index % 20 == 0
            else fuzz.mutate(rng, rng.choice(files), rng.choice(files))
        )
        inputs[f"{index:04d}-fuzz.md"] = data
        (folder / f"{index:04d}-fuzz.md").write_bytes(data)
    main(
        [
            "--format",
            "json",
            "--exit-zero",
            "--select",
            "P001,P002,P003,P004",
            str(folder),
        ]
    )
    problems = json.loads(capsys.readouterr().out)["files"]
    unread = {Path(r["path"]).name for r in problems if r["findings"]}
    assert unread  # the fuzzer makes files with reading problems
    after = _fix_twice(folder, capsys)
    assert [n for n in unread if after[n] != inputs[n]] == []
    assert any(after[n] != inputs[n] for n in inputs)  # and files to fix

"""Hostile and broken input: every file is linted or reported, the other
files are still linted, nothing hangs, nothing is executed or written."""

from __future__ import annotations

import codecs
import os
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from adr_lint import discover
from adr_lint.cli import main

NEIGHBOUR = """\
# 2. Use Flask for the back office

## Status

Proposed

## Context

Staff need a back office from day one. Throughput, team familiarity,
async support and flexibility were all weighed.

## Decision

We will use Flask.
"""

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture()
def run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Run:
    """Lint the ADR folder (which always holds a good neighbour) and return
    (exit code, stdout, stderr)."""
    folder = tmp_path / "adr"
    folder.mkdir()
    (folder / "0002-neighbour.md").write_text(NEIGHBOUR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def lint(*extra: str) -> tuple[int, str, str]:
        # The one-line format, so that each finding can be matched whole.
        fmt = () if "--format" in extra else ("--format", "concise")
        code = main([*fmt, *extra, "adr"])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        neighbour = (
            '"path": "adr/0002-neighbour.md"'
            if "json" in extra
            else "adr/0002-neighbour.md:9:1: M003 error"
        )
        assert neighbour in out, "the neighbour was not linted"
        return code, out, err

    return lint


def _put(tmp_path: Path, data: bytes | str, name: str = "0001-case.md") -> Path:
    path = tmp_path / "adr" / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


FINDINGS = [
    ("empty", b"", "P005 error the file is empty"),
    ("whitespace-only", b"  \n\n\t\n", "P005 error the file is empty"),
    (
        "binary",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "P001 error binary file (NUL byte at offset 8)",
    ),
    (
        "nul-bytes",
        b"# Title\n\nText\x00more\n",
        "P001 error binary file (NUL byte at offset 13)",
    ),
    (
        "invalid-utf8",
        b"# Caf\xe9\n\nLatin-1 text.\n",
        "P001 error not valid UTF-8 (byte 0xe9 at offset 5)",
    ),
    (
        "ten-megabytes",
        b"# Big\n\n" + b"word " * 2_000_000,
        "P001 error file is 10000007 bytes",
    ),
    (
        "front-matter-not-yaml",
        "---\nstatus: [accepted\n---\n# T\n",
        "P002 error front matter is not valid YAML",
    ),
    (
        "front-matter-not-mapping",
        "---\n- accepted\n---\n# T\n",
        "P003 error front matter must be a mapping, not a list",
    ),
    # a key written without a space after its colon is text to YAML
    (
        "front-matter-unspaced-key",
        "---\ntag:Search\n---\n# T\n",
        "P003 error front matter must be a mapping, but line 2 'tag:Search' reads "
        "as text: put a space after 'tag:'",
    ),
    (
        "front-matter-unspaced-key-among-text",
        "---\nPlain words first\nowner:platform-team\n---\n# T\n",
        "P003 error front matter must be a mapping, but line 3 "
        "'owner:platform-team' reads as text: put a space after 'owner:'",
    ),
    (
        "front-matter-a-sentence",
        "---\nJust a sentence here\n---\n# T\n",
        "P003 error front matter must be a mapping, not a str",
    ),
    (
        "front-matter-unterminated",
        "---\nstatus: accepted\n# T\n",
        "P002 error front matter starts with '---' but never ends",
    ),
    (
        "front-matter-duplicate-keys",
        "---\nstatus: a\nstatus: b\n---\n# T\n",
        "P002 error front matter key 'status' appears twice (line 3)",
    ),
    (
        "front-matter-billion-laughs",
        "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n# T\n",
        "P002 error front matter uses YAML aliases, which are not allowed",
    ),
]


@pytest.mark.parametrize(
    ("name", "data", "expected"), FINDINGS, ids=[c[0] for c in FINDINGS]
)
def test_bad_file_is_a_finding(
    run: Run, tmp_path: Path, name: str, data: bytes | str, expected: str
) -> None:
    _put(tmp_path, data)
    code, out, _ = run()
    assert code == 1
    assert f"adr/0001-case.md:1:1: {expected}" in out


def test_python_tag_in_front_matter_is_never_executed(run: Run, tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    _put(
        tmp_path,
        f"---\nx: !!python/object/apply:os.system ['touch {marker}']\n---\n# T\n",
    )
    code, out, _ = run()
    assert code == 1
    assert "adr/0001-case.md:1:1: P002 error front matter is not valid YAML" in out
    assert not marker.exists()


READABLE = [
    ("utf8-bom", codecs.BOM_UTF8 + "# Café choice\n".encode()),
    ("utf16-le-bom", codecs.BOM_UTF16_LE + "# Café choice\n".encode("utf-16-le")),
    ("utf16-be-bom", codecs.BOM_UTF16_BE + "# Café choice\n".encode("utf-16-be")),
]


@pytest.mark.parametrize(("name", "data"), READABLE, ids=[c[0] for c in READABLE])
def test_byte_order_marks_are_read(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes
) -> None:
    _put(tmp_path, data)
    code, out, _ = run()
    assert code == 1
    assert "adr/0001-case.md" not in out  # linted, nothing to report
    assert main(["--format", "json", "adr/0001-case.md"]) == 0
    assert '"title": "Café choice"' in capsys.readouterr().out


@pytest.mark.parametrize("ending", ["\r\n", "\r"], ids=["crlf", "lone-cr"])
def test_line_endings_keep_line_numbers(run: Run, tmp_path: Path, ending: str) -> None:
    _put(tmp_path, NEIGHBOUR.replace("\n", ending), "0003-endings.md")
    code, out, _ = run()
    assert code == 1
    assert "adr/0003-endings.md:9:1: M003 error" in out


HUGE = [
    (
        "one-megabyte-line",
        "# Web framework\n\n## Decision\n\n"
        + "We will use Django and Flask " * 36_000
        + "\n",
    ),
    ("200k-lines", "# Web framework\n\n" + "We will use Django.\n" * 200_000),
    ("nested-lists", "# T\n\n" + "- " * 10_000 + "deep\n"),
    ("nested-quotes", "# T\n\n" + "> " * 10_000 + "deep\n"),
    (
        "10k-headings",
        "".join(f"# ADR {i}\n\n## Status\n\nAccepted\n\n" for i in range(10_000)),
    ),
    ("deep-front-matter", "---\nx: " + "[" * 10_000 + "]" * 10_000 + "\n---\n# T\n"),
]


@pytest.mark.parametrize(("name", "text"), HUGE, ids=[c[0] for c in HUGE])
def test_huge_and_deep_inputs_finish(
    run: Run, tmp_path: Path, name: str, text: str
) -> None:
    _put(tmp_path, text)
    code, out, _ = run()
    assert code == 1
    for line in out.splitlines():
        if line.startswith("adr/0001-case.md"):
            assert line.split(": ")[1].split()[0] in (
                "P002",
                "C000",
                "C001",
                "C002",
                "C003",
                "C004",
                "C005",
                "D001",
            )


ABSURD_FIGURES = [
    "A team of " + "9" * 400 + " developers.",
    "We expect 999999^99 users.",
    "Two squads of " + "9" * 400 + " engineers each.",
    "We expect " + "9" * 400 + "e99 requests per second.",
]


@pytest.mark.parametrize("figure", ABSURD_FIGURES)
def test_absurd_figures_are_no_figures(run: Run, tmp_path: Path, figure: str) -> None:
    """A figure too large for a float is no head-count or load, and never
    stops the run."""
    _put(
        tmp_path,
        "# 1. Use Django\n\n## Status\n\nAccepted\n\n## Context\n\n"
        f"{figure}\n\n## Decision\n\nWe will use Django.\n",
    )
    code, out, _ = run("--format", "json")
    assert code == 1
    assert '"framework": "django"' in out


def test_missing_path_is_exit_2_after_linting_the_rest(run: Run) -> None:
    code, _, err = run("missing.md")
    assert code == 2
    assert err == "adr-lint: error: missing.md: no such file or directory\n"


def test_directory_named_like_a_file_is_walked(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "adr" / "0004-folder.md"
    folder.mkdir()
    (folder / "0005-inner.md").write_text(NEIGHBOUR, encoding="utf-8")
    code, out, _ = run()
    assert code == 1
    assert "adr/0004-folder.md/0005-inner.md:9:1: M003" in out


def test_unreadable_file(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = _put(tmp_path, "# T\n")
    real_open = open

    def guarded(path: object, *args: object, **kwargs: object) -> object:
        if Path(str(path)).name == victim.name:
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("adr_lint.document.source.open", guarded, raising=False)
    code, out, _ = run()
    assert code == 1
    assert "adr/0001-case.md:1:1: P001 error cannot read file: Permission denied" in out


def test_symlink_loop(run: Run, tmp_path: Path) -> None:
    loop = tmp_path / "adr" / "0001-loop.md"
    os.symlink(loop, loop)
    code, out, _ = run()
    assert code == 1
    assert (
        "adr/0001-loop.md:1:1: P001 error cannot read file: Too many levels of symbolic links"
        in out
    )


def test_symlink_outside_the_folder_is_not_followed(run: Run, tmp_path: Path) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text(
        "# Secret\n\n## Decision\n\nWe will use Django, says the secret.\n",
        encoding="utf-8",
    )
    os.symlink(secret, tmp_path / "adr" / "0001-link.md")
    code, out, _ = run()
    assert code == 1
    assert "adr/0001-link.md:1:1: P006 warning symbolic link to" in out
    assert "secret" not in out.split("P006", 1)[1].split("\n", 1)[1]


def test_fifo_does_not_block(run: Run, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "adr" / "0001-pipe.md")
    code, out, _ = run()
    assert code == 1
    assert "adr/0001-pipe.md:1:1: P001 error not a regular file" in out


def test_file_deleted_between_discovery_and_reading(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doomed = _put(tmp_path, "# T\n")
    real = discover.discover

    def then_delete(paths: list[str], cwd: Path) -> discover.Found:
        found = real(paths, cwd)
        doomed.unlink()
        return found

    monkeypatch.setattr(discover, "discover", then_delete)
    code, out, _ = run()
    assert code == 1
    assert (
        "adr/0001-case.md:1:1: P001 error file disappeared before it could be read"
        in out
    )


def test_catastrophic_user_regex_is_rejected(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "language.yaml").write_text(
        "choice_before:\n  - '(a|aa)+$'\n", encoding="utf-8"
    )
    assert main(["--rules", str(pack), "adr"]) == 2
    err = capsys.readouterr().err
    assert (
        "language.yaml: $.choice_before[0]: a repeated group with alternatives" in err
    )


def test_order_of_inputs_does_not_change_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    names = []
    for i in range(12):
        name = f"{i:04d}-adr.md"
        (tmp_path / name).write_text(
            NEIGHBOUR.replace("Flask", ["Flask", "Django"][i % 2]), encoding="utf-8"
        )
        names.append(name)
    outputs = set()
    for seed in range(3):
        random.Random(seed).shuffle(names)
        main(["--format", "json", *names])
        outputs.add(capsys.readouterr().out)
    assert len(outputs) == 1


def test_nothing_is_written(run: Run, tmp_path: Path) -> None:
    _put(tmp_path, NEIGHBOUR, "0006-copy.md")
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    run()
    run("--format", "json")
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before

"""Each fix on short records of its own: what it writes, and when it is
not offered (the finding stays, unmarked). `--fix` runs on a folder in
tmp_path; a second run changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_lint import fixes, knowledge
from adr_lint.checks import repository
from adr_lint.checks.context import Options
from adr_lint.cli import main
from adr_lint.engine import Linter


def nygard(
    title: str, *, date: str = "Date: 2024-03-01", status: str = "Accepted"
) -> str:
    head = f"{title}\n\n{date}\n\n" if date else f"{title}\n\n"
    status_part = f"## Status\n\n{status}\n\n" if status else ""
    return (
        head
        + status_part
        + "## Context\n\nWe need it.\n\n## Decision\n\nWe do it.\n\n## Consequences\n\nIt is done.\n"
    )


@pytest.fixture()
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repository.siblings.cache_clear()
    monkeypatch.chdir(tmp_path)
    adr = tmp_path / "adr"
    adr.mkdir()
    return adr


def write(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def fixed(folder: Path, *args: str) -> dict[str, str]:
    """Run --fix on the folder; the texts after it, checking that a second
    run writes nothing and finds nothing left to fix."""
    main(["--fix", "--exit-zero", "-q", *args, str(folder)])
    after = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}
    assert main(["--diff", "-q", *args, str(folder)]) == 0
    return after


def fixable(
    folder: Path, name: str, options: Options | None = None
) -> list[tuple[str, bool]]:
    repository.siblings.cache_clear()
    report = Linter(knowledge.load(), options or Options()).lint(folder / name)
    return [(f.rule, f.fixable) for f in report.findings if f.rule in fixes.CODES]


def test_every_fix_is_registered_documented_and_names_a_rule() -> None:
    from adr_lint.checks import all_rules

    rules = all_rules(knowledge.load())
    assert set(fixes.modules()) == fixes.CODES
    for code, module in fixes.modules().items():
        assert code in rules
        assert module.__doc__ and module.__doc__.startswith(f"{code}: ")
        assert "Not offered" in module.__doc__


# --- S002: the title's number -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "expected"),
    [
        ("0012-pick-a-queue.md", "# 8. Pick a queue", "# 12. Pick a queue"),
        ("0012-pick-a-queue.md", "# ADR-008: Pick a queue", "# ADR-012: Pick a queue"),
        ("0012-pick-a-queue.md", "# 0008 - Pick a queue", "# 0012 - Pick a queue"),
        ("0003-pick-a-queue.md", "# ADR 41 – Pick a queue", "# ADR 3 – Pick a queue"),
        (
            "adr-019-pick-a-queue.md",
            "# Decision 07: Pick a queue",
            "# Decision 19: Pick a queue",
        ),
        ("0104-pick-a-queue.md", "# 99. Pick a queue", "# 104. Pick a queue"),
    ],
)
def test_title_number_takes_the_file_name_number(
    folder: Path, name: str, title: str, expected: str
) -> None:
    write(folder, {name: nygard(title)})
    assert fixable(folder, name) == [("S002", True)]
    assert fixed(folder)[name].splitlines()[0] == expected


def test_title_number_in_front_matter_keeps_its_quotes(folder: Path) -> None:
    text = '---\ntitle: "6. Pick a queue"\nstatus: accepted\ndate: 2024-03-01\n---\n\nWe pick one.\n'
    write(folder, {"0002-pick-a-queue.md": text})
    after = fixed(folder)["0002-pick-a-queue.md"]
    assert after == text.replace('"6. Pick', '"2. Pick')


@pytest.mark.parametrize(
    "title",
    [
        '# <a id="q1"></a>8. Pick a queue',  # the first digits are the anchor's
        "# ![logo 2](logo.png) 8. Pick a queue",  # the image's
        "# <span>08</span>. Pick a queue",  # markup of another kind before it
    ],
)
def test_title_number_is_left_when_its_digits_are_not_certain(
    folder: Path, title: str
) -> None:
    write(folder, {"0012-pick-a-queue.md": nygard(title)})
    assert fixable(folder, "0012-pick-a-queue.md") == [("S002", False)]

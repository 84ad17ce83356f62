"""Each fix on short records of its own: what it writes, and when it is
not offered (the finding stays, unmarked). `--fix` runs on a folder in
tmp_path; a second run changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_lint import fixes, knowledge, layout
from adr_lint.checks.context import Options
from adr_lint.cli import main
from adr_lint.document import dates
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
    layout.forget()
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
    layout.forget()
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


# --- S006: dates ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("March 4, 2021", "2021-03-04"),
        ("Mar. 4 2021", "2021-03-04"),
        ("4th of March, 2021", "2021-03-04"),
        ("21 septembre 2019", "2019-09-21"),
        ("4. März 2021", "2021-03-04"),
        ("7 de octubre de 2022", "2022-10-07"),
        ("2021 June 9th", "2021-06-09"),
        ("09-Jun-2021", "2021-06-09"),
        ("2021/3/4", "2021-03-04"),
        ("2021.03.04", "2021-03-04"),
        ("20210304", "2021-03-04"),
        ("13.04.2021", "2021-04-13"),
        ("04/13/2021", "2021-04-13"),
        ("05-05-2020", "2020-05-05"),
        ("29/02/2024", "2024-02-29"),
    ],
)
def test_a_date_with_one_reading(written: str, iso: str) -> None:
    assert dates.iso(written, knowledge.load().language) == iso


@pytest.mark.parametrize(
    "written",
    [
        "04/03/2021",  # the 4th of March, or the 3rd of April
        "04.03.2021",  # dots are used both ways too
        "10/04/18",  # which century?
        "March 2021",  # which day?
        "4 March",  # which year?
        "Thursday, March 4, 2021",
        "March 4, 2021 10:30",
        "2021-03-04, 2021-05-06",
        "29/02/2023",  # no such day
        "13/13/2021",
        "Q3 2021",
        "2021-07-2i",
        "soon",
    ],
)
def test_a_date_without_one_reading_is_not_read(written: str) -> None:
    assert dates.iso(written, knowledge.load().language) is None


def test_a_month_name_two_months_share_is_read_as_neither(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "language.yaml").write_text(
        "months:\n  - {month: 5, names: [marzo]}\n", encoding="utf-8"
    )
    language = knowledge.load([pack]).language
    assert dates.iso("4 marzo 2021", language) is None
    assert dates.iso("4 March 2021", language) == "2021-03-04"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Date: March 4, 2021", "Date: 2021-03-04"),
        ("Date: 13.04.2021 (after the review)", "Date: 2021-04-13 (after the review)"),
        ("Date: **June 5, 2020**", "Date: **2020-06-05**"),
        ("* Date: 2022/11/30", "* Date: 2022-11-30"),
        ("Last updated: 1er mars 2021", "Last updated: 2021-03-01"),
    ],
)
def test_date_lines_are_rewritten_where_they_stand(
    folder: Path, line: str, expected: str
) -> None:
    write(folder, {"0001-pick-a-queue.md": nygard("# 1. Pick a queue", date=line)})
    assert fixed(folder)["0001-pick-a-queue.md"].splitlines()[2] == expected


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ("date: 13/04/2021", "date: 2021-04-13"),
        ("date: 'August 9, 2023'", "date: '2023-08-09'"),
        ("date: 20230809", "date: 2023-08-09"),
    ],
)
def test_front_matter_dates_are_rewritten(
    folder: Path, front: str, expected: str
) -> None:
    text = f"---\nstatus: accepted\n{front}\n---\n# Pick a queue\n\nWe pick one.\n"
    write(folder, {"0001-pick-a-queue.md": text})
    assert fixed(folder)["0001-pick-a-queue.md"] == text.replace(front, expected)


@pytest.mark.parametrize(
    "line",
    [
        "Date: 04/03/2021",
        "Date: 10/04/18",
        "Date: 4 March",
        "Date: 4 March 2021 or 5 March 2021",
        "Date: 5/6/2021, was 5/6/2021",
    ],
)
def test_dates_without_one_reading_are_left(folder: Path, line: str) -> None:
    text = nygard("# 1. Pick a queue", date=line)
    write(folder, {"0001-pick-a-queue.md": text})
    assert fixable(folder, "0001-pick-a-queue.md") == [("S006", False)]
    assert fixed(folder)["0001-pick-a-queue.md"] == text


# --- S003: a missing status ---------------------------------------------------


def test_status_goes_after_the_title_and_date(folder: Path) -> None:
    write(folder, {"0001-pick-a-queue.md": nygard("# 1. Pick a queue", status="")})
    after = fixed(folder)["0001-pick-a-queue.md"]
    assert after == nygard("# 1. Pick a queue", status="Proposed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "# 1. Pick a queue\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n",
            "# 1. Pick a queue\n\n## Status\n\nProposed\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n",
        ),
        (
            "# 1. Pick a queue\n\nDate: 2024-03-01\n\n### Context\n\nA.\n\n### Decision\n\nB.\n\n### Consequences\n\nC.\n",
            "# 1. Pick a queue\n\nDate: 2024-03-01\n\n### Status\n\nProposed\n\n### Context\n\nA.\n\n### Decision\n\nB.\n\n### Consequences\n\nC.\n",
        ),
        (
            "# 1. Pick a queue\n\nDate: 2024-03-01\nDeciders: the platform team\n\nContext\n\nA.\n\nDecision\n\nB.\n\nConsequences\n\nC.\n",
            "# 1. Pick a queue\n\nDate: 2024-03-01\nDeciders: the platform team\n\n## Status\n\nProposed\n\nContext\n\nA.\n\nDecision\n\nB.\n\nConsequences\n\nC.\n",
        ),
    ],
)
def test_status_takes_the_level_of_the_sections(
    folder: Path, text: str, expected: str
) -> None:
    write(folder, {"0001-pick-a-queue.md": text})
    assert fixed(folder)["0001-pick-a-queue.md"] == expected


def test_an_empty_status_section_is_not_filled_in(folder: Path) -> None:
    text = nygard("# 1. Pick a queue", status="").replace(
        "## Context", "## Status\n\n## Context"
    )
    write(folder, {"0001-pick-a-queue.md": text})
    assert fixable(folder, "0001-pick-a-queue.md") == [("S003", False)]


def test_no_status_is_added_when_proposed_is_not_accepted(folder: Path) -> None:
    write(folder, {"0001-pick-a-queue.md": nygard("# 1. Pick a queue", status="")})
    options = Options(statuses=("draft", "accepted"))
    assert fixable(folder, "0001-pick-a-queue.md", options) == [("S003", False)]


# --- R005: the successor's back-reference ---------------------------------------


def test_adr_tools_successor_gets_a_paragraph_under_its_status(folder: Path) -> None:
    write(
        folder,
        {
            "0001-use-cron.md": nygard(
                "# 1. Use cron",
                status="Superseded by [2. Use a scheduler](0002-use-a-scheduler.md)",
            ),
            "0002-use-a-scheduler.md": nygard("# 2. Use a scheduler"),
        },
    )
    assert fixable(folder, "0001-use-cron.md") == [("R005", True)]
    after = fixed(folder)["0002-use-a-scheduler.md"]
    assert after == nygard(
        "# 2. Use a scheduler",
        status="Accepted\n\nSupersedes [1. Use cron](0001-use-cron.md)",
    )


def test_a_status_list_item_gets_an_item_beside_it(folder: Path) -> None:
    old = "# Use cron\n\n* Status: superseded by [ADR-0007](0007-use-a-scheduler.md)\n* Date: 2024-01-02\n\n## Context and Problem Statement\n\nA.\n"
    new = "# Use a scheduler\n\n* Status: accepted\n* Date: 2024-03-01\n\n## Context and Problem Statement\n\nB.\n"
    write(folder, {"0004-use-cron.md": old, "0007-use-a-scheduler.md": new})
    after = fixed(folder)["0007-use-a-scheduler.md"]
    assert after == new.replace(
        "* Status: accepted\n",
        "* Status: accepted\n* Supersedes: [ADR-0004](0004-use-cron.md)\n",
    )


def test_the_folders_own_supersedes_lines_set_the_form(folder: Path) -> None:
    write(
        folder,
        {
            "0001-use-cron.md": nygard(
                "# 1. Use cron",
                status="Superseded by [the scheduler](0003-use-a-scheduler.md)",
            ),
            "0002-use-a-queue.md": nygard(
                "# 2. Use a queue",
                status="Accepted\n\n- Supersedes [0000-use-files](0000-use-files.md)",
            ),
            "0000-use-files.md": nygard(
                "# 0. Use files",
                status="Superseded by [2. Use a queue](0002-use-a-queue.md)",
            ),
            "0003-use-a-scheduler.md": nygard("# 3. Use a scheduler"),
        },
    )
    after = fixed(folder)["0003-use-a-scheduler.md"]
    assert (
        "Accepted\n\nSupersedes [0001-use-cron](0001-use-cron.md)\n\n## Context"
        in after
    )


def test_a_lower_case_status_line_gets_a_lower_case_line(folder: Path) -> None:
    old = "# Use cron\n\nstatus: superseded by [Use a scheduler](0002-use-a-scheduler.md)\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n"
    new = "# Use a scheduler\n\nstatus: accepted\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n"
    write(folder, {"0001-use-cron.md": old, "0002-use-a-scheduler.md": new})
    after = fixed(folder)["0002-use-a-scheduler.md"]
    assert after.startswith(
        "# Use a scheduler\n\nstatus: accepted\nsupersedes: [Use cron](0001-use-cron.md)\n\n"
    )


def test_two_superseded_records_give_two_lines_in_their_order(folder: Path) -> None:
    write(
        folder,
        {
            "0001-use-cron.md": nygard(
                "# 1. Use cron",
                status="Superseded by [3. Use a scheduler](0003-use-a-scheduler.md)",
            ),
            "0002-use-at.md": nygard(
                "# 2. Use at",
                status="Superseded by [3. Use a scheduler](0003-use-a-scheduler.md)",
            ),
            "0003-use-a-scheduler.md": nygard("# 3. Use a scheduler"),
        },
    )
    after = fixed(folder)["0003-use-a-scheduler.md"]
    assert (
        "Accepted\n\nSupersedes [1. Use cron](0001-use-cron.md)\n\n"
        "Supersedes [2. Use at](0002-use-at.md)\n\n## Context"
    ) in after


@pytest.mark.parametrize(
    "successor",
    [
        # status in front matter, or in a table: no line of our own fits there
        "---\nstatus: accepted\n---\n# Use a scheduler\n\n## Context and Problem Statement\n\nB.\n",
        "# Use a scheduler\n\n| Status | Accepted |\n| --- | --- |\n| Date | 2024-03-01 |\n\n## Context\n\nB.\n",
        # a reading problem
        "---\nstatus: [accepted\n---\n# Use a scheduler\n\n## Status\n\nAccepted\n",
        "---\ncriteria:\n  admin: mandatory\n---\n# Use a scheduler\n\n## Status\n\nAccepted\n",
        # a status that runs on to the next line
        "# Use a scheduler\n\nStatus: accepted, after the\nreview of May\n\n## Context\n\nB.\n",
    ],
)
def test_a_successor_that_cannot_take_the_line_is_left(
    folder: Path, successor: str
) -> None:
    old = nygard(
        "# 1. Use cron",
        status="Superseded by [2. Use a scheduler](0002-use-a-scheduler.md)",
    )
    write(folder, {"0001-use-cron.md": old, "0002-use-a-scheduler.md": successor})
    assert fixable(folder, "0001-use-cron.md") == [("R005", False)]
    assert fixed(folder)["0002-use-a-scheduler.md"] == successor


def test_the_line_stays_under_the_successors_own_status(folder: Path) -> None:
    """A status section last in a file's first record ends where the next
    record's title stands, not at the end of the file."""
    first = "# 2. Use a scheduler\n\n## Context\n\nA.\n\n## Decision\n\nB.\n\n## Consequences\n\nC.\n\n## Status\n\nAccepted\n"
    second = "# 3. Tune the scheduler\n\n## Status\n\nProposed\n\n## Context\n\nD.\n"
    old = nygard(
        "# 1. Use cron",
        status="Superseded by [2. Use a scheduler](0002-use-a-scheduler.md)",
    )
    write(folder, {"0001-use-cron.md": old, "0002-use-a-scheduler.md": first + second})
    after = fixed(folder)["0002-use-a-scheduler.md"]
    assert after == first + "\nSupersedes [1. Use cron](0001-use-cron.md)\n\n" + second

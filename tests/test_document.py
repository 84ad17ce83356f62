"""Parsing real-world ADR shapes into the document model."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adr_lint.document import Document, Record


def _roles(doc: Document) -> list[tuple[str, str, int]]:
    return [(s.title, s.role, s.line) for s in doc.record.sections if s.level]


def _options(record: Record) -> list[str]:
    """The considered options: list items, or sub-headings, of the record's
    options sections."""
    found = [
        b.text.split("\n", 1)[0]
        for s in record.sections
        if s.role == "options" and not s.inherited
        for b in s.blocks
        if b.kind == "item"
    ]
    if not found:
        found = [
            s.title for s in record.sections if s.role == "options" and s.inherited
        ]
    return list(dict.fromkeys(" ".join(o.split()) for o in found))


def _decision_text(record: Record) -> str:
    return "\n".join(
        b.text
        for s in record.sections
        if s.role == "decision"
        for b in s.blocks
        if b.kind != "heading"
    )


def test_nygard_sections_titles_and_lines(parse: Callable[[str], Document]) -> None:
    doc = parse(
        """\
        # 3. Use Django

        Date: 2024-02-01

        ## Status

        Accepted

        ## Context

        We need a web framework.

        ## Decision

        We will use Django.

        ## Consequences

        Fine.
        """
    )
    assert doc.record.title == "3. Use Django"
    assert doc.record.title_line == 1
    assert _roles(doc) == [
        ("Status", "status", 5),
        ("Context", "context", 9),
        ("Decision", "decision", 13),
        ("Consequences", "consequences", 17),
    ]
    assert doc.record.fields["status"].value == "Accepted"
    assert doc.record.fields["status"].line == 7
    assert doc.record.fields["date"].value == "2024-02-01"
    assert _decision_text(doc.record) == "We will use Django."


def test_madr4_front_matter_status_and_options(
    parse: Callable[[str], Document],
) -> None:
    doc = parse(
        """\
        ---
        status: accepted
        date: 2024-05-01
        ---
        # Use Flask for the API

        ## Context and Problem Statement

        Which framework?

        ## Considered Options

        * Flask
        * Django

        ## Decision Outcome

        Chosen option: "Flask", because it is small.
        """
    )
    record = doc.record
    assert record.title == "Use Flask for the API"
    assert record.title_line == 5
    assert record.fields["status"].value == "accepted"
    assert record.fields["status"].line == 2
    assert _options(record) == ["Flask", "Django"]
    assert _decision_text(record).startswith('Chosen option: "Flask"')


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("* Status: proposed", "proposed"),
        ("- **Status:** Active", "Active"),
        ("**Status:** Accepted", "Accepted"),
        ("Status: Accepted", "Accepted"),
        ("* :white_check_mark: _Status:_ Implemented", "Implemented"),
        ("| Status | `Proposed` |\n| --- | --- |", "Proposed"),
        ("* Status: [accepted]", "accepted"),
    ],
)
def test_status_written_as_bullet_bold_plain_emoji_or_table(
    parse: Callable[[str], Document], line: str, expected: str
) -> None:
    doc = parse(f"# Title\n\n{line}\n\n## Context\n\nText.\n")
    assert doc.record.fields["status"].value == expected
    assert doc.record.fields["status"].line == 3


def test_bold_and_level_three_headings(parse: Callable[[str], Document]) -> None:
    doc = parse(
        "# **Choice**\n\n## **Status**\n\nAccepted\n\n### Context\n\nWhy.\n\n### Decision\n\nDo it.\n"
    )
    assert doc.record.title == "Choice"
    sections = {s.role: s for s in doc.record.sections if s.level}
    assert sections["status"].bold
    assert sections["context"].level == 3
    assert doc.record.fields["status"].value == "Accepted"


def test_plain_text_labels_without_hashes(parse: Callable[[str], Document]) -> None:
    doc = parse(
        """\
        # ADR 2: Framework

        Status: Accepted

        Context
        - We need HTTP.

        Decision
        - Use Express as the web framework.

        **Consequences:** Fewer moving parts.
        """
    )
    assert [r for _, r, _ in _roles(doc)] == ["context", "decision", "consequences"]
    assert "Use Express" in _decision_text(doc.record)


def test_labelled_lines_without_blank_lines_are_sections(
    parse: Callable[[str], Document],
) -> None:
    doc = parse(
        """\
        # ADR 6: API framework

        **Status:** Accepted
        **Context:** The backend team is 6 people.
        No admin interface is needed.
        **Decision:** We will use FastAPI.
        **Consequences:** Training on Pydantic.
        """
    )
    assert doc.record.fields["status"].value == "Accepted"
    assert _roles(doc) == [
        ("Context", "context", 4),
        ("Decision", "decision", 6),
        ("Consequences", "consequences", 7),
    ]
    assert _decision_text(doc.record) == "We will use FastAPI."


def test_a_label_inside_a_paragraph_of_prose_opens_nothing(
    parse: Callable[[str], Document],
) -> None:
    doc = parse("# T\n\n## Decision\n\nWe use Django.\nProblem: it is heavy.\n")
    assert [r for _, r, _ in _roles(doc)] == ["decision"]
    assert "Problem: it is heavy." in _decision_text(doc.record)


def test_heading_inside_code_fence_is_not_a_section(
    parse: Callable[[str], Document],
) -> None:
    doc = parse("# T\n\n## Decision\n\n```python\n# Context\nx = 1\n```\n\nUse it.\n")
    assert [r for _, r, _ in _roles(doc)] == ["decision"]
    assert doc.fenced_lines == frozenset({5, 6, 7, 8})


def test_several_adrs_in_one_file(parse: Callable[[str], Document]) -> None:
    doc = parse(
        """\
        # ADR 1: Choose FastAPI

        **Status:** Accepted

        ## Context and Problem Statement

        A backend.

        ---

        # ADR 2: Choose Black

        **Status:** Accepted

        ## Context and Problem Statement

        Formatting.
        """
    )
    assert [r.title for r in doc.records] == [
        "ADR 1: Choose FastAPI",
        "ADR 2: Choose Black",
    ]
    assert doc.records[1].fields["status"].line == 13


def test_h1_section_names_do_not_split_records(
    parse: Callable[[str], Document],
) -> None:
    doc = parse(
        "# Title: Pick Django\n\n# Context:\n\nX.\n\n# Decision:\n\nWe adopt Django.\n\n# Pros:\n\nFast.\n"
    )
    assert len(doc.records) == 1
    assert doc.record.title == "Pick Django"
    assert [r for _, r, _ in _roles(doc)] == ["context", "decision", "consequences"]


@pytest.mark.parametrize("ending", ["\r\n", "\r"])
def test_crlf_and_lone_cr_keep_line_numbers(
    parse: Callable[[str], Document], ending: str
) -> None:
    text = ending.join(
        ["# T", "", "## Status", "", "Accepted", "", "## Decision", "", "Go."]
    )
    doc = parse(text)
    assert doc.record.fields["status"].line == 5
    assert _roles(doc)[1] == ("Decision", "decision", 7)


def test_byte_order_mark_is_dropped(parse: Callable[[str], Document]) -> None:
    assert parse("\ufeff# Title\n").record.title == "Title"


def test_links_and_comments_have_lines(parse: Callable[[str], Document]) -> None:
    doc = parse(
        "# T\n\nSee [ADR 2](0002-x.md).\n\n<!-- adr-lint-disable C001 -->\n\nText <!-- inline -->\n"
    )
    assert [(link.target, link.line, link.column) for link in doc.links] == [
        ("0002-x.md", 3, 5)
    ]
    assert [(c.text.strip(), c.line) for c in doc.comments] == [
        ("adr-lint-disable C001", 5),
        ("inline", 7),
    ]


def test_footnote_paragraph_is_not_a_label(parse: Callable[[str], Document]) -> None:
    doc = parse(
        "# T\n\n## Decision Drivers\n\n* Speed\\*\n\n\\*Nice to have\n\n## Decision\n\nGo.\n"
    )
    assert [r for _, r, _ in _roles(doc)] == ["drivers", "decision"]


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        ("**Context.** Weekly results.\n\n**Decision.** Flask.\n", "Flask."),
        ("**Decision.** We keep Django for now.\n", "We keep Django for now."),
        (
            "Context. Weekly results.\n\nDecision. FastAPI, behind the gateway.\n",
            "FastAPI, behind the gateway.",
        ),
    ],
)
def test_a_run_in_label_closed_by_a_full_stop_opens_its_section(
    parse: Callable[[str], Document], text: str, decision: str
) -> None:
    record = parse("# Results site\n\n" + text).record
    section = next(s for s in record.sections if s.role == "decision")
    assert section.title == "Decision"
    assert decision in " ".join(b.text for b in section.blocks)


def test_a_sentence_that_only_starts_with_a_section_word_is_prose(
    parse: Callable[[str], Document],
) -> None:
    record = parse("# Results site\n\nThe decision. It was hard.\n").record
    assert all(s.role != "decision" for s in record.sections)

"""Property-based tests: arbitrary text and bytes never break the parser
or the engine, and what they report stays within the document."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adr_lint import document, knowledge
from adr_lint.document import source
from adr_lint.engine import Linter

KB = knowledge.load()
LINTER = Linter(KB)

# Markdown-ish building blocks, so that the generated text reaches the
# interesting paths (front matter, headings, labels, lists, fences, tables).
PIECES = st.sampled_from(
    [
        "---\n",
        "# ",
        "## ",
        "### ",
        "**",
        "Status: ",
        "accepted",
        "Decision\n",
        "## Context\n",
        "We will use ",
        "Django",
        "Flask",
        "FastAPI",
        " not ",
        'Chosen option: "',
        '"',
        "because ",
        "\n",
        "\n\n",
        "- ",
        "* ",
        "1. ",
        "> ",
        "```\n",
        "| a | b |\n|---|---|\n",
        "<!-- x -->",
        "\r\n",
        "\r",
        "admin",
        "async",
        "scale",
        "team of 5",
        "2 million requests per day",
        "[l](0002-x.md)",
        ": ",
        "&a ",
        "*a ",
        "!!python/object ",
        "\t",
        "\ufeff",
        "TBD",
    ]
)
MARKDOWNISH = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=60).map(
    "".join
)
FAST = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@FAST
@given(st.text(max_size=2000))
def test_parser_accepts_any_text(text: str) -> None:
    doc = document.parse(text, "x.md", KB.language.sections)
    assert doc.records
    lines = doc.line_count
    for record in doc.records:
        for section in record.sections:
            for block in section.blocks:
                assert 1 <= block.line <= max(lines, 1)


@FAST
@given(MARKDOWNISH)
def test_engine_accepts_markdownish_text(text: str) -> None:
    report = LINTER.lint_text(text, "x.md")
    lines = max(text.count("\n") + text.count("\r") + 1, 1)
    for finding in report.findings:
        assert 1 <= finding.line <= lines
        assert finding.severity in ("error", "warning", "info")
    assert (report.framework is None) == (report.criteria == {})


@FAST
@given(st.binary(max_size=2000))
def test_any_bytes_are_text_or_a_reason(data: bytes) -> None:
    text, problem = source.decode(data)
    assert (text is None) != (problem is None)
    if text is not None:
        LINTER.lint_text(text, "x.md")


@FAST
@given(MARKDOWNISH)
def test_linting_is_deterministic(text: str) -> None:
    assert LINTER.lint_text(text, "x.md") == LINTER.lint_text(text, "x.md")

"""Every criterion in the JSON report points at its evidence: the line and
a short quote of what addresses it and, when one is read, of the
requirement."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adr_lint.cli import main

ADR = """\
# 2. Use Flask for the back office

## Status

Accepted

## Context

The team is four developers who know Flask well.
Finance staff need a back office to correct invoices from day one.

## Decision

We will use Flask.
"""


def test_criteria_carry_the_lines_and_quotes_of_their_evidence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "0002-use-flask-for-the-back-office.md"
    path.write_text(ADR, encoding="utf-8")
    main(["--format", "json", "--exit-zero", str(path)])
    criteria = json.loads(capsys.readouterr().out)["files"][0]["criteria"]
    admin = criteria["admin"]
    assert admin["addressed"] and admin["requirement"] == "required"
    assert admin["requirement_line"] == 10
    assert admin["requirement_quote"].startswith("Finance staff need a back office")
    team = criteria["team-size"]
    assert team["line"] == 9 and "four developers" in team["evidence"]
    assert criteria["async"] == {
        "addressed": False,
        "requirement": None,
        "line": None,
        "evidence": None,
        "requirement_line": None,
        "requirement_quote": None,
    }

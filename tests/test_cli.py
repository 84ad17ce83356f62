"""The command line: discovery, formats, exit codes, rules and explain."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from adr_lint.cli import main
from adr_lint.knowledge import resources

GOOD = """\
# 1. Use Django

Date: 2024-01-10

## Status

Accepted

## Context

We expect moderate traffic. The team is familiar with Django. Staff need an admin
interface. We do not need async support. We value convention over configuration.

## Decision

We will use Django.

## Consequences

Fine.
"""
MISMATCH = GOOD.replace("We will use Django.", "We will use Flask.").replace(
    "# 1. Use Django", "# 2. Use Flask"
)


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    adr = tmp_path / "docs" / "adr"
    adr.mkdir(parents=True)
    (adr / "0001-use-django.md").write_text(GOOD, encoding="utf-8")
    (adr / "README.md").write_text("# Not an ADR\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_no_paths_lints_the_repository_adr_folder(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    # The README beside the ADR is not one, and the summary says so.
    assert out == "All checks passed (1 file; 1 Markdown file skipped: 1 index page).\n"


def test_adr_dir_marker_is_honoured(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = repo / "architecture"
    other.mkdir()
    (other / "0001-use-flask.md").write_text(MISMATCH, encoding="utf-8")
    (repo / ".adr-dir").write_text("architecture\n", encoding="utf-8")
    (repo / "sub").mkdir()
    os.chdir(repo / "sub")
    assert main([]) == 1
    assert "architecture/0001-use-flask.md" in capsys.readouterr().out


def test_text_format_names_each_file_once_and_aligns_its_findings(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = repo / "docs" / "adr"
    (folder / "0002-use-flask.md").write_text(MISMATCH, encoding="utf-8")
    (folder / "0003-use-flask-again.md").write_text(
        MISMATCH.replace("# 2. ", "# 3. ").replace(
            "Status\n\nAccepted", "Status\n\nMaybe"
        ),
        encoding="utf-8",
    )
    assert main(["--select", "M003,S004", "docs/adr"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "docs/adr/0002-use-flask.md",
        "  11:1  error    M003      admin required but Flask has no admin: "
        "name an admin package (Flask-Admin) or choose Django; adr-lint explain M003",
        "",
        "docs/adr/0003-use-flask-again.md",
        "  7:1   warning  S004      status 'Maybe' is not one of proposed, accepted, "
        "rejected, deprecated, superseded",
        "  11:1  error    M003      admin required but Flask has no admin: "
        "name an admin package (Flask-Admin) or choose Django; adr-lint explain M003",
        "",
        "Found 3 problems (2 errors, 1 warning) in 3 files "
        "(1 Markdown file skipped: 1 index page).",
    ]


def test_concise_format_is_path_line_col_code_severity_message(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo / "docs" / "adr" / "0002-use-flask.md"
    path.write_text(MISMATCH, encoding="utf-8")
    assert main(["--format", "concise", str(path.relative_to(repo))]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(
        "docs/adr/0002-use-flask.md:11:1: M003 error admin required but Flask has no admin"
    )
    assert lines[-1] == "Found 1 problem (1 error) in 1 file."


def test_json_output_matches_the_report_schema(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "docs" / "adr" / "0002-use-flask.md").write_text(MISMATCH, encoding="utf-8")
    assert main(["--format", "json", "docs/adr"]) == 1
    report = json.loads(capsys.readouterr().out)
    schema = json.loads(
        Path(resources.schema_path("report.schema.json")).read_text(encoding="utf-8")
    )
    jsonschema.validate(report, schema)
    assert report["summary"] == {"files": 2, "errors": 1, "warnings": 0, "infos": 0}
    flask = report["files"][1]
    assert flask["framework"] == "flask"
    assert flask["criteria"]["admin"] == {
        "addressed": True,
        "requirement": "required",
        "line": 11,
        "evidence": "Staff need an admin interface.",
        "requirement_line": 11,
        "requirement_quote": "Staff need an admin interface.",
    }


def test_output_file_and_exit_zero(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "docs" / "adr" / "0002-use-flask.md").write_text(MISMATCH, encoding="utf-8")
    assert main(["--exit-zero", "--output", "report.txt"]) == 0
    assert capsys.readouterr().out == ""
    assert "M003" in (repo / "report.txt").read_text(encoding="utf-8")


def test_select_and_ignore(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "docs" / "adr" / "0002-use-flask.md").write_text(MISMATCH, encoding="utf-8")
    assert main(["--ignore", "M003"]) == 0
    assert main(["--select", "C,D"]) == 0
    assert main(["--select", "M"]) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.md"], "missing.md: no such file or directory"),
        (["--format", "xml"], "Invalid value for '--format'"),
    ],
)
def test_usage_errors_exit_2(
    repo: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_no_adr_folder_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main([]) == 2
    assert "no ADR folder found" in capsys.readouterr().err


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    lines = capsys.readouterr().out.splitlines()
    codes = [line.split()[0] for line in lines]
    assert {"P001", "D001", "C001", "C005", "M001", "M005", "M100"} <= set(codes)
    assert all(line.split()[1] in ("error", "warning", "info") for line in lines)


def test_explain_prints_docs_and_rejects_unknown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["explain", "m003"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("M003 admin-mismatch (error)") and "Why it matters" in out
    assert main(["explain", "Z999"]) == 2
    assert "unknown rule 'Z999'" in capsys.readouterr().err


def test_python_dash_m_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "adr_lint", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith("adr-lint, version ")


def test_every_rule_is_documented_with_examples() -> None:
    from adr_lint import knowledge
    from adr_lint.checks import all_rules

    rules = all_rules(knowledge.load())
    assert len(rules) >= 35
    for code, rule in rules.items():
        assert rule.summary and rule.severity in ("error", "warning", "info"), code
        for part in ("What it does", "Why it matters", "passes", "fails"):
            assert part in rule.doc, (code, part)


def test_sources_lists_the_articles_by_title_and_publisher(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert (
        "\u201cDjango vs Flask: Which Is Better for Web Development\u201d, Django Stars"
        in out
    )
    assert "section \u201cAdmin Interface\u201d" in out
    assert len([line for line in out.splitlines() if line.startswith("seed-")]) == 5

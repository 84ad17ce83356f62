"""Configuration: discovery, precedence over it by the command line, and
every invalid case as exit 2 naming the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from adr_lint.cli import main

MISMATCH = (
    Path(__file__).resolve().parents[1]
    / "examples"
    / "0002-use-flask-for-the-back-office.md"
).read_text(encoding="utf-8")
UNDECIDED = "# 3. Use the Django web framework\n\nDate: 2024-01-10\n\n## Status\n\nProposed\n\n## Context\n\nWhich?\n\n## Decision\n\nTBD\n\n## Consequences\n\nNone yet.\n"


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    adr = tmp_path / "docs" / "adr"
    adr.mkdir(parents=True)
    (adr / "0002-flask.md").write_text(MISMATCH, encoding="utf-8")
    (adr / "0003-undecided.md").write_text(UNDECIDED, encoding="utf-8")
    (tmp_path / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deep" / "er")
    return tmp_path


def _codes(out: str) -> list[str]:
    """The rule codes of the findings in the default (grouped) report."""
    return [line.split()[2] for line in out.splitlines() if line.startswith("  ")]


def test_pyproject_found_from_a_subdirectory(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.adr-lint]\npaths = ["docs/adr"]\nignore = ["M003"]\n',
        encoding="utf-8",
    )
    assert main([]) == 0
    assert _codes(capsys.readouterr().out) == ["D001"]


def test_yaml_config_wins_over_a_farther_pyproject(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "pyproject.toml").write_text(
        '[tool.adr-lint]\nselect = ["D"]\n', encoding="utf-8"
    )
    (repo / "deep" / ".adr-lint.yaml").write_text(
        "paths: [../docs/adr]\nselect: [M]\n", encoding="utf-8"
    )
    assert main([]) == 1
    assert _codes(capsys.readouterr().out) == ["M003"]


def test_command_line_wins_over_config(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".adr-lint.yaml").write_text(
        "paths: [docs/adr]\nselect: [M]\nstrict: true\n", encoding="utf-8"
    )
    assert main(["--select", "D"]) == 1  # strict from config: the D001 warning fails
    assert _codes(capsys.readouterr().out) == ["D001"]
    assert main(["--select", "D", "--no-strict"]) == 0
    capsys.readouterr()


def test_severity_exclude_and_extend_select(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".adr-lint.yaml").write_text(
        "paths: [docs/adr]\nselect: [D]\nextend-select: [M003]\nseverity: {M003: warning}\nexclude: ['*undecided*']\n",
        encoding="utf-8",
    )
    assert main([]) == 0
    out = capsys.readouterr().out
    assert " warning  M003 " in out and "D001" not in out


def test_explicit_config_file(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "lint.yaml").write_text("ignore: [C, M, D]\n", encoding="utf-8")
    assert main(["--config", str(repo / "lint.yaml"), str(repo / "docs" / "adr")]) == 0
    assert "All checks passed" in capsys.readouterr().out


def test_rule_packs_from_config_are_relative_to_it(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = repo / "pack"
    pack.mkdir()
    (pack / "language.yaml").write_text(
        "undecided: ['\\bunder discussion\\b']\n", encoding="utf-8"
    )
    (repo / "docs" / "adr" / "0003-undecided.md").write_text(
        UNDECIDED.replace("TBD", "Under discussion."), encoding="utf-8"
    )
    (repo / ".adr-lint.yaml").write_text(
        "paths: [docs/adr]\nrules: [pack]\nselect: [D]\n", encoding="utf-8"
    )
    main([])
    assert _codes(capsys.readouterr().out) == ["D001"]


INVALID = [
    (
        ".adr-lint.yaml",
        "colour: true\n",
        "Additional properties are not allowed ('colour' was unexpected)",
    ),
    (".adr-lint.yaml", "select: C001\n", "$.select: 'C001' is not of type 'array'"),
    (".adr-lint.yaml", "strict: maybe\n", "$.strict: 'maybe' is not of type 'boolean'"),
    (
        ".adr-lint.yaml",
        "severity: {C001: fatal}\n",
        "$.severity.C001: 'fatal' is not one of ['error', 'warning', 'info']",
    ),
    (".adr-lint.yaml", "paths: [docs/adr\n", "not valid YAML"),
    (".adr-lint.yaml", "- a\n", "$: ['a'] is not of type 'object'"),
    (
        "pyproject.toml",
        "[tool.adr-lint]\nignore = [1]\n",
        "$.ignore[0]: 1 is not of type 'string'",
    ),
    ("pyproject.toml", "[tool.adr-lint\nignore = []\n", "not valid TOML"),
    (".adr-lint.yaml", "select: [Z9]\n", "$.select: no rule matches 'Z9'"),
]


@pytest.mark.parametrize(("name", "text", "message"), INVALID)
def test_invalid_config_is_exit_2_naming_the_key(
    repo: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, message: str
) -> None:
    if name == "pyproject.toml" and "[tool.adr-lint\n" in text:
        target = repo / "bad.toml"
        target.write_text(text, encoding="utf-8")
        target = target.rename(repo / "pyproject.toml")
        args = ["--config", str(target)]
    else:
        (repo / name).write_text(text, encoding="utf-8")
        args = []
    assert main([*args, str(repo / "docs" / "adr")]) == 2
    err = capsys.readouterr().err
    assert name in err and message in err, err
    assert "Traceback" not in err

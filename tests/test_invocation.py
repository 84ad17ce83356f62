"""The command line around the linter: commands and their typos, codes that
name no rule, missing paths, help, standard input, colour and the settings
shown. Each case with its exit code and message."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest

from adr_lint.cli import cli, main
from adr_lint.console import colour, commands
from adr_lint.knowledge import resources
from adr_lint.report.text_format import _summary_line

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD = (EXAMPLES / "0001-use-django-for-the-grants-portal.md").read_text("utf-8")
BAD = (EXAMPLES / "0002-use-flask-for-the-back-office.md").read_text("utf-8")
ANSI = "\x1b["


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    adr = tmp_path / "docs" / "adr"
    adr.mkdir(parents=True)
    (adr / "0001-use-django.md").write_text(GOOD, encoding="utf-8")
    (adr / "0002-use-flask.md").write_text(BAD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (["explian", "M003"], "explain"),
        (["rulez"], "rules"),
        (["chekc", "docs/adr"], "check"),
        (["Explain", "M003"], "explain"),
        (["rule"], "rules"),
    ],
)
def test_a_mistyped_command_is_exit_2_with_a_suggestion(
    repo: Path, capsys: pytest.CaptureFixture[str], args: list[str], meant: str
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err == (
        f"adr-lint: error: '{args[0]}' is no command and no file; "
        f"did you mean '{meant}'?\n"
    )


@pytest.mark.parametrize("name", ["rulez", "explian", "chek"])
def test_a_path_that_exists_is_a_path_whatever_it_looks_like(
    repo: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (repo / name).mkdir()
    (repo / name / "0001-use-django.md").write_text(GOOD, encoding="utf-8")
    code, out, _ = run(capsys, name)
    assert (code, out) == (0, "All checks passed (1 file).\n")


@pytest.mark.parametrize("word", ["decisions", "kafka", "adr"])
def test_a_word_close_to_no_command_is_a_path(
    repo: Path, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    code, out, err = run(capsys, word)
    assert (code, out) == (2, "")
    assert err == f"adr-lint: error: {word}: no such file or directory\n"


@pytest.mark.parametrize(
    ("args", "routed"),
    [
        (["new", "Use Kafka"], ["new", "Use Kafka"]),
        (["show", "7"], ["show", "7"]),
        (["rules"], ["rules"]),
        (["docs/adr", "--strict"], ["check", "docs/adr", "--strict"]),
        (["--format", "json"], ["check", "--format", "json"]),
        ([], ["check"]),
    ],
)
def test_command_names_reach_their_command(
    repo: Path, args: list[str], routed: list[str]
) -> None:
    assert commands.route(args, {*commands.COMMANDS, *cli.commands}) == routed


def test_a_command_not_installed_is_a_clear_error(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("new", "show"):
        if name in cli.commands:
            continue  # provided: its own tests cover it
        code, _, err = run(capsys, name, "Use Kafka")
        assert code == 2 and f"No such command '{name}'" in err


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["--select", "Z9"], "--select: no rule matches 'Z9'"),
        (["--ignore", "M003,Q1"], "--ignore: no rule matches 'Q1'"),
        (["--extend-select", "X", "--extend-select", "r009"], "'X', 'R009'"),
    ],
)
def test_unknown_codes_on_the_command_line_are_exit_2(
    repo: Path, capsys: pytest.CaptureFixture[str], args: list[str], line: str
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "")
    assert line in err and "`adr-lint rules` lists them" in err


@pytest.mark.parametrize(
    ("config", "lines"),
    [
        ("select: [M, Q]\n", ["$.select: no rule matches 'Q'"]),
        (
            "ignore: [W1]\nextend-select: [R009]\n",
            ["$.ignore: no rule matches 'W1'", "$.extend-select: no rule matches"],
        ),
        (
            "severity: {C009: info, C004: info}\n",
            ["$.severity: no rule matches 'C009'"],
        ),
    ],
)
def test_unknown_codes_in_the_config_are_exit_2_one_line_each(
    repo: Path, capsys: pytest.CaptureFixture[str], config: str, lines: list[str]
) -> None:
    (repo / ".adr-lint.yaml").write_text(config, encoding="utf-8")
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert err.count("adr-lint: error: ") == len(lines)
    for line in lines:
        assert f".adr-lint.yaml: {line}" in err


def test_a_severity_names_a_rule_not_a_prefix(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / ".adr-lint.yaml").write_text("severity: {M003: warning}\n", "utf-8")
    code, out, _ = run(capsys, "--format", "concise", "docs/adr")
    assert code == 0 and "M003 warning" in out


@pytest.mark.parametrize(
    ("args", "out_has", "missing"),
    [
        (["docs/adr/0001-use-django.md", "gone.md"], None, ["gone.md"]),
        (["docs/adr", "gone.md", "old/adr"], "error    M003", ["gone.md", "old/adr"]),
        (["nowhere"], None, ["nowhere"]),
    ],
)
def test_a_missing_path_is_exit_2_after_the_rest_and_never_passes(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    out_has: str | None,
    missing: list[str],
) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert "All checks passed" not in out
    if out_has is None:
        assert out == ""
    else:
        assert out_has in out and out.endswith("in 2 files.\n")
    assert err.splitlines() == [
        f"adr-lint: error: {path}: no such file or directory" for path in missing
    ]


def test_top_level_help_shows_the_lint_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("Usage: adr-lint [OPTIONS] [PATHS]...\n")
    for option in ("--format", "--select", "--stdin-filename", "--color"):
        assert f"  {option} " in out
    for option in ("--show-settings", "--only-adr-folders", "--changed-since"):
        assert f"  {option} " in out
    assert out.count("-h, --help") == 1 and "Commands:" in out
    code, out, _ = run(capsys, "check", "--help")
    assert code == 0 and "--changed-since" in out


def test_check_still_works(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--select", "M", "docs/adr")
    assert code == 1 and "M003" in out


def stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("args", "data", "expected"),
    [
        (["-"], BAD, "-:11:1: M003 error"),
        (
            ["-", "--stdin-filename", "docs/adr/0003-use-flask.md"],
            BAD.replace("# 2. ", "# 3. "),
            "docs/adr/0003-use-flask.md:11:1: M003 error",
        ),
        (["--stdin-filename", "new-folder/Use Flask.md"], BAD, "R001 warning"),
        (["-"], "", "-:1:1: P005 error the input is empty"),
        (["-"], "\x00\x01", "-:1:1: P001 error binary file"),
    ],
)
def test_standard_input_is_linted_and_nothing_is_written(
    repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    data: str,
    expected: str,
) -> None:
    before = sorted(p.name for p in repo.rglob("*"))
    stdin(monkeypatch, data.encode("utf-8"))
    # Editors read standard input's findings in the one-line format.
    code, out, _ = run(capsys, "--format", "concise", *args)
    assert code == 1 and expected in out and out.endswith("in 1 file.\n")
    assert sorted(p.name for p in repo.rglob("*")) == before


def test_standard_input_sees_the_folder_it_names(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(monkeypatch, GOOD.encode("utf-8"))
    name = "docs/adr/0002-use-django-again.md"
    code, out, _ = run(
        capsys, "-", "--stdin-filename", name, "--select", "R", "--format", "concise"
    )
    assert code == 1
    assert f"{name}:1:1: R002 error number 2 is also used by 0002-use-flask.md" in out
    stdin(monkeypatch, b"# ADRs\n\n- [Use Django](0001-use-django.md)\n")
    code, out, _ = run(capsys, "-", "--stdin-filename", "docs/adr/README.md")
    assert (code, out) == (
        0,
        "All checks passed (0 files; 1 Markdown file skipped: 1 index page).\n",
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-", "docs/adr"], "'-' (standard input) cannot be combined"),
        (["--stdin-filename", "a.md", "docs/adr"], "pass '-' alone"),
        (["docs/adr", "-"], "'-' (standard input) cannot be combined"),
    ],
)
def test_standard_input_alone(
    repo: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *args)
    assert (code, out) == (2, "") and message in err


@pytest.mark.parametrize(
    ("choice", "to_file", "terminal", "env", "expected"),
    [
        ("auto", False, True, {}, True),
        ("auto", False, False, {}, False),
        ("auto", False, True, {"NO_COLOR": "1"}, False),
        ("auto", False, True, {"NO_COLOR": ""}, True),
        ("auto", False, False, {"FORCE_COLOR": "1"}, True),
        ("auto", False, False, {"FORCE_COLOR": ""}, False),
        ("auto", False, True, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
        ("auto", True, True, {"FORCE_COLOR": "1"}, False),
        ("always", False, False, {"NO_COLOR": "1"}, True),
        ("always", True, False, {}, True),
        ("never", False, True, {"FORCE_COLOR": "1"}, False),
    ],
)
def test_colour_choice(
    choice: str, to_file: bool, terminal: bool, env: dict[str, str], expected: bool
) -> None:
    assert (
        colour.wanted(choice, to_file=to_file, terminal=terminal, env=env) is expected
    )


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        (["--color", "always"], {"NO_COLOR": "1"}, True),
        (["--color", "never"], {"FORCE_COLOR": "1"}, False),
        ([], {"FORCE_COLOR": "1"}, True),
        ([], {}, False),  # captured output is no terminal
    ],
)
def test_colour_on_the_command_line(
    repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    env: dict[str, str],
    coloured: bool,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    code, out, _ = run(capsys, *args, "docs/adr")
    assert code == 1 and (ANSI in out) is coloured
    code, out, _ = run(capsys, *args, "--format", "json", "docs/adr")
    assert ANSI not in out


def test_an_unknown_colour_is_exit_2(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--color", "sometimes")
    assert code == 2 and "Invalid value for '--color'" in err


def test_show_settings_prints_the_config_and_the_merge(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--show-settings")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "# config file: none (the defaults)"
    assert 'paths = ["docs/adr"]' in lines and "select = []" in lines
    (repo / "pyproject.toml").write_text(
        '[tool.adr-lint]\nselect = ["M"]\nignore = ["M001"]\nstrict = true\n', "utf-8"
    )
    code, out, _ = run(capsys, "--show-settings", "--select", "C,D", "--no-strict")
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"# config file: {repo / 'pyproject.toml'}"
    for line in ('select = ["C", "D"]', 'ignore = ["M001"]', "strict = false"):
        assert line in lines
    assert "M003" not in out  # nothing is linted


def test_statistics_as_json(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--statistics", "--format", "json", "docs/adr")
    data = json.loads(out)
    schema = json.loads(
        Path(resources.schema_path("statistics.schema.json")).read_text("utf-8")
    )
    jsonschema.validate(data, schema)
    assert code == 1
    assert {
        "code": "M003",
        "name": "admin-mismatch",
        "severity": "error",
        "count": 1,
    } in data["statistics"]
    assert data["summary"]["files"] == 2


@pytest.mark.parametrize(
    ("errors", "warnings", "infos", "said"),
    [
        (1, 0, 0, "Found 1 problem (1 error) in 3 files."),
        (0, 2, 0, "Found 2 problems (2 warnings) in 3 files."),
        (1, 1, 1, "Found 3 problems (1 error, 1 warning, 1 info) in 3 files."),
        (2, 0, 3, "Found 5 problems (2 errors, 3 infos) in 3 files."),
    ],
)
def test_counts_are_singular_or_plural_and_zero_counts_left_out(
    errors: int, warnings: int, infos: int, said: str
) -> None:
    counts = {"files": 3, "errors": errors, "warnings": warnings, "infos": infos}
    assert _summary_line(counts, "") == said

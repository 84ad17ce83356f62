"""Where the ADRs are: the folders `adr-lint` with no path lints, the files
`--only-adr-folders` keeps of those it is given (the pre-commit hook), and
the files changed since a git revision (`--changed-since`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from adr_lint import knowledge
from adr_lint.cli import main
from adr_lint.workspace.folders import named_like_adrs

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD = (EXAMPLES / "0001-use-django-for-the-grants-portal.md").read_text("utf-8")
BAD = (EXAMPLES / "0002-use-flask-for-the-back-office.md").read_text("utf-8")
LANGUAGE = knowledge.load().language
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


@pytest.mark.parametrize(
    "name",
    [
        "adr",
        "ADR",
        "adrs",
        "decisions",
        "decision-records",
        "architecture-decision-records",
        "Architectural_Decisions",
        "design decisions",
        "adr-log",
        "technical-decision-log",
    ],
)
def test_folders_named_like_adr_folders(name: str) -> None:
    assert named_like_adrs(name, LANGUAGE)


@pytest.mark.parametrize(
    "name",
    [
        "docs",
        "architecture",
        "records",
        "decision-trees",
        "madr",
        "adrenaline",
        "my-adrs",
        "adr-tools",
        "decision-matrix",
    ],
)
def test_folders_not_named_like_adr_folders(name: str) -> None:
    assert not named_like_adrs(name, LANGUAGE)


def put(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture()
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def linted(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = main(["--show-files", "--select", "M", *args])
    files = [
        line.removesuffix(": linted")
        for line in capsys.readouterr().err.splitlines()
        if line.endswith(": linted")
    ]
    return code, files


@pytest.mark.parametrize(
    "folder",
    [
        "doc/architecture/decisions",
        "architecture-decision-records",
        "docs/developer/decision-records",
        "ADR",
        "website/content/decisions",
        "services/billing/docs/adr",
    ],
)
def test_no_path_finds_the_adr_folder_wherever_it_is(
    repo: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    put(
        repo,
        {
            f"{folder}/0002-use-flask.md": BAD,
            "docs/guide.md": BAD,  # not in an ADR folder
            "node_modules/pkg/docs/adr/0001-x.md": BAD,  # a dependency's
            ".venv/docs/adr/0001-x.md": BAD,
        },
    )
    assert linted(capsys) == (1, [f"{folder}/0002-use-flask.md"])


def test_every_adr_folder_is_linted_and_a_nested_one_once(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(
        repo,
        {
            "docs/adr/0001-use-django.md": GOOD,
            "docs/adr/decisions/0002-use-flask.md": BAD,
            "services/api/decisions/0001-use-django.md": GOOD,
        },
    )
    assert linted(capsys) == (
        1,
        [
            "docs/adr/0001-use-django.md",
            "docs/adr/decisions/0002-use-flask.md",
            "services/api/decisions/0001-use-django.md",
        ],
    )


def test_adr_dir_and_then_config_paths_win_over_names(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(
        repo,
        {
            "docs/adr/0001-use-django.md": GOOD,
            "records/0002-use-flask.md": BAD,
            "history/0001-use-django.md": GOOD,
        },
    )
    (repo / ".adr-dir").write_text("records\n", encoding="utf-8")
    assert linted(capsys) == (1, ["records/0002-use-flask.md"])
    (repo / ".adr-lint.yaml").write_text("paths: [history]\n", encoding="utf-8")
    assert linted(capsys) == (0, ["history/0001-use-django.md"])


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ("\n", ".adr-dir: empty; it should name the ADR folder"),
        ("gone\n", "gone: no such file or directory"),
    ],
)
def test_a_wrong_adr_dir_is_exit_2(
    repo: Path, capsys: pytest.CaptureFixture[str], marker: str, message: str
) -> None:
    (repo / ".adr-dir").write_text(marker, encoding="utf-8")
    assert main([]) == 2
    assert message in capsys.readouterr().err


def test_no_adr_folder_is_exit_2_saying_where_it_looked(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(repo, {"docs/guide.md": GOOD})
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "no ADR folder found below" in err and "pass a path" in err


HOOK_FILES = {
    "README.md": "no title, not an ADR\n",
    "docs/guide.md": BAD,
    "doc/architecture/decisions/0002-use-flask.md": BAD,
    "architecture-decision-records/0001-use-django.md": GOOD,
}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (
            list(HOOK_FILES),
            (
                1,
                [
                    "architecture-decision-records/0001-use-django.md",
                    "doc/architecture/decisions/0002-use-flask.md",
                ],
            ),
        ),
        (["README.md", "docs/guide.md"], (0, [])),
        (
            ["docs/guide.md", "architecture-decision-records"],
            (0, ["architecture-decision-records/0001-use-django.md"]),
        ),
    ],
)
def test_only_adr_folders_keeps_the_files_in_them(
    repo: Path,
    capsys: pytest.CaptureFixture[str],
    given: list[str],
    expected: tuple[int, list[str]],
) -> None:
    put(repo, HOOK_FILES)
    assert linted(capsys, "--only-adr-folders", *given) == expected


def test_only_adr_folders_follows_adr_dir(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(repo, {**HOOK_FILES, "notes/records/0003-use-flask.md": BAD})
    (repo / ".adr-dir").write_text("notes/records\n", encoding="utf-8")
    found = linted(
        capsys, "--only-adr-folders", *HOOK_FILES, "notes/records/0003-use-flask.md"
    )
    assert found == (1, ["notes/records/0003-use-flask.md"])


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture()
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "config", "user.email", "ci@example.invalid")
    git(tmp_path, "config", "user.name", "CI")
    put(
        tmp_path,
        {
            "docs/adr/0001-use-django.md": GOOD,
            "docs/adr/0002-use-flask.md": BAD,
            "docs/adr/0003-use-django-again.md": GOOD.replace("# 1.", "# 3."),
        },
    )
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "first")
    git(tmp_path, "checkout", "-q", "-b", "topic")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@needs_git
def test_changed_since_lints_what_changed_committed_or_not(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert linted(capsys, "--changed-since", "main") == (0, [])
    put(
        history,
        {
            "docs/adr/0003-use-django-again.md": GOOD.replace("# 1.", "# 3.")
            + "\nMore.\n"
        },
    )
    git(history, "commit", "-q", "-am", "edit")
    put(history, {"docs/adr/0001-use-django.md": GOOD + "\nEdited.\n"})  # not committed
    put(
        history, {"docs/adr/0004-use-flask.md": BAD.replace("# 2.", "# 4.")}
    )  # untracked
    (
        history / "docs" / "adr" / "0002-use-flask.md"
    ).unlink()  # deleted: nothing to lint
    assert linted(capsys, "--changed-since", "main") == (
        1,
        [
            "docs/adr/0001-use-django.md",
            "docs/adr/0003-use-django-again.md",
            "docs/adr/0004-use-flask.md",
        ],
    )


@needs_git
def test_changed_since_keeps_the_folder_rules_whole(
    history: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    put(history, {"docs/adr/0002-use-redis.md": GOOD.replace("# 1.", "# 2.")})
    assert main(["--changed-since", "main", "--select", "R002"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(
        "docs/adr/0002-use-redis.md\n"
        "  1:1  error    R002      number 2 is also used by 0002-use-flask.md\n"
    )


@needs_git
@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("nosuch", "--changed-since: no git revision 'nosuch' (fetch it first"),
        ("main~5", "--changed-since: no git revision 'main~5'"),
        ("--output=x", "--changed-since: '--output=x' is not a git revision"),
    ],
)
def test_changed_since_a_missing_revision_is_exit_2(
    history: Path, capsys: pytest.CaptureFixture[str], ref: str, message: str
) -> None:
    assert main(["--changed-since", ref]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err


@needs_git
def test_changed_since_outside_a_repository_is_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    put(tmp_path, {"adr/0001-use-django.md": GOOD})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    assert main(["--changed-since", "main", "adr"]) == 2
    assert "--changed-since: not inside a git repository" in capsys.readouterr().err


def test_changed_since_without_git_is_exit_2(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    put(repo, {"docs/adr/0001-use-django.md": GOOD})
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert main(["--changed-since", "main"]) == 2
    assert "--changed-since needs git, and git is not installed" in (
        capsys.readouterr().err
    )

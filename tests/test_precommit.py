"""The hook, run by the real pre-commit against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

EXAMPLES = ROOT / "examples"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def _pre_commit(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if not (ROOT / ".git").exists():
        pytest.skip("try-repo needs this checkout to be a git repository")
    repo = tmp_path_factory.mktemp("project")
    home = tmp_path_factory.mktemp("pre-commit-home")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    for key, value in (("user.email", "ci@example.invalid"), ("user.name", "CI")):
        subprocess.run(["git", "-C", str(repo), "config", key, value], check=True)
    adr = repo / "docs" / "adr"
    adr.mkdir(parents=True)
    shutil.copy(
        EXAMPLES / "0001-use-django-for-the-grants-portal.md", adr / "0001-good.md"
    )
    shutil.copy(EXAMPLES / "0002-use-flask-for-the-back-office.md", adr / "0002-bad.md")
    (repo / "README.md").write_text(
        "# Not an ADR: outside the hook's files pattern\n\n```\nx\n", encoding="utf-8"
    )
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    return repo, home


def test_manifest_is_valid(tmp_path: Path) -> None:
    done = _pre_commit(
        "validate-manifest",
        str(ROOT / ".pre-commit-hooks.yaml"),
        cwd=ROOT,
        home=tmp_path,  # pre-commit's store, never the checkout
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_hook_fails_on_a_bad_adr(project: tuple[Path, Path]) -> None:
    repo, home = project
    done = _pre_commit(
        "try-repo",
        str(ROOT),
        "adr-lint",
        "--files",
        "docs/adr/0002-bad.md",
        cwd=repo,
        home=home,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "\ndocs/adr/0002-bad.md\n  11:1  error    M003  " in done.stdout


def test_hook_passes_on_a_good_adr(project: tuple[Path, Path]) -> None:
    repo, home = project
    done = _pre_commit(
        "try-repo",
        str(ROOT),
        "adr-lint",
        "--files",
        "docs/adr/0001-good.md",
        "README.md",
        cwd=repo,
        home=home,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


def test_readme_snippet_matches_the_hooks_file() -> None:
    hooks = yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    )
    assert [h["id"] for h in hooks] == ["adr-lint"]
    hook = hooks[0]
    assert (
        hook["language"] == "python"
        and hook["types"] == ["markdown"]
        and hook["require_serial"] is True
    )
    # Every Markdown file: adr-lint keeps those in the ADR folders itself.
    assert "files" not in hook and hook["entry"] == "adr-lint --only-adr-folders"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "      - id: adr-lint\n" in readme


def _readme_config() -> dict[str, Any]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Pre-commit\n", 1)[1]
    block = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    config: dict[str, Any] = yaml.safe_load(block)
    return config


def test_readme_snippet_names_no_tag_that_does_not_exist() -> None:
    rev = _readme_config()["repos"][0]["rev"]
    tags = subprocess.run(
        ["git", "-C", str(ROOT), "tag", "--list"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.split()
    assert rev in tags or rev == "PLACEHOLDER"


def test_readme_snippet_works_as_written_after_autoupdate(tmp_path: Path) -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("autoupdate needs this checkout to be a git repository")
    config = _readme_config()
    config["repos"][0]["repo"] = str(ROOT)  # instead of where it is hosted
    repo = tmp_path / "project"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), "utf-8")
    done = _pre_commit("autoupdate", "--freeze", cwd=repo, home=tmp_path / "home")
    assert done.returncode == 0, done.stdout + done.stderr
    pinned = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text("utf-8"))
    head = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert pinned["repos"][0]["rev"] == head


def test_hook_finds_the_adr_folders_without_a_files_override(
    tmp_path: Path, project: tuple[Path, Path]
) -> None:
    _, home = project
    repo = tmp_path / "elsewhere"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    bad = EXAMPLES / "0002-use-flask-for-the-back-office.md"
    good = EXAMPLES / "0001-use-django-for-the-grants-portal.md"
    for folder, example in (
        ("doc/architecture/decisions", bad),
        ("docs/developer/decision-records", bad),
        ("ADR", good),
        ("website/content/adr", bad),
        ("docs/guides", bad),  # no ADR folder: not linted
    ):
        (repo / folder).mkdir(parents=True)
        shutil.copy(example, repo / folder / "0002-choice.md")
    (repo / "CHANGELOG.md").write_text("no title\n", encoding="utf-8")
    subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
    done = _pre_commit(
        "try-repo", str(ROOT), "adr-lint", "--all-files", cwd=repo, home=home
    )
    assert done.returncode == 1, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    reported = sorted(
        lines[i - 1] for i, line in enumerate(lines) if " error    M003 " in line
    )
    assert reported == [
        "doc/architecture/decisions/0002-choice.md",
        "docs/developer/decision-records/0002-choice.md",
        "website/content/adr/0002-choice.md",
    ]
    assert "CHANGELOG.md" not in done.stdout and "docs/guides" not in done.stdout

"""The hook, run by the real pre-commit against this checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

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
    assert "docs/adr/0002-bad.md:11:1: M003 error" in done.stdout


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
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "      - id: adr-lint\n" in readme

"""The GitHub Action (`action.yml`): a composite action whose every input
is documented, used, and passed to its scripts through the environment."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT

ACTION: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text("utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_action_has_the_keys_github_requires() -> None:
    assert {"name", "description", "inputs", "runs"} <= set(ACTION)
    assert ACTION["runs"]["using"] == "composite"
    assert STEPS


@pytest.mark.parametrize("step", STEPS, ids=[s.get("name", "?") for s in STEPS])
def test_every_step_is_a_named_shell_step(step: dict[str, Any]) -> None:
    # A composite step that runs a script must say which shell.
    assert step.get("name") and "run" in step and step.get("shell") == "bash"


@pytest.mark.parametrize("name", list(ACTION["inputs"]))
def test_every_input_is_documented_and_used(name: str) -> None:
    spec = ACTION["inputs"][name]
    assert spec.get("description") and "default" in spec
    assert spec.get("required") is False
    used = [
        s
        for s in STEPS
        if any(
            f"inputs.{name}" in str(v)
            for v in (*s.get("env", {}).values(), s.get("if", ""))
        )
    ]
    assert used, name
    assert f"| `{name}` |" in README  # the README's table of inputs


def test_inputs_reach_the_scripts_only_through_the_environment() -> None:
    # An expression inside a script is pasted into it before bash reads it.
    for step in STEPS:
        assert "${{" not in step["run"], step["name"]


def test_it_installs_from_its_own_checkout_and_runs_the_gate() -> None:
    scripts = "\n".join(step["run"] for step in STEPS)
    assert re.search(r'pip install .*"\$GITHUB_ACTION_PATH"', scripts)
    assert "--format github" in scripts
    assert '--format sarif --output "$SARIF" --exit-zero' in scripts
    assert '--changed-since "$SINCE"' in scripts
    scope = next(step for step in STEPS if step.get("id") == "scope")
    assert scope["env"]["BASE"] == "${{ github.base_ref }}"
    assert "pull_request" in scope["run"]

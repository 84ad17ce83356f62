"""The files that differ from a git revision, for `--changed-since REF`:
changed since the merge base of REF and HEAD (committed or not), and the
untracked files git does not ignore. Deleted files are not among them."""

from __future__ import annotations

import os
import shutil
import subprocess

from adr_lint.errors import UsageError


def changed_since(ref: str, cwd: str) -> set[str]:
    """Absolute paths of the files changed since `ref`."""
    if ref.startswith("-"):
        raise UsageError(f"--changed-since: '{ref}' is not a git revision")
    if shutil.which("git") is None:
        raise UsageError("--changed-since needs git, and git is not installed")
    top = _git(["rev-parse", "--show-toplevel"], cwd, "not inside a git repository")
    root = os.fsdecode(top).strip()
    _git(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"],
        cwd,
        f"no git revision '{ref}' (fetch it first, e.g. git fetch origin {ref})",
    )
    base = _merge_base(ref, cwd)
    changed = _git(
        ["diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", base, "--"],
        cwd,
        f"cannot compare with '{ref}'",
    )
    untracked = _git(
        ["ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"],
        cwd,
        "cannot list untracked files",
    )
    names = (changed + untracked).split(b"\0")
    return {os.path.normpath(os.path.join(root, os.fsdecode(n))) for n in names if n}


def _merge_base(ref: str, cwd: str) -> str:
    """Where HEAD left `ref`; in a clone too shallow to say, `ref` itself
    (the files differing from it: a few more, never fewer)."""
    try:
        return os.fsdecode(_git(["merge-base", ref, "HEAD"], cwd, "")).strip()
    except UsageError:
        return ref


def _git(args: list[str], cwd: str, problem: str) -> bytes:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    if done.returncode != 0:
        said = os.fsdecode(done.stderr).strip().splitlines()
        detail = f" ({said[-1]})" if said and problem else ""
        raise UsageError(f"--changed-since: {problem}{detail}")
    return done.stdout

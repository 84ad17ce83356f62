"""What a plain run imports: no jsonschema, no Markdown parser but pyromark."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

HEAVY = (
    "jsonschema",
    "markdown_it",
    "mistune",
    "tomllib",
    "multiprocessing",
    "xml",
    "adr_lint.knowledge.validation",
    "subprocess",  # git, for --changed-since only
    "difflib",  # suggestions, for a mistyped command or directive only
)


def test_plain_run_imports_nothing_heavy() -> None:
    example = ROOT / "examples" / "0001-use-django-for-the-grants-portal.md"
    code = (
        "import sys\n"
        "from adr_lint.cli import main\n"
        f"main([{str(example)!r}])\n"
        "print(sorted(sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT / "examples",
        capture_output=True,
        text=True,
        check=True,
    )
    modules = set(eval(done.stdout.splitlines()[-1]))
    assert "pyromark" in modules
    assert not [m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY]


def test_cli_import_alone_is_light() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import sys, adr_lint.cli; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = set(eval(done.stdout))
    assert not {"pyromark", "yaml", "jsonschema"} & modules

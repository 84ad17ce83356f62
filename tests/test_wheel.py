"""The built wheel carries the rule pack and schemas, and works from them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from adr_lint import knowledge
from adr_lint.knowledge import loading, prefilter
from tests.conftest import ROOT


def test_wheel_contains_rules_and_schemas_and_runs_from_them(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("adr_lint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("sources", "criteria", "frameworks", "language"):
        assert f"adr_lint/rules/{name}.yaml" in names
        assert f"adr_lint/schemas/pack-{name}.schema.json" in names
    assert "adr_lint/schemas/report.schema.json" in names
    assert "adr_lint/schemas/adr-front-matter.schema.json" in names
    assert not [n for n in names if n.startswith(("rules/", "schemas/", "tests/"))]
    assert "adr_lint/rules/pack.json" in names
    assert "adr_lint/rules/prefilters.json" in names
    assert "adr_lint/rules/compiled.marshal" in names

    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    # The snapshot holds exactly what the YAML says.
    shipped = loading._read_shipped(str(unpacked / "adr_lint" / "rules"))
    source = loading._read_pack(str(ROOT / "rules"), validate=False)
    assert [(n, d) for n, _, d in shipped] == [(n, d) for n, _, d in source]
    assert [os.path.basename(p) for _, p, _ in shipped] == [
        os.path.basename(p) for _, p, _ in source
    ]
    # So do the prefilters: one for every expression of the pack.
    filters = json.loads((unpacked / "adr_lint/rules/prefilters.json").read_text())
    expressions = knowledge.load().expressions()
    assert filters == prefilter.snapshot([(e.source, e.flags) for e in expressions])

    def from_wheel(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            env={**os.environ, "PYTHONPATH": str(unpacked)},
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )

    where = from_wheel(
        "-c", "from adr_lint.knowledge import resources; print(resources.rules_dir())"
    )
    assert where.stdout.strip() == str(unpacked / "adr_lint" / "rules")
    # Built by this interpreter, the wheel's programs are this engine's.
    programs = from_wheel(
        "-c", "from adr_lint.knowledge import compiled; print(len(compiled._table()))"
    )
    assert int(programs.stdout) > len(filters), programs.stderr
    example = ROOT / "examples" / "0002-use-flask-for-the-back-office.md"
    run = from_wheel("-m", "adr_lint", str(example))
    assert run.returncode == 1, run.stderr
    assert "M003" in run.stdout
    # From the wheel, an ADR without front matter needs no YAML at all: the
    # rule pack comes from its JSON snapshot.
    plain = from_wheel(
        "-c",
        "import sys\nfrom adr_lint.cli import main\n"
        f"main([{str(example)!r}])\nprint('yaml' in sys.modules)",
    )
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines()[-1] == "False"

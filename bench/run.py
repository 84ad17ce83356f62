"""Benchmark adr-lint against its floor and its peers, side by side.

    pip install . && python bench/run.py [--sizes 100,1000,10000] [--peers]

Measures, in one run on this machine:

* cold start on one ADR: median wall of `adr-lint one.md` against
  `python -c "import click, yaml"` with the same interpreter (interleaved);
* throughput on N generated ADRs (corpus files with varied names and sizes):
  wall, files/s and peak RSS of `adr-lint DIR`, against the floor (the same
  interpreter reading every file and parsing it with pyromark plus its front
  matter, in one process) and, with --peers, pymarkdownlnt and
  markdownlint-cli2 on the same files;
* that the JSON report is identical with one worker and with several.

Peers are installed on demand into bench/out (pip and npm); a peer that
cannot be installed is skipped with a note.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "corpus"
OUT = HERE / "out"
FLOOR = """
import sys, pathlib, pyromark
from adr_lint import document
from adr_lint.document import blocks, frontmatter
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.md")):
    text = document.normalise(path.read_bytes().decode("utf-8", "replace"))
    front, body = frontmatter.split(text)
    for _ in pyromark.events_with_range(body, options=blocks.OPTIONS):
        pass
"""


def generate(count: int, folder: Path, seed: int = 7) -> Path:
    """`count` ADRs from the corpus: varied names, some cut short, some longer."""
    sources = [p.read_bytes() for p in sorted(CORPUS.rglob("*.md"))]
    rng = random.Random(seed)
    target = folder / f"adrs-{count}"
    target.mkdir(parents=True)
    for index in range(count):
        data = sources[index % len(sources)]
        shape = rng.random()
        if shape < 0.2:
            data = data[: max(200, int(len(data) * rng.uniform(0.3, 0.9)))]
        elif shape < 0.3:
            data = data + b"\n\n" + sources[rng.randrange(len(sources))][:1500]
        slug = (
            rng.choice(["use", "adopt", "record", "choose", "replace"])
            + f"-thing-{index}"
        )
        (target / f"{index + 1:05d}-{slug}.md").write_bytes(data)
    return target


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of the command (as wait4 reports it:
    its largest process, workers it waited for included)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {child.returncode}")
    return wall, usage.ru_maxrss


def best_of(runs: int, cmd: list[str]) -> tuple[float, int]:
    results = [timed(cmd) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def cold_start(one: Path, runs: int) -> tuple[float, float]:
    adr_lint = shutil.which("adr-lint") or sys.exit(
        "adr-lint is not on PATH: pip install . first"
    )
    floor = [sys.executable, "-c", "import click, yaml"]
    ours = [adr_lint, "--exit-zero", str(one)]
    samples: dict[str, list[float]] = {"floor": [], "ours": []}
    for _ in range(runs):
        samples["floor"].append(timed(floor)[0])
        samples["ours"].append(timed(ours)[0])
    return statistics.median(samples["ours"]), statistics.median(samples["floor"])


def peers() -> dict[str, list[str]]:
    """Commands for the peers that could be installed, by name."""
    OUT.mkdir(exist_ok=True)
    found: dict[str, list[str]] = {}
    venv = OUT / "peer-venv"
    if not (venv / "bin" / "pymarkdown").exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", "pymarkdownlnt"], check=False
        )
    if (venv / "bin" / "pymarkdown").exists():
        found["pymarkdownlnt"] = [str(venv / "bin" / "pymarkdown"), "scan"]
    else:
        print("note: pymarkdownlnt could not be installed; skipped")
    node = OUT / "node"
    cli2 = node / "node_modules" / ".bin" / "markdownlint-cli2"
    if shutil.which("npm") and not cli2.exists():
        node.mkdir(exist_ok=True)
        subprocess.run(
            ["npm", "install", "--silent", "--prefix", str(node), "markdownlint-cli2"],
            check=False,
        )
    if cli2.exists():
        found["markdownlint-cli2"] = [str(cli2)]
    else:
        print("note: markdownlint-cli2 skipped (no Node.js/npm, or the install failed)")
    return found


def peer_cmd(name: str, base: list[str], folder: Path) -> list[str]:
    return (
        [*base, str(folder)]
        if name == "pymarkdownlnt"
        else [*base, f"{folder}/**/*.md"]
    )


def same_json(folder: Path) -> bool:
    adr_lint = shutil.which("adr-lint") or "adr-lint"
    outputs = []
    for jobs in ("1", "2"):
        done = subprocess.run(
            [adr_lint, "--format", "json", "--exit-zero", "--jobs", jobs, str(folder)],
            capture_output=True,
            check=True,
        )
        outputs.append(done.stdout)
    return outputs[0] == outputs[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument(
        "--runs", type=int, default=3, help="runs per measurement; the best is kept"
    )
    parser.add_argument("--cold-runs", type=int, default=15)
    parser.add_argument(
        "--peers",
        action="store_true",
        help="also run pymarkdownlnt and markdownlint-cli2",
    )
    args = parser.parse_args(argv)
    adr_lint = shutil.which("adr-lint") or sys.exit(
        "adr-lint is not on PATH: pip install . first"
    )
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}"
    )
    one = (
        CORPUS / "general" / "npryce__adr-tools" / "0002-implement-as-shell-scripts.md"
    )
    framework = (
        CORPUS
        / "framework"
        / "NHSDigital__manage-breast-screening__ADR-001-Use_Django_framework.md"
    )
    for label, path in (("one ADR", one), ("one framework ADR", framework)):
        ours, floor = cold_start(path, args.cold_runs)
        print(
            f"cold start, {label}: {ours * 1000:.1f} ms vs import click, yaml {floor * 1000:.1f} ms: {ours / floor:.2f}x"
        )
    tools = peers() if args.peers else {}
    print(
        f"\n{'files':>6} {'tool':<22} {'wall s':>8} {'files/s':>9} {'RSS MiB':>8} {'x floor':>8}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for count in (int(n) for n in args.sizes.split(",")):
            folder = generate(count, Path(tmp))
            floor_wall, floor_rss = best_of(
                args.runs, [sys.executable, "-c", FLOOR, str(folder)]
            )
            rows = {"floor (read+parse)": (floor_wall, floor_rss)}
            rows["adr-lint -j1"] = best_of(
                args.runs,
                [
                    adr_lint,
                    "--exit-zero",
                    "-j",
                    "1",
                    "--format",
                    "json",
                    "-o",
                    os.devnull,
                    str(folder),
                ],
            )
            rows["adr-lint"] = best_of(
                args.runs,
                [
                    adr_lint,
                    "--exit-zero",
                    "--format",
                    "json",
                    "-o",
                    os.devnull,
                    str(folder),
                ],
            )
            for name, base in tools.items():
                rows[name] = best_of(1, peer_cmd(name, base, folder))
            for name, (wall, rss) in rows.items():
                print(
                    f"{count:>6} {name:<22} {wall:>8.2f} {count / wall:>9.0f} {rss / 1024:>8.1f} {wall / floor_wall:>8.2f}"
                )
            if count == max(int(n) for n in args.sizes.split(",")):
                print(
                    f"JSON identical with 1 and 2 workers on {count} files: {same_json(folder)}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())

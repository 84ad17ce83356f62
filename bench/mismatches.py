"""Score the mismatch rules (M001-M005) against a labelled corpus.

    python bench/mismatches.py [--corpus ../shared/corpus] [--verbose]

For the framework rows of `INDEX.tsv`: how many records labelled with a
clear mismatch (`mismatch` = yes) get an M finding, and how many records
labelled `none` get one anyway (a false mismatch). Records that concede the
tension themselves (`acknowledged`) are counted apart: a finding on them is
defensible either way. It lints through the command line's JSON report, so
it scores any version of adr-lint on the path.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import sys
from pathlib import Path

from adr_lint.cli import main as lint

MISMATCH = ("M001", "M002", "M003", "M004", "M005")


def flagged(corpus: Path, rows: list[dict[str, str]]) -> dict[str, bool]:
    """Whether each row's file gets an M finding."""
    files = [str(corpus / r["local_file"]) for r in rows]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        lint(["--format", "json", "--exit-zero", "--select", "M", *files])
    report = json.loads(out.getvalue())
    found = {
        str(Path(f["path"]).resolve()): any(
            x["rule"] in MISMATCH for x in f["findings"]
        )
        for f in report["files"]
    }
    return {
        r["local_file"]: found.get(str((corpus / r["local_file"]).resolve()), False)
        for r in rows
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "corpus",
    )
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    with (args.corpus / "INDEX.tsv").open(encoding="utf-8") as index:
        rows = [
            r for r in csv.DictReader(index, delimiter="\t") if r["set"] == "framework"
        ]
    got = flagged(args.corpus, rows)
    by_label: dict[str, list[str]] = {}
    for row in rows:
        by_label.setdefault(row["mismatch"], []).append(row["local_file"])
    clear = by_label.get("yes", [])
    plain = by_label.get("none", [])
    conceded = by_label.get("acknowledged", [])
    hit = [f for f in clear if got[f]]
    false = [f for f in plain if got[f]]
    print(f"clear mismatches flagged: {len(hit)} of {len(clear)}")
    print(f"false mismatches: {len(false)} of {len(plain)} records labelled none")
    print(
        f"flagged among acknowledged: {sum(got[f] for f in conceded)} of {len(conceded)}"
    )
    if args.verbose:
        for f in clear:
            if not got[f]:
                print(f"  missed: {f}")
        for f in false:
            print(f"  false: {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

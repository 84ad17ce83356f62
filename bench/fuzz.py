"""Fuzz the reader, parser and engine with mutated real ADRs.

    python bench/fuzz.py [--count 10000] [--seed 1] [--corpus ../shared/corpus]

Each input is a corpus file (or random bytes) put through random
mutations: byte flips, splices of two files, repeated or deleted spans,
inserted Markdown and YAML tokens, truncation. It is decoded as adr-lint
decodes files and linted by the full engine. Any exception is a failure;
the script prints the count, the failures (with the seed to replay) and
the slowest input, and exits 1 if anything failed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

from adr_lint import knowledge
from adr_lint.document import source
from adr_lint.engine import Linter

TOKENS = [
    b"---\n",
    b"# ",
    b"## Decision\n",
    b"## Status\n",
    b"**",
    b'Chosen option: "',
    b"\r",
    b"\r\n",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"```\n",
    b"<!--",
    b"-->",
    b"- ",
    b"> ",
    b"| a | b |\n|---|---|\n",
    b"We will use Django",
    b" not ",
    b"&a ",
    b"*a ",
    b"!!python/object ",
    b"[x](../",
    b"Superseded by ",
    b"\t\t\t",
    b"2 million requests per day",
    "é".encode(),
]


def mutate(rng: random.Random, base: bytes, other: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        at = rng.randint(0, len(data))
        if op == 0 and data:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif op == 1:
            cut = rng.randint(0, len(other))
            data[at:at] = other[cut : cut + rng.randint(0, 2000)]
        elif op == 2 and data:
            end = min(len(data), at + rng.randint(1, 400))
            data[at:at] = data[at:end] * rng.randint(1, 20)
        elif op == 3:
            del data[at : at + rng.randint(1, 400)]
        elif op == 4:
            data[at:at] = rng.choice(TOKENS) * rng.randint(1, 50)
        else:
            data = data[: rng.randint(0, len(data))]
    return bytes(data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "corpus",
    )
    args = parser.parse_args(argv)
    files = [p.read_bytes() for p in sorted(args.corpus.rglob("*.md"))]
    if not files:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    linter = Linter(knowledge.load())
    failures: list[str] = []
    slowest = (0.0, -1)
    start = time.perf_counter()
    for index in range(args.count):
        rng = random.Random(args.seed * 1_000_003 + index)
        data = (
            rng.randbytes(rng.randint(0, 4000))
            if index % 20 == 0
            else mutate(rng, rng.choice(files), rng.choice(files))
        )
        began = time.perf_counter()
        try:
            text, _problem = source.decode(data)
            if text is not None:
                linter.lint_text(text, f"fuzz-{index}.md")
        except Exception:
            failures.append(
                f"input {index} (seed {args.seed}):\n{traceback.format_exc()}"
            )
        slowest = max(slowest, (time.perf_counter() - began, index))
    elapsed = time.perf_counter() - start
    took = f"{slowest[0] * 1000:.0f} ms"
    print(
        f"{args.count} inputs in {elapsed:.1f} s, {len(failures)} failures; "
        f"slowest input {slowest[1]} took {took}"
    )
    for failure in failures[:10]:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

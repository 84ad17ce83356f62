"""Score adr-lint's content analysis against the labelled corpus.

    python bench/evaluate.py [--corpus ../shared/corpus] [--check] [--verbose]
                             [--subset SUBSET]

Reports framework-decision accuracy on the framework set, per-criterion
precision / recall / F1 (over the framework set's files that make a
decision), and how many files of the general set are wrongly reported as a
framework decision. A file labelled "no-decision" is read correctly when
the ADR is reported as undecided (D001), whichever framework its title
proposes. With --check, exits 1 when any labelled file is misread that
`ACCEPTED_MISSES` does not list, or when a target (accuracy >= 0.95, every
F1 >= 0.90, general false decisions <= 1%) is missed on the framework files
that no accepted misreading names: a change that costs one file must say so
there.

--subset scores part of the framework set: `old` (the first batch, which the
vocabulary was built on), `new` (the rows from `holdout.FIRST_NEW` on),
`held-out` (the files `holdout.held_out` sets aside), `working` (the rest),
or `new-working` / `new-held-out`, the two parts of `new`.
The general set is scored whatever the subset.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass, field
from pathlib import Path

from adr_lint import document, knowledge
from adr_lint.document import source
from adr_lint.reading import text
from adr_lint.reading.analysis import analyse
from adr_lint.reading.criteria import assess

sys.path.insert(0, str(Path(__file__).resolve().parent))
from holdout import FIRST_NEW, held_out

LABELLED = ("django", "flask", "fastapi")
CRITERIA = {
    "scale": "scale",
    "team-size": "team_size",
    "admin": "admin",
    "async": "async",
    "customisation": "customisation",
}
SUBSETS = ("all", "old", "new", "working", "held-out", "new-working", "new-held-out")
TARGETS = {"accuracy": 0.95, "f1": 0.90, "general_false_rate": 0.01}
# Misreadings known and accepted, each as `--verbose` prints it, with its
# reason. The baseline of the second batch of labelled files, as first read:
# this list may only shrink.
ACCEPTED_MISSES: dict[str, str] = {
    "customisation: FN framework/royy92__phishing-training-platform__0001-use-django.md": (
        "held out: not opened; misread at the first reading"
    ),
    "scale: FN framework/GabrielMurga__MoodTrack__0001-django.md": (
        "the Portuguese vocabulary has no cue for how it states its load"
    ),
    "scale: FN framework/ngoctinn__bepdi6-zalo-miniapp__001-django.md": (
        "no criteria vocabulary for Vietnamese"
    ),
    "scale: FN framework/Blackwoj__HydroDesk__0001-django.md": (
        "held out: not opened; misread at the first reading"
    ),
    "team-size: FN framework/ngoctinn__bepdi6-zalo-miniapp__001-django.md": (
        "no criteria vocabulary for Vietnamese"
    ),
    "team-size: FP framework/Katlego-tech__DropZone__0002-web-framework.md": (
        "a solo author's first person is read as a team"
    ),
    "team-size: FN framework/Blackwoj__HydroDesk__0001-django.md": (
        "held out: not opened; misread at the first reading"
    ),
    "team-size: FN framework/MITLibraries__bd_auth__0003-use-python-and-flask.md": (
        "held out: not opened; misread at the first reading"
    ),
}


def accepted_files() -> frozenset[str]:
    """The labelled files that some accepted misreading names."""
    return frozenset(
        word.rstrip(":")
        for line in ACCEPTED_MISSES
        for word in line.split()
        if word.startswith("framework/")
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, gold: bool, got: bool, name: str) -> None:
        if gold and got:
            self.tp += 1
        elif got:
            self.fp += 1
            self.misses.append(f"FP {name}")
        elif gold:
            self.fn += 1
            self.misses.append(f"FN {name}")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def label_of(framework: str | None) -> str:
    if framework is None:
        return "none"
    return framework if framework in LABELLED else "other"


def select(rows: list[dict[str, str]], subset: str) -> list[dict[str, str]]:
    """The general rows and the framework rows of `subset`."""
    names = [r["local_file"] for r in rows if r["set"] == "framework"]
    new = set(names[names.index(FIRST_NEW) :]) if FIRST_NEW in names else set()
    keep = {
        "all": lambda name: True,
        "old": lambda name: name not in new,
        "new": lambda name: name in new,
        "held-out": held_out,
        "working": lambda name: not held_out(name),
        "new-held-out": lambda name: name in new and held_out(name),
        "new-working": lambda name: name in new and not held_out(name),
    }[subset]
    return [r for r in rows if r["set"] != "framework" or keep(r["local_file"])]


def evaluate(
    corpus: Path, subset: str = "all", leave_out: frozenset[str] = frozenset()
) -> dict[str, object]:
    kb = knowledge.load()
    with (corpus / "INDEX.tsv").open(encoding="utf-8") as index:
        rows = select(list(csv.DictReader(index, delimiter="\t")), subset)
    rows = [r for r in rows if r["local_file"] not in leave_out]
    correct, wrong, general_false = 0, [], []
    scores = {c: Score() for c in CRITERIA}
    framework_rows = [r for r in rows if r["set"] == "framework"]
    for row in rows:
        raw, problem = source.read(corpus / row["local_file"])
        if raw is None:
            raise SystemExit(f"{row['local_file']}: {problem}")
        doc = document.parse(raw, row["local_file"], kb.language.sections)
        analysis = analyse(doc, kb)
        got = label_of(analysis.decision.framework)
        if row["set"] == "general":
            if got != "none":
                general_false.append(
                    f"{row['local_file']} -> {analysis.decision.framework}"
                )
            continue
        undecided = row["mismatch"] == "no-decision" and analysis.decision.undecided
        if got == row["chosen_framework"] or undecided:
            correct += 1
        else:
            wrong.append(
                f"{row['local_file']}: expected {row['chosen_framework']}, got {got}"
            )
        if row["chosen_framework"] != "none":
            found = assess(text.units(analysis.record), kb)
            for crit, column in CRITERIA.items():
                scores[crit].add(
                    row[column] == "yes", found[crit].addressed, row["local_file"]
                )
    general = [r for r in rows if r["set"] == "general"]
    return {
        "framework_files": len(framework_rows),
        "accuracy": correct / len(framework_rows),
        "wrong": wrong,
        "criteria": scores,
        "general_files": len(general),
        "general_false": general_false,
        "general_false_rate": len(general_false) / len(general) if general else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "corpus",
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a target is missed"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss")
    parser.add_argument(
        "--subset",
        choices=SUBSETS,
        default="all",
        help="which part of the framework set to score",
    )
    args = parser.parse_args(argv)
    result = evaluate(args.corpus, args.subset)
    scores: dict[str, Score] = result["criteria"]  # type: ignore[assignment]
    print(
        f"framework decision accuracy: {result['accuracy']:.3f} "
        f"on {result['framework_files']} files"
    )
    print(
        f"{'criterion':<15}{'precision':>10}{'recall':>8}{'F1':>7}{'TP':>5}{'FP':>4}{'FN':>4}"
    )
    for name, s in scores.items():
        print(
            f"{name:<15}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>5}{s.fp:>4}{s.fn:>4}"
        )
    print(
        f"general set: {len(result['general_false'])} of {result['general_files']} "  # type: ignore[arg-type]
        f"reported as a framework decision ({result['general_false_rate']:.1%})"
    )
    if args.verbose:
        for line in [*result["wrong"], *result["general_false"]]:  # type: ignore[misc]
            print("  " + line)
        for name, s in scores.items():
            for miss in s.misses:
                print(f"  {name}: {miss}")
    print("targets met" if meets_targets(result) else "targets NOT met")
    gate = evaluate(args.corpus, args.subset, accepted_files())
    met = meets_targets(gate)
    print(
        f"targets {'met' if met else 'NOT met'} on the {gate['framework_files']} "
        "framework files that no accepted misreading names"
    )
    new = new_misses(result)
    for line in new:
        print(f"  new miss: {line}")
    print(f"{len(new)} misreadings not in ACCEPTED_MISSES")
    stale = stale_misses(result) if args.subset == "all" else []
    for line in stale:
        print(f"  read right now, take off ACCEPTED_MISSES: {line}")
    return 0 if (met and not new and not stale) or not args.check else 1


def meets_targets(result: dict[str, object]) -> bool:
    scores: dict[str, Score] = result["criteria"]  # type: ignore[assignment]
    return (
        result["accuracy"] >= TARGETS["accuracy"]  # type: ignore[operator]
        and all(s.f1 >= TARGETS["f1"] for s in scores.values())
        and result["general_false_rate"] <= TARGETS["general_false_rate"]  # type: ignore[operator]
    )


def misreadings(result: dict[str, object]) -> list[str]:
    """Every misreading of a labelled file, as `--verbose` prints it."""
    scores: dict[str, Score] = result["criteria"]  # type: ignore[assignment]
    return [
        *result["wrong"],  # type: ignore[misc]
        *result["general_false"],  # type: ignore[misc]
        *(f"{name}: {miss}" for name, s in scores.items() for miss in s.misses),
    ]


def new_misses(result: dict[str, object]) -> list[str]:
    """Every misreading of a labelled file that is not accepted."""
    return [line for line in misreadings(result) if line not in ACCEPTED_MISSES]


def stale_misses(result: dict[str, object]) -> list[str]:
    """Accepted misreadings that no longer happen: the list only shrinks,
    so each must be taken off it."""
    found = set(misreadings(result))
    return [line for line in ACCEPTED_MISSES if line not in found]


if __name__ == "__main__":
    sys.exit(main())

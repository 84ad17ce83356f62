"""`adr-lint show FILE…`: what adr-lint read in each record, as text or
as JSON (schemas/show.schema.json). A file that cannot be read is named
on standard error and the others are still shown; the run then ends
with exit 2."""

from __future__ import annotations

import json
import os
import sys
from typing import Any, NamedTuple

import click

from adr_lint import config, discover, knowledge
from adr_lint.authoring.reading import Shown, Unreadable, read

VERSION = 1


class ShowSettings(NamedTuple):
    paths: tuple[str, ...]
    fmt: str = "text"
    config: str | None = None
    packs: tuple[str, ...] = ()


def run(settings: ShowSettings) -> int:
    conf = config.load(settings.config or config.find(os.getcwd()))
    kb = knowledge.load([*conf.rules, *settings.packs])
    present = [p for p in settings.paths if os.path.lexists(p)]
    problems = [
        (p, f"{p}: no such file or directory")
        for p in settings.paths
        if p not in present
    ]
    # With no path at all, discovery would fall back to the ADR folder.
    targets = discover.discover(present, os.getcwd()).targets if present else []
    shown: list[Shown] = []
    for target in targets:
        try:
            if target.problem is not None:
                raise Unreadable(f"{target.path}: {target.problem}")
            shown.append(read(target.path, kb))
        except Unreadable as exc:
            problems.append((target.path, str(exc)))
    click.echo(_render(shown, problems, settings.fmt), nl=False)
    for _, message in problems:
        click.echo(f"adr-lint: error: {message}", err=True)
    return 2 if problems else 0


def _render(shown: list[Shown], problems: list[tuple[str, str]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(as_dict(shown, problems), indent=2, ensure_ascii=False) + "\n"
    from adr_lint.authoring import show_text

    return show_text.render(shown, _color_wanted())


def _color_wanted() -> bool:
    # As for the check report: only on a terminal, never with NO_COLOR.
    return not os.environ.get("NO_COLOR") and sys.stdout.isatty()


def as_dict(shown: list[Shown], problems: list[tuple[str, str]]) -> dict[str, Any]:
    return {
        "version": VERSION,
        "files": [_file(s) for s in shown],
        "unreadable": [{"path": p, "message": m} for p, m in problems],
    }


def _file(shown: Shown) -> dict[str, Any]:
    choice = shown.choice
    return {
        "path": shown.path,
        "title": shown.title,
        "status": shown.status,
        "template": shown.template,
        "decision": {
            "framework": choice.framework,
            "name": choice.name,
            "line": choice.line,
            "evidence": choice.quote,
            "undecided": choice.undecided,
            "section_line": choice.section_line,
            "section_quote": choice.section_quote,
            "also_chosen": list(choice.others),
        },
        "note": shown.note,
        "criteria": [
            {
                "criterion": r.criterion,
                "name": r.name,
                "addressed": r.addressed,
                "line": r.line,
                "evidence": r.quote,
                "requirement": r.requirement,
                "level": r.level,
                "requirement_line": r.requirement_line,
                "requirement_quote": r.requirement_quote,
                "verdict": r.verdict,
                "claim": r.claim,
                "sources": [c._asdict() for c in r.cited],
            }
            for r in shown.rows
        ],
    }

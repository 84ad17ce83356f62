"""The registry of checks and rules. Each check is a pure function that
receives the parsed document and its analysis and yields `Hit`s; the engine
stamps rule, severity and suppressions."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from adr_lint.checks import content, links, parse, repository, structure, suppression
from adr_lint.checks.context import Context
from adr_lint.findings import Hit, Rule
from adr_lint.knowledge import KnowledgeBase

Check = Callable[[Context], Iterable[Hit]]

CHECKS: tuple[Check, ...] = (
    parse.check,
    structure.check,
    repository.check,
    links.check,
    content.check,
)


def all_rules(kb: KnowledgeBase) -> dict[str, Rule]:
    rules = [
        *parse.RULES,
        *structure.RULES,
        *repository.RULES,
        *links.RULES,
        *content.rules(kb),
        *suppression.RULES,
    ]
    return {rule.code: rule for rule in sorted(rules, key=lambda r: r.code)}

"""The knowledge base: the rule packs in `rules/` loaded, merged and
validated into a `KnowledgeBase`, with the compiled expressions, literal
prefilters and name matchers that make reading fast.

The bottom layer: imports nothing of adr-lint but `errors`.
"""

from __future__ import annotations

from adr_lint.knowledge.loading import PACK_FILES, load
from adr_lint.knowledge.model import (
    NUMBER,
    Citation,
    Claim,
    Concept,
    Criterion,
    Framework,
    KnowledgeBase,
    Language,
    Level,
    Locale,
    Quantity,
    Source,
    Template,
    vars_of,
)

__all__ = [
    "NUMBER",
    "PACK_FILES",
    "Citation",
    "Claim",
    "Concept",
    "Criterion",
    "Framework",
    "KnowledgeBase",
    "Language",
    "Level",
    "Locale",
    "Quantity",
    "Source",
    "Template",
    "load",
    "vars_of",
]

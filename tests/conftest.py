from __future__ import annotations

import csv
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from adr_lint import document, knowledge
from adr_lint.checks.context import Options
from adr_lint.document import Document
from adr_lint.engine import FileReport, Linter
from adr_lint.knowledge import KnowledgeBase

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return knowledge.load()


@pytest.fixture(scope="session")
def parse(kb: KnowledgeBase) -> Callable[[str], Document]:
    def run(text: str) -> Document:
        return document.parse(textwrap.dedent(text), "adr.md", kb.language.sections)

    return run


@pytest.fixture(scope="session")
def lint(kb: KnowledgeBase) -> Callable[[str], FileReport]:
    # Content behaviour, apart from the structural rules (tested on their own).
    linter = Linter(kb, Options(select=("P", "D", "C", "M", "U")))

    def run(text: str) -> FileReport:
        return linter.lint_text(textwrap.dedent(text), "adr.md")

    return run


def corpus_or_skip() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("the shared corpus is not beside this checkout")
    return CORPUS


def corpus_rows(name: str) -> list[dict[str, str]]:
    """The rows of one of the corpus's index files (`INDEX.tsv`, or
    `repos/REPOS.tsv`), so that counts follow the corpus as it grows."""
    with (corpus_or_skip() / name).open(encoding="utf-8") as index:
        return list(csv.DictReader(index, delimiter="\t"))

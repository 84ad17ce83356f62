"""The package's layout: no import circles, stages that depend one way,
and few modules at the top.

Every import counts, including those made inside functions or only for
type checking: a circle of them is a circle a reader has to untangle.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "adr_lint"
# Each stage may import the ones listed after it, and nothing before it.
STAGES = (
    "report",
    "engine",
    "fixes",
    "checks",
    "layout",
    "reading",
    "document",
    "knowledge",
)
TOP = {
    "__init__",
    "__main__",
    "cli",
    "config",
    "discover",
    "engine",
    "errors",
    "findings",
    "runner",
    "suppress",
}


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The adr_lint modules `name` imports: a name imported from a package
    is the submodule where there is one of that name, else the package."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name.startswith("adr_lint")}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            if base.startswith("adr_lint"):
                for alias in node.names:
                    sub = f"{base}.{alias.name}"
                    out.add(sub if sub in known else base)
    return out - {name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import circle, as the modules along it, or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return None

    for start in sorted(edges):
        if start not in state and (found := visit(start)):
            return found
    return None


def stage(name: str) -> str | None:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in STAGES else None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_module_imports_one_that_imports_it_back() -> None:
    assert cycle(graph()) is None


def test_stages_depend_one_way() -> None:
    wrong = []
    for name, targets in graph().items():
        here = stage(name)
        if here is None:
            continue
        for target in targets:
            there = stage(target)
            if there and STAGES.index(there) < STAGES.index(here):
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_few_modules_at_the_top_and_every_package_says_what_it_owns() -> None:
    top = {p.stem for p in PACKAGE.glob("*.py")}
    assert top == TOP
    for package in (p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        assert ast.get_docstring(ast.parse((package / "__init__.py").read_text()))

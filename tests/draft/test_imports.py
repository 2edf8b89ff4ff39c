"""The drafter's modules import one another in one direction: no import cycles."""

from __future__ import annotations

import ast
from pathlib import Path

DRAFT = Path(__file__).resolve().parents[2] / "generator" / "draft"


def _imports() -> dict[str, set[str]]:
    modules = {p.stem for p in DRAFT.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in DRAFT.glob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                found |= {node.module.split(".")[0]} if node.module else {a.name for a in node.names}
        graph[path.stem] = found & modules
    return graph


def test_no_import_cycles_in_the_drafter():
    graph = _imports()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(module) :] + [module]))
        if module in done:
            return
        for dep in sorted(graph[module]):
            visit(dep, path + [module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])

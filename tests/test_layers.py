"""The rules of the house, checked on the import graph of `pipeline/` (read with ast).

Every import counts, also those inside functions: a lazy import is still a
dependency. Layers, from the bottom:

    core, text        import nothing else of pipeline
    rules             core, text
    stages            core, rules, text (and other stages)
    extractors        core, rules, text (and other extractor modules)
    store             core
    document          everything above but store
    api               core, rules, document
    batch             everything below it
    read              store, core, and the few exceptions in READ_EXCEPTIONS
    cli               anything (the package root's extract() and load() too)
    dev               anything but cli

Nothing but `cli` imports `cli` or `dev`, and the graph has no cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"

# Everything below the command line and the development tools.
EVERY_LIBRARY_LAYER = {
    "root",
    "core",
    "rules",
    "text",
    "stages",
    "extractors",
    "document",
    "api",
    "batch",
    "store",
    "read",
}

ALLOWED: dict[str, set[str]] = {
    "core": {"core"},
    "text": {"text"},
    "rules": {"rules", "core", "text"},
    "stages": {"stages", "core", "rules", "text"},
    "extractors": {"extractors", "core", "rules", "text"},
    "store": {"store", "core"},
    "document": {"core", "rules", "text", "stages", "extractors"},
    "api": {"core", "rules", "document"},
    "batch": {"batch", "core", "rules", "text", "stages", "extractors", "document", "store"},
    "read": {"read", "store", "core"},
    "cli": EVERY_LIBRARY_LAYER | {"cli", "dev"},
    "dev": EVERY_LIBRARY_LAYER | {"dev"},
    "root": {
        "root",
        "api",
        "read",
        "core",
        "rules",
    },  # pipeline/__init__.py: extract() and load(), imported on call
    "__main__": {"cli"},
}
# Edges of `read` beyond store and core, each with its reason.
READ_EXCEPTIONS: dict[tuple[str, str], str] = {
    (
        "pipeline.read.audit",
        "pipeline.stages.ingest",
    ): "verifying a mention re-reads its source as a run does",
    ("pipeline.read.audit", "pipeline.stages.normalise"): "locating a span re-normalises its line",
    (
        "pipeline.read.audit",
        "pipeline.stages.containers",
    ): "verifying a mention inside a container re-reads its record",
    ("pipeline.read.audit", "pipeline.rules.ruleset"): "the rule set whose line a rule id is on",
    ("pipeline.read.audit", "pipeline.rules.loader"): "rule locations are reported as file:line",
    ("pipeline.read.conflicts", "pipeline.rules.ruleset"): "conflict matching reads conflicts.yaml",
    ("pipeline.read.conflicts", "pipeline.rules.schema"): "conflicts.yaml is validated like every rule file",
}


def module_name(path: Path) -> str:
    """`pipeline/store/local.py` -> `pipeline.store.local`; a package's `__init__` is the package."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    """Every module of the package by dotted name."""
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, known: set[str]) -> Iterator[str]:
    """The pipeline modules a file imports (anywhere in it but `if TYPE_CHECKING:`), as dotted names."""
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "pipeline" or alias.name.startswith("pipeline."):
                    yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module != "pipeline" and not node.module.startswith("pipeline."):
                continue
            for alias in node.names:
                candidate = f"{node.module}.{alias.name}"
                yield candidate if candidate in known else node.module


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of `tree` except what sits under `if TYPE_CHECKING:` (annotations only)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _names_type_checking(node.test):
            for branch in node.orelse:
                yield branch
                yield from _runtime_nodes(branch)
            continue
        yield node
        yield from _runtime_nodes(node)


def _names_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def import_graph() -> dict[str, set[str]]:
    """Module -> the pipeline modules it imports."""
    modules = all_modules()
    known = set(modules)
    return {name: set(imports_of(path, known)) - {name} for name, path in modules.items()}


def layer_of(module: str) -> str:
    """The layer a module belongs to: the first name below `pipeline`."""
    parts = module.split(".")
    if len(parts) == 1:
        return "root"
    return parts[1]


def forbidden_edges(graph: dict[str, set[str]]) -> list[str]:
    """Every import that breaks a layer rule, as `a -> b`."""
    problems = []
    for module, imported in sorted(graph.items()):
        allowed = ALLOWED[layer_of(module)]
        for target in sorted(imported):
            if layer_of(target) == "root" and "root" not in allowed:
                problems.append(f"{module} -> {target} (import from pipeline.core, not the package root)")
            elif layer_of(target) not in allowed and (module, target) not in READ_EXCEPTIONS:
                problems.append(f"{module} -> {target}")
    return problems


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_every_module_belongs_to_a_known_layer():
    assert {layer_of(module) for module in all_modules()} <= set(ALLOWED)


def test_no_import_breaks_a_layer_rule():
    assert forbidden_edges(import_graph()) == []


def test_the_import_graph_has_no_cycle():
    assert cycles(import_graph()) == []


def test_every_exception_is_still_needed():
    graph = import_graph()
    assert [edge for edge in READ_EXCEPTIONS if edge[1] not in graph.get(edge[0], set())] == []


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        (
            {"pipeline.core.a": {"pipeline.store.b"}, "pipeline.store.b": set()},
            ["pipeline.core.a -> pipeline.store.b"],
        ),
        (
            {"pipeline.stages.a": {"pipeline.cli"}, "pipeline.cli": set()},
            ["pipeline.stages.a -> pipeline.cli"],
        ),
        (
            {"pipeline.read.a": {"pipeline.dev.b"}, "pipeline.dev.b": set()},
            ["pipeline.read.a -> pipeline.dev.b"],
        ),
    ],
)
def test_a_forbidden_edge_is_caught(graph, expected):
    assert forbidden_edges(graph) == expected


def test_a_new_cycle_is_caught():
    graph = import_graph()
    graph["pipeline.core.records"] = graph["pipeline.core.records"] | {"pipeline.core.entity"}
    graph["pipeline.core.entity"] = graph["pipeline.core.entity"] | {"pipeline.core.records"}
    assert ["pipeline.core.entity", "pipeline.core.records"] in cycles(graph)

"""Imports point one way: core ← learning ← casestudies ← exchanges ← home, and never in a circle.

A cycle hidden in a function (`from .views import x` inside a page method) still ties two
modules together: neither can be read, tested or moved without the other, and which one loads
first decides whether the import works. So every import statement counts, wherever it sits.
`from package import name` counts as importing the module `package.name` when there is one,
else the package itself. Only the source is read (`ast`), so nothing is imported to check it.
"""

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "config", "learning", "casestudies", "exchanges", "home", "bench")
# Each app may import the apps before it, never one after it.
CHAIN = ("core", "learning", "casestudies", "exchanges", "home")
# config wires the apps together: settings, URLs, WSGI and the API router.
CONFIG_WIRING = ("config.settings", "config.urls", "config.wsgi", "config.asgi", "config.api")


def _module_files():
    files = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if "migrations" in relative.parts:
                continue
            parts = relative.with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            files[".".join(parts)] = path
    return files


MODULES = _module_files()


def _project_module(name):
    """The project module `name` is, or lies in (a class or function imported from it)."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imported_names(module, node):
    """The dotted names an import statement in `module` loads."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".")
        if MODULES[module].name != "__init__.py":
            base = base[:-1]
        base = base[: len(base) - (node.level - 1)]
        package = ".".join([*base, node.module] if node.module else base)
    else:
        package = node.module
    return [
        f"{package}.{alias.name}" if f"{package}.{alias.name}" in MODULES else package
        for alias in node.names
    ]


def _imports():
    """{module: {imported module: first line}}, for every import in the project's own code."""
    graph = defaultdict(dict)
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for name in _imported_names(module, node):
                target = _project_module(name)
                if target is None or target == module:
                    continue
                graph[module].setdefault(target, node.lineno)
    return graph


GRAPH = _imports()


def _cycles(graph):
    """Groups of modules that reach each other through imports (Tarjan's strongly connected
    components), each with the imports that tie it together."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(start):
        # Iterative, so a long chain of imports cannot exhaust Python's recursion limit.
        work = [(start, iter(sorted(graph.get(start, {}))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            target = next(targets, None)
            if target is not None:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, {})))))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(component)

    for module in sorted(set(graph).union(*graph.values())):
        if module not in index:
            visit(module)
    return [
        sorted(
            f"{module} -> {target} (line {line})"
            for module in component
            for target, line in graph.get(module, {}).items()
            if target in component
        )
        for component in found
    ]


def _app(module):
    return module.split(".")[0]


def _is_config_wiring(module):
    return any(module == name or module.startswith(name + ".") for name in CONFIG_WIRING)


def test_the_project_modules_are_found():
    """A path mistake would make every other test here pass on nothing."""
    assert {"core.pages", "learning.models", "casestudies.models", "home.models"} <= set(MODULES)
    assert GRAPH["learning.models"]


def test_the_checker_finds_a_cycle_through_three_modules():
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3}, "d": {"a": 4}}

    assert _cycles(graph) == [["a -> b (line 1)", "b -> c (line 2)", "c -> a (line 3)"]]


def test_imports__no_module_imports_one_that_imports_it_back():
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("app", CHAIN[1:])
def test_imports__no_app_imports_from_an_app_above_it(app):
    below = CHAIN[: CHAIN.index(app) + 1]
    upward = sorted(
        f"{module} -> {target} (line {line})"
        for module, targets in GRAPH.items()
        if _app(module) == app
        for target, line in targets.items()
        if _app(target) not in below
    )
    assert upward == []


def test_imports__only_configs_wiring_imports_the_apps():
    """config holds settings, URLs, WSGI and the API router; anything else it held would be
    code the apps share, which belongs in core."""
    stray = sorted(
        f"{module} -> {target} (line {line})"
        for module, targets in GRAPH.items()
        if _app(module) == "config" and not _is_config_wiring(module)
        for target, line in targets.items()
        if _app(target) != "config"
    )
    assert stray == []


def test_imports__core_imports_no_project_app():
    """core is what every app shares, so it can know none of them (nor config, nor bench)."""
    stray = sorted(
        f"{module} -> {target} (line {line})"
        for module, targets in GRAPH.items()
        if _app(module) == "core"
        for target, line in targets.items()
        if _app(target) != "core"
    )
    assert stray == []

"""The layout rules of docs/architecture.md, checked on the source tree.

Imports run one way, from the command line down to the feature library
(imports inside functions count too), no module imports a private name of
another, and no file or function grows past the size a reader takes in.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Each component of the package and its place in the layering: a module may import
#: its own component and components of a lower rank only. Equal ranks are siblings
#: that must not know each other (the synthesis does not use the hybrid runtime).
RANKS = {
    "errors": 0,
    "io": 0,
    "features": 1,
    "data": 1,
    "language": 2,
    "kernels": 3,
    "compiler": 4,
    "view": 5,
    "attention": 5,
    "synthesis": 6,
    "hybrid": 6,
    "testing": 7,
    "report": 7,
    "evaluate": 7,
    "selection": 8,
    "tuning": 9,
    "workflows": 10,
    "serving": 10,
    "audit": 10,
    "bench": 11,
    "cluster": 11,
    "pytest_plugin": 12,
    "cli": 12,
}

MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 100


def _module_files() -> dict[str, Path]:
    """Every installed module by its import name (``compiler/`` and ``kernels/`` install as ``headprog.compiler``, ``headprog.kernels``)."""
    out = {}
    for base, prefix in ((ROOT / "headprog", "headprog"), (ROOT / "compiler", "headprog.compiler"), (ROOT / "kernels", "headprog.kernels")):
        for path in base.rglob("*.py"):
            if "library" in path.relative_to(base).parts:  # program files in the DSL, not Python modules
                continue
            parts = list(path.relative_to(base).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join([prefix, *parts])] = path
    return out


MODULES = _module_files()


def _imports(name: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import in the file, at any depth."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([module] if module else []))
            found.append((module, [a.name for a in node.names], node.lineno))
    return found


def _edges() -> dict[str, set[str]]:
    """Module -> headprog modules it imports (``from package import submodule`` is an edge to the submodule)."""
    edges: dict[str, set[str]] = {m: set() for m in MODULES}
    for name, path in MODULES.items():
        for module, names, _ in _imports(name, path):
            if not module.startswith("headprog"):
                continue
            subs = {f"{module}.{n}" for n in names if f"{module}.{n}" in MODULES}
            if subs:
                edges[name] |= subs
            if set(names) - {s.rpartition(".")[2] for s in subs} or not names:
                edges[name].add(module)
    return edges


def _component(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_component_has_a_rank():
    missing = sorted({_component(m) for m in MODULES} - set(RANKS) - {""})
    assert not missing, f"add these components to RANKS in tests/test_layout.py (and to docs/architecture.md): {missing}"


def test_imports_run_one_way():
    wrong = []
    for name, targets in _edges().items():
        mine = _component(name)
        for target in targets:
            theirs = _component(target)
            if target not in MODULES or not mine or not theirs or mine == theirs:
                continue
            if RANKS[theirs] >= RANKS[mine]:
                wrong.append(f"{name} imports {target} ({mine} rank {RANKS[mine]} -> {theirs} rank {RANKS[theirs]})")
    assert not wrong, "imports against the layering:\n" + "\n".join(sorted(wrong))


def test_no_import_cycles():
    edges = _edges()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in MODULES:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in edges.get(v, ()):
                cycles.append(sorted(component))

    for v in MODULES:
        if v not in index:
            visit(v)
    assert not cycles, f"import cycles: {cycles}"


def _private_imports(files: dict[str, Path]) -> list[str]:
    wrong = []
    for name, path in files.items():
        for module, names, line in _imports(name, path):
            if not module.startswith("headprog") or module == name:
                continue
            for n in names:
                if n.startswith("_") and not n.startswith("__"):
                    wrong.append(f"{path.relative_to(ROOT)}:{line} imports {n} from {module}")
    return wrong


def test_no_private_name_crosses_modules():
    wrong = _private_imports(MODULES)
    assert not wrong, "private names used across modules (make them public where they belong):\n" + "\n".join(wrong)


def test_tests_use_public_names_and_shared_helpers():
    tests = {f"tests.{p.stem}": p for p in (ROOT / "tests").rglob("*.py")}
    wrong = _private_imports(tests)
    for name, path in tests.items():
        for module, names, line in _imports(name, path):
            if module.startswith("test_"):
                wrong.append(f"{path.relative_to(ROOT)}:{line} imports from the test module {module}: move shared helpers to tests/helpers")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_files_and_functions_stay_small(name):
    path = MODULES[name]
    text = path.read_text(encoding="utf-8")
    lines = text.count("\n")
    assert lines <= MAX_FILE_LINES, f"{path.relative_to(ROOT)} has {lines} lines (at most {MAX_FILE_LINES}): split it by job"
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines, line {node.lineno})"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{path.relative_to(ROOT)}: functions over {MAX_FUNCTION_LINES} lines: {', '.join(long)}"


def test_the_package_does_not_import_benchmarks_or_tests():
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for name, path in MODULES.items()
        for module, _, line in _imports(name, path)
        if module.split(".")[0] in ("benchmarks", "tests")
    ]
    assert not wrong, "\n".join(wrong)

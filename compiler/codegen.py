"""Pieces shared by the code generators of every backend.

- :func:`hoist`: the subexpressions that depend on q alone are computed once
  per query row, not once per (q, k) pair.
- :func:`program_comment`: the program text quoted at the top of generated
  source, each line behind ``#`` so no program text can become code.
- :func:`check_generated`: a last safety net. Generated source may contain only
  names from the backend's allowlist and numeric constants; program text never
  reaches it except as comments. It is verified before the module is loaded.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from headprog.language import ir


def hoist(expr: ir.Node, extra_roots: Iterable[ir.Node] = ()) -> list[ir.Node]:
    """Maximal q-only subexpressions worth computing once per row (in evaluation order)."""
    found: dict[ir.Node, None] = {}

    def visit(node: ir.Node) -> None:
        if node.deps == frozenset({"q"}) and not isinstance(node, ir.Var):
            found.setdefault(node, None)
            return
        for child in node.children:
            visit(child)

    visit(expr)
    for root in extra_roots:
        visit(root)
    return list(found)


def program_comment(program_text: str) -> str:
    """Program text as comment lines (``splitlines`` splits on every line break Python knows)."""
    return "\n".join("# " + line if line else "#" for line in program_text.splitlines())


class GeneratedCodeError(RuntimeError):
    """Generated source failed the safety check: a compiler bug, never a user error."""


def check_generated(source: str, allowed_names: set[str], allowed_strings: set[str] = frozenset()) -> None:
    """Verify generated source: only allowlisted names, numeric constants, known strings."""
    tree = ast.parse(source)
    # Docstrings are inert statements; every other string must be allowlisted.
    docstrings = {
        id(stmt.value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef))
        for stmt in node.body[:1]
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in allowed_names:
            raise GeneratedCodeError(f"generated code uses the name {node.id!r}, which is not allowlisted")
        if isinstance(node, ast.Attribute):
            root = node
            while isinstance(root, ast.Attribute):
                root = root.value
            if not (isinstance(root, ast.Name) and root.id in allowed_names):
                raise GeneratedCodeError("generated code reaches an attribute of a non-allowlisted object")
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if node.value not in allowed_strings and id(node) not in docstrings:
                raise GeneratedCodeError("generated code holds a string constant that is not allowlisted")
        if isinstance(node, ast.Constant) and isinstance(node.value, bytes):
            raise GeneratedCodeError("generated code holds a bytes constant")

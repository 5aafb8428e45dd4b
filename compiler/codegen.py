"""Pieces shared by the code generators of every backend.

- :func:`hoist`: the subexpressions that depend on q alone are computed once
  per query row, not once per (q, k) pair.
- :func:`dense_parts`: a dense score's terms of the key alone, of the
  distance q - k alone, and the rest, so a dense kernel tabulates the first
  two once per key and once per distance.
- :func:`distance_decays`: the ``decay(q - k, h)`` terms left in the rest,
  which a dense kernel also reads from a table by distance.
- :func:`program_comment`: the program text quoted at the top of generated
  source, each line behind ``#`` so no program text can become code.
- :func:`check_generated`: a last safety net. Generated source may contain only
  names from the backend's allowlist and numeric constants; program text never
  reaches it except as comments. It is verified before the module is loaded.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass

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


def _terms(node: ir.Node) -> list[ir.Node]:
    """The terms of a top-level sum; ``a - b`` is ``a + (-b)`` (except ``q - k``, which is tabulated whole)."""
    if isinstance(node, ir.Binary) and node.op == "add":
        return _terms(node.a) + _terms(node.b)
    if isinstance(node, ir.Binary) and node.op == "sub" and not _is_distance(node):
        return _terms(node.a) + [ir.Unary("neg", t, ir.Type.NUM) for t in _terms(node.b)]
    return [node]


def _sum(terms: list[ir.Node]) -> ir.Node:
    if not terms:
        return ir.Const(0.0, ir.Type.NUM)
    out = terms[0]
    for term in terms[1:]:
        out = ir.Binary("add", out, term, ir.Type.NUM)
    return out


def _is_distance(node: ir.Node) -> bool:
    return (
        isinstance(node, ir.Binary) and node.op == "sub"
        and isinstance(node.a, ir.Var) and node.a.name == "q"
        and isinstance(node.b, ir.Var) and node.b.name == "k"
    )


def _reads_only_distance(node: ir.Node) -> bool:
    """Whether q and k appear in ``node`` only inside ``q - k``."""
    if _is_distance(node):
        return True
    if isinstance(node, ir.Var):
        return False
    return all(_reads_only_distance(c) for c in node.children)


@dataclass(frozen=True)
class DenseParts:
    """A dense score split so that a kernel evaluates each part as rarely as it can.

    ``key + distance + pair`` equals the score (up to the order of float
    additions), less the terms of q alone where ``softmax`` drops them: a
    constant of the row does not change its softmax.
    """

    key: ir.Node  # terms that do not read q: once per key
    distance: ir.Node  # terms that read q and k only as q - k: once per distance
    distance_node: ir.Node | None  # the q - k node those terms read, if any
    pair: ir.Node  # the rest: once per (q, k)


def dense_parts(expr: ir.Node, softmax: bool) -> DenseParts:
    """The top-level sum of a dense score split into its key, distance and pair terms."""
    key, distance, pair = [], [], []
    for term in _terms(expr):
        if "q" not in term.deps:
            key.append(term)
        elif softmax and "k" not in term.deps:
            continue
        elif _reads_only_distance(term):
            distance.append(term)
        else:
            pair.append(term)
    found = [n for t in distance for n in ir.walk(t) if _is_distance(n)]
    return DenseParts(_sum(key), _sum(distance), found[0] if found else None, _sum(pair))


def distance_decays(expr: ir.Node) -> list[ir.Decay]:
    """The distinct ``decay(q - k, h)`` nodes of an expression, in evaluation order."""
    found = {n: None for n in ir.walk(expr) if isinstance(n, ir.Decay) and _is_distance(n.x)}
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

"""Programs as weighted sums of terms: read a program's top-level coefficients, and write new ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from headprog.language import ir
from headprog.language.program import Program

__all__ = ["grow_terms", "linear_form", "with_coefficients"]


def grow_terms() -> tuple[str, ...]:
    """The offline search's term library as texts: what ``headprog tune --grow`` offers every program."""
    from headprog.synthesis.terms import TERMS

    return tuple(t.text for t in TERMS)


_ONE = ir.Const(1.0, ir.Type.NUM)


def _summands(node: ir.Node, sign: float) -> list[tuple[float, ir.Node]]:
    if isinstance(node, ir.Binary) and node.op in ("add", "sub"):
        return _summands(node.a, sign) + _summands(node.b, sign if node.op == "add" else -sign)
    if isinstance(node, ir.Unary) and node.op == "neg":
        return _summands(node.x, -sign)
    return [(sign, node)]


def linear_form(expr: ir.Node) -> list[tuple[float, ir.Node]]:
    """A program's result as ``[(w_j, term_j)]`` with ``expr == Σ_j w_j · term_j``.

    A summand ``c * t`` or ``t * c`` (c a number) gives ``(c, t)``; a bare
    number ``c`` gives ``(c, 1.0)``; any other summand ``t`` gives ``(1, t)``.
    """
    out = []
    for sign, node in _summands(expr, 1.0):
        if isinstance(node, ir.Const):
            out.append((sign * float(node.value), _ONE))
        elif isinstance(node, ir.Binary) and node.op == "mul" and isinstance(node.a, ir.Const):
            out.append((sign * float(node.a.value), node.b))
        elif isinstance(node, ir.Binary) and node.op == "mul" and isinstance(node.b, ir.Const):
            out.append((sign * float(node.b.value), node.a))
        else:
            out.append((sign, node))
    return out


def _coefficient_text(w: float) -> str:
    """Three significant digits, as synthesis writes them (programs stay short and diffable)."""
    return repr(float(f"{w:.3g}"))


def with_coefficients(program: Program, terms: Sequence[ir.Node], weights: Sequence[float]) -> Program:
    """``program`` with its result replaced by ``Σ w_j · term_j`` (through the language front end)."""
    from headprog.language import parse_text
    from headprog.language.printer import format_expr

    parts = []
    for term, w in zip(terms, weights):
        if w == 0.0:
            continue
        parts.append(_coefficient_text(w) if term == _ONE else f"{_coefficient_text(w)} * ({format_expr(term)})")
    body = " + ".join(parts) or "0.0"
    source = f'"""\nfeatures: {program.features_version}\n"""\n@program(normalize="{program.normalize}")\ndef tuned(q, k):\n    return {body}\n'
    parsed = parse_text(source, filename=program.filename).program()
    return replace(program, result=parsed.result, bindings=())

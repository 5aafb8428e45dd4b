"""The canonical text of an expression: the fewest parentheses that keep the tree as parsed.

Numbers print in Python's shortest round-trip form. :mod:`headprog.language.printer`
prints whole files with it; :class:`~headprog.language.program.Program` hashes it.
"""

from __future__ import annotations

from headprog.language import ir
from headprog.language.ir import Type

__all__ = ["format_expr"]

# Python's precedence levels, lowest first.
_TERNARY, _OR, _AND, _NOT, _CMP, _ADD, _MUL, _UNARY, _ATOM = range(1, 10)
_BIN = {"add": ("+", _ADD), "sub": ("-", _ADD), "mul": ("*", _MUL), "div": ("/", _MUL)}
_CMP_TEXT = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _number(value: float, type_: Type, abstract: bool) -> str:
    if type_ is Type.BOOL:
        return "True" if value else "False"
    if abstract:
        return "C"
    if type_ in (Type.INT, Type.POS):
        return str(int(value))
    return repr(float(value))


def _chain(node: ir.Node) -> list[ir.Compare] | None:
    """The comparisons of ``a < b < c`` if ``node`` is how the parser reads such a chain.

    ``a < b < c`` parses to ``a < b and b < c``; printing it back as a chain keeps
    the text (and its size and depth, which the parser limits) what was written.
    """
    if isinstance(node, ir.Compare):
        return [node]
    if isinstance(node, ir.Logic) and node.op == "and" and isinstance(node.b, ir.Compare):
        left = _chain(node.a)
        if left is not None and left[-1].b == node.b.a:
            return [*left, node.b]
    return None


def _spine(node: ir.Binary) -> list[ir.Node]:
    """Operands of ``min(a, b, c)``, which parses to ``min(min(a, b), c)``."""
    op, args = node.op, []
    current: ir.Node = node
    while isinstance(current, ir.Binary) and current.op == op:
        args.append(current.b)
        current = current.a
    return [current, *reversed(args)]


def _render(node: ir.Node, abstract: bool) -> tuple[str, int]:
    """Text of ``node`` and its precedence level."""

    def sub(child: ir.Node, minimum: int) -> str:
        text, prec = _render(child, abstract)
        return f"({text})" if prec < minimum else text

    if isinstance(node, ir.Const):
        text = _number(node.value, node.type, abstract)
        return text, (_UNARY if text.startswith("-") else _ATOM)
    if isinstance(node, (ir.Var, ir.Local)):
        return node.name, _ATOM
    if isinstance(node, ir.Feature):
        arg = _render(node.arg, abstract)[0]
        return (f"last({node.cls}, {arg})" if node.name == "last" else f"{node.name}({arg})"), _ATOM
    if isinstance(node, ir.Unary):
        if node.op == "neg":
            return "-" + sub(node.x, _UNARY), _UNARY
        if node.op == "not":
            return "not " + sub(node.x, _NOT), _NOT
        return f"{node.op}({_render(node.x, abstract)[0]})", _ATOM
    if isinstance(node, ir.Binary):
        if node.op in ("min", "max"):
            return f"{node.op}({', '.join(_render(x, abstract)[0] for x in _spine(node))})", _ATOM
        symbol, prec = _BIN[node.op]
        return f"{sub(node.a, prec)} {symbol} {sub(node.b, prec + 1)}", prec
    if isinstance(node, ir.Compare):
        return f"{sub(node.a, _CMP + 1)} {_CMP_TEXT[node.op]} {sub(node.b, _CMP + 1)}", _CMP
    if isinstance(node, ir.Logic):
        chain = _chain(node)
        if chain is not None:
            parts = [sub(chain[0].a, _CMP + 1)]
            for cmp in chain:
                parts += [_CMP_TEXT[cmp.op], sub(cmp.b, _CMP + 1)]
            return " ".join(parts), _CMP
        prec = _AND if node.op == "and" else _OR
        return f"{sub(node.a, prec)} {node.op} {sub(node.b, prec + 1)}", prec
    if isinstance(node, ir.Where):
        return f"{sub(node.a, _TERNARY + 1)} if {sub(node.cond, _TERNARY + 1)} else {sub(node.b, _TERNARY)}", _TERNARY
    if isinstance(node, ir.Decay):
        half = "C" if abstract else repr(float(node.half_life))
        return f"decay({_render(node.x, abstract)[0]}, {half})", _ATOM
    if isinstance(node, ir.Table):
        values = ", ".join(_number(v, Type.NUM, abstract) for v in node.values)
        return f"table({_render(node.x, abstract)[0]}, {values})", _ATOM
    raise TypeError(f"cannot print {node!r}")


def format_expr(node: ir.Node, *, abstract_constants: bool = False) -> str:
    """Canonical text of one expression (constants shown as ``C`` if abstracted)."""
    return _render(node, abstract_constants)[0]

"""Support analysis: a superset of the keys at which an expression is non-zero, for one query row.

A selector's support is a few q-only positions; a band's a window
``q - w <= k <= q``; otherwise every key. :mod:`headprog.compiler.analysis`
classifies programs by it, :mod:`headprog.compiler.linear` checks factors with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from headprog.language import ir
from headprog.language.ir import Type

MAX_SELECTOR_KEYS = 8


@dataclass(frozen=True)
class Support:
    """A superset of the keys where a value is non-zero, for one query row."""

    keys: tuple[ir.Node, ...] | None = None  # selector: q-only positions
    window: int | None = None  # band: q - window <= k <= q
    # both None: every key

    @property
    def everything(self) -> bool:
        return self.keys is None and self.window is None


EVERYTHING = Support()
NOTHING = Support(keys=())


def _offset_of_q(node: ir.Node) -> int | None:
    """c if node is ``q - c`` (or ``q``), else None."""
    if node == ir.Q:
        return 0
    if isinstance(node, ir.Binary) and node.a == ir.Q and isinstance(node.b, ir.Const) and node.type is Type.POS:
        return int(node.b.value) if node.op == "sub" else -int(node.b.value)
    return None


def _is_distance(node: ir.Node) -> bool:
    """Whether node is ``q - k``."""
    return isinstance(node, ir.Binary) and node.op == "sub" and node.a == ir.Q and node.b == ir.K


def _compare_support(node: ir.Compare) -> Support:
    a, b, op = node.a, node.b, node.op
    # Put k (or q - k) on the left.
    flip = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}
    if b == ir.K or _is_distance(b):
        a, b, op = b, a, flip[op]
    if a == ir.K and op == "eq" and "k" not in b.deps and b.type in (Type.POS, Type.INT):
        return Support(keys=(b if b.type is Type.POS else ir.Const(b.value, Type.POS) if isinstance(b, ir.Const) else b,))
    if a == ir.K and op in ("ge", "gt"):
        c = _offset_of_q(b)
        if c is not None:
            return Support(window=max(c - (op == "gt"), 0))
    if _is_distance(a) and op in ("le", "lt") and isinstance(b, ir.Const):
        return Support(window=max(int(b.value) - (op == "lt"), 0))
    if _is_distance(a) and op == "eq" and isinstance(b, ir.Const):
        return Support(keys=(ir.Binary("sub", ir.Q, ir.Const(int(b.value), Type.INT), Type.POS),))
    return EVERYTHING


def _inside_band(key: ir.Node, window: int) -> bool:
    c = _offset_of_q(key)
    return c is not None and 0 <= c <= window


def intersect(a: Support, b: Support) -> Support:
    if a.keys is not None and b.keys is not None:
        return a if len(a.keys) <= len(b.keys) else b
    if a.keys is not None:
        return a
    if b.keys is not None:
        return b
    if a.window is not None and b.window is not None:
        return Support(window=min(a.window, b.window))
    return a if a.window is not None else b


def union(a: Support, b: Support) -> Support:
    if a.everything or b.everything:
        return EVERYTHING
    if a.keys is not None and b.keys is not None:
        keys = tuple(dict.fromkeys(a.keys + b.keys))
        return Support(keys=keys) if len(keys) <= MAX_SELECTOR_KEYS else _keys_to_band(keys)
    if a.window is not None and b.window is not None:
        return Support(window=max(a.window, b.window))
    band, sel = (a, b) if a.window is not None else (b, a)
    assert band.window is not None and sel.keys is not None
    if all(_inside_band(k, band.window) for k in sel.keys):
        return band
    return _keys_to_band(sel.keys + ((ir.Binary("sub", ir.Q, ir.Const(band.window, Type.INT), Type.POS)),))


def _keys_to_band(keys: tuple[ir.Node, ...]) -> Support:
    offsets = [_offset_of_q(k) for k in keys]
    if all(c is not None and c >= 0 for c in offsets):
        return Support(window=max(offsets))  # type: ignore[arg-type]
    return EVERYTHING


def support(node: ir.Node) -> Support:
    """A superset of the keys k at which ``node`` is non-zero."""
    if "k" not in node.deps:
        return NOTHING if isinstance(node, ir.Const) and node.value == 0 else EVERYTHING
    if isinstance(node, ir.Compare):
        return _compare_support(node)
    if isinstance(node, ir.Logic):
        combine = intersect if node.op == "and" else union
        return combine(support(node.a), support(node.b))
    if isinstance(node, ir.Binary):
        if node.op == "mul":
            return intersect(support(node.a), support(node.b))
        if node.op == "div":
            return support(node.a)
        return union(support(node.a), support(node.b))  # add, sub, min, max
    if isinstance(node, ir.Unary) and node.op in ("neg", "abs"):
        return support(node.x)
    if isinstance(node, ir.Where):
        return union(intersect(support(node.cond), support(node.a)), support(node.b))
    return EVERYTHING

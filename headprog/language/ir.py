"""The typed intermediate representation of a head program.

A program is an expression over two positions, the query ``q`` and the key
``k`` (``k <= q``). Nodes are immutable and hashable, so structurally equal
subexpressions compare equal (used for hoisting and deduplication).

Types:

- ``POS``: a token position (``q``, ``k``, ``sentence_start(q)``, ``q - 1``);
- ``INT``: an integer quantity (a count, a distance ``q - k``);
- ``NUM``: a real number;
- ``BOOL``: true or false (1 or 0 in arithmetic);
- ``CAT``: a categorical id (a token id) that may only be compared for equality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property


class Type(Enum):
    POS = "pos"
    INT = "int"
    NUM = "num"
    BOOL = "bool"
    CAT = "cat"

    @property
    def numeric(self) -> bool:
        """Whether values of this type may take part in arithmetic."""
        return self in (Type.POS, Type.INT, Type.NUM, Type.BOOL)


@dataclass(frozen=True)
class Node:
    """Base of all IR nodes."""

    @property
    def children(self) -> tuple[Node, ...]:
        return ()

    @cached_property
    def deps(self) -> frozenset[str]:
        """Which of the positions ``q`` and ``k`` this value depends on."""
        out: frozenset[str] = frozenset()
        for child in self.children:
            out |= child.deps
        return out

    @cached_property
    def size(self) -> int:
        return 1 + sum(c.size for c in self.children)

    @cached_property
    def depth(self) -> int:
        return 1 + max((c.depth for c in self.children), default=0)


@dataclass(frozen=True)
class Const(Node):
    value: float
    type: Type


@dataclass(frozen=True)
class Var(Node):
    """The query position ``q`` or the key position ``k``."""

    name: str
    type: Type = Type.POS

    @cached_property
    def deps(self) -> frozenset[str]:
        return frozenset({self.name})


@dataclass(frozen=True)
class Feature(Node):
    """A library feature read at a position: ``name(arg)``; for ``last``, ``last(cls, arg)``."""

    name: str
    arg: Node
    type: Type
    cls: str | None = None

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.arg,)


@dataclass(frozen=True)
class Local(Node):
    """A reference to a named binding of the program body (inlined before lowering)."""

    name: str
    type: Type
    local_deps: frozenset[str] = field(default=frozenset())

    @cached_property
    def deps(self) -> frozenset[str]:
        return self.local_deps


@dataclass(frozen=True)
class Unary(Node):
    op: str  # "neg", "not", "abs", "exp"
    x: Node
    type: Type

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.x,)


@dataclass(frozen=True)
class Binary(Node):
    op: str  # "add", "sub", "mul", "div", "min", "max"
    a: Node
    b: Node
    type: Type

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.a, self.b)


@dataclass(frozen=True)
class Compare(Node):
    op: str  # "eq", "ne", "lt", "le", "gt", "ge"
    a: Node
    b: Node
    type: Type = Type.BOOL

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.a, self.b)


@dataclass(frozen=True)
class Logic(Node):
    op: str  # "and", "or"
    a: Node
    b: Node
    type: Type = Type.BOOL

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.a, self.b)


@dataclass(frozen=True)
class Where(Node):
    """``a if cond else b``."""

    cond: Node
    a: Node
    b: Node
    type: Type

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.cond, self.a, self.b)


@dataclass(frozen=True)
class Decay(Node):
    """``decay(x, half_life)`` = 2 ** (-max(x, 0) / half_life)."""

    x: Node
    half_life: float
    type: Type = Type.NUM

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.x,)


@dataclass(frozen=True)
class Table(Node):
    """``table(x, v0, v1, ...)``: ``v[x]`` for an integer or categorical ``x`` in ``0..len(v)-1``, else 0.

    One lookup stands for a whole family of indicator terms (``v0 * (x == 0) +
    v1 * (x == 1) + ...``), so a program weighting every word class stays
    short, and programs that differ only in the weights share one structure.
    """

    x: Node
    values: tuple[float, ...]
    type: Type = Type.NUM

    @property
    def children(self) -> tuple[Node, ...]:
        return (self.x,)


#: ``exp`` clamps its argument so that no program can overflow float32.
EXP_MAX_ARG = 80.0

Q = Var("q")
K = Var("k")


def substitute(node: Node, bindings: dict[str, Node]) -> Node:
    """Replace every :class:`Local` by its bound expression (recursively)."""
    if isinstance(node, Local):
        return substitute(bindings[node.name], bindings)
    if isinstance(node, (Const, Var)):
        return node
    if isinstance(node, Feature):
        return Feature(node.name, substitute(node.arg, bindings), node.type, node.cls)
    if isinstance(node, Unary):
        return Unary(node.op, substitute(node.x, bindings), node.type)
    if isinstance(node, Binary):
        return Binary(node.op, substitute(node.a, bindings), substitute(node.b, bindings), node.type)
    if isinstance(node, Compare):
        return Compare(node.op, substitute(node.a, bindings), substitute(node.b, bindings))
    if isinstance(node, Logic):
        return Logic(node.op, substitute(node.a, bindings), substitute(node.b, bindings))
    if isinstance(node, Where):
        return Where(substitute(node.cond, bindings), substitute(node.a, bindings), substitute(node.b, bindings), node.type)
    if isinstance(node, Decay):
        return Decay(substitute(node.x, bindings), node.half_life)
    if isinstance(node, Table):
        return Table(substitute(node.x, bindings), node.values)
    raise TypeError(f"unknown IR node {node!r}")


def walk(node: Node):
    """All nodes of a tree, parents before children."""
    yield node
    for child in node.children:
        yield from walk(child)

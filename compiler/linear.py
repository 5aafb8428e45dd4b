"""Linear analysis: weights-mode programs whose output is a few running sums.

A ``weights`` program whose score is a sum of non-negative terms never needs
its clip at zero, so ``pattern @ V`` is linear in the terms: each term can be
summed over the keys on its own. Most dense terms then need no (q, k) loop:

- ``g(k) * h(q)`` summed over every key is a prefix sum of ``g(k) * V[k]``,
  scaled by ``h(q)``;
- times ``decay(q - k, h)`` it is a decaying running sum
  (``R[q] = 2**(-1/h) * R[q-1] + g(q) * V[q]``), exact, not approximated;
- times ``k >= lo(q)`` (a sentence, a window ``q - k <= w``) it is the
  difference of two running sums, ``R[q] - 2**(-(q-lo+1)/h) * R[lo-1]``;
- a term whose support is a selector (``k == q - 1``, ``k == 0``) is evaluated
  at its few keys only;
- a term that requires a categorical match, such as
  ``prev_token(k) == token(q)``, is evaluated at the matching keys only,
  found by binary search in the keys sorted by that feature;
- unless the feature has a few values (``word_class``) and the rest of the
  term is a key weight, a query factor and at most ``k < q``: then it is one
  running sum per value of the feature (the query reads its own value's),
  O(T·d) however many keys match.

So the head output costs O(T·d) per running sum plus the matches, instead of
O(T²·d). A program that does not fit (a softmax program, a term that may be
negative, a factor of q and k of any other shape) has no plan and keeps the
dense kernel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from headprog.language import ir
from headprog.compiler.support import support
from headprog.features import WORD_CLASSES
from headprog.language.ir import Type

#: Above this many running sums a program is left to the dense kernel.
MAX_GROUPS = 16
#: Above this many match terms a program is left to the dense kernel.
MAX_MATCHES = 4
#: Categorical features with few values, by name: how many. A match on one of them can be summed per value.
FEW_VALUED = {"word_class": len(WORD_CLASSES)}


@dataclass(frozen=True)
class Group:
    """One running sum: ``query(q) * Σ_{lower(q) <= k <= q} key(k) * 2**(-(q-k)/half_life) * V[k]``."""

    query: ir.Node  # q-only factor, coefficient included
    key: ir.Node  # k-only weight
    half_life: float | None  # None: no decay
    lower: ir.Node | None  # q-only position; None: from key 0


@dataclass(frozen=True)
class ValueSums:
    """A match term as ``query_factor(q) * key_weight(k) * [k < q if strict]``: summed per value of the key feature."""

    values: int  # the key feature's values are 0 .. values - 1
    key_weight: ir.Node  # k-only
    query_factor: ir.Node  # q-only, coefficient included
    strict: bool  # keys k < q only (else k <= q)


@dataclass(frozen=True)
class Match:
    """A term that is non-zero only where ``key_feature(k) == query(q)``."""

    term: ir.Node  # the whole term, coefficient included, evaluated at candidate keys
    key_feature: str
    query: ir.Node
    #: Set where the term can be summed per value of a few-valued feature instead of searched per query.
    sums: ValueSums | None = None


@dataclass(frozen=True)
class LinearPlan:
    groups: tuple[Group, ...]
    sparse: ir.Node | None  # the sum of the selector-supported terms
    sparse_keys: tuple[ir.Node, ...]
    matches: tuple[Match, ...]

    @property
    def value_rows(self) -> int:
        """Running sums kept per value of a few-valued feature, over every match summed so."""
        return sum(m.sums.values for m in self.matches if m.sums is not None)

    @property
    def state_rows(self) -> int:
        """The running sums a row's decoding carries: one per group, then one per value of each summed match."""
        return len(self.groups) + self.value_rows

    def describe(self) -> str:
        parts = [f"{len(self.groups)} running sum(s)"]
        if self.sparse is not None:
            parts.append(f"{len(self.sparse_keys)} selected key(s)")
        if self.matches:
            summed = sum(m.sums is not None for m in self.matches)
            parts.append(f"{len(self.matches)} token match(es)" + (f" ({summed} summed per value)" if summed else ""))
        return "linear in V: " + ", ".join(parts)


class _NotLinear(Exception):
    pass


def _const(v: float) -> ir.Const:
    return ir.Const(float(v), Type.NUM)


def _terms(node: ir.Node, coef: float, out: list[tuple[float, ir.Node]]) -> None:
    """Flatten sums and constant scalings into (coefficient, term) pairs."""
    if isinstance(node, ir.Binary) and node.op in ("add", "sub"):
        _terms(node.a, coef, out)
        _terms(node.b, -coef if node.op == "sub" else coef, out)
    elif isinstance(node, ir.Unary) and node.op == "neg":
        _terms(node.x, -coef, out)
    elif isinstance(node, ir.Binary) and node.op == "mul" and isinstance(node.a, ir.Const):
        _terms(node.b, coef * node.a.value, out)
    elif isinstance(node, ir.Binary) and node.op == "mul" and isinstance(node.b, ir.Const):
        _terms(node.a, coef * node.b.value, out)
    elif isinstance(node, ir.Binary) and node.op == "div" and isinstance(node.b, ir.Const) and node.b.value != 0:
        _terms(node.a, coef / node.b.value, out)
    elif isinstance(node, ir.Const):
        out.append((coef * node.value, _const(1.0)))
    else:
        out.append((coef, node))


def nonnegative(node: ir.Node) -> bool:
    """Whether ``node`` is provably >= 0 at every (q, k)."""
    if isinstance(node, ir.Const):
        return node.value >= 0
    if isinstance(node, (ir.Compare, ir.Logic, ir.Decay)):
        return True
    if isinstance(node, ir.Feature):
        return node.type is Type.BOOL or node.name == "count"
    if isinstance(node, ir.Unary):
        return node.op in ("not", "abs", "exp") or False
    if isinstance(node, ir.Binary) and node.op in ("add", "mul", "min", "max"):
        if node.op == "max":
            return nonnegative(node.a) or nonnegative(node.b)
        return nonnegative(node.a) and nonnegative(node.b)
    if isinstance(node, ir.Where):
        return nonnegative(node.a) and nonnegative(node.b)
    if isinstance(node, ir.Table):
        return all(v >= 0 for v in node.values)
    return False


def _factors(node: ir.Node) -> list[ir.Node]:
    """A product (``*``, or ``and`` of booleans) as its factors."""
    if isinstance(node, ir.Binary) and node.op == "mul":
        return _factors(node.a) + _factors(node.b)
    if isinstance(node, ir.Logic) and node.op == "and" and _boolean(node.a) and _boolean(node.b):
        return _factors(node.a) + _factors(node.b)
    return [node]


def _boolean(node: ir.Node) -> bool:
    return node.type is Type.BOOL and isinstance(node, (ir.Compare, ir.Logic, ir.Feature))


def _is_distance(node: ir.Node) -> bool:
    return isinstance(node, ir.Binary) and node.op == "sub" and node.a == ir.Q and node.b == ir.K


def _lower_bound(node: ir.Compare) -> ir.Node | None:
    """lo(q) if the comparison is ``k >= lo(q)`` in one of its spellings, else None."""
    a, b, op = node.a, node.b, node.op
    flip = {"lt": "gt", "le": "ge", "gt": "lt", "ge": "le", "eq": "eq", "ne": "ne"}
    if b == ir.K or _is_distance(b):
        a, b, op = b, a, flip[op]
    if "k" in b.deps or b.type not in (Type.POS, Type.INT):
        return None
    if a == ir.K and op in ("ge", "gt"):
        return b if op == "ge" else ir.Binary("add", b, ir.Const(1, Type.INT), Type.POS)
    if _is_distance(a) and op in ("le", "lt"):
        width = b if op == "le" else ir.Binary("sub", b, ir.Const(1, Type.INT), Type.INT)
        return ir.Binary("sub", ir.Q, width, Type.POS)
    return None


def _match(node: ir.Node) -> tuple[str, ir.Node] | None:
    """(key feature, query value) if node is ``cat(k) == value(q)``.

    ``token(k) == 464`` is no match: it depends on k alone, so it is a key
    weight and joins a running sum instead of searching the keys every row.
    """
    if not (isinstance(node, ir.Compare) and node.op == "eq"):
        return None
    for a, b in ((node.a, node.b), (node.b, node.a)):
        if isinstance(a, ir.Feature) and a.type is Type.CAT and a.arg == ir.K and b.deps == {"q"}:
            return a.name, b
    return None


def _strictly_before(node: ir.Node) -> bool | None:
    """True for ``k < q``, False for ``k <= q`` (always true of a causal key), None for anything else."""
    if not isinstance(node, ir.Compare):
        return None
    ops = {("lt", ir.K, ir.Q): True, ("gt", ir.Q, ir.K): True, ("le", ir.K, ir.Q): False, ("ge", ir.Q, ir.K): False}
    return ops.get((node.op, node.a, node.b))


def _value_sums(coef: float, factors: list[ir.Node], feature: str) -> ValueSums | None:
    """The per-value running sum of a match term (its ``factors`` but the match itself), or None."""
    values = FEW_VALUED.get(feature)
    if values is None:
        return None
    query: list[ir.Node] = [_const(coef)]
    key: list[ir.Node] = []
    strict = False
    for f in factors:
        if not nonnegative(f):
            return None  # each part of the sum stays >= 0, as a running sum's do
        if "k" not in f.deps:
            query.append(f)
        elif "q" not in f.deps:
            key.append(f)
        elif _strictly_before(f) is not None:
            strict = strict or bool(_strictly_before(f))
        else:
            return None
    return ValueSums(values, _product(key) if key else _const(1.0), _product(query), strict)


def _product(nodes: list[ir.Node]) -> ir.Node:
    out = nodes[0]
    for n in nodes[1:]:
        out = ir.Binary("mul", out, n, Type.NUM)
    return out


def _scaled(coef: float, node: ir.Node) -> ir.Node:
    return node if coef == 1.0 else ir.Binary("mul", _const(coef), node, Type.NUM)


def plan(expr: ir.Node, normalize: str) -> LinearPlan | None:
    """The running-sum plan of a program, or None when it has none."""
    if normalize != "weights":
        return None
    try:
        return _plan(expr)
    except _NotLinear:
        return None


def _plan(expr: ir.Node) -> LinearPlan:
    terms: list[tuple[float, ir.Node]] = []
    _terms(expr, 1.0, terms)
    groups: dict[tuple, list[ir.Node]] = {}
    sparse: list[ir.Node] = []
    sparse_keys: list[ir.Node] = []
    matches: list[Match] = []
    for coef, term in terms:
        if coef == 0.0:
            continue
        if coef < 0.0 or not math.isfinite(coef) or not nonnegative(term):
            raise _NotLinear
        s = support(term)
        if s.keys is not None:
            sparse.append(_scaled(coef, term))
            sparse_keys.extend(k for k in s.keys if k not in sparse_keys)
            continue
        factors = _factors(term)
        found = next(((i, m) for i, m in enumerate(map(_match, factors)) if m is not None), None)
        if found is not None:
            # Evaluated exactly at the matching keys: its other factors may take any shape.
            i, (feature, value) = found
            sums = _value_sums(coef, factors[:i] + factors[i + 1 :], feature)
            matches.append(Match(_scaled(coef, term), feature, value, sums))
            continue
        query: list[ir.Node] = []
        key: list[ir.Node] = []
        rate = 0.0  # sum of 1/half_life over the decay factors
        lowers: list[ir.Node] = []
        for f in factors:
            if isinstance(f, ir.Const):
                coef *= f.value  # a constant inside a product scales the term
            elif "k" not in f.deps:
                query.append(f)
            elif "q" not in f.deps:
                key.append(f)
            elif isinstance(f, ir.Decay) and _is_distance(f.x):
                rate += 1.0 / f.half_life
            elif isinstance(f, ir.Compare) and _lower_bound(f) is not None:
                lowers.append(_lower_bound(f))  # type: ignore[arg-type]
            else:
                raise _NotLinear
            if not nonnegative(f):
                raise _NotLinear
        if coef == 0.0:
            continue
        lower = None
        for lo in lowers:
            lower = lo if lower is None else ir.Binary("max", lower, lo, Type.POS)
        q_factor = _product(query) if query else None
        group_key = (q_factor, 1.0 / rate if rate else None, lower)
        groups.setdefault(group_key, []).append(_scaled(coef, _product(key) if key else _const(1.0)))
    if len(groups) > MAX_GROUPS or len(matches) > MAX_MATCHES or len(sparse_keys) > 2 * MAX_GROUPS:
        raise _NotLinear
    out_groups = []
    for (q_factor, half_life, lower), keys in groups.items():
        key_sum = keys[0]
        for k in keys[1:]:
            key_sum = ir.Binary("add", key_sum, k, Type.NUM)
        out_groups.append(Group(q_factor if q_factor is not None else _const(1.0), key_sum, half_life, lower))
    sparse_sum = None
    for s in sparse:
        sparse_sum = s if sparse_sum is None else ir.Binary("add", sparse_sum, s, Type.NUM)
    return LinearPlan(tuple(out_groups), sparse_sum, tuple(sparse_keys), tuple(matches))

"""The reference backend: a vectorised NumPy evaluator of the IR.

It is the ground truth every compiled backend is tested against, so it stays
as plain as possible: the whole (T × T) score matrix of a sequence is
evaluated node by node with broadcasting, in float64.
"""

from __future__ import annotations

import numpy as np

from headprog.language import ir
from headprog.features import ROW_SENTINEL, row_of


def evaluate(node: ir.Node, features: np.ndarray, queries: np.ndarray | None = None) -> np.ndarray:
    """Scores of one sequence: an array broadcastable to (T, T), rows q, columns k.

    With ``queries``, only those rows: broadcastable to (len(queries), T).
    """
    t = features.shape[1]
    q_positions = (np.arange(t) if queries is None else np.asarray(queries)).astype(np.float64)[:, None]

    def ev(n: ir.Node) -> np.ndarray:
        if isinstance(n, ir.Const):
            return np.asarray(float(n.value))
        if isinstance(n, ir.Var):
            return q_positions if n.name == "q" else np.arange(t, dtype=np.float64)[None, :]
        if isinstance(n, ir.Feature):
            row = row_of(n.name, n.cls)
            pos = ev(n.arg)
            inside = (pos >= 0) & (pos < t)
            idx = np.clip(pos, 0, max(t - 1, 0)).astype(np.int64)
            return np.where(inside, features[row].astype(np.float64)[idx], float(ROW_SENTINEL[row]))
        if isinstance(n, ir.Unary):
            x = ev(n.x)
            if n.op == "neg":
                return -x
            if n.op == "not":
                return (x == 0).astype(np.float64)
            if n.op == "abs":
                return np.abs(x)
            return np.exp(np.minimum(x, ir.EXP_MAX_ARG))
        if isinstance(n, ir.Binary):
            a, b = ev(n.a), ev(n.b)
            return {
                "add": np.add,
                "sub": np.subtract,
                "mul": np.multiply,
                "div": np.divide,
                "min": np.minimum,
                "max": np.maximum,
            }[n.op](a, b)
        if isinstance(n, ir.Compare):
            a, b = ev(n.a), ev(n.b)
            op = {"eq": np.equal, "ne": np.not_equal, "lt": np.less, "le": np.less_equal, "gt": np.greater, "ge": np.greater_equal}[n.op]
            return op(a, b).astype(np.float64)
        if isinstance(n, ir.Logic):
            a, b = ev(n.a) != 0, ev(n.b) != 0
            return (a & b if n.op == "and" else a | b).astype(np.float64)
        if isinstance(n, ir.Where):
            return np.where(ev(n.cond) != 0, ev(n.a), ev(n.b))
        if isinstance(n, ir.Decay):
            return np.exp2(-np.maximum(ev(n.x), 0.0) / n.half_life)
        if isinstance(n, ir.Table):
            x = ev(n.x)
            values = np.append(np.asarray(n.values, dtype=np.float64), 0.0)  # the last slot: out of range
            idx = np.where((x >= 0) & (x < len(n.values)), x, len(n.values)).astype(np.int64)
            return values[idx]
        raise TypeError(f"cannot evaluate {n!r}")

    return ev(node)


def pattern_rows(expr: ir.Node, features: np.ndarray, normalize: str, fallback: str, queries: np.ndarray) -> np.ndarray:
    """Rows ``queries`` of the causal pattern over keys 0..T-1, float64 (len(queries), T).

    A query q reads keys 0..q only, so a row needs the features of 0..q alone:
    this is what KV-cache decoding evaluates for each new token.
    """
    queries = np.asarray(queries, dtype=np.int64)
    t = features.shape[1]
    m = len(queries)
    scores = np.broadcast_to(evaluate(expr, features, queries), (m, t)).astype(np.float64)
    causal = np.arange(t)[None, :] <= queries[:, None]
    if normalize == "softmax":
        logits = np.where(causal, scores, -np.inf)
        logits = logits - logits.max(axis=1, keepdims=True)
        weights = np.exp(logits)
        return weights / weights.sum(axis=1, keepdims=True)
    weights = np.where(causal, np.maximum(scores, 0.0), 0.0)
    total = weights.sum(axis=1, keepdims=True)
    out = np.divide(weights, total, out=np.zeros_like(weights), where=total > 0)
    empty = total[:, 0] <= 0
    if empty.any():
        out[empty] = fallback_rows(t, fallback)[queries[empty]]
    return out


def pattern_one(expr: ir.Node, features: np.ndarray, normalize: str, fallback: str) -> np.ndarray:
    """The (T, T) causal attention pattern of one sequence, float64."""
    return pattern_rows(expr, features, normalize, fallback, np.arange(features.shape[1]))


def fallback_rows(t: int, fallback: str) -> np.ndarray:
    """The pattern of rows with no support: first token, the query itself, or uniform."""
    if fallback == "first":
        rows = np.zeros((t, t))
        rows[:, 0] = 1.0
        return rows
    if fallback == "self":
        return np.eye(t)
    causal = np.tril(np.ones((t, t)))
    return causal / causal.sum(axis=1, keepdims=True)


def patterns(expr: ir.Node, features: np.ndarray, lengths: np.ndarray, normalize: str, fallback: str) -> np.ndarray:
    """Patterns of a batch: ``features`` (B, F, T) → (B, T, T) float32, zero past each length."""
    b, _, t = features.shape
    out = np.zeros((b, t, t), dtype=np.float32)
    for i in range(b):
        n = int(lengths[i])
        out[i, :n, :n] = pattern_one(expr, features[i, :, :n], normalize, fallback)
    return out


def outputs(expr: ir.Node, features: np.ndarray, lengths: np.ndarray, values: np.ndarray, normalize: str, fallback: str) -> np.ndarray:
    """``pattern @ V`` of a batch: values (B, T, D) → (B, T, D) float32."""
    p = patterns(expr, features, lengths, normalize, fallback).astype(np.float64)
    return np.einsum("bqk,bkd->bqd", p, values.astype(np.float64)).astype(np.float32)

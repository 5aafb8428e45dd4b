"""Scoring a pattern against a head's recorded attention.

Soft IoU, as the reference paper defines it: over the causal entries of one
sequence, IoU(A, P) = Σ min(A, P) / Σ max(A, P), both clipped to [1e-12, 1];
a pattern with a non-finite value scores 0. A head's score is the mean over
sequences. Since every row of both patterns sums to one, IoU = (1 - d) / (1 + d)
where d is the mean total-variation distance of the rows, so maximising IoU is
minimising the L1 distance of rows.

Jensen–Shannon distance (base 2, mean over rows) is offered as a second metric.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

CLIP = 1e-12


def soft_iou(target: np.ndarray, pattern: np.ndarray) -> float:
    """Soft IoU of two (T, T) causal patterns of one sequence."""
    t = target.shape[0]
    if not np.all(np.isfinite(pattern)):
        return 0.0
    rows, cols = np.tril_indices(t)
    a = np.clip(target[rows, cols].astype(np.float64), CLIP, 1.0)
    p = np.clip(pattern[rows, cols].astype(np.float64), CLIP, 1.0)
    return float(np.minimum(a, p).sum() / np.maximum(a, p).sum())


def js_distance(target: np.ndarray, pattern: np.ndarray) -> float:
    """Mean Jensen–Shannon distance (base 2, in [0, 1]) between corresponding rows."""
    if not np.all(np.isfinite(pattern)):
        return 1.0
    t = target.shape[0]
    mask = np.tril(np.ones((t, t), dtype=bool))
    a = np.where(mask, np.clip(target, 0, None), 0).astype(np.float64)
    p = np.where(mask, np.clip(pattern, 0, None), 0).astype(np.float64)
    a /= np.maximum(a.sum(1, keepdims=True), CLIP)
    p /= np.maximum(p.sum(1, keepdims=True), CLIP)
    m = 0.5 * (a + p)

    def kl(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(x > 0, x * np.log2(x / np.maximum(y, CLIP)), 0.0)
        return terms.sum(axis=1)

    js = 0.5 * kl(a, m) + 0.5 * kl(p, m)
    return float(np.sqrt(np.clip(js, 0, 1)).mean())


@dataclass(frozen=True)
class Scores:
    """A program's scores on one head over a set of sequences."""

    iou: float  # mean soft IoU over sequences
    js: float  # mean Jensen–Shannon distance
    n: int  # number of sequences
    per_sequence: tuple[float, ...] = ()


def score_patterns(targets: list[np.ndarray], patterns: list[np.ndarray]) -> Scores:
    """Scores of predicted patterns against recorded ones, sequence by sequence."""
    ious = [soft_iou(a, p) for a, p in zip(targets, patterns)]
    jss = [js_distance(a, p) for a, p in zip(targets, patterns)]
    n = len(ious)
    return Scores(float(np.mean(ious)) if n else 0.0, float(np.mean(jss)) if n else 1.0, n, tuple(ious))


def score_program(program, store, layer: int, head: int, examples) -> Scores:
    """Score a program on a stored head over ``examples``, through the reference backend."""
    from headprog.compiler.compiling import compile_program

    compiled = compile_program(program, "reference")
    targets, patterns = [], []
    for e in examples:
        targets.append(store.pattern(layer, head, e))
        patterns.append(compiled.pattern(store.features(e))[0])
    return score_patterns(targets, patterns)

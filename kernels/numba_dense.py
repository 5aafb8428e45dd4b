"""Numba kernels for dense programs in blocks of query rows: the second part of the template.

A dense program (every key ``k <= q`` may get weight, and no running-sum
plan) costs O(T²) scores per head. Its prefill output is computed a block of
query rows at a time: these kernels write the block's pattern rows, float32,
and the caller multiplies them with the values through torch's matrix
product, which runs at BLAS speed where a per-pair loop over the head
dimension does not. Two tables make a score cheap:

- ``key_table``: the score's terms that depend on the key alone (key
  features, their tables, constants), summed once per key of a row;
- ``distance_table``: every ``decay(q - k, h)`` of the program, once per
  distance, so a pair reads a table instead of calling ``exp``.

What is left per pair (``pair_part``) is the terms that read both positions.
The compiler completes the stubs above the kernels' marker line as it does for
:mod:`headprog.kernels.numba_template`, whose ``row_values`` and ``SOFTMAX``
these kernels share.
"""

import math  # noqa: F401  (the kernels call math.exp)

import numpy as np
from numba import njit, prange

from headprog.kernels.numba_template import SOFTMAX, row_values  # noqa: F401

# --- generated ---
NDIST = 0  # distinct decay(q - k, h) terms
DIST_RATES = (0.0,)  # ln 2 / h of each


@njit(inline="always", cache=True)
def key_part(F, b, k, n):
    return 0.0


@njit(inline="always", cache=True)
def pair_part(F, b, q, k, n, r, dt):
    return 1.0


# --- kernels ---


@njit(cache=True)
def distance_table(T):
    """(T, NDIST) float64: each decay term at each distance q - k = 0..T-1, as the score computes it."""
    dt = np.empty((max(T, 1), max(NDIST, 1)))
    for d in range(T):
        for i in range(NDIST):
            dt[d, i] = math.exp(-max(float(d), 0.0) * DIST_RATES[i])
    return dt


@njit(cache=True)
def key_table(F, b, n):
    """(n,) float64: the key-only part of the score of each key of row b."""
    kv = np.empty(max(n, 1))
    for k in range(n):
        kv[k] = key_part(F, b, k, n)
    return kv


@njit(inline="always", cache=True)
def _write_block_row(P, i, q, weights, total, fallback):
    """Row i of a block (query q): weights[:q+1] / total, or the fallback (0 first, 1 self, 2 uniform); zeros after q."""
    row = P[i]
    if total > 0.0:
        inv = 1.0 / total
        for k in range(q + 1):
            row[k] = weights[k] * inv
    else:
        for k in range(q + 1):
            row[k] = 1.0 / (q + 1) if fallback == 2 else 0.0
        if fallback == 0:
            row[0] = 1.0
        elif fallback == 1:
            row[q] = 1.0
    for k in range(q + 1, row.shape[0]):
        row[k] = 0.0


def dense_block(F, b, n, q0, kv, dt, P, fallback):
    """Pattern rows q0 .. q0 + len(P) - 1 of sequence b (length n) into P (rows, q0 + rows) float32."""
    for i in prange(P.shape[0]):
        q = q0 + i
        r = row_values(F, b, float(q), n)
        weights = np.empty(q + 1)
        m = -np.inf
        for k in range(q + 1):
            s = kv[k] + pair_part(F, b, q, k, n, r, dt)
            weights[k] = s
            m = max(m, s)
        total = 0.0
        for k in range(q + 1):
            if SOFTMAX:
                w = math.exp(weights[k] - m)
            else:
                w = weights[k] if weights[k] > 0.0 else 0.0  # weights mode: only positive scores weigh
            weights[k] = w
            total += w
        _write_block_row(P, i, q, weights, total, fallback)


# Parallel over the block's rows for large blocks, serial for small ones (see numba_template).
dense_block_parallel = njit(parallel=True, cache=True)(dense_block)
dense_block_serial = njit(cache=True)(dense_block)

"""Numba kernels for dense programs in blocks of query rows: the second part of the template.

A dense program (every key ``k <= q`` may get weight, and no running-sum
plan) costs O(T²) scores per head. Its prefill output is computed a block of
query rows at a time: these kernels write the block's scores, float32, and
the caller turns them into weights and multiplies them with the values
through torch, whose exp and matrix product are vectorised where a scalar
loop over pairs is not. Tables keep the per-pair work small:

- ``key_table``: the score's terms of the key alone (key features, their
  tables, constants), once per key;
- ``distance_table``: row 0 the terms of the distance q - k alone (the
  decays and distance profiles of most programs), then each
  ``decay(q - k, h)`` left in the other terms, once per distance.

What is left per pair (``pair_part``) is the terms that read both positions
otherwise. The compiler completes the stubs above the kernels' marker line as
it does for :mod:`headprog.kernels.numba_template`, whose ``row_values`` and
``SOFTMAX`` and ``write_row`` these kernels share.
"""

import math  # noqa: F401  (the kernels call math.exp)

import numpy as np
from numba import njit, prange

from headprog.kernels.numba_runtime import exp_nonpositive, fallback_row, two_builds
from headprog.kernels.numba_template import SOFTMAX, row_values, write_row  # noqa: F401

# --- generated ---
NDIST = 0  # decay(q - k, h) terms left in pair_part
DIST_RATES = (0.0,)  # ln 2 / h of each


@njit(inline="always", cache=True)
def distance_part(df):
    return 0.0


@njit(inline="always", cache=True)
def key_part(F, b, k, n):
    return 0.0


@njit(inline="always", cache=True)
def pair_part(F, b, q, k, n, r, dt):
    return 1.0


# --- kernels ---

FLOAT32_LIMIT = 3.0e38  # below float32's largest finite value


@njit(cache=True)
def distance_table(T):
    """(1 + NDIST, T) float64: the distance terms, then each decay term, at distances q - k = 0..T-1."""
    dt = np.empty((1 + NDIST, max(T, 1)))
    for d in range(T):
        dt[0, d] = distance_part(float(d))
        for i in range(NDIST):
            dt[1 + i, d] = math.exp(-float(d) * DIST_RATES[i])
    return dt


@njit(cache=True)
def key_table(F, b, n):
    """(n,) float64: the key-only part of the score of each key of row b."""
    kv = np.empty(max(n, 1))
    for k in range(n):
        kv[k] = key_part(F, b, k, n)
    return kv


def dense_scores(F, b, n, q0, kv, dt, P, fallback):
    """Rows q0 .. q0 + len(P) - 1 of sequence b (length n) into P (rows, q0 + rows) float32.

    Softmax: the scores for k <= q, -inf after; the caller takes their
    softmax. Weights: the pattern itself (scores clipped at 0, divided by
    their sum, or the fallback row), 0 after q. Scores are held within
    float32's range so that none becomes inf.
    """
    for i in prange(P.shape[0]):
        q = q0 + i
        r = row_values(F, b, float(q), n)
        row = P[i]
        total = 0.0
        for k in range(q + 1):
            s = kv[k] + dt[0, q - k] + pair_part(F, b, q, k, n, r, dt)
            if SOFTMAX:
                row[k] = min(max(s, -FLOAT32_LIMIT), FLOAT32_LIMIT)
            else:
                w = min(max(s, 0.0), FLOAT32_LIMIT)  # only positive scores weigh
                row[k] = w
                total += w
        for k in range(q + 1, row.shape[0]):
            row[k] = -np.inf if SOFTMAX else 0.0
        if not SOFTMAX:
            write_row(row, row, q, total, fallback)  # every w is 0 where the fallback is written


def dense_decode(F, lengths, V, offsets, kvs, heads, out, m, fallback, dt):
    """Decoding: the last ``m`` queries of each row, for every head of the group, from the cache's values.

    Each score is taken apart as in :func:`dense_scores` (key terms, then
    distance terms and decays read from ``dt``, a :func:`distance_table` at
    least as long as the longest row): a key costs one ``exp`` (softmax) or
    none (weights), where the whole score would cost one per decay term.
    The weights and the values they weigh are float32, as the native heads'
    (:func:`~headprog.kernels.native_decode.attend_head`): the exp by
    ``exp_nonpositive`` and the sum over keys in SIMD lanes, where a float64
    ``math.exp`` was a scalar call per key.
    Layouts as :func:`~headprog.kernels.numba_template.decode_output`'s.
    """
    B = lengths.shape[0]
    G = kvs.shape[0]
    D = V.shape[3]
    scores = np.empty(max(V.shape[2], 1))
    weights = np.empty(max(V.shape[2], 1), dtype=np.float32)
    acc = np.empty(D, dtype=np.float32)
    for b in range(B):
        n = lengths[b]
        off = offsets[b]
        for j in range(m):
            q = n - m + j
            r = row_values(F, b, float(q), n)
            top = -np.inf
            total = 0.0
            for k in range(q + 1):
                s = key_part(F, b, k, n) + dt[0, q - k] + pair_part(F, b, q, k, n, r, dt)
                if SOFTMAX:
                    s = min(max(s, -FLOAT32_LIMIT), FLOAT32_LIMIT)
                    top = max(top, s)
                else:
                    s = min(max(s, 0.0), FLOAT32_LIMIT)  # only positive scores weigh
                    total += s
                scores[k] = s
            for k in range(q + 1):
                w = exp_nonpositive(np.float32(scores[k] - top)) if SOFTMAX else np.float32(scores[k])
                weights[k] = w
                if SOFTMAX:
                    total += w
            for g in range(G):
                h = kvs[g]
                if total > 0.0:
                    for d in range(D):
                        acc[d] = 0.0
                    for k in range(q + 1):
                        w = weights[k]
                        if w != 0.0:
                            for d in range(D):
                                acc[d] += w * V[b, h, off + k, d]
                    for d in range(D):
                        out[b, heads[g], j, d] = acc[d] / total
                else:
                    fallback_row(V, b, h, off, q, fallback, out, heads[g], j)


# Parallel over the block's rows for large blocks, serial for small ones (see numba_template).
dense_scores_parallel, dense_scores_serial = two_builds(dense_scores)
# A decode step is a few rows: serial, like the template's decode_output.
dense_decode_serial = njit(cache=True)(dense_decode)

"""One decode step of a layer's native heads, read straight from the KV cache.

In a layer with substituted heads, the hybrid runtime computes its remaining
(native) heads itself when a forward decodes one token: one call for all of
them, softmax(q·K^T·scale)·V over each row's cached keys, K and V read in
place (no copies, no repeat of GQA heads). It replaces a torch SDPA call whose
fixed cost per call is most of a decode step's attention on a small CPU; while
any head is substituted, the layers without substituted heads decode through
it too (outside decode steps, and with nothing substituted, they keep the
model's own attention).

Layouts: ``query`` (B, H, 1, D), ``keys`` / ``values`` (B, KV, W, D) float32,
``heads`` / ``kvs`` the native query heads and the KV head each reads,
``first`` (B,) the first cache column row b attends (its left padding),
``out`` (B, H, 1, D), written at the native heads only. Scores are float32;
against SDPA they differ by float rounding only (~1e-6).
"""

from __future__ import annotations

import numpy as np
from numba import njit, prange

from headprog.kernels.numba_runtime import exp_nonpositive, thread_count

__all__ = ["PARALLEL_MIN_KEYS", "attend_head", "attend_native"]

#: From this many (row, head, key) triples a step runs on every Numba thread; below it, serially.
PARALLEL_MIN_KEYS = 1 << 12


@njit(fastmath=True, cache=True)  # not inlined: callers compiled without fastmath keep it here
def attend_head(query, keys, values, b, qh, h, kv, lo, scale, out, scores, acc):
    """Head ``h`` of ``out`` for row b: query head ``qh`` over KV head ``kv``'s cache columns lo..W-1.

    Written for the vectoriser: the key and value rows are views from column
    ``lo`` so that every loop starts at 0 (from a run-time start LLVM left
    them a third slower), all in float32 (a float64 running maximum made
    every exp a scalar double call), the exponentials by
    :func:`exp_nonpositive`, and keys four at a time (four dot products
    share the query's loads; the value accumulator is written once per four).
    """
    ks, vs, q = keys[b, kv, lo:], values[b, kv, lo:], query[b, qh, 0]
    width, dim = ks.shape[0], ks.shape[1]
    t = 0
    while t + 4 <= width:
        s0 = s1 = s2 = s3 = np.float32(0.0)
        for d in range(dim):
            x = q[d]
            s0 += x * ks[t, d]
            s1 += x * ks[t + 1, d]
            s2 += x * ks[t + 2, d]
            s3 += x * ks[t + 3, d]
        scores[t], scores[t + 1], scores[t + 2], scores[t + 3] = s0 * scale, s1 * scale, s2 * scale, s3 * scale
        t += 4
    for u in range(t, width):
        s = np.float32(0.0)
        for d in range(dim):
            s += q[d] * ks[u, d]
        scores[u] = s * scale
    top = np.float32(-np.inf)
    for u in range(width):
        top = max(top, scores[u])
    total = np.float32(0.0)
    for u in range(width):
        e = exp_nonpositive(scores[u] - top)
        scores[u] = e
        total += e
    acc[:] = 0.0  # a local accumulator: ``out`` is written once, at the end
    t = 0
    while t + 4 <= width:
        w0, w1, w2, w3 = scores[t], scores[t + 1], scores[t + 2], scores[t + 3]
        for d in range(dim):
            acc[d] += w0 * vs[t, d] + w1 * vs[t + 1, d] + w2 * vs[t + 2, d] + w3 * vs[t + 3, d]
        t += 4
    for u in range(t, width):
        w = scores[u]
        for d in range(dim):
            acc[d] += w * vs[u, d]
    inverse = np.float32(1.0) / total
    for d in range(dim):
        out[b, h, 0, d] = acc[d] * inverse


@njit(parallel=True, fastmath=True, cache=True)
def _attend_parallel(query, keys, values, query_heads, heads, kvs, first, scale, out):
    batch, count = query.shape[0], heads.shape[0]
    for job in prange(batch * count):
        b, i = job // count, job % count
        scores = np.empty(keys.shape[2], dtype=np.float32)
        acc = np.empty(keys.shape[3], dtype=np.float32)
        attend_head(query, keys, values, b, query_heads[i], heads[i], kvs[i], first[b], scale, out, scores, acc)


@njit(fastmath=True, cache=True)
def _attend_serial(query, keys, values, query_heads, heads, kvs, first, scale, out):
    scores = np.empty(keys.shape[2], dtype=np.float32)
    acc = np.empty(keys.shape[3], dtype=np.float32)
    for b in range(query.shape[0]):
        for i in range(heads.shape[0]):
            attend_head(query, keys, values, b, query_heads[i], heads[i], kvs[i], first[b], scale, out, scores, acc)


def attend_native(
    query: np.ndarray, keys: np.ndarray, values: np.ndarray, query_heads: np.ndarray, heads: np.ndarray, kvs: np.ndarray,
    first: np.ndarray, scale: float, out: np.ndarray, threads: int = 1,
) -> None:
    """Write ``out[b, heads[i], 0]``: query head ``query_heads[i]`` attending over KV head ``kvs[i]``'s keys ``first[b]..W-1``.

    ``threads``: Numba threads for a large step (torch's own thread count
    is the like-for-like with the SDPA call this replaces).
    """
    work = query.shape[0] * heads.shape[0] * keys.shape[2]
    if threads <= 1 or work < PARALLEL_MIN_KEYS:
        _attend_serial(query, keys, values, query_heads, heads, kvs, first, np.float32(scale), out)
        return
    with thread_count(threads):
        _attend_parallel(query, keys, values, query_heads, heads, kvs, first, np.float32(scale), out)

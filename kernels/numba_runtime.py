"""Small Numba helpers that generated and hand-written kernels call."""

from __future__ import annotations

import contextlib
import types
from collections.abc import Callable, Iterator

from numba import njit


@contextlib.contextmanager
def thread_count(threads: int) -> Iterator[None]:
    """Numba's thread count set to ``threads`` (at most its pool's size) inside the block, restored after."""
    import numba

    before = numba.get_num_threads()
    numba.set_num_threads(max(1, min(threads, numba.config.NUMBA_NUM_THREADS)))
    try:
        yield
    finally:
        numba.set_num_threads(before)


def two_builds(func: Callable) -> tuple[Callable, Callable]:
    """(parallel, serial) cached njit builds of ``func``, each cached under a name of its own.

    Numba's disk cache keys a function by its file, qualified name and
    bytecode, not by its flags: two builds of one function would share an
    entry, and in the next process both would run whichever was saved last.
    """
    builds = []
    for suffix, parallel in (("parallel", True), ("serial", False)):
        copy = types.FunctionType(func.__code__, func.__globals__, f"{func.__name__}_{suffix}", func.__defaults__, func.__closure__)
        copy.__qualname__ = f"{func.__qualname__}_{suffix}"
        copy.__doc__ = func.__doc__
        builds.append(njit(parallel=parallel, cache=True)(copy))
    return builds[0], builds[1]


@njit(inline="always", cache=True)
def feat(F, b, row, pos, n, sentinel):
    """Feature ``row`` of sequence ``b`` at position ``pos``; ``sentinel`` outside 0..n-1."""
    p = int(pos)
    if p < 0 or p >= n:
        return sentinel
    return float(F[b, row, p])


@njit(inline="always", cache=True)
def is_new_key(keys, j, qf):
    """Whether candidate key j of row position ``qf`` (keys as float64 positions) is a key of the row not listed before it."""
    kf = keys[j]
    if kf < 0.0 or kf > qf:
        return False
    for i in range(j):
        if keys[i] == kf:
            return False
    return True


@njit(inline="always", cache=True)
def fallback_row(values, b, kv, off, q, fallback, out, head, j):
    """``out[b, head, j]`` for a row with no support, from the cache's ``values`` (B, KV, W, D), row b's key k at
    column ``off + k``: the first key's value (fallback 0), its own (1) or the mean of keys 0..q (2)."""
    for d in range(values.shape[3]):
        if fallback == 0:
            out[b, head, j, d] = values[b, kv, off, d]
        elif fallback == 1:
            out[b, head, j, d] = values[b, kv, off + q, d]
        else:
            total = 0.0
            for k in range(q + 1):
                total += values[b, kv, off + k, d]
            out[b, head, j, d] = total / (q + 1)

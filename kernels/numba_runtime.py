"""Small Numba helpers that generated kernels call."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

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


@njit(inline="always", cache=True)
def feat(F, b, row, pos, n, sentinel):
    """Feature ``row`` of sequence ``b`` at position ``pos``; ``sentinel`` outside 0..n-1."""
    p = int(pos)
    if p < 0 or p >= n:
        return sentinel
    return float(F[b, row, p])

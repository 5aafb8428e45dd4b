"""Small Numba helpers that generated kernels call."""

from __future__ import annotations

from numba import njit


@njit(inline="always", cache=True)
def feat(F, b, row, pos, n, sentinel):
    """Feature ``row`` of sequence ``b`` at position ``pos``; ``sentinel`` outside 0..n-1."""
    p = int(pos)
    if p < 0 or p >= n:
        return sentinel
    return float(F[b, row, p])

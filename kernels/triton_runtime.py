"""Small Triton helpers that generated head kernels call.

Kept apart from :mod:`headprog.kernels.triton_template` so that the generated
module imports them instead of carrying copies (Triton hashes imported jit
functions into its kernel cache key, so a change here recompiles every head).
"""

from __future__ import annotations

import triton
import triton.language as tl

#: -inf as a compile-time constant (a global read inside ``@triton.jit`` must be a constexpr).
NEG_INF = tl.constexpr(float("-inf"))


@triton.jit
def feat(ptr, pos, n, sentinel: tl.constexpr):
    """One feature row at float32 positions ``pos`` (any shape): a masked gather.

    ``ptr`` points at the row's first column; ``sentinel`` is read outside 0..n-1.
    Positions are whole numbers (the IR's POS type), so the truncating cast is exact.
    """
    inside = (pos >= 0.0) & (pos < n)
    return tl.load(ptr + pos.to(tl.int32), mask=inside, other=sentinel)


@triton.jit
def feat_at(ptr, n, pos: tl.constexpr, sentinel: tl.constexpr):
    """One feature at a constant position ``pos >= 0`` (``ptr`` already points at it): a scalar."""
    return tl.load(ptr, mask=n > pos, other=sentinel)

"""Small Numba helpers that generated and hand-written kernels call."""

from __future__ import annotations

import contextlib
import math
import types
from collections.abc import Callable, Iterator

import numpy as np
from numba import njit
from numba import types as nb_types
from numba.extending import intrinsic


def numba_thread_count() -> int:
    """Numba's thread count now (of the calling thread)."""
    import numba

    return numba.get_num_threads()


@contextlib.contextmanager
def thread_count(threads: int) -> Iterator[None]:
    """Numba's thread count set to ``threads`` (at most its pool's size) inside the block, restored after."""
    import numba

    before = numba_thread_count()
    wanted = max(1, min(threads, numba.config.NUMBA_NUM_THREADS))
    if wanted == before:  # the common case: one call, no set and restore
        yield
        return
    numba.set_num_threads(wanted)
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
def value_slot(x, values):
    """The per-value sum that feature value ``x`` selects (0 .. values - 1), or -1 when no key can have it."""
    if 0.0 <= x < values and x == math.floor(x):
        return int(x)
    return -1


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


@intrinsic
def _bits_as_float32(typingctx, bits):
    """The float32 whose IEEE bits are the low 32 bits of the integer ``bits`` (a register move, no memory)."""
    if not isinstance(bits, nb_types.Integer):
        return None

    def codegen(context, builder, signature, args):
        value = args[0]
        if bits.bitwidth > 32:
            value = builder.trunc(value, context.get_value_type(nb_types.int32))
        return builder.bitcast(value, context.get_value_type(nb_types.float32))

    return nb_types.float32(bits), codegen


@intrinsic
def float32_at(typingctx, address):
    """The float32 pointer at integer ``address`` (a torch tensor's ``data_ptr()``), for ``numba.carray``.

    The caller guarantees that the memory is alive and as large as the array
    it views: only the runtime's own decode step uses it, on tensors whose
    layout it checked (:class:`~headprog.hybrid.layer_decoder.DecodeStep`).
    """
    if not isinstance(address, nb_types.Integer):
        return None
    pointer = nb_types.CPointer(nb_types.float32)

    def codegen(context, builder, signature, args):
        return builder.inttoptr(args[0], context.get_value_type(pointer))

    return pointer(address), codegen


# Taylor coefficients of exp(r), r in [-ln 2 / 2, ln 2 / 2]: the truncation error is below 1.3e-7 there.
_E0, _E1, _E2, _E3, _E4, _E5, _E6 = (np.float32(1.0 / math.factorial(i)) for i in range(7))
# ln 2 in two parts (Cody and Waite): _LN2_HIGH has 16 significant bits, so k * _LN2_HIGH is exact in
# float32 for the |k| <= 126 used here.
_LN2_HIGH, _LN2_LOW = np.float32(0.693145751953125), np.float32(1.4286067653302226e-06)


@njit(fastmath=True, inline="always", cache=True)
def exp_nonpositive(x):
    """float32 exp(x) for x <= 0 (a softmax's shifted scores), in arithmetic the vectoriser keeps in SIMD lanes.

    Numba's ``math.exp`` is a scalar libm call per element, most of a short
    attention row's cost. Here exp(x) = 2**k * exp(r), k the integer nearest
    x / ln 2, r = x - k ln 2 reduced in two parts (so large |x| lose no
    digits) and exp(r) a polynomial; 2**k is built from its exponent bits.
    Below -87 the result is clamped at about 1.6e-38 (where float32 exp
    underflows anyway). Relative error a few float32 rounding steps (<1e-6).
    """
    x = max(x, np.float32(-87.0))
    k = np.int32(x * np.float32(1.4426950408889634) - np.float32(0.5))  # x <= 0: truncation rounds to nearest
    kf = np.float32(k)
    r = (x - kf * _LN2_HIGH) - kf * _LN2_LOW
    p = _E6
    p = p * r + _E5
    p = p * r + _E4
    p = p * r + _E3
    p = p * r + _E2
    p = p * r + _E1
    p = p * r + _E0
    return p * _bits_as_float32((k + np.int32(127)) << np.int32(23))


@njit(cache=True)
def rows_start_at(mask, starts):
    """Whether each row b of a 2D ``mask`` is zero before column ``starts[b]`` and nonzero from it on.

    What a left-padded batch's attention mask must be; one call where the same
    check in torch ops cost a few of them at every decode step.
    """
    for b in range(mask.shape[0]):
        start = starts[b]
        for c in range(mask.shape[1]):
            if (mask[b, c] != 0) != (c >= start):
                return False
    return True

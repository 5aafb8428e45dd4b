"""Triton kernels for one head program: the template the compiler completes.

The compiler replaces the part between the "generated" and "kernels" marker
lines with the program's generated pieces (the structure constants and three
small jit functions) and keeps the kernels as written here. As a module on its own, this file is a working uniform-attention head,
so the kernels can be read, linted and tested like any other code.

Conventions:

- ``F`` is the (B, R, T) float32 feature table, ``L`` the int64 length of
  each sequence; ``Fb`` points at sequence b's table, so feature row ``i`` at
  position ``p`` is ``Fb[i * T + p]``;
- one program instance handles one (query block of ``BLOCK_M`` rows, batch
  element); queries are a column ``qf`` of shape (BLOCK_M, 1), keys a row
  ``kf`` of shape (1, BLOCK_N), both float32, so ``score`` broadcasts to a
  (BLOCK_M, BLOCK_N) tile computed in float32;
- ``row_values`` holds the q-only subexpressions, computed once per query
  block, outside every key loop; ``score`` reads them as ``r[i]``;
- key blocks without support are never visited (FlexAttention's block-mask
  idea, with the mask known at compile time): a band program starts at the
  block holding ``q_start - WINDOW``, a dense one at 0, and every loop stops
  at the diagonal block; a selector never loops over keys at all, it gathers
  its ``NKEYS`` candidate keys per row.

Weights mode gives key k the weight ``max(score, 0)`` and divides by the row
sum; a row whose sum is 0 takes its fallback. Softmax mode is an online
softmax (running max and rescaling, as in FlashAttention).
"""

import triton
import triton.language as tl

# --- generated ---
KIND = tl.constexpr(2)  # 0: selector, 1: band, 2: dense
WINDOW = tl.constexpr(0)  # band: keys q - WINDOW .. q
NKEYS = tl.constexpr(1)  # selector: candidate keys per row
SOFTMAX = tl.constexpr(False)  # False: weights mode (clip at 0, divide by the row sum)


@triton.jit
def row_values(Fb, T, n, qf):
    return (qf,)


@triton.jit
def score(Fb, T, n, qf, kf, r):
    return 1.0


@triton.jit
def selector_keys(Fb, T, n, qf, r):
    return (0.0,)


# --- kernels ---
# (Everything below is copied into each generated module, helpers included, so
# that all of a module's jit functions are built in one mode: compiled for the
# GPU, or interpreted under TRITON_INTERPRET=1.)

#: -inf as a compile-time constant (a global read inside ``@triton.jit`` must be a constexpr).
NEG_INF = tl.constexpr(-1e999)


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


@triton.jit
def _key_blocks(q_start, n, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    """[lo, hi): the keys a query block can attend to, lo aligned to BLOCK_N."""
    hi = tl.minimum(q_start + BLOCK_M, n)
    if KIND == 1:
        lo = tl.maximum(q_start - WINDOW, 0) // BLOCK_N * BLOCK_N
    else:
        lo = q_start * 0
    return lo, hi


@triton.jit
def _support(qi, ki, n):
    """Which (q, k) of a tile may carry weight: causal, inside the sequence, inside the band."""
    ok = (ki <= qi) & (qi < n)
    if KIND == 1:
        ok = ok & (ki >= qi - WINDOW)
    return ok


@triton.jit
def _tile_scores(Fb, T, n, qf, r, ki, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    """The program's scores on one (BLOCK_M, BLOCK_N) tile, float32."""
    kf = ki.to(tl.float32)
    return score(Fb, T, n, qf, kf, r) + tl.zeros([BLOCK_M, BLOCK_N], tl.float32)


@triton.jit
def _candidate_ok(ks, kj, qf, qi, n, j: tl.constexpr):
    """Whether candidate j of each selector row is a key 0..q not already among candidates 0..j-1."""
    ok = (kj >= 0.0) & (kj <= qf) & (qi < n)
    for i in tl.static_range(j):
        ok = ok & (ks[i] + tl.zeros_like(qf) != kj)
    return ok


@triton.jit
def _fallback_value(qi, ki, FALLBACK: tl.constexpr):
    """Pattern entries of a row with no support: 0 first token, 1 the query, 2 uniform over 0..q."""
    if FALLBACK == 0:
        w = tl.where(ki == 0, 1.0, 0.0)
    elif FALLBACK == 1:
        w = tl.where(ki == qi, 1.0, 0.0)
    else:
        qf = qi.to(tl.float32)
        w = tl.where(ki <= qi, 1.0 / (qf + 1.0), 0.0)
    return w


@triton.jit
def _selector_rows(Fb, T, n, qf, qi, r, Vb, svt, svd, offs_d, dmask, BLOCK_M: tl.constexpr, BLOCK_D: tl.constexpr):
    """Weighted sum of the gathered value rows and the weight total; O(NKEYS·D) per row."""
    ks = selector_keys(Fb, T, n, qf, r)
    acc = tl.zeros([BLOCK_M, BLOCK_D], tl.float32)
    total = tl.zeros([BLOCK_M, 1], tl.float32)
    for j in tl.static_range(NKEYS):
        kj = ks[j] + tl.zeros_like(qf)
        ok = _candidate_ok(ks, kj, qf, qi, n, j)
        s = tl.where(ok, tl.maximum(score(Fb, T, n, qf, kj, r) + tl.zeros_like(qf), 0.0), 0.0)
        kk = tl.where(ok, kj, 0.0)
        kidx = kk.to(tl.int32)
        v = tl.load(Vb + kidx * svt + offs_d[None, :] * svd, mask=(s > 0.0) & dmask, other=0.0)
        acc += s * v
        total += s
    return acc, total


@triton.jit
def _loop_rows(Fb, T, n, qf, qi, r, q_start, Vb, svt, svd, offs_d, dmask,
               BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr):
    """Band and dense rows: (acc, total) over the supported key blocks, tile by tile."""
    lo, hi = _key_blocks(q_start, n, BLOCK_M, BLOCK_N)
    acc = tl.zeros([BLOCK_M, BLOCK_D], tl.float32)
    total = tl.zeros([BLOCK_M, 1], tl.float32)
    m_i = tl.full([BLOCK_M, 1], NEG_INF, tl.float32)
    for k0 in range(lo, hi, BLOCK_N):
        offs_n = k0 + tl.arange(0, BLOCK_N)
        ki = offs_n[None, :]
        sc = _tile_scores(Fb, T, n, qf, r, ki, BLOCK_M, BLOCK_N)
        ok = _support(qi, ki, n)
        v = tl.load(Vb + offs_n[:, None] * svt + offs_d[None, :] * svd, mask=(offs_n[:, None] < n) & dmask, other=0.0)
        if SOFTMAX:
            logits = tl.where(ok, sc, NEG_INF)
            m_new = tl.maximum(m_i, tl.max(logits, 1, keep_dims=True))
            m_safe = tl.where(m_new == NEG_INF, 0.0, m_new)
            alpha = tl.exp(m_i - m_safe)
            p = tl.exp(logits - m_safe)
            acc = acc * alpha + tl.dot(p, v, input_precision="ieee")
            total = total * alpha + tl.sum(p, 1, keep_dims=True)
            m_i = m_new
        else:
            s = tl.where(ok, tl.maximum(sc, 0.0), 0.0)
            acc += tl.dot(s, v, input_precision="ieee")
            total += tl.sum(s, 1, keep_dims=True)
    return acc, total


@triton.jit
def head_output(F, L, V, FB, O, T, R, D,
                svb, svt, svd, sfb, sft, sfd, sob, sot, sod,
                BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_D: tl.constexpr):
    """``pattern @ V`` for one block of queries, without materialising the pattern.

    V, FB (each row's fallback output) and O are (B, T, D) float32, any strides.
    """
    pid_m = tl.program_id(0)
    pid_b = tl.program_id(1)
    b = pid_b.to(tl.int64)
    n64 = tl.load(L + b)
    n = n64.to(tl.int32)
    q_start = pid_m * BLOCK_M
    offs_m = q_start + tl.arange(0, BLOCK_M)
    qi = offs_m[:, None]
    qf = qi.to(tl.float32)
    offs_d = tl.arange(0, BLOCK_D)
    dmask = offs_d[None, :] < D
    Fb = F + b * R * T
    Vb = V + b * svb
    r = row_values(Fb, T, n, qf)
    if KIND == 0:
        acc, total = _selector_rows(Fb, T, n, qf, qi, r, Vb, svt, svd, offs_d, dmask, BLOCK_M, BLOCK_D)
    else:
        acc, total = _loop_rows(Fb, T, n, qf, qi, r, q_start, Vb, svt, svd, offs_d, dmask, BLOCK_M, BLOCK_N, BLOCK_D)
    rows = (qi < n) & dmask
    fb = tl.load(FB + b * sfb + qi * sft + offs_d[None, :] * sfd, mask=rows, other=0.0)
    out = tl.where(total > 0.0, acc / tl.where(total > 0.0, total, 1.0), fb)
    tl.store(O + b * sob + qi * sot + offs_d[None, :] * sod, out, mask=rows)


@triton.jit
def _store_fallback_below(Pq, qi, empty, lo, FALLBACK: tl.constexpr, BLOCK_N: tl.constexpr):
    """Fallback entries of empty rows at keys [0, lo) (the keys no score tile wrote).

    (Masks combine tensors only: the interpreter turns ``tensor & scalar`` into int32.)
    """
    if FALLBACK == 0:
        tl.store(Pq, tl.where(empty, 1.0, 0.0), mask=empty & (qi * 0 < lo))
    elif FALLBACK == 1:
        tl.store(Pq + qi, tl.where(empty, 1.0, 0.0), mask=empty & (qi < lo))
    else:
        for k0 in range(0, lo, BLOCK_N):
            ki = (k0 + tl.arange(0, BLOCK_N))[None, :]
            w = _fallback_value(qi, ki, FALLBACK)
            tl.store(Pq + ki, w, mask=empty & (ki <= qi) & (ki < lo))


@triton.jit
def head_pattern(F, L, P, T, R, FALLBACK: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr):
    """The dense normalised pattern of one block of queries; P is (B, T, T) float32, zero-filled.

    Two passes over the supported key blocks: the row statistics (weight total,
    or running max and sum), then the normalised entries. Every store touches
    its own entries (no entry is written twice), so no ordering is needed.
    """
    pid_m = tl.program_id(0)
    pid_b = tl.program_id(1)
    b = pid_b.to(tl.int64)
    n64 = tl.load(L + b)
    n = n64.to(tl.int32)
    q_start = pid_m * BLOCK_M
    offs_m = q_start + tl.arange(0, BLOCK_M)
    qi = offs_m[:, None]
    qf = qi.to(tl.float32)
    Fb = F + b * R * T
    Pq = P + b * T * T + qi.to(tl.int64) * T
    r = row_values(Fb, T, n, qf)
    if KIND == 0:
        ks = selector_keys(Fb, T, n, qf, r)
        total = tl.zeros([BLOCK_M, 1], tl.float32)
        for j in tl.static_range(NKEYS):
            kj = ks[j] + tl.zeros_like(qf)
            ok = _candidate_ok(ks, kj, qf, qi, n, j)
            total += tl.where(ok, tl.maximum(score(Fb, T, n, qf, kj, r) + tl.zeros_like(qf), 0.0), 0.0)
        safe = tl.where(total > 0.0, total, 1.0)
        for j in tl.static_range(NKEYS):
            kj = ks[j] + tl.zeros_like(qf)
            ok = _candidate_ok(ks, kj, qf, qi, n, j)
            s = tl.where(ok, tl.maximum(score(Fb, T, n, qf, kj, r) + tl.zeros_like(qf), 0.0), 0.0)
            kk = tl.where(ok, kj, 0.0)
            kidx = kk.to(tl.int32)
            tl.store(Pq + kidx, s / safe, mask=s > 0.0)
        empty = (total <= 0.0) & (qi < n)
        _store_fallback_below(Pq, qi, empty, tl.minimum(q_start + BLOCK_M, n), FALLBACK, BLOCK_N)
    else:
        lo, hi = _key_blocks(q_start, n, BLOCK_M, BLOCK_N)
        total = tl.zeros([BLOCK_M, 1], tl.float32)
        m_i = tl.full([BLOCK_M, 1], NEG_INF, tl.float32)
        for k0 in range(lo, hi, BLOCK_N):
            ki = (k0 + tl.arange(0, BLOCK_N))[None, :]
            sc = _tile_scores(Fb, T, n, qf, r, ki, BLOCK_M, BLOCK_N)
            ok = _support(qi, ki, n)
            if SOFTMAX:
                logits = tl.where(ok, sc, NEG_INF)
                m_new = tl.maximum(m_i, tl.max(logits, 1, keep_dims=True))
                m_safe = tl.where(m_new == NEG_INF, 0.0, m_new)
                total = total * tl.exp(m_i - m_safe) + tl.sum(tl.exp(logits - m_safe), 1, keep_dims=True)
                m_i = m_new
            else:
                total += tl.sum(tl.where(ok, tl.maximum(sc, 0.0), 0.0), 1, keep_dims=True)
        safe = tl.where(total > 0.0, total, 1.0)
        m_safe = tl.where(m_i == NEG_INF, 0.0, m_i)
        empty = (total <= 0.0) & (qi < n)
        for k0 in range(lo, hi, BLOCK_N):
            ki = (k0 + tl.arange(0, BLOCK_N))[None, :]
            sc = _tile_scores(Fb, T, n, qf, r, ki, BLOCK_M, BLOCK_N)
            ok = _support(qi, ki, n)
            if SOFTMAX:
                w = tl.exp(tl.where(ok, sc, NEG_INF) - m_safe) / safe
            else:
                w = tl.where(ok, tl.maximum(sc, 0.0), 0.0) / safe
                w = tl.where(empty, _fallback_value(qi, ki, FALLBACK), w)
            tl.store(Pq + ki, w, mask=(ki <= qi) & (qi < n))
        if not SOFTMAX:
            _store_fallback_below(Pq, qi, empty, lo, FALLBACK, BLOCK_N)

"""Numba kernels for one head program: the template the compiler completes.

The compiler replaces everything above the ``# --- kernels ---`` line with the
program's generated pieces (the constants and the three small functions
below) and keeps the kernels as written here. As a module on its own, this
file is a working uniform-attention head, so the kernels can be read, linted
and tested like any other code.

Conventions: ``F`` is the (B, rows, T) float32 feature table, ``lengths``
the true length of each sequence, positions are float64 (``qf``, ``kf``) so
every score is computed in float64.
"""

import math  # noqa: F401  (generated score functions use math.exp)

import numpy as np
from numba import njit, prange

from headprog.kernels.numba_runtime import exp_nonpositive, fallback_row, feat, is_new_key, two_builds, value_slot  # noqa: F401

# --- generated ---
KIND = 2  # 0: selector, 1: band, 2: dense
WINDOW = 0  # band: keys q - WINDOW .. q
NKEYS = 1  # selector: candidate keys per row
SOFTMAX = False  # False: weights mode (clip at 0, divide by the row sum)


@njit(inline="always", cache=True)
def row_values(F, b, qf, n):
    return (qf,)


@njit(inline="always", cache=True)
def score(F, b, q, k, n, r):
    return 1.0


@njit(inline="always", cache=True)
def selector_keys(F, b, qf, n, r):
    return (0.0,)


# Linear programs (see headprog.compiler.linear): running sums, selected keys, matches.
# Tuples hold at least one element; the counts say how many are real.
NGROUPS = 1
GROUP_LOG_RATIO = (0.0,)  # log of each running sum's per-step decay (0: none)
GROUP_HAS_LOWER = (False,)
ANY_LOWER = False
HISTORY = 0  # 1 when ANY_LOWER: the running sums' history is kept
NSPARSE = 0
NMATCH = 0
MATCH_ROWS = (0,)
MATCH_VALUES = (0,)  # per match: the values of a feature summed per value (0: searched by binary search)
MATCH_STRICT = (False,)  # per summed match: keys k < q only
MAX_VALUES = 1


@njit(inline="always", cache=True)
def group_key_weights(F, b, k, n):
    return (1.0,)


@njit(inline="always", cache=True)
def group_query_factors(F, b, q, n):
    return (1.0,)


@njit(inline="always", cache=True)
def group_lower_bounds(F, b, q, n):
    return (0.0,)


@njit(inline="always", cache=True)
def sparse_key_list(F, b, q, n):
    return (0.0,)


@njit(inline="always", cache=True)
def sparse_score(F, b, q, k, n):
    return 0.0


@njit(inline="always", cache=True)
def match_query(F, b, q, n):
    return (0.0,)


@njit(inline="always", cache=True)
def match_score(F, b, m, q, k, n):
    return 0.0


@njit(inline="always", cache=True)
def match_key_weights(F, b, k, n):
    return (0.0,)


@njit(inline="always", cache=True)
def match_query_factors(F, b, q, n):
    return (0.0,)


# --- kernels ---


@njit(inline="always", cache=True)
def _first_key(q):
    if KIND == 1:
        return max(0, q - WINDOW)
    return 0


@njit(inline="always", cache=True)
def _row_max(F, b, q, n, r):
    m = -np.inf
    for k in range(_first_key(q), q + 1):
        m = max(m, score(F, b, q, k, n, r))
    return m


@njit(inline="always", cache=True)
def _row_sum(F, b, q, n, r, Vb, acc):
    """Query q's weighted sum of values into acc (zeroed here), returning the total weight.

    ``Vb`` holds one value per key of the row (key k at ``Vb[k]``): ``V[b]``
    in a forward, the row's slice of the KV cache in decoding.
    """
    D = acc.shape[0]
    for d in range(D):
        acc[d] = 0.0
    qf = float(q)
    total = 0.0
    if KIND == 0:
        ks = selector_keys(F, b, qf, n, r)
        for j in range(NKEYS):
            if is_new_key(ks, j, qf):
                kk = int(ks[j])
                s = score(F, b, q, kk, n, r)
                if s > 0.0:
                    total += s
                    for d in range(D):
                        acc[d] += s * Vb[kk, d]
    elif SOFTMAX:
        # One pass with a running maximum: each score is computed once.
        m = -np.inf
        for k in range(_first_key(q), q + 1):
            s = score(F, b, q, k, n, r)
            if s > m:
                rescale = math.exp(m - s)
                total *= rescale
                for d in range(D):
                    acc[d] *= rescale
                m = s
            w = math.exp(s - m)
            total += w
            for d in range(D):
                acc[d] += w * Vb[k, d]
    else:
        for k in range(_first_key(q), q + 1):
            s = score(F, b, q, k, n, r)
            if s > 0.0:
                total += s
                for d in range(D):
                    acc[d] += s * Vb[k, d]
    return total


def head_output(F, lengths, V, FB):
    """``pattern @ V`` for every query: V (B, T, D) → (B, T, D) float32.

    FB holds each row's fallback output, used where a row has no support.
    """
    B, T, D = V.shape
    out = np.zeros((B, T, D), dtype=np.float32)
    for idx in prange(B * T):
        b = idx // T
        q = idx - b * T
        n = lengths[b]
        if q < n:
            qf = float(q)
            r = row_values(F, b, qf, n)
            acc = np.zeros(D)
            total = _row_sum(F, b, q, n, r, V[b], acc)
            if total > 0.0:
                for d in range(D):
                    out[b, q, d] = acc[d] / total
            else:
                for d in range(D):
                    out[b, q, d] = FB[b, q, d]
    return out


@njit(inline="always", cache=True)
def write_row(dest, row, q, total, fallback):
    """Pattern row q into ``dest``: row[:q+1] / total, or the fallback (0 first, 1 self, 2 uniform) when total is 0.

    ``dest`` holds zeros where the fallback writes none; it may be ``row`` itself.
    """
    if total > 0.0:
        inv = 1.0 / total
        for k in range(q + 1):
            dest[k] = row[k] * inv
    elif fallback == 0:
        dest[0] = 1.0
    elif fallback == 1:
        dest[q] = 1.0
    else:
        for k in range(q + 1):
            dest[k] = 1.0 / (q + 1)


def head_pattern(F, lengths, T, fallback):
    """The dense (B, T, T) float32 pattern. fallback: 0 first, 1 self, 2 uniform."""
    B = lengths.shape[0]
    P = np.zeros((B, T, T), dtype=np.float32)
    for idx in prange(B * T):
        b = idx // T
        q = idx - b * T
        n = lengths[b]
        if q < n:
            qf = float(q)
            r = row_values(F, b, qf, n)
            row = np.zeros(q + 1)
            total = 0.0
            if KIND == 0:
                ks = selector_keys(F, b, qf, n, r)
                for j in range(NKEYS):
                    if is_new_key(ks, j, qf):
                        s = score(F, b, q, int(ks[j]), n, r)
                        if s > 0.0:
                            row[int(ks[j])] = s
                            total += s
            elif SOFTMAX:
                m = _row_max(F, b, q, n, r)
                for k in range(_first_key(q), q + 1):
                    row[k] = math.exp(score(F, b, q, k, n, r) - m)
                    total += row[k]
            else:
                for k in range(_first_key(q), q + 1):
                    s = score(F, b, q, k, n, r)
                    if s > 0.0:
                        row[k] = s
                        total += s
            write_row(P[b, q], row, q, total, fallback)
    return P


@njit(inline="always", cache=True)
def _sorted_match_keys(F, b, n):
    """For each match feature: the key positions sorted by its value, and the sorted values.

    The sort is stable, so keys with equal values stay in position order.
    """
    orders = np.zeros((NMATCH, n), dtype=np.int64)
    sorted_values = np.zeros((NMATCH, n))
    for m in range(NMATCH):
        vals = np.empty(n)
        for i in range(n):
            vals[i] = F[b, MATCH_ROWS[m], i]
        o = np.argsort(vals, kind="mergesort")
        for i in range(n):
            orders[m, i] = o[i]
            sorted_values[m, i] = vals[o[i]]
    return orders, sorted_values


@njit(inline="always", cache=True)
def _match_keys(F, b, q, n, orders, sorted_values, keys, scores, searched_only):
    """Every match term's non-zero score at its matching keys k <= q, into keys/scores; returns how many.

    With ``searched_only``, the matches summed per value (``MATCH_VALUES``) are left out.
    """
    count = 0
    mq = match_query(F, b, q, n)
    for m in range(NMATCH):
        if searched_only and MATCH_VALUES[m] > 0:
            continue
        v = mq[m]
        i = np.searchsorted(sorted_values[m], v)
        while i < n and sorted_values[m, i] == v and orders[m, i] <= q:
            kk = orders[m, i]
            s = match_score(F, b, m, q, kk, n)
            if s != 0.0:
                keys[count] = kk
                scores[count] = s
                count += 1
            i += 1
    return count


@njit(inline="always", cache=True)
def _add_value_sums(F, b, q, n, V, sums, row):
    """The matches summed per value at query q: key q joins the sum of its value, the query reads its own value's.

    ``sums`` (NMATCH, MAX_VALUES, D + 1) holds each value's weighted values
    and weight; a strict match reads before key q joins. Returns the weight
    added to ``row`` (for the caller's rounding scale).
    """
    D = V.shape[2]
    kw = match_key_weights(F, b, q, n)
    mq = match_query(F, b, q, n)
    gq = match_query_factors(F, b, q, n)
    added = 0.0
    for m in range(NMATCH):
        values = MATCH_VALUES[m]
        if values == 0:
            continue
        own = value_slot(float(F[b, MATCH_ROWS[m], q]), values)
        w = kw[m]
        if not MATCH_STRICT[m] and own >= 0 and w != 0.0:
            _add_key(V, b, q, w, sums[m, own])
        wanted = value_slot(mq[m], values)
        g = gq[m]
        if wanted >= 0 and g != 0.0:
            for d in range(D + 1):
                row[d] += g * sums[m, wanted, d]
            added += g * sums[m, wanted, D]
        if MATCH_STRICT[m] and own >= 0 and w != 0.0:
            _add_key(V, b, q, w, sums[m, own])
    return added


@njit(inline="always", cache=True)
def _add_key(V, b, k, s, row):
    """row[:D] += s * V[b, k]; row[D] += s (row holds D values and a weight)."""
    D = V.shape[2]
    for d in range(D):
        row[d] += s * V[b, k, d]
    row[D] += s


def linear_output(F, lengths, V, FB, final):
    """``pattern @ V`` of a linear program in O(T·d) per running sum.

    Each running sum ``R[q] = ratio * R[q-1] + key(q) * [V[q], 1]`` carries the
    values and, in its last column, the normaliser. A sum restricted to keys
    ``k >= lo`` is ``R[q] - ratio**(q-lo+1) * R[lo-1]``, from the saved history.
    ``final`` (B, NGROUPS + summed values, D + 1), unless it has no rows,
    receives each row's sums over all its keys (the running sums, then the
    per-value sums of each summed match): the state decoding continues from.
    """
    B, T, D = V.shape
    out = np.zeros((B, T, D), dtype=np.float32)
    ratios = np.empty(NGROUPS)
    for j in range(NGROUPS):
        ratios[j] = math.exp(GROUP_LOG_RATIO[j])
    for b in range(B):
        n = lengths[b]
        acc = np.zeros((NGROUPS, D + 1))
        hist = np.zeros((NGROUPS * HISTORY, n * HISTORY, D + 1))
        orders, sorted_values = _sorted_match_keys(F, b, n)
        match_keys = np.zeros(NMATCH * n, dtype=np.int64)
        match_scores = np.zeros(NMATCH * n)
        value_sums = np.zeros((NMATCH, MAX_VALUES, D + 1))
        row = np.zeros(D + 1)
        for q in range(n):
            qf = float(q)
            kw = group_key_weights(F, b, q, n)
            for j in range(NGROUPS):
                ratio = ratios[j]
                w = kw[j]
                for d in range(D):
                    acc[j, d] = acc[j, d] * ratio + w * V[b, q, d]
                acc[j, D] = acc[j, D] * ratio + w
                if ANY_LOWER:
                    for d in range(D + 1):
                        hist[j, q, d] = acc[j, d]
            gq = group_query_factors(F, b, q, n)
            lo = group_lower_bounds(F, b, q, n)
            for d in range(D + 1):
                row[d] = 0.0
            scale = 0.0  # magnitude of what was summed: tells a true zero from rounding
            for j in range(NGROUPS):
                g = gq[j]
                if g == 0.0:
                    continue
                first = int(math.ceil(lo[j])) if GROUP_HAS_LOWER[j] and lo[j] > 0.0 else 0
                if first > q:
                    continue
                if first > 0:
                    f = math.exp((q - first + 1) * GROUP_LOG_RATIO[j])
                    for d in range(D + 1):
                        row[d] += g * (acc[j, d] - f * hist[j, first - 1, d])
                    scale += g * (acc[j, D] + f * hist[j, first - 1, D])
                else:
                    for d in range(D + 1):
                        row[d] += g * acc[j, d]
                    scale += g * acc[j, D]
            if NSPARSE > 0:
                ks = sparse_key_list(F, b, q, n)
                for j in range(NSPARSE):
                    if is_new_key(ks, j, qf):
                        kk = int(ks[j])
                        s = sparse_score(F, b, q, kk, n)
                        if s != 0.0:
                            _add_key(V, b, kk, s, row)
                            scale += s
            for i in range(_match_keys(F, b, q, n, orders, sorted_values, match_keys, match_scores, True)):
                _add_key(V, b, match_keys[i], match_scores[i], row)
                scale += match_scores[i]
            scale += _add_value_sums(F, b, q, n, V, value_sums, row)
            total = row[D]
            if total > 1e-12 * scale and total > 0.0:
                for d in range(D):
                    out[b, q, d] = row[d] / total
            else:
                for d in range(D):
                    out[b, q, d] = FB[b, q, d]
        if final.shape[0] > 0:
            for j in range(NGROUPS):
                for d in range(D + 1):
                    final[b, j, d] = acc[j, d]
            at = NGROUPS  # then each summed match's sums, value by value
            for m in range(NMATCH):
                for v in range(MATCH_VALUES[m]):
                    for d in range(D + 1):
                        final[b, at + v, d] = value_sums[m, v, d]
                at += MATCH_VALUES[m]
    return out


def linear_pattern(F, lengths, T, fallback):
    """The dense (B, T, T) pattern of a linear program: per pair, one multiply-add per running sum.

    Key weights and decay factors are tabulated once per sequence, so no score
    expression and no ``exp`` is evaluated per (q, k) pair.
    """
    B = lengths.shape[0]
    P = np.zeros((B, T, T), dtype=np.float32)
    for b in range(B):
        n = lengths[b]
        key_weight = np.empty((NGROUPS, n))
        ratio_pow = np.empty((NGROUPS, n))  # ratio ** distance
        for k in range(n):
            kw = group_key_weights(F, b, k, n)
            for j in range(NGROUPS):
                key_weight[j, k] = kw[j]
                ratio_pow[j, k] = math.exp(k * GROUP_LOG_RATIO[j])
        orders, sorted_values = _sorted_match_keys(F, b, n)
        match_keys = np.zeros(NMATCH * n, dtype=np.int64)
        match_scores = np.zeros(NMATCH * n)
        row = np.zeros(n)
        for q in range(n):
            qf = float(q)
            for k in range(q + 1):
                row[k] = 0.0
            total = 0.0  # summed as the weights are added: no extra pass over the row
            gq = group_query_factors(F, b, q, n)
            lo = group_lower_bounds(F, b, q, n)
            for j in range(NGROUPS):
                g = gq[j]
                if g == 0.0:
                    continue
                first = int(math.ceil(lo[j])) if GROUP_HAS_LOWER[j] and lo[j] > 0.0 else 0
                for k in range(first, q + 1):
                    w = g * key_weight[j, k] * ratio_pow[j, q - k]
                    row[k] += w
                    total += w
            if NSPARSE > 0:
                ks = sparse_key_list(F, b, q, n)
                for j in range(NSPARSE):
                    if is_new_key(ks, j, qf):
                        kk = int(ks[j])
                        s = sparse_score(F, b, q, kk, n)
                        row[kk] += s
                        total += s
            for i in range(_match_keys(F, b, q, n, orders, sorted_values, match_keys, match_scores, False)):
                row[match_keys[i]] += match_scores[i]
                total += match_scores[i]
            write_row(P[b, q], row, q, total, fallback)
    return P


def selector_pattern(F, lengths, T, fallback):
    """A selector's pattern, sparse: key indices (B, T, NKEYS + 1), -1 unused, and weights.

    The extra slot holds the fallback key of an empty row (uniform rows are
    marked by index -2: they attend to every key 0..q equally).
    """
    B = lengths.shape[0]
    idx_out = np.full((B, T, NKEYS + 1), -1, dtype=np.int64)
    w_out = np.zeros((B, T, NKEYS + 1), dtype=np.float32)
    for idx in prange(B * T):
        b = idx // T
        q = idx - b * T
        n = lengths[b]
        if q < n:
            qf = float(q)
            r = row_values(F, b, qf, n)
            ks = selector_keys(F, b, qf, n, r)
            total = 0.0
            for j in range(NKEYS):
                if is_new_key(ks, j, qf):
                    s = score(F, b, q, int(ks[j]), n, r)
                    if s > 0.0:
                        idx_out[b, q, j] = int(ks[j])
                        w_out[b, q, j] = s
                        total += s
            if total > 0.0:
                for j in range(NKEYS):
                    w_out[b, q, j] = w_out[b, q, j] / total
            else:
                idx_out[b, q, NKEYS] = 0 if fallback == 0 else (q if fallback == 1 else -2)
                w_out[b, q, NKEYS] = 1.0
    return idx_out, w_out


def decode_output(F, lengths, V, offsets, kvs, heads, out, m, fallback):
    """Decoding: the last ``m`` queries of each row, for every head of the group, O(keys·d) each.

    V is the cache's (B, kv_heads, width, D) values; row b's key k sits at
    column ``offsets[b] + k`` (left padding). Head g reads KV head ``kvs[g]``
    and writes ``out[b, heads[g], j]`` (out is (B, H, m, D)).
    """
    B = lengths.shape[0]
    G = kvs.shape[0]
    D = V.shape[3]
    acc = np.zeros(D)
    for b in range(B):
        n = lengths[b]
        off = offsets[b]
        for j in range(m):
            q = n - m + j
            qf = float(q)
            r = row_values(F, b, qf, n)
            for g in range(G):
                h = kvs[g]
                total = _row_sum(F, b, q, n, r, V[b, h, off:], acc)
                if total > 0.0:
                    for d in range(D):
                        out[b, heads[g], j, d] = acc[d] / total
                else:
                    fallback_row(V, b, h, off, q, fallback, out, heads[g], j)


# Each kernel in two builds: parallel over rows for large work, serial for
# small work, where waking a thread pool costs more than the work (and, on a
# busy machine, a whole scheduler time slice).
head_output_parallel, head_output_serial = two_builds(head_output)
head_pattern_parallel, head_pattern_serial = two_builds(head_pattern)
selector_pattern_parallel, selector_pattern_serial = two_builds(selector_pattern)
# Linear kernels run serially: they cost O(T·d) per running sum, and a
# parallel build would cost more to compile (per program) than it saves.
linear_output_serial = njit(cache=True)(linear_output)
linear_pattern_serial = njit(cache=True)(linear_pattern)
# Decoding kernels run serially: a step is a few rows, too little work to wake a thread pool.
decode_output_serial = njit(cache=True)(decode_output)

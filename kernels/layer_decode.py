"""One decode step of a layer with substituted heads, in one Numba call.

The layer's native heads attend over the KV cache in place
(:func:`headprog.kernels.native_decode.attend_head`), and every head whose
program is linear (:mod:`headprog.compiler.linear`) advances its running sums
by the new keys and writes its new queries. The programs come as bytecode
(:mod:`headprog.compiler.lower_bytecode`), run by the small interpreter
:func:`evaluate`: no code is compiled per program, and a step costs one
kernel call per layer however many programs the layer has.

The decoding itself is ``linear_decode`` of the Numba template, with the
generated scalar functions replaced by bytecode: per row and head, each
running sum from key 0 (or from its lower bound) to the last folded key,
``done`` keys folded so far (0: start the row over), a bounded sum summed
afresh over its span when its bound moved.

Layouts: ``query`` (B, Hq, 1, D), ``keys`` / ``values`` (B, KV, W, D) float32
cache tensors, row b's key k at column ``offsets[b] + k``; ``out`` (B, H, m,
D) float32; ``F`` (B, rows, N) float32 features in each row's own positions;
``acc`` (B, acc_width, D + 1) float64, ``lows`` (B, sums) int64, ``kept`` and
``done`` (B, programs) int64, the state carried from step to step.
"""

from __future__ import annotations

import math

import numpy as np
from numba import carray, njit, prange

from headprog.kernels.native_decode import attend_head
from headprog.kernels.numba_runtime import fallback_row, float32_at, is_new_key, two_builds, value_slot

# Opcodes of the bytecode: (op, a, b) rows; jump targets are relative to the expression's start.
CONST, VAR_Q, VAR_K, FEAT_Q, FEAT_K, FEAT = 0, 1, 2, 3, 4, 5  # FEAT: row a, sentinel consts[b], position popped
NEG, NOT, ABS, EXP = 6, 7, 8, 9  # EXP: argument clamped at consts[a]
ADD, SUB, MUL, DIV, MIN, MAX = 10, 11, 12, 13, 14, 15
EQ, NE, LT, LE, GT, GE = 16, 17, 18, 19, 20, 21
DECAY, TABLE = 22, 23  # DECAY: rate consts[a]; TABLE: values consts[a : a + b]
JUMP_IF_ZERO, JUMP_IF_NONZERO, JUMP = 24, 25, 26  # the first two pop their condition

# The integer table: a header of segment starts and counts, then the segments (each 2D one row-major).
T_CODE, T_EXPRS, T_SUMS, T_PROGRAMS, T_HEADS, T_SPARSE, T_MATCHES = 0, 1, 2, 3, 4, 5, 6  # header slot of each segment's start
T_COUNT = 7  # header slots T_COUNT + segment: each segment's row count
T_STACK, T_MAX_MATCHES, T_RATIOS = 14, 15, 16  # stack depth, most match terms of a program, start of log ratios in the float table
HEADER = 17

# Columns of the programs table. A program's slots in ``acc``: its heads' running sums from P_ACC_START (head g,
# sum j at + g * sums + j), then its heads' per-value sums from P_VALUE_START (head g at + g * P_VALUE_COUNT).
P_SUM_START, P_SUM_COUNT, P_SPARSE_START, P_SPARSE_COUNT, P_SPARSE_SCORE = 0, 1, 2, 3, 4
P_MATCH_START, P_MATCH_COUNT, P_HEAD_START, P_HEAD_COUNT, P_FALLBACK, P_ACC_START = 5, 6, 7, 8, 9, 10
P_VALUE_START, P_VALUE_COUNT = 11, 12
PROGRAM_COLUMNS = 13
# Columns of the matches table.
M_QUERY, M_ROW, M_TERM, M_VALUES, M_KEY_WEIGHT, M_QUERY_FACTOR, M_STRICT, M_SLOT = 0, 1, 2, 3, 4, 5, 6, 7
MATCH_COLUMNS = 8
SEGMENT_WIDTHS = (3, 2, 3, PROGRAM_COLUMNS, 2, 1, MATCH_COLUMNS)  # columns of code, exprs, sums, programs, heads, sparse, matches


@njit(cache=True)
def evaluate(code, consts, exprs, e, F, b, qf, kf, n, stack):
    """Expression ``e`` at query position ``qf`` and key position ``kf`` of row ``b`` (float64)."""
    start = exprs[e, 0]
    end = exprs[e, 1]
    pc = start
    sp = 0
    while pc < end:
        op = code[pc, 0]
        a = code[pc, 1]
        pc += 1
        if op == CONST:
            stack[sp] = consts[a]
            sp += 1
        elif op == VAR_Q:
            stack[sp] = qf
            sp += 1
        elif op == VAR_K:
            stack[sp] = kf
            sp += 1
        elif op == FEAT_Q:
            stack[sp] = float(F[b, a, int(qf)])
            sp += 1
        elif op == FEAT_K:
            stack[sp] = float(F[b, a, int(kf)])
            sp += 1
        elif op == FEAT:
            p = int(stack[sp - 1])
            stack[sp - 1] = consts[code[pc - 1, 2]] if p < 0 or p >= n else float(F[b, a, p])
        elif op <= EXP:
            x = stack[sp - 1]
            if op == NEG:
                stack[sp - 1] = -x
            elif op == NOT:
                stack[sp - 1] = 1.0 if x == 0.0 else 0.0
            elif op == ABS:
                stack[sp - 1] = abs(x)
            else:
                stack[sp - 1] = math.exp(min(x, consts[a]))
        elif op <= GE:
            sp -= 1
            x = stack[sp - 1]
            y = stack[sp]
            if op == ADD:
                r = x + y
            elif op == SUB:
                r = x - y
            elif op == MUL:
                r = x * y
            elif op == DIV:
                r = x / y
            elif op == MIN:
                r = min(x, y)
            elif op == MAX:
                r = max(x, y)
            elif op == EQ:
                r = 1.0 if x == y else 0.0
            elif op == NE:
                r = 1.0 if x != y else 0.0
            elif op == LT:
                r = 1.0 if x < y else 0.0
            elif op == LE:
                r = 1.0 if x <= y else 0.0
            elif op == GT:
                r = 1.0 if x > y else 0.0
            else:
                r = 1.0 if x >= y else 0.0
            stack[sp - 1] = r
        elif op == DECAY:
            stack[sp - 1] = math.exp(-max(stack[sp - 1], 0.0) * consts[a])
        elif op == TABLE:
            x = stack[sp - 1]
            stack[sp - 1] = consts[a + int(x)] if 0.0 <= x < float(code[pc - 1, 2]) else 0.0
        elif op == JUMP:
            pc = start + a
        else:
            sp -= 1
            if (stack[sp] == 0.0) == (op == JUMP_IF_ZERO):
                pc = start + a
    return stack[0]


@njit(inline="always", cache=True)
def _window_sum(bc, F, b, n, values, kv, off, s, first, q, acc, slot, stack):
    """Running sum ``s`` over keys first..q alone, decayed to q, into ``acc[b, slot]``: O((q - first + 1)·d)."""
    code, consts, exprs, sums, log_ratios = bc[0], bc[1], bc[2], bc[3], bc[4]
    D = values.shape[3]
    for d in range(D + 1):
        acc[b, slot, d] = 0.0
    for k in range(first, q + 1):
        w = evaluate(code, consts, exprs, sums[s, 0], F, b, 0.0, float(k), n, stack) * math.exp((q - k) * log_ratios[s])
        if w != 0.0:
            for d in range(D):
                acc[b, slot, d] += w * values[b, kv, off + k, d]
            acc[b, slot, D] += w


@njit(inline="always", cache=True)
def _match_keys(bc, p, F, b, q, n, keys, scores, stack):
    """The keys 0..q matching program p's match terms at query q, with their scores; returns how many."""
    code, consts, exprs, programs, matches = bc[0], bc[1], bc[2], bc[5], bc[8]
    count = 0
    qf = float(q)
    for i in range(programs[p, P_MATCH_START], programs[p, P_MATCH_START] + programs[p, P_MATCH_COUNT]):
        if matches[i, M_VALUES] > 0:
            continue  # summed per value (_value_sums)
        wanted = evaluate(code, consts, exprs, matches[i, M_QUERY], F, b, qf, 0.0, n, stack)
        row = matches[i, M_ROW]
        for k in range(q + 1):
            if F[b, row, k] == wanted:
                s = evaluate(code, consts, exprs, matches[i, M_TERM], F, b, qf, float(k), n, stack)
                if s != 0.0:
                    keys[count] = k
                    scores[count] = s
                    count += 1
    return count


@njit(inline="always", cache=True)
def _value_sums(bc, p, g, kv, F, b, q, n, values, off, acc, row, stack):
    """Head g of program p at query q: each match summed per value adds its query's value's sum; returns the weight.

    The sums hold keys 0..q-1 (key q is folded after its query is written):
    a match that is not strict adds key q itself where it has the query's value.
    """
    code, consts, exprs, programs, matches = bc[0], bc[1], bc[2], bc[5], bc[8]
    D = values.shape[3]
    qf = float(q)
    base = programs[p, P_VALUE_START] + g * programs[p, P_VALUE_COUNT]
    added = 0.0
    for i in range(programs[p, P_MATCH_START], programs[p, P_MATCH_START] + programs[p, P_MATCH_COUNT]):
        count = matches[i, M_VALUES]
        if count == 0:
            continue
        wanted = value_slot(evaluate(code, consts, exprs, matches[i, M_QUERY], F, b, qf, 0.0, n, stack), count)
        if wanted < 0:
            continue
        c = evaluate(code, consts, exprs, matches[i, M_QUERY_FACTOR], F, b, qf, 0.0, n, stack)
        if c == 0.0:
            continue
        slot = base + matches[i, M_SLOT] + wanted
        if matches[i, M_STRICT] == 0 and value_slot(float(F[b, matches[i, M_ROW], q]), count) == wanted:
            w = evaluate(code, consts, exprs, matches[i, M_KEY_WEIGHT], F, b, 0.0, qf, n, stack)
            for d in range(D):
                row[d] += c * (acc[b, slot, d] + w * values[b, kv, off + q, d])
            row[D] += c * (acc[b, slot, D] + w)
            added += c * (acc[b, slot, D] + w)
        else:
            for d in range(D + 1):
                row[d] += c * acc[b, slot, d]
            added += c * acc[b, slot, D]
    return added


@njit(inline="always", cache=True)
def _fold_values(bc, p, F, b, q, n, values, off, acc, stack):
    """Key q joins, for every head of program p, the sum of its value in each match summed per value."""
    code, consts, exprs, programs, heads, matches = bc[0], bc[1], bc[2], bc[5], bc[6], bc[8]
    D = values.shape[3]
    h0 = programs[p, P_HEAD_START]
    for i in range(programs[p, P_MATCH_START], programs[p, P_MATCH_START] + programs[p, P_MATCH_COUNT]):
        count = matches[i, M_VALUES]
        if count == 0:
            continue
        own = value_slot(float(F[b, matches[i, M_ROW], q]), count)
        if own < 0:
            continue
        w = evaluate(code, consts, exprs, matches[i, M_KEY_WEIGHT], F, b, 0.0, float(q), n, stack)
        if w == 0.0:
            continue
        for g in range(programs[p, P_HEAD_COUNT]):
            kv = heads[h0 + g, 1]
            slot = programs[p, P_VALUE_START] + g * programs[p, P_VALUE_COUNT] + matches[i, M_SLOT] + own
            for d in range(D):
                acc[b, slot, d] += w * values[b, kv, off + q, d]
            acc[b, slot, D] += w


@njit(inline="always", cache=True)
def _write_query(bc, p, F, b, q, n, jq, values, off, out, acc, lows, keys, scores, count, row, picked, factors, stack):
    """Query q of row b for every head of program p: its running sums, selected keys and matches, normalised."""
    code, consts, exprs, programs, sums, sparse, heads = bc[0], bc[1], bc[2], bc[5], bc[3], bc[7], bc[6]
    D = values.shape[3]
    qf = float(q)
    s0, ns = programs[p, P_SUM_START], programs[p, P_SUM_COUNT]
    k0, nk = programs[p, P_SPARSE_START], programs[p, P_SPARSE_COUNT]
    h0 = programs[p, P_HEAD_START]
    for i in range(nk):
        picked[i] = evaluate(code, consts, exprs, sparse[k0 + i], F, b, qf, 0.0, n, stack)
    for j in range(ns):
        factors[j] = evaluate(code, consts, exprs, sums[s0 + j, 1], F, b, qf, 0.0, n, stack)
    for g in range(programs[p, P_HEAD_COUNT]):
        head, kv = heads[h0 + g, 0], heads[h0 + g, 1]
        for d in range(D + 1):
            row[d] = 0.0
        scale = 0.0
        for j in range(ns):
            c = factors[j]
            if c == 0.0 or lows[b, s0 + j] > q:
                continue
            slot = programs[p, P_ACC_START] + g * ns + j
            for d in range(D + 1):
                row[d] += c * acc[b, slot, d]
            scale += c * acc[b, slot, D]
        for i in range(nk):
            if is_new_key(picked, i, qf):
                kk = int(picked[i])
                s = evaluate(code, consts, exprs, programs[p, P_SPARSE_SCORE], F, b, qf, float(kk), n, stack)
                if s != 0.0:
                    for d in range(D):
                        row[d] += s * values[b, kv, off + kk, d]
                    row[D] += s
                    scale += s
        for i in range(count):
            s = scores[i]
            for d in range(D):
                row[d] += s * values[b, kv, off + keys[i], d]
            row[D] += s
            scale += s
        if programs[p, P_VALUE_COUNT] > 0:
            scale += _value_sums(bc, p, g, kv, F, b, q, n, values, off, acc, row, stack)
        total = row[D]
        if total > 1e-12 * scale and total > 0.0:
            for d in range(D):
                out[b, head, jq, d] = row[d] / total
        else:
            fallback_row(values, b, kv, off, q, programs[p, P_FALLBACK], out, head, jq)


@njit(inline="always", cache=True)
def _decode_program(bc, p, b, F, lengths, values, offsets, m, out, acc, lows, kept, done, keys, scores, row, picked, factors, stack):
    """Program p's heads in row b: fold keys ``done[b, p]``..n-1 into the running sums, write the last m queries."""
    code, consts, exprs, sums, log_ratios, programs, heads = bc[0], bc[1], bc[2], bc[3], bc[4], bc[5], bc[6]
    D = values.shape[3]
    s0, ns = programs[p, P_SUM_START], programs[p, P_SUM_COUNT]
    h0, nh = programs[p, P_HEAD_START], programs[p, P_HEAD_COUNT]
    a0 = programs[p, P_ACC_START]
    n = lengths[b]
    off = offsets[b]
    if done[b, p] == 0:
        kept[b, p] = -1
        for slot in range(a0, a0 + nh * ns):
            for d in range(D + 1):
                acc[b, slot, d] = 0.0
        v0 = programs[p, P_VALUE_START]
        for slot in range(v0, v0 + nh * programs[p, P_VALUE_COUNT]):
            for d in range(D + 1):
                acc[b, slot, d] = 0.0
    for q in range(done[b, p], n):
        output = q >= n - m
        qf = float(q)
        for j in range(ns):
            s = s0 + j
            bounded = sums[s, 2] >= 0
            if bounded and not output:
                continue  # a bounded sum is only needed at queries that are written
            first = 0
            if bounded:
                first = max(0, int(math.ceil(evaluate(code, consts, exprs, sums[s, 2], F, b, qf, 0.0, n, stack))))
            fresh = bounded and (kept[b, p] != q - 1 or lows[b, s] != first or first > q)
            lows[b, s] = first
            w = 0.0 if fresh else evaluate(code, consts, exprs, sums[s, 0], F, b, 0.0, qf, n, stack)
            ratio = math.exp(log_ratios[s])
            for g in range(nh):
                kv = heads[h0 + g, 1]
                slot = a0 + g * ns + j
                if fresh:
                    _window_sum(bc, F, b, n, values, kv, off, s, first, q, acc, slot, stack)
                    continue
                for d in range(D):
                    acc[b, slot, d] = acc[b, slot, d] * ratio + w * values[b, kv, off + q, d]
                acc[b, slot, D] = acc[b, slot, D] * ratio + w
        if output:
            kept[b, p] = q
            count = _match_keys(bc, p, F, b, q, n, keys, scores, stack)
            _write_query(bc, p, F, b, q, n, q - (n - m), values, off, out, acc, lows, keys, scores, count, row, picked, factors, stack)
        if programs[p, P_VALUE_COUNT] > 0:
            _fold_values(bc, p, F, b, q, n, values, off, acc, stack)  # after its query: the sums hold keys before q
    done[b, p] = n


@njit(inline="always", cache=True)
def _segment(itab, which):
    start, rows, width = itab[which], itab[T_COUNT + which], SEGMENT_WIDTHS[which]
    return itab[start : start + rows * width].reshape(rows, width)


def decode_layer(query, keys, values, out, native, F, lengths, offsets, m, scale, itab, ftab, acc, counters):
    """Native heads (one new query per row) then every linear program of the layer; writes ``out`` in place.

    ``native`` (3, n): the query head in ``query``, the head in ``out`` and
    the KV head of each native head, attending from cache column
    ``offsets[b]``; none: shape (3, 0). ``itab`` / ``ftab``: the layer's
    bytecode, packed (:attr:`~headprog.compiler.lower_bytecode.LinearBytecode.itab`);
    ``counters`` (B, sums + 2 programs): ``lows``, ``kept`` and ``done``.
    """
    batch, count = query.shape[0], native.shape[1]
    n_sums, n_programs = itab[T_COUNT + T_SUMS], itab[T_COUNT + T_PROGRAMS]
    bc = (
        _segment(itab, T_CODE), ftab[: itab[T_RATIOS]], _segment(itab, T_EXPRS), _segment(itab, T_SUMS), ftab[itab[T_RATIOS] :],
        _segment(itab, T_PROGRAMS), _segment(itab, T_HEADS), itab[itab[T_SPARSE] : itab[T_SPARSE] + itab[T_COUNT + T_SPARSE]], _segment(itab, T_MATCHES),
    )
    lows, kept, done = counters[:, :n_sums], counters[:, n_sums : n_sums + n_programs], counters[:, n_sums + n_programs :]
    for job in prange(batch * count):
        b, i = job // count, job % count
        attend_head(query, keys, values, b, native[0, i], native[1, i], native[2, i], offsets[b], scale, out, np.empty(keys.shape[2], dtype=np.float32), np.empty(keys.shape[3], dtype=np.float32))
    # Every (program, row) is its own job: its running sums, counters and output rows are its alone.
    for job in prange(n_programs * batch):
        p, b = job // batch, job % batch
        match_keys = np.empty(max(1, itab[T_MAX_MATCHES] * lengths[b]), dtype=np.int64)
        match_scores = np.empty(match_keys.shape[0])
        row = np.empty(values.shape[3] + 1)
        picked = np.empty(max(1, itab[T_COUNT + T_SPARSE]))
        factors = np.empty(max(1, n_sums))
        stack = np.empty(itab[T_STACK])
        _decode_program(bc, p, b, F, lengths, values, offsets, m, out, acc, lows, kept, done, match_keys, match_scores, row, picked, factors, stack)


decode_layer_parallel, decode_layer_serial = two_builds(decode_layer)


@njit(inline="always", cache=True)
def _tensors_at(query_at, keys_at, values_at, batch, query_heads, kv_heads, width, dim):
    """The query (batch, query_heads, 1, dim) and the cache's keys and values (batch, kv_heads, width, dim), C-ordered
    float32 at their addresses."""
    query = carray(float32_at(query_at), (batch, query_heads, 1, dim))
    keys = carray(float32_at(keys_at), (batch, kv_heads, width, dim))
    values = carray(float32_at(values_at), (batch, kv_heads, width, dim))
    return query, keys, values


# decode_layer over tensors given by address, one build per kind of decode_layer. A decode step paid a conversion
# to NumPy per tensor and layer (several microseconds each, on cold code); an address is one integer. The caller
# checks the layouts (those _tensors_at reads) and keeps the tensors alive for the call.


@njit(cache=True)
def decode_layer_at_parallel(query_at, keys_at, values_at, batch, query_heads, kv_heads, width, dim, out, native, F, lengths, offsets, m, scale, itab, ftab, acc, counters):
    query, keys, values = _tensors_at(query_at, keys_at, values_at, batch, query_heads, kv_heads, width, dim)
    decode_layer_parallel(query, keys, values, out, native, F, lengths, offsets, m, scale, itab, ftab, acc, counters)


@njit(cache=True)
def decode_layer_at_serial(query_at, keys_at, values_at, batch, query_heads, kv_heads, width, dim, out, native, F, lengths, offsets, m, scale, itab, ftab, acc, counters):
    query, keys, values = _tensors_at(query_at, keys_at, values_at, batch, query_heads, kv_heads, width, dim)
    decode_layer_serial(query, keys, values, out, native, F, lengths, offsets, m, scale, itab, ftab, acc, counters)

"""Host decoding kernels: each new query's output from the cache, equal to a full recompute and to the reference.

The cache layout of a serving batch is used throughout: values (B, kv_heads,
width, D) with each row left-padded (its key k at column offsets[b] + k),
several query heads per program reading their own KV head.
"""

from __future__ import annotations

import numpy as np
import pytest

from headprog.compiler.compiling import compile_program
from headprog.language import parse_text
from headprog.testing import ProgramGenerator

HEADER = '"""\nheadprog: 1\nfeatures: v4\n"""\n\n\n'

BODIES = [
    # selectors and bands
    ("(k == q - 1) * 1.0", "weights", "first"),
    ("(k == sentence_start(q)) + (k == 0) * 0.5", "weights", "self"),
    ("(q - k <= 3) * decay(q - k, 2.0) - 0.2", "weights", "uniform"),
    # linear programs: running sums, lower bounds (history), selected keys, token matches
    ("decay(q - k, 8.0)", "weights", "first"),
    ("2.0 * (prev_token(k) == token(q)) + (token(k) == token(q)) + 0.1 * decay(q - k, 16.0)", "weights", "first"),
    ("0.5 * is_punct(k) + (k >= sentence_start(q)) * decay(q - k, 3.0) + 2.0 * (k == q - 1) + (k == 0) * decay(q, 32.0)", "weights", "self"),
    ("(k == last(is_digit, q)) * 1.0 + is_digit(k) * (k >= sentence_start(q))", "weights", "uniform"),
    # matches summed per word_class value (strict and not), beside a searched one
    ("0.3 * (k < q and word_class(k) == word_class(q)) + 0.5 * is_word_start(k) * (word_class(k) == word_class(q - 1)) + (k < q and token(k) == token(q)) + decay(q - k, 10.0)", "weights", "self"),
    # dense programs outside the linear class
    ("1 - is_punct(k)", "weights", "first"),
    ("decay(q - k, 8.0) + 2.0 * (k == 0)", "softmax", "first"),
    # decays and tables read from the distance table, a match, rows with no positive score (the fallback)
    ("0.6 * (k < q and word_class(k) == word_class(q)) + table(word_class(q), 0.5, 1.0) * (k == q) + decay(q - k, 3.0) - 0.5 * decay(q - k, 30.0)", "softmax", "first"),
    ("is_punct(k) - 0.5 * decay(q - k, 2.0) + 0.2 * (prev_token(k) == token(q))", "weights", "uniform"),
]


def program(body: str, normalize: str, fallback: str):
    text = HEADER + f'@program(normalize="{normalize}", fallback="{fallback}")\ndef p(q, k):\n    return {body}\n'
    return parse_text(text).program()


def cache_layout(features, lengths, values, kv_heads: int = 2):
    """Values of each row left-padded into a (B, kv_heads, width, D) cache, a different V per KV head."""
    batch, _, width = features.shape
    offsets = (width - lengths).astype(np.int64)
    rng = np.random.default_rng(5)
    cache = np.zeros((batch, kv_heads, width, values.shape[2]), dtype=np.float32)
    own = np.zeros((batch, kv_heads, width, values.shape[2]), dtype=np.float32)  # each row from column 0
    for b, n in enumerate(lengths):
        for h in range(kv_heads):
            v = values[b, :n] * (1.0 + h) + rng.standard_normal(values[b, :n].shape).astype(np.float32) * h
            cache[b, h, offsets[b] :] = v
            own[b, h, :n] = v
    return cache, own, offsets


def full_outputs(head, features, lengths, own, kvs):
    """The whole forward's outputs per KV head read: {kv: (B, width, D)}."""
    return {kv: head.output(features, np.ascontiguousarray(own[:, kv]), lengths) for kv in set(kvs)}


@pytest.mark.parametrize("body, normalize, fallback", BODIES)
@pytest.mark.parametrize("new", [1, 3])
def test_decoding_equals_full_recompute(body, normalize, fallback, new, batch):
    features, lengths, values = batch
    cache, own, offsets = cache_layout(features, lengths, values)
    kvs, heads = np.array([1, 0, 1]), np.array([4, 0, 2])
    p = program(body, normalize, fallback)
    for backend in ("numba", "reference"):
        head = compile_program(p, backend)
        full = full_outputs(compile_program(p, "reference"), features, lengths, own, kvs)
        keep = lengths >= new
        written = np.full((int(keep.sum()), 5, new, values.shape[2]), np.nan, dtype=np.float32)
        head.decode(features[keep], lengths[keep], cache[keep], offsets[keep], kvs, heads, written, new, {})
        for i, b in enumerate(np.flatnonzero(keep)):
            n = lengths[b]
            for kv, h in zip(kvs, heads):
                np.testing.assert_allclose(written[i, h], full[kv][b, n - new : n], atol=2e-5, err_msg=f"{backend} row {b} head {h}")


@pytest.mark.parametrize("body, normalize, fallback", BODIES[3:8])  # the linear ones
def test_carried_running_sums_step_by_step(body, normalize, fallback, batch):
    """Decoding one token at a time with the carried state equals recomputing the whole prefix each step."""
    features, lengths, values = batch
    rows = lengths >= 40
    features, lengths, values = features[rows], lengths[rows], values[rows]
    cache, own, offsets = cache_layout(features, lengths, values)
    kvs, heads = np.array([0, 1]), np.array([0, 1])
    p = program(body, normalize, fallback)
    head = compile_program(p, "numba")
    assert head.structure.linear is not None
    full = full_outputs(compile_program(p, "reference"), features, lengths, own, kvs)
    carried: dict = {}
    start = 30
    for step in range(start, 40):
        # a batch whose rows all end at column `step` of their own: cut every row to `step` tokens
        cut_lengths = np.full(len(lengths), step, dtype=np.int64)
        cut_cache = np.zeros((len(lengths), 2, step, values.shape[2]), dtype=np.float32)
        for b in range(len(lengths)):
            cut_cache[b] = own[b, :, :step]
        out = np.zeros((len(lengths), 2, 1, values.shape[2]), dtype=np.float32)
        head.decode(features, cut_lengths, cut_cache, np.zeros(len(lengths), dtype=np.int64), kvs, heads, out, 1, carried)
        assert (carried["counters"][:, -1] == step).all()  # keys folded so far: the last column (one program)
        for b in range(len(lengths)):
            for kv, h in zip(kvs, heads):
                np.testing.assert_allclose(out[b, h, 0], full[kv][b, step - 1], atol=2e-5)


@pytest.mark.parametrize("body, normalize, fallback", BODIES[3:8])  # the linear ones
def test_a_forward_leaves_the_running_sums_decoding_continues_from(body, normalize, fallback, batch):
    """The sums a forward returns equal the unbounded sums a decode call folds over the same keys."""
    features, lengths, values = batch
    cache, own, offsets = cache_layout(features, lengths, values)
    head = compile_program(program(body, normalize, fallback), "numba")
    _, sums = head.output_with_sums(features, own[:, 0], lengths)
    carried: dict = {}
    out = np.zeros((len(lengths), 1, 1, values.shape[2]), dtype=np.float32)
    head.decode(features, lengths, cache, offsets, np.array([0]), np.array([0]), out, 1, carried)
    linear = head.structure.linear
    for j, group in enumerate(linear.groups):
        if group.lower is None:  # a bounded sum holds its current span, not the prefix
            np.testing.assert_allclose(carried["acc"][:, j], sums[:, j], rtol=1e-12, atol=1e-12)
    per_value = slice(len(linear.groups), linear.state_rows)  # then the per-value sums, in the same order
    np.testing.assert_allclose(carried["acc"][:, per_value], sums[:, per_value], rtol=1e-12, atol=1e-12)


def test_generated_programs_decode_like_the_reference(batch):
    """Seeded generated programs of every class: numba decoding equals reference decoding."""
    features, lengths, values = batch
    cache, _, offsets = cache_layout(features, lengths, values)
    kvs, heads = np.array([0, 1]), np.array([1, 0])
    kinds = set()
    for seed in range(24):
        p = parse_text(ProgramGenerator(seed).program_text()).program()
        numba_head, ref = compile_program(p, "numba"), compile_program(p, "reference")
        kinds.add(numba_head.structure.kind + ("-linear" if numba_head.structure.linear is not None else ""))
        got = np.zeros((len(lengths), 2, 1, values.shape[2]), dtype=np.float32)
        want = np.zeros_like(got)
        numba_head.decode(features, lengths, cache, offsets, kvs, heads, got, 1, {})
        ref.decode(features, lengths, cache, offsets, kvs, heads, want, 1, {})
        np.testing.assert_allclose(got, want, atol=2e-5, err_msg=f"seed {seed}")
    assert len(kinds) >= 3, kinds

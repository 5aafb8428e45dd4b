"""Structure analysis, caching, and Numba = reference on generated programs."""

from __future__ import annotations

import numpy as np
import pytest

from headprog.compiler.compiling import compile_program
from headprog.language import parse_text
from headprog.testing import ProgramGenerator

HEADER = '"""\nheadprog: 1\nfeatures: v1\n"""\n\n\n'


def program(body: str, normalize: str = "weights", fallback: str = "first"):
    text = HEADER + f'@program(normalize="{normalize}", fallback="{fallback}")\ndef p(q, k):\n    return {body}\n'
    return parse_text(text).program()


@pytest.mark.parametrize(
    "body, kind, detail",
    [
        ("k == q - 1", "selector", 1),
        ("(k == q - 1) + 0.3 * (k == 0)", "selector", 2),
        ("(k == sentence_start(q)) * is_capitalized(k)", "selector", 1),
        ("2.0 * (k == last(is_punct, q)) + (k == q)", "selector", 2),
        ("(q - k <= 4) * decay(q - k, 2.0)", "band", 4),
        ("(k >= q - 3) and not is_punct(k)", "band", 3),
        ("(k == q - 2) + (q - k < 5)", "band", 4),
        ("prev_token(k) == token(q)", "dense", 0),
        ("decay(q - k, 8.0)", "dense", 0),
        ("1", "dense", 0),
        ("(k == q - 1) + (k == sentence_start(q)) * 0 + is_punct(k)", "dense", 0),
    ],
)
def test_structure_classes(body, kind, detail):
    s = compile_program(program(body), "reference").structure
    assert s.kind == kind
    if kind == "selector":
        assert len(s.keys) == detail
    if kind == "band":
        assert s.window == detail


def test_softmax_programs_are_dense():
    assert compile_program(program("k == q - 1", normalize="softmax"), "reference").structure.kind == "dense"


def test_compiled_heads_are_cached_by_content():
    a = compile_program(program("(k == q - 1) + 0.5"), "numba")
    b = compile_program(program("(k == q - 1) + 0.5"), "numba")
    c = compile_program(program("(k == q - 1) + 0.25"), "numba")
    assert a is b and a.cache_key != c.cache_key
    assert a.cache_key.startswith("numba-v1-")
    assert "# def program(q, k):" in a.source  # the program is quoted, as comments (in its canonical form)


def test_selector_output_is_a_gather(batch):
    features, lengths, values = batch
    head = compile_program(program("(k == q - 1) + 0.5 * (k == 0)", fallback="self"), "numba")
    idx, w = head.kernels.sparse_pattern(features, lengths)
    dense = head.pattern(features, lengths)
    rebuilt = np.zeros_like(dense)
    for b in range(idx.shape[0]):
        for q in range(int(lengths[b])):
            for j in range(idx.shape[2]):
                if idx[b, q, j] >= 0:
                    rebuilt[b, q, idx[b, q, j]] += w[b, q, j]
    np.testing.assert_allclose(rebuilt, dense, atol=1e-6)


def _compare(head, ref, features, lengths, values):
    np.testing.assert_allclose(head.pattern(features, lengths), ref.pattern(features, lengths), atol=1e-5)
    np.testing.assert_allclose(head.output(features, values, lengths), ref.output(features, values, lengths), atol=1e-5)


@pytest.mark.parametrize("seed", range(12))
def test_numba_matches_reference_on_generated_programs(seed, batch):
    features, lengths, values = batch
    p = parse_text(ProgramGenerator(seed).program_text()).program()
    _compare(compile_program(p, "numba"), compile_program(p, "reference"), features, lengths, values)


@pytest.mark.parametrize("fallback", ["first", "self", "uniform"])
def test_fallback_rows(fallback, batch):
    features, lengths, values = batch
    p = program("(k == last(is_digit, q)) * 1.0", fallback=fallback)  # empty until a digit appears
    _compare(compile_program(p, "numba"), compile_program(p, "reference"), features, lengths, values)
    pattern = compile_program(p, "reference").pattern(features, lengths)
    for b, n in enumerate(lengths):
        np.testing.assert_allclose(pattern[b, :n, :n].sum(axis=1), 1.0, atol=1e-5)
        assert np.all(np.triu(pattern[b], 1) == 0)


def test_output_accepts_torch_tensors(batch):
    torch = pytest.importorskip("torch")
    features, lengths, values = batch
    head = compile_program(program("(q - k <= 2) * 1.0"), "numba")
    out = head.output(features, torch.from_numpy(values), lengths)
    assert isinstance(out, torch.Tensor)
    np.testing.assert_allclose(out.numpy(), head.output(features, values, lengths), atol=1e-6)


DENSE_CASES = [
    ("-0.5 * (q - k) + 2.0 * is_punct(k) + (prev_token(k) == token(q)) * 3.0", "softmax", "first"),
    ("(word_start(k) == k) * 1.5 - decay(q - k, 4.0) + decay(q - k, 9.0) * is_capitalized(q) + (count(k) == 1)", "softmax", "self"),
    ("(token(k) == token(q)) * (k != q) - 0.1 * is_newline(k)", "weights", "uniform"),  # negative scores clip
    ("max(count(k) - 1, 0) * 0.5 - min(q - k, 3) / 4.0 + is_digit(k) * (k == last(is_digit, q))", "weights", "first"),  # empty rows
    ("(lower(k) == lower(q)) * decay(q - k, 3.0) - 0.5 * is_punct(k)", "weights", "self"),
]


@pytest.mark.parametrize("body, normalize, fallback", DENSE_CASES)
@pytest.mark.parametrize("parallel", [False, True])
def test_dense_blocks_match_reference(body, normalize, fallback, parallel, batch, monkeypatch):
    """Dense programs in many small blocks of rows (serial and parallel builds) equal the reference, padding included."""
    from headprog.compiler import lower_numba

    features, lengths, values = batch
    p = program(body, normalize, fallback)
    head = compile_program(p, "numba")
    assert head.structure.kind == "dense" and head.structure.linear is None
    monkeypatch.setattr(lower_numba, "DENSE_BLOCK_PAIRS", 64)
    monkeypatch.setattr(lower_numba, "DENSE_MIN_ROWS", 7)  # rows per block not dividing any length
    monkeypatch.setattr(lower_numba, "PARALLEL_MIN_PAIRS", 0 if parallel else 1 << 40)
    expected = compile_program(p, "reference").output(features, values, lengths)
    np.testing.assert_allclose(head.output(features, values, lengths), expected, atol=1e-5)


def test_dense_score_splits_into_key_distance_and_pair_parts():
    from headprog.compiler.codegen import dense_parts, distance_decays

    body = "is_punct(k) + 0.5 * decay(q - k, 4.0) - 0.1 * (q - k) + is_capitalized(q) * decay(q - k, 9.0) + is_digit(q) + (token(k) == token(q))"
    parts = dense_parts(program(body).expr, softmax=False)
    assert "q" not in parts.key.deps and "k" in parts.key.deps
    assert parts.distance_node is not None and parts.distance.size > 1
    assert [float(d.half_life) for d in distance_decays(parts.pair)] == [9.0]
    assert "k" in parts.pair.deps and "q" in parts.pair.deps
    # softmax drops the terms of q alone (a row constant); weights mode keeps them, since scores clip at 0
    kept = dense_parts(program(body, "softmax").expr, softmax=False).pair
    dropped = dense_parts(program(body, "softmax").expr, softmax=True).pair
    assert dropped.size < kept.size
    assert distance_decays(program("decay(abs(k - sentence_start(q)), 3.0)").expr) == []


def test_parallel_and_serial_builds_are_cached_apart():
    """Numba's disk cache ignores flags: each build needs its own entry, or the next process runs the wrong one."""
    from headprog.kernels import numba_dense, numba_template

    for parallel, serial in [
        (numba_template.head_output_parallel, numba_template.head_output_serial),
        (numba_template.head_pattern_parallel, numba_template.head_pattern_serial),
        (numba_template.selector_pattern_parallel, numba_template.selector_pattern_serial),
        (numba_dense.dense_scores_parallel, numba_dense.dense_scores_serial),
    ]:
        assert parallel.targetoptions["parallel"] is True and serial.targetoptions["parallel"] is False
        assert parallel.py_func.__qualname__ != serial.py_func.__qualname__  # the cache names its entries by this

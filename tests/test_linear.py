"""Linear programs: running sums, selected keys and token matches equal the reference."""

from __future__ import annotations

import numpy as np
import pytest

from headprog.compiler.compiling import compile_program
from headprog.compiler.linear import nonnegative, plan
from headprog.language import parse_text
from headprog.testing import ProgramGenerator

HEADER = '"""\nheadprog: 1\nfeatures: v4\n"""\n\n\n'


def program(body: str, normalize: str = "weights", fallback: str = "first"):
    text = HEADER + f'@program(normalize="{normalize}", fallback="{fallback}")\ndef p(q, k):\n    return {body}\n'
    return parse_text(text).program()


# (body, running sums, selected keys, matches)
LINEAR = [
    ("decay(q - k, 8.0)", 1, 0, 0),
    ("1", 1, 0, 0),
    ("is_digit(k) * 3.0", 1, 0, 0),
    ("2.0 * (prev_token(k) == token(q)) + (token(k) == token(q)) + 0.1 * decay(q - k, 16.0)", 1, 0, 2),
    ("0.5 * is_punct(k) + (k >= sentence_start(q)) * decay(q - k, 3.0) + 2.0 * (k == q - 1) + (k == 0) * decay(q, 32.0)", 2, 2, 0),
    ("(k < q and token(k) == token(q)) + 0.3 * (q - k <= 4) + is_word_start(q) * is_capitalized(k) * decay(q - k, 10.0)", 2, 0, 1),
    ("(k > last(is_punct, q)) * 0.2 + 1.5 * (count(k) == 1) * decay(q - k, 30.0)", 2, 0, 0),
    ("(k >= sentence_start(q)) * (k > last(is_punct, q)) * decay(q - k, 2.0) * decay(q - k, 6.0)", 1, 0, 0),
    ("is_capitalized(q) * (lower(k) == lower(q)) + (prev_token(k) == token(q - 1)) + 0.01", 1, 0, 2),
    ("(is_punct(k) and k >= word_start(q)) + 0.5 * decay(q - k, 1.0) + 0.5 * decay(q - k, 1.0) * is_word_start(k)", 2, 0, 0),
    ("(k >= q - 3) * 0.0 + (q - k < 3) * decay(q - k, 2.0) + is_sentence_end(k) / 4.0", 2, 0, 0),
    ("(k == last(is_digit, q)) * 1.0 + is_digit(k) * (k >= sentence_start(q))", 1, 1, 0),
    # a token compared with a constant is a key weight (a running sum), not a match
    ("3.0 * (token(k) == 5) + (token(k) == 7 and count(k) == 1) + (k < q and token(k) == token(q))", 1, 0, 1),
    # per-class weights: of keys (a running sum), of the query's sink (a selected key)
    ("table(word_class(k), 0.5, 0.1, 2.0, 0.0, 1.0) + (k == 0) * table(word_class(q), 1.0, 0.0, 3.0) + (k == q) * 0.5", 1, 2, 0),
    ("table(word_class(q), 1.0, 2.0) * table(word_class(k), 0.0, 1.0, 4.0) * decay(q - k, 5.0)", 1, 0, 0),
]

NOT_LINEAR = [
    ("decay(q - k, 8.0)", "softmax"),  # softmax is not linear in its terms
    ("1 - is_punct(k)", "weights"),  # a negative term: the clip at zero matters
    ("(q - k) * is_punct(k)", "weights"),  # a factor of q and k that is no decay, bound or match
    ("min(q - k, 3) * 1.0", "weights"),
    ("decay(q - k, 4.0) - 0.1 * is_punct(k)", "weights"),
    ("(token(k) == token(q)) * (prev_token(k) == prev_token(q)) * -1.0", "weights"),
    ("table(word_class(k), 0.5, -1.0) + 2.0", "weights"),  # a negative entry: the clip at zero matters
]


@pytest.mark.parametrize("body, groups, keys, matches", LINEAR)
def test_linear_programs_equal_the_reference(body, groups, keys, matches, batch):
    features, lengths, values = batch
    p = program(body)
    head = compile_program(p, "numba")
    linear = head.structure.linear
    assert linear is not None, body
    assert (len(linear.groups), len(linear.sparse_keys), len(linear.matches)) == (groups, keys, matches)
    assert "linear in V" in head.structure.describe()
    ref = compile_program(p, "reference")
    np.testing.assert_allclose(head.output(features, values, lengths), ref.output(features, values, lengths), atol=1e-5)
    np.testing.assert_allclose(head.pattern(features, lengths), ref.pattern(features, lengths), atol=1e-6)


# (body, per match: whether it is summed per value of its feature, and whether strictly before q)
VALUE_SUMS = [
    ("0.3 * (k < q and word_class(k) == word_class(q)) + decay(q - k, 10.0)", [(True, True)]),
    ("(word_class(k) == word_class(q)) * is_word_start(k) * table(word_class(q), 0.5, 2.0, 1.0) + 0.01", [(True, False)]),
    ("(k <= q) * (word_class(q - 1) == word_class(k)) * (count(k) == 1) + (k == 0)", [(True, False)]),
    # a decay, and a factor of q and k, keep the search; a many-valued feature too
    ("(word_class(k) == word_class(q)) * decay(q - k, 4.0) + (k < q and token(k) == token(q))", [(False, False), (False, False)]),
    ("(k < q and word_class(k) == word_class(q)) + (word_class(k) == word_class(q)) * (k >= sentence_start(q))", [(True, True), (False, False)]),
]


@pytest.mark.parametrize("body, summed", VALUE_SUMS)
def test_matches_summed_per_value_equal_the_reference(body, summed, batch):
    """A match on a few-valued feature is a running sum per value where the rest of the term allows it."""
    features, lengths, values = batch
    p = program(body)
    head = compile_program(p, "numba")
    linear = head.structure.linear
    assert linear is not None
    assert [(m.sums is not None, m.sums is not None and m.sums.strict) for m in linear.matches] == summed
    ref = compile_program(p, "reference")
    np.testing.assert_allclose(head.output(features, values, lengths), ref.output(features, values, lengths), atol=1e-5)
    np.testing.assert_allclose(head.pattern(features, lengths), ref.pattern(features, lengths), atol=1e-6)


@pytest.mark.parametrize("fallback", ["first", "self", "uniform"])
def test_every_fallback(fallback, batch):
    """Rows with no support (before the first digit) take the fallback."""
    features, lengths, values = batch
    p = program("(k == last(is_digit, q)) * 2.0 + is_digit(k) * decay(q - k, 5.0)", fallback=fallback)
    head = compile_program(p, "numba")
    assert head.structure.linear is not None
    ref = compile_program(p, "reference")
    module = head.kernels.module
    from headprog.kernels.fallback import FALLBACK_CODES

    out, sums = head.output_with_sums(features, values, lengths)
    assert sums is not None and sums.shape == (len(lengths), len(head.structure.linear.groups), values.shape[2] + 1)
    pattern = module.linear_pattern_serial(features, lengths, features.shape[2], FALLBACK_CODES[fallback])
    np.testing.assert_allclose(out, ref.output(features, values, lengths), atol=1e-5)
    np.testing.assert_allclose(pattern, ref.pattern(features, lengths), atol=1e-6)


@pytest.mark.parametrize("body, normalize", NOT_LINEAR)
def test_programs_outside_the_linear_class_keep_the_dense_kernel(body, normalize, batch):
    features, lengths, values = batch
    p = program(body, normalize=normalize)
    head = compile_program(p, "numba")
    assert head.structure.kind == "dense" and head.structure.linear is None
    ref = compile_program(p, "reference")
    np.testing.assert_allclose(head.output(features, values, lengths), ref.output(features, values, lengths), atol=1e-5)


def test_nonnegativity_is_proven_not_guessed():
    expr = program("is_punct(k) * decay(q - k, 2.0) + (k == 0)").expr
    assert nonnegative(expr)
    assert not nonnegative(program("0.5 - is_punct(k)").expr)
    assert not nonnegative(program("sentence_start(k) * 1.0").expr)  # -1 outside the sequence


def test_generated_linear_programs(batch):
    """Seeded generated weights programs: every one the analysis calls linear equals the reference."""
    features, lengths, values = batch
    seen = 0
    for seed in range(200):
        p = parse_text(ProgramGenerator(seed).program_text()).program()
        if plan(p.expr, p.normalize) is None:
            continue
        seen += 1
        head, ref = compile_program(p, "numba"), compile_program(p, "reference")
        np.testing.assert_allclose(head.output(features, values, lengths), ref.output(features, values, lengths), atol=1e-5)
        if seen >= 6:
            break
    assert seen >= 3

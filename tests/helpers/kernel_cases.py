"""Kernel test cases shared by the interpreted (CPU) and the compiled (GPU) Triton tests.

No environment is set here: whether Triton interprets is each test module's choice,
made before triton is first imported.
"""

from __future__ import annotations

import numpy as np

from headprog.compiler import reference
from headprog.compiler.compiling import compile_program
from headprog.features import FEATURE_LIBRARY_VERSION, compute_features, stack_features
from headprog.language import parse_program
from headprog.data.tokens import SimpleTokenizer

ATOL = 1e-5


def make_program(body: str, normalize: str = "weights", fallback: str = "first"):
    text = f'"""\nheadprog: 1\nfeatures: {FEATURE_LIBRARY_VERSION}\n"""\n\n@program(normalize="{normalize}", fallback="{fallback}")\ndef head(q, k):\n    return {body}\n'
    return parse_program(text)


# (body, normalize, fallback, structure kind): every feature, `last` of every class,
# every operator, both normalisations, every fallback, every structure class.
PROGRAMS = [
    # selectors: O(1) keys per row, gathered
    ("(k == q - 1) + 0.25 * (k == 0)", "weights", "first", "selector"),
    ("k == sentence_start(q)", "weights", "self", "selector"),
    ("(k == last(is_punct, q)) + (k == last(is_newline, q)) * 2.0 + (k == last(is_capitalized, q)) * 0.5", "weights", "uniform", "selector"),
    ("(k == last(is_sentence_end, q)) or (k == last(is_digit, q)) or k == last(is_word_start, q)", "weights", "first", "selector"),
    ("(k == word_start(q)) * (is_capitalized(k) + 1)", "weights", "self", "selector"),
    # candidates that often coincide (deduplicated) or fall outside 0..q
    ("(k == sentence_start(q)) + (k == word_start(q)) + (k == q) + (q - k == 2)", "weights", "uniform", "selector"),
    ("0.0 * (k == q)", "weights", "uniform", "selector"),  # every row empty
    # bands
    ("(q - k <= 4) * decay(q - k, 2.0)", "weights", "self", "band"),
    ("(k >= q - 3) * is_punct(k)", "weights", "uniform", "band"),  # many empty rows
    ("(q - k < 8) * (is_word_start(k) and not is_newline(k)) * abs(k - q + 2)", "weights", "first", "band"),
    ("(q - k <= 2) * (1.0 - 2.0 * is_punct(k))", "weights", "uniform", "band"),  # negative scores clip
    ("(q - k) / 7.0 * (q - k < 20)", "weights", "self", "band"),
    # dense
    ("prev_token(k) == token(q)", "weights", "first", "dense"),
    ("(token(k) == token(q)) * (k != q)", "weights", "self", "dense"),
    ("(lower(k) == lower(q)) * exp(-0.3 * (q - k))", "weights", "uniform", "dense"),
    ("max(count(k) - 1, 0) * 0.5 + (1.0 if is_digit(k) else 0.0) - min(q - k, 3) / 4.0", "weights", "uniform", "dense"),
    (
        "(count(q) >= 2) * (k <= q - 2) * (token(k) != token(q)) + (q - k > 5) * 0.1 + (q - k < 3) * is_sentence_end(k)",
        "weights", "first", "dense",
    ),
    ("exp(q - k) * (is_word_start(k) or is_capitalized(k))", "weights", "self", "dense"),  # exp clamp at 80
    (
        "decay(abs(k - sentence_start(q)), 3.0) * (True if is_capitalized(q) else False) + (token(-1) == -1) * (k == word_start(k))",
        "weights", "uniform", "dense",
    ),
    # features at constant positions: scalar loads, and reads before the sequence folded away
    (
        "(token(k) == token(0)) + is_newline(0) * (k == q) + -sentence_start(0) * 0.5 + (last(is_punct, 0) < 0) * (k == 1)",
        "weights", "first", "dense",
    ),
    # softmax (always dense)
    ("-0.5 * (q - k) + 2.0 * is_punct(k) + (prev_token(k) == token(q)) * 3.0", "softmax", "first", "dense"),
    ("exp(q - k) - 3.0 * is_newline(k)", "softmax", "uniform", "dense"),
    ("(word_start(k) == k) * 1.5 - decay(q - k, 4.0) + (count(k) == 1)", "softmax", "self", "dense"),
    # tables: per-class weights of keys and queries, a distance profile, an index out of range
    ("table(word_class(k), 0.5, 0.0, 2.0, 1.0, 0.0, 0.0, 3.0, 0.0, 1.5) + (k == 0) * table(word_class(q), 1.0, 2.0, 0.5)", "weights", "first", "dense"),
    ("table(count(k), 0.0, 1.0, -2.0, 3.0) * (q - k <= 5)", "weights", "uniform", "band"),
    ("table(word_class(k), -1.0, 2.0, 0.5, 0.0, 3.0) + (k == q) * table(word_class(q), 0.5, -2.0) + table(min(q - k, 7), 3.0, 2.0, 1.0, 0.5)", "softmax", "uniform", "dense"),
]  # fmt: skip

TEXTS = [
    "The cat sat on the mat. The cat ran!\nA dog, 42 dogs? Yes: 7 of them.\n\nThe END.",
    "In 2024, Alice met Bob. Bob said: \"hello, Alice!\" Then they left...\nNew line here; and THE cat again.",
    "one two three. one two three! ONE Two three? 1 2 3 4 5\n" * 3,
]
POOL = [" the", " The", "cat", ".", ",", "!", "?", "\n", " 42", "7", " A", "B", " dog", "...", " ", "Hello", " world", ";", "\n\n", "2024", " x", ")"]


def token_stream(rng: np.random.Generator, length: int) -> np.ndarray:
    """Features of one sequence: from real text when long enough, else random pool tokens."""
    if rng.random() < 0.5:
        tok = SimpleTokenizer()
        ids, pieces = tok.tokenize(" ".join(rng.permutation(TEXTS)) * 4)
        start = int(rng.integers(0, max(len(ids) - length, 0) + 1))
        ids, pieces = ids[start : start + length], pieces[start : start + length]
        if len(ids) == length:
            return compute_features(ids, pieces)
    idx = rng.integers(0, len(POOL), size=length)
    ids = [int(i) if rng.random() < 0.9 else int(rng.integers(100, 200)) for i in idx]
    return compute_features(ids, [POOL[i] for i in idx])


def make_batch(lengths, seed: int, d: int = 16):
    rng = np.random.default_rng(seed)
    feats = stack_features([token_stream(rng, n) for n in lengths])
    values = rng.standard_normal((len(lengths), feats.shape[2], d)).astype(np.float32)
    return feats, np.asarray(lengths, dtype=np.int64), values


def check_against_reference(program, feats, lengths, values):
    head = compile_program(program, "triton")
    want_p = reference.patterns(program.expr, feats, lengths, program.normalize, program.fallback)
    want_o = reference.outputs(program.expr, feats, lengths, values, program.normalize, program.fallback)
    got_p = head.pattern(feats, lengths)
    assert got_p.dtype == np.float32 and got_p.shape == want_p.shape
    np.testing.assert_allclose(got_p, want_p, atol=ATOL, rtol=0)
    got_o = head.output(feats, values, lengths)
    assert isinstance(got_o, np.ndarray) and got_o.dtype == np.float32
    np.testing.assert_allclose(got_o, want_o, atol=ATOL, rtol=ATOL)
    return head


def check_case(index: int):
    """PROGRAMS[index] on a padded batch (a single token, T not a multiple of any block, lengths
    across blocks) against the reference; its structure class as listed. Returns the head and its inputs."""
    body, normalize, fallback, kind = PROGRAMS[index]
    program = make_program(body, normalize, fallback)
    feats, lengths, values = make_batch([1, 37, 70, 12], seed=index)
    head = check_against_reference(program, feats, lengths, values)
    assert head.structure.kind == kind
    return head, feats, lengths, values

"""The decoding bytecode: every expression evaluates as the reference evaluates it."""

from __future__ import annotations

import numpy as np
import pytest

from headprog.compiler import reference
from headprog.compiler.lower_bytecode import lower_expressions
from headprog.features import compute_features
from headprog.kernels.layer_decode import evaluate
from headprog.language import parse_text
from headprog.testing import ProgramGenerator

HEADER = '"""\nheadprog: 1\nfeatures: v4\n"""\n\n\n'
WORDS = ["The", " cat", " sat", ".", " It", " was", " 42", " cats", ",", " the", " end", "\n", " Cat", " sat", "."]


def features():
    ids = [hash(w) % 997 for w in WORDS]
    return compute_features(ids, WORDS)


def expression(body: str):
    return parse_text(HEADER + f'@program(normalize="weights", fallback="first")\ndef p(q, k):\n    return {body}\n').program().expr


def all_pairs(node, table) -> np.ndarray:
    """The bytecode's value at every (q, k <= q) of one sequence; NaN above the diagonal."""
    code, consts, exprs, depth = lower_expressions([node])
    t = table.shape[1]
    out = np.full((t, t), np.nan)
    stack = np.empty(depth)
    batch = np.ascontiguousarray(table[None])
    for q in range(t):
        for k in range(q + 1):
            out[q, k] = evaluate(code, consts, exprs, 0, batch, 0, float(q), float(k), t, stack)
    return out


@pytest.mark.parametrize("seed", range(40))
def test_generated_expressions_evaluate_like_the_reference(seed):
    table = features()
    node = parse_text(ProgramGenerator(seed).program_text()).program().expr
    t = table.shape[1]
    with np.errstate(all="ignore"):
        want = np.broadcast_to(reference.evaluate(node, table), (t, t))
    got = all_pairs(node, table)
    lower = np.tril_indices(t)
    np.testing.assert_allclose(got[lower], want[lower], rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize(
    "body, expected",
    [
        ("(k if k > 2 else 7.0)", lambda q, k: float(k) if k > 2 else 7.0),
        ("(k > 2) and (q - k < 3)", lambda q, k: float(k > 2 and q - k < 3)),
        ("(k == 0) or (q - k < 2)", lambda q, k: float(k == 0 or q - k < 2)),
        ("table(k - 2, 0.5, -1.0, 3.0)", lambda q, k: {2: 0.5, 3: -1.0, 4: 3.0}.get(k, 0.0)),
        ("(prev_token(k - 20) == -1) * 1.0", lambda q, k: 1.0),  # a position outside the sequence reads the sentinel
        ("-0.0 * (q - k) + 1.0", lambda q, k: 1.0),
    ],
)
def test_conditionals_tables_and_sentinels(body, expected):
    got = all_pairs(expression(body), features())
    for q in range(got.shape[0]):
        for k in range(q + 1):
            assert got[q, k] == pytest.approx(expected(q, k), rel=1e-12), (q, k)

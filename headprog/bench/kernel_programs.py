"""The kernel suite's four programs, in the DSL and as plain-Python loops (the reference paper's way of writing them).

- ``selector``: a weighted sum of key selectors (a gather per row);
- ``band``: a recency window (a band of keys behind the query);
- ``linear``: token matches and recency, weights normalised: it compiles to
  running sums and token matches (O(T*d) for ``pattern @ V``);
- ``softmax``: the same score as softmax logits: the generic dense loop.
"""

from __future__ import annotations

import math

import numpy as np

from headprog.language import parse_text
from headprog.language.program import Program

__all__ = ["KINDS", "PROGRAMS", "PYTHON_LOOPS", "bench_program", "expected_structure"]

PROGRAMS = {
    "selector": "(k == q - 1) + 0.5 * (k == sentence_start(q)) + 0.2 * (k == 0)",
    "band": "(q - k <= 8) * decay(q - k, 3.0)",
    "linear": "2.0 * (prev_token(k) == token(q)) + (token(k) == token(q)) + 0.1 * decay(q - k, 16.0)",
    "softmax": "2.0 * (prev_token(k) == token(q)) + (token(k) == token(q)) + 0.1 * decay(q - k, 16.0)",
}
KINDS = tuple(PROGRAMS)


def expected_structure(kind: str) -> str:
    """The structure class the compiler must find for a kind (the suite checks it, so a row measures what it names)."""
    return {"selector": "selector", "band": "band"}.get(kind, "dense")


def bench_program(kind: str) -> Program:
    """The program of a kind, parsed from its canonical text like any user file."""
    normalize = "softmax" if kind == "softmax" else "weights"
    text = f'"""\nheadprog: 1\nfeatures: v1\n"""\n\n\n@program(normalize="{normalize}", fallback="first")\ndef bench(q, k):\n    return {PROGRAMS[kind]}\n'
    return parse_text(text).program()


def _normalised(row: np.ndarray) -> np.ndarray:
    total = row.sum()
    if total > 0:
        return row / total
    out = np.zeros_like(row)
    out[0] = 1.0  # fallback="first"
    return out


def _python_selector(tok: dict[str, list[int]], t: int) -> np.ndarray:
    start = tok["sentence_start"]
    out = np.zeros((t, t))
    for q in range(t):
        for k in range(q + 1):
            out[q, k] = (k == q - 1) + 0.5 * (k == start[q]) + 0.2 * (k == 0)
        out[q] = _normalised(out[q])
    return out


def _python_band(tok: dict[str, list[int]], t: int) -> np.ndarray:
    out = np.zeros((t, t))
    for q in range(t):
        for k in range(q + 1):
            out[q, k] = (q - k <= 8) * 2.0 ** (-(q - k) / 3.0)
        out[q] = _normalised(out[q])
    return out


def _score(tok: dict[str, list[int]], q: int, k: int) -> float:
    token, prev = tok["token"], tok["prev_token"]
    return 2.0 * (prev[k] == token[q]) + (token[k] == token[q]) + 0.1 * 2.0 ** (-(q - k) / 16.0)


def _python_linear(tok: dict[str, list[int]], t: int) -> np.ndarray:
    out = np.zeros((t, t))
    for q in range(t):
        for k in range(q + 1):
            out[q, k] = _score(tok, q, k)
        out[q] = _normalised(out[q])
    return out


def _python_softmax(tok: dict[str, list[int]], t: int) -> np.ndarray:
    out = np.zeros((t, t))
    for q in range(t):
        scores = [_score(tok, q, k) for k in range(q + 1)]
        top = max(scores)
        for k, s in enumerate(scores):
            out[q, k] = math.exp(s - top)
        out[q] /= out[q].sum()
    return out


#: One (q, k) pair at a time, building the T x T pattern as a NumPy matrix; arguments: the token features by name, T.
PYTHON_LOOPS = {"selector": _python_selector, "band": _python_band, "linear": _python_linear, "softmax": _python_softmax}

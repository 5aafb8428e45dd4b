"""The IoU headroom diagnosis: each oracle replaces exactly its part of the row."""

from __future__ import annotations

import numpy as np

from benchmarks.iou_headroom import _with_first_mass, head_headroom, soft_iou


def _rows(rng: np.random.Generator, t: int) -> np.ndarray:
    a = np.tril(rng.random((t, t)))
    return a / a.sum(axis=1, keepdims=True)


def test_a_perfect_program_scores_one_everywhere():
    a = _rows(np.random.default_rng(0), 12)
    got = head_headroom([a], [a])
    assert all(abs(got[k] - 1.0) < 1e-12 for k in ("program", "oracle_sink", "oracle_rest"))


def test_oracles_take_one_part_from_the_head():
    rng = np.random.default_rng(1)
    head, prog = _rows(rng, 16), _rows(rng, 16)
    sink = _with_first_mass(prog, head[:, 0])
    np.testing.assert_allclose(sink[:, 0], head[:, 0])
    np.testing.assert_allclose(sink.sum(axis=1), 1.0)
    # the rest of each row keeps the program's proportions
    np.testing.assert_allclose(sink[5, 1:6] / sink[5, 1:6].sum(), prog[5, 1:6] / prog[5, 1:6].sum())
    # a program right about the sink but wrong elsewhere gains nothing from the sink oracle
    right_sink = _with_first_mass(prog, head[:, 0])
    got = head_headroom([head], [right_sink])
    assert abs(got["oracle_sink"] - got["program"]) < 1e-12 and got["oracle_rest"] > got["program"]
    assert 0.0 < soft_iou(head, prog) < 1.0

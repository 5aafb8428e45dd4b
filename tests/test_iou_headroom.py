"""The IoU headroom diagnosis: each oracle replaces exactly its part of the row."""

from __future__ import annotations

import numpy as np

from benchmarks.diagnostics.iou_headroom import _with_first_mass, head_headroom, soft_iou, token_sink_medians


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


def test_token_sink_takes_the_median_mass_of_each_query_token():
    rng = np.random.default_rng(2)
    heads = [_rows(rng, 6) for _ in range(3)]
    ids = [[9, 5, 7, 5, 1, 5], [9, 7, 5, 2, 2, 7], [9, 5, 7, 7, 3, 1]]
    medians = token_sink_medians(heads, ids)
    fives = [h[q, 0] for h, seq in zip(heads, ids) for q in range(1, 6) if seq[q] == 5]
    assert set(medians) == {5, 7}  # token 1, 2 and 3 have fewer than 3 rows; the first rows do not count
    assert medians[5] == float(np.median(fives))
    # a program that already predicts the head's sink exactly stays as good
    exact = _with_first_mass(heads[0], heads[0][:, 0])
    got = head_headroom([heads[0]], [exact], [ids[0]], medians)
    assert got["token_sink"] <= got["program"] + 1e-12
    # rows of unseen tokens keep the program's own first-token mass
    unseen = head_headroom([heads[0]], [exact], [[100 + i for i in range(6)]], medians)
    assert abs(unseen["token_sink"] - unseen["program"]) < 1e-12

"""A forward's token features: decoding appends its columns in place, and never into another state's."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from headprog.data import models
from headprog.features import ROW_SENTINEL
from headprog.hybrid.forward_features import SurfaceStrings, extend_features, fresh_features
from helpers.tiny_models import save_tiny_model


@pytest.fixture(scope="module")
def surfaces(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny") / "llama"
    save_tiny_model(folder, "llama")
    return SurfaceStrings(models.load(str(folder)).tokenizer)


def _expected(tokens: list[list[int]], surfaces: SurfaceStrings) -> np.ndarray:
    return fresh_features(torch.tensor(tokens), None, surfaces).table


def _step(state, token: list[int], surfaces):
    return extend_features(state, torch.tensor([[t] for t in token]), None, state.total, surfaces)


def test_decoded_columns_equal_a_fresh_forward_and_share_one_table(surfaces):
    prompt = [[5, 6, 7, 8, 9, 10], [11, 12, 13, 14, 15, 16]]
    state = fresh_features(torch.tensor(prompt), None, surfaces)
    first = _step(state, [20, 21], surfaces)  # the prompt's table has no room: a wider copy
    assert first.table.shape[2] > first.total
    second = _step(first, [22, 23], surfaces)
    assert second.table is first.table  # appended in place
    tokens = [p + [a, b] for p, a, b in zip(prompt, [20, 21], [22, 23])]
    np.testing.assert_array_equal(second.table[:, :, : second.total], _expected(tokens, surfaces))
    sentinels = np.asarray(ROW_SENTINEL, dtype=np.float32)[None, :, None]
    assert (second.table[:, :, second.total :] == sentinels).all()


def test_two_continuations_of_one_state_keep_their_own_columns(surfaces):
    prompt = [[5, 6, 7, 8]]
    parent = _step(fresh_features(torch.tensor(prompt), None, surfaces), [9], surfaces)
    left = _step(parent, [30], surfaces)
    right = _step(parent, [31], surfaces)  # parent's next column is left's: right must copy
    assert left.table is parent.table and right.table is not parent.table
    np.testing.assert_array_equal(left.table[:, :, : left.total], _expected([[5, 6, 7, 8, 9, 30]], surfaces))
    np.testing.assert_array_equal(right.table[:, :, : right.total], _expected([[5, 6, 7, 8, 9, 31]], surfaces))
    np.testing.assert_array_equal(parent.table[:, :, : parent.total], _expected([[5, 6, 7, 8, 9]], surfaces))
    again = _step(left, [32], surfaces)  # left filled the shared table's last column: it goes on in place
    assert again.table is left.table


def test_room_runs_out_and_the_table_grows(surfaces):
    state = fresh_features(torch.tensor([[5, 6, 7]]), None, surfaces)
    tokens = [5, 6, 7]
    tables = set()
    for t in range(100):
        state = _step(state, [40 + t % 50], surfaces)
        tokens.append(40 + t % 50)
        tables.add(id(state.table))
    assert 1 < len(tables) < 5  # copies only when the room ran out
    np.testing.assert_array_equal(state.table[:, :, : state.total], _expected([tokens], surfaces))

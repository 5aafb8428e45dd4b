"""The factored-oracle diagnosis on a store whose heads follow known rules."""

from __future__ import annotations

import json

import numpy as np

from benchmarks.diagnostics.factor_oracle import MODES, fit_oracle, main
from headprog.testing import synthetic_store

RULES = {"first token": "k == 0", "previous token": "k == q - 1", "salient punctuation": "is_punct(k)"}


def test_cli_writes_every_mode_for_every_band(tmp_path):
    store = synthetic_store(tmp_path / "store", RULES, examples=6, heldout=4)
    assert main(["--store", str(store), "--layers", "0", "--examples", "2", "--steps", "150", "--out", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "factor_oracle.json").read_text())
    assert {r["band"] for r in data["rows"]} == set(data["means"]) and data["rows"]
    assert all(set(MODES) <= set(r) and all(0.0 < r[m] <= 1.0 for m in MODES) for r in data["rows"])
    md = (tmp_path / "out" / "factor_oracle.md").read_text()
    assert "| **mean** |" in md


def test_oracle_modes_on_hand_made_patterns():
    t = 12
    first = np.zeros((t, t), dtype=np.float32)
    first[:, 0] = 1.0
    previous = np.eye(t, k=-1, dtype=np.float32)
    previous[0, 0] = 1.0
    patterns = [np.stack([first, previous])]
    key = fit_oracle(patterns, "key", steps=200)[0]
    with_distance = fit_oracle(patterns, "key+distance", steps=200)[0]
    # the first-token head is a key salience; the previous-token head needs the distance table
    assert key[0] > 0.95 and key[1] < 0.6
    assert with_distance[1] > 0.9

"""The term-library ceiling diagnosis on a store whose heads follow known rules."""

from __future__ import annotations

import json

from benchmarks.term_ceiling import main
from headprog.testing import synthetic_store

RULES = {"previous token": "k == q - 1", "first token": "k == 0", "mixture": "0.7 * (k == q - 1) + 0.3 * (k == 0)"}


def test_every_fit_recovers_known_rules(tmp_path):
    store = synthetic_store(tmp_path / "store", RULES, examples=16, heldout=6)
    assert main(["--store", str(store), "--layers", "0", "--out", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "term_ceiling.json").read_text())
    fits = {r["fit"] for r in data["rows"]}
    assert fits == {"search", "per head", "every term"}
    for fit, bands in data["means"].items():
        assert bands and all(v >= 0.9 for v in bands.values()), (fit, bands)
    md = (tmp_path / "out" / "term_ceiling.md").read_text()
    assert "| **mean** | **every term** |" in md

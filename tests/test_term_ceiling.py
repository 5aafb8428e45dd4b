"""The term-library ceiling diagnosis on a store whose heads follow known rules."""

from __future__ import annotations

import json

from benchmarks.diagnostics.term_ceiling import main
from headprog.testing import synthetic_store

RULES = {"previous token": "k == q - 1", "first token": "k == 0", "mixture": "0.7 * (k == q - 1) + 0.3 * (k == 0)"}


def test_every_fit_recovers_known_rules(tmp_path):
    store = synthetic_store(tmp_path / "store", RULES, examples=16, heldout=6)
    assert main(["--store", str(store), "--layers", "0", "--out", str(tmp_path / "out")]) == 0
    data = json.loads((tmp_path / "out" / "term_ceiling.json").read_text())
    fits = {r["fit"] for r in data["rows"]}
    assert fits == {"search", "per head", "every term", "every term by query class"}
    for fit, bands in data["means"].items():
        assert bands and all(v >= 0.9 for v in bands.values()), (fit, bands)
    md = (tmp_path / "out" / "term_ceiling.md").read_text()
    assert "| **mean** | **every term** |" in md
    assert "| **mean** | **every term by query class** |" in md


def test_weights_shared_by_every_class_are_a_plain_softmax_program():
    """With one weight vector copied to every query class, the by-class pattern is the plain program's."""
    import numpy as np
    import torch

    from benchmarks.diagnostics.term_ceiling import _by_class_patterns
    from headprog.features import compute_features
    from headprog.synthesis.fit import build_blocks, softmax_patterns

    texts = ["The", " cat", " sat", ".", " It", " was", " the", " cat", "."]
    features = compute_features(list(range(len(texts))), texts)
    terms = ["k == q - 1", "k == 0", "decay(q - k, 3.0)", "is_punct(k)"]
    (block,) = build_blocks([features], ["sentence"], terms)
    w = torch.randn(len(terms), 2, generator=torch.Generator().manual_seed(0))
    classes = torch.from_numpy(np.array([[3, 0, 5, 8, 1, 2, 7, 0, 8]]))
    by_class = _by_class_patterns(block, classes, w.expand(13, -1, -1))
    assert torch.allclose(by_class, softmax_patterns(block, w), atol=1e-6)
    w2 = w.expand(13, -1, -1).clone()
    w2[0] += 1.0  # class 0 queries (rows 1 and 7) change, the others do not
    changed = (_by_class_patterns(block, classes, w2) - by_class).abs().sum(dim=(2, 3))[0]
    assert changed[1] > 1e-3 and changed[7] > 1e-3 and changed[[0, 2, 3, 4, 5, 6, 8]].max() < 1e-6

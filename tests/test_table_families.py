"""The table-families diagnosis on a store whose heads follow known rules."""

from __future__ import annotations

import json

from benchmarks.diagnostics.table_families import main
from headprog.testing import synthetic_store

RULES = {"previous token": "k == q - 1", "first token": "k == 0"}


def test_each_family_is_one_more_table_in_every_program(tmp_path):
    store = synthetic_store(tmp_path / "store", RULES, examples=16, heldout=6)
    args = ["--store", str(store), "--out", str(tmp_path / "runs"), "--layers", "0", "--families", "first-by-position", "--workers", "1"]
    assert main(args + ["--results", str(tmp_path / "results")]) == 0
    data = json.loads((tmp_path / "results" / "table_families.json").read_text())
    assert [r["variant"] for r in data["rows"]] == ["defaults", "+ first-by-position"]
    for row in data["rows"]:
        assert all(row[band] >= 0.9 for band in ("sentence", "passage")), row  # known rules stay recovered
    program = (tmp_path / "runs" / "first-by-position" / "L0H1.py").read_text()
    assert "    first_by_position = table(min(q, 31), " in program and "(k == 0) * first_by_position" in program
    assert "first_by_position" not in (tmp_path / "runs" / "defaults" / "L0H1.py").read_text()
    md = (tmp_path / "results" / "table_families.md").read_text()
    assert "| + first-by-position |" in md

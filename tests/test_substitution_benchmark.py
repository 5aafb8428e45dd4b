"""The substitution benchmark end to end on a tiny random Llama: tuned and swapped sets, a rerun on other tuning text."""

from __future__ import annotations

import json

from benchmarks.substitution import main
from headprog.data import models
from headprog.language.program_set import load_program_set, parse_head
from headprog.tuning import tuned_heads
from helpers.program_sets import write_set
from helpers.tiny_models import assign_classic, save_tiny_model, write_piqa


def test_tuned_and_swapped_rows_and_a_rerun_that_tunes_anew(tmp_path):
    folder = save_tiny_model(tmp_path / "llama", "llama", seed=5)
    lm = models.load(str(folder))
    write_set(tmp_path / "p", lm, assign_classic(lm))
    tuned_dir, out, qa = tmp_path / "tuned", tmp_path / "out", write_piqa(tmp_path / "qa.jsonl")
    argv = [
        "--model", str(folder), "--programs", str(tmp_path / "p"), "--by", "iou,tuned,swapped", "--fractions", "0.25",
        "--examples", "2", "--max-tokens", "32", "--qa", str(qa), "--calibration-examples", "1", "--calibration-tokens", "16",
        "--tune-steps", "2", "--tune-examples", "2", "--tune-tokens", "24", "--swap", "2", "--swap-pool", "3",
        "--swap-examples", "1", "--swap-tokens", "16", "--tuned-dir", str(tuned_dir), "--out", str(out), "--quiet",
    ]  # fmt: skip
    assert main(argv) == 0
    data = json.loads((out / "substitution.json").read_text())
    rows = {c["by"]: c for c in data["configurations"]}
    assert set(rows) == {"iou", "tuned", "swapped"} and all(r["heads"] == 3 for r in rows.values())
    tuning = rows["tuned"]["tuning"]
    assert (tuning["chunks"], tuning["chunk_tokens"], tuning["steps"]) == (2, 24, 2)
    swaps = rows["swapped"]["tuning"]["swaps"]
    assert (swaps["examples"], swaps["tokens"], swaps["candidates"]) == (1, 16, 3)
    swapped = load_program_set(tuned_dir / "0.25-swap2")
    assert tuned_heads(swapped) == sorted(rows["swapped"]["chosen"], key=parse_head)
    assert swapped.extra["tuning"].get("swapped", []) == swaps["pairs"]
    md = (out / "substitution.md").read_text()
    assert "(2 chunks x 24 tokens, 2 steps" in md and "on 1 chunks x 16 tokens, 3 candidates" in md
    assert (out / "substitution.png").stat().st_size > 0
    assert set(rows["iou"]["nll_delta_by_position"]) == {"0-30"} and "| iou | 25% | " in md.split("NLL delta by position")[1]

    # a rerun that tunes on longer chunks tunes anew instead of taking the sets tuned on the shorter ones
    argv[argv.index("--tune-tokens") + 1] = "32"
    assert main(argv) == 0
    assert load_program_set(tuned_dir / "0.25").extra["tuning"]["tokens"] == 2 * 31
    rows = {c["by"]: c for c in json.loads((out / "substitution.json").read_text())["configurations"]}
    assert rows["tuned"]["tuning"]["chunk_tokens"] == 32

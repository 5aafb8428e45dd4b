"""Refining a head set by swaps (headprog.selection.swaps) and `headprog tune --swap`."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from headprog.hybrid import HybridModel
from headprog.selection.costs import calibration_log_probs, mean_kl
from headprog.selection.swaps import SwapCosts, SwapError, apply_swaps, measure_swap_costs, plan_swaps
from helpers.tuning_cases import tune_cli_args, tuning_calibration, tuning_program_set


def _costs() -> SwapCosts:
    return SwapCosts(
        heads=["L0H0", "L1H1", "L2H2", "L3H3"],
        candidates=["L4H0", "L4H1", "L4H2"],
        kl=0.1,
        removal={"L0H0": 0.01, "L1H1": 0.05, "L2H2": 0.03, "L3H3": 0.002},
        addition={"L4H0": 0.04, "L4H1": 0.004, "L4H2": 0.02},
    )


def test_plan_takes_the_costliest_out_while_a_cheaper_candidate_is_left():
    costs = _costs()
    # 0.05 > 0.004, 0.03 > 0.02, then 0.01 < 0.04: two swaps
    assert plan_swaps(costs, 5) == [("L1H1", "L4H1"), ("L2H2", "L4H2")]
    assert plan_swaps(costs, 1) == [("L1H1", "L4H1")]
    assert plan_swaps(costs, 0) == []
    assert apply_swaps(costs.heads, plan_swaps(costs, 5)) == ["L0H0", "L3H3", "L4H1", "L4H2"]


def test_plan_needs_every_cost_and_saves_round_trip(tmp_path):
    costs = _costs()
    costs.save(tmp_path / "s.json")
    assert SwapCosts.load(tmp_path / "s.json") == costs
    del costs.addition["L4H2"]
    with pytest.raises(SwapError, match="not all measured"):
        plan_swaps(costs, 2)


def test_measured_costs_are_kl_differences_and_resume(tuning_llama, tmp_path):
    lm = tuning_llama
    pset = tuning_program_set(lm, tmp_path / "p")
    calibration = tuning_calibration(lm)
    heads, candidates = ["L0H1", "L2H0"], ["L1H2", "L2H3"]
    with pytest.raises(SwapError, match="L2H0 is in both"):
        measure_swap_costs(lm, pset, heads, ["L2H0"], calibration)
    with pytest.raises(SwapError, match="no program for head L3H0"):
        measure_swap_costs(lm, pset, heads, ["L3H0"], calibration)
    seen = []
    costs = measure_swap_costs(lm, pset, heads, candidates, calibration, on_measured=lambda c: seen.append(len(c.removal) + len(c.addition)))
    assert costs.complete and seen == [0, 1, 2, 3, 4]
    with HybridModel(lm, pset, backend="reference") as hybrid:
        native = calibration_log_probs(lm, calibration)

        def kl(names):
            with hybrid.substituted(names):
                return mean_kl(native, calibration_log_probs(lm, calibration))

        assert costs.kl == pytest.approx(kl(heads), abs=1e-7)
        assert costs.removal["L0H1"] == pytest.approx(costs.kl - kl(["L2H0"]), abs=1e-7)
        assert costs.addition["L2H3"] == pytest.approx(kl([*heads, "L2H3"]) - costs.kl, abs=1e-7)
    # substituting a head costs something: the set's KL exceeds what either head alone leaves
    assert costs.kl > 0 and all(v > 0 for v in costs.addition.values())
    # resumed: only what the earlier run lacks is measured, and it comes out the same
    partial = SwapCosts(heads, candidates, costs.calibration, costs.kl, dict(costs.removal), {"L1H2": costs.addition["L1H2"]}, costs.programs)
    again = []
    resumed = measure_swap_costs(lm, pset, heads, candidates, calibration, known=partial, on_measured=lambda c: again.append(1))
    assert again == [1] and resumed.addition["L2H3"] == pytest.approx(costs.addition["L2H3"], abs=1e-7)
    # costs measured on other text are measured again
    other = []
    measure_swap_costs(lm, pset, heads, candidates, calibration[:1], known=partial, on_measured=lambda c: other.append(1))
    assert len(other) == 5
    # and so are costs measured with other programs (another tuning of the same heads)
    retuned = []
    measure_swap_costs(lm, pset, heads, candidates, calibration, known=replace(partial, programs="0" * 16), on_measured=lambda c: retuned.append(1))
    assert len(retuned) == 5


def test_cli_tune_with_swaps(tuning_llama, tmp_path, capsys):
    args, _, _ = tune_cli_args(
        tuning_llama, tmp_path, "--steps", "1", "--swap", "2", "--swap-pool", "2", "--calibration-examples", "2", "--calibration-tokens", "16"
    )
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "measuring swap costs: 2 heads and 2 candidates on 2 heldout chunks" in out
    costs = SwapCosts.load(tmp_path / "t" / "swaps.json")
    assert costs.complete and costs.heads == ["L0H1", "L1H2"] and sorted(costs.candidates) == ["L2H0", "L2H3"]
    pairs = plan_swaps(costs, 2)
    record = json.loads((tmp_path / "t" / "manifest.json").read_text())["tuning"]
    assert record["heads"] == apply_swaps(costs.heads, pairs)
    assert record.get("swapped", []) == [list(p) for p in pairs]
    for head_out, head_in in pairs:
        assert f"swap {head_out}" in out and head_in in out

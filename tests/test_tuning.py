"""Tuning program constants for KL to the native model (headprog.tuning)."""

from __future__ import annotations

import argparse
import json
import random

import numpy as np
import pytest
import torch

from headprog.compiler import reference
from headprog.features import compute_features
from headprog.hybrid import HybridModel
from headprog.selection.costs import calibration_log_probs, mean_kl
from headprog.language import parse_file, parse_program
from headprog.language.program_set import load_program_set
from headprog.testing import ProgramGenerator, random_sequence
from headprog.tuning import (
    TuningError,
    linear_form,
    tune_programs,
    tuned_heads,
    tuned_set_in,
    with_coefficients,
    write_tuned,
)
from headprog.tuning.tunable import TermMatrices, differentiable_pattern, tunable_head
from headprog.tuning.tuned_sets import tuned_source_line
from helpers.tuning_cases import MIXTURES, tune_cli_args, tuning_calibration, tuning_program_set, v1_program


def _sum_of_terms(pieces, features):
    t = features.shape[1]
    return sum(w * np.broadcast_to(reference.evaluate(term, features), (t, t)) for w, term in pieces)


def test_linear_form_is_exact_for_any_program():
    rng = random.Random(3)
    gen = ProgramGenerator(17)
    programs = [parse_program(gen.program_text(f"g{i}")) for i in range(60)] + list(MIXTURES.values())
    for program in programs:
        pieces = linear_form(program.expr)
        for n in (1, 7, 30):
            ids, texts = random_sequence(rng, n)
            f = compute_features(ids, texts)
            whole = np.broadcast_to(reference.evaluate(program.expr, f), (n, n))
            np.testing.assert_allclose(_sum_of_terms(pieces, f), whole, rtol=1e-9, atol=1e-9, err_msg=program.name)


def test_linear_form_of_a_written_sum():
    pieces = linear_form(v1_program("2.0 * (k == 0) - 0.5 * (k == q) + (k == q - 1) * 3.0 + 0.25").expr)
    assert [w for w, _ in pieces] == [2.0, -0.5, 3.0, 0.25]


def test_same_coefficients_give_the_same_program():
    for program in MIXTURES.values():
        pieces = linear_form(program.expr)
        again = with_coefficients(program, [t for _, t in pieces], [w for w, _ in pieces])
        assert again.hash == program.hash and again.normalize == program.normalize and again.name == program.name


def test_differentiable_pattern_equals_the_reference():
    rng = random.Random(4)
    gen = ProgramGenerator(23)
    programs = [parse_program(gen.program_text(f"g{i}")) for i in range(60)] + list(MIXTURES.values())
    checked = 0
    for program in programs:
        head = tunable_head(program, 0, 0)
        if isinstance(head, str):
            continue
        for n in (1, 9, 33):
            ids, texts = random_sequence(rng, n)
            f = compute_features(ids, texts)
            matrices = TermMatrices([head])
            scores = (matrices.get(ids, f).double() @ matrices.weights([head], torch.float64)).detach()[:, :, 0]
            got = differentiable_pattern(scores, program.normalize, program.fallback).numpy()
            want = reference.pattern_one(program.expr, f, program.normalize, program.fallback)
            np.testing.assert_allclose(got, want, atol=1e-6, err_msg=program.name)
        checked += 1
    assert checked >= 20


def test_tuning_again_counts_rounds_in_the_source_line():
    once = tuned_source_line("offline search (seed 0), fitted for L3H1", 68)
    assert once == "offline search (seed 0), fitted for L3H1; coefficients tuned for KL to the native model with 68 heads substituted (headprog tune)"
    assert tuned_source_line(once, 68) == once.replace("(headprog tune)", "(headprog tune, 2 rounds)")
    assert tuned_source_line(tuned_source_line(once, 68), 70).endswith("with 70 heads substituted (headprog tune, 3 rounds)")
    assert tuned_source_line(once + once[once.index(";"):], 68).count("; coefficients") == 1  # older files repeated the note
    assert tuned_source_line(None, 4).startswith("unknown; coefficients tuned")


def test_untunable_programs_say_why():
    one = v1_program("k == q - 1")
    constant = v1_program("1.0", "softmax")
    assert "one term" in tunable_head(one, 0, 0)
    assert "does not depend" in tunable_head(constant, 0, 0)


def test_grown_terms_start_where_the_program_was():
    rng = random.Random(5)
    soft = MIXTURES["softmax"]
    grown = tunable_head(soft, 0, 0, grow=["k == 0", "decay(q - k, 3.0)", "k == q - 1"])
    # "k == 0" is already a term of the program: not added twice; the others start at weight 0
    assert grown.own == 3 and grown.texts[3:] == ["decay(q - k, 3.0)", "k == q - 1"]
    assert grown.values()[3:] == [0.0, 0.0]
    ids, texts = random_sequence(rng, 12)
    f = compute_features(ids, texts)
    matrices = TermMatrices([grown])
    scores = (matrices.get(ids, f).double() @ matrices.weights([grown], torch.float64)).detach()[:, :, 0]
    np.testing.assert_allclose(differentiable_pattern(scores, "softmax", "first").numpy(), reference.pattern_one(soft.expr, f, "softmax", "first"), atol=1e-6)
    # a linear program's grown terms start at 0 and cannot go below it, so it stays linear
    lin = tunable_head(MIXTURES["weights"], 0, 0, grow=["is_punct(k)"])
    assert lin.values()[-1] == 0.0
    with torch.no_grad():
        lin.theta[-1] = -1.0
    assert lin.values()[-1] == 0.0
    # a term the program's feature library version lacks is not offered (v1 has no is_function_word)
    assert tunable_head(soft, 0, 0, grow=["is_function_word(k)"]).texts == grown.texts[:3]


def _kl_through_kernels(lm, pset, heads, calibration):
    """(native log-probs, mean KL with ``heads`` substituted), measured through the compiled kernels."""
    with HybridModel(lm, pset) as hybrid:
        with hybrid.native():
            native = calibration_log_probs(lm, calibration)
        with hybrid.substituted(heads):
            return native, mean_kl(native, calibration_log_probs(lm, calibration))


def test_tuning_lowers_kl_and_writes_a_tuned_set(tuning_llama, tmp_path):
    lm = tuning_llama
    pset = tuning_program_set(lm, tmp_path / "p")
    calibration = tuning_calibration(lm)
    heads = ["L0H1", "L1H2", "L2H0", "L2H3"]
    result = tune_programs(lm, pset, heads, calibration, steps=12, lr=0.2)
    assert result.kl_after < result.kl_before and len(result.history) == 12
    assert set(result.programs) == {"L0H1", "L1H2", "L2H0"} and "one term" in result.untouched["L2H3"]
    # kl_before is what the untuned programs cost, measured independently through their compiled kernels
    native, untuned = _kl_through_kernels(lm, pset, heads, calibration)
    assert result.kl_before == pytest.approx(untuned, rel=1e-4, abs=1e-7)

    tuned = write_tuned(pset, result, tmp_path / "t")
    assert tuned_heads(load_program_set(tmp_path / "t")) == heads
    assert tuned.extra["tuning"]["kl_after"] == round(result.kl_after, 6)
    # found again for the same heads, steps and text; not for others
    text_tokens = tuned.extra["tuning"]["tokens"]
    assert tuned_set_in(tmp_path / "t", heads[::-1], 12, text_tokens) is not None
    assert tuned_set_in(tmp_path / "t", heads[:2]) is None and tuned_set_in(tmp_path / "t", heads, 11) is None
    assert tuned_set_in(tmp_path / "t", heads, tokens=text_tokens + 1) is None
    for name in heads:
        program = parse_file(tmp_path / "t" / f"{name}.py").program()
        assert program.hash == tuned.heads[name]["program_hash"]
        if name in result.programs:
            assert program.structure_hash == pset.program(name).structure_hash  # only the constants moved
            assert program.hash != pset.program(name).hash
            assert "tuned for KL" in (tmp_path / "t" / f"{name}.py").read_text()
        else:
            assert program.hash == pset.program(name).hash
    # what the written (rounded) files cost through their compiled kernels is what the fit reached
    with HybridModel(lm, tuned, heads):
        written = mean_kl(native, calibration_log_probs(lm, calibration))
    assert written == pytest.approx(result.kl_after, rel=0.05, abs=1e-5)

    with pytest.raises(TuningError, match="new folder"):
        write_tuned(pset, result, pset.folder)
    with pytest.raises(TuningError, match="not a tuned program set"):
        tuned_heads(pset)


def test_tuning_resumes_from_its_state(tuning_llama, tmp_path):
    lm = tuning_llama
    pset = tuning_program_set(lm, tmp_path / "p")
    calibration = tuning_calibration(lm)
    heads = ["L0H1", "L1H2"]
    full = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2)

    class Stop(Exception):
        pass

    def stop_after_two(step, kl):
        if step == 2:
            raise Stop

    with pytest.raises(Stop):
        tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, state_dir=tmp_path, on_step=stop_after_two)
    resumed = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, state_dir=tmp_path)
    assert resumed.history[:2] == pytest.approx(full.history[:2], rel=1e-6)
    assert resumed.history == pytest.approx(full.history, rel=1e-4)
    assert {n: p.hash for n, p in resumed.programs.items()} == {n: p.hash for n, p in full.programs.items()}
    # with grown terms, chosen after 2 of 4 steps: a run stopped just before the choice or after it
    # resumes with the same terms and steps
    grow = dict(grow=["decay(q - k, 3.0)", "k == q - 1", "is_punct(k)"], grow_steps=2, min_share=0.001)
    full = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, **grow)
    assert full.grown
    for stop_at in (2, 3):

        def stop(step, kl, stop_at=stop_at):
            if step == stop_at:
                raise Stop

        with pytest.raises(Stop):
            tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, state_dir=tmp_path / f"g{stop_at}", on_step=stop, **grow)
        resumed = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, state_dir=tmp_path / f"g{stop_at}", **grow)
        assert resumed.grown == full.grown and resumed.history == pytest.approx(full.history, rel=1e-4)
    # the model is left as it was: its own attention, its parameters' flags
    assert lm.model.config._attn_implementation in ("sdpa", "eager")


def test_cli_tune_then_eval_by_tuned(tuning_llama, tmp_path, capsys):
    from headprog.cli.evaluation import add_eval_arguments

    lm = tuning_llama
    args, pset, corpus = tune_cli_args(lm, tmp_path, "--steps", "2", "--batches-per-step", "1", "--grow", "--max-grown", "1")
    assert args.func(args) == 0
    out = capsys.readouterr().out
    assert "KL to the native model" in out and "--by tuned" in out
    record = json.loads((tmp_path / "t" / "manifest.json").read_text())["tuning"]
    assert record["batches_per_step"] == 1 and record["max_grown"] == 1 and all(len(t) <= 1 for t in record.get("grown", {}).values())
    assert not (tmp_path / "t" / "tuning-state.json").exists()
    eparser = argparse.ArgumentParser()
    add_eval_arguments(eparser)
    eargs = eparser.parse_args([
        "--model", str(lm.path), "--programs", str(tmp_path / "t"), "--by", "tuned", "--corpus", str(corpus),
        "--split", "heldout", "--max-tokens", "16", "--examples", "2", "--json", str(tmp_path / "e.json"), "--quiet",
    ])  # fmt: skip
    assert eargs.func(eargs) == 0
    data = json.loads((tmp_path / "e.json").read_text())
    assert [h["head"] for h in data["heads"]] == ["L0H1", "L1H2"] and data["chosen_by"] == "tuned"
    # --fast-only: the softmax program of L1H2 is never a candidate
    fargs = eparser.parse_args([
        "--model", str(lm.path), "--programs", str(pset.folder), "--fast-only", "--fraction", "0.25", "--corpus", str(corpus),
        "--split", "heldout", "--max-tokens", "16", "--examples", "2", "--json", str(tmp_path / "f.json"), "--quiet",
    ])  # fmt: skip
    assert fargs.func(fargs) == 0
    fast = [h["head"] for h in json.loads((tmp_path / "f.json").read_text())["heads"]]
    assert fast and "L1H2" not in fast and set(fast) <= {"L0H1", "L2H0", "L2H3"}


def test_growing_terms_keeps_few_and_keeps_fast_programs_fast(tuning_llama, tmp_path):
    from headprog.selection import fast_heads
    from headprog.tuning import grow_terms

    lm = tuning_llama
    pset = tuning_program_set(lm, tmp_path / "p")
    calibration = tuning_calibration(lm)
    heads = ["L0H1", "L1H2", "L2H0", "L2H3"]
    plain = tune_programs(lm, pset, heads, calibration, steps=10, lr=0.2)
    result = tune_programs(lm, pset, heads, calibration, steps=10, lr=0.2, grow=grow_terms(), max_grown=2, min_share=0.001)
    assert result.grown and all(len(t) <= 2 for t in result.grown.values())
    assert result.kl_after < result.kl_before
    # a one-term selector can be tuned once it grows terms
    assert "L2H3" not in result.untouched
    tuned = write_tuned(pset, result, tmp_path / "t")
    assert tuned.extra["tuning"]["grown"] == result.grown
    for name, texts in result.grown.items():
        program = parse_file(tmp_path / "t" / f"{name}.py").program()
        assert len(linear_form(program.expr)) == len(linear_form(pset.program(name).expr)) + len(texts)
    # the linear and selector programs were fast before, and still are
    assert set(fast_heads(tuned)) >= set(fast_heads(pset))
    # what the written files cost through their compiled kernels is what the fit reports
    _, written = _kl_through_kernels(lm, tuned, heads, calibration)
    assert written == pytest.approx(result.kl_after, rel=0.05, abs=1e-5)
    assert plain.grown == {}


def test_minibatch_steps_see_part_of_the_text_and_resume(tuning_llama, tmp_path):
    lm = tuning_llama
    pset = tuning_program_set(lm, tmp_path / "p")
    calibration = tuning_calibration(lm) + [lm.tokenizer("Paris is the capital of France . It is big .")["input_ids"]]
    heads = ["L0H1", "L1H2"]
    full = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, batch_size=1)
    mini = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, batch_size=1, batches_per_step=1)
    # the KL before is measured on all the text either way; each minibatch step's KL is one sequence's
    assert mini.kl_before == pytest.approx(full.kl_before, rel=1e-6)
    assert mini.history != pytest.approx(full.history, rel=1e-3)
    assert mini.kl_after < mini.kl_before and mini.settings["batches_per_step"] == 1

    class Stop(Exception):
        pass

    def stop_after_three(step, kl):
        if step == 3:
            raise Stop

    with pytest.raises(Stop):
        tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, batch_size=1, batches_per_step=1, state_dir=tmp_path, on_step=stop_after_three)
    resumed = tune_programs(lm, pset, heads, calibration, steps=4, lr=0.2, batch_size=1, batches_per_step=1, state_dir=tmp_path)
    assert resumed.history == pytest.approx(mini.history, rel=1e-4)
    assert resumed.kl_before == pytest.approx(mini.kl_before, rel=1e-6) and resumed.kl_after == pytest.approx(mini.kl_after, rel=1e-4)


def test_gradients_do_not_leak_into_the_model(tuning_llama, tmp_path):
    lm = tuning_llama
    pset = tuning_program_set(lm, tmp_path / "p")
    before = {n: (p.detach().clone(), p.requires_grad) for n, p in lm.model.named_parameters()}
    tune_programs(lm, pset, ["L0H1"], tuning_calibration(lm), steps=2, lr=0.2)
    for n, p in lm.model.named_parameters():
        assert torch.equal(p, before[n][0]) and p.grad is None and p.requires_grad == before[n][1]


def test_main_job_on_a_tiny_model_tunes_the_substituted_heads(tuning_llama, tmp_path, capsys):
    from headprog.cli import main

    corpus = tmp_path / "corpus.txt"
    rng = random.Random(0)
    words = "the a of and to in is was cat dog sat on mat it big red ran Paris France capital".split()
    docs = [" ".join("The " + " ".join(rng.choice(words) for _ in range(rng.randint(16, 24))) + " ." for _ in range(3)) for _ in range(120)]
    corpus.write_text("\n\n".join(docs))
    argv = [
        "run", "--model", str(tuning_llama.path), "--corpus", str(corpus), "--examples", "6", "--max-tokens", "32",
        "--out", str(tmp_path / "r"), "--tune-steps", "2", "--workers", "1", "--quiet",
    ]  # fmt: skip
    try:
        assert main(argv) == 0
    except Exception as exc:  # a corpus too small for the split is a corpus-module matter, not ours
        if "chunk" in str(exc):
            pytest.skip(str(exc))
        raise
    out = capsys.readouterr().out
    assert "substituted" in out and "tuned for KL (2 steps" in out
    tuned = load_program_set(tmp_path / "r" / "programs-tuned")
    assert len(tuned_heads(tuned)) == round(0.25 * tuning_llama.n_layers * tuning_llama.n_heads)
    assert not (tmp_path / "r" / "programs-tuned" / "tuning-state.json").exists()
    # a second run resumes: nothing is tuned again
    assert main(argv) == 0
    assert "tune" not in capsys.readouterr().err

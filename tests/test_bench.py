"""``headprog bench``: the harness's timing rules, FlexAttention equivalents of the kernel programs, and a quick run end to end."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from headprog.bench.flex import flex_functions
from headprog.bench.kernel_programs import KINDS, PYTHON_LOOPS, bench_program, expected_structure
from headprog.bench.session import BenchOptions
from headprog.bench.timing import interleaved, paired_ratio
from headprog.compiler.compiling import compile_program
from headprog.errors import HeadprogError
from headprog.features import ROW_INDEX, compute_features, stack_features
from headprog.testing import random_sequence


def test_contenders_alternate_and_warm_up_is_not_counted():
    calls = []
    times = interleaved({"a": lambda: calls.append("a"), "b": lambda: calls.append("b")}, repeat=3, warmup=1)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert [len(v) for v in times.values()] == [3, 3]
    r = paired_ratio([2.0, 4.0, 3.0], [1.0, 1.0, 1.0])
    assert r == {"median": 3.0, "min": 2.0, "max": 4.0, "n": 3}


def test_bad_options_are_refused():
    with pytest.raises(HeadprogError, match="unknown suite"):
        BenchOptions(suites=("prefil",))
    with pytest.raises(HeadprogError, match=r"\[0, 1\]"):
        BenchOptions(fractions=(0.25, 1.5))


@pytest.fixture(scope="module")
def short_batch():
    import random

    rng = random.Random(7)
    features = stack_features([compute_features(*random_sequence(rng, 40)) for _ in range(2)])
    values = np.random.default_rng(1).standard_normal((2, 40, 8)).astype(np.float32)
    return features, values


@pytest.mark.filterwarnings("ignore:flex_attention called without torch.compile")
@pytest.mark.parametrize("kind", KINDS)
def test_flex_equivalent_and_python_loop_give_the_programs_pattern(kind, short_batch):
    """FlexAttention (eager) with the score_mod/mask_mod of a kind, and its plain-Python loop, match the compiled program."""
    from torch.nn.attention.flex_attention import create_block_mask, flex_attention

    features, values = short_batch
    lengths = np.full(2, 40, dtype=np.int64)
    head = compile_program(bench_program(kind), "reference")
    assert head.structure.kind == expected_structure(kind)
    want = head.output(features, values, lengths)
    score_mod, mask_mod = flex_functions(kind, features)
    v = torch.as_tensor(values)[:, None]
    block_mask = create_block_mask(mask_mod, 2, 1, 40, 40, device="cpu", BLOCK_SIZE=8)
    zeros = torch.zeros_like(v)
    got = flex_attention(zeros, zeros, v, score_mod=score_mod, block_mask=block_mask)[:, 0].numpy()
    np.testing.assert_allclose(got, want, atol=1e-5)
    cols = {n: features[0][ROW_INDEX[n]].astype(int).tolist() for n in ("token", "prev_token", "sentence_start")}
    np.testing.assert_allclose(PYTHON_LOOPS[kind](cols, 40), head.pattern(features, lengths)[0], atol=1e-5)


@pytest.mark.slow
def test_quick_run_fills_every_table_and_resumes(tmp_path, capsys):
    from headprog.cli import main
    from headprog.data import models
    from helpers.program_sets import write_set
    from helpers.tiny_models import assign_classic

    lm = models.load("smollm2-135m")
    write_set(tmp_path / "programs", lm, assign_classic(lm))  # classic programs: few distinct kernels to compile
    out = tmp_path / "bench"
    argv = ["bench", "--quick", "--no-flex", "--programs", str(tmp_path / "programs"), "--fractions", "0,0.05", "--prefill-tokens", "24,48", "--max-batch-tokens", "30",
            "--decode-contexts", "24", "--new-tokens", "3", "--kernel-lengths", "32,64", "--suite", "prefill,decode,kernels,memory,quality",
            "--out", str(out), "--quiet"]
    assert main(argv) == 0
    results = json.loads((out / "results.json").read_text())
    suites = results["suites"]
    assert set(suites) == {"prefill", "decode", "kernels", "memory", "quality"}
    assert {(r["fraction"], r["T"], r["batch"]) for r in suites["prefill"]["rows"]} == {(0.0, 24, 1), (0.05, 24, 1)}
    assert [(s["T"], s["batch"]) for s in suites["prefill"]["skipped"]] == [(48, 1)]  # 48 tokens: over --max-batch-tokens
    assert {(r["fraction"], r["context"]) for r in suites["decode"]["rows"]} == {(0.0, 24), (0.05, 24)}
    assert {(r["kind"], r["T"]) for r in suites["kernels"]["rows"]} == {(k, t) for k in KINDS for t in (32, 64)}
    assert [r["heads"] for r in suites["memory"]["rows"]] == [14]
    assert {(r["fraction"], r["by"]) for r in suites["quality"]["rows"]} == {(0.05, "iou"), (0.05, "cost")}
    for row in suites["prefill"]["rows"] + suites["decode"]["rows"]:
        assert row["speedup"]["n"] == 2 and row["native_tokens_per_s"] > 0 and row["hybrid_tokens_per_s"] > 0
    for row in suites["kernels"]["rows"]:
        assert row["kernel_s"]["median"] > 0 and "speedup_vs_sdpa" in row and "speedup_vs_python" in row and "flex_s" not in row
    assert results["model"]["fingerprint"] == lm.fingerprint and results["programs"]["hash"].startswith("sha256:")
    assert {"torch", "numba", "transformers"} <= set(results["software"]) and results["hardware"]["cpus"]
    md = (out / "results.md").read_text()
    for title in ("Prefill throughput", "Decode throughput", "Kernels", "Memory", "Quality"):
        assert f"## {title}" in md
    assert "| 14 | 5% (iou) | 24 | 1 |" in md
    assert all((out / f"{s}.png").stat().st_size > 0 for s in ("prefill", "decode", "kernels", "quality"))
    # The same settings again: every suite is kept from the results file, nothing is measured anew.
    assert main(argv[:-5] + ["--suite", "prefill", "--out", str(out), "--quiet"]) == 0
    again = json.loads((out / "results.json").read_text())
    assert again["suites"] == suites
    assert "suite prefill kept from the earlier run" in capsys.readouterr().err  # said even under --quiet

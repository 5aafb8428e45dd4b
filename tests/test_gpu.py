"""Compiled Triton kernels and the hybrid runtime on a CUDA GPU, against the reference backend.

Skipped where there is no GPU (CI has none; the interpreted twins of these tests
are test_triton_backend and test_hybrid). Triton decides between interpreting and
compiling when a kernel module is loaded, and other test modules set
``TRITON_INTERPRET=1``, so on a GPU machine run this file in its own process:

    python -m pytest -q tests/test_gpu.py

The bundled model is used where it loads (``HEADPROG_GPU_MODEL`` names another
spec, e.g. a ``.gguf`` path, for machines without the data package).
"""

from __future__ import annotations

import os

import numpy as np
import pytest
import torch

from headprog.data import models
from headprog.compiler import reference
from headprog.compiler.compiling import compile_program
from headprog.hybrid import HybridModel
from headprog.language import parse_text
from headprog.testing import ProgramGenerator
from helpers.kernel_cases import PROGRAMS, check_against_reference, check_case, make_batch, make_program
from helpers.tiny_models import (
    BUNDLED_TEXT,
    assign_classic,
    check_generation_matches_recompute,
    check_heads_against_reference,
    quarter_of_heads,
    save_tiny_model,
    token_ids,
    zero_heads_logit_gap,
)

pytestmark = pytest.mark.skipif(not torch.cuda.is_available(), reason="no CUDA GPU")


@pytest.fixture(autouse=True)
def compiled_not_interpreted():
    head = compile_program(make_program("k == q"), "triton")
    if head.kernels.interpreted:
        pytest.skip("triton kernels were loaded interpreted in this process: run tests/test_gpu.py on its own")


@pytest.mark.parametrize("index", range(len(PROGRAMS)), ids=[p[0][:40] for p in PROGRAMS])
def test_compiled_kernels_match_reference(index):
    head, feats, lengths, values = check_case(index)
    # torch values on the GPU stay there, in their dtype
    got = head.output(feats, torch.from_numpy(values).cuda().half(), lengths)
    assert got.device.type == "cuda" and got.dtype == torch.float16
    program = head.program
    want = reference.outputs(program.expr, feats, lengths, values, program.normalize, program.fallback)
    np.testing.assert_allclose(got.float().cpu().numpy(), want, atol=5e-3, rtol=5e-3)


@pytest.mark.parametrize("index", [0, 5, 8, 16, 20], ids=["selector", "selector-dup", "band", "dense", "softmax"])
def test_compiled_kernels_long_sequences(index):
    body, normalize, fallback, _ = PROGRAMS[index]
    feats, lengths, values = make_batch([1500, 129, 1024], seed=200 + index, d=64)
    check_against_reference(make_program(body, normalize, fallback), feats, lengths, values)


@pytest.mark.parametrize("seed", range(40))
def test_compiled_kernels_match_reference_on_generated_programs(seed, batch):
    """Random programs over every feature (v2 included) and operator, lengths 1..300."""
    features, lengths, values = batch
    program = parse_text(ProgramGenerator(seed).program_text()).program()
    head, ref = compile_program(program, "triton"), compile_program(program, "reference")
    np.testing.assert_allclose(head.pattern(features, lengths), ref.pattern(features, lengths), atol=1e-5)
    np.testing.assert_allclose(head.output(features, values, lengths), ref.output(features, values, lengths), atol=1e-5)


# ---------------------------------------------------------------- hybrid models on the GPU


@pytest.fixture(scope="module", params=["gpt2", "llama"])
def tiny_cuda(request, tmp_path_factory):
    folder = save_tiny_model(tmp_path_factory.mktemp("tiny") / request.param, request.param)
    lm = models.load(str(folder))
    lm.model.to("cuda")
    return lm


def test_tiny_zero_heads_equal_native(tiny_cuda):
    with HybridModel(tiny_cuda, assign_classic(tiny_cuda)) as hybrid:
        assert hybrid.backend == "triton"
    assert zero_heads_logit_gap(tiny_cuda, token_ids(tiny_cuda).cuda()) <= 1e-5


def test_tiny_substituted_heads_equal_reference(tiny_cuda):
    ids = token_ids(tiny_cuda).cuda()
    with HybridModel(tiny_cuda, assign_classic(tiny_cuda), quarter_of_heads(tiny_cuda, seed=3)) as hybrid:
        assert {r["backend"] for r in hybrid.describe()} == {"triton"}
        check_heads_against_reference(tiny_cuda, hybrid, ids, atol=1e-5, native_atol=1e-5)


def test_tiny_generation_matches_full_recompute(tiny_cuda):
    ids = token_ids(tiny_cuda, "The cat sat on the mat . The dog").cuda()
    with HybridModel(tiny_cuda, assign_classic(tiny_cuda), quarter_of_heads(tiny_cuda, seed=4)) as hybrid:
        check_generation_matches_recompute(tiny_cuda, hybrid, ids, 32)


# ---------------------------------------------------------------- the real model on the GPU

@pytest.fixture(scope="module")
def real_cuda():
    spec = os.environ.get("HEADPROG_GPU_MODEL", models.BUNDLED_SPEC)
    try:
        lm = models.load(spec)
    except models.ModelNotFoundError as exc:
        pytest.skip(f"model {spec!r} is not on this machine: {exc}")
    lm.model.to("cuda")
    return lm


@pytest.mark.slow
def test_real_zero_heads_equal_native(real_cuda):
    assert zero_heads_logit_gap(real_cuda, token_ids(real_cuda, BUNDLED_TEXT).cuda()) <= 1e-5


@pytest.mark.slow
def test_real_substituted_heads_equal_reference(real_cuda):
    ids = token_ids(real_cuda, BUNDLED_TEXT).cuda()
    heads = [(0, 0), (0, 1), (0, 2), (3, 4), (17, 8), (29, 5)]  # (0, 0..2) share a KV head
    with HybridModel(real_cuda, assign_classic(real_cuda, seed=1), heads) as hybrid:
        check_heads_against_reference(real_cuda, hybrid, ids, atol=2e-5, native_atol=1e-5)


@pytest.mark.slow
def test_real_generation_matches_full_recompute(real_cuda):
    ids = token_ids(real_cuda, "The Eiffel Tower is in Paris. It was built in").cuda()
    with HybridModel(real_cuda, assign_classic(real_cuda, seed=2), quarter_of_heads(real_cuda, seed=2)) as hybrid:
        check_generation_matches_recompute(real_cuda, hybrid, ids, 32)


# ---------------------------------------------------------------- tuning program constants on the GPU


def test_tuning_on_the_gpu_follows_the_cpu(tmp_path_factory):
    from headprog.tuning import tune_programs

    folder = save_tiny_model(tmp_path_factory.mktemp("tune") / "llama", "llama", seed=3)
    header = '"""\nheadprog: 1\nfeatures: v1\n"""\n'
    programs = {
        (0, 1): parse_text(header + '@program(normalize="weights")\ndef a(q, k):\n    return 0.6 * (k == q - 1) + 0.3 * (k == 0) + 0.1 * decay(q - k, 3.0)\n').program(),
        (1, 2): parse_text(header + '@program(normalize="softmax")\ndef b(q, k):\n    return -0.5 * (q - k) + 2.0 * (k == 0)\n').program(),
    }
    cpu = models.load(str(folder))
    gpu = models.load(str(folder))
    gpu.model.to("cuda")
    calibration = [cpu.tokenizer(BUNDLED_TEXT)["input_ids"][:60], cpu.tokenizer("The cat sat on the mat . The dog ran .")["input_ids"]]
    on_cpu = tune_programs(cpu, programs, ["L0H1", "L1H2"], calibration, steps=4, lr=0.2)
    on_gpu = tune_programs(gpu, programs, ["L0H1", "L1H2"], calibration, steps=4, lr=0.2)
    assert on_gpu.kl_after < on_gpu.kl_before
    np.testing.assert_allclose(on_gpu.history, on_cpu.history, rtol=1e-3, atol=1e-7)
    # grown terms and minibatches: the term matrices live on the GPU, the choice is the CPU's
    options = dict(steps=6, lr=0.2, batch_size=1, batches_per_step=1, grow=["is_punct(k)", "k == q - 2", "decay(q - k, 10.0)"], grow_steps=3, max_grown=1, min_share=0.0)
    on_cpu = tune_programs(cpu, programs, ["L0H1", "L1H2"], calibration, **options)
    on_gpu = tune_programs(gpu, programs, ["L0H1", "L1H2"], calibration, **options)
    assert on_gpu.grown == on_cpu.grown and on_gpu.settings["device"].startswith("cuda")
    np.testing.assert_allclose(on_gpu.history, on_cpu.history, rtol=1e-3, atol=1e-7)

"""Kernels compiled ahead of use: what prepare_kernels compiles is exactly what a forward and a decode step call."""

from __future__ import annotations

import pytest

from headprog.compiler.compiling import compile_program
from headprog.data import models
from headprog.hybrid import HybridError, HybridModel
from headprog.hybrid.warmup import prepare_kernels
from headprog.language.program_set import head_name
from helpers.program_sets import write_set
from helpers.tiny_models import assign_classic, check_generation_matches_recompute, quarter_of_heads, save_tiny_model, token_ids

SERIAL_KERNELS = ("head_output_serial", "linear_output_serial", "decode_output_serial")


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny_models") / "llama"
    save_tiny_model(folder, "llama")
    return models.load(str(folder))


def _signatures(program_set, heads) -> dict:
    counts = {}
    for h in heads:
        module = compile_program(program_set.program(head_name(*h)), "numba").kernels.module
        for name in SERIAL_KERNELS:
            counts[(h, name)] = len(getattr(module, name).signatures)
    return counts


def test_prepared_kernels_are_the_ones_decoding_calls(tiny_llama, tmp_path):
    heads = quarter_of_heads(tiny_llama, seed=4)
    program_set = write_set(tmp_path / "set", tiny_llama, assign_classic(tiny_llama))
    distinct = prepare_kernels(tiny_llama, program_set, heads)
    assert distinct == len({program_set.program(head_name(*h)).hash for h in heads})
    before = _signatures(program_set, heads)
    assert any(before.values())
    with HybridModel(tiny_llama, program_set, heads) as hybrid:
        check_generation_matches_recompute(tiny_llama, hybrid, token_ids(tiny_llama, "The cat sat on the mat . The dog"), 6)
    assert _signatures(program_set, heads) == before, "a forward compiled a signature the warm-up did not"


def test_prepare_kernels_refuses_an_unknown_head(tiny_llama, tmp_path):
    program_set = write_set(tmp_path / "set", tiny_llama, assign_classic(tiny_llama))
    with pytest.raises(HybridError, match="L99H0"):
        prepare_kernels(tiny_llama, program_set, ["L99H0"])

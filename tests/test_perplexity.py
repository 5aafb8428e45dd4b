"""Perplexity: token-weighted, chunk by chunk, equal to a hand computation from logits."""

from __future__ import annotations

import argparse
import json
import math
import random
from pathlib import Path

import pytest
import torch

from headprog.data import models
from headprog.data.corpus import CorpusError
from headprog.cli.evaluation import add_perplexity_arguments, cmd_perplexity
from headprog.evaluate.perplexity import PerplexityError, band_name, evaluation_chunks, perplexity, position_bands
from helpers.tiny_models import WORDS, save_tiny_model_short_gpt2


def tiny_corpus(path: Path, paragraphs: int = 80, seed: int = 0) -> Path:
    rng = random.Random(seed)
    words = WORDS[3:]
    path.write_text("\n\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(5, 30))) for _ in range(paragraphs)))
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("ppl")
    return {
        "llama": str(save_tiny_model_short_gpt2(root / "llama", "llama")),
        "gpt2": str(save_tiny_model_short_gpt2(root / "gpt2", "gpt2")),
        "corpus": str(tiny_corpus(root / "c.txt")),
    }


def manual_nll(model, ids: list[int]) -> tuple[float, int]:
    """Summed NLL (float64) of tokens 1.. of one chunk, scored alone, and how many."""
    with torch.no_grad():
        logits = model(torch.tensor([ids])).logits[0].double()
    logp = torch.log_softmax(logits, -1)
    return -sum(float(logp[i, ids[i + 1]]) for i in range(len(ids) - 1)), len(ids) - 1


@pytest.mark.parametrize("family", ["llama", "gpt2"])
def test_matches_manual_computation(tiny, family):
    lm = models.load(tiny[family])
    chunks = evaluation_chunks(lm, tiny["corpus"], "heldout", 12, 5)
    assert len(chunks) == 5 and all(len(c.ids) == 12 for c in chunks)
    if family == "llama":  # BOS first, as the tokenizer does by default
        assert lm.adds_bos and all(c.ids[0] == lm.bos_token_id for c in chunks)
    else:
        assert not lm.adds_bos and all(c.ids[0] != lm.bos_token_id for c in chunks)
    result = perplexity(lm, chunks, batch_size=2, progress=False)
    sums, counts = zip(*(manual_nll(lm.model, c.ids) for c in chunks))
    assert result.tokens == sum(counts) == 5 * 11 and result.chunks == 5
    assert result.chunk_tokens == list(counts)
    for got, want in zip(result.chunk_nll, sums):
        assert got == pytest.approx(want, rel=1e-5)
    want_nll = sum(sums) / sum(counts)  # token-weighted: not a mean of per-chunk perplexities
    assert result.nll == pytest.approx(want_nll, rel=1e-5)
    assert result.perplexity == pytest.approx(math.exp(want_nll), rel=1e-5)
    assert result.bits_per_token == pytest.approx(want_nll / math.log(2), rel=1e-5)


def test_token_weighted_and_padding_invariant(tiny):
    """Chunks of different lengths in one padded batch score as they do alone."""
    lm = models.load(tiny["llama"])
    seqs = [c.ids[:n] for c, n in zip(evaluation_chunks(lm, tiny["corpus"], "synthesis", 20, 4), (20, 3, 11, 2))]
    together = perplexity(lm, seqs, progress=False)
    alone = [perplexity(lm, [s], batch_size=1, progress=False) for s in seqs]
    for r, a in zip(together.chunk_nll, alone):
        assert r == pytest.approx(a.chunk_nll[0], rel=1e-5, abs=1e-6)
    assert together.tokens == 19 + 2 + 10 + 1
    assert together.nll == pytest.approx(sum(a.chunk_nll[0] for a in alone) / together.tokens, rel=1e-5)
    # per position: summed over the chunks long enough to predict there, and adding up to the total
    assert together.position_tokens == [4, 3] + [2] * 8 + [1] * 9
    assert sum(together.position_nll) == pytest.approx(sum(together.chunk_nll), rel=1e-9)
    assert together.position_nll[1] == pytest.approx(sum(a.position_nll[1] for a in alone if len(a.position_nll) > 1), rel=1e-5)
    bands = together.nll_by_band([(0, 2), (2, 19), (30, 40)])
    assert list(bands) == ["0-1", "2-18"]  # a band past every chunk is left out
    assert bands["0-1"] == pytest.approx(sum(together.position_nll[:2]) / 7, rel=1e-9)
    # One batch per chunk or all in one give the same figure.
    assert perplexity(lm, seqs, batch_size=1, progress=False).perplexity == pytest.approx(together.perplexity, rel=1e-5)
    # A tight token budget splits batches the same way.
    assert perplexity(lm, seqs, batch_tokens=20, progress=False).perplexity == pytest.approx(together.perplexity, rel=1e-5)


def test_chunks_are_deterministic_and_split_specific(tiny):
    lm = models.load(tiny["gpt2"])
    a = evaluation_chunks(lm, tiny["corpus"], "heldout", 16, 3, seed=0)
    assert [c.ids for c in a] == [c.ids for c in evaluation_chunks(lm, tiny["corpus"], "heldout", 16, 3, seed=0)]
    assert [c.ids for c in a] != [c.ids for c in evaluation_chunks(lm, tiny["corpus"], "eval", 16, 3, seed=0)]
    assert [c.ids for c in a] != [c.ids for c in evaluation_chunks(lm, tiny["corpus"], "heldout", 16, 3, seed=1)]
    every = evaluation_chunks(lm, tiny["corpus"], "heldout", 16, None)
    assert [c.ids for c in every[:3]] == [c.ids for c in a] and len(every) > 3


def test_errors(tiny, tmp_path):
    lm = models.load(tiny["gpt2"])
    with pytest.raises(PerplexityError, match="holds only .* chunks of 16 tokens; 1000 were asked for"):
        evaluation_chunks(lm, tiny["corpus"], "heldout", 16, 1000)
    with pytest.raises(CorpusError, match="limit of 64 positions"):
        evaluation_chunks(lm, tiny["corpus"], "heldout", 65, 1)
    with pytest.raises(PerplexityError, match="unknown split 'test'"):
        evaluation_chunks(lm, tiny["corpus"], "test", 16, 1)
    with pytest.raises(PerplexityError, match="at least 2 tokens"):
        evaluation_chunks(lm, tiny["corpus"], "heldout", 1, 1)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.raises(CorpusError, match="holds no text"):
        evaluation_chunks(lm, str(empty), "heldout", 16, 1)
    with pytest.raises(PerplexityError, match="no sequences"):
        perplexity(lm, [], progress=False)
    with pytest.raises(PerplexityError, match="fewer than 2 tokens"):
        perplexity(lm, [[3, 4], [5]], progress=False)
    with pytest.raises(PerplexityError, match="more than the model's 64 positions"):
        perplexity(lm, [[3] * 65], progress=False)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="headprog perplexity")
    add_perplexity_arguments(parser)
    return parser.parse_args(argv)


def test_cli_helper(tiny, tmp_path, capsys):
    args = parse(["--model", tiny["llama"], "--corpus", tiny["corpus"], "--max-tokens", "16", "--examples", "4", "--json", str(tmp_path / "p.json"), "--quiet"])
    assert args.split == "heldout" and args.seed == 0 and args.func is cmd_perplexity
    assert cmd_perplexity(args) == 0
    out = capsys.readouterr().out
    assert "heldout (4 x 16 tokens): perplexity" in out
    data = json.loads((tmp_path / "p.json").read_text())
    lm = models.load(tiny["llama"])
    want = perplexity(lm, evaluation_chunks(lm, tiny["corpus"], "heldout", 16, 4), progress=False)
    assert data["perplexity"] == pytest.approx(want.perplexity, rel=1e-6)
    assert data["tokens"] == 60 and data["chunks"] == 4 and len(data["chunk_nll"]) == 4
    assert data["info"]["split"] == "heldout" and data["info"]["max_tokens"] == 16
    assert data["info"]["model"]["fingerprint"] == lm.fingerprint and "token-weighted" in data["info"]["method"]
    assert parse([]).max_tokens == 512 and parse([]).model == "smollm2-135m"
    with pytest.raises(SystemExit):
        parse(["--split", "train"])
    with pytest.raises(PerplexityError, match="--examples"):
        cmd_perplexity(parse(["--model", tiny["llama"], "--examples", "-1"]))


@pytest.mark.slow
def test_real_model_sane():
    lm = models.load("smollm2-135m")
    chunks = evaluation_chunks(lm, "wiki", "heldout", 64, 4)
    assert not lm.adds_bos and all(len(c.ids) == 64 for c in chunks)
    result = perplexity(lm, chunks, progress=False)
    assert result.tokens == 4 * 63
    # A 135M instruction model on encyclopedia text: well above 1, far below the vocabulary (49,152).
    assert math.isfinite(result.perplexity) and 3 < result.perplexity < 100, result.summary()
    manual = manual_nll(lm.model, chunks[0].ids)[0]
    assert result.chunk_nll[0] == pytest.approx(manual, rel=1e-4)


def test_position_bands_double_in_length():
    assert position_bands(511) == [(0, 32), (32, 64), (64, 128), (128, 256), (256, 511)]
    assert position_bands(20) == [(0, 20)] and position_bands(0) == []
    assert [band_name(*b) for b in position_bands(100)] == ["0-31", "32-63", "64-99"]

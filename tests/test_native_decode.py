"""The native heads' one-step decode kernel: equal to SDPA, and used by the hybrid only where it is plain attention."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from headprog.data import models
from headprog.hybrid import HybridModel, attend, layer_decoder
from headprog.kernels.native_decode import PARALLEL_MIN_KEYS, attend_native
from headprog.kernels.numba_runtime import rows_start_at
from helpers.tiny_models import assign_classic, check_generation_matches_recompute, quarter_of_heads, save_tiny_model, token_ids


@pytest.mark.parametrize("width", [7, PARALLEL_MIN_KEYS // 2 + 3])  # serial and parallel builds
@pytest.mark.parametrize("threads", [1, 2])
def test_attend_native_equals_sdpa_with_gqa_and_left_padding(width, threads):
    rng = np.random.default_rng(3)
    batch, n_heads, kv_heads, dim = 3, 6, 2, 16
    query = rng.standard_normal((batch, n_heads, 1, dim), dtype=np.float32)
    keys = rng.standard_normal((batch, kv_heads, width, dim), dtype=np.float32)
    values = rng.standard_normal((batch, kv_heads, width, dim), dtype=np.float32)
    first = np.array([0, 2, width - 1], dtype=np.int64)  # row 2 attends its last column only
    heads = np.array([0, 2, 3, 5], dtype=np.int64)
    kvs = heads // (n_heads // kv_heads)
    out = np.full((batch, n_heads, 1, dim), np.nan, dtype=np.float32)
    # The query holds only the native heads, in another order (as a projection that keeps their rows gives them).
    query_heads = np.array([3, 0, 1, 2], dtype=np.int64)
    kept = np.empty((batch, 4, 1, dim), dtype=np.float32)
    kept[:, query_heads] = query[:, heads]
    attend_native(kept, keys, values, query_heads, heads, kvs, first, 0.3, out, threads)
    for b in range(batch):
        k = torch.from_numpy(keys[b : b + 1, :, first[b] :]).repeat_interleave(3, dim=1)
        v = torch.from_numpy(values[b : b + 1, :, first[b] :]).repeat_interleave(3, dim=1)
        expected = torch.nn.functional.scaled_dot_product_attention(torch.from_numpy(query[b : b + 1]), k, v, scale=0.3)
        np.testing.assert_allclose(out[b, heads], expected[0, heads].numpy(), atol=2e-6)
    assert np.isnan(out[:, [1, 4]]).all()  # program heads' slots are left to their kernels


@pytest.mark.parametrize("fastmath", [False, True])  # the attention kernels inline it with fastmath
def test_exp_nonpositive_is_float32_exp_within_rounding(fastmath):
    from numba import njit

    from headprog.kernels.numba_runtime import exp_nonpositive

    @njit(fastmath=fastmath)
    def exps(x, out):
        for i in range(x.shape[0]):
            out[i] = exp_nonpositive(x[i])

    x = np.concatenate([-np.geomspace(1e-8, 86.0, 4000), [0.0, -0.5, -1.5, -np.log(2) / 2]]).astype(np.float32)
    out = np.empty_like(x)
    exps(x, out)
    expected = np.exp(x.astype(np.float64))
    np.testing.assert_allclose(out, expected, rtol=5e-7)
    exps(np.array([-90.0, -1e30, -np.inf], dtype=np.float32), out[:3])
    assert (out[:3] >= 0).all() and (out[:3] < 2e-38).all()  # clamped where float32 exp underflows


def test_attend_native_with_scores_far_apart():
    """Scores hundreds apart: the softmax shift keeps every exp in range (one key takes all the weight)."""
    rng = np.random.default_rng(5)
    width, dim = 13, 8
    query = np.full((1, 1, 1, dim), 30.0, dtype=np.float32)
    keys = rng.standard_normal((1, 1, width, dim), dtype=np.float32)
    keys[0, 0, 4] = 10.0
    values = rng.standard_normal((1, 1, width, dim), dtype=np.float32)
    out = np.empty((1, 1, 1, dim), dtype=np.float32)
    zero = np.zeros(1, dtype=np.int64)
    attend_native(query, keys, values, zero, zero, zero, zero, 1.0, out, 1)
    np.testing.assert_allclose(out[0, 0, 0], values[0, 0, 4], atol=1e-6)


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny_models") / "llama"
    save_tiny_model(folder, "llama")
    return models.load(str(folder))


def _counting(monkeypatch) -> list[int]:
    """Calls of the in-place native kernel: alone, or inside the layer decoder's one call (with native heads)."""
    calls: list[int] = []

    def counting(real, native_at):
        def counted(*args, **kwargs):
            if native_at is None or args[native_at].shape[1] > 0:
                calls.append(1)
            return real(*args, **kwargs)

        return counted

    monkeypatch.setattr(attend, "attend_native", counting(attend.attend_native, None))
    for name in ("decode_layer_serial", "decode_layer_parallel"):
        monkeypatch.setattr(layer_decoder, name, counting(getattr(layer_decoder, name), 4))
    for name in ("decode_layer_at_serial", "decode_layer_at_parallel"):  # the tensors by address
        monkeypatch.setattr(layer_decoder, name, counting(getattr(layer_decoder, name), 9))
    return calls


@pytest.mark.parametrize("by_address", [True, False])
def test_layer_decoder_takes_tensors_by_address_where_their_layout_allows(tiny_llama, monkeypatch, by_address):
    """A Llama decode step's rotated query and concatenated cache are read by address; forced off, by NumPy views: equal outputs."""
    used: list[bool] = []
    real = layer_decoder.DecodeStep.__init__

    def recording(self, *args):
        real(self, *args)
        used.append(self.by_address)
        self.by_address = self.by_address and by_address

    monkeypatch.setattr(layer_decoder.DecodeStep, "__init__", recording)
    ids = token_ids(tiny_llama, "The cat sat on the mat . The dog")
    with HybridModel(tiny_llama, assign_classic(tiny_llama), quarter_of_heads(tiny_llama, seed=4)) as hybrid:
        check_generation_matches_recompute(tiny_llama, hybrid, ids, 8)
    assert used and all(used)


def test_hybrid_decoding_runs_native_heads_in_place(tiny_llama, monkeypatch):
    calls = _counting(monkeypatch)
    ids = token_ids(tiny_llama, "The cat sat on the mat . The dog")
    with HybridModel(tiny_llama, assign_classic(tiny_llama), quarter_of_heads(tiny_llama, seed=4)) as hybrid:
        check_generation_matches_recompute(tiny_llama, hybrid, ids, 12)
    assert calls, "decode steps of layers with substituted heads should use the in-place native kernel"


@pytest.fixture(scope="module")
def tiny_gpt2(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny_models") / "gpt2"
    save_tiny_model(folder, "gpt2")
    return models.load(str(folder))


@pytest.mark.parametrize("family, rows", [("llama", 1), ("gpt2", 2)])  # GPT-2 at batch 2: its split query as NumPy views
def test_decode_steps_run_unsubstituted_layers_through_native_only_decoders(request, monkeypatch, family, rows):
    """With heads substituted in one layer, every layer's decode step is one layer-decoder call (the others with
    native heads only), equal to a full recompute; with nothing substituted the model's own attention runs."""
    lm = request.getfixturevalue(f"tiny_{family}")
    calls = _counting(monkeypatch)
    ids = token_ids(lm, "The cat sat on the mat . The dog").repeat(rows, 1)
    n_new = 5
    with HybridModel(lm, assign_classic(lm), [(1, 0), (1, 2)]) as hybrid:
        check_generation_matches_recompute(lm, hybrid, ids, n_new)
        assert len(calls) == lm.n_layers * (n_new - 1)  # the first token comes from the prefill
        calls.clear()
        with hybrid.native(), torch.no_grad():
            hybrid.generate(ids, max_new_tokens=3, do_sample=False, pad_token_id=lm.tokenizer.pad_token_id)
        assert not calls


@pytest.mark.parametrize("kept_query", [True, False])
def test_static_cache_keeps_sdpa(tiny_llama, monkeypatch, kept_query):
    """A static cache has empty columns its 4D mask hides: the kernel must not read them.

    Its decode steps run the native heads through SDPA with the query heads
    folded per KV head (``native_folded``), from a projection that kept only
    the native heads' rows or from every head's query.
    """
    from headprog.hybrid import model as hybrid_model

    if not kept_query:  # the projection computes every head: the folded query is gathered from it
        monkeypatch.setattr(hybrid_model, "query_projections", lambda model: {})
    calls = _counting(monkeypatch)
    ids = token_ids(tiny_llama, "The cat sat on the mat . The dog")
    kw = {"max_new_tokens": 6, "min_new_tokens": 6, "do_sample": False, "pad_token_id": tiny_llama.tokenizer.pad_token_id}
    with HybridModel(tiny_llama, assign_classic(tiny_llama), quarter_of_heads(tiny_llama, seed=4)) as hybrid, torch.no_grad():
        static = hybrid.generate(ids, cache_implementation="static", **kw)
        assert not calls
        dynamic = hybrid.generate(ids, **kw)
        assert calls
    assert torch.equal(static, dynamic)




@pytest.mark.parametrize("dtype", [torch.int64, torch.int32, torch.bool])
def test_rows_start_at_agrees_with_the_mask_it_checks(dtype):
    """rows_start_at (the continued batch's mask check) against the mask built in torch, and masks that are not it."""
    offsets = np.asarray([0, 3, 1], dtype=np.int64)
    width = 7
    good = (torch.arange(width)[None, :] >= torch.from_numpy(offsets)[:, None]).to(dtype)
    assert rows_start_at(good.numpy(), offsets)
    right_padded = good.flip(1)
    assert not rows_start_at(right_padded.numpy(), offsets)
    gap = good.clone()
    gap[1, 5] = 0
    assert not rows_start_at(gap.numpy(), offsets)
    assert not rows_start_at(good.numpy(), offsets + 1)


def test_continuing_with_a_mask_that_is_not_left_padding_is_refused(tiny_llama):
    """A decode step whose 2D mask is not the cache's left padding (or is too short) names the problem."""
    from headprog.hybrid import HybridError

    ids = token_ids(tiny_llama, "The cat sat on the mat . The dog")
    with HybridModel(tiny_llama, assign_classic(tiny_llama), quarter_of_heads(tiny_llama, seed=4)) as hybrid, torch.no_grad():
        out = hybrid(input_ids=ids, use_cache=True)
        token = out.logits[:, -1:].argmax(-1)
        width = ids.shape[1] + 1
        holed = torch.ones(1, width, dtype=torch.long)
        holed[0, 2] = 0
        for mask in (holed, torch.ones(1, width - 1, dtype=torch.long)):
            with pytest.raises(HybridError, match="does not match the KV cache"):
                hybrid(input_ids=token, attention_mask=mask, cache=out.cache, use_cache=True)
        # The refused steps changed nothing: the right mask (float here: checked as bool) continues the same cache and state.
        good = hybrid(input_ids=token, attention_mask=torch.ones(1, width), cache=out.cache, use_cache=True)
        assert torch.isfinite(good.logits).all() and good.cache.get_seq_length() == width

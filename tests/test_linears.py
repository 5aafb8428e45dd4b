"""oneDNN-packed linear weights (what the serving engine runs by default on a float32 CPU model)."""

from __future__ import annotations

import pytest
import torch

from headprog.hybrid.linears import pack_linears, packed_count, packing_available, unpack_linears

pytestmark = pytest.mark.skipif(not packing_available(), reason="this torch build has no oneDNN packed linear")


@pytest.fixture()
def tiny_llama(tmp_path):
    from headprog.data import models
    from helpers.tiny_models import save_tiny_model

    return models.load(str(save_tiny_model(tmp_path / "llama", "llama", seed=4)))


def test_packed_model_gives_the_same_logits_and_unpacks(tiny_llama):
    model = tiny_llama.model
    linears = sum(isinstance(m, torch.nn.Linear) for m in model.modules())
    ids = torch.randint(0, tiny_llama.tokenizer.vocab_size, (3, 11), generator=torch.Generator().manual_seed(0))
    with torch.inference_mode():
        want = model(input_ids=ids).logits
        assert pack_linears(model) == linears > 0
        assert pack_linears(model) == 0  # already packed: nothing more to do
        assert packed_count(model) == linears
        got = model(input_ids=ids).logits
        one_row = model(input_ids=ids[:1, :1]).logits  # a decode step's single row runs packed too
    torch.testing.assert_close(got, want, rtol=1e-4, atol=1e-4)
    torch.testing.assert_close(one_row, want[:1, :1], rtol=1e-4, atol=1e-4)
    assert unpack_linears(model) == linears and packed_count(model) == 0
    with torch.inference_mode():
        torch.testing.assert_close(model(input_ids=ids).logits, want, rtol=0, atol=0)


def test_packed_linear_falls_back_to_aten_for_training_and_other_dtypes():
    layer = torch.nn.Linear(6, 5)
    pack_linears(layer)
    x = torch.randn(4, 6, requires_grad=True)
    layer(x).sum().backward()  # autograd goes through ATen, so gradients exist
    assert x.grad is not None and layer.weight.grad is not None
    with torch.no_grad():
        double = torch.nn.Linear(6, 5).double()
        assert pack_linears(double) == 0  # float64 weights stay as they are
        torch.testing.assert_close(layer(x.detach()), torch.nn.functional.linear(x.detach(), layer.weight, layer.bias), rtol=1e-5, atol=1e-5)


def test_engine_packs_by_default_and_not_when_told(tiny_llama):
    from headprog.serving.engine import Engine

    model = tiny_llama.model
    Engine(tiny_llama, pack_weights=False).stop(drain=False)
    assert packed_count(model) == 0
    engine = Engine(tiny_llama)
    assert engine.packed_linears == packed_count(model) > 0
    engine.stop(drain=False)


def test_packed_min_rows_sends_fewer_rows_to_aten():
    """Below ``min_rows`` input rows a packed linear runs ATen's linear (bit for bit); from it on, the packed weight."""
    layer = torch.nn.Linear(16, 24)
    with torch.no_grad():
        one, three = torch.randn(1, 1, 16), torch.randn(3, 1, 16)
        assert pack_linears(layer, min_rows=2) == 1
        assert torch.equal(layer(one), torch.nn.functional.linear(one, layer.weight, layer.bias))
        torch.testing.assert_close(layer(three), torch.nn.functional.linear(three, layer.weight, layer.bias), rtol=1e-5, atol=1e-5)
        assert pack_linears(layer, min_rows=1) == 0 and "packed_min_rows" not in layer.__dict__  # packed already: the threshold only
        pack_linears(layer, min_rows=4)
        assert layer.packed_min_rows == 4
        unpack_linears(layer)
        assert "packed_min_rows" not in layer.__dict__ and "forward" not in layer.__dict__
    with pytest.raises(ValueError, match="at least 1"):
        pack_linears(layer, min_rows=0)


def test_engine_passes_its_packed_min_rows(tiny_llama):
    from headprog.errors import HeadprogError
    from headprog.serving.engine import Engine

    engine = Engine(tiny_llama, pack_min_rows=2)
    linears = [m for m in tiny_llama.model.modules() if isinstance(m, torch.nn.Linear)]
    assert engine.packed_linears == len(linears) and all(m.packed_min_rows == 2 for m in linears)
    engine.stop(drain=False)
    with pytest.raises(HeadprogError, match="at least 1"):
        Engine(tiny_llama, pack_min_rows=0)


def test_kept_rows_compute_exactly_those_rows_and_restore():
    from headprog.hybrid.linears import keep_rows, select_rows

    layer = torch.nn.Linear(6, 8)
    x = torch.randn(3, 6)
    rows = torch.tensor([5, 1, 2])
    state = {k: v.clone() for k, v in layer.state_dict().items()}
    with torch.no_grad():
        full = layer(x)
        keep_rows(layer, select_rows(layer, rows))
        torch.testing.assert_close(layer(x), full[:, rows], rtol=0, atol=0)
        assert all(torch.equal(v, state[k]) for k, v in layer.state_dict().items())  # parameters untouched
        if packing_available():
            pack_linears(layer)  # packing a linear that keeps rows packs its rows too
            torch.testing.assert_close(layer(x), full[:, rows], rtol=1e-5, atol=1e-5)
            unpack_linears(layer)
        keep_rows(layer, None)
        torch.testing.assert_close(layer(x), full, rtol=0, atol=0)
    assert "forward" not in layer.__dict__  # nothing left behind


def test_hybrid_keeps_only_the_native_query_rows(tiny_llama, monkeypatch):
    """Substituted heads' query rows are not computed, and the logits are those of a hybrid that computes them."""
    from headprog.hybrid import HybridModel
    from headprog.hybrid import model as hybrid_model
    from helpers.tiny_models import assign_classic, quarter_of_heads, token_ids

    ids = token_ids(tiny_llama, "The cat sat on the mat . The dog ran")
    heads = quarter_of_heads(tiny_llama, seed=2)
    attention = {m.layer_idx: m for m in tiny_llama.model.modules() if hasattr(m, "q_proj")}
    x = torch.randn(1, 1, tiny_llama.model.config.hidden_size)
    with torch.inference_mode():
        with HybridModel(tiny_llama, assign_classic(tiny_llama), heads) as hybrid:
            kept = hybrid(input_ids=ids).logits
            for layer, plan in hybrid._plans.items():
                assert attention[layer].q_proj(x).shape[-1] == len(plan.query_heads) * attention[layer].head_dim
        width = attention[0].q_proj.out_features
        assert all(m.q_proj(x).shape[-1] == width for m in attention.values())  # closing restores every row
        monkeypatch.setattr(hybrid_model, "query_projections", lambda model: {})
        with HybridModel(tiny_llama, assign_classic(tiny_llama), heads) as hybrid:
            full = hybrid(input_ids=ids).logits
    torch.testing.assert_close(kept, full, rtol=1e-5, atol=1e-5)

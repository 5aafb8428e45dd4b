"""How one layer's heads are computed: native heads through SDPA, program heads grouped by program."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from headprog.language.program import Program

__all__ = ["ATTENTION_EXTRAS", "LayerPlan", "ProgramGroup", "model_attention", "native_attention", "query_projections"]


#: Attention arguments beyond plain softmax(q·k)·v; any of them set sends the native heads through transformers' own function.
ATTENTION_EXTRAS = ("position_bias", "softcap", "is_causal", "s_aux")


@dataclass
class ProgramGroup:
    """Substituted heads of one layer that share one compiled program."""

    program: Program
    compiled: Any  # CompiledHead
    heads: list[int]
    kv: list[int]
    index: dict[torch.device, tuple[torch.Tensor, torch.Tensor]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.heads_np = np.asarray(self.heads, dtype=np.int64)
        self.kv_np = np.asarray(self.kv, dtype=np.int64)

    def tensors(self, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        got = self.index.get(device)
        if got is None:
            got = (torch.tensor(self.heads, device=device), torch.tensor(self.kv, device=device))
            self.index[device] = got
        return got


@dataclass
class LayerPlan:
    """How one layer's heads are computed."""

    native: list[int]
    native_kv: list[int]
    groups: list[ProgramGroup]
    index: dict[torch.device, tuple[torch.Tensor, ...]] = field(default_factory=dict)
    #: The model's query heads in this layer (the width of the attention output).
    n_heads: int = 0
    #: The rows the layer's query projection keeps (:func:`headprog.hybrid.linears.select_rows`), or None when it
    #: computes every head's query: then ``query`` holds :attr:`query_heads` only, in that order.
    kept_query: Any = None
    #: Decodes the linear program heads (and the native heads) in one call on the CPU; None: each group its own kernel.
    decoder: Any = None

    def __post_init__(self) -> None:
        self.native_np = np.asarray(self.native, dtype=np.int64)
        self.native_kv_np = np.asarray(self.native_kv, dtype=np.int64)
        # Decoding folds the native query heads that share a KV head into that head's query rows, so SDPA
        # reads the cache's K and V in place (no per-head copies): slot (kv - kv_lo) * fold + i.
        self.kv_lo = int(self.native_kv_np.min()) if self.native else 0
        self.kv_count = int(self.native_kv_np.max()) - self.kv_lo + 1 if self.native else 0
        counts: dict[int, int] = {}
        slots = []
        for kv in self.native_kv:
            slots.append((kv - self.kv_lo, counts.get(kv, 0)))
            counts[kv] = counts.get(kv, 0) + 1
        self.fold = max(counts.values(), default=0)
        self.fold_slots = np.asarray([k * self.fold + i for k, i in slots], dtype=np.int64)
        # The query heads a layer needs, in the folded order (padding slots repeat a native head; a layer
        # with none keeps one row, since a projection to zero heads cannot be reshaped into heads).
        self.query_heads: list[int] = [0] if not self.native else []
        for j in range(self.kv_count):
            mine = [h for h, kv in zip(self.native, self.native_kv) if kv == self.kv_lo + j]
            self.query_heads += mine + [self.native[0]] * (self.fold - len(mine))

    @property
    def native_query(self) -> np.ndarray:
        """Where each native head's query sits in this layer's ``query`` tensor."""
        return self.fold_slots if self.kept_query is not None else self.native_np

    def native_tensors(self, device: torch.device) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(native heads, their KV heads, their positions in ``query``) on ``device``."""
        got = self.index.get(device)
        if got is None:
            got = (torch.tensor(self.native, device=device), torch.tensor(self.native_kv, device=device), torch.from_numpy(self.native_query).to(device))
            self.index[device] = got
        return got


class _NativeSubset:
    """What ``sdpa_attention_forward`` reads from the attention module, for a KV-expanded head subset."""

    num_key_value_groups = 1

    def __init__(self, module: Any) -> None:
        self.is_causal = getattr(module, "is_causal", True)
        self.layer_idx = getattr(module, "layer_idx", None)
        self.training = getattr(module, "training", False)


def native_attention(
    module: Any,
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    attention_mask: torch.Tensor | None,
    dropout: float,
    scaling: float | None,
    kwargs: dict[str, Any],
) -> torch.Tensor:
    """Native attention of a head subset (K and V already picked per query head): (B, h, m, D).

    The common cases call ``scaled_dot_product_attention`` exactly as transformers'
    ``sdpa_attention_forward`` does, minus its output transpose; anything unusual
    (position bias, soft-capping, a static cache without a mask) goes through that
    function itself.
    """
    m, n = query.shape[2], key.shape[2]
    unusual = any(kwargs.get(k) is not None for k in ATTENTION_EXTRAS)
    if unusual or (attention_mask is None and 1 < m < n):
        from transformers.integrations.sdpa_attention import sdpa_attention_forward

        res, _ = sdpa_attention_forward(
            _NativeSubset(module), query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs
        )
        return res.transpose(1, 2)
    is_causal = m > 1 and attention_mask is None and getattr(module, "is_causal", True)
    return torch.nn.functional.scaled_dot_product_attention(
        query, key, value, attn_mask=attention_mask, dropout_p=dropout, scale=scaling, is_causal=is_causal
    )


def query_projections(model: torch.nn.Module) -> dict[int, tuple[torch.nn.Linear, int]]:
    """Layer index -> (query projection, head dim) of a Llama model's attention layers; empty for other architectures.

    Only Llama's attention is known to read its query heads from ``q_proj``
    rows in order and nothing else per head (GPT-2 projects Q, K and V in one
    ``c_attn``), so only there may the hybrid runtime keep a subset of rows.
    """
    if getattr(getattr(model, "config", None), "model_type", None) != "llama":
        return {}
    found = {}
    for module in model.modules():
        proj, layer, head_dim = getattr(module, "q_proj", None), getattr(module, "layer_idx", None), getattr(module, "head_dim", None)
        if isinstance(proj, torch.nn.Linear) and isinstance(layer, int) and isinstance(head_dim, int):
            found[layer] = (proj, head_dim)
    return found


def model_attention(module: Any, implementation: str | None):
    """The model file's own ``eager_attention_forward`` when the model ran eager attention."""
    if implementation != "eager":
        return None
    import sys

    return getattr(sys.modules.get(type(module).__module__), "eager_attention_forward", None)

"""Next-token distributions of a model, and the KL divergence of one model's from another's."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

__all__ = ["mean_kl", "next_token_log_probs"]


def next_token_log_probs(model: Any, ids: torch.Tensor) -> torch.Tensor:
    """Log-probabilities of the next token at every position but the last: (B, T - 1, V) float32, for (B, T) ``ids``."""
    logits = model(input_ids=ids, use_cache=False).logits[:, :-1].float()
    return torch.log_softmax(logits, dim=-1)


def mean_kl(native: Sequence[torch.Tensor], current: Sequence[torch.Tensor]) -> float:
    """Mean KL(native || current) per predicted position, over matching (..., V) log-probability tensors."""
    total = sum(float((p.exp() * (p - q)).sum()) for p, q in zip(native, current))
    return total / sum(p[..., 0].numel() for p in native)

"""The kernel suite's programs as PyTorch FlexAttention ``score_mod`` / ``mask_mod`` pairs, the peer they are measured against.

FlexAttention takes softmax of its scores, so a program whose weights are
normalised (selector, band, linear) becomes the score ``log(weight)`` with the
keys of weight 0 masked out: softmax of ``log w`` over the kept keys is
``w / sum(w)``, the program's own pattern. A softmax program's score is its
expression as it stands. Token features reach the ``score_mod`` as captured
tensors indexed by batch row and position, the way FlexAttention documents
document masks and ALiBi tables.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

__all__ = ["flex_functions", "compiled_flex_attention"]

_LN2 = math.log(2.0)


def _weight(kind: str, tok: Any, prev: Any, start: Any) -> Callable[..., Any]:
    import torch

    if kind == "selector":
        def weight(b: Any, q: Any, k: Any) -> Any:
            return (k == q - 1).float() + 0.5 * (k == start[b, q]).float() + 0.2 * (k == 0).float()
    elif kind == "band":
        def weight(b: Any, q: Any, k: Any) -> Any:
            return (q - k <= 8).float() * torch.exp(-(q - k).float() * (_LN2 / 3.0))
    else:
        def weight(b: Any, q: Any, k: Any) -> Any:
            return 2.0 * (prev[b, k] == tok[b, q]).float() + (tok[b, k] == tok[b, q]).float() + 0.1 * torch.exp(-(q - k).float() * (_LN2 / 16.0))
    return weight


def flex_functions(kind: str, features: Any) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """``(score_mod, mask_mod)`` of a kernel-suite program over token features (B, rows, T), as NumPy or torch."""
    import torch

    from headprog.features import ROW_INDEX

    table = torch.as_tensor(features)

    def row(name: str) -> Any:
        return table[:, ROW_INDEX[name]].to(torch.int64).contiguous()

    weight = _weight(kind, row("token"), row("prev_token"), row("sentence_start"))
    if kind == "softmax":
        def score_mod(score: Any, b: Any, h: Any, q: Any, k: Any) -> Any:
            return weight(b, q, k)

        def mask_mod(b: Any, h: Any, q: Any, k: Any) -> Any:
            return q >= k
    else:
        def score_mod(score: Any, b: Any, h: Any, q: Any, k: Any) -> Any:
            return torch.log(weight(b, q, k))

        def mask_mod(b: Any, h: Any, q: Any, k: Any) -> Any:
            return (q >= k) & (weight(b, q, k) > 0)
    return score_mod, mask_mod


def compiled_flex_attention() -> Callable[..., Any]:
    """FlexAttention under ``torch.compile``, static shapes: one compile per T (torch 2.13's CPU code generator
    fails on these score_mods with dynamic shapes)."""
    import torch
    from torch.nn.attention.flex_attention import flex_attention

    return torch.compile(flex_attention, dynamic=False)

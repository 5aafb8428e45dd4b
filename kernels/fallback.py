"""What a row with no support attends to, as head outputs.

``first``: the first token's value; ``self``: the query's own value;
``uniform``: the mean of the values 0..q (a prefix mean, O(T·d)).
Works on NumPy arrays and torch tensors alike.
"""

from __future__ import annotations

import numpy as np

FALLBACK_CODES = {"first": 0, "self": 1, "uniform": 2}


def fallback_values(values, fallback: str):
    """Per-row fallback outputs for values (B, T, D), same type as ``values``."""
    t = values.shape[1]
    if fallback == "first":
        return values[:, :1].expand_as(values) if hasattr(values, "expand_as") else np.broadcast_to(values[:, :1], values.shape)
    if fallback == "self":
        return values
    if hasattr(values, "cumsum") and not isinstance(values, np.ndarray):
        import torch

        counts = torch.arange(1, t + 1, dtype=values.dtype, device=values.device)[None, :, None]
        return values.cumsum(dim=1) / counts
    counts = np.arange(1, t + 1, dtype=np.float64)[None, :, None]
    return (np.cumsum(values, axis=1, dtype=np.float64) / counts).astype(values.dtype)

"""The KV cache of a batch of requests of different lengths: left padding, rows joining and leaving.

Every row of a batch ends at the same cache column, so one decode step
appends one column for every row at once. A row shorter than the widest
holds padding columns on its left (``offsets``), masked out for native heads
by the 2D attention mask and skipped by program heads, which read each row
from its own offset (see :meth:`headprog.hybrid.HybridModel.set_state`).
Rows join (after their own prefill) and leave (finished or cancelled)
between steps; each change copies the cache once, a step never does.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

__all__ = ["BatchCache"]


class BatchCache:
    """Per-layer key and value tensors ``(B, kv_heads, width, head_dim)`` of a left-padded batch."""

    def __init__(self, layers: list[tuple[torch.Tensor, torch.Tensor]], offsets: Sequence[int], cache=None) -> None:
        self.layers = layers
        self.offsets = [int(o) for o in offsets]
        self._cache = cache  # the DynamicCache the next forward continues, kept between steps

    @classmethod
    def from_cache(cls, cache) -> BatchCache:
        """One request's cache after its prefill (no padding)."""
        layers = [(layer.keys, layer.values) for layer in cache.layers]
        return cls(layers, [0] * layers[0][0].shape[0], cache)

    @property
    def width(self) -> int:
        return int(self.layers[0][0].shape[2]) if self.layers else 0

    @property
    def batch(self) -> int:
        return len(self.offsets)

    @property
    def lengths(self) -> list[int]:
        """Real tokens per row."""
        return [self.width - o for o in self.offsets]

    def dynamic_cache(self):
        """The ``transformers`` DynamicCache the next forward continues (made once per batch, not per step)."""
        if self._cache is None:
            from transformers import DynamicCache

            self._cache = DynamicCache(ddp_cache_data=self.layers)
        return self._cache

    def update_from(self, cache) -> None:
        """Take the tensors a forward grew (one more column per row)."""
        self._cache = cache
        self.layers = [(layer.keys, layer.values) for layer in cache.layers]

    def attention_mask(self, new: int = 1) -> torch.Tensor:
        """The 2D mask of the next forward of ``new`` tokens per row: zeros over each row's padding."""
        width = self.width + new
        columns = torch.arange(width)[None, :]
        return (columns >= torch.tensor(self.offsets)[:, None]).long()

    def position_ids(self, new: int = 1) -> torch.Tensor:
        """Each row's own positions for the next ``new`` tokens (padding does not count)."""
        lengths = torch.tensor(self.lengths)[:, None]
        return lengths + torch.arange(new)[None, :]

    @staticmethod
    def merge(parts: Sequence[BatchCache]) -> BatchCache:
        """Rows of every part, in order, left-padded to the widest."""
        parts = [p for p in parts if p.batch]
        width = max(p.width for p in parts)
        layers = []
        for per_layer in zip(*(p.layers for p in parts)):
            keys = [_left_pad(k, width) for k, _ in per_layer]
            values = [_left_pad(v, width) for _, v in per_layer]
            layers.append((torch.cat(keys), torch.cat(values)))
        offsets = [o + width - p.width for p in parts for o in p.offsets]
        return BatchCache(layers, offsets)

    def select(self, rows: Sequence[int]) -> BatchCache:
        """Keep ``rows`` (in that order), dropping padding columns no row needs any more."""
        if not rows:
            return BatchCache([], [])
        offsets = [self.offsets[r] for r in rows]
        trim = min(offsets)
        index = torch.tensor(list(rows))
        layers = [(k.index_select(0, index)[:, :, trim:].contiguous(), v.index_select(0, index)[:, :, trim:].contiguous()) for k, v in self.layers]
        return BatchCache(layers, [o - trim for o in offsets])


def _left_pad(tensor: torch.Tensor, width: int) -> torch.Tensor:
    missing = width - tensor.shape[2]
    if missing == 0:
        return tensor
    pad = tensor.new_zeros(tensor.shape[0], tensor.shape[1], missing, tensor.shape[3])
    return torch.cat([pad, tensor], dim=2)

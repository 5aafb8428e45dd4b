"""Token features of the batch a forward runs on: computed once per forward, extended by one column per decoded token."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from headprog.compiler import reference
from headprog.data.tokens import detect_style, surface_strings
from headprog.features import FeatureStream
from headprog.hybrid.checks import HybridError
from headprog.language.program import Program

__all__ = ["ForwardFeatures", "SurfaceStrings", "pattern_rows", "row_lengths"]


def pattern_rows(program: Program, features: np.ndarray, queries: Sequence[int] | np.ndarray) -> np.ndarray:
    """Rows ``queries`` of a program's pattern over keys ``0..n-1``: (len(queries), n) float64.

    ``features`` is the (rows, n) feature table of the positions seen so far;
    a query ``q`` reads keys ``0..q`` only. The reference backend's rows, so
    decoding agrees with a full recompute by construction.
    """
    return reference.pattern_rows(program.expr, features, program.normalize, program.fallback, np.asarray(queries))


class SurfaceStrings:
    """Surface strings of token ids under one tokenizer, cached per id."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.style = detect_style(tokenizer)
        self.cache: dict[int, str] = {}

    def __call__(self, ids: Sequence[int]) -> list[str]:
        missing = sorted({i for i in ids if i not in self.cache})
        if missing:
            pieces = self.tokenizer.convert_ids_to_tokens(missing)
            for i, text in zip(missing, surface_strings([p if p is not None else "" for p in pieces], self.style)):
                self.cache[i] = text
        return [self.cache[i] for i in ids]


@dataclass
class ForwardFeatures:
    """The token features of the batch being run, covering every position seen (past + new)."""

    ids: list[list[int]]  # per row, the real tokens seen so far
    table: np.ndarray  # (B, rows, N) float32, sentinels past each row's length
    lengths: np.ndarray  # (B,) int64 real lengths
    past: int  # positions before this forward's new tokens
    new: int  # new positions in this forward
    streams: list[FeatureStream] | None = None  # built lazily when a cache is continued
    tiled: dict[tuple[int, Any], tuple[Any, Any]] = field(default_factory=dict)
    rows: dict[str, np.ndarray] = field(default_factory=dict)  # program hash -> (B, new, N) pattern rows

    @property
    def total(self) -> int:
        return self.past + self.new

    def tile(self, g: int, device: torch.device | None = None) -> tuple[Any, Any]:
        """Features and lengths repeated for g heads stacked along the batch (head-major).

        NumPy arrays, or with ``device`` torch tensors there, copied once per forward
        rather than once per kernel call.
        """
        got = self.tiled.get((g, device))
        if got is None:
            if device is None:
                table = self.table if g == 1 else np.ascontiguousarray(np.tile(self.table, (g, 1, 1)))
                got = (table, np.tile(self.lengths, g))
            else:
                table, lengths = self.tile(g)
                got = (torch.from_numpy(table).to(device), torch.from_numpy(lengths).to(device))
            self.tiled[(g, device)] = got
        return got


def row_lengths(mask: torch.Tensor | None, batch: int, width: int) -> np.ndarray:
    """Per-row lengths from a 2D attention mask; refuses anything but right padding."""
    if mask is None or (isinstance(mask, torch.Tensor) and mask.dim() == 4):
        # No mask, or one prepared by the caller (e.g. generate with a static cache): rows are unpadded.
        return np.full(batch, width, dtype=np.int64)
    if not isinstance(mask, torch.Tensor) or mask.dim() != 2:
        raise HybridError(
            "the hybrid runtime needs a 2D attention_mask (batch, length) of ones then zeros (right padding); "
            f"got {type(mask).__name__} of shape {tuple(getattr(mask, 'shape', ()))}"
        )
    m = mask.detach().to("cpu", torch.bool)
    lengths = m.sum(dim=1)
    expected = torch.arange(m.shape[1])[None, :] < lengths[:, None]
    if not torch.equal(m, expected):
        bad = int((m != expected).any(dim=1).nonzero()[0, 0])
        raise HybridError(
            f"row {bad} of the attention_mask is not right-padded: the hybrid runtime supports right padding only "
            f"(ones, then zeros). Set tokenizer.padding_side = 'right', or run the rows one at a time"
        )
    return lengths.numpy().astype(np.int64)

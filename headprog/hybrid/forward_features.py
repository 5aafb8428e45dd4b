"""Token features of the batch a forward runs on: computed once per forward, extended by one column per decoded token.

Positions are each row's own (real) positions: row b's features fill columns
``0..lengths[b]-1`` of the table, sentinels after. Its keys and values sit in
the KV cache from column ``offsets[b]`` (left padding: every row of a batch
ends at the cache's last column, so one step appends one column to all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from headprog.compiler import reference
from headprog.data.tokens import detect_style, surface_strings
from headprog.features import ROW_SENTINEL, FeatureStream, compute_features, stack_features
from headprog.hybrid.checks import HybridError
from headprog.kernels.numba_runtime import rows_start_at
from headprog.language.program import Program

__all__ = ["ForwardFeatures", "SurfaceStrings", "extend_features", "fresh_features", "merge_features", "pattern_rows", "row_layout"]


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
        cache = self.cache
        if len(ids) == 1 and ids[0] in cache:  # a decode step's row
            return [cache[ids[0]]]
        missing = sorted({i for i in ids if i not in cache})
        if missing:
            pieces = self.tokenizer.convert_ids_to_tokens(missing)
            for i, text in zip(missing, surface_strings([p if p is not None else "" for p in pieces], self.style)):
                self.cache[i] = text
        return [self.cache[i] for i in ids]


@dataclass(slots=True)
class ForwardFeatures:
    """The token features of the batch being run, covering every position seen (past + new).

    Also the decoding state a serving engine moves between batches
    (:func:`merge_features`, :meth:`select`): each row's tokens, feature
    streams, left padding and, in ``carried``, the running sums of linear
    programs (one dict per layer and program group, arrays with the batch first).
    """

    ids: list[list[int]]  # per row, the real tokens seen so far
    #: (B, rows, N) float32, N >= :attr:`total`: sentinels past each row's length. Columns past ``total`` are room
    #: for decoded tokens; kernels read a row's features below its length only.
    table: np.ndarray
    lengths: np.ndarray  # (B,) int64 real lengths
    past: int  # positions before this forward's new tokens
    new: int  # new positions in this forward
    streams: list[FeatureStream | None] | None = None  # built lazily when a cache is continued
    offsets: np.ndarray | None = None  # (B,) int64 left-padding columns in the KV cache; None: zeros
    carried: dict[Any, dict[str, np.ndarray]] = field(default_factory=dict)
    #: The forward's mask was a 4D one the caller prepared (e.g. a static cache's): which cache columns a
    #: row attends is then the mask's business, not ``offsets`` alone.
    caller_mask: bool = False
    #: This forward decodes one token per row from a cache under the model's own mask (a plain decode step).
    single_step: bool = False
    #: Whether this forward's substituted layers decode in place in one kernel call each (decided at the first).
    in_place: bool | None = None
    #: Numba's thread count for this forward's kernels, as the runtime set it (None: left as it was).
    kernel_threads: int | None = None
    tiled: dict[tuple[int, Any], tuple[Any, Any]] = field(default_factory=dict)
    rows: dict[str, np.ndarray] = field(default_factory=dict)  # program hash -> (B, new, N) pattern rows
    #: Per row, how many columns of ``table`` a state has filled (shared by the states sharing the table): a
    #: state appends its next tokens in place only where it filled the last of them. None: never in place.
    filled: np.ndarray | None = None
    #: What the layers decoding this step in place share (a :class:`~headprog.hybrid.layer_decoder.DecodeStep`,
    #: made at the step's first such layer): the batch, head size, cache length, threads and the cache's layout.
    decode_step: Any = None

    def __post_init__(self) -> None:
        if self.offsets is None:
            self.offsets = np.zeros(len(self.ids), dtype=np.int64)

    @property
    def total(self) -> int:
        return self.past + self.new

    @property
    def padded(self) -> bool:
        """Whether any row is left-padded in the cache."""
        return bool(self.offsets.any())

    def tile(self, g: int, device: torch.device | None = None) -> tuple[Any, Any]:
        """Features and lengths repeated for g heads stacked along the batch (head-major).

        NumPy arrays, or with ``device`` torch tensors there, copied once per forward
        rather than once per kernel call.
        """
        got = self.tiled.get((g, device))
        if got is None:
            if device is None:
                own = np.ascontiguousarray(self.table[:, :, : self.total])
                table = own if g == 1 else np.ascontiguousarray(np.tile(own, (g, 1, 1)))
                got = (table, np.tile(self.lengths, g))
            else:
                table, lengths = self.tile(g)
                got = (torch.from_numpy(table).to(device), torch.from_numpy(lengths).to(device))
            self.tiled[(g, device)] = got
        return got

    def select(self, rows: Sequence[int]) -> ForwardFeatures:
        """These rows only, with padding columns no row needs any more dropped (as the engine's cache does)."""
        index = np.asarray(rows, dtype=np.int64)
        offsets = self.offsets[index]
        trim = int(offsets.min())
        width = self.total - trim
        streams = None if self.streams is None else [self.streams[i] for i in rows]
        carried = {key: {name: arr[index] for name, arr in parts.items()} for key, parts in self.carried.items()}
        return ForwardFeatures(
            ids=[self.ids[i] for i in rows],
            table=np.ascontiguousarray(self.table[index, :, :width]),
            lengths=self.lengths[index].copy(),
            past=width,
            new=0,
            streams=streams,
            offsets=offsets - trim,
            carried=carried,
        )


_SENTINEL_COLUMN = np.asarray(ROW_SENTINEL, dtype=np.float32)[None, :, None]


def _sentinels(batch: int, width: int) -> np.ndarray:
    return np.broadcast_to(_SENTINEL_COLUMN, (batch, len(ROW_SENTINEL), width)).copy()


def room_for(width: int) -> int:
    """Columns a feature table of ``width`` is given beyond it for decoded tokens: a copy every ~width/4 steps."""
    return max(64, width // 4)


def _appendable(state: ForwardFeatures, lengths: list[int], new: int) -> tuple[np.ndarray, np.ndarray]:
    """(table, filled) that ``new`` more columns per row can be written into: the state's own, or a wider copy.

    The state's own where it has room and no other state sharing it has
    written past this one's rows (two continuations of one state must not
    write each other's columns); a copy with room otherwise. ``lengths``:
    the state's, as a list.
    """
    table, filled = state.table, state.filled
    if filled is not None and max(lengths) + new <= table.shape[2] and filled.tolist() == lengths:
        return table, filled
    width = state.total + new
    grown = _sentinels(len(lengths), width + room_for(width))
    grown[:, :, : state.total] = table[:, :, : state.total]
    return grown, state.lengths.copy()


def merge_features(states: Sequence[ForwardFeatures]) -> ForwardFeatures:
    """The rows of every state, in order, left-padded to the widest (as :meth:`BatchCache.merge` pads the cache)."""
    widths = [int(s.offsets[0] + s.lengths[0]) for s in states]
    width = max(widths)
    tables, ids, lengths, offsets, streams = [], [], [], [], []
    for s, w in zip(states, widths):
        t = _sentinels(len(s.ids), width)
        t[:, :, : s.total] = s.table[:, :, : s.total]
        tables.append(t)
        ids += s.ids
        lengths.append(s.lengths)
        offsets.append(s.offsets + (width - w))
        streams += s.streams if s.streams is not None else [None] * len(s.ids)
    return ForwardFeatures(
        ids=ids,
        table=np.concatenate(tables),
        lengths=np.concatenate(lengths).astype(np.int64),
        past=width,
        new=0,
        streams=streams,
        offsets=np.concatenate(offsets).astype(np.int64),
        carried=_merge_carried(states),
    )


def _merge_carried(states: Sequence[ForwardFeatures]) -> dict[Any, dict[str, np.ndarray]]:
    """Concatenate carried arrays row-wise; a state without a key gets zeros (its kernel starts that row over)."""
    merged: dict[Any, dict[str, np.ndarray]] = {}
    for key in {k for s in states for k in s.carried}:
        present = [s.carried[key] for s in states if key in s.carried]
        out: dict[str, np.ndarray] = {}
        for name in present[0]:
            shape = np.max([p[name].shape for p in present], axis=0)
            parts = []
            for s in states:
                arr = np.zeros((len(s.ids), *shape[1:]), dtype=present[0][name].dtype)
                if key in s.carried:
                    src = s.carried[key][name]
                    arr[tuple(slice(0, n) for n in src.shape)] = src
                parts.append(arr)
            out[name] = np.concatenate(parts)
        merged[key] = out
    return merged


def row_layout(mask: torch.Tensor | None, batch: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-row (lengths, offsets) from a 2D attention mask: right padding (offsets 0) or left padding.

    Anything else (a hole inside a row) is refused.
    """
    zeros = np.zeros(batch, dtype=np.int64)
    if mask is None or (isinstance(mask, torch.Tensor) and mask.dim() == 4):
        # No mask, or one prepared by the caller (e.g. generate with a static cache): rows are unpadded.
        return np.full(batch, width, dtype=np.int64), zeros
    if not isinstance(mask, torch.Tensor) or mask.dim() != 2:
        raise HybridError(
            "the hybrid runtime needs a 2D attention_mask (batch, length) of ones and zeros (left or right padding); "
            f"got {type(mask).__name__} of shape {tuple(getattr(mask, 'shape', ()))}"
        )
    m = mask.detach().to("cpu", torch.bool)
    lengths = m.sum(dim=1)
    columns = torch.arange(m.shape[1])[None, :]
    right = columns < lengths[:, None]
    left = columns >= (m.shape[1] - lengths)[:, None]
    is_right = (m == right).all(dim=1)
    is_left = (m == left).all(dim=1)
    bad = ~(is_right | is_left)
    if bad.any():
        row = int(bad.nonzero()[0, 0])
        raise HybridError(
            f"row {row} of the attention_mask has a gap: the hybrid runtime supports left padding (zeros, then ones) "
            f"or right padding (ones, then zeros) only"
        )
    offsets = torch.where(is_right, 0, m.shape[1] - lengths)
    return lengths.numpy().astype(np.int64), offsets.numpy().astype(np.int64)


def fresh_features(ids: torch.Tensor, mask: torch.Tensor | None, surfaces: SurfaceStrings) -> ForwardFeatures:
    """The features of a forward without a cache: each row's real tokens, wherever its padding is."""
    batch, width = ids.shape
    lengths, offsets = row_layout(mask, batch, width)
    rows = ids.detach().cpu().tolist()
    kept, per_row = [], []
    for row, n, off in zip(rows, lengths, offsets):
        real = row[int(off) : int(off) + int(n)]
        kept.append(real)
        per_row.append(compute_features(real, surfaces(real)))
    table = stack_features(per_row, length=width)
    return ForwardFeatures(ids=kept, table=table, lengths=lengths, past=0, new=width, offsets=offsets)


def extend_features(state: ForwardFeatures | None, ids: torch.Tensor, mask: torch.Tensor | None, past: int, surfaces: SurfaceStrings) -> ForwardFeatures:
    """The features of a forward that continues a KV cache of ``past`` columns by ``ids`` (B, new).

    A decode step runs this once per forward on code and data the weights have
    just evicted, where each small NumPy operation costs tens of microseconds:
    the per-row bookkeeping is in Python integers, with NumPy for the table only.
    """
    batch, new = ids.shape
    if state is None or len(state.ids) != batch:
        raise HybridError(
            "the KV cache holds tokens this hybrid model did not see (heads were substituted after the "
            "cache was filled, or another batch was run in between); run the prompt again"
        )
    lengths, offsets = state.lengths.tolist(), state.offsets.tolist()
    widths = {o + n for o, n in zip(offsets, lengths)}
    if len(widths) > 1:
        raise HybridError(
            "continuing a right-padded batch from a KV cache is not supported; pad on the left "
            "(tokenizer.padding_side = 'left'), generate one prompt at a time or use equal-length prompts"
        )
    seen = widths.pop()
    if past > seen:
        raise HybridError(f"the KV cache holds {past} positions but the hybrid model saw only {seen}; run the prompt again")
    if past < seen:
        state = _crop(state, past)
        lengths = state.lengths.tolist()
    if mask is not None or any(offsets):
        _check_continued_mask(mask, state.offsets, past, new)
    streams = list(state.streams) if state.streams is not None else [None] * batch
    for b, (s, n) in enumerate(zip(streams, lengths)):
        # None: the first decode step after a prefill (or a crop). Further on: another continuation of this
        # state pushed the shared stream on. Either way, the stream is rebuilt from the row's features.
        if s is None or s.position != n:
            streams[b] = FeatureStream.resume(state.ids[b], surfaces(state.ids[b]), state.table[b, :, :n])
    rows = ids.tolist()  # token ids: never part of a graph, and tolist copies from any device
    table, filled = _appendable(state, lengths, new)
    for b, (row, n, stream) in enumerate(zip(rows, lengths, streams)):
        for j, (tok, text) in enumerate(zip(row, surfaces(row))):
            table[b, :, n + j] = stream.values(tok, text)
    for b, n in enumerate(lengths):  # element by element: cheaper cold than building an array from a list
        filled[b] = n + new
    return ForwardFeatures(
        ids=[k + r for k, r in zip(state.ids, rows)],
        table=table,
        lengths=filled.copy(),
        past=past,
        new=new,
        streams=streams,
        offsets=state.offsets,
        carried=state.carried,
        filled=filled,
    )


def _check_continued_mask(mask: torch.Tensor | None, offsets: np.ndarray, past: int, new: int) -> None:
    """A continued batch's 2D mask must be each row's left padding, then ones up to ``past + new`` columns.

    Run at every decode step that passes a mask (``generate`` and the serving
    engine do): one Numba call over the mask, where the check in torch ops was
    five of them, each paid on cold code.
    """
    if mask is not None and mask.dim() == 2:
        values = mask.detach().cpu()
        if values.dtype not in (torch.bool, torch.int64, torch.int32):  # the kernel's few builds; any other as bool
            values = values.to(torch.bool)
        if mask.shape[1] != past + new or mask.shape[0] != len(offsets) or not rows_start_at(values.numpy(), offsets):
            raise HybridError(
                "the attention_mask does not match the KV cache: a batch that continues from a cache must keep each "
                "row's padding on the left (zeros over the padding, ones over its tokens, one more column per new token)"
            )
    elif offsets.any() and (mask is None or mask.dim() != 4):
        raise HybridError("this batch is left-padded in the KV cache, so the forward needs its 2D attention_mask")


def _crop(state: ForwardFeatures, past: int) -> ForwardFeatures:
    """The state of a cache cropped to ``past`` columns (assisted decoding): tokens dropped, streams replayed."""
    lengths = past - state.offsets
    if (lengths < 0).any():
        raise HybridError("the KV cache was cropped into a row's padding; run the prompt again")
    table = state.table[:, :, :past].copy()
    for b, n in enumerate(lengths):
        table[b, :, n:] = _sentinels(1, past - int(n))[0]
    return ForwardFeatures(
        ids=[r[: int(n)] for r, n in zip(state.ids, lengths)],
        table=table,
        lengths=lengths.astype(np.int64),
        past=past,
        new=0,
        streams=None,
        offsets=state.offsets,
    )

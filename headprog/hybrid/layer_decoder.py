"""A layer's decode step on the CPU in one kernel call: its native heads and every head with a linear program.

A decode step is a few hundred flops per program head, so its cost is the
calls: one kernel per program per layer paid a call and a cold fetch of that
program's machine code each step. :class:`LayerDecoder` lowers the layer's
linear programs to one bytecode (:mod:`headprog.compiler.lower_bytecode`) and
runs them, with the native heads over the KV cache in place, in one call of
:func:`headprog.kernels.layer_decode.decode_layer`. Programs with no linear
plan (softmax and other dense programs) keep their own decoding kernel.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from headprog.compiler.lower_bytecode import ProgramHeads, lower_layer
from headprog.hybrid.layers import ATTENTION_EXTRAS, LayerPlan
from headprog.kernels.layer_decode import (
    P_ACC_START,
    P_HEAD_COUNT,
    P_SUM_COUNT,
    P_VALUE_COUNT,
    P_VALUE_START,
    decode_layer_at_parallel,
    decode_layer_at_serial,
    decode_layer_parallel,
    decode_layer_serial,
)
from headprog.kernels.numba_runtime import thread_count

__all__ = ["PARALLEL_MIN_WORK", "DecodeStep", "LayerDecoder", "native_folded", "reads_cache_in_place"]

#: A linear program's decode step for one row costs about as much as attending over this many keys.
PROGRAM_STEP_KEYS = 256
#: From this much work (in row x key pairs) a step runs on every Numba thread. Low: inside a model the
#: layer's cache columns come from memory, not cache, and two threads fetch them twice as fast.
PARALLEL_MIN_WORK = 1 << 10

def reads_cache_in_place(state: Any, key: torch.Tensor, dropout: float, kwargs: dict) -> bool:
    """Whether the native heads' decode step is plain softmax attention over cache columns ``offsets[b]..W-1``.

    True for a dynamic cache under the model's own mask (every row ends at the
    cache's last column); a caller's 4D mask, a static cache's empty columns,
    dropout or any attention extra (bias, soft-capping, sinks, a sliding
    window) goes through SDPA instead.
    """
    width = int(state.offsets[0] + state.lengths[0])
    # A sliding window lives in the mask, which the in-place kernel does not read.
    extras = any(kwargs.get(k) is not None for k in (*ATTENTION_EXTRAS, "sliding_window"))
    return not (state.caller_mask or extras or dropout or key.shape[2] != width or key.dtype != torch.float32)


def native_folded(plan: LayerPlan, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, attention_mask: Any, scaling: float | None, out: np.ndarray) -> None:
    """One decode step of the native heads through SDPA: (B, kv, fold, D) queries against the cache's own K and V."""
    batch, _, _, dim = query.shape
    if plan.kept_query is not None:  # the projection computed the folded layout itself
        folded = query.reshape(batch, plan.kv_count, plan.fold, dim)
    else:
        rows = np.zeros((batch, plan.kv_count * plan.fold, dim), dtype=np.float32)
        rows[:, plan.fold_slots] = query.detach().numpy()[:, plan.native_np, 0]
        folded = torch.from_numpy(rows).view(batch, plan.kv_count, plan.fold, dim)
    keys = key.narrow(1, plan.kv_lo, plan.kv_count)
    values = value.narrow(1, plan.kv_lo, plan.kv_count)
    res = torch.nn.functional.scaled_dot_product_attention(folded, keys, values, attn_mask=attention_mask, scale=scaling)
    out[:, plan.native_np, 0] = res.reshape(batch, -1, dim).numpy()[:, plan.fold_slots]


class DecodeStep:
    """What every layer decoding one step in place shares, worked out at the step's first such layer.

    The step's batch, head size, cache length and thread count, the same at every layer.
    """

    __slots__ = ("batch", "by_address", "dim", "keys", "kv_heads", "threads", "threads_set")

    def __init__(self, state: Any, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor) -> None:
        self.batch, heads, _, self.dim = query.shape
        _, self.kv_heads, self.keys, _ = key.shape
        self.threads = torch.get_num_threads()
        self.threads_set = state.kernel_threads == self.threads  # the forward set Numba's thread count already
        # Layers of one model build their query and cache alike, so the first layer's layout holds for the step:
        # the query in (row, head, dim) order (a rotated query is, a GPT-2 query split from a fused projection
        # is not), the cache contiguous (a dynamic cache's concatenation is).
        strides = query.stride()
        self.by_address = (
            strides[3] == 1 and (heads == 1 or strides[1] == self.dim) and (self.batch == 1 or strides[0] == heads * self.dim)
            and key.is_contiguous() and value.is_contiguous() and key.shape == value.shape and key.shape[3] == self.dim
        )


class LayerDecoder:
    """The linear program heads of one layer (``groups`` with a linear plan), lowered once, decoded in one call.

    ``plan``: the layer's heads (its ``decoder`` is this object). A plan with
    no program heads gives a decoder of the native heads only, which is how a
    decode step runs the layers without substituted heads.
    """

    def __init__(self, layer: int, plan: LayerPlan) -> None:
        self.layer, self.plan = layer, plan
        self.groups = [g for g in plan.groups if g.compiled.structure.linear is not None]
        self.others = [g for g in plan.groups if g.compiled.structure.linear is None]  # decoded by their own kernels
        # Each as (its kernels' decode, carried-state key, KV heads, heads): what a step's call needs, looked up once.
        self.other_calls = [(g.compiled.kernels.decode, (layer, g.program.hash, tuple(g.heads)), g.kv_np, g.heads_np) for g in self.others]
        #: (3, n): where each native head's query sits in ``query``, the head, and the KV head it reads.
        self.native = np.asarray([plan.native_query, plan.native, plan.native_kv], dtype=np.int64).reshape(3, -1)
        self.no_native = np.zeros((3, 0), dtype=np.int64)
        self.bytecode = lower_layer(
            [ProgramHeads(g.compiled.structure.linear, g.program.fallback, tuple(g.heads), tuple(g.kv)) for g in self.groups]
        )
        self.itab, self.ftab = self.bytecode.itab, self.bytecode.ftab
        # A program's step per row, counted in (head, key) pairs of native attention: roughly what it costs.
        self.program_work = PROGRAM_STEP_KEYS * len(self.groups)
        #: The layer's softmax scale as the kernel takes it, and the ``scaling`` it was made from.
        self._scaling: float | None = None
        self._scale: np.float32 | None = None
        self.native_count = self.native.shape[1]
        #: Query heads in the layer's query tensor: the rows its projection keeps, or every head.
        self.query_heads = len(plan.query_heads) if plan.kept_query is not None else plan.n_heads
        # Which running sums a state holds: a state made for other programs or heads is never continued.
        # A string, whose hash Python keeps (a nested tuple's is recomputed at every lookup).
        self.key = f"{layer}/linear/" + ";".join(f"{g.program.hash}@{','.join(map(str, g.heads))}" for g in self.groups)
        #: (batch, head size, the (B, 1, H, D) output tensor, its (B, H, 1, D) kernel view): see :meth:`_new_output`.
        self._output: tuple[int, int, torch.Tensor | None, np.ndarray | None] = (0, 0, None, None)

    def seed(self, state: Any, sums: Sequence[np.ndarray | None], dim: int) -> None:
        """Start decoding from a forward's running sums (per linear group, (heads * B, state rows, D + 1) head-major, or None).

        A group without sums starts its rows over at the first step (its
        kernel folds the whole prefix then). Bounded sums are recomputed over
        their span at the first step, as after any skipped query.
        """
        batch = len(state.lengths)
        seeded = self.bytecode.state(batch, dim)
        acc, counters = seeded["acc"], seeded["counters"]
        n_sums, n_programs = self.bytecode.sums.shape[0], self.bytecode.programs.shape[0]
        for p, group_sums in enumerate(sums):
            if group_sums is None:
                continue
            start, width, heads, values_at, values = (
                int(self.bytecode.programs[p, c]) for c in (P_ACC_START, P_SUM_COUNT, P_HEAD_COUNT, P_VALUE_START, P_VALUE_COUNT)
            )
            # A forward's rows: the running sums, then the per-value sums (LinearPlan.state_rows); each block head by head here.
            per_row = group_sums.reshape(heads, batch, width + values, dim + 1).transpose(1, 0, 2, 3)
            acc[:, start : start + heads * width] = per_row[:, :, :width].reshape(batch, heads * width, dim + 1)
            acc[:, values_at : values_at + heads * values] = per_row[:, :, width:].reshape(batch, heads * values, dim + 1)
            counters[:, n_sums + p] = -1  # kept: no query written yet
            counters[:, n_sums + n_programs + p] = state.lengths  # done: every key of the row folded
        state.carried[self.key] = seeded

    def decode(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, state: Any, scaling: float | None) -> torch.Tensor:
        """One new query per row, every head of the layer: (B, 1, H, D).

        The caller checked :func:`reads_cache_in_place` and that the tensors
        are float32 on the CPU without autograd. Every operation here is paid
        per layer and step, on code and data the layer's weights just evicted
        (a few microseconds a line): what every layer of the step shares is
        worked out once, at its first layer (:class:`DecodeStep`), and the
        rest is one kernel call that takes the tensors by address where their
        layout allows (NumPy views otherwise), the native heads included (over
        the cache in place; from context 2,048 at batch 1 to 4,096 at batch 2
        that was also faster than SDPA with the query heads folded per KV head,
        which an earlier, scalar kernel needed for long steps).
        """
        step = state.decode_step
        if step is None:
            step = state.decode_step = DecodeStep(state, query, key, value)
        made = self._output
        if made[0] != step.batch or made[1] != step.dim:
            made = self._output = self._new_output(step.batch, step.dim)
        out, heads_out = made[2], made[3]
        work = step.batch * (self.native_count * step.keys + self.program_work)
        if step.by_address and query.size(1) == self.query_heads:
            tensors = (query.data_ptr(), key.data_ptr(), value.data_ptr(), step.batch, self.query_heads, step.kv_heads, step.keys, step.dim, heads_out)
            args = tensors + self._state_args(state, step.batch, (step.dim, step.dim), self.native, scaling, 1)
            _call((decode_layer_at_parallel, decode_layer_at_serial), args, work, step.threads, step.threads_set)
        else:
            self._launch(state, work, step.threads, step.threads_set, query.numpy(), key.numpy(), value.numpy(), heads_out, self.native, scaling, 1)
        if self.other_calls:
            vn = value.numpy()
            for decode, carried, kvs, heads in self.other_calls:
                decode(state.table, state.lengths, vn, state.offsets, kvs, heads, heads_out, 1, state.carried.setdefault(carried, {}))
        return out

    def _state_args(self, state: Any, batch: int, dims: tuple[int, int], native: np.ndarray, scaling: float | None, new: int) -> tuple:
        """The layer kernel's arguments after its tensors: the native heads, features, the softmax scale, the
        bytecode and the running sums of this layer's programs in ``state`` (made afresh for a state without
        them, or for another batch). ``dims``: the head size of the values and of the queries."""
        sums = state.carried.get(self.key)
        if sums is None or sums["acc"].shape[0] != batch:
            sums = state.carried[self.key] = self.bytecode.state(batch, dims[0])
        if scaling != self._scaling or self._scale is None:  # query dim ** -0.5 where the model gives none
            self._scaling, self._scale = scaling, np.float32(scaling if scaling is not None else dims[1] ** -0.5)
        return native, state.table, state.lengths, state.offsets, new, self._scale, self.itab, self.ftab, sums["acc"], sums["counters"]

    def _new_output(self, batch: int, dim: int) -> tuple[int, int, torch.Tensor, np.ndarray]:
        """This layer's decode output for ``batch`` rows of head size ``dim``: made once, written again at every step.

        Writing one tensor over again is safe where it is used: the attention
        module reads the output once (its output projection) before the next
        step's attention runs. A fresh one each step cost an allocation and
        three conversions a layer, on cold code.
        """
        tensor = torch.empty((batch, 1, self.plan.n_heads, dim))
        return batch, dim, tensor, tensor.numpy().transpose(0, 2, 1, 3)

    def step(self, state: Any, query: np.ndarray, keys: np.ndarray, values: np.ndarray, native: np.ndarray, scaling: float | None, out: np.ndarray, new: int) -> None:
        """Write the ``new`` last queries of every linear program head into ``out``, and the native heads' of ``native``.

        ``native``: :attr:`native` for one new query per row over the cache in
        place, or :attr:`no_native` when the caller computes them. ``state`` is
        the forward's :class:`~headprog.hybrid.forward_features.ForwardFeatures`.
        """
        threads = torch.get_num_threads()
        work = query.shape[0] * (native.shape[1] * keys.shape[2] + self.program_work)
        self._launch(state, work, threads, state.kernel_threads == threads, query, keys, values, out, native, scaling, new)

    def _launch(self, state: Any, work: int, threads: int, threads_set: bool, query: np.ndarray, keys: np.ndarray, values: np.ndarray,
                out: np.ndarray, native: np.ndarray, scaling: float | None, new: int) -> None:
        """The layer's kernel call: serial below :data:`PARALLEL_MIN_WORK` (row x key pairs of ``work``), else on ``threads``.

        ``threads_set``: the forward set Numba's thread count to ``threads`` already.
        """
        args = (query, keys, values, out) + self._state_args(state, query.shape[0], (values.shape[3], query.shape[3]), native, scaling, new)
        _call((decode_layer_parallel, decode_layer_serial), args, work, threads, threads_set)


def _call(builds: tuple[Any, Any], args: tuple, work: int, threads: int, threads_set: bool) -> None:
    """One layer kernel call: the serial build below :data:`PARALLEL_MIN_WORK` (row x key pairs of ``work``), else
    the parallel one on ``threads`` Numba threads (``threads_set``: the forward set that count already)."""
    parallel, serial = builds
    if threads <= 1 or work < PARALLEL_MIN_WORK:
        serial(*args)
    elif threads_set:
        parallel(*args)
    else:
        with thread_count(threads):
            parallel(*args)

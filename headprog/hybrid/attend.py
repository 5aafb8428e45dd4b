"""One layer with substituted heads: native heads through SDPA, program heads through their kernels.

Two ways, chosen per forward by :class:`~headprog.hybrid.model.HybridModel`:

- :func:`host_layer`: CPU inference. Gathers and scatters are NumPy copies on
  the calling thread (every extra torch op on a small CPU machine pays the
  thread pool's start-up and barrier), the only torch op left is the native
  heads' SDPA in a prefill. In decoding, program heads run their host decoding
  kernels on the cache's values in place, and the native heads run one Numba
  call over the cache's K and V in place (SDPA with the query heads folded per
  KV head where the step is not plain attention over the cache).
- :func:`torch_layer`: GPU (Triton kernels) or autograd: the same steps with
  torch ops on the tensors' device.

Rows may be left-padded (a serving batch): features are in each row's own
positions, the cache from column ``offsets[b]`` on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import torch

from headprog.hybrid.forward_features import ForwardFeatures, pattern_rows
from headprog.hybrid.layer_decoder import native_folded, reads_cache_in_place
from headprog.hybrid.layers import LayerPlan, ProgramGroup, native_attention
from headprog.kernels.native_decode import attend_native

__all__ = ["host_layer", "torch_layer"]

#: ``tick(name, started) -> now``: adds the time since ``started`` to a profile bucket (a no-op when not profiling).
Tick = Callable[[str | None, float], float]


def host_layer(layer: int, plan: LayerPlan, state: ForwardFeatures, query, key, value, attention_mask, dropout, scaling, kwargs, tick: Tick, started: float, module: Any) -> torch.Tensor:
    """A layer on the CPU with NumPy gathers: (B, H, m, D) float32."""
    batch, _, m, _ = query.shape
    qn, vn = query.detach().numpy(), value.detach().numpy()
    out = np.empty((batch, plan.n_heads, m, vn.shape[-1]), dtype=np.float32)  # head-major: block copies
    decoding = state.past > 0
    decoder = plan.decoder if decoding else None
    in_place = None if decoder is None else decoder.no_native  # the native heads when the decoder runs them
    if plan.native:
        if decoding and m == 1 and reads_cache_in_place(state, key, dropout, kwargs):
            if decoder is not None:
                in_place = decoder.native
            else:
                scale = scaling if scaling is not None else qn.shape[-1] ** -0.5
                attend_native(qn, key.detach().numpy(), vn, plan.native_query, plan.native_np, plan.native_kv_np, state.offsets, scale, out, torch.get_num_threads())
        elif decoding and m == 1:
            native_folded(plan, query, key, value, attention_mask, scaling, out)
        else:
            kn = key.detach().numpy()
            kv = plan.native_kv_np
            nat = native_attention(
                module, torch.from_numpy(qn[:, plan.native_query]), torch.from_numpy(kn[:, kv]), torch.from_numpy(vn[:, kv]),
                attention_mask, dropout, scaling, kwargs,
            )
            out[:, plan.native_np] = nat.numpy()
    if decoder is not None:
        decoder.step(state, qn, key.detach().numpy(), vn, in_place, scaling, out, m)
    started = tick("native_heads", started)
    sums = {}  # a forward's running sums per program group, which decoding continues from
    for group in plan.groups if decoder is None else decoder.others:
        if decoding and group.compiled.decodes:
            carried = state.carried.setdefault((layer, group.program.hash, tuple(group.heads)), {})
            group.compiled.decode(state.table, state.lengths, vn, state.offsets, group.kv_np, group.heads_np, out, m, carried)
        elif decoding:
            out[:, group.heads_np] = _decode_by_rows(group, state, vn)
        else:
            out[:, group.heads_np], sums[id(group)] = _prefill_host(group, state, vn)
    if plan.decoder is not None and not decoding:
        plan.decoder.seed(state, [sums.get(id(g)) for g in plan.decoder.groups], vn.shape[-1])
    tick("program_heads", started)
    return torch.from_numpy(out)


def _prefill_host(group: ProgramGroup, state: ForwardFeatures, vn: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """(B, g, total, D) outputs of one program's heads over a whole forward: one kernel call for all of them.

    With them, a linear program's running sums over each row's keys, (g * B, sums, D + 1) head-major, or None.
    """
    g = len(group.heads)
    batch, total = len(state.ids), state.total
    v = vn[:, group.kv_np, :total]  # (B, g, total, D): each query head's KV head
    if state.padded:
        v = _to_own_positions(v, state)
    stacked = np.ascontiguousarray(v.transpose(1, 0, 2, 3)).reshape(g * batch, total, -1)
    feats, lens = state.tile(g)
    res, sums = group.compiled.output_with_sums(feats, stacked, lens)
    res = res.reshape(g, batch, total, -1).transpose(1, 0, 2, 3)
    return (_to_cache_positions(res, state) if state.padded else res), sums


def _to_own_positions(v, state: ForwardFeatures):
    """Left-padded rows moved to start at column 0 (zeros after), so kernels see each row's own positions."""
    shifted = v.new_zeros(v.shape) if isinstance(v, torch.Tensor) else np.zeros_like(v)
    for b, (off, n) in enumerate(zip(state.offsets.tolist(), state.lengths.tolist())):
        shifted[b, :, :n] = v[b, :, off : off + n]
    return shifted


def _to_cache_positions(res, state: ForwardFeatures):
    """Kernel outputs in each row's own positions moved back behind its padding (zeros over the padding)."""
    placed = res.new_zeros(res.shape) if isinstance(res, torch.Tensor) else np.zeros_like(res)
    for b, (off, n) in enumerate(zip(state.offsets.tolist(), state.lengths.tolist())):
        placed[b, :, off : off + n] = res[b, :, :n]
    return placed


def _decode_by_rows(group: ProgramGroup, state: ForwardFeatures, vn) -> Any:
    """(B, g, new, D) decode outputs from the reference rows (backends without host decoding kernels)."""
    rows = _rows(group, state)
    outs = []
    for b, (off, n) in enumerate(zip(state.offsets.tolist(), state.lengths.tolist())):
        v = vn[b, group.kv_np if isinstance(vn, np.ndarray) else group.tensors(vn.device)[1], off : off + n]
        if isinstance(vn, np.ndarray):
            outs.append(np.einsum("qk,gkd->gqd", rows[b], v.astype(np.float64)))
        else:
            outs.append(torch.einsum("qk,gkd->gqd", torch.from_numpy(rows[b]).to(vn.device), v.double()))
    return np.stack(outs) if isinstance(vn, np.ndarray) else torch.stack(outs)


def _rows(group: ProgramGroup, state: ForwardFeatures) -> list[np.ndarray]:
    """Per row, the (new, length) float64 reference pattern rows of the new queries; once per program per forward."""
    rows = state.rows.get(group.program.hash)
    if rows is None:
        rows = []
        for b, n in enumerate(state.lengths.tolist()):
            rows.append(pattern_rows(group.program, state.table[b, :, :n], np.arange(n - state.new, n)))
        state.rows[group.program.hash] = rows
    return rows


def torch_layer(
    layer: int,
    plan: LayerPlan,
    state: ForwardFeatures,
    query,
    key,
    value,
    attention_mask,
    dropout,
    scaling,
    kwargs,
    tick: Tick,
    started: float,
    module: Any,
    pattern_source: Callable[[int, list[int], ForwardFeatures], torch.Tensor] | None,
) -> torch.Tensor:
    """A layer through torch ops on the tensors' device (Triton kernels, or autograd for tuning)."""
    batch, _, m, _ = query.shape
    out = query.new_empty(batch, plan.n_heads, m, value.shape[-1])
    device = query.device
    if plan.native:
        heads_t, kv_t, query_t = plan.native_tensors(device)
        nat = native_attention(
            module, query.index_select(1, query_t), key.index_select(1, kv_t), value.index_select(1, kv_t),
            attention_mask, dropout, scaling, kwargs,
        )
        out.index_copy_(1, heads_t, nat)
    started = tick("native_heads", started)
    total = state.total
    for group in plan.groups:
        heads_t, kv_t = group.tensors(device)
        g = len(group.heads)
        if state.past > 0:
            res = _decode_by_rows(group, state, value)
        else:
            v = value[:, :, :total].index_select(1, kv_t)
            if state.padded:
                v = _to_own_positions(v, state)
            if pattern_source is not None:
                p = pattern_source(layer, group.heads, state).to(device, v.dtype)
                res = torch.einsum("bgqk,bgkd->bgqd", p, v)
            else:
                stacked = v.transpose(0, 1).reshape(g * batch, total, v.shape[-1]).contiguous()
                feats, lens = state.tile(g, device if device.type == "cuda" else None)
                res = group.compiled.output(feats, stacked, lens).reshape(g, batch, total, -1).transpose(0, 1)
            if state.padded:
                res = _to_cache_positions(res, state)
        out.index_copy_(1, heads_t, res.to(out.dtype))
    tick("program_heads", started)
    return out

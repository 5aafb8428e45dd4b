"""How the model's ``nn.Linear`` layers run: oneDNN-packed weights, and only the output rows still read.

Two things change a linear's forward, and this module is their one owner
(each sets an instance ``forward``, so two owners would undo each other):

- **Packing** (:func:`pack_linears`). On a small CPU, decoding is bound by
  reading the weights: ATen's float32 ``linear`` goes through MKL's gemv for
  one row and its sgemm for a few rows, and neither streams a row-major
  (out, in) weight as fast as oneDNN's matmul over a weight reordered once
  into its blocked layout. On the bundled model this shortens a decode step,
  most of all for a batch of a few rows (the serving engine's case);
  ``benchmarks/serve_packing.py`` measures it. The packed copy is extra
  memory (every linear's weight twice, a tied embedding included), so it is
  what the serving engine does by default on a float32 CPU model and
  ``headprog serve --no-pack-weights`` turns off. Results differ from ATen's
  by float rounding (within 1e-4 on a model's logits, tests/test_linears.py),
  as a batch of eight already differs from one row.
- **Kept rows** (:func:`select_rows`, :func:`keep_rows`). A head that attends by its program never
  reads its query, so the hybrid runtime has a layer's query projection
  compute only the rows of the heads that still attend natively (a copy of
  those rows of the weight, packed too when the linear is packed).

Neither touches the module's parameters, so state dicts, tied embeddings and
optimisers see the model as it was; :func:`unpack_linears` and
``keep_rows(linear, None)`` undo them.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Any

import torch

__all__ = ["KeptRows", "keep_rows", "pack_linears", "packed_count", "packing_available", "select_rows", "unpack_linears"]

#: The batch size oneDNN is told to expect; any other row count still runs, this only tunes the layout.
EXPECTED_ROWS = 8


@dataclass
class KeptRows:
    """The output rows a linear computes (:func:`select_rows`): their indices, a copy of their weights (and its packed form)."""

    index: torch.Tensor
    weight: torch.Tensor
    bias: torch.Tensor | None
    packed: Any = None


def packing_available() -> bool:
    """Whether this torch build has oneDNN's packed linear (a CPU build with mkldnn)."""
    ops = torch.ops.mkldnn
    return torch.backends.mkldnn.is_available() and hasattr(ops, "_reorder_linear_weight") and hasattr(ops, "_linear_pointwise")


def _pack(weight: torch.Tensor) -> Any:
    return torch.ops.mkldnn._reorder_linear_weight(weight.detach(), EXPECTED_ROWS)


def _forward(self: torch.nn.Linear, x: torch.Tensor) -> torch.Tensor:
    rows: KeptRows | None = self.__dict__.get("headprog_rows")
    if rows is not None and rows.packed is None and not torch.is_grad_enabled():
        return torch.nn.functional.linear(x, rows.weight, rows.bias)  # a decode step's common case, first
    weight = self.weight
    if torch.is_grad_enabled() and (x.requires_grad or weight.requires_grad):
        # Autograd: ATen over the module's own parameters, so gradients reach them.
        if rows is None:
            return torch.nn.functional.linear(x, weight, self.bias)
        index = rows.index.to(weight.device)
        return torch.nn.functional.linear(x, weight.index_select(0, index), None if self.bias is None else self.bias.index_select(0, index))
    if rows is not None:
        packed, weight, bias = rows.packed, rows.weight, rows.bias
    else:
        packed, bias = self.__dict__.get("packed_weight"), self.bias
    if packed is not None and x.device.type == "cpu" and x.dtype == torch.float32 and x.numel() >= self.__dict__.get("packed_min_rows", 1) * x.shape[-1]:
        return torch.ops.mkldnn._linear_pointwise(x, packed, bias, "none", [None], "")
    return torch.nn.functional.linear(x, weight, bias)


def _refresh(module: torch.nn.Linear) -> None:
    """Give the module the instance forward while it is packed or keeps rows; the class's forward otherwise."""
    if "packed_weight" in module.__dict__ or "headprog_rows" in module.__dict__:
        module.forward = types.MethodType(_forward, module)
    else:
        module.__dict__.pop("forward", None)


def _packable(weight: torch.Tensor) -> bool:
    return weight.device.type == "cpu" and weight.dtype == torch.float32


def pack_linears(model: torch.nn.Module, min_rows: int = 1) -> int:
    """Give every float32 CPU ``nn.Linear`` of ``model`` a packed copy of its weight and a forward that uses it.

    ``min_rows``: a call with fewer input rows than this runs ATen's linear
    instead (on some CPUs packing makes a one-row decode step slower and a
    batched one faster: ``benchmarks/serve_packing.py`` measures both).
    Returns how many were packed (0 where oneDNN is missing). Idempotent (a
    packed linear only takes the new ``min_rows``); the modules keep their own
    weights (state dicts, tied embeddings and :func:`unpack_linears` are
    unaffected). The copy is taken now: after changing a weight in place,
    unpack and pack again.
    """
    if min_rows < 1:
        raise ValueError(f"min_rows is at least 1; got {min_rows}")
    if not packing_available():
        return 0
    count = 0
    with torch.no_grad():
        for module in model.modules():
            if not isinstance(module, torch.nn.Linear) or not _packable(module.weight):
                continue
            if min_rows > 1:
                module.packed_min_rows = min_rows
            else:
                module.__dict__.pop("packed_min_rows", None)
            if "packed_weight" in module.__dict__:
                continue
            module.packed_weight = _pack(module.weight)
            rows = module.__dict__.get("headprog_rows")
            if rows is not None:
                rows.packed = _pack(rows.weight)
            _refresh(module)
            count += 1
    return count


def unpack_linears(model: torch.nn.Module) -> int:
    """Undo :func:`pack_linears` (frees the packed copies); returns how many linears it restored."""
    count = 0
    for module in model.modules():
        if isinstance(module, torch.nn.Linear) and "packed_weight" in module.__dict__:
            del module.packed_weight
            module.__dict__.pop("packed_min_rows", None)
            rows = module.__dict__.get("headprog_rows")
            if rows is not None:
                rows.packed = None
            _refresh(module)
            count += 1
    return count


def packed_count(model: Any) -> int:
    """How many linears of ``model`` run packed."""
    return sum(1 for m in model.modules() if isinstance(m, torch.nn.Linear) and "packed_weight" in m.__dict__)


def select_rows(linear: torch.nn.Linear, rows: torch.Tensor) -> KeptRows:
    """Output rows ``rows`` of ``linear`` (in that order), ready for :func:`keep_rows`.

    The rows' weights are copied now (and packed when the linear is): after
    changing the weight in place, select them again.
    """
    with torch.no_grad():
        index = rows.to(device=linear.weight.device, dtype=torch.long)
        weight = linear.weight.index_select(0, index).contiguous()
        bias = None if linear.bias is None else linear.bias.index_select(0, index).contiguous()
        packed = _pack(weight) if "packed_weight" in linear.__dict__ and _packable(weight) else None
    return KeptRows(index, weight, bias, packed)


def keep_rows(linear: torch.nn.Linear, kept: KeptRows | None) -> None:
    """Have ``linear`` compute only the rows of ``kept`` from now on; None: all of its rows again."""
    if kept is None:
        linear.__dict__.pop("headprog_rows", None)
    else:
        if kept.packed is None and "packed_weight" in linear.__dict__ and _packable(kept.weight):
            kept.packed = _pack(kept.weight)  # selected before the linear was packed
        linear.headprog_rows = kept
    _refresh(linear)

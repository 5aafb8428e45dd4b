"""Linear layers with their weights also kept in oneDNN's blocked layout, for CPU inference.

On a small CPU, decoding is bound by reading the weights: ATen's float32
``linear`` goes through MKL's gemv for one row and its sgemm for a few rows,
and neither streams a row-major (out, in) weight as fast as oneDNN's matmul
over a weight reordered once into its blocked layout. On the bundled model
this shortens a decode step, most of all for a batch of a few rows (the
serving engine's case); ``benchmarks/serve_packing.py`` measures it.

The packed copy is extra memory (every linear's weight twice, a tied
embedding included), so :func:`pack_linears` is what the serving engine does
by default on a float32 CPU model and ``headprog serve --no-pack-weights``
turns off. Results differ from ATen's by float rounding (within 1e-4 on a
model's logits, tests/test_packed_weights.py), as a batch of eight already
differs from one row.
"""

from __future__ import annotations

import types
from typing import Any

import torch

__all__ = ["pack_linears", "packed_count", "packing_available", "unpack_linears"]

#: The batch size oneDNN is told to expect; any other row count still runs, this only tunes the layout.
EXPECTED_ROWS = 8


def packing_available() -> bool:
    """Whether this torch build has oneDNN's packed linear (a CPU build with mkldnn)."""
    ops = torch.ops.mkldnn
    return torch.backends.mkldnn.is_available() and hasattr(ops, "_reorder_linear_weight") and hasattr(ops, "_linear_pointwise")


def _packed_forward(self: torch.nn.Linear, x: torch.Tensor) -> torch.Tensor:
    weight = self.weight
    if x.device.type != "cpu" or x.dtype != torch.float32 or weight.dtype != torch.float32 or (torch.is_grad_enabled() and (x.requires_grad or weight.requires_grad)):
        return torch.nn.functional.linear(x, weight, self.bias)  # training, another device or dtype: ATen as usual
    return torch.ops.mkldnn._linear_pointwise(x, self.packed_weight, self.bias, "none", [None], "")


def pack_linears(model: torch.nn.Module) -> int:
    """Give every float32 CPU ``nn.Linear`` of ``model`` a packed copy of its weight and a forward that uses it.

    Returns how many were packed (0 where oneDNN is missing). Idempotent; the
    modules keep their own weights (state dicts, tied embeddings and
    :func:`unpack_linears` are unaffected). The copy is taken now: after
    changing a weight in place, unpack and pack again.
    """
    if not packing_available():
        return 0
    count = 0
    with torch.no_grad():
        for module in model.modules():
            if not isinstance(module, torch.nn.Linear) or hasattr(module, "packed_weight"):
                continue
            weight = module.weight
            if weight.device.type != "cpu" or weight.dtype != torch.float32:
                continue
            module.packed_weight = torch.ops.mkldnn._reorder_linear_weight(weight.detach(), EXPECTED_ROWS)
            module.forward = types.MethodType(_packed_forward, module)
            count += 1
    return count


def unpack_linears(model: torch.nn.Module) -> int:
    """Undo :func:`pack_linears` (frees the packed copies); returns how many linears it restored."""
    count = 0
    for module in model.modules():
        if isinstance(module, torch.nn.Linear) and hasattr(module, "packed_weight"):
            del module.packed_weight
            del module.forward  # the instance attribute; the class's forward serves again
            count += 1
    return count


def packed_count(model: Any) -> int:
    """How many linears of ``model`` run packed."""
    return sum(1 for m in model.modules() if isinstance(m, torch.nn.Linear) and hasattr(m, "packed_weight"))

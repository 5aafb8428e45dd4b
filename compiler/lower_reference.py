"""The reference backend as a kernel object (see :mod:`headprog.compiler.reference`)."""

from __future__ import annotations

import numpy as np

from headprog.compiler import reference
from headprog.language.program import Program


class ReferenceKernels:
    """Vectorised NumPy evaluation; slow but obviously right."""

    source = None

    def __init__(self, program: Program) -> None:
        self.program = program

    def pattern(self, features: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        p = self.program
        return reference.patterns(p.expr, features, lengths, p.normalize, p.fallback)

    def decode(self, features, lengths, values, offsets, kvs, heads, out, new, carried) -> None:
        """Decoding, as :meth:`headprog.compiler.lower_numba.NumbaKernels.decode` (nothing is carried)."""
        p = self.program
        for b, n in enumerate(int(x) for x in lengths):
            rows = reference.pattern_rows(p.expr, features[b, :, :n], p.normalize, p.fallback, np.arange(n - new, n))
            off = int(offsets[b])
            for kv, head in zip(kvs, heads):
                out[b, head] = rows @ values[b, kv, off : off + n].astype(np.float64)

    def output(self, features: np.ndarray, values, lengths: np.ndarray):
        p = self.program
        as_torch = not isinstance(values, np.ndarray)
        v = values.detach().cpu().numpy() if as_torch else values
        out = reference.outputs(p.expr, features, lengths, v, p.normalize, p.fallback)
        if as_torch:
            import torch

            return torch.from_numpy(out).to(values.device, values.dtype)
        return out

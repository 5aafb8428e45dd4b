"""The compiler pipeline in one function: :func:`compile_program`.

validated program → inline bindings → structure analysis → backend lowering →
cached kernels. Every backend computes the same two things for a batch:

- ``pattern(features, lengths)``: the (B, T, T) float32 attention pattern;
- ``output(features, values, lengths)``: the head output ``pattern @ V``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Protocol

import numpy as np

from headprog.compiler.analysis import Structure, classify
from headprog.compiler.cache import cache_key
from headprog.errors import HeadprogError
from headprog.features import ROWS
from headprog.language.printer import format_program
from headprog.language.program import Program

BACKENDS = ("reference", "numba", "triton")


class Kernels(Protocol):
    """What a backend provides for one program (NumPy in, NumPy out, except Triton's torch)."""

    source: str | None

    def pattern(self, features: Any, lengths: Any) -> Any: ...

    def output(self, features: Any, values: Any, lengths: Any) -> Any: ...


@dataclass
class CompiledHead:
    """A program compiled for one backend."""

    program: Program
    backend: str
    structure: Structure
    cache_key: str
    kernels: Kernels = field(repr=False)

    @property
    def source(self) -> str | None:
        """The generated kernel module (None for the reference backend)."""
        return self.kernels.source

    def pattern(self, features, lengths=None) -> np.ndarray:
        """Attention pattern (B, T, T) float32 of features (B, rows, T)."""
        features, lengths = _batch(features, lengths, self.backend == "triton")
        return self.kernels.pattern(features, lengths)

    def output(self, features, values, lengths=None):
        """``pattern @ values`` for values (B, T, D); returns the type it was given."""
        features, lengths = _batch(features, lengths, self.backend == "triton")
        if values.shape[:2] != (features.shape[0], features.shape[2]):
            raise HeadprogError(
                f"values have shape {tuple(values.shape)}; expected (batch={features.shape[0]}, T={features.shape[2]}, head_dim)"
            )
        return self.kernels.output(features, values, lengths)

    def output_with_sums(self, features, values: np.ndarray, lengths=None) -> tuple[np.ndarray, np.ndarray | None]:
        """:meth:`output` of NumPy values, and for a linear program on Numba its running sums over each row's keys.

        The sums, (B, :attr:`~headprog.compiler.linear.LinearPlan.state_rows`, D + 1) float64, are the state a decode
        step continues from (:mod:`headprog.kernels.layer_decode`), so that
        the first step after a forward does not sum the prefix again; None
        for any other program or backend.
        """
        if self.backend != "numba" or self.structure.linear is None:
            return self.output(features, values, lengths), None
        features, lengths = _batch(features, lengths, False)
        sums = np.zeros((features.shape[0], self.structure.linear.state_rows, values.shape[2] + 1))
        return self.kernels.output(features, values, lengths, sums), sums

    @property
    def decodes(self) -> bool:
        """Whether this backend has host decoding kernels (:meth:`decode`); Triton's decoding runs through torch."""
        return hasattr(self.kernels, "decode")

    def decode(self, features, lengths, values, offsets, kvs, heads, out, new: int, carried: dict) -> None:
        """KV-cache decoding on the host: the last ``new`` queries of each row, written into ``out`` in place.

        ``features`` (B, rows, N) float32 and ``lengths`` (B,) int64 cover every
        position seen; ``values`` (B, kv_heads, width, D) float32 are the cache's
        values, row b's key k at column ``offsets[b] + k``; head ``heads[g]`` of
        ``out`` (B, H, new, D) float32 reads KV head ``kvs[g]``. ``carried`` is
        kept by the caller between steps (a linear program's running sums).
        """
        if not self.decodes:
            raise HeadprogError(f"the {self.backend} backend has no host decoding kernels")
        self.kernels.decode(features, lengths, values, offsets, kvs, heads, out, new, carried)

    def warm(self, head_dim: int = 64) -> None:
        """Compile the kernels a CPU forward and a decode step call, on tiny inputs of the runtime's types.

        Numba compiles on first call; warming on another thread (a server's
        admin request) keeps that compile off the thread that serves. The
        parallel prefill builds, used only for large forwards, are left to
        their first use.
        """
        if self.backend != "numba":
            return
        from headprog.features import compute_features, stack_features

        ids = [1, 2, 3, 4]
        features = stack_features([compute_features(ids, ["a", " b", ".", " c"])], length=len(ids))
        lengths = np.array([len(ids)], dtype=np.int64)
        values = np.zeros((1, len(ids), head_dim), dtype=np.float32)
        self.output(features, values, lengths)
        picks = np.zeros(1, dtype=np.int64)
        out = np.zeros((1, 1, 1, head_dim), dtype=np.float32)
        self.decode(features, lengths, values[:, None], np.zeros(1, dtype=np.int64), picks, picks, out, 1, {})


def _batch(features, lengths, keep_gpu: bool) -> tuple[Any, Any]:
    """Features (B, rows, T) and lengths (B,) as NumPy arrays, or left on a GPU when the kernels read them there."""
    on_gpu = keep_gpu and getattr(getattr(features, "device", None), "type", "cpu") != "cpu"
    if not on_gpu:
        features = np.asarray(features.cpu() if hasattr(features, "cpu") else features, dtype=np.float32)
    if features.ndim == 2:
        features = features[None]
    if features.ndim != 3 or features.shape[1] != len(ROWS):
        raise HeadprogError(f"features must have shape (batch, {len(ROWS)}, T); got {tuple(features.shape)}")
    if on_gpu:
        import torch

        if lengths is None:
            lengths = torch.full((features.shape[0],), features.shape[2], dtype=torch.int64, device=features.device)
        return features, lengths
    if lengths is None:
        lengths = np.full(features.shape[0], features.shape[2], dtype=np.int64)
    elif hasattr(lengths, "cpu"):
        lengths = lengths.cpu()
    return np.ascontiguousarray(features), np.asarray(lengths, dtype=np.int64)


_compiled: dict[str, CompiledHead] = {}


def quoted_program(program: Program) -> str:
    """The program text a generated kernel quotes (as comments).

    A kernel is shared by every program with the same hash, so it quotes what
    the hash covers (the inlined expression and options, under the name
    ``program``), not one program's name, labels or bindings.
    """
    return format_program(replace(program, name="program", head=None, label=None, doc=None, bindings=(), result=program.expr))


def compile_program(program: Program, backend: str = "numba") -> CompiledHead:
    """Compile ``program`` for ``backend``; cached by program hash, feature library and backend."""
    if backend not in BACKENDS:
        raise HeadprogError(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    key = cache_key(program.hash, program.features_version, backend)
    cached = _compiled.get(key)
    if cached is not None:
        return cached
    structure = classify(program.expr, program.normalize)
    text = quoted_program(program)
    if backend == "reference":
        from headprog.compiler.lower_reference import ReferenceKernels

        kernels: Kernels = ReferenceKernels(program)
    elif backend == "numba":
        from headprog.compiler.lower_numba import NumbaKernels

        kernels = NumbaKernels(program, structure, text, key)
    else:
        from headprog.compiler.lower_triton import TritonKernels

        kernels = TritonKernels(program, structure, text, key)
    head = CompiledHead(program=program, backend=backend, structure=structure, cache_key=key, kernels=kernels)
    _compiled[key] = head
    return head

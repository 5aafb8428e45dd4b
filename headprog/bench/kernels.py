"""The kernels suite: one program head's ``pattern @ V`` against its peers, per program kind and length.

Contenders on the same features and values (head_dim 64): the compiled kernel
(Numba on the CPU, Triton on a GPU), the reference backend (NumPy), the
program as plain-Python loops (short lengths only), one native head under
``scaled_dot_product_attention`` (causal), and FlexAttention with the
equivalent ``score_mod``/``mask_mod`` (:mod:`headprog.bench.flex`). The fast
contenders (kernel, SDPA, FlexAttention) are interleaved round by round; the
slow ones are timed after them. Compile time is reported apart from run time.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from headprog.bench.kernel_programs import KINDS, PYTHON_LOOPS, bench_program, expected_structure
from headprog.bench.session import BenchSession
from headprog.bench.timing import interleaved, paired_ratio, spread, synchronize
from headprog.errors import HeadprogError

__all__ = ["kernel_lengths", "run_kernels"]

HEAD_DIM = 64


def kernel_lengths(session: BenchSession) -> tuple[tuple[int, ...], int]:
    """Lengths measured and the longest one the plain-Python loops run at."""
    o = session.options
    if o.quick:
        return o.kernel_lengths or (64, 128), 128
    return o.kernel_lengths or (128, 512, 1024, 2048, 4096), 512


def _inputs(t: int, batch: int, device: str) -> tuple[Any, Any, Any]:
    import torch

    from headprog.features import compute_features, stack_features
    from headprog.testing import random_sequence

    rng = random.Random(t)
    features = stack_features([compute_features(*random_sequence(rng, t)) for _ in range(batch)])
    lengths = np.full(batch, t, dtype=np.int64)
    values = np.random.default_rng(0).standard_normal((batch, t, HEAD_DIM)).astype(np.float32)
    if device.startswith("cuda"):
        return torch.as_tensor(features, device=device), torch.as_tensor(lengths, device=device), torch.as_tensor(values, device=device)
    return features, lengths, values


def _first_call(fn: Callable[[], Any], device: str) -> float:
    synchronize(device)
    started = time.perf_counter()
    fn()
    synchronize(device)
    return time.perf_counter() - started


def _contenders(kind: str, features: Any, lengths: Any, values: Any, device: str, flex: Any) -> tuple[dict[str, Callable[[], Any]], dict[str, float]]:
    """The fast contenders of one case, each called once (their compile and setup times returned apart)."""
    import torch

    from headprog.compiler.compiling import compile_program

    backend = "triton" if device.startswith("cuda") else "numba"
    started = time.perf_counter()
    head = compile_program(bench_program(kind), backend)
    compile_s = {"kernel": time.perf_counter() - started}
    if head.structure.kind != expected_structure(kind):
        raise HeadprogError(f"the {kind} benchmark program compiled as {head.structure.kind}, not {expected_structure(kind)}")
    v = torch.as_tensor(values, device=device)[:, None]  # (B, 1, T, D): one head
    q = torch.randn_like(v)
    k = torch.randn_like(v)
    fns: dict[str, Callable[[], Any]] = {
        "kernel": lambda: head.output(features, values, lengths),
        "sdpa": lambda: torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True),
    }
    compile_s["kernel"] += _first_call(fns["kernel"], device)  # the JIT or the disk cache on first use
    if flex is not None:
        from torch.nn.attention.flex_attention import create_block_mask

        from headprog.bench.flex import flex_functions

        score_mod, mask_mod = flex_functions(kind, features)
        started = time.perf_counter()
        block_mask = create_block_mask(mask_mod, v.shape[0], 1, v.shape[2], v.shape[2], device=device)
        compile_s["flex_block_mask"] = time.perf_counter() - started
        zeros = torch.zeros_like(v)  # the score is the program's: no q.k term
        fns["flex"] = lambda: flex(zeros, zeros, v, score_mod=score_mod, block_mask=block_mask)
        try:
            compile_s["flex"] = _first_call(fns["flex"], device)
        except Exception as exc:  # torch.compile's failure is FlexAttention's row, not the whole run's
            del fns["flex"]
            compile_s["flex_error"] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}" if str(exc) else type(exc).__name__
    return fns, compile_s


def _slow_contenders(kind: str, features: Any, lengths: Any, values: Any, t: int, python_max_t: int) -> dict[str, Callable[[], Any]]:
    from headprog.compiler.compiling import compile_program
    from headprog.features import ROW_INDEX

    reference = compile_program(bench_program(kind), "reference")
    feats, lens, vals = (np.asarray(x.cpu()) if hasattr(x, "cpu") else x for x in (features, lengths, values))
    fns: dict[str, Callable[[], Any]] = {"reference": lambda: reference.output(feats, vals, lens)}
    if t <= python_max_t:
        cols = [{n: f[ROW_INDEX[n]].astype(int).tolist() for n in ("token", "prev_token", "sentence_start")} for f in feats]
        loop = PYTHON_LOOPS[kind]
        fns["python"] = lambda: [loop(c, t) @ vals[i].astype(np.float64) for i, c in enumerate(cols)]
    return fns


def run_kernels(session: BenchSession, tick: Callable[[str], None]) -> dict[str, Any]:
    """One row per (kind, T): median seconds of each contender, the kernel's paired speed-up over each, compile times."""
    lengths_t, python_max_t = kernel_lengths(session)
    device, repeat = session.device, session.options.repeat
    flex = None
    if session.options.flex:
        from headprog.bench.flex import compiled_flex_attention

        flex = compiled_flex_attention()
    rows = []
    for t in lengths_t:
        features, lengths, values = _inputs(t, 1, device)
        for kind in KINDS:
            tick(f"kernels {kind} T={t}")
            fns, compile_s = _contenders(kind, features, lengths, values, device, flex)
            times = interleaved(fns, repeat, warmup=0, device=device)
            slow = interleaved(_slow_contenders(kind, features, lengths, values, t, python_max_t), 1 if t > 512 else repeat, warmup=0)
            row: dict[str, Any] = {"kind": kind, "T": t, "batch": 1, "head_dim": HEAD_DIM, "compile_s": compile_s}
            for name, seconds in {**times, **slow}.items():
                row[f"{name}_s"] = spread(seconds)
            for name in ("sdpa", "flex"):
                if name in times:  # above 1: the program's kernel is faster
                    row[f"speedup_vs_{name}"] = paired_ratio(times[name], times["kernel"])
            for name in slow:
                row[f"speedup_vs_{name}"] = row[f"{name}_s"]["median"] / row["kernel_s"]["median"]
            rows.append(row)
    return {"rows": rows, "kinds": list(KINDS), "lengths": list(lengths_t), "python_max_t": python_max_t, "flex": flex is not None,
            "backend": "triton" if device.startswith("cuda") else "numba"}

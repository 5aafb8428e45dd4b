"""The memory suite: peak memory of one forward at the longest length, native against hybrid.

On the CPU each contender runs in a fresh process (``python -m
headprog.bench.memory``), so neither inherits the other's freed pages: a
thread samples the resident set every millisecond during the forward, and the
figure is its peak above the resident set just before it (model loaded,
kernels compiled by a short warm-up forward). On a GPU it is
``torch.cuda.max_memory_allocated`` above the allocation before the forward.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import Any

from headprog.bench.session import BenchSession
from headprog.errors import HeadprogError

__all__ = ["run_memory", "probe"]


def _sampled_peak(fn: Callable[[], Any]) -> tuple[int, int]:
    """Resident bytes before ``fn`` and the peak sampled while it ran."""
    import psutil

    proc = psutil.Process()
    before = proc.memory_info().rss
    peak = [before]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], proc.memory_info().rss)
            done.wait(0.001)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        fn()
    finally:
        done.set()
        sampler.join()
    peak[0] = max(peak[0], proc.memory_info().rss)
    return before, peak[0]


def probe(spec: dict[str, Any]) -> dict[str, Any]:
    """Peak memory of one forward described by ``spec`` (model, programs, heads, tokens, batch, device)."""
    import torch

    from headprog.data import models
    from headprog.evaluate.perplexity import evaluation_chunks, token_ids
    from headprog.hybrid import HybridModel
    from headprog.language.program_set import load_program_set

    loaded = models.load(spec["model"])
    device = spec["device"]
    loaded.model.to(device)
    chunks = evaluation_chunks(loaded, "wiki", "eval", spec["tokens"], spec["batch"])
    ids = torch.tensor([token_ids(c) for c in chunks], device=device)
    pset = load_program_set(spec["programs"])
    with HybridModel(loaded, pset, spec["heads"]) as hybrid, torch.no_grad():
        hybrid.model(input_ids=ids[:, :64], use_cache=False)  # compiles the kernels before the measurement
        if device.startswith("cuda"):
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
            before = torch.cuda.memory_allocated()
            hybrid.model(input_ids=ids, use_cache=False)
            torch.cuda.synchronize()
            peak = torch.cuda.max_memory_allocated()
        else:
            before, peak = _sampled_peak(lambda: hybrid.model(input_ids=ids, use_cache=False))
    return {"before_bytes": before, "peak_bytes": peak, "forward_bytes": peak - before}


def _run_probe(spec: dict[str, Any]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "headprog.bench.memory", json.dumps(spec)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise HeadprogError(f"the memory probe failed ({spec['mode']}, T={spec['tokens']}): {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_memory(session: BenchSession, tick: Callable[[str], None]) -> dict[str, Any]:
    """Native and hybrid peak memory of one forward at the longest prefill length, per non-zero fraction."""
    from headprog.bench.prefill import prefill_sizes

    tokens = max(prefill_sizes(session)[0])
    rows = []
    base = {"model": session.options.model, "programs": str(session.pset.folder), "tokens": tokens, "batch": 1, "device": session.device}
    tick(f"memory native T={tokens}")
    native = _run_probe({**base, "mode": "native", "heads": []})
    for choice in session.choices():
        if not choice.heads:
            continue
        tick(f"memory {choice.label} T={tokens}")
        hybrid = _run_probe({**base, "mode": "hybrid", "heads": list(choice.heads)})
        rows.append({
            "fraction": choice.fraction, "by": choice.by, "heads": len(choice.heads), "T": tokens, "batch": 1,
            "native_forward_mib": native["forward_bytes"] / 2**20, "hybrid_forward_mib": hybrid["forward_bytes"] / 2**20,
            "native_peak_mib": native["peak_bytes"] / 2**20, "hybrid_peak_mib": hybrid["peak_bytes"] / 2**20,
            # Above 1: the hybrid forward needs less memory than the native one.
            "ratio": native["forward_bytes"] / max(hybrid["forward_bytes"], 1),
        })
    kind = "peak allocated (GPU)" if session.device.startswith("cuda") else "peak resident set (CPU), sampled every millisecond"
    return {"rows": rows, "T": tokens, "measure": kind}


if __name__ == "__main__":
    print(json.dumps(probe(json.loads(sys.argv[1]))))

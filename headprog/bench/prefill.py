"""The prefill suite: tokens/s of one forward without KV cache, native against hybrid, per length, batch and fraction."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from headprog.bench.session import BenchSession
from headprog.bench.timing import interleaved, paired_ratio, spread

__all__ = ["prefill_sizes", "run_prefill"]


def prefill_sizes(session: BenchSession) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sequence lengths and batch sizes: the options', or 256/1,024/4,096 (and 8,192 on a GPU) x batch 1 and 8."""
    o = session.options
    if o.quick:
        default_t, default_b = (128,), (1,)
    else:
        default_t = (256, 1024, 4096, 8192) if session.device.startswith("cuda") else (256, 1024, 4096)
        default_b = (1, 8)
    return o.prefill_tokens or default_t, o.prefill_batches or default_b


def run_prefill(session: BenchSession, tick: Callable[[str], None]) -> dict[str, Any]:
    """One row per (head choice, T, batch): median tokens/s of each, the paired speed-up and its spread."""
    import torch

    tokens, batches = prefill_sizes(session)
    model = session.loaded.model
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for choice, hybrid, t, b in session.cases("prefill", "T", tokens, batches, tick, skipped=skipped):
        ids = session.ids(t, b)

        def native(ids: Any = ids, hybrid: Any = hybrid) -> None:
            with hybrid.native():
                model(input_ids=ids, use_cache=False)

        def substituted(ids: Any = ids) -> None:
            model(input_ids=ids, use_cache=False)

        with torch.no_grad():
            times = interleaved({"native": native, "hybrid": substituted}, session.options.repeat, device=session.device)
        rows.append(_row(choice, t, b, times))
    return {"rows": rows, "skipped": skipped, "tokens": list(tokens), "batches": list(batches)}


def _row(choice: Any, t: int, b: int, times: dict[str, list[float]]) -> dict[str, Any]:
    n_tokens = t * b
    return {
        "fraction": choice.fraction, "by": choice.by, "heads": len(choice.heads), "T": t, "batch": b,
        "native_tokens_per_s": n_tokens / spread(times["native"])["median"],
        "hybrid_tokens_per_s": n_tokens / spread(times["hybrid"])["median"],
        "native_s": spread(times["native"]), "hybrid_s": spread(times["hybrid"]),
        # Above 1: the hybrid model prefills faster.
        "speedup": paired_ratio(times["native"], times["hybrid"]),
    }

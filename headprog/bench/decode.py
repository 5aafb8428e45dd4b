"""The decode suite: greedy KV-cache decoding, native against hybrid, per context, batch and fraction; time to first token.

Each contender prefills its prompt once per round (timed: the time to first
token), and then decodes ``new_tokens`` greedy steps from a copy of that
prefill's cache (timed apart: decode tokens/s). Native and hybrid rounds
alternate; round 0 is a warm-up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from headprog.bench.session import BenchSession
from headprog.bench.timing import paired_ratio, spread, synchronize

__all__ = ["decode_sizes", "run_decode"]


def decode_sizes(session: BenchSession) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Context lengths and batch sizes: the options', or 128/512/2,048 x batch 1 and 4."""
    o = session.options
    if o.quick:
        return o.decode_contexts or (64,), o.decode_batches or (1,)
    return o.decode_contexts or (128, 512, 2048), o.decode_batches or (1, 4)


def _prefill_and_decode(model: Any, ids: Any, new_tokens: int, device: str) -> tuple[float, float]:
    """Seconds to the first token (the prefill forward and its argmax) and seconds of ``new_tokens`` decode steps."""
    synchronize(device)
    started = time.perf_counter()
    out = model(input_ids=ids, use_cache=True)
    cache, token = out.cache, out.logits[:, -1:].argmax(-1)
    synchronize(device)
    first = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(new_tokens):
        out = model(input_ids=token, cache=cache, use_cache=True)
        cache, token = out.cache, out.logits[:, -1:].argmax(-1)
    synchronize(device)
    return first, time.perf_counter() - started


def _measure(session: BenchSession, hybrid: Any, ids: Any, rounds: int) -> dict[str, dict[str, list[float]]]:
    model, new_tokens, device = session.loaded.model, session.options.new_tokens, session.device
    times: dict[str, dict[str, list[float]]] = {"native": {"first": [], "decode": []}, "hybrid": {"first": [], "decode": []}}
    for r in range(rounds + 1):
        order = ["native", "hybrid"] if r % 2 == 0 else ["hybrid", "native"]
        for mode in order:
            if mode == "native":
                with hybrid.native():
                    first, decode = _prefill_and_decode(model, ids, new_tokens, device)
            else:
                first, decode = _prefill_and_decode(model, ids, new_tokens, device)
            if r > 0:  # round 0 compiles kernels and warms caches
                times[mode]["first"].append(first)
                times[mode]["decode"].append(decode)
    return times


def run_decode(session: BenchSession, tick: Callable[[str], None]) -> dict[str, Any]:
    """One row per (head choice, context, batch): decode tokens/s, time to first token, paired ratios."""
    import torch

    contexts, batches = decode_sizes(session)
    new_tokens = session.options.new_tokens
    rows: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for choice, hybrid, context, b in session.cases("decode", "context", contexts, batches, tick, extra_tokens=new_tokens, skipped=skipped):
        with torch.no_grad():
            times = _measure(session, hybrid, session.ids(context, b), session.options.repeat)
        nat, hyb = times["native"], times["hybrid"]
        rows.append({
            "fraction": choice.fraction, "by": choice.by, "heads": len(choice.heads), "context": context, "batch": b,
            "new_tokens": new_tokens,
            "native_tokens_per_s": b * new_tokens / spread(nat["decode"])["median"],
            "hybrid_tokens_per_s": b * new_tokens / spread(hyb["decode"])["median"],
            # Above 1: the hybrid model decodes faster / reaches its first token sooner.
            "speedup": paired_ratio(nat["decode"], hyb["decode"]),
            "native_first_token_s": spread(nat["first"]), "hybrid_first_token_s": spread(hyb["first"]),
            "first_token_speedup": paired_ratio(nat["first"], hyb["first"]),
        })
    return {"rows": rows, "skipped": skipped, "contexts": list(contexts), "batches": list(batches)}

"""The decode suite: greedy KV-cache decoding, native against hybrid, per context, batch and fraction; time to first token.

Each round, native and hybrid each prefill the prompt (timed: the time to first
token) and then decode ``new_tokens`` greedy steps on their own caches,
alternating step by step (timed apart: decode tokens/s), so that the machine's
drift reaches both sides alike. The side that goes first alternates between
rounds; round 0 is a warm-up.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

from headprog.bench.session import BenchSession
from headprog.bench.timing import paired_ratio, spread, synchronize

__all__ = ["Contender", "decode_sizes", "run_decode"]


def decode_sizes(session: BenchSession) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Context lengths and batch sizes: the options', or 128/512/2,048 x batch 1 and 4."""
    o = session.options
    if o.quick:
        return o.decode_contexts or (64,), o.decode_batches or (1,)
    return o.decode_contexts or (128, 512, 2048), o.decode_batches or (1, 4)


class Contender:
    """One side of a decode figure: its cache, next token and (for the hybrid) decoding state between its steps."""

    def __init__(self, hybrid: Any, native: bool, device: str) -> None:
        self.hybrid, self.native, self.device = hybrid, native, device
        self.cache: Any = None
        self.token: Any = None
        self.state: Any = None

    def _forward(self, **kwargs: Any) -> float:
        """Seconds of one forward and its argmax, with this side's heads and decoding state."""
        with self.hybrid.native() if self.native else contextlib.nullcontext():
            self.hybrid.set_state(self.state)
            synchronize(self.device)
            started = time.perf_counter()
            out = self.hybrid(use_cache=True, **kwargs)
            self.cache, self.token = out.cache, out.logits[:, -1:].argmax(-1)
            synchronize(self.device)
            seconds = time.perf_counter() - started
            self.state = self.hybrid.take_state()
        return seconds

    def prefill(self, ids: Any) -> float:
        return self._forward(input_ids=ids)

    def step(self) -> float:
        return self._forward(input_ids=self.token, cache=self.cache)


def _measure(session: BenchSession, hybrid: Any, ids: Any, rounds: int) -> dict[str, dict[str, list[float]]]:
    """Per round and side: the prefill's seconds and the sum of ``new_tokens`` decode steps' seconds.

    Within a round the two sides alternate step by step (each on its own cache),
    so a change of the machine's speed lasting longer than a step reaches both.
    """
    new_tokens, device = session.options.new_tokens, session.device
    times: dict[str, dict[str, list[float]]] = {"native": {"first": [], "decode": []}, "hybrid": {"first": [], "decode": []}}
    for r in range(rounds + 1):
        order = ["native", "hybrid"] if r % 2 == 0 else ["hybrid", "native"]
        sides = {mode: Contender(hybrid, mode == "native", device) for mode in order}
        first = {mode: sides[mode].prefill(ids) for mode in order}
        decode = dict.fromkeys(order, 0.0)
        for step in range(new_tokens):
            for mode in order if step % 2 == 0 else order[::-1]:  # neither side always steps second
                decode[mode] += sides[mode].step()
        if r > 0:  # round 0 compiles kernels and warms caches
            for mode in order:
                times[mode]["first"].append(first[mode])
                times[mode]["decode"].append(decode[mode])
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

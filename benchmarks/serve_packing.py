"""Benchmark: a serving decode step and prefill with oneDNN-packed linear weights against ATen's linears.

What ``headprog serve`` does by default on a float32 CPU model
(:mod:`headprog.hybrid.linears`; ``--no-pack-weights`` turns it off).
Same process, same hybrid model (the bundled programs, ``--fraction`` of the
heads by IoU): for each batch size, a prefill of ``--prompt-tokens`` random
tokens per row, then ``--steps`` greedy decode steps with the KV cache, first
with ATen's linears and then packed, alternating over ``--repeat`` rounds
after a warm-up round. The speed-up is the median over the rounds of ATen
seconds / packed seconds (above 1: packing is faster).

Run: ``.venv/bin/python -m benchmarks.serve_packing``. Writes
``benchmarks/results/serve-packing.json`` and ``.md`` (``--name`` to change).
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import torch

from benchmarks.common import add_hybrid_options, publish
from headprog.bench.timing import paired_ratio, spread


def _prefill_and_steps(hybrid: Any, ids: torch.Tensor, steps: int) -> tuple[float, float]:
    """Seconds of the prefill (last position's logits, as the engine asks) and of ``steps`` decode steps."""
    from transformers import DynamicCache

    with torch.inference_mode():
        started = time.perf_counter()
        out = hybrid(input_ids=ids, cache=DynamicCache(), use_cache=True, logits_to_keep=1)
        prefill = time.perf_counter() - started
        cache, token = out.cache, out.logits[:, -1:].argmax(-1)
        started = time.perf_counter()
        for _ in range(steps):
            out = hybrid(input_ids=token, cache=cache, use_cache=True)
            cache, token = out.cache, out.logits[:, -1:].argmax(-1)
        decode = time.perf_counter() - started
        hybrid.take_state()
    return prefill, decode


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from headprog.data import models
    from headprog.hybrid import HybridModel
    from headprog.serving.engine import load_programs, resolve_heads
    from headprog.hybrid.linears import pack_linears, unpack_linears

    loaded = models.load(args.model)
    programs = load_programs(args.programs)
    heads = resolve_heads(loaded, programs, None, args.fraction)
    generator = torch.Generator().manual_seed(0)
    rows = []
    with HybridModel(loaded, programs, heads) as hybrid:
        for batch in args.batches:
            ids = torch.randint(100, loaded.tokenizer.vocab_size - 100, (batch, args.prompt_tokens), generator=generator)
            times: dict[str, dict[str, list[float]]] = {m: {"prefill": [], "decode": []} for m in ("aten", "packed")}
            for r in range(args.repeat + 1):
                for mode in ("aten", "packed") if r % 2 == 0 else ("packed", "aten"):
                    (pack_linears if mode == "packed" else unpack_linears)(loaded.model)
                    prefill, decode = _prefill_and_steps(hybrid, ids, args.steps)
                    if r > 0:  # round 0 compiles kernels and warms caches
                        times[mode]["prefill"].append(prefill)
                        times[mode]["decode"].append(decode)
            unpack_linears(loaded.model)
            aten, packed = times["aten"], times["packed"]
            rows.append({
                "batch": batch,
                "aten_step_ms": 1000 * spread(aten["decode"])["median"] / args.steps,
                "packed_step_ms": 1000 * spread(packed["decode"])["median"] / args.steps,
                "step_speedup": paired_ratio(aten["decode"], packed["decode"]),
                "aten_prefill_ms": 1000 * spread(aten["prefill"])["median"],
                "packed_prefill_ms": 1000 * spread(packed["prefill"])["median"],
                "prefill_speedup": paired_ratio(aten["prefill"], packed["prefill"]),
            })
            print(f"batch {batch}: step {rows[-1]['aten_step_ms']:.1f} -> {rows[-1]['packed_step_ms']:.1f} ms", file=sys.stderr)
    return {"model": args.model, "programs": args.programs, "fraction": args.fraction, "heads": len(heads), "rows": rows}


def markdown(payload: dict[str, Any]) -> str:
    lines = [
        "# Serving: oneDNN-packed linear weights against ATen's linears",
        "",
        f"Model {payload['model']}, hybrid with {payload['heads']} heads by programs ({payload['fraction']:.0%}, `{payload['programs']}`); "
        f"{payload['prompt_tokens']}-token prompts, {payload['steps']} decode steps; median of {payload['repeat']} alternating rounds. "
        f"Hardware: {payload['hardware'].get('processor')} ({payload['hardware'].get('cpus')} CPUs).",
        "",
        f"Command: `{payload['command']}`",
        "",
        "| batch | step ATen ms | step packed ms | step speed-up (min-max) | prefill ATen ms | prefill packed ms | prefill speed-up |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in payload["rows"]:
        s, p = r["step_speedup"], r["prefill_speedup"]
        lines.append(
            f"| {r['batch']} | {r['aten_step_ms']:.1f} | {r['packed_step_ms']:.1f} | x{s['median']:.2f} ({s['min']:.2f}-{s['max']:.2f}) "
            f"| {r['aten_prefill_ms']:.0f} | {r['packed_prefill_ms']:.0f} | x{p['median']:.2f} |"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve_packing", description=__doc__.split("\n\n")[0])
    add_hybrid_options(parser)
    parser.add_argument("--batches", type=lambda s: [int(x) for x in s.split(",")], default=[1, 8], help="batch sizes (default 1,8)")
    parser.add_argument("--prompt-tokens", type=int, default=160, help="prompt tokens per row (default 160: a 128-token chat request)")
    parser.add_argument("--steps", type=int, default=16, help="decode steps timed per round (default 16)")
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--name", default="serve-packing", help="results file name (default serve-packing)")
    args = parser.parse_args(argv)
    payload = measure(args)
    payload.update({"prompt_tokens": args.prompt_tokens, "steps": args.steps, "repeat": args.repeat})
    return publish(args.name, payload, markdown, "benchmarks.serve_packing", argv)


if __name__ == "__main__":
    raise SystemExit(main())

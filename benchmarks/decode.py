"""Benchmark: greedy KV-cache decoding of the native model against the hybrid model, and where a step's time goes.

Same process, same model object, same prompts: ``--batch`` chunks of the
bundled corpus's eval split, ``context`` tokens each, prefilled once per
measurement (not timed), then ``--new-tokens`` greedy decode steps with the
KV cache (timed). Native and hybrid measurements alternate, round 0 is a
warm-up, and the ratio is the median over adjacent (native, hybrid) pairs of
hybrid tokens/s / native tokens/s (above 1: the hybrid model is faster).

The breakdown is one more hybrid pass with ``HybridModel.profile`` on: per
decode step, the milliseconds spent computing token features, in native heads
and in program heads of layers with substituted heads, in whole layers without
any, and the rest of the forward (projections, MLPs, norms, sampling).

Run: ``.venv/bin/python -m benchmarks.decode --programs runs/default/programs``
(the program folder ``headprog run`` writes). Writes
``benchmarks/results/decode.json`` and ``decode.md`` (``--name`` to change).
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

import torch

from benchmarks.common import hardware, write_results


def decode_seconds(model: Any, ids: torch.Tensor, new_tokens: int) -> float:
    """Prefill ``ids`` (not timed), then time ``new_tokens`` greedy steps with the KV cache."""
    with torch.no_grad():
        out = model(input_ids=ids, use_cache=True)
        cache, token = out.cache, out.logits[:, -1:].argmax(-1)
        started = time.perf_counter()
        for _ in range(new_tokens):
            out = model(input_ids=token, cache=cache, use_cache=True)
            cache, token = out.cache, out.logits[:, -1:].argmax(-1)
        return time.perf_counter() - started


def breakdown(hybrid: Any, ids: torch.Tensor, new_tokens: int) -> dict[str, float]:
    """Milliseconds per decode step by part of the forward (see the module docstring)."""
    from headprog.hybrid import TIMINGS

    with torch.no_grad():
        out = hybrid(input_ids=ids, use_cache=True)
    cache, token = out.cache, out.logits[:, -1:].argmax(-1)
    hybrid.profile = True
    hybrid.timings = dict.fromkeys(TIMINGS, 0.0)
    started = time.perf_counter()
    with torch.no_grad():
        for _ in range(new_tokens):
            out = hybrid(input_ids=token, cache=cache, use_cache=True)
            cache, token = out.cache, out.logits[:, -1:].argmax(-1)
    total = time.perf_counter() - started
    hybrid.profile = False
    parts = {k: 1000 * v / new_tokens for k, v in hybrid.timings.items()}
    parts["rest"] = 1000 * total / new_tokens - sum(parts.values())
    parts["step"] = 1000 * total / new_tokens
    return parts


def measure(loaded: Any, hybrid: Any, contexts: list[int], batches: list[int], new_tokens: int, repeat: int) -> list[dict[str, Any]]:
    """One row per (context, batch): native and hybrid tokens/s, their ratio, and the hybrid step's breakdown."""
    from headprog.evaluate.perplexity import evaluation_chunks, token_ids

    rows = []
    for context, batch in ((c, b) for c in contexts for b in batches):
        chunks = evaluation_chunks(loaded, "wiki", "eval", context, batch)
        ids = torch.tensor([token_ids(c) for c in chunks])
        native, mixed = [], []
        for i in range(repeat + 1):
            with hybrid.native():
                n = decode_seconds(hybrid, ids, new_tokens)
            h = decode_seconds(hybrid, ids, new_tokens)
            if i > 0:  # round 0 warms the kernels and caches up
                native.append(batch * new_tokens / n)
                mixed.append(batch * new_tokens / h)
        ratios = [h / n for n, h in zip(native, mixed)]
        rows.append({
            "context": context, "batch": batch, "new_tokens": new_tokens,
            "native_tokens_per_s": statistics.median(native), "hybrid_tokens_per_s": statistics.median(mixed),
            "ratio": statistics.median(ratios), "ratio_min": min(ratios), "ratio_max": max(ratios),
            "breakdown_ms": breakdown(hybrid, ids, new_tokens),
        })
    return rows


def markdown(payload: dict[str, Any]) -> str:
    lines = [
        "# Decoding: native vs hybrid (KV cache, greedy)",
        "",
        f"`{payload['command']}`",
        "",
        f"Model {payload['model']}; {payload['heads']} heads substituted ({payload['fraction']:.0%}, best held-out IoU first) from `{payload['programs']}`; "
        f"backend {payload['backend']}. Hardware: {payload['hardware']['processor']}, {payload['hardware']['cpus']} CPUs. "
        f"Medians of {payload['repeat']} interleaved rounds after a warm-up; ratio = hybrid / native tokens/s (min-max over rounds).",
        "",
        "| context | batch | native tok/s | hybrid tok/s | ratio | step ms | features | native heads | program heads | layers without programs | rest |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in payload["rows"]:
        b = r["breakdown_ms"]
        lines.append(
            f"| {r['context']} | {r['batch']} | {r['native_tokens_per_s']:.1f} | {r['hybrid_tokens_per_s']:.1f} | "
            f"{r['ratio']:.3f} ({r['ratio_min']:.3f}-{r['ratio_max']:.3f}) | {b['step']:.1f} | {b['features']:.2f} | {b['native_heads']:.2f} | "
            f"{b['program_heads']:.2f} | {b['unsubstituted_layers']:.2f} | {b['rest']:.2f} |"
        )
    lines += ["", "Breakdown columns: milliseconds per decode step of the hybrid model, measured with `HybridModel.profile` in a separate pass."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    import sys

    from headprog.data import models
    from headprog.hybrid import HybridModel
    from headprog.selection import choose_heads

    parser = argparse.ArgumentParser(prog="python -m benchmarks.decode", description=__doc__.split("\n\n")[0])
    parser.add_argument("--programs", default="bundled", help="program folder, or 'bundled' (default: the set `headprog run` makes, shipped with the package)")
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of heads substituted, best held-out IoU first (default 0.25)")
    parser.add_argument("--contexts", default="128,512,2048", help="prompt lengths (default 128,512,2048)")
    parser.add_argument("--batch", default="1", help="batch sizes, e.g. 1,4 (default 1)")
    parser.add_argument("--new-tokens", type=int, default=16)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--name", default="decode", help="results file name (default decode)")
    args = parser.parse_args(argv)
    loaded = models.load(args.model)
    from headprog.serving.engine import load_programs

    pset = load_programs(args.programs)
    heads = [c["head"] for c in choose_heads(pset, args.fraction, "iou")]
    contexts = [int(c) for c in args.contexts.split(",")]
    with HybridModel(loaded, pset, heads) as hybrid:
        rows = measure(loaded, hybrid, contexts, [int(b) for b in args.batch.split(",")], args.new_tokens, args.repeat)
        backend = hybrid.backend
    payload = {
        "command": "python -m benchmarks.decode " + " ".join(sys.argv[1:] if argv is None else argv),
        "model": loaded.name, "fingerprint": loaded.fingerprint, "programs": args.programs, "heads": len(heads), "fraction": args.fraction,
        "backend": backend, "repeat": args.repeat, "hardware": hardware(), "torch": torch.__version__, "rows": rows,
    }
    md = markdown(payload)
    write_results(args.name, payload, md)
    print(md, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

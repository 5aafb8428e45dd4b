"""Benchmark: prefill throughput of the native model against the hybrid model.

Same process, same model object, same input: T tokens of the bundled corpus's
eval split (batch 1 by default), one forward without KV cache. The native
and hybrid forwards are interleaved (native, hybrid, hybrid, native, ...), so
slow drifts of a shared machine hit both alike; times are medians over the
repeats, and the ratio is the median over adjacent (native, hybrid) pairs of
native time / hybrid time (above 1: the hybrid model is faster).

Scenarios (25% of the model's heads substituted, heads drawn with a fixed seed
unless a program folder is given):

- ``selectors``: every substituted head runs a selector program from
  ``headprog/library/classic.py`` (previous token, first token, sentence start,
  most recent punctuation, and their weighted mixes): a gather per row;
- ``classic``: every classic program in turn, dense ones included
  (duplicate token, induction, uniform, ALiBi-like softmax recency);
- ``programs``: with ``--programs DIR``, the best heads of that folder by
  held-out IoU (e.g. the output of ``headprog synthesize``).

Each scenario also reports where the hybrid forward spent its attention time
(features, native heads, program heads; from ``HybridModel.profile``).

Run: ``.venv/bin/python -m benchmarks.hybrid [--quick] [--programs DIR]``.
Writes ``benchmarks/results/hybrid.json`` and ``hybrid.md``.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import torch

from benchmarks.common import hardware, write_results

SELECTORS = [
    "previous_token",
    "first_token",
    "sentence_start_head",
    "recent_punctuation",
    "previous_token_with_sink",
    "sentence_start_and_previous",
]


def _classic():
    from pathlib import Path

    from headprog.language import parse_file

    path = Path(__file__).resolve().parents[1] / "headprog" / "library" / "classic.py"
    return {p.name: p for p in parse_file(path).programs}


def _scenario_programs(loaded, names: list[str], fraction: float, seed: int):
    classic = _classic()
    heads = [(layer, h) for layer in range(loaded.n_layers) for h in range(loaded.n_heads)]
    chosen = sorted(random.Random(seed).sample(heads, round(fraction * len(heads))))
    return {head: classic[names[i % len(names)]] for i, head in enumerate(chosen)}, chosen


def _sync() -> None:
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def _time(fn) -> tuple[float, float]:
    _sync()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    _sync()  # a GPU forward returns before its kernels finish
    return time.perf_counter() - wall, time.process_time() - cpu


def run_scenario(loaded, hybrid, ids: torch.Tensor, repeat: int) -> dict:
    """Interleaved native / hybrid forwards; medians and the throughput ratio."""
    model = loaded.model
    tokens = ids.numel()

    def native():
        with hybrid.native():
            model(input_ids=ids, use_cache=False)

    def substituted():
        model(input_ids=ids, use_cache=False)

    with torch.no_grad():
        native()
        substituted()  # compiles the kernels (cached on disk afterwards)
        substituted()
        walls: dict[str, list[float]] = {"native": [], "hybrid": []}
        cpus: dict[str, list[float]] = {"native": [], "hybrid": []}
        for r in range(repeat):
            order = [("native", native), ("hybrid", substituted)]
            if r % 2:
                order.reverse()
            for name, fn in order:
                w, c = _time(fn)
                walls[name].append(w)
                cpus[name].append(c)
        # Attention alone (inside the attention function, plus computing features), from the runtime's own
        # counters: less exposed to the rest of the machine than the whole forward.
        n_prof = max(1, repeat // 2)
        attention: dict[str, list[float]] = {"native": [], "hybrid": []}
        parts = dict.fromkeys(hybrid.timings, 0.0)
        hybrid.profile = True
        for r in range(n_prof):
            order = [("native", native), ("hybrid", substituted)]
            if r % 2:
                order.reverse()
            for name, fn in order:
                hybrid.timings = dict.fromkeys(hybrid.timings, 0.0)
                fn()
                attention[name].append(sum(hybrid.timings.values()))
                if name == "hybrid":
                    for k, v in hybrid.timings.items():
                        parts[k] += v
        hybrid.profile = False
        breakdown = {k: round(v / n_prof * 1e3, 2) for k, v in parts.items()}
        att = {k: statistics.median(v) for k, v in attention.items()}
    med = {k: statistics.median(v) for k, v in walls.items()}
    pair = [n / h for n, h in zip(walls["native"], walls["hybrid"])]
    return {
        "tokens": tokens,
        "native_s": round(med["native"], 4),
        "hybrid_s": round(med["hybrid"], 4),
        "native_tok_per_s": round(tokens / med["native"], 1),
        "hybrid_tok_per_s": round(tokens / med["hybrid"], 1),
        # Headline: the median over adjacent (native, hybrid) pairs, which a load change on the
        # machine between pairs does not skew; the ratio of medians and of minimums beside it.
        "ratio": round(statistics.median(pair), 4),
        "ratio_of_medians": round(med["native"] / med["hybrid"], 4),
        "ratio_of_minimums": round(min(walls["native"]) / min(walls["hybrid"]), 4),
        "ratio_cpu_time": round(statistics.median(cpus["native"]) / statistics.median(cpus["hybrid"]), 4),
        "native_walls_s": [round(x, 4) for x in walls["native"]],
        "hybrid_walls_s": [round(x, 4) for x in walls["hybrid"]],
        "hybrid_breakdown_ms_per_forward": breakdown,
        "attention_native_ms": round(att["native"] * 1e3, 2),
        "attention_hybrid_ms": round(att["hybrid"] * 1e3, 2),
        "attention_ratio": round(att["native"] / att["hybrid"], 4),
    }


def _device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return f"{torch.cuda.get_device_name(device)} (torch {torch.__version__}, program heads in Triton)"
    return "CPU (program heads in Numba)"


def main(argv: list[str] | None = None) -> int:
    from headprog.data import models
    from headprog.hybrid import HybridModel
    from headprog.selection import choose_heads
    from headprog.evaluate.perplexity import evaluation_chunks

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--tokens", type=int, default=1024, help="sequence length T (default 1024)")
    parser.add_argument("--batch", type=int, default=1, help="sequences per forward (default 1)")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of heads substituted (default 0.25)")
    parser.add_argument("--repeat", type=int, default=9, help="timed forwards per mode (default 9)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--programs", default=None, help="also time a program folder's best heads by IoU")
    parser.add_argument("--programs-by", default="iou", choices=("iou", "tuned"), help="which heads of --programs: the best by held-out IoU (default) or, for a tuned set (headprog tune), the set it was tuned for")
    parser.add_argument("--scenarios", default="selectors,classic", help="comma list of selectors, classic (default both)")
    parser.add_argument("--numba-threads", type=int, default=1, help="Numba threads inside the hybrid forward (default 1)")
    parser.add_argument("--device", default="cpu", help="cpu, or cuda: the model on the GPU, program heads as Triton kernels")
    parser.add_argument("--force", action="store_true", help="accept --programs made for another fingerprint of the model")
    parser.add_argument("--quick", action="store_true", help="T=256, 3 repeats; results named hybrid-quick")
    parser.add_argument("--name", default=None, help="results file name (default hybrid, or hybrid-quick)")
    args = parser.parse_args(argv)
    if args.quick:
        args.tokens, args.repeat = 256, 3
    name = args.name or ("hybrid-quick" if args.quick else "hybrid")

    loaded = models.load(args.model)
    chunks = evaluation_chunks(loaded, "wiki", "eval", args.tokens, args.batch)
    device = torch.device(args.device)
    loaded.model.to(device)
    ids = torch.tensor([c.ids for c in chunks], device=device)
    results = {}
    scenarios = [s.strip() for s in args.scenarios.split(",") if s.strip()]
    for scenario in scenarios:
        names = SELECTORS if scenario == "selectors" else sorted(_classic())
        programs, heads = _scenario_programs(loaded, names, args.fraction, args.seed)
        with HybridModel(loaded, programs, heads, numba_threads=args.numba_threads) as hybrid:
            structures = {}
            for r in hybrid.describe():
                structures[r["structure"]] = structures.get(r["structure"], 0) + 1
            res = run_scenario(loaded, hybrid, ids, args.repeat)
        res.update(heads=len(heads), structures=structures)
        results[scenario] = res
        print(f"{scenario}: {res['native_s']:.3f} s native, {res['hybrid_s']:.3f} s hybrid, ratio {res['ratio']:.3f}", flush=True)
    if args.programs:
        from headprog.language.program_set import load_program_set

        pset = load_program_set(args.programs)
        if args.programs_by == "tuned":
            from headprog.tuning import tuned_heads

            chosen = tuned_heads(pset)
        else:
            chosen = [c["head"] for c in choose_heads(pset, args.fraction, "iou", loaded=loaded, force=args.force)]
        with HybridModel(loaded, pset, chosen, numba_threads=args.numba_threads, force=args.force) as hybrid:
            structures = {}
            for r in hybrid.describe():
                structures[r["structure"]] = structures.get(r["structure"], 0) + 1
            res = run_scenario(loaded, hybrid, ids, args.repeat)
        res.update(heads=len(chosen), structures=structures, programs=str(args.programs))
        results["programs"] = res
        print(f"programs: {res['native_s']:.3f} s native, {res['hybrid_s']:.3f} s hybrid, ratio {res['ratio']:.3f}", flush=True)

    import os

    try:
        load = os.getloadavg()[0]
    except OSError:  # pragma: no cover
        load = None
    import shlex
    import sys

    command = ("python" if args.device != "cpu" else ".venv/bin/python") + " -m benchmarks.hybrid" + "".join(" " + shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    payload = {
        "benchmark": "hybrid prefill throughput, native vs hybrid, same run and inputs",
        "command": command,
        "model": {"name": loaded.name, "fingerprint": loaded.fingerprint, "heads": loaded.n_layers * loaded.n_heads},
        "tokens": args.tokens,
        "batch": args.batch,
        "fraction": args.fraction,
        "repeat": args.repeat,
        "torch_threads": torch.get_num_threads(),
        "numba_threads_in_hybrid": args.numba_threads,
        "load_average_1min_at_end": load,
        "hardware": hardware(),
        "device": _device_name(device),
        "scenarios": results,
        "target": "ratio >= 1.0 (hybrid prefill at least as fast as native)",
    }
    hw = payload["hardware"]
    lines = [
        "# Hybrid prefill benchmark",
        "",
        f"Model {loaded.name}; {args.batch} x {args.tokens} tokens of the bundled corpus (eval split), one forward without KV cache; "
        f"{args.fraction:.0%} of the {loaded.n_layers * loaded.n_heads} heads substituted. "
        f"Hardware: {payload['device']}; {hw.get('processor')}, {hw.get('cpus')} CPUs, torch {torch.get_num_threads()} threads, Numba {args.numba_threads} thread(s) in the hybrid forward. "
        f"Native and hybrid forwards interleaved in one process, {args.repeat} each; median times. "
        f"1-minute load average at the end: {load if load is None else round(load, 2)} (other work on the machine inflates every figure).",
        f"Command: `{command}`" + (f"; program folder `{args.programs}`: " + ("the head set it was tuned for." if args.programs_by == "tuned" else "its best heads by held-out IoU.") if args.programs else ""),
        "",
        "| scenario | heads (structures) | native (s) | hybrid (s) | native tok/s | hybrid tok/s | ratio (native/hybrid, pairwise median) | ratio of medians | ratio of minimums | CPU-time ratio | attention native / hybrid (ms) | attention ratio | hybrid attention: features / native heads / program heads / other layers (ms) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for scenario, r in results.items():
        st = ", ".join(f"{v} {k}" for k, v in sorted(r["structures"].items()))
        b = r["hybrid_breakdown_ms_per_forward"]
        lines.append(
            f"| {scenario} | {r['heads']} ({st}) | {r['native_s']:.3f} | {r['hybrid_s']:.3f} | {r['native_tok_per_s']:.0f} | "
            f"{r['hybrid_tok_per_s']:.0f} | **{r['ratio']:.3f}** | {r['ratio_of_medians']:.3f} | {r['ratio_of_minimums']:.3f} | "
            f"{r['ratio_cpu_time']:.3f} | {r['attention_native_ms']:.0f} / {r['attention_hybrid_ms']:.0f} | {r['attention_ratio']:.3f} | "
            f"{b['features']:.1f} / {b['native_heads']:.1f} / {b['program_heads']:.1f} / {b['unsubstituted_layers']:.1f} |"
        )
    lines += [
        "",
        "Ratio above 1: the hybrid model prefills faster than the native one. The whole forward is timed (embeddings, "
        "MLPs, projections, LM head), so the ceiling is set by the share of attention in it: with a quarter of the heads "
        "free, the forward can gain at most a quarter of its attention time. The attention columns time only the attention "
        "functions of all layers (and the token features), from the runtime's counters, in separate interleaved forwards.",
    ]
    json_path, md_path = write_results(name, payload, "\n".join(lines) + "\n")
    print(f"wrote {json_path} and {md_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: headprog on Ray on this machine. Synthesis with 1 and 2 Ray workers; serving through Ray Serve vs the plain server.

1. Synthesis: ``headprog extract`` of a store (locally, reused if there), then
   ``headprog synthesize --ray local`` of every head of the bundled model
   (30 layers x 9 heads) with 1 Ray worker and with 2, each into its own
   folder, on one local Ray cluster of ``--cpus`` CPUs. Reported: the wall
   times, their ratio, and whether the two program folders are the same bytes.
   The default store is small (``--examples`` per band, ``--max-tokens``), and
   the search fits ``--fit-passages`` / ``--fit-sentences`` of it, so that
   both runs take minutes on 2 CPUs; the figures are for that store.
2. Serving: the load test of ``benchmarks.serve`` (its client, prompts and
   figures) against ``headprog serve`` (native model) and against
   ``headprog serve --ray local --replicas R --cpus-per-replica C`` (the
   same app on Ray Serve), one after the other, each in its own process.
   Reported: requests/s, output tokens/s and latency per concurrency, and the
   overhead ratio (plain / Ray Serve throughput; Ray Serve / plain latency).

The load average before and after each part is recorded: other jobs on the
machine slow either side.

Run: ``.venv/bin/python -m benchmarks.ray_cluster`` (about 10 minutes on 2 CPUs);
``--skip-synthesis`` / ``--skip-serving`` run one part. Writes
``benchmarks/results/ray.json`` and ``ray.md``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import hardware, write_results
from headprog.bench.load_test import Server, free_port, load_prompts, run_level, summarize, warm_up


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def synthesis_part(args: argparse.Namespace) -> dict[str, Any]:
    """Extract (or reuse) the store, then synthesize every head with 1 and with 2 Ray workers."""
    import ray

    from headprog.attention.extract import ExtractOptions, extract
    from headprog.cluster.jobs import synthesize_on_ray
    from headprog.synthesis.search import SearchOptions
    from headprog.synthesis.synthesize import SynthesisOptions

    out = Path(args.out)
    store = out / "store"
    started = time.perf_counter()
    manifest = extract(store, ExtractOptions(examples=args.examples, max_tokens=args.max_tokens, kinds=("passage", "sentence")))
    extract_s = time.perf_counter() - started
    search = SearchOptions(max_terms=args.max_terms, fit_passages=args.fit_passages, fit_sentences=args.fit_sentences)
    ray.init(address="local", num_cpus=args.cpus, include_dashboard=False, log_to_driver=False)
    runs = []
    try:
        for workers in (1, 2):
            folder = out / f"programs-{workers}"
            if folder.exists():
                import shutil

                shutil.rmtree(folder)  # a fresh run each time: the timing covers every head
            before = load()
            started = time.perf_counter()
            pset = synthesize_on_ray(store, folder, SynthesisOptions(search=search, progress=not args.quiet), workers=workers)
            wall = time.perf_counter() - started
            runs.append({"workers": workers, "wall_s": round(wall, 1), "heads": len(pset.heads), "load_before": before, "load_after": load(),
                         "mean_heldout_iou": pset.extra.get("library", {}).get("mean_heldout_iou")})
    finally:
        ray.shutdown()
    same = _folder_bytes(out / "programs-1") == _folder_bytes(out / "programs-2")
    return {
        "store": {"examples_per_band": args.examples, "max_tokens": args.max_tokens, "examples": len(manifest.examples),
                  "tokens": manifest.stats.get("tokens"), "extract_s_this_run": round(extract_s, 1)},
        "search": {"max_terms": args.max_terms, "fit_passages": args.fit_passages, "fit_sentences": args.fit_sentences},
        "cluster_cpus": args.cpus, "runs": runs, "ratio_1_over_2": round(runs[0]["wall_s"] / runs[1]["wall_s"], 2),
        "same_bytes": same,
    }


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def serving_part(args: argparse.Namespace) -> dict[str, Any]:
    """The load test against the plain server, then against the same app on Ray Serve."""
    levels = sorted({int(n) for n in args.clients.split(",")})
    prompts, _ = load_prompts(args.model, args.prompt_tokens, max(levels) * args.requests + 2)
    base = [sys.executable, "-m", "headprog.cli", "serve", "--model", args.model, "--host", "127.0.0.1", "--max-batch", str(args.max_batch),
            "--log-level", "warning"]
    kinds = {
        "plain": base,
        "ray-serve": base + ["--ray", "local", "--replicas", str(args.replicas), "--cpus-per-replica", str(args.cpus_per_replica)],
    }
    rows, servers = [], {}
    with tempfile.TemporaryDirectory(prefix="headprog-ray-bench-") as tmp:
        for kind, command in kinds.items():
            port = free_port()
            server = Server("native", command + ["--port", str(port)], port, Path(tmp), args.start_timeout, 60.0)
            server.kind, server.log_path = kind, Path(tmp) / f"{kind}.log"
            info: dict[str, Any] = {"command": shlex.join(server.command), "load_before": load()}
            with server:
                info["startup_s"] = round(server.startup_s, 1)
                ns = argparse.Namespace(warmup=1, new_tokens=args.new_tokens, request_timeout=600.0)
                info["warmup"] = warm_up(server, prompts[-2:], ns)
                for n in levels:
                    records, wall = run_level(server, prompts, n, args.requests, args.new_tokens, 600.0)
                    rows.append({"server": kind, "clients": n, **summarize(records, wall)})
            info["load_after"] = load()
            info["log_tail"] = server.log_tail(800)
            servers[kind] = info
    ratios = {}
    for n in levels:
        plain, on_ray = (next(r for r in rows if r["server"] == k and r["clients"] == n) for k in kinds)
        ratios[n] = {
            "throughput_plain_over_ray": _ratio(plain["output_tokens_per_s"], on_ray["output_tokens_per_s"]),
            "ttft_p50_ray_over_plain": _ratio(on_ray["ttft_s"]["p50"], plain["ttft_s"]["p50"]),
            "e2e_p50_ray_over_plain": _ratio(on_ray["e2e_s"]["p50"], plain["e2e_s"]["p50"]),
        }
    return {"model": args.model, "clients": levels, "requests_per_client": args.requests, "prompt_tokens": args.prompt_tokens,
            "new_tokens": args.new_tokens, "max_batch": args.max_batch, "replicas": args.replicas, "cpus_per_replica": args.cpus_per_replica,
            "rows": rows, "servers": servers, "overhead": ratios}


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a and b else None


def markdown(payload: dict[str, Any]) -> str:
    hw = payload["hardware"]
    lines = ["# headprog on Ray (one machine)", "", f"Hardware: {hw.get('processor')}, {hw.get('cpus')} CPUs. Command: `{payload['command']}`.",
             "The load averages (1, 5, 15 min) are given beside each figure: other work on a 2-core machine inflates every time.", ""]
    syn = payload.get("synthesis")
    if syn:
        st, se = syn["store"], syn["search"]
        lines += [
            "## Synthesis of every head of the bundled model with 1 and 2 Ray workers", "",
            f"A small store: {st['examples_per_band']} passages of {st['max_tokens']} tokens and {st['examples_per_band']} sentences, a third held out "
            f"({st['tokens']} tokens); the search fits {se['fit_passages']} passages and {se['fit_sentences']} sentences, at most {se['max_terms']} terms "
            f"a layer. Local Ray cluster of {syn['cluster_cpus']} CPUs; one layer per worker at a time.", "",
            "| Ray workers | heads | wall s | mean held-out IoU | load before | load after |", "|---:|---:|---:|---:|---|---|",
        ]
        lines += [f"| {r['workers']} | {r['heads']} | {r['wall_s']} | {r['mean_heldout_iou']} | {r['load_before']} | {r['load_after']} |" for r in syn["runs"]]
        lines += ["", f"Wall-time ratio 1 worker / 2 workers: **{syn['ratio_1_over_2']}**. "
                  f"The two program folders are {'the same bytes' if syn['same_bytes'] else 'NOT the same bytes'}.", ""]
    srv = payload.get("serving")
    if srv:
        lines += [
            "## Load test: Ray Serve vs the plain server", "",
            f"Model {srv['model']} (native), streamed chat requests of {srv['prompt_tokens']} prompt tokens and {srv['new_tokens']} new tokens, "
            f"{srv['requests_per_client']} requests per client, --max-batch {srv['max_batch']}. Ray Serve: {srv['replicas']} replica(s) of "
            f"{srv['cpus_per_replica']} CPUs on a local cluster, the same app behind Ray Serve's HTTP proxy.", "",
            "| server | clients | req/s | out tok/s | TTFT p50 ms | e2e p50 s | failed | startup s |", "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for r in srv["rows"]:
            lines.append(f"| {r['server']} | {r['clients']} | {r['requests_per_s']:.2f} | {r['output_tokens_per_s']:.1f} | "
                         f"{1000 * (r['ttft_s']['p50'] or 0):.0f} | {r['e2e_s']['p50'] or 0:.2f} | {r['failed']} | {srv['servers'][r['server']]['startup_s']} |")
        lines += ["", "| clients | throughput plain / Ray Serve | TTFT p50 Ray Serve / plain | e2e p50 Ray Serve / plain |", "|---:|---:|---:|---:|"]
        for n, o in srv["overhead"].items():
            lines.append(f"| {n} | {o['throughput_plain_over_ray']} | {o['ttft_p50_ray_over_plain']} | {o['e2e_p50_ray_over_plain']} |")
        lines += ["", "Load averages: " + "; ".join(f"{k} {v['load_before']} -> {v['load_after']}" for k, v in srv["servers"].items()), ""]
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default="runs/bench-ray", help="store and program folders")
    p.add_argument("--examples", type=int, default=24, help="store: sequences per length band, a third held out (default 24)")
    p.add_argument("--max-tokens", type=int, default=64, help="store: passage length (default 64)")
    p.add_argument("--max-terms", type=int, default=6)
    p.add_argument("--fit-passages", type=int, default=4)
    p.add_argument("--fit-sentences", type=int, default=12)
    p.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray cluster for synthesis (default 2)")
    p.add_argument("--model", default="smollm2-135m")
    p.add_argument("--clients", default="1,4")
    p.add_argument("--requests", type=int, default=4, help="requests per client per level")
    p.add_argument("--prompt-tokens", type=int, default=64)
    p.add_argument("--new-tokens", type=int, default=32)
    p.add_argument("--max-batch", type=int, default=8)
    p.add_argument("--replicas", type=int, default=1)
    p.add_argument("--cpus-per-replica", type=float, default=2.0, help="default 2: the replica gets the threads the plain server has")
    p.add_argument("--start-timeout", type=float, default=300.0)
    p.add_argument("--skip-synthesis", action="store_true")
    p.add_argument("--skip-serving", action="store_true")
    p.add_argument("--name", default="ray")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    payload: dict[str, Any] = {"command": "python -m benchmarks.ray_cluster " + shlex.join(sys.argv[1:] if argv is None else argv), "hardware": hardware()}
    if not args.skip_synthesis:
        payload["synthesis"] = synthesis_part(args)
    if not args.skip_serving:
        payload["serving"] = serving_part(args)
    md = markdown(payload)
    write_results(args.name, payload, md)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark: attention extraction against a plain forward pass over the same tokens.

On the bundled model and corpus, for the examples ``headprog extract
--examples 64 --max-tokens 128`` records (64 passages of 128 tokens, the same
batching: shards of 16, batches of 8), it measures in one run:

- ``forward``: a plain forward pass, default (sdpa) attention, no attention
  output: the floor any extraction pays;
- ``eager+attentions``: the forward pass with eager attention and
  ``output_attentions=True``, nothing stored (where the extra time goes);
- ``extract``: the full path, :func:`headprog.attention.extract.extract` into a fresh
  folder: model load, example planning, eager forward, packing, writing shards
  and manifests. Reported as end-to-end wall time and as the recording loop
  alone (forward + pack + write, the store's ``last_run_seconds``);
- ``extract --mass 0.99``: the same with the top-mass encoding (one run).

Each figure is the median of ``--repeat`` rounds after one warm-up round; a
round runs the three paths one after the other, so that a change in the
machine's load hits them alike (the top-mass run: once, at the end). The load
average is recorded before and after, since other processes may share the cores.

Run: ``.venv/bin/python -m benchmarks.extract [--examples 64 --max-tokens 128 --repeat 3]``.
Writes ``benchmarks/results/extract.json`` and ``extract.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import torch

from benchmarks.common import hardware, timeit, write_results
from headprog.attention.extract import padded_batch


def _load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover - not on Linux
        return None


def _batches(examples, opts):
    from headprog.attention.extract import shard_members

    for members in shard_members(examples, opts.shard_examples):
        for start in range(0, len(members), opts.batch_size):
            yield [examples[i] for i in members[start : start + opts.batch_size]]


def _forward_all(model, batches, pad_id: int, attentions: bool) -> None:
    with torch.no_grad():
        for batch in batches:
            ids, mask = padded_batch(batch, pad_id)
            out = model(input_ids=ids, attention_mask=mask, use_cache=False, output_attentions=attentions)
            if attentions:
                assert out.attentions is not None and len(out.attentions) > 0


def run(examples: int, max_tokens: int, repeat: int, model_spec: str = "smollm2-135m", corpus: str = "wiki") -> dict:
    from headprog.data import models
    from headprog.attention.extract import ExtractOptions, extract, plan_examples

    opts = ExtractOptions(model=model_spec, corpus=corpus, examples=examples, max_tokens=max_tokens)
    load_before = _load_average()

    plain = models.load(model_spec)  # default attention: sdpa
    eager = models.load(model_spec, attn_implementation="eager")
    planned, _ = plan_examples(plain, opts)
    tokens = sum(e.length for e in planned)
    batches = list(_batches(planned, opts))
    pad_id = plain.tokenizer.pad_token_id if plain.tokenizer.pad_token_id is not None else 0
    attn_impl = plain.model.config._attn_implementation

    work = Path(tempfile.mkdtemp(prefix="headprog-bench-extract-"))
    try:
        forwards: list[float] = []
        eagers: list[float] = []
        loops: list[float] = []
        walls: list[float] = []
        manifest = None
        # Rounds interleave the three paths, so a change in the machine's load
        # during the run hits all of them alike; round 0 is the warm-up.
        for i in range(repeat + 1):
            f = timeit(lambda: _forward_all(plain.model, batches, pad_id, False), repeat=1, warmup=0)
            a = timeit(lambda: _forward_all(eager.model, batches, pad_id, True), repeat=1, warmup=0)  # noqa: F821 (deleted after the loop)
            out = work / f"dense-{i}"
            started = time.perf_counter()
            manifest = extract(out, opts, progress=False)
            wall = time.perf_counter() - started
            if i > 0:
                forwards.append(round(f, 3))
                eagers.append(round(a, 3))
                walls.append(round(wall, 3))
                loops.append(manifest.stats["last_run_seconds"])
            print(f"round {i}{' (warm-up)' if i == 0 else ''}: forward {f:.2f} s, eager+attentions {a:.2f} s, "
                  f"extract {wall:.2f} s (loop {manifest.stats['last_run_seconds']} s), load {_load_average()}", flush=True)
            if i < repeat:
                shutil.rmtree(out)
        del eager
        assert manifest is not None
        assert [e.ids for e in manifest.examples] == [e.ids for e in planned], "benchmark and extract planned different tokens"
        dense_bytes = manifest.stats["bytes"]
        heads = len(manifest.layers) * len(manifest.heads)

        started = time.perf_counter()
        topmass = extract(work / "topmass", dataclasses.replace(opts, mass=0.99), progress=False)
        topmass_wall = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    forward_s, eager_s = statistics.median(forwards), statistics.median(eagers)
    loop_s, wall_s = statistics.median(loops), statistics.median(walls)
    return {
        "hardware": hardware(),
        "torch": torch.__version__,
        "torch_threads": torch.get_num_threads(),
        "load_average_before": load_before,
        "load_average_after": _load_average(),
        "model": {"spec": model_spec, "name": plain.name, "fingerprint": plain.fingerprint, "default_attention": attn_impl},
        "corpus": corpus,
        "examples": len(planned),
        "max_tokens": max_tokens,
        "tokens": tokens,
        "batch_size": opts.batch_size,
        "shard_examples": opts.shard_examples,
        "recorded_heads": heads,
        "repeat": repeat,
        "forward_seconds": round(forward_s, 3),
        "eager_attentions_seconds": round(eager_s, 3),
        "extract_loop_seconds": round(loop_s, 3),
        "extract_wall_seconds": round(wall_s, 3),
        "forward_runs": forwards,
        "eager_attentions_runs": eagers,
        "extract_loop_runs": loops,
        "extract_wall_runs": walls,
        "forward_tokens_per_second": round(tokens / forward_s, 1),
        "eager_attentions_tokens_per_second": round(tokens / eager_s, 1),
        "extract_loop_tokens_per_second": round(tokens / loop_s, 1),
        "extract_wall_tokens_per_second": round(tokens / wall_s, 1),
        "ratio_extract_loop_to_forward": round(loop_s / forward_s, 2),
        "ratio_extract_wall_to_forward": round(wall_s / forward_s, 2),
        "ratio_eager_attentions_to_forward": round(eager_s / forward_s, 2),
        "dense": {"bytes": dense_bytes, "bytes_per_head_per_token": round(dense_bytes / (tokens * heads), 2)},
        "topmass_0.99": {
            "bytes": topmass.stats["bytes"],
            "bytes_per_head_per_token": round(topmass.stats["bytes"] / (tokens * heads), 2),
            "loop_seconds": topmass.stats["last_run_seconds"],
            "wall_seconds": round(topmass_wall, 3),
        },
    }


def markdown(r: dict, command: str) -> str:
    hw = r["hardware"]
    mb = 1e6
    lines = [
        "# Extraction benchmark",
        "",
        f"Hardware: {hw['processor']}, {hw['cpus']} CPUs, torch {r['torch']} ({r['torch_threads']} threads). "
        f"Load average (1, 5, 15 min) before {r['load_average_before']}, after {r['load_average_after']}: "
        "the cores were shared with other processes, so absolute times are pessimistic; the ratios compare runs made under the same load.",
        f"Command: `{command}`",
        "",
        f"Model {r['model']['name']} ({r['model']['fingerprint']}); corpus {r['corpus']}; {r['examples']} passages x "
        f"{r['max_tokens']} tokens = {r['tokens']} tokens; batches of {r['batch_size']}, shards of {r['shard_examples']}; "
        f"{r['recorded_heads']} heads recorded. Median of {r['repeat']} interleaved rounds after a warm-up round.",
        "",
        "| path | wall time (s) | tokens/s | vs plain forward |",
        "|---|---:|---:|---:|",
        f"| plain forward ({r['model']['default_attention']}, no attention output) | {r['forward_seconds']:.2f} | {r['forward_tokens_per_second']:.0f} | 1.00× |",
        f"| eager forward + output_attentions (nothing stored) | {r['eager_attentions_seconds']:.2f} | {r['eager_attentions_tokens_per_second']:.0f} | {r['ratio_eager_attentions_to_forward']:.2f}× |",
        f"| extract, recording loop (forward + pack + write) | {r['extract_loop_seconds']:.2f} | {r['extract_loop_tokens_per_second']:.0f} | {r['ratio_extract_loop_to_forward']:.2f}× |",
        f"| extract, end to end (load model, plan, record) | {r['extract_wall_seconds']:.2f} | {r['extract_wall_tokens_per_second']:.0f} | {r['ratio_extract_wall_to_forward']:.2f}× |",
        f"| extract --mass 0.99, end to end (one run) | {r['topmass_0.99']['wall_seconds']:.2f} | {r['tokens'] / r['topmass_0.99']['wall_seconds']:.0f} | {r['topmass_0.99']['wall_seconds'] / r['forward_seconds']:.2f}× |",
        "",
        "| encoding | store size (MB) | bytes per head per token |",
        "|---|---:|---:|",
        f"| dense (float16 lower triangle) | {r['dense']['bytes'] / mb:.1f} | {r['dense']['bytes_per_head_per_token']:.1f} |",
        f"| topmass, --mass 0.99 | {r['topmass_0.99']['bytes'] / mb:.1f} | {r['topmass_0.99']['bytes_per_head_per_token']:.1f} |",
        "",
        f"Dense costs (T+1) bytes per head per token on average over a sequence of T tokens ({r['max_tokens'] + 1} at T={r['max_tokens']}), "
        "plus the safetensors headers.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=64)
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per path, after one warm-up")
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--corpus", default="wiki")
    parser.add_argument("--name", default="extract", help="results file name (default extract)")
    parser.add_argument("--threads", type=int, help="torch threads (default: torch's own choice, as `headprog extract` runs)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    result = run(args.examples, args.max_tokens, args.repeat, args.model, args.corpus)
    command = ".venv/bin/python -m benchmarks.extract"
    defaults = {"examples": 64, "max_tokens": 128, "repeat": 3, "model": "smollm2-135m", "corpus": "wiki", "name": "extract", "threads": None}
    for key, default in defaults.items():
        if getattr(args, key) != default:
            command += f" --{key.replace('_', '-')} {getattr(args, key)}"
    paths = write_results(args.name, result, markdown(result, command))
    print(markdown(result, command))
    print("wrote", *paths)


if __name__ == "__main__":
    main()

"""The serve suite: a load test of OpenAI-compatible servers with concurrent streaming clients.

Each server kind runs as its own subprocess on a free loopback port:

- ``native``: ``headprog serve`` without programs (the baseline);
- ``hybrid``: ``headprog serve --programs DIR --fraction F``;
- ``transformers``: ``transformers serve`` on the same converted model folder
  (float32, on ``--transformers-device``, CPU by default);
- ``transformers-cb``: the same with ``--continuous-batching``.

Against each, for every concurrency N of ``--clients``, N client threads of
the real ``openai`` client (``max_retries=0``) send their share of N x
``--requests`` streamed ``/v1/chat/completions`` requests back to back
(temperature 0, ``max_tokens`` = ``--new-tokens``). Every request of a level
has its own prompt: a ``--prompt-tokens`` chunk of the bundled corpus's eval
split decoded to text (the same prompts for every server). Each server gets
warm-up first (not counted): ``--warmup`` requests alone, then as many pairs
of concurrent requests (batched paths, kernels compiled on first use).

Per request: TTFT (time to the first content chunk), end-to-end time, output
tokens (the usage the server reports, else the content chunks), ITL (gaps
between content chunks) and TPOT = (end-to-end - TTFT) / (tokens - 1). Per
(server, N): requests/s and output tokens/s over the level's wall time, failed
requests (an error) and truncated ones (fewer tokens than asked without
finish_reason "stop"), and TTFT/TPOT/ITL p50/p95/p99.

The machine is noisy, so the runs alternate: each server is started once per
round and runs every level, levels ascending for one server and descending for
the next; with ``--rounds`` above 1 the server order reverses every round and a
level's figures pool the rounds. The order is recorded.

Run: ``headprog bench --suite serve`` (a short load of the native and the
hybrid server), or the whole test with every server kind:
``.venv/bin/python -m benchmarks.serve --programs bundled``. Writes
``serve.json``, ``serve.md`` and ``serve.png`` into ``--out``
(``benchmarks/results`` by default; ``--name`` to rename).
``--quick``: 1 and 2 clients, 2 requests each, 8 new tokens, native and hybrid.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from headprog.bench.environment import hardware
from headprog.bench.output import write_results
from headprog.errors import HeadprogError

KINDS = ("native", "hybrid", "transformers", "transformers-cb")
PROGRAMS_HEADER = "x-headprog-programs"
PERCENTILES = (50, 95, 99)
#: Settings of the full load test and of ``--quick`` (where not given on the command line).
FULL = {"clients": "1,2,4,8", "requests": 25, "new_tokens": 64, "servers": ",".join(KINDS)}
QUICK = {"clients": "1,2", "requests": 2, "new_tokens": 8, "servers": "native,hybrid"}


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _script(name: str) -> str:
    """The console script ``name`` of this Python's environment (else the one on PATH)."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    import shutil

    found = shutil.which(name)
    if found is None:
        raise HeadprogError(f"the {name!r} command was not found next to {sys.executable} or on PATH")
    return found


def server_command(kind: str, args: argparse.Namespace, model_path: str, port: int) -> list[str]:
    """The command line that starts a server of ``kind`` on ``port``."""
    if kind in ("native", "hybrid"):
        cmd = [sys.executable, "-m", "headprog.cli", "serve", "--model", args.model, "--host", "127.0.0.1", "--port", str(port),
               "--max-batch", str(args.max_batch), "--log-level", "warning"]
        if kind == "hybrid":
            cmd += ["--programs", args.programs, "--fraction", str(args.fraction)]
        return cmd
    if kind in ("transformers", "transformers-cb"):
        cmd = [_script("transformers"), "serve", model_path, "--host", "127.0.0.1", "--port", str(port),
               "--device", args.transformers_device, "--dtype", "float32", "--log-level", "warning"]
        return cmd + (["--continuous-batching"] if kind == "transformers-cb" else [])
    raise HeadprogError(f"unknown server kind {kind!r}; choose from {', '.join(KINDS)}")


def _get_json(url: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return json.loads(resp.read().decode())


class Server:
    """One server subprocess: started on a free port, ready once its health route answers, stopped by SIGINT then kill."""

    def __init__(self, kind: str, command: list[str], port: int, log_dir: Path, start_timeout: float, stop_timeout: float) -> None:
        self.kind, self.command, self.port = kind, command, port
        self.url = f"http://127.0.0.1:{port}"
        self.health = "/health" if kind in ("native", "hybrid") else "/v1/models"
        self.log_path = log_dir / f"{kind}.log"
        self.start_timeout, self.stop_timeout = start_timeout, stop_timeout
        self.proc: subprocess.Popen | None = None
        self.startup_s = float("nan")
        self.model_id = ""

    def start(self) -> Server:
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_HUB_DISABLE_TELEMETRY": "1", "PYTHONUNBUFFERED": "1"}
        started = time.perf_counter()
        with open(self.log_path, "wb") as log:  # the child keeps its own copy of the descriptor
            self.proc = subprocess.Popen(self.command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                                         start_new_session=True)  # a Ctrl+C at the terminal reaches us; we stop the server
        try:
            self._wait_ready(started + self.start_timeout)
            self.startup_s = time.perf_counter() - started
            self.model_id = _get_json(self.url + "/v1/models")["data"][0]["id"]
        except BaseException:  # not ready, or interrupted: never leave the server running
            self.stop()
            raise
        return self

    def _wait_ready(self, deadline: float) -> None:
        assert self.proc is not None
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the {self.kind} server exited with status {self.proc.returncode} while starting:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url + self.health, timeout=5) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the {self.kind} server was not ready after {self.start_timeout:.0f} s:\n{self.log_tail()}")
            time.sleep(0.25)

    def stop(self) -> int | None:
        """SIGINT (servers drain and exit), then kill after ``stop_timeout``; the exit status."""
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGINT)
        try:
            return self.proc.wait(self.stop_timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(10)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()


def load_prompts(model: str, prompt_tokens: int, count: int) -> tuple[list[str], str]:
    """``count`` different prompts of ``prompt_tokens`` tokens of the bundled corpus's eval split, and the model folder."""
    from headprog.data import models
    from headprog.evaluate.perplexity import evaluation_chunks, token_ids

    loaded = models.load(model)
    chunks = evaluation_chunks(loaded, "wiki", "eval", prompt_tokens, count)
    texts = [loaded.tokenizer.decode(token_ids(c), skip_special_tokens=True) for c in chunks]
    return texts, str(loaded.path)


def one_request(client: Any, model: str, prompt: str, new_tokens: int) -> dict[str, Any]:
    """One streamed chat request: its timings, tokens, finish reason and the program set that served it (or its error)."""
    started = time.perf_counter()
    stamps: list[float] = []
    rec: dict[str, Any] = {"tokens": 0, "prompt_tokens": None, "finish_reason": None, "usage_tokens": None, "programs": None, "error": None}
    try:
        with client.chat.completions.with_streaming_response.create(
            model=model, messages=[{"role": "user", "content": prompt}], max_tokens=new_tokens, temperature=0,
            stream=True, stream_options={"include_usage": True},
        ) as response:
            rec["programs"] = response.headers.get(PROGRAMS_HEADER)
            for chunk in response.parse():
                now = time.perf_counter()
                if chunk.usage is not None:
                    rec["usage_tokens"], rec["prompt_tokens"] = chunk.usage.completion_tokens, chunk.usage.prompt_tokens
                for choice in chunk.choices:
                    if choice.delta is not None and choice.delta.content:
                        stamps.append(now)
                    if choice.finish_reason:
                        rec["finish_reason"] = choice.finish_reason
    except Exception as exc:  # a failed request is counted, not fatal
        rec["error"] = f"{type(exc).__name__}: {exc}"[:500]
    ended = time.perf_counter()
    rec["e2e_s"] = ended - started
    rec["tokens"] = rec["usage_tokens"] if rec["usage_tokens"] is not None else len(stamps)
    rec["content_chunks"] = len(stamps)
    rec["ttft_s"] = stamps[0] - started if stamps else None
    rec["itl_s"] = [b - a for a, b in zip(stamps, stamps[1:])]
    rec["tpot_s"] = (rec["e2e_s"] - rec["ttft_s"]) / (rec["tokens"] - 1) if stamps and rec["tokens"] > 1 else None
    rec["truncated"] = rec["error"] is None and rec["tokens"] < new_tokens and rec["finish_reason"] != "stop"
    return rec


def make_client(base_url: str, timeout: float) -> Any:
    import openai

    return openai.OpenAI(base_url=base_url + "/v1", api_key="sk-benchmark", max_retries=0, timeout=timeout)


def run_level(server: Server, prompts: Sequence[str], clients: int, requests: int, new_tokens: int, timeout: float) -> tuple[list[dict[str, Any]], float]:
    """``clients`` threads, each sending ``requests`` requests back to back; the records (in prompt order) and the wall time."""
    total = clients * requests
    records: list[dict[str, Any] | None] = [None] * total
    barrier = threading.Barrier(clients + 1)

    def worker(c: int) -> None:
        client = make_client(server.url, timeout)
        barrier.wait()
        for i in range(c, total, clients):  # client c takes every clients-th prompt
            records[i] = one_request(client, server.model_id, prompts[i], new_tokens)

    threads = [threading.Thread(target=worker, args=(c,), name=f"client-{c}", daemon=True) for c in range(clients)]
    for t in threads:
        t.start()
    barrier.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return [r for r in records if r is not None], wall


def percentiles(values: Sequence[float]) -> dict[str, float | None]:
    """p50/p95/p99 and the mean of ``values`` (None when there are none)."""
    import numpy as np

    if not values:
        return {**{f"p{p}": None for p in PERCENTILES}, "mean": None}
    arr = np.asarray(values, dtype=float)
    return {**{f"p{p}": float(np.percentile(arr, p)) for p in PERCENTILES}, "mean": float(arr.mean())}


def summarize(records: list[dict[str, Any]], wall: float) -> dict[str, Any]:
    """The figures of one (server, concurrency): throughput over ``wall``, failures, latency percentiles."""
    ok = [r for r in records if r["error"] is None]
    tokens = sum(r["tokens"] for r in ok)
    prompt = [r["prompt_tokens"] for r in ok if r["prompt_tokens"] is not None]
    return {
        "requests": len(records), "completed": len(ok), "failed": len(records) - len(ok),
        "truncated": sum(1 for r in ok if r["truncated"]), "wall_s": wall,
        "requests_per_s": len(ok) / wall if wall > 0 else None, "output_tokens": tokens,
        "output_tokens_per_s": tokens / wall if wall > 0 else None,
        "mean_output_tokens": tokens / len(ok) if ok else None,
        "mean_prompt_tokens": sum(prompt) / len(prompt) if prompt else None,
        "finish_reasons": {k: sum(1 for r in ok if r["finish_reason"] == k) for k in sorted({str(r["finish_reason"]) for r in ok})},
        "ttft_s": percentiles([r["ttft_s"] for r in ok if r["ttft_s"] is not None]),
        "tpot_s": percentiles([r["tpot_s"] for r in ok if r["tpot_s"] is not None]),
        "itl_s": percentiles([g for r in ok for g in r["itl_s"]]),
        "e2e_s": percentiles([r["e2e_s"] for r in ok]),
        "programs": sorted({r["programs"] for r in ok if r["programs"]}),
        "errors": sorted({r["error"] for r in records if r["error"]})[:5],
    }


def schedule(kinds: Sequence[str], levels: Sequence[int], rounds: int) -> list[tuple[int, str, list[int]]]:
    """(round, server, levels in the order run): server order reversed every round, level order alternating server to server."""
    plan, flip = [], False
    for rnd in range(rounds):
        for kind in (kinds if rnd % 2 == 0 else list(reversed(kinds))):
            plan.append((rnd, kind, sorted(levels, reverse=flip)))
            flip = not flip
    return plan


def warm_up(server: Server, prompts: Sequence[str], args: argparse.Namespace) -> list[dict[str, Any]]:
    """``--warmup`` requests alone, then as many pairs of concurrent ones (not counted); their timings and errors."""
    def brief(rec: dict[str, Any], clients: int) -> dict[str, Any]:
        return {"clients": clients, **{k: rec[k] for k in ("e2e_s", "ttft_s", "tokens", "finish_reason", "error")}}

    client = make_client(server.url, args.request_timeout)
    done = [brief(one_request(client, server.model_id, prompts[0], args.new_tokens), 1) for _ in range(args.warmup)]
    for _ in range(args.warmup):
        records, _wall = run_level(server, prompts, 2, 1, args.new_tokens, args.request_timeout)
        done += [brief(r, 2) for r in records]
    return done


def serve_and_load(kind: str, rnd: int, order: list[int], args: argparse.Namespace, prompts: list[str], model_path: str,
                   log_dir: Path, raw: dict, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Start one server, warm it up, run its levels in ``order`` (records into ``raw``), stop it; what was learnt about it."""
    port = free_port()
    server = Server(kind, server_command(kind, args, model_path, port), port, log_dir, args.start_timeout, args.stop_timeout)
    info: dict[str, Any] = {"command": shlex.join(server.command)}
    with server:
        info.update(startup_s=server.startup_s, model_id=server.model_id)
        if kind in ("native", "hybrid"):
            info["heads"] = _get_json(server.url + "/v1/headprog/heads")
        info["warmup"] = warm_up(server, prompts[-2:], args)
        for n in order:
            _log(args, f"  {kind}: {n} client(s) x {args.requests} requests")
            at = time.time()
            records, wall = run_level(server, prompts, n, args.requests, args.new_tokens, args.request_timeout)
            events.append({"round": rnd, "server": kind, "clients": n, "started_unix": at, "wall_s": wall})
            slot = raw.setdefault((kind, n), {"records": [], "wall_s": 0.0})
            slot["records"] += records
            slot["wall_s"] += wall
            if server.proc is not None and server.proc.poll() is not None:
                raise RuntimeError(f"the {kind} server died during the load:\n{server.log_tail()}")
    info["exit_status"] = server.proc.returncode if server.proc is not None else None
    info["log_tail"] = server.log_tail(1500)
    return info


def run_all(args: argparse.Namespace, kinds: list[str], levels: list[int], prompts: list[str], model_path: str) -> dict[str, Any]:
    """Every server kind under every level, as :func:`schedule` orders them; rows, order and per-server details."""
    raw: dict[tuple[str, int], dict[str, Any]] = {}
    events: list[dict[str, Any]] = []
    servers: dict[str, list[dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="headprog-serve-bench-") as tmp:
        for rnd, kind, order in schedule(kinds, levels, args.rounds):
            _log(args, f"round {rnd}: starting {kind} server")
            servers.setdefault(kind, []).append(serve_and_load(kind, rnd, order, args, prompts, model_path, Path(tmp), raw, events))
    rows = []
    for kind in kinds:
        for n in levels:
            slot = raw[(kind, n)]
            rows.append({"server": kind, "clients": n, **summarize(slot["records"], slot["wall_s"])})
    return {"rows": rows, "order": events, "servers": servers}


def _row(rows: list[dict[str, Any]], kind: str, n: int) -> dict[str, Any] | None:
    return next((r for r in rows if r["server"] == kind and r["clients"] == n), None)


def comparisons(rows: list[dict[str, Any]], levels: list[int]) -> dict[str, Any]:
    """Hybrid output tokens/s at the highest concurrency over each other server's, and over its own at the lowest."""
    top, low = max(levels), min(levels)
    hybrid = _row(rows, "hybrid", top)
    out: dict[str, Any] = {"clients": top, "failed_or_lost": sum(r["failed"] + r["truncated"] for r in rows)}
    if hybrid is None or not hybrid["output_tokens_per_s"]:
        return out
    for kind in ("native", "transformers", "transformers-cb"):
        other = _row(rows, kind, top)
        if other and other["output_tokens_per_s"]:
            out[f"hybrid_over_{kind}"] = hybrid["output_tokens_per_s"] / other["output_tokens_per_s"]
    alone = _row(rows, "hybrid", low)
    if alone and alone["output_tokens_per_s"] and low != top:
        out[f"hybrid_{top}_over_hybrid_{low}"] = hybrid["output_tokens_per_s"] / alone["output_tokens_per_s"]
    return out


def _ms(x: float | None) -> str:
    return "-" if x is None else f"{1000 * x:.1f}"


def _num(x: float | None, digits: int = 2) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def markdown(payload: dict[str, Any]) -> str:
    p, hw = payload, payload["hardware"]
    lines = [
        "# Serving: load test with concurrent streaming clients", "", f"`{p['command']}`", "",
        f"Model {p['model']}; " + (f"hybrid: {p['hybrid_heads']} heads by programs ({p['fraction']:.0%}, set {p['hybrid_programs_version']}) from `{p['programs']}`. "
                                   if p["hybrid_heads"] is not None else "no hybrid server. ") +
        f"Streamed `/v1/chat/completions`, prompts of {p['prompt_tokens']} corpus tokens (eval split; chat template added by each server), "
        f"{p['new_tokens']} new tokens asked, temperature 0; {p['requests']} requests per client; headprog `--max-batch {p['max_batch']}`; "
        f"transformers on {p['transformers_device']}, float32. Hardware: {hw['processor']}, {hw['cpus']} CPUs. "
        f"torch {p['versions']['torch']}, transformers {p['versions']['transformers']}, headprog {p['versions']['headprog']}.",
        "", "Order run (server@clients): " + ", ".join(f"{e['server']}@{e['clients']}" for e in p["order"]) + ".", "",
        "| server | ready after (s) | warm-up requests (s) | command |", "|---|---:|---:|---|",
    ]
    for kind, runs in p["servers"].items():
        for s in runs:
            warm = ", ".join(_num(w["e2e_s"], 2) for w in s.get("warmup", [])) or "-"
            lines.append(f"| {kind} | {_num(s.get('startup_s'), 1)} | {warm} | `{s['command']}` |")
    lines += [
        "", "## Throughput", "",
        "| server | clients | requests | failed | truncated | requests/s | output tok/s | mean output tokens | mean prompt tokens |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in p["rows"]:
        lines.append(f"| {r['server']} | {r['clients']} | {r['requests']} | {r['failed']} | {r['truncated']} | {_num(r['requests_per_s'], 3)} | "
                     f"{_num(r['output_tokens_per_s'], 1)} | {_num(r['mean_output_tokens'], 1)} | {_num(r['mean_prompt_tokens'], 1)} |")
    for key, title in (("ttft_s", "TTFT (ms)"), ("tpot_s", "TPOT (ms)"), ("itl_s", "ITL (ms)"), ("e2e_s", "End to end (ms)")):
        lines += ["", f"## {title}", "", "| server | clients | p50 | p95 | p99 | mean |", "|---|---:|---:|---:|---:|---:|"]
        for r in p["rows"]:
            q = r[key]
            lines.append(f"| {r['server']} | {r['clients']} | {_ms(q['p50'])} | {_ms(q['p95'])} | {_ms(q['p99'])} | {_ms(q['mean'])} |")
    c = p["comparison"]
    ratios = [f"{k.replace('_', ' ')}: x{v:.2f}" for k, v in c.items() if k.startswith("hybrid_")]
    lines += ["", "## Comparison", "", f"At {c['clients']} clients, output tokens/s ratios: " + ("; ".join(ratios) if ratios else "none (no hybrid row)") + ".",
              f"Failed or truncated requests, all rows: {c['failed_or_lost']}.", "",
              "TTFT: request sent to first content chunk. TPOT = (end to end - TTFT) / (output tokens - 1). ITL: gaps between content chunks "
              "(a server sending several tokens in one burst shows gaps near 0). Output tokens: the server's usage count."]
    return "\n".join(lines) + "\n"


def plot(payload: dict[str, Any], path: Path) -> Path:
    """Output tokens/s against concurrency, one line per server kind."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    levels = payload["clients"]
    for kind in payload["servers_run"]:
        pts = [(r["clients"], r["output_tokens_per_s"]) for r in payload["rows"] if r["server"] == kind and r["output_tokens_per_s"]]
        if pts:
            ax.plot([x for x, _ in pts], [y for _, y in pts], marker="o", label=kind)
    if len(levels) > 1:
        ax.set_xscale("log", base=2)
    ax.set_xticks(levels, [str(n) for n in levels])
    ax.set_xlabel("concurrent streaming clients")
    ax.set_ylabel("output tokens/s")
    ax.set_title(f"{payload['model']}: {payload['prompt_tokens']} prompt + {payload['new_tokens']} new tokens")
    ax.set_ylim(bottom=0)
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def _log(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.serve", description=__doc__.split("\n\n")[0])
    parser.add_argument("--programs", default=None, help="program folder for the hybrid server, or 'bundled' (needed when hybrid runs)")
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of heads the hybrid server substitutes (default 0.25)")
    parser.add_argument("--clients", default=None, help="concurrency levels (default 1,2,4,8)")
    parser.add_argument("--requests", type=int, default=None, help="requests per client at each level (default 25)")
    parser.add_argument("--prompt-tokens", type=int, default=128)
    parser.add_argument("--new-tokens", type=int, default=None, help="max_tokens of every request (default 64)")
    parser.add_argument("--servers", default=None, help=f"server kinds, in order (default {','.join(KINDS)})")
    parser.add_argument("--warmup", type=int, default=1, help="uncounted requests sent to each server before its load, alone and then in concurrent pairs (default 1: 1 + 2 requests)")
    parser.add_argument("--max-batch", type=int, default=8, help="headprog serve --max-batch (default 8)")
    parser.add_argument("--rounds", type=int, default=1, help="times every server runs every level, server order reversed each round (default 1)")
    parser.add_argument("--transformers-device", default="cpu", help="transformers serve --device (default cpu)")
    parser.add_argument("--start-timeout", type=float, default=300.0, help="seconds a server may take to get ready (default 300)")
    parser.add_argument("--stop-timeout", type=float, default=30.0, help="seconds after SIGINT before a server is killed (default 30)")
    parser.add_argument("--request-timeout", type=float, default=600.0, help="the openai client's timeout per request (default 600)")
    parser.add_argument("--quick", action="store_true", help="smoke test: 1,2 clients, 2 requests each, 8 new tokens, native and hybrid (options given explicitly still win)")
    parser.add_argument("--name", default="serve", help="results file name (default serve)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results"), help="results folder (default benchmarks/results)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    defaults = QUICK if args.quick else FULL
    for key, value in defaults.items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    return args


def main(argv: list[str] | None = None) -> int:
    import importlib.metadata

    import torch
    import transformers

    import headprog

    args = parse_args(argv)
    kinds = [k.strip() for k in args.servers.split(",") if k.strip()]
    levels = sorted({int(n) for n in args.clients.split(",")})
    unknown = [k for k in kinds if k not in KINDS]
    if unknown or not kinds or min(levels) < 1 or args.requests < 1 or args.new_tokens < 1:
        raise HeadprogError(f"bad settings (servers {kinds}, clients {levels}, requests {args.requests}); kinds are {', '.join(KINDS)}")
    if "hybrid" in kinds and not args.programs:
        raise HeadprogError("the hybrid server needs --programs DIR (or bundled)")
    _log(args, f"loading {args.prompt_tokens}-token prompts of {args.model} ...")
    prompts, model_path = load_prompts(args.model, args.prompt_tokens, max(levels) * args.requests + 2)  # the last two warm up
    result = run_all(args, kinds, levels, prompts, model_path)
    hybrid_info = result["servers"].get("hybrid", [{}])[0].get("heads", {})
    payload = {
        "command": "python -m benchmarks.serve " + shlex.join(sys.argv[1:] if argv is None else argv),
        "model": args.model, "model_path": model_path, "programs": args.programs, "fraction": args.fraction,
        "hybrid_heads": len(hybrid_info["heads"]) if "heads" in hybrid_info else None, "hybrid_programs_version": hybrid_info.get("version"),
        "servers_run": kinds, "clients": levels, "requests": args.requests, "prompt_tokens": args.prompt_tokens, "new_tokens": args.new_tokens,
        "max_batch": args.max_batch, "rounds": args.rounds, "transformers_device": args.transformers_device, "quick": args.quick,
        "endpoint": "/v1/chat/completions (streamed, stream_options.include_usage)", "warmup_rounds": args.warmup,
        "hardware": hardware(),
        "versions": {"torch": torch.__version__, "transformers": transformers.__version__, "headprog": headprog.__version__,
                     "openai": importlib.metadata.version("openai")},
        **result, "comparison": comparisons(result["rows"], levels),
    }
    md = markdown(payload)
    args.out.mkdir(parents=True, exist_ok=True)
    write_results(args.name, payload, md, out_dir=args.out)
    plot(payload, args.out / f"{args.name}.png")
    print(md, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

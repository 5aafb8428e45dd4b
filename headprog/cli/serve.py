"""``headprog serve``: the native or hybrid model behind an OpenAI-compatible HTTP API."""

from __future__ import annotations

import argparse
from typing import Any

from headprog.cli.cluster import add_replica_options, serve_on_ray
from headprog.errors import HeadprogError


def register(sub: Any) -> None:
    """Add ``serve`` to the ``headprog`` parser."""
    p = sub.add_parser(
        "serve", help="serve a native or hybrid model over an OpenAI-compatible HTTP API",
        description="Serve the model, with the chosen heads attending by their programs, behind the OpenAI API "
        "(/v1/chat/completions, /v1/completions, /v1/models), with /health, /metrics (Prometheus), "
        "/v1/headprog/heads and POST /v1/headprog/programs (swap the program set while serving). "
        "Concurrent requests are batched. Needs the serve extra: pip install -e '.[serve]'.",
    )
    add_serve_arguments(p)


def add_serve_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Options of ``headprog serve``."""
    parser.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file or cached Hugging Face id")
    parser.add_argument("--programs", default=None, metavar="DIR|bundled", help="program folder (manifest.json + L{l}H{h}.py files) or 'bundled' (the set shipped for the bundled model); default: the native model")
    parser.add_argument("--heads", default=None, help="substitute exactly these heads, e.g. L3H5,L10H2 (overrides --fraction/--by)")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of all the model's heads to substitute (default 0.25)")
    parser.add_argument("--by", choices=("iou", "ppl", "tuned"), default="iou", help="choose heads by held-out IoU (default), by measured cost (ppl), or the set a tuned program set was tuned for (tuned)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    parser.add_argument("--max-batch", type=int, default=8, help="requests decoded together at most (default 8)")
    parser.add_argument("--max-queue", type=int, default=64, help="requests waiting at most; beyond it requests are refused with 429 (default 64)")
    parser.add_argument("--api-key", default=None, help="require 'Authorization: Bearer KEY' on every /v1 route (default: HEADPROG_API_KEY if set, else no key)")
    parser.add_argument("--served-model-name", default=None, help="the model id clients send and /v1/models lists (default: the model's name)")
    parser.add_argument("--backend", default="auto", choices=("auto", "numba", "triton", "reference"), help="kernel backend (default auto: numba on CPU, triton on GPU)")
    parser.add_argument("--force", action="store_true", help="use the programs even if the manifest's model fingerprint differs")
    parser.add_argument(
        "--no-pack-weights", dest="pack_weights", action="store_false",
        help="keep ATen's linears; by default a float32 CPU model's linear weights are also kept packed for oneDNN "
        "(faster decoding, twice the linear weights' memory)",
    )
    parser.add_argument(
        "--pack-min-rows", type=int, default=1, metavar="N",
        help="run the packed weights only for steps of at least N rows (default 1: always); 2 keeps ATen's linears for one-row "
        "steps, faster on CPUs where packing slows them (measure with python -m benchmarks.serve_packing)",
    )
    parser.add_argument("--drain-timeout", type=float, default=30.0, help="seconds to let running requests finish after Ctrl+C (default 30)")
    parser.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"), help="uvicorn's log level (default info)")
    add_replica_options(parser)
    parser.set_defaults(func=cmd_serve)
    return parser


def _check_serve_extra() -> None:
    import importlib.util

    missing = [m for m in ("fastapi", "uvicorn", "prometheus_client") if importlib.util.find_spec(m) is None]
    if missing:
        raise HeadprogError(f"headprog serve needs {', '.join(missing)}: install the serve extra, pip install -e '.[serve]'")


def cmd_serve(args: Any) -> int:
    """Run ``headprog serve`` until Ctrl+C; the first Ctrl+C drains (new requests get 503, running ones finish)."""
    import os
    import sys
    import threading

    _check_serve_extra()
    if args.ray:
        return serve_on_ray(args, "headprog.serving.setup:engine_from_options")
    import uvicorn

    from headprog.serving.api import create_app
    from headprog.serving.engine import start_engine
    from headprog.serving.setup import build_engine

    engine = start_engine(lambda: build_engine(args))  # built on the thread that serves: see start_engine
    api_key = args.api_key or os.environ.get("HEADPROG_API_KEY") or None
    app = create_app(engine, api_key=api_key, served_model=args.served_model_name)

    drain: list[threading.Thread] = []

    class _DrainingServer(uvicorn.Server):
        """Prints the URL once listening; on the first signal the engine drains while uvicorn lets open responses end."""

        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                port = self.servers[0].sockets[0].getsockname()[1]
                host = f"[{args.host}]" if ":" in args.host else args.host
                print(f"headprog serve: {engine.model_id}, {what}; OpenAI API at http://{host}:{port}/v1 (Ctrl+C drains and stops)", file=sys.stderr, flush=True)

        def handle_exit(self, sig: int, frame: Any) -> None:
            if not drain:
                drain.append(threading.Thread(target=engine.stop, kwargs={"drain": True, "timeout": args.drain_timeout}, daemon=True))
                drain[0].start()
            super().handle_exit(sig, frame)

    info = engine.programs_info()
    what = "the native model" if not info["heads"] else f"{len(info['heads'])} heads by programs ({info['version']})"
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="off",
                            timeout_graceful_shutdown=args.drain_timeout)
    try:
        _DrainingServer(config).run()
    except KeyboardInterrupt:  # uvicorn re-raises the signal it handled once it has shut down
        pass
    finally:
        if drain:
            drain[0].join(args.drain_timeout + 5)
        else:
            engine.stop(drain=True, timeout=args.drain_timeout)
    return 0

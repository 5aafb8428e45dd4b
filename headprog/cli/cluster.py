"""The ``--ray`` options of ``extract``, ``synthesize`` and ``serve``, and how a command joins the cluster they name."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["add_ray_options", "add_replica_options", "join_cluster", "serve_on_ray"]


def add_ray_options(p: argparse.ArgumentParser, unit: str) -> None:
    """``--ray ADDRESS`` and ``--ray-workers N``; ``unit`` is what one worker does at a time (shard, layer)."""
    p.add_argument(
        "--ray", metavar="ADDRESS", default=None,
        help=f"run on a Ray cluster, one {unit} per worker, this process writing every file: 'auto' (a running cluster, "
        "e.g. after `ray start --head`), 'local' (start one on this machine) or an address such as 10.0.0.5:6379; "
        "needs the ray extra: pip install -e '.[ray]'",
    )
    p.add_argument("--ray-workers", type=int, default=None, metavar="N", help="with --ray: workers at once (default: one per CPU of the cluster)")
    p.add_argument("--ray-retries", type=int, default=2, metavar="N", help=f"with --ray: restarts of a lost worker, each repeating only its own {unit} (default 2)")


def add_replica_options(p: argparse.ArgumentParser) -> None:
    """``headprog serve --ray``: where, and how many replicas of what size."""
    p.add_argument("--ray", metavar="ADDRESS", default=None, help="serve with Ray Serve on this cluster ('auto', 'local' or an address); needs the ray extra: pip install -e '.[ray]'")
    p.add_argument("--replicas", type=int, default=1, help="with --ray: replicas of the server, each with its own engine (default 1)")
    p.add_argument("--cpus-per-replica", type=float, default=1.0, help="with --ray: CPUs reserved per replica (default 1)")
    p.add_argument("--gpus-per-replica", type=float, default=0.0, help="with --ray: GPUs per replica (default 0; 1: one replica per GPU)")


def join_cluster(args: Any, serve: bool = False) -> None:
    """Connect to the cluster ``args.ray`` names (a clear error if Ray is missing or the cluster cannot be reached)."""
    from headprog.cluster.connect import connect, require_ray

    require_ray(serve=serve)
    connect(args.ray)


def serve_on_ray(args: Any, engine_factory: str) -> int:
    """``headprog serve --ray``: deploy the replicas, print the URL, and remove them on Ctrl+C."""
    import os
    import sys
    import time

    from headprog.cluster.serve import deploy, undeploy

    join_cluster(args, serve=True)
    options = {k: v for k, v in vars(args).items() if k != "func"}
    url = deploy(
        engine_factory, options, replicas=args.replicas, cpus_per_replica=args.cpus_per_replica, gpus_per_replica=args.gpus_per_replica,
        host=args.host, port=args.port, max_batch=args.max_batch, max_queue=args.max_queue,
        api_key=args.api_key or os.environ.get("HEADPROG_API_KEY") or None, served_model=args.served_model_name, drain_timeout=args.drain_timeout,
    )
    print(f"headprog serve: {args.replicas} replicas on Ray Serve; OpenAI API at {url}/v1 (Ctrl+C removes them)", file=sys.stderr, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        undeploy()
    return 0

"""``headprog serve --ray``: deploying the serving app on Ray Serve from an application config.

The app is deployed as ``serve run CONFIG`` deploys one: an application
config (import path :func:`headprog.cluster.serve_app.application`, its
settings as ``args``, the deployment's replicas, resources, queue limits and
``user_config``) applied by Ray Serve's controller. A config deployment keeps
its code version while only ``user_config`` changes, so a swap re-applies the
same config with a new ``user_config`` and every replica is reconfigured in
place; ``serve.run`` would start new replicas instead. The config is applied
through Ray Serve's own client, the call ``serve run CONFIG`` makes
(``ray.serve.scripts``), which is why the ``ray`` extra keeps Ray to the
minor version it was tested with.

Back-pressure: a replica takes at most its engine's capacity (``--max-batch``
running + ``--max-queue`` waiting) plus one request, so the first request
over capacity reaches the engine and is refused as the plain server refuses
it: 429 with ``Retry-After`` and an OpenAI error body (503 while draining).
Beyond that Ray Serve queues at most ``--max-queue`` requests per proxy and
answers 429 with ``Retry-After`` itself (its proxy writes a plain-text body).

This module imports Ray inside its functions; :mod:`.serve_app` is the part a Ray replica imports.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from headprog.cluster.connect import ClusterError

__all__ = ["DEPLOYMENT", "app_status", "apply_application", "deploy", "deployment_config", "undeploy"]

#: The deployment's name inside the application.
DEPLOYMENT = "headprog"
IMPORT_PATH = "headprog.cluster.serve_app:application"


def deployment_config(settings: dict[str, Any], user_config: dict[str, Any] | None = None) -> dict[str, Any]:
    """The deployment section of the application config: replicas, resources, queue limits and user_config."""
    capacity = int(settings["max_batch"]) + int(settings["max_queue"])
    return {
        "name": DEPLOYMENT,
        "num_replicas": int(settings["replicas"]),
        "ray_actor_options": {"num_cpus": float(settings["cpus_per_replica"]), "num_gpus": float(settings["gpus_per_replica"])},
        "max_ongoing_requests": capacity + 1,  # one over: the engine refuses it with its own 429 body
        "max_queued_requests": max(1, int(settings["max_queue"])),
        "backpressure_config": {"status_code": 429, "retry_after_s": 1},
        "graceful_shutdown_timeout_s": float(settings.get("drain_timeout", 30)) + 5,
        "user_config": user_config or {"generation": 0},
    }


def _deploy_schema(settings: dict[str, Any], user_config: dict[str, Any] | None) -> Any:
    from ray.serve.schema import ServeDeploySchema

    app: dict[str, Any] = {
        "name": settings["app_name"], "route_prefix": "/", "import_path": IMPORT_PATH, "args": settings,
        "deployments": [deployment_config(settings, user_config)],
    }
    if os.environ.get("HEADPROG_HOME"):
        app["runtime_env"] = {"env_vars": {"HEADPROG_HOME": os.environ["HEADPROG_HOME"]}}
    http = {"host": settings["host"], "port": int(settings["port"])}
    return ServeDeploySchema.model_validate({"http_options": http, "applications": [app]})


def apply_application(settings: dict[str, Any], user_config: dict[str, Any] | None = None) -> None:
    """Apply the application config (first deployment, or the same app with a new user_config)."""
    from ray import serve
    from ray.serve._private.api import serve_start  # what `serve run CONFIG` calls

    serve.start(http_options={"host": settings["host"], "port": int(settings["port"])})
    serve_start().deploy_apps(_deploy_schema(settings, user_config), _blocking=False)


def app_status(name: str) -> str:
    """The application's status in Ray Serve (RUNNING, DEPLOYING, DEPLOY_FAILED, ...; NOT_STARTED if unknown)."""
    from ray import serve

    app = serve.status().applications.get(name)
    return str(app.status.value if hasattr(app.status, "value") else app.status) if app is not None else "NOT_STARTED"


def free_port(host: str) -> int:
    """A port free on this machine now (for ``--port 0``: Ray Serve's proxies need a fixed one)."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def deploy(engine_factory: str, engine_options: dict[str, Any], *, replicas: int, cpus_per_replica: float = 1.0,
           gpus_per_replica: float = 0.0, host: str = "127.0.0.1", port: int = 8000, max_batch: int = 8, max_queue: int = 64,
           api_key: str | None = None, served_model: str | None = None, app_name: str = "headprog",
           drain_timeout: float = 30.0, timeout: float = 600.0) -> str:
    """Deploy ``replicas`` replicas, each building its engine with ``engine_factory(engine_options)``; the base URL once all serve.

    ``engine_factory`` names an entry of ``headprog.cluster.serve_app.ENGINE_FACTORIES`` (a replica
    refuses any other name; none is imported by name).
    """
    if replicas < 1:
        raise ClusterError(f"--replicas must be at least 1; got {replicas}")
    port = port or free_port(host)
    settings = dict(  # JSON: the settings travel in the application config
        engine_factory=engine_factory, engine_options=engine_options, replicas=replicas, cpus_per_replica=cpus_per_replica,
        gpus_per_replica=gpus_per_replica, host=host, port=port, max_batch=max_batch, max_queue=max_queue, api_key=api_key,
        served_model=served_model, app_name=app_name, drain_timeout=drain_timeout,
    )
    apply_application(settings)
    wait_until_running(app_name, timeout)
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}"


def wait_until_running(name: str, timeout: float) -> None:
    """Wait until every replica of the application serves; a failed deployment is an error with Ray Serve's reason."""
    from ray import serve

    deadline = time.monotonic() + timeout
    while True:
        status = app_status(name)
        if status == "RUNNING":
            return
        if status in ("DEPLOY_FAILED", "UNHEALTHY"):
            app = serve.status().applications[name]
            reasons = [app.message] + [d.message for d in app.deployments.values() if d.message]
            raise ClusterError(f"Ray Serve could not deploy {name}: " + "; ".join(r for r in reasons if r))
        if time.monotonic() > deadline:
            raise ClusterError(f"the Ray Serve application {name} was not running after {timeout:.0f} s (status {status})")
        time.sleep(0.25)


def undeploy(name: str = "headprog") -> None:
    """Remove the application (its replicas drain and stop)."""
    from ray import serve

    serve.delete(name)

"""The serving app as a Ray Serve deployment: ``@serve.deployment`` + ``@serve.ingress`` over :func:`~headprog.serving.api.create_app`.

Each replica builds its own engine (the model, the program set, the heads
chosen as ``headprog serve`` chooses them) with the factory the deployment's
settings name, starts it, and serves the same FastAPI app as the plain
server: the same routes, bodies and errors. Responses carry an
``x-headprog-replica`` header naming the replica.

A swap (``POST /v1/headprog/programs``) is checked by the replica that gets
it, then written into the deployment's ``user_config``; Ray Serve calls
:meth:`HeadprogReplica.reconfigure` on every replica (and on any replica it
starts later), which swaps that replica's engine in place, at a step boundary,
without a restart. The request is answered once its own replica has swapped
and the deployment is healthy again.

Only a process with Ray Serve imports this module (Ray imports it by the
``import_path`` of the application config, see :mod:`headprog.cluster.serve`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ray import serve

from headprog.cluster.serve import DEPLOYMENT, app_status, apply_application
from headprog.serving.api import create_app
from headprog.serving.engine import load_programs, start_engine
from headprog.serving.setup import engine_from_options

__all__ = ["REPLICA_HEADER", "HeadprogDeployment", "HeadprogReplica", "application"]

#: Response header naming the Ray Serve replica that answered.
REPLICA_HEADER = "x-headprog-replica"


class _ReplicaHeader:
    """ASGI middleware adding :data:`REPLICA_HEADER` to every response."""

    def __init__(self, app: Any, replica: str) -> None:
        self.app = app
        self.value = replica.encode()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def tagged(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"x-headprog-replica", self.value)]}
            await send(message)

        await self.app(scope, receive, tagged)


#: The engine factories a deployment may name, by name. A name that arrives as data picks an entry here;
#: nothing is imported by name.
ENGINE_FACTORIES: dict[str, Callable[[dict[str, Any]], Any]] = {"headprog.serving.setup:engine_from_options": engine_from_options}


class HeadprogReplica:
    """One replica: an engine of its own behind the headprog FastAPI app."""

    def __init__(self, settings: dict[str, Any]) -> None:
        spec = settings["engine_factory"]
        factory = ENGINE_FACTORIES.get(spec)
        if factory is None:
            raise ValueError(f"unknown engine factory {spec!r}; expected one of {', '.join(sorted(ENGINE_FACTORIES))}")
        self.settings = settings
        self.engine = start_engine(lambda: factory(settings["engine_options"]))
        self.generation = 0  # of the user_config last applied; 0: the set the engine was built with
        self.replica = serve.get_replica_context().replica_id.unique_id

    def __serve_build_asgi_app__(self) -> Any:
        app = create_app(self.engine, api_key=self.settings.get("api_key"), served_model=self.settings.get("served_model"),
                         apply_swap=self.swap_everywhere)
        app.add_middleware(_ReplicaHeader, replica=self.replica)
        return app

    def reconfigure(self, config: dict[str, Any]) -> None:
        """Ray Serve's call with the deployment's ``user_config``: swap to the program set it names, if it is new."""
        generation = int(config.get("generation", 0))
        if generation == self.generation:
            return
        self.engine.swap(load_programs(config.get("programs")), list(config.get("heads", [])))
        self.generation = generation

    def swap_everywhere(self, spec: str | None, programs: Any, heads: list[str]) -> dict[str, Any]:
        """Write a checked swap into the deployment's user_config, wait for this replica and the deployment, and report."""
        generation = time.time_ns()
        user_config = {"generation": generation, "programs": spec, "heads": heads}
        apply_application(self.settings, user_config)
        deadline = time.monotonic() + float(self.settings.get("swap_timeout", 300))
        while self.generation != generation or app_status(self.settings["app_name"]) != "RUNNING":
            if time.monotonic() > deadline:
                raise TimeoutError(f"the swap did not reach every replica within {self.settings.get('swap_timeout', 300)} s")
            time.sleep(0.1)
        return self.engine.programs_info()

    def check_health(self) -> None:
        """Ray Serve's health check: a replica whose engine stopped is replaced."""
        if self.engine.state not in ("ready", "starting"):
            raise RuntimeError(f"the engine is {self.engine.state}")

    def __del__(self) -> None:
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.stop(drain=True, timeout=float(self.settings.get("drain_timeout", 30)))


#: The deployment; its options (replicas, resources, queue limits, user_config) come from the application config.
HeadprogDeployment = serve.deployment(name=DEPLOYMENT)(serve.ingress()(HeadprogReplica))


def application(settings: dict[str, Any]) -> Any:
    """The application builder Ray Serve calls with the config's ``args``."""
    return HeadprogDeployment.bind(settings)

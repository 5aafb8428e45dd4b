"""Joining a Ray cluster (or starting one on this machine), and the error when Ray is not installed."""

from __future__ import annotations

import importlib.util
import os
from typing import Any

from headprog.errors import HeadprogError

__all__ = ["ClusterError", "cluster_cpus", "connect", "require_ray"]

#: What to install for ``--ray``.
RAY_EXTRA = "pip install -e '.[ray]' (or pip install 'ray[serve]')"


class ClusterError(HeadprogError):
    """A cluster job failed: Ray is missing, a worker failed or was lost, or the cluster cannot be reached."""


def require_ray(serve: bool = False) -> None:
    """Refuse early, naming the extra to install, when Ray (or Ray Serve) is missing."""
    missing = [m for m in (("ray", "ray.serve") if serve else ("ray",)) if _find(m) is None]
    if missing:
        raise ClusterError(f"--ray needs {' and '.join(missing)}, which is not installed: install the ray extra, {RAY_EXTRA}")


def _find(module: str) -> Any:
    try:
        return importlib.util.find_spec(module)
    except (ImportError, ValueError):  # a parent package missing, or a module set to None in sys.modules
        return None


def connect(address: str, num_cpus: int | None = None) -> bool:
    """Connect this process to the cluster at ``address``; True if this call started a cluster.

    ``auto``: a running cluster (``ray start --head`` on this machine, or
    ``RAY_ADDRESS``); ``local``: start one on this machine (with ``num_cpus``
    CPUs, default all); anything else: a cluster address such as
    ``10.0.0.5:6379`` or ``ray://head:10001``. A process already connected
    stays on its cluster.
    """
    require_ray()
    import ray

    if ray.is_initialized():
        return False
    # Workers must import headprog as this process does: an installed package on every node.
    env = {"env_vars": {"HEADPROG_HOME": os.environ["HEADPROG_HOME"]}} if "HEADPROG_HOME" in os.environ else None
    try:
        if address == "local":
            ray.init(address="local", num_cpus=num_cpus, include_dashboard=False, runtime_env=env, log_to_driver=True)
        else:
            ray.init(address=address, runtime_env=env)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        hint = " (start one with `ray start --head`, or use --ray local)" if address == "auto" else ""
        raise ClusterError(f"cannot connect to the Ray cluster at {address!r}: {exc}{hint}") from exc
    return address == "local"


def cluster_cpus() -> int:
    """The CPUs of the connected cluster (at least 1)."""
    import ray

    return max(1, int(ray.cluster_resources().get("CPU", 1)))

"""A few Ray actors working through a list of jobs: Ray schedules, restarts and retries; this only hands out jobs.

Each actor holds what every job of its kind needs (a loaded model, an opened
store) and runs one job at a time, so a job never waits behind another on a
busy worker while an idle one has nothing. Results are yielded as they
arrive; when a job fails for good, the jobs already running are still
collected (their results are written) before the failure is raised, named by
its job, with the worker's exception as its cause.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from headprog.cluster.connect import ClusterError
from headprog.errors import HeadprogError

__all__ = ["Worker", "WorkerPool"]

J = TypeVar("J")


class Worker:
    """Base of a pool's actor classes: ``run(job)`` does one job; ``pid()`` names the process (for tests and logs)."""

    def pid(self) -> int:
        return os.getpid()

    def run(self, job: Any) -> Any:  # pragma: no cover - every worker class defines it
        raise NotImplementedError


class WorkerPool(Generic[J]):
    """``n`` actors of ``worker`` (built with ``args``), each with ``cpus`` CPUs.

    ``retries``: how often Ray restarts a dead actor and repeats the job it
    was running (0: a lost worker fails the job at once).
    """

    def __init__(self, worker: type[Worker], args: Sequence[Any], n: int, *, cpus: float = 1.0, retries: int = 2) -> None:
        import ray

        if n < 1:
            raise ClusterError(f"a worker pool needs at least one worker; got {n}")
        remote = ray.remote(worker).options(num_cpus=cpus, max_restarts=retries, max_task_retries=retries)
        self.actors = [remote.remote(*args) for _ in range(n)]
        try:
            self.pids = ray.get([a.pid.remote() for a in self.actors])  # also waits until every worker is built
        except ray.exceptions.RayError as exc:
            self.close()
            cause = _cause(exc)
            raise ClusterError(f"a {worker.__name__} could not start on the cluster: {_describe(cause)}") from cause

    def run(self, jobs: Sequence[J], name: Callable[[J], str]) -> Iterator[tuple[J, Any]]:
        """Each job with its result, as they complete; ``name(job)`` says which job failed."""
        import ray

        waiting = list(reversed(jobs))
        idle = list(self.actors)
        running: dict[Any, tuple[J, Any]] = {}
        failure: ClusterError | None = None
        while running or (waiting and failure is None):
            while idle and waiting and failure is None:
                actor, job = idle.pop(), waiting.pop()
                running[actor.run.remote(job)] = (job, actor)
            [ref], _ = ray.wait(list(running), num_returns=1)
            job, actor = running.pop(ref)
            try:
                result = ray.get(ref)
            except ray.exceptions.RayActorError as exc:
                failure = failure or _lost(name(job), exc)
                continue
            except ray.exceptions.RayTaskError as exc:
                cause = _cause(exc)
                failure = failure or ClusterError(f"{name(job)} failed on a Ray worker: {_describe(cause)}")
                failure.__cause__ = failure.__cause__ or cause
                idle.append(actor)
                continue
            idle.append(actor)
            yield job, result
        if failure is not None:
            raise failure

    def close(self) -> None:
        """End the actors (their CPUs go back to the cluster)."""
        import ray

        for actor in self.actors:
            ray.kill(actor, no_restart=True)


def _cause(exc: BaseException) -> BaseException:
    """The exception the worker raised, out of Ray's wrapper."""
    return getattr(exc, "cause", None) or exc


def _describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, HeadprogError) else f"{type(exc).__name__}: {exc}"


def _lost(what: str, exc: BaseException) -> ClusterError:
    error = ClusterError(
        f"{what} was lost: its Ray worker died and was not restarted ({str(exc).splitlines()[0]}); "
        "everything finished before is written: run the same command again to redo only what is missing"
    )
    error.__cause__ = exc
    return error

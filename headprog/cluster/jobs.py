"""Extraction and synthesis as Ray jobs: the local run's functions on cluster workers, the driver writing.

:func:`extract_on_ray` hands example shards to workers that each load the
model once and run :func:`~headprog.attention.extract.record_shard`;
:func:`synthesize_on_ray` hands layers to workers that run
:func:`~headprog.synthesis.synthesize.synthesize_layer`. The driver runs
the same :func:`~headprog.attention.extract.extract` and
:func:`~headprog.synthesis.synthesize.synthesize` as a local run, so it plans,
resumes, shows progress and writes every file atomically as they do, and the
files are the same bytes.

Workers read what the driver names by path (the model, and for synthesis the
store), so on a cluster of several machines those paths must be on a shared
filesystem (or the model in each node's cache); a worker that cannot read
them fails its job with an error naming the node.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from headprog.attention.extract import ExtractOptions, ShardJob, extract, pad_id_of, record_shard
from headprog.attention.store import Manifest, read_manifest
from headprog.cluster.connect import ClusterError, cluster_cpus
from headprog.cluster.pool import Worker, WorkerPool
from headprog.language.program_set import ProgramSet
from headprog.synthesis.synthesize import LayerJob, SynthesisOptions, synthesize, synthesize_layer

__all__ = ["LayerRunner", "LayerWorker", "ShardRunner", "ShardWorker", "extract_on_ray", "synthesize_on_ray"]


class ShardWorker(Worker):
    """Holds the model (loaded once per worker) and records shards."""

    def __init__(self, opts: ExtractOptions, fingerprint: str) -> None:
        from headprog.data import models

        self.loaded = models.load(opts.model, attn_implementation="eager")
        if self.loaded.fingerprint != fingerprint:
            raise ClusterError(
                f"on node {socket.gethostname()}, model {opts.model!r} is {self.loaded.fingerprint}, "
                f"not the driver's {fingerprint}: every node needs the same model files"
            )
        self.opts = opts
        self.pad_id = pad_id_of(self.loaded)

    def run(self, job: ShardJob) -> dict:
        return record_shard(self.loaded.model, job, self.opts, self.pad_id)


class ShardRunner:
    """The :data:`~headprog.attention.extract.ShardRunner` of a store on Ray; :attr:`pool` while it runs."""

    def __init__(self, out_dir: str | Path, opts: ExtractOptions, workers: int | None = None, retries: int = 2) -> None:
        self.out_dir, self.opts, self.workers, self.retries = Path(out_dir), opts, workers, retries
        self.pool: WorkerPool | None = None

    def __call__(self, jobs: list[ShardJob]) -> Iterator[tuple[ShardJob, dict]]:
        if not jobs:
            return
        fingerprint = read_manifest(self.out_dir).model["fingerprint"]  # written by the driver before any shard
        n = min(self.workers or cluster_cpus(), len(jobs))
        self.pool = WorkerPool(ShardWorker, (self.opts, fingerprint), n, retries=self.retries)
        try:
            yield from self.pool.run(jobs, lambda j: f"shard {j.file} (examples {j.members[0]}..{j.members[-1]})")
        finally:
            self.pool.close()


class LayerWorker(Worker):
    """Fits layers; keeps the opened store and its search context between layers (in synthesize_layer's cache)."""

    def run(self, job: LayerJob) -> list:
        if not (Path(job.store_dir) / "manifest.json").is_file():
            raise ClusterError(f"node {socket.gethostname()} cannot read the store {job.store_dir}: put it on a filesystem every node shares")
        return synthesize_layer(job)


class LayerRunner:
    """The :data:`~headprog.synthesis.synthesize.LayerRunner` on Ray; :attr:`pool` while it runs."""

    def __init__(self, workers: int | None = None, retries: int = 2) -> None:
        self.workers, self.retries = workers, retries
        self.pool: WorkerPool | None = None

    def __call__(self, jobs: list[LayerJob]) -> Iterator[tuple[LayerJob, list]]:
        if not jobs:
            return
        # Workers may start elsewhere: paths as the driver sees them, absolute.
        jobs = [replace(j, store_dir=str(Path(j.store_dir).resolve()), out=Path(j.out).resolve()) for j in jobs]
        self.pool = WorkerPool(LayerWorker, (), min(self.workers or cluster_cpus(), len(jobs)), retries=self.retries)
        try:
            yield from self.pool.run(jobs, lambda j: f"layer {j.layer} (heads {', '.join(map(str, j.heads))})")
        finally:
            self.pool.close()


def extract_on_ray(out_dir: str | Path, opts: ExtractOptions, *, workers: int | None = None, retries: int = 2,
                   progress: bool = True) -> Manifest:
    """``headprog extract`` with the shards recorded by ``workers`` Ray workers (default: one per cluster CPU)."""
    return extract(out_dir, opts, progress=progress, runner=ShardRunner(out_dir, opts, workers, retries))


def synthesize_on_ray(store_dir: str | Path, out_dir: str | Path, options: SynthesisOptions, *, workers: int | None = None,
                      retries: int = 2) -> ProgramSet:
    """``headprog synthesize`` with the layers fitted by ``workers`` Ray workers (default: one per cluster CPU)."""
    return synthesize(store_dir, out_dir, options, runner=LayerRunner(workers, retries))

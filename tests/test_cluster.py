"""Extraction and synthesis on Ray give the local run's files, byte for byte, and survive a killed worker.

One local Ray cluster (2 CPUs, loopback, no dashboard) serves every test of
the module; tiny models and a tiny corpus keep each job to seconds. Ray Serve
has its own module (tests/test_cluster_serve.py).
"""

from __future__ import annotations

import os
import random
import signal
from pathlib import Path

import pytest

from headprog.attention.extract import ExtractOptions, extract
from headprog.attention.store import read_manifest
from headprog.cli import main
from headprog.cluster.connect import ClusterError, require_ray
from headprog.synthesis.search import SearchOptions
from headprog.synthesis.synthesize import SynthesisOptions, synthesize
from helpers.tiny_models import WORDS, save_tiny_model

ray = pytest.importorskip("ray", reason="the ray extra is not installed")

pytestmark = pytest.mark.slow  # a Ray cluster starts in ~4 s; the module runs in well under a minute

FAST = SearchOptions(max_terms=2, sink_tokens=2, tables=())  # what --max-terms 2 --sink-tokens 2 --tables none give


@pytest.fixture(scope="module", autouse=True)
def cluster():
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("cluster")
    rng = random.Random(0)
    words = WORDS[4:]
    paras = [" ".join(rng.choice(words) for _ in range(rng.randint(14, 22))) for _ in range(60)]
    (root / "corpus.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
    return {"model": str(save_tiny_model(root / "llama", "llama", seed=0)), "corpus": str(root / "corpus.txt")}


def opts(tiny) -> ExtractOptions:
    return ExtractOptions(model=tiny["model"], corpus=tiny["corpus"], examples=6, max_tokens=24, kinds=("passage", "sentence"),
                          shard_examples=2, batch_size=2)



def files(folder: Path) -> dict[str, bytes]:
    """Every file of a folder by relative path; a store manifest without its timings (they differ between any two runs)."""
    import json

    out = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    if "manifest.json" in out and b'"last_run_seconds"' in out["manifest.json"]:
        data = json.loads(out["manifest.json"])
        data["stats"] = {k: v for k, v in data["stats"].items() if not k.startswith("last_run")}
        out["manifest.json"] = json.dumps(data).encode()
    return out


@pytest.fixture(scope="module")
def local_store(tiny, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("local") / "store"
    extract(folder, opts(tiny), progress=False)
    return folder


def kill_second_worker_after_first_result(runner):
    """A runner that kills a worker's process once the first shard is in: mid-job, it holds a shard or is about to.

    The last worker: a rerun with a single shard left starts a single worker.
    """

    def run(jobs):
        results = runner(jobs)
        first = next(results)
        os.kill(runner.pool.pids[-1], signal.SIGKILL)
        yield first
        yield from results

    return run


def test_extraction_on_ray_survives_killed_workers_and_writes_the_local_store(tiny, local_store, tmp_path):
    from headprog.cluster.jobs import ShardRunner

    out = tmp_path / "store"
    # Without restarts, the lost worker fails its shard; what finished is written.
    with pytest.raises(ClusterError, match=r"shard shard-\d{5}\.safetensors \(examples \d+\.\.\d+\) was lost: its Ray worker died"):
        extract(out, opts(tiny), progress=False, runner=kill_second_worker_after_first_result(ShardRunner(out, opts(tiny), 2, retries=0)))
    partial = read_manifest(out)
    assert not partial.complete and 1 <= len(partial.shards) < 6
    # The rerun resumes; a worker killed again is restarted by Ray and repeats only its own shard.
    runner = ShardRunner(out, opts(tiny), 2, retries=1)
    recorded = []

    def counting(jobs):
        recorded.extend(j.file for j in jobs)
        for job, tensors in kill_second_worker_after_first_result(runner)(jobs):
            recorded.append(f"done {job.file}")
            yield job, tensors

    manifest = extract(out, opts(tiny), progress=False, runner=counting)
    todo = [f for f in recorded if not f.startswith("done")]
    assert manifest.complete and len(todo) == 6 - len(partial.shards)
    assert sorted(f[5:] for f in recorded if f.startswith("done")) == sorted(todo)  # each missing shard written once
    assert files(out) == files(local_store)


def test_synthesis_of_two_layers_on_ray_writes_the_local_programs(local_store, tmp_path):
    heads = "L0H0,L0H1,L0H2,L0H3,L2H0,L2H1,L2H2,L2H3"
    from headprog.language.program_set import parse_heads

    synthesize(local_store, tmp_path / "local", SynthesisOptions(heads=parse_heads(heads), search=FAST, workers=1, progress=False))
    # Through the command line: --ray local joins the cluster this process is connected to.
    assert main(["synthesize", "--store", str(local_store), "--out", str(tmp_path / "ray"), "--heads", heads, "--max-terms", "2",
                 "--sink-tokens", "2", "--tables", "none", "--quiet", "--ray", "local", "--ray-workers", "2"]) == 0
    local, on_ray = files(tmp_path / "local"), files(tmp_path / "ray")
    assert len(local) == 1 + 8 + 8 and on_ray == local  # manifest, 8 programs and their 8 ladders


def test_a_failing_layer_is_named_and_its_cause_kept(tmp_path):
    from headprog.cluster.jobs import LayerRunner
    from headprog.synthesis.synthesize import LayerJob

    job = LayerJob(str(tmp_path / "nowhere"), 5, [0, 1], SynthesisOptions(search=FAST), tmp_path / "out")
    with pytest.raises(ClusterError, match=r"layer 5 \(heads 0, 1\) failed on a Ray worker: node .* cannot read the store") as info:
        list(LayerRunner(workers=1)([job]))
    assert isinstance(info.value.__cause__, ClusterError)


def test_ray_missing_names_the_extra(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(ClusterError, match=r"install the ray extra, pip install -e '\.\[ray\]'"):
        require_ray()


# ---------------------------------------------------------------------------
# Serving on Ray Serve


def http(url: str, method: str, path: str, body: dict | None = None) -> tuple[int, dict, dict]:
    import json
    import urllib.error
    import urllib.request

    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url + path, method=method, data=data, headers={"content-type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), json.loads(e.read())


def test_ray_serve_replicas_answer_as_the_local_server_and_a_swap_reaches_every_replica(tiny, tmp_path):
    from headprog.cli import build_parser
    from headprog.serving.setup import engine_from_options
    from headprog.cluster.serve import deploy, undeploy
    from headprog.data import models
    from headprog.serving.api import BackgroundServer, create_app
    from helpers.program_sets import write_set
    from helpers.tiny_models import CLASSIC

    lm = models.load(tiny["model"])
    write_set(tmp_path / "set", lm, {(0, 1): CLASSIC["previous_token"]})
    options = {k: v for k, v in vars(build_parser().parse_args(["serve", "--model", tiny["model"]])).items() if k != "func"}
    completion = {"model": lm.name, "prompt": "the cat sat on", "max_tokens": 8, "temperature": 0}
    engine = engine_from_options(options)
    engine.start()
    try:
        with BackgroundServer(create_app(engine)) as local:
            status, _, expected = http(local.url, "POST", "/v1/completions", completion)
    finally:
        engine.stop()
    assert status == 200

    url = deploy("headprog.serving.setup:engine_from_options", options, replicas=2, cpus_per_replica=0.5, port=0)
    try:
        status, headers, body = http(url, "POST", "/v1/completions", completion)
        assert status == 200 and body["choices"][0]["text"] == expected["choices"][0]["text"] and headers["x-headprog-programs"] == "native"
        status, _, err = http(url, "POST", "/v1/completions", {**completion, "max_tokens": -1})
        assert status == 400 and err["error"]["param"] == "max_tokens"  # the plain server's errors, from the same app

        status, _, info = http(url, "POST", "/v1/headprog/programs", {"programs": str(tmp_path / "set"), "heads": "L0H1"})
        assert status == 200 and [h["head"] for h in info["heads"]] == ["L0H1"], info
        seen: dict[str, str] = {}
        for _ in range(40):  # Ray Serve spreads requests over both replicas
            _, headers, heads = http(url, "GET", "/v1/headprog/heads")
            seen[headers["x-headprog-replica"]] = heads["version"]
            if len(seen) == 2:
                break
        assert len(seen) == 2 and set(seen.values()) == {info["version"]}, seen
        status, headers, body = http(url, "POST", "/v1/completions", completion)
        assert status == 200 and headers["x-headprog-programs"] == info["version"] and headers["x-headprog-replica"] in seen  # swapped in place
    finally:
        undeploy()

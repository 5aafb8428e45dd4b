"""The LLM proposer against a real OpenAI-compatible server: `transformers serve` with SmolLM2-135M-Instruct.

The server runs on loopback from the converted safetensors folder of the bundled
model (serving the GGUF file directly fails: its config names no architecture).
Generation is on the CPU, so prompts and replies are kept short; the server
runs one torch thread (``HEADPROG_TEST_SERVE_THREADS``), which on a busy
two-core machine is several times faster than competing for both cores.
Needs the test extras (fastapi, uvicorn): ``pip install -e .[test]``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from headprog.synthesis import llm
from headprog.synthesis.llm import LLMConfig, LLMUnavailable, propose_for_head

pytestmark = pytest.mark.slow

# (layer, head, one_shot): one head with the worked example in the chat, one without,
# so that with SmolLM2-135M both valid replies and rejections are met.
HEADS = ((0, 3, True), (1, 5, False))
READY_TIMEOUT_S = 180


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`transformers serve` in a subprocess on a free loopback port."""

    def __init__(self, model_dir: Path, log_path: Path) -> None:
        self.model_dir = model_dir
        self.log_path = log_path
        self.proc: subprocess.Popen | None = None
        self.port = 0
        self.started = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> None:
        """Launch the server; :meth:`wait_ready` waits until it serves."""
        exe = Path(sys.executable).parent / "transformers"
        command = [str(exe)] if exe.exists() else [shutil.which("transformers") or "transformers"]
        self.port = free_port()
        env = dict(os.environ, HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
        threads = os.environ.get("HEADPROG_TEST_SERVE_THREADS", "1")
        env.update(OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads)
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child writes it
        self.proc = subprocess.Popen(
            [*command, "serve", "--host", "127.0.0.1", "--port", str(self.port), "--device", "cpu",
             "--log-level", "warning", str(self.model_dir)],
            stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
        )
        log.close()
        self.started = time.monotonic()

    def wait_ready(self) -> None:
        """Poll /health until the model is loaded (bounded)."""
        assert self.proc is not None
        deadline = self.started + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"`transformers serve` exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.5)
        self.stop()
        pytest.fail(f"`transformers serve` was not ready within {READY_TIMEOUT_S} s:\n{self.log_tail()}")

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """Stop at once, as a crash would (no graceful wait for requests in flight)."""
        if self.running():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.running():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()

    def log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-3000:]
        except OSError:
            return "(no log)"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from headprog.data.models import prepare_bundled_model

    missing = [m for m in ("fastapi", "uvicorn") if importlib.util.find_spec(m) is None]
    if missing:
        pytest.fail(f"`transformers serve` needs {', '.join(missing)}: install the test extras, pip install -e '.[test]'")
    s = Server(prepare_bundled_model(), tmp_path_factory.mktemp("serve") / "serve.log")
    s.start()  # it loads the model while the store is extracted; first_run waits for it
    yield s
    s.stop()


@pytest.fixture(scope="module")
def tiny_store(tmp_path_factory):
    from headprog.attention import store
    from headprog.attention.extract import ExtractOptions, extract

    folder = tmp_path_factory.mktemp("store")
    extract(folder, ExtractOptions(examples=3, max_tokens=32, layers=[0, 1], kinds=("passage",)), progress=False)
    return store.open(folder)


def make_config(url: str, model: str, cache: Path, **kw) -> LLMConfig:
    options = dict(
        url=url, model=model, cache_dir=cache, rounds=2, candidates_per_round=1, candidates_per_head=2,
        max_tokens=120, temperature=0.0, stop=("\n```\n",), evidence_sequences=1, edges_per_band=3,
        timeout_s=120, max_retries=2, backoff_s=0.2,
    )
    options.update(kw)
    return LLMConfig(**options)


@pytest.fixture(scope="module")
def first_run(server, tiny_store, tmp_path_factory):
    """Two heads, two rounds of one reply each, against the live server."""
    server.wait_ready()
    cache = tmp_path_factory.mktemp("llm-cache")
    synthesis = tiny_store.examples_of("synthesis")
    runs = {}
    started = time.monotonic()
    for layer, head, one_shot in HEADS:
        log: list[dict] = []
        config = make_config(server.url, str(server.model_dir), cache, one_shot=one_shot)
        runs[(layer, head)] = (propose_for_head(tiny_store, layer, head, synthesis, config, log=log), log, config)
    elapsed = time.monotonic() - started
    valid = sum(c.valid for cands, _, _ in runs.values() for c in cands)
    total = sum(len(cands) for cands, _, _ in runs.values())
    print(f"\nSmolLM2-135M via transformers serve: {valid} of {total} replies valid, {elapsed:.0f} s")
    return cache, runs, synthesis


def test_replies_are_parsed_scored_and_errors_fed_back(first_run):
    _, runs, synthesis = first_run
    for (layer, head), (cands, log, _) in runs.items():
        assert [c.round for c in cands] == [0, 1]
        prompts = [e["messages"][-1]["content"] for e in log if e["event"] == "prompt"]
        assert len(prompts) == 2
        for c in cands:
            assert c.text.strip(), "the server sent an empty reply"
            assert not c.cached and c.tokens_used > 0
            if c.valid:
                assert c.error is None and c.scores is not None and c.scores.n == len(synthesis)
                assert 0.0 <= c.scores.iou <= 1.0
            else:
                assert c.program is None and c.scores is None
                assert c.error.startswith(f"reply-r{c.round}s0:")
        first = cands[0]
        if first.valid:
            assert f"Your last program was valid and scored soft IoU {first.scores.iou:.3f}" in prompts[1]
            assert "The best program so far" in prompts[1]
        else:
            assert f"Your last program was rejected: {first.error}" in prompts[1]
        assert log[-1]["event"] == "done" and log[-1]["candidates"] == 2


def test_cache_serves_a_rerun_without_the_server(first_run, tiny_store):
    cache, runs, synthesis = first_run
    nobody = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens here: any request would fail
    for (layer, head), (cands, _, config) in runs.items():
        log: list[dict] = []
        again = propose_for_head(tiny_store, layer, head, synthesis, make_config(
            nobody, config.model, cache, one_shot=config.one_shot, max_retries=0), log=log)
        assert [(c.text, c.error, c.key) for c in again] == [(c.text, c.error, c.key) for c in cands]
        assert [c.scores for c in again] == [c.scores for c in cands]
        assert all(c.cached and c.tokens_used == 0 for c in again)
        assert not any(e["event"] == "retry" for e in log)


class KillOnRequest(list):
    """A transcript that kills the server shortly after the first request that is not served from the cache."""

    def __init__(self, server: Server, delay_s: float) -> None:
        super().__init__()
        self.server, self.delay_s = server, delay_s
        self.killed_at: float | None = None

    def append(self, event):
        super().append(event)
        if event["event"] == "request" and not event["cached"] and self.killed_at is None:
            self.killed_at = time.monotonic() + self.delay_s
            threading.Timer(self.delay_s, self.server.kill).start()


def test_server_dying_mid_run_raises_and_keeps_work(first_run, tiny_store, server):
    cache, runs, synthesis = first_run
    (layer, head, one_shot) = HEADS[0]
    before, _, config = runs[(layer, head)]
    assert server.running()
    log = KillOnRequest(server, delay_s=1.0)
    # Rounds 0 and 1 come from the cache; round 2's request is in flight when the server dies.
    config = make_config(server.url, config.model, cache, one_shot=one_shot, rounds=4, candidates_per_head=4)
    with pytest.raises(LLMUnavailable, match="did not answer after 3 attempts") as info:
        propose_for_head(tiny_store, layer, head, synthesis, config, log=log)
    gave_up = time.monotonic()
    assert log.killed_at is not None and gave_up - log.killed_at < 30  # bounded retries, short backoff
    kept = info.value.candidates
    assert [(c.text, c.round, c.cached) for c in kept] == [(c.text, c.round, True) for c in before]
    events = [e["event"] for e in log]
    assert events.count("retry") == 2 and events[-1] == "unavailable"
    assert len(llm.ResponseCache(cache)) == sum(len(c) for c, _, _ in runs.values())  # nothing lost, nothing half-written
    assert not server.running()

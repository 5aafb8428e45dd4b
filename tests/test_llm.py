"""The LLM proposer against a fake in-process OpenAI-compatible server (no model, no network)."""

from __future__ import annotations

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import numpy as np
import pytest

from headprog.features import FEATURES, compute_features
from headprog.language import parse_program
from headprog.attention.store import Example
from headprog.synthesis import llm
from headprog.synthesis.llm import LLMClient, LLMConfig, LLMUnavailable, parse_reply, propose_for_head
from headprog.synthesis.llm_config import DUMMY_API_KEY
from headprog.synthesis.llm_prompt import EXAMPLE_REPLY

VALID = '''Here is a program:

```python
"""
headprog: 1
features: v1
head: L0H1
"""


@program(normalize="weights", fallback="first")
def previous_with_sink(q, k):
    return 0.7 * (k == q - 1) + 0.3 * (k == 0)
```
'''

# No header (repaired), then an import: outside the language.
MALFORMED = """```python
import numpy

@program
def head(q, k):
    return k == q - 1
```"""

BARE = """```
def prev(q, k):
    return k == q - 1
```"""


# ---------------------------------------------------------------------------
# A fake store: a previous-token head with an attention sink, on two short texts.


class FakeStore:
    def __init__(self) -> None:
        texts = [
            ["The", " cat", " sat", " on", " the", " mat", ".", " The", " cat", " ran", "."],
            ["A", " dog", " saw", " a", " dog", ",", " and", " the", " dog", " left", "."],
            ["Paris", " is", " big", ".", " Paris", " is", " old", "."],
        ]
        self.examples = []
        vocab: dict[str, int] = {}
        for i, toks in enumerate(texts):
            ids = [vocab.setdefault(t, 100 + len(vocab)) for t in toks]
            self.examples.append(Example(i, "synthesis", "passage", f"doc{i}", ids, toks))

    def pattern(self, layer: int, head: int, e: Example) -> np.ndarray:
        t = e.length
        a = np.zeros((t, t), dtype=np.float32)
        a[0, 0] = 1.0
        for q in range(1, t):
            a[q, q - 1] += 0.7
            a[q, 0] += 0.3
        return a

    def features(self, e: Example) -> np.ndarray:
        return compute_features(e.ids, e.tokens)


@pytest.fixture
def store():
    return FakeStore()


# ---------------------------------------------------------------------------
# A fake OpenAI-compatible server: replies from a script, records every request.


class FakeServer:
    """Script items: a reply text, ``500``/``400`` (an error status), ``"drop"`` (close the socket)
    or a float (sleep that many seconds, then reply with a valid program)."""

    def __init__(self, script, usage=True):
        self.script = list(script)
        self.usage = usage
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _send(self, status, body):
                data = json.dumps(body).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                    pass

            def do_GET(self):
                self._send(200, {"object": "list", "data": [{"id": "fake", "object": "model", "owned_by": "me", "created": 0}]})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append(body)
                fake.headers.append({k.lower(): v for k, v in self.headers.items()})
                item = fake.script.pop(0) if fake.script else VALID
                if item == "drop":
                    self.close_connection = True
                    self.connection.shutdown(socket.SHUT_RDWR)
                    return
                if isinstance(item, float):  # answer too late
                    time.sleep(item)
                    item = VALID
                if isinstance(item, int):
                    self._send(item, {"error": {"message": f"scripted {item}", "type": "server_error"}})
                    return
                prompt = sum(len(m["content"]) for m in body["messages"]) // 4
                reply = {
                    "id": f"c{len(fake.requests)}",
                    "object": "chat.completion",
                    "created": 0,
                    "model": body["model"],
                    "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": item}}],
                }
                if fake.usage:
                    reply["usage"] = {"prompt_tokens": prompt, "completion_tokens": 50, "total_tokens": prompt + 50}
                self._send(200, reply)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server_factory():
    servers = []

    def make(script, **kw):
        s = FakeServer(script, **kw)
        servers.append(s)
        return s

    yield make
    for s in servers:
        s.stop()


def dead_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def config(url, tmp_path, **kw) -> LLMConfig:
    base = dict(url=url, model="fake", cache_dir=tmp_path / "cache", rounds=2, candidates_per_round=1,
                candidates_per_head=4, max_retries=2, backoff_s=0.01, timeout_s=10)
    base.update(kw)
    return LLMConfig(**base)


def prompts(log):
    return [e["messages"][-1]["content"] for e in log if e["event"] == "prompt"]


# ---------------------------------------------------------------------------
# Prompt contents


def test_compact_reference_is_bounded_and_lists_every_feature():
    ref = llm.compact_reference()
    assert len(ref) < 6000  # about 1,500 tokens at most
    for name in FEATURES:
        assert f"- {name}(p)" in ref
    assert "last(cls, p)" in ref and "decay(x, h)" in ref


def test_reference_choices(tmp_path):
    cfg = LLMConfig(url="x", model="m", reference="full", reference_max_chars=2000)
    assert len(llm.language_reference(cfg)) < 2100
    own = tmp_path / "ref.md"
    own.write_text("my own reference")
    assert llm.language_reference(LLMConfig(url="x", model="m", reference=str(own))) == "my own reference"
    with pytest.raises(llm.HeadprogError, match="reference"):
        llm.language_reference(LLMConfig(url="x", model="m", reference="nope"))


def test_evidence_has_bands_edges_and_tokens(store):
    cfg = LLMConfig(url="x", model="m", evidence_sequences=2)
    text = llm.format_evidence(store, 0, 1, store.examples, cfg)
    assert "Share of this head's attention" in text
    assert "- previous token (k == q - 1): 0.73" in text
    assert "- first token (k == 0): 0.38" in text
    assert "top 2% of edges" in text and "top 2-5% of edges" in text
    assert "q=1 ' cat' -> k=0 'The' (q-k=1) weight 1.00" in text  # both weights on k=0
    assert "q=2 ' sat' -> k=1 ' cat' (q-k=1) weight 0.70" in text
    assert "Sequence 1 (11 tokens)" in text and "Sequence 2 (11 tokens)" in text
    assert "Sequence 3" not in text  # only evidence_sequences are shown


def test_misfit_edges_name_over_and_under_predicted_edges(store):
    program = parse_program('"""\nheadprog: 1\nfeatures: v1\n"""\n@program\ndef p(q, k):\n    return k == q - 1\n')
    over, under = llm.misfit_edges(program, store, 0, 1, store.examples[:1], 3)
    # The head puts 0.7 on q - 1 and 0.3 on the first token; the program 1.0 on q - 1 and nothing on k = 0.
    assert over == [f"  seq 1: q={q} {t} -> k={q - 1} {s} (q-k=1): program 1.00, head 0.70"
                    for q, t, s in ((2, "' sat'", "' cat'"), (3, "' on'", "' sat'"), (4, "' the'", "' on'"))]
    assert under == [f"  seq 1: q={q} {t} -> k=0 'The' (q-k={q}): program 0.00, head 0.30"
                     for q, t in ((2, "' sat'"), (3, "' on'"), (4, "' the'"))]


# ---------------------------------------------------------------------------
# Replies


def test_parse_reply_valid_with_header():
    parsed = parse_reply(VALID)
    assert parsed.error is None and parsed.repairs == ()
    assert parsed.file.program().name == "previous_with_sink"


def test_parse_reply_repairs_header_and_decorator():
    parsed = parse_reply(BARE)
    assert parsed.error is None
    assert parsed.repairs == ("added the header", "added @program before prev")
    assert parsed.file.program().name == "prev"


def test_parse_reply_rejects_with_location_and_line():
    parsed = parse_reply(MALFORMED, filename="reply-r0s0")
    assert parsed.file is None
    assert parsed.error.startswith("reply-r0s0:7:1: ")  # after the 6 header lines added
    assert "import" in parsed.error
    assert parsed.line == "import numpy"


def test_parse_reply_without_fences_and_unclosed_fence():
    assert parse_reply('@program\ndef a(q, k):\n    return k == 0\n').error is None
    assert parse_reply("Sure!\n```python\ndef a(q, k):\n    return k == 0\n").error is None  # cut off at max_tokens
    assert "holds no program" in parse_reply("").error
    # The first block that parses wins, prose blocks and broken blocks notwithstanding.
    two = "```python\ndef a(q, k):\n    return k[0]\n```\ntry:\n```python\ndef b(q, k):\n    return k == 0\n```"
    assert parse_reply(two).file.program().name == "b"


# ---------------------------------------------------------------------------
# The whole loop against the fake server


def test_rejection_is_fed_back_and_valid_program_is_scored(store, server_factory, tmp_path):
    server = server_factory([MALFORMED, VALID])
    log: list[dict] = []
    cands = propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path), log=log)
    assert [c.valid for c in cands] == [False, True]
    bad, good = cands
    assert bad.error and bad.scores is None and bad.round == 0
    first, second = prompts(log)
    assert "rejected" not in first
    assert f"Your last program was rejected: {bad.error}" in second
    assert "the line: import numpy" in second
    # The second round refines the best so far? None was valid yet, so it has no best-program section.
    assert "best program so far" not in second
    assert good.round == 1 and good.scores.iou > 0.99 and good.scores.n == 3
    assert good.program.name == "previous_with_sink" and good.error is None
    assert good.tokens_used > 50 and not good.cached
    # What the server was asked.
    assert len(server.requests) == 2
    req = server.requests[0]
    assert req["model"] == "fake" and req["max_tokens"] == 400 and req["temperature"] == 0.7
    assert req["messages"][0]["role"] == "system" and "headprog language" in req["messages"][0]["content"]
    assert "```python" in req["messages"][1]["content"]
    assert [r["seed"] for r in server.requests] == [0, 1000]
    events = [e["event"] for e in log]
    assert events[0] == "start" and events[-1] == "done"
    assert {"prompt", "request", "reply", "rejected", "scored"} <= set(events)
    assert all(e["head"] == "L0H1" for e in log)
    json.dumps(log)  # a transcript is plain JSON


def test_refinement_prompt_shows_best_program_and_misfits(store, server_factory, tmp_path):
    server = server_factory([VALID])
    start = parse_program('"""\nheadprog: 1\nfeatures: v1\n"""\n@program\ndef prev(q, k):\n    return k == q - 1\n')
    log: list[dict] = []
    cands = propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path, rounds=2), best=start, log=log)
    first, second = prompts(log)
    for text, name in ((first, "prev"), (second, "previous_with_sink")):
        assert "The best program so far scores soft IoU" in text and f"def {name}(q, k):" in text
        assert "Where it gives too little weight (head > program):" in text
    assert "-> k=0 'The' (q-k=" in first and "program 0.00, head 0.30" in first
    assert "Your last program was valid and scored soft IoU 1.000." in second
    assert "Write a better program than the best so far" in first
    assert cands[0].valid


def test_retry_after_500_with_backoff(store, server_factory, tmp_path):
    server = server_factory([500, 503, VALID])
    log: list[dict] = []
    cands = propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path, rounds=1), log=log)
    assert len(cands) == 1 and cands[0].valid
    assert len(server.requests) == 3
    retries = [e for e in log if e["event"] == "retry"]
    assert [r["wait_s"] for r in retries] == [0.01, 0.02]
    assert "500" in retries[0]["error"] and "503" in retries[1]["error"]


def test_cache_makes_a_rerun_free_and_identical(store, server_factory, tmp_path):
    server = server_factory([MALFORMED, VALID, BARE])
    cfg = config(server.url, tmp_path, rounds=3)
    first = propose_for_head(store, 0, 1, store.examples, cfg)
    assert len(server.requests) == 3
    log: list[dict] = []
    again = propose_for_head(store, 0, 1, store.examples, config(dead_url(), tmp_path, rounds=3), log=log)
    assert len(server.requests) == 3
    assert [(c.text, c.error, c.round, c.key) for c in again] == [(c.text, c.error, c.round, c.key) for c in first]
    assert [c.scores for c in again] == [c.scores for c in first]
    assert all(c.cached and c.tokens_used == 0 for c in again)
    assert not any(c.cached for c in first)
    assert all(e["cached"] for e in log if e["event"] == "request")
    assert len(llm.ResponseCache(tmp_path / "cache")) == 3
    # Another temperature is another request.
    with pytest.raises(LLMUnavailable):
        propose_for_head(store, 0, 1, store.examples, config(dead_url(), tmp_path, temperature=0.2, max_retries=0))


def test_cache_survives_a_corrupt_entry(store, server_factory, tmp_path):
    server = server_factory([VALID, VALID])
    cfg = config(server.url, tmp_path, rounds=1)
    (first,) = propose_for_head(store, 0, 1, store.examples, cfg)
    path = llm.ResponseCache(tmp_path / "cache").path(first.key)
    path.write_text("{ half a JSON")
    (again,) = propose_for_head(store, 0, 1, store.examples, cfg)
    assert not again.cached and len(server.requests) == 2
    assert json.loads(path.read_text())["key"] == first.key


def test_candidate_budget(store, server_factory, tmp_path):
    server = server_factory([])
    log: list[dict] = []
    cfg = config(server.url, tmp_path, rounds=5, candidates_per_round=2, candidates_per_head=3)
    cands = propose_for_head(store, 0, 1, store.examples, cfg, log=log)
    assert len(cands) == 3 and len(server.requests) == 3
    assert [(c.round, c.sample) for c in cands] == [(0, 0), (0, 1), (1, 0)]
    assert "candidate budget" in log[-1]["stop"]


def test_token_budget_from_usage_and_estimate(store, server_factory, tmp_path):
    for usage in (True, False):
        server = server_factory([], usage=usage)
        log: list[dict] = []
        cfg = config(server.url, tmp_path / str(usage), rounds=10, candidates_per_head=10, max_tokens_per_head=5000)
        cands = propose_for_head(store, 0, 1, store.examples, cfg, log=log)
        spent = [c.tokens_used for c in cands]
        assert all(s > 1000 for s in spent)  # the prompt alone is over 1,000 tokens
        assert sum(spent[:-1]) < 5000 <= sum(spent)
        assert "token budget" in log[-1]["stop"] and log[-1]["tokens_used"] == sum(spent)


def test_unreachable_endpoint_raises_after_bounded_retries(store, tmp_path):
    waits: list[float] = []
    cfg = config(dead_url(), tmp_path, max_retries=3, backoff_s=0.5, backoff_max_s=1.5)
    client = LLMClient(cfg, sleep=waits.append)
    log: list[dict] = []
    with pytest.raises(LLMUnavailable, match="did not answer after 4 attempts") as info:
        propose_for_head(store, 0, 1, store.examples, cfg, log=log, client=client)
    assert waits == [0.5, 1.0, 1.5]
    assert client.requests == 4
    assert info.value.candidates == []
    assert log[-1]["event"] == "unavailable"
    assert isinstance(info.value, llm.HeadprogError)


def test_server_going_away_keeps_work_done(store, server_factory, tmp_path):
    server = server_factory([MALFORMED, VALID, "drop", "drop", "drop", "drop"])
    cfg = config(server.url, tmp_path, rounds=4)
    with pytest.raises(LLMUnavailable) as info:
        propose_for_head(store, 0, 1, store.examples, cfg)
    kept = info.value.candidates
    assert [c.valid for c in kept] == [False, True]
    assert len(server.requests) == 2 + 3  # the third request, tried 1 + max_retries times
    # Rerunning after the endpoint is back resumes from the cache: two replies free, then new requests.
    back = server_factory([BARE, BARE])
    cands = propose_for_head(store, 0, 1, store.examples, config(back.url, tmp_path, rounds=4))
    assert [c.cached for c in cands] == [True, True, False, False]
    assert [c.text for c in cands[:2]] == [c.text for c in kept]
    assert len(back.requests) == 2


def test_client_error_is_not_retried(store, server_factory, tmp_path):
    server = server_factory([400])
    with pytest.raises(LLMUnavailable, match="refused the request"):
        propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path))
    assert len(server.requests) == 1


def test_api_key_from_environment(store, server_factory, tmp_path, monkeypatch):
    server = server_factory([VALID, VALID])
    monkeypatch.delenv("MY_LLM_KEY", raising=False)
    propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path / "a", rounds=1, api_key_env="MY_LLM_KEY"))
    monkeypatch.setenv("MY_LLM_KEY", "secret-123")
    propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path / "b", rounds=1, api_key_env="MY_LLM_KEY"))
    auth = [h.get("authorization") for h in server.headers]
    assert auth == [f"Bearer {DUMMY_API_KEY}", "Bearer secret-123"]


def test_ping(server_factory, tmp_path):
    server = server_factory([])
    LLMClient(config(server.url, tmp_path)).ping()
    with pytest.raises(LLMUnavailable, match="unreachable"):
        LLMClient(config(dead_url(), tmp_path)).ping()


def test_deterministic_prompts_and_transcript(store, server_factory, tmp_path):
    runs = []
    for name in ("a", "b"):
        server = server_factory([MALFORMED, VALID, BARE])
        log: list[dict] = []
        propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path / name, rounds=3), log=log)
        runs.append((prompts(log), [r["seed"] for r in server.requests]))
        llm.write_transcript(log, tmp_path / f"{name}.jsonl")
    assert runs[0] == runs[1]
    lines = (tmp_path / "a.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["event"] == "start" and json.loads(lines[-1])["event"] == "done"


def test_worked_example_stop_strings_and_repeats(store, server_factory, tmp_path):
    server = server_factory([EXAMPLE_REPLY, EXAMPLE_REPLY])
    log: list[dict] = []
    cands = propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path / "a", stop=("\n```\n",)), log=log)
    req = server.requests[0]
    assert [m["role"] for m in req["messages"]] == ["system", "user", "assistant", "user"]
    assert req["messages"][2]["content"] == EXAMPLE_REPLY
    assert req["stop"] == ["\n```\n"]
    # A copy of the worked example is valid, but flagged, and the next prompt asks for something else.
    assert all(c.valid and c.repeat for c in cands)
    assert "try a different idea" in prompts(log)[1]
    propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path / "b", rounds=1, one_shot=False))
    req = server.requests[-1]
    assert [m["role"] for m in req["messages"]] == ["system", "user"] and "stop" not in req


def test_config_is_checked():
    with pytest.raises(llm.HeadprogError, match="rounds must be at least 1"):
        LLMConfig(url="http://x/v1", model="m", rounds=0)
    with pytest.raises(llm.HeadprogError, match="bands"):
        LLMConfig(url="http://x/v1", model="m", bands=(0.5, 0.1))
    assert LLMConfig(url="http://x/v1", model="m", stop=["a"]).stop == ("a",)


def test_timeout_is_retried(store, server_factory, tmp_path):
    server = server_factory([1.5, VALID])
    log: list[dict] = []
    cands = propose_for_head(store, 0, 1, store.examples, config(server.url, tmp_path, rounds=1, timeout_s=0.3), log=log)
    assert cands[0].valid and len(server.requests) == 2
    (retry,) = [e for e in log if e["event"] == "retry"]
    assert "Timeout" in retry["error"]

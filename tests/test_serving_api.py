"""``headprog serve`` end to end: the real ``openai`` client against a uvicorn server with the real engine and model.

The server runs in a background thread on a free loopback port and serves the
bundled SmolLM2-135M-Instruct (native: the HTTP layer is under test here; the
batching and hot-swap tests are elsewhere). Generations are kept to a few
tokens so that the module runs in well under two minutes on two cores.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("prometheus_client")

import openai  # noqa: E402

from headprog.serving.api import PROGRAMS_HEADER, BackgroundServer, create_app  # noqa: E402

pytestmark = pytest.mark.slow
KEY = "sk-headprog-test"
CHAT = [{"role": "user", "content": "Name one river in Europe."}]


def wait_for(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def start_server(max_batch=4, max_queue=16, api_key=KEY):
    from headprog.data import models
    from headprog.serving.engine import Engine

    engine = Engine(models.load("smollm2-135m"), max_batch=max_batch, max_queue=max_queue)
    engine.start()
    return engine, BackgroundServer(create_app(engine, api_key=api_key)).start()


@pytest.fixture(scope="module")
def served():
    engine, server = start_server()
    yield engine, server
    server.stop()
    engine.stop(drain=False, timeout=30)


@pytest.fixture()
def client(served):
    return openai.OpenAI(base_url=served[1].url + "/v1", api_key=KEY, max_retries=0, timeout=120)


@pytest.fixture()
def model(served):
    return served[0].model_id


def raw(server, method, path, body=None, key=KEY, data=None):
    """(status, headers, parsed JSON or text) of one plain HTTP request."""
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})}
    payload = data if data is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(server.url + path, data=payload, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            status, hdrs, text = resp.status, resp.headers, resp.read().decode()
    except urllib.error.HTTPError as err:
        status, hdrs, text = err.code, err.headers, err.read().decode()
    try:
        return status, hdrs, json.loads(text)
    except ValueError:
        return status, hdrs, text


def test_chat_whole_and_streamed_give_the_same_greedy_text(client, model):
    whole = client.chat.completions.with_raw_response.create(model=model, messages=CHAT, max_tokens=6, temperature=0)
    assert whole.headers[PROGRAMS_HEADER] == "native"
    out = whole.parse()
    assert out.id.startswith("chatcmpl-") and out.object == "chat.completion" and out.model == model
    assert out.choices[0].message.role == "assistant" and out.choices[0].message.content
    assert out.choices[0].finish_reason in ("length", "stop")
    assert out.usage.prompt_tokens > 10 and 1 <= out.usage.completion_tokens <= 6
    assert out.usage.total_tokens == out.usage.prompt_tokens + out.usage.completion_tokens

    chunks = list(client.chat.completions.create(
        model=model, messages=CHAT, max_tokens=6, temperature=0, stream=True, stream_options={"include_usage": True},
    ))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert all(c.id == chunks[0].id and c.object == "chat.completion.chunk" for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == out.choices[0].message.content
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == out.choices[0].finish_reason
    assert chunks[-1].choices == [] and chunks[-1].usage.model_dump(include={"prompt_tokens", "completion_tokens"}) == \
        out.usage.model_dump(include={"prompt_tokens", "completion_tokens"})


def test_completions_from_text_and_from_token_ids(served, client, model):
    prompt = "The river Thames flows through"
    text = client.completions.create(model=model, prompt=prompt, max_tokens=5, temperature=0)
    assert text.id.startswith("cmpl-") and text.object == "text_completion" and text.choices[0].text
    ids = served[0].tokenizer(prompt)["input_ids"]
    assert text.usage.prompt_tokens == len(ids)
    streamed = client.completions.create(model=model, prompt=ids, max_tokens=5, temperature=0, stream=True)
    assert "".join(c.choices[0].text for c in streamed if c.choices) == text.choices[0].text


def test_a_stop_string_ends_the_text_before_it(client, model):
    prompt = "One, two, three, four, five, six,"
    full = client.completions.create(model=model, prompt=prompt, max_tokens=8, temperature=0).choices[0].text
    words = full.split()
    assert len(words) >= 3, full
    stop = words[1]
    cut = client.completions.create(model=model, prompt=prompt, max_tokens=8, temperature=0, stop=[stop])
    assert cut.choices[0].finish_reason == "stop" and cut.choices[0].text == full[: full.index(stop)]


def test_sampling_with_a_seed_repeats(client, model):
    def sample():
        return client.completions.create(model=model, prompt="Once upon a time", max_tokens=5, temperature=1.0, top_p=0.9, seed=7).choices[0].text

    assert sample() == sample()


def test_errors_map_to_the_openai_exceptions(served, client, model):
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-4o", messages=CHAT, max_tokens=2)
    assert info.value.code == "model_not_found"
    for kwargs, param in (({"max_tokens": 0}, "max_tokens"), ({"max_completion_tokens": 0}, "max_completion_tokens"), ({"n": 2}, "n")):
        with pytest.raises(openai.BadRequestError) as info:
            client.chat.completions.create(model=model, messages=CHAT, **kwargs)
        assert info.value.param == param and info.value.type == "invalid_request_error"
    with pytest.raises(openai.BadRequestError) as info:  # longer than the model's 8192 positions
        client.completions.create(model=model, prompt="river " * 9000, max_tokens=2)
    assert info.value.param == "prompt" and "context" in info.value.message
    with pytest.raises(openai.BadRequestError) as info:  # fits, but not with the tokens asked for
        client.completions.create(model=model, prompt=[100] * (served[0].context_length - 4), max_tokens=16)
    assert info.value.param == "prompt"
    bad = openai.OpenAI(base_url=served[1].url + "/v1", api_key="wrong-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as info:
        bad.chat.completions.create(model=model, messages=CHAT, max_tokens=2)
    assert info.value.code == "invalid_api_key"
    status, _, out = raw(served[1], "POST", "/v1/chat/completions", {"model": model, "messages": CHAT}, key=None)
    assert status == 401 and "missing API key" in out["error"]["message"]
    status, _, out = raw(served[1], "POST", "/v1/chat/completions", data=b'{"model": ')
    assert status == 400 and out["error"]["type"] == "invalid_request_error"
    status, _, out = raw(served[1], "POST", "/v1/chat/completions", {"model": model})
    assert status == 400 and out["error"]["param"] == "messages"


def test_models_health_metrics_and_heads(served, client, model):
    engine, server = served
    assert [m.id for m in client.models.list()] == [model]
    assert raw(server, "GET", "/health", key=None)[:3:2] == (200, {"status": "ready"})
    status, _, info = raw(server, "GET", "/v1/headprog/heads")
    assert status == 200 and info == engine.programs_info() and info["version"] == "native" and info["heads"] == []
    assert raw(server, "GET", "/v1/headprog/heads", key=None)[0] == 401
    client.completions.create(model=model, prompt="Rivers", max_tokens=3, temperature=0)
    status, _, text = raw(server, "GET", "/metrics", key=None)
    assert status == 200
    for name in ("headprog_requests_running ", "headprog_requests_waiting ", "headprog_time_to_first_token_seconds_count",
                 "headprog_inter_token_latency_seconds_bucket", "headprog_request_duration_seconds_sum", "headprog_prompt_tokens_total",
                 "headprog_generation_tokens_total", 'headprog_requests_total{route="/v1/completions",status="200"}',
                 'headprog_requests_served_total{programs="native"}', 'version="native"'):
        assert name in text, name


def test_a_refused_program_set_keeps_the_old_one_serving(served, client, model, tmp_path):
    server = served[1]
    assert raw(server, "POST", "/v1/headprog/programs", {"programs": str(tmp_path)}, key=None)[0] == 401
    status, _, out = raw(server, "POST", "/v1/headprog/programs", {"programs": str(tmp_path / "missing")})
    assert status == 400 and out["error"]["code"] == "programs_refused", out
    assert raw(server, "GET", "/v1/headprog/heads")[2]["version"] == "native"
    reply = client.completions.with_raw_response.create(model=model, prompt="Still", max_tokens=2, temperature=0)
    assert reply.headers[PROGRAMS_HEADER] == "native"


def test_a_client_leaving_mid_stream_frees_its_slot(served, client, model):
    engine = served[0]
    stream = client.completions.create(model=model, prompt="A long story about rivers:", max_tokens=400, temperature=0, stream=True)
    chunks = iter(stream)
    next(chunks)
    next(chunks)
    assert engine.running == 1
    stream.close()
    assert wait_for(lambda: engine.running == 0 and engine.waiting == 0, 20), (engine.running, engine.waiting)
    assert client.completions.create(model=model, prompt="Next", max_tokens=2, temperature=0).usage.completion_tokens >= 1


def test_a_flood_gets_429_with_retry_after_and_a_stopped_engine_503():
    engine, server = start_server(max_batch=1, max_queue=1, api_key=None)
    try:
        client = openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=120)
        model = engine.model_id
        running = client.completions.create(model=model, prompt="Rivers of the world:", max_tokens=200, temperature=0, stream=True)
        first = iter(running)
        next(first)  # in the batch now
        with ThreadPoolExecutor(1) as pool:
            queued = pool.submit(client.completions.create, model=model, prompt="Queued", max_tokens=2, temperature=0)
            assert wait_for(lambda: engine.waiting == 1)
            with pytest.raises(openai.RateLimitError) as info:
                client.completions.create(model=model, prompt="One too many", max_tokens=2)
            assert int(info.value.response.headers["retry-after"]) >= 1
            running.close()  # frees the slot for the queued request
            assert queued.result(timeout=60).usage.completion_tokens >= 1
        engine.stop(drain=True, timeout=30)
        with pytest.raises(openai.InternalServerError) as info:
            client.completions.create(model=model, prompt="Anyone?", max_tokens=2)
        assert info.value.status_code == 503
        assert raw(server, "GET", "/health", key=None)[0] == 503
    finally:
        server.stop()
        if engine.state != "stopped":
            engine.stop(drain=False, timeout=30)


def test_the_serve_command_drains_on_ctrl_c():
    """``headprog serve`` in a subprocess: it prints its URL, serves, and on SIGINT finishes the running stream, then exits 0."""
    import re
    import signal
    import subprocess
    import sys
    import threading

    proc = subprocess.Popen([sys.executable, "-m", "headprog.cli", "serve", "--port", "0", "--max-batch", "2", "--log-level", "warning"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True).start()  # keeps the pipe from filling
    try:
        assert wait_for(lambda: any("OpenAI API at" in x for x in lines) or proc.poll() is not None, 120), "".join(lines)
        url = re.search(r"(http://\S+/v1)", "".join(lines)).group(1)
        client = openai.OpenAI(base_url=url, api_key="unused", max_retries=0, timeout=120)
        model = client.models.list().data[0].id
        stream = iter(client.completions.create(model=model, prompt="Rivers:", max_tokens=8, temperature=0, stream=True))
        next(stream)
        proc.send_signal(signal.SIGINT)
        assert [c.choices[0].finish_reason for c in stream if c.choices][-1] == "length"  # the running request was drained
        assert proc.wait(60) == 0, "".join(lines)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()

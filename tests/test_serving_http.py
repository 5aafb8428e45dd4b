"""The HTTP layer of ``headprog serve`` over a scripted stand-in engine (no model: fast).

The real engine and model are tested in test_serving_api.py; here the engine
is scripted to reach what a real model does not do on demand (a failure in
the middle of a stream, an engine that is down), and the real ``openai``
client checks that every answer reads as it would from the OpenAI API.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
import time
import urllib.error
import urllib.request

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("prometheus_client")

import openai  # noqa: E402

from headprog.serving.api import PROGRAMS_HEADER, BackgroundServer, create_app  # noqa: E402
from helpers.fake_engine import FakeEngine  # noqa: E402

KEY = "test-key"


@pytest.fixture(scope="module")
def served():
    engine = FakeEngine()
    engine.start()
    with BackgroundServer(create_app(engine, api_key=KEY)) as server:
        yield engine, server
    engine.stop()


@pytest.fixture()
def client(served):
    return openai.OpenAI(base_url=served[1].url + "/v1", api_key=KEY, max_retries=0, timeout=20)


def wait_for(condition, timeout=10.0):
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
    return condition()


def raw(server, method, path, body=None, key=KEY, data=None):
    """(status, headers, parsed JSON or text) of one plain HTTP request."""
    headers = {"Content-Type": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    payload = data if data is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(server.url + path, data=payload, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            status, hdrs, text = resp.status, resp.headers, resp.read().decode()
    except urllib.error.HTTPError as err:
        status, hdrs, text = err.code, err.headers, err.read().decode()
    try:
        return status, hdrs, json.loads(text)
    except ValueError:
        return status, hdrs, text


def test_chat_and_completion_read_as_openai_objects(client):
    chat = client.chat.completions.with_raw_response.create(model="fake-model", messages=[{"role": "user", "content": "hi there"}], max_tokens=3)
    assert chat.headers[PROGRAMS_HEADER] == "native"
    out = chat.parse()
    assert out.id.startswith("chatcmpl-") and out.object == "chat.completion"
    assert out.choices[0].message.content == "w0 w1 w2 " and out.choices[0].finish_reason == "length"
    assert out.usage.prompt_tokens == 4 and out.usage.completion_tokens == 3 and out.usage.total_tokens == 7  # <user> hi there <assistant>
    comp = client.completions.create(model="fake-model", prompt="one two", max_tokens=2)
    assert comp.id.startswith("cmpl-") and comp.object == "text_completion"
    assert comp.choices[0].text == "w0 w1 " and comp.usage.prompt_tokens == 2


def test_streams_end_with_usage_and_done(client):
    chunks = list(client.chat.completions.create(
        model="fake-model", messages=[{"role": "user", "content": "hi"}], max_tokens=4, stream=True, stream_options={"include_usage": True},
    ))
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "w0 w1 w2 w3 "
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "length"
    assert chunks[-1].choices == [] and chunks[-1].usage.completion_tokens == 4
    assert all(c.usage is None for c in chunks[:-1])
    texts = [c.choices[0].text for c in client.completions.create(model="fake-model", prompt=[11, 12, 13], max_tokens=2, stream=True)]
    assert "".join(texts) == "w0 w1 "


def test_a_failure_mid_stream_is_an_error_chunk_and_the_server_keeps_serving(client):
    stream = client.completions.create(model="fake-model", prompt="FAIL_MID now", max_tokens=8, stream=True)
    got = []
    with pytest.raises(openai.APIError, match="scripted failure in the middle") as info:
        for chunk in stream:
            got.append(chunk.choices[0].text)
    assert got == ["w0 ", "w1 "] and info.value.type == "server_error"
    with pytest.raises(openai.InternalServerError, match="scripted failure before the start"):
        client.completions.create(model="fake-model", prompt="FAIL_EARLY", max_tokens=2)
    with pytest.raises(openai.InternalServerError, match="in the middle"):
        client.completions.create(model="fake-model", prompt="FAIL_MID", max_tokens=8)
    assert client.completions.create(model="fake-model", prompt="still here", max_tokens=1).choices[0].text == "w0 "


@pytest.mark.parametrize("body, param", [
    ({"messages": [{"role": "user", "content": "x"}]}, "model"),
    ({"model": "fake-model"}, "messages"),
    ({"model": "fake-model", "messages": []}, "messages"),
    ({"model": "fake-model", "messages": [{"content": "x"}]}, "messages.0.role"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": "x"}], "max_tokens": 0}, "max_tokens"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": "x"}], "max_completion_tokens": -1}, "max_completion_tokens"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": "x"}], "n": 2}, "n"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": "x"}], "temperature": 5}, "temperature"),
    ({"model": "fake-model", "messages": [{"role": "wizard", "content": "x"}]}, "messages"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}]}, "messages"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": "x " * 70}]}, "messages"),
    ({"model": "fake-model", "messages": [{"role": "user", "content": "x"}], "max_tokens": 62}, "messages"),
])
def test_bad_chat_requests_are_400_naming_the_field(served, body, param):
    status, _, out = raw(served[1], "POST", "/v1/chat/completions", body)
    assert status == 400, out
    assert out["error"]["type"] == "invalid_request_error" and out["error"]["param"] == param, out


@pytest.mark.parametrize("body, param", [
    ({"model": "fake-model", "prompt": 5}, "prompt"),
    ({"model": "fake-model", "prompt": ["a", "b"]}, "prompt"),
    ({"model": "fake-model", "prompt": [5000]}, "prompt"),
    ({"model": "fake-model", "prompt": ""}, "prompt"),
    ({"model": "fake-model", "prompt": "x", "echo": True}, "echo"),
    ({"model": "fake-model", "prompt": "x", "stop": ["", "a"]}, "stop"),
])
def test_bad_completion_requests_are_400_naming_the_field(served, body, param):
    status, _, out = raw(served[1], "POST", "/v1/completions", body)
    assert status == 400 and out["error"]["param"] == param, out


def test_malformed_json_unknown_route_and_extra_fields(served, client):
    status, _, out = raw(served[1], "POST", "/v1/chat/completions", data=b"{not json")
    assert status == 400 and "not valid JSON" in out["error"]["message"]
    status, _, out = raw(served[1], "POST", "/v1/chat/completions", data=b"[1, 2]")
    assert status == 400
    status, _, out = raw(served[1], "GET", "/v1/nothing-here")
    assert status == 404 and out["error"]["code"] == "unknown_url"
    out = client.chat.completions.create(model="fake-model", messages=[{"role": "user", "content": "x", "name": "me"}], max_tokens=1,
                                         extra_body={"frequency_penalty": 0.0, "user": "u", "something_new": {"a": 1}})
    assert out.choices[0].message.content == "w0 "


def test_openai_exceptions_for_model_key_and_limits(served, client):
    with pytest.raises(openai.NotFoundError) as info:
        client.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "x"}])
    assert info.value.code == "model_not_found" and info.value.param == "model"
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-9")
    assert client.models.retrieve("fake-model").id == "fake-model"
    wrong = openai.OpenAI(base_url=served[1].url + "/v1", api_key="wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        wrong.completions.create(model="fake-model", prompt="x", max_tokens=1)
    with pytest.raises(openai.AuthenticationError):
        wrong.models.list()
    status, _, _ = raw(served[1], "GET", "/v1/models", key=None)
    assert status == 401
    with pytest.raises(openai.BadRequestError) as info:
        client.completions.create(model="fake-model", prompt="x", max_tokens=0)
    assert info.value.param == "max_tokens"
    with pytest.raises(openai.BadRequestError) as info:
        client.completions.create(model="fake-model", prompt="x", n=2)
    assert info.value.param == "n"


def test_health_metrics_models_and_heads(served, client):
    engine, server = served
    assert [m.id for m in client.models.list()] == ["fake-model"]
    status, _, out = raw(server, "GET", "/health", key=None)
    assert status == 200 and out == {"status": "ready"}
    status, _, out = raw(server, "GET", "/v1/headprog/heads")
    assert status == 200 and out["version"] == "native"
    client.completions.create(model="fake-model", prompt="count me", max_tokens=2)
    status, headers, text = raw(server, "GET", "/metrics", key=None)
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    for name in ("headprog_requests_running", "headprog_requests_waiting", "headprog_time_to_first_token_seconds_bucket",
                 "headprog_inter_token_latency_seconds_count", "headprog_prompt_tokens_total", "headprog_generation_tokens_total",
                 'headprog_requests_total{route="/v1/completions",status="200"}', 'headprog_requests_served_total{programs="native"}',
                 'headprog_program_set_info{heads="0",programs="None",version="native"}'):
        assert name in text, name


def test_admin_route_needs_the_key_and_refuses_bad_sets(served):
    server = served[1]
    status, _, out = raw(server, "POST", "/v1/headprog/programs", {"programs": None}, key=None)
    assert status == 401
    status, _, out = raw(server, "POST", "/v1/headprog/programs", {"programs": "/no/such/folder"})
    assert status == 400 and out["error"]["code"] == "programs_refused", out
    status, _, out = raw(server, "POST", "/v1/headprog/programs", {"programs": None, "head": "L1H1"})
    assert status == 400 and out["error"]["param"] == "head"
    status, _, out = raw(server, "POST", "/v1/headprog/programs", {"programs": None, "heads": "L1H1"})
    assert status == 400 and out["error"]["param"] == "heads"


def test_a_full_queue_is_429_with_retry_after_and_a_stopped_engine_503():
    engine = FakeEngine(max_batch=1, max_queue=1)
    engine.start()
    with BackgroundServer(create_app(engine)) as server:
        client = openai.OpenAI(base_url=server.url + "/v1", api_key="none", max_retries=0, timeout=20)
        with ThreadPoolExecutor(2) as pool:
            # one request in the batch, then one in the queue (each answers only once it starts)
            busy = []
            for running, waiting in ((1, 0), (1, 1)):
                busy.append(pool.submit(client.completions.create, model="fake-model", prompt="SLOW", max_tokens=8))
                deadline = time.monotonic() + 10
                while (engine.running, engine.waiting) != (running, waiting) and time.monotonic() < deadline:
                    time.sleep(0.005)
            with pytest.raises(openai.RateLimitError) as info:
                client.completions.create(model="fake-model", prompt="x", max_tokens=1)
            assert info.value.response.headers["retry-after"] == "2" and info.value.code == "queue_full"
            assert [f.result().usage.completion_tokens for f in busy] == [8, 8]
        engine.stop()
        with pytest.raises(openai.InternalServerError) as info:
            client.completions.create(model="fake-model", prompt="x", max_tokens=1)
        assert info.value.status_code == 503
        status, _, out = raw(server, "GET", "/health", key=None)
        assert status == 503 and out == {"status": "stopped"}


def test_a_client_leaving_mid_stream_cancels_its_request(served, client):
    engine = served[0]
    before = engine.cancelled
    stream = client.completions.create(model="fake-model", prompt="SLOW leave", max_tokens=50, stream=True)
    next(iter(stream))
    stream.close()
    assert wait_for(lambda: engine.running == 0 and engine.cancelled == before + 1), (engine.running, engine.cancelled)


def test_a_client_giving_up_while_queued_or_waiting_cancels_its_request():
    engine = FakeEngine(max_batch=1, max_queue=4)
    engine.start()
    with BackgroundServer(create_app(engine)) as server:
        client = openai.OpenAI(base_url=server.url + "/v1", api_key="none", max_retries=0, timeout=20)
        impatient = client.with_options(timeout=0.5)
        with ThreadPoolExecutor(1) as pool:
            busy = pool.submit(client.completions.create, model="fake-model", prompt="SLOW", max_tokens=15)
            assert wait_for(lambda: engine.running == 1)
            with pytest.raises(openai.APITimeoutError):  # still queued behind the slow one when it gives up
                impatient.completions.create(model="fake-model", prompt="queued", max_tokens=3)
            assert busy.result().usage.completion_tokens == 15
        with pytest.raises(openai.APITimeoutError):  # gives up in the middle of a whole (non-streamed) answer
            impatient.completions.create(model="fake-model", prompt="SLOW again", max_tokens=30)
        assert wait_for(lambda: engine.cancelled == 2 and engine.running == 0), (engine.cancelled, engine.running)
    engine.stop()

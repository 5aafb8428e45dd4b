"""Batching and hot swaps through the server: the real ``openai`` client, the bundled model and its shipped programs.

- 16 concurrent greedy requests each return what the same request returns alone;
- a swap while 8 clients stream: no stream fails or is cut short, and each
  output equals the greedy output of the set its ``x-headprog-programs``
  header names.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("prometheus_client")

import openai  # noqa: E402

from headprog.serving.api import PROGRAMS_HEADER, BackgroundServer, create_app  # noqa: E402

pytestmark = pytest.mark.slow
PROMPTS = [
    "The river", "Paris is the capital of", "Once upon a time", "The three primary colours are",
    "Water boils at", "The largest planet", "In 1492,", "A triangle has",
]  # fmt: skip
TOKENS = 6


@pytest.fixture(scope="module")
def served():
    from headprog.data import models
    from headprog.serving.engine import Engine, load_programs, resolve_heads

    loaded = models.load("smollm2-135m")
    programs = load_programs("bundled")
    heads = resolve_heads(loaded, programs, None, 0.1)
    engine = Engine(loaded, programs, heads, max_batch=8, max_queue=64)
    engine.start()
    server = BackgroundServer(create_app(engine)).start()
    yield engine, server, loaded, programs, heads
    server.stop()
    engine.stop(drain=False, timeout=30)


def complete(url: str, prompt: str) -> tuple[str, str, str]:
    """(text, finish reason, program-set header) of one streamed greedy completion."""
    client = openai.OpenAI(base_url=url + "/v1", api_key="none", max_retries=0, timeout=300)
    with client.completions.with_streaming_response.create(model="SmolLM2-135M-Instruct", prompt=prompt, max_tokens=TOKENS, temperature=0, stream=True) as response:
        header = response.headers[PROGRAMS_HEADER]
        text, finish = "", None
        for chunk in response.parse():
            text += chunk.choices[0].text
            finish = chunk.choices[0].finish_reason or finish
    return text, finish, header


def test_concurrent_greedy_requests_equal_each_request_alone(served):
    engine, server, *_ = served
    alone = {p: complete(server.url, p) for p in PROMPTS}
    steps = engine.steps
    with ThreadPoolExecutor(16) as pool:
        together = list(pool.map(lambda p: complete(server.url, p), PROMPTS * 2))
    for prompt, got in zip(PROMPTS * 2, together):
        assert got == alone[prompt]
    assert engine.steps - steps < 16 * TOKENS  # the requests advanced together


def test_hot_swap_while_clients_stream(served):
    engine, server, loaded, programs, heads = served
    from headprog.serving.engine import resolve_heads

    before = engine.programs_info()["version"]
    reference = {before: {p: complete(server.url, p)[0] for p in PROMPTS}}
    other = resolve_heads(loaded, programs, None, 0.05)
    with ThreadPoolExecutor(9) as pool:
        streams = [pool.submit(complete, server.url, p) for p in PROMPTS]
        swapped = pool.submit(engine.swap, programs, other)
        later = [pool.submit(complete, server.url, p) for p in PROMPTS]
        results = [f.result() for f in streams + later]
        after = swapped.result()["version"]
    assert after != before
    reference[after] = {p: complete(server.url, p)[0] for p in PROMPTS}
    assert {h for _, _, h in results} <= {before, after}
    for prompt, (text, finish, header) in zip(PROMPTS * 2, results):
        assert finish in ("length", "stop")
        assert text == reference[header][prompt]
    engine.swap(programs, heads)

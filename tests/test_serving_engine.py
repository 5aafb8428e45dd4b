"""The serving engine on a tiny Llama with programs: batched greedy decoding equals each request alone.

Rows of different lengths join a running batch (left padding), leave when
done or cancelled, and a swap waits for the batch to empty. The HTTP layer
is tested in test_serving_http.py and test_serving_api.py.
"""

from __future__ import annotations

import time

import pytest
import torch

from helpers.program_sets import write_set
from helpers.tiny_models import assign_classic, quarter_of_heads
from headprog.hybrid import HybridModel
from headprog.language.program_set import head_name
from headprog.serving.batch import BatchCache
from headprog.serving.engine import Engine
from headprog.serving.requests import Failed, Finished, SamplingParams, Started, TokenDelta

PROMPTS = ["The cat sat on the mat . The dog", "Paris is", "the capital of the cat is the mat and the dog sat on it ."]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from headprog.data import models
    from helpers.tiny_models import save_tiny_model

    folder = save_tiny_model(tmp_path_factory.mktemp("engine") / "llama", "llama", seed=3)
    lm = models.load(str(folder))
    pset = write_set(tmp_path_factory.mktemp("programs"), lm, assign_classic(lm))
    heads = [head_name(*h) for h in quarter_of_heads(lm, seed=6)]
    return lm, pset, heads


def alone(lm, pset, heads, prompt_ids: list[int], new: int) -> list[int]:
    """Greedy tokens of one prompt through HybridModel.generate (the reference a server must match)."""
    with HybridModel(lm, pset, heads) as hybrid, torch.no_grad():
        out = hybrid.generate(torch.tensor([prompt_ids]), max_new_tokens=new, do_sample=False, pad_token_id=lm.tokenizer.pad_token_id)
    tokens = out[0, len(prompt_ids) :].tolist()
    eos = lm.tokenizer.eos_token_id
    return tokens[: tokens.index(eos)] if eos in tokens else tokens


def collect(stream) -> tuple[list[int], list]:
    events = list(stream.events(timeout=120))
    return [e.token_id for e in events if isinstance(e, TokenDelta) and e.token_id >= 0], events


def test_batched_greedy_equals_each_request_alone(served):
    lm, pset, heads = served
    ids = [lm.tokenizer(p)["input_ids"] for p in PROMPTS]
    lengths = [9, 5, 12]
    expected = [alone(lm, pset, heads, i, n) for i, n in zip(ids, lengths)]
    engine = Engine(lm, pset, heads, max_batch=4)
    engine.start()
    try:
        streams = [engine.submit(i, SamplingParams(max_tokens=n, temperature=0)) for i, n in zip(ids, lengths)]
        results = [collect(s) for s in streams]
        # a late request joins a batch that is already running
        late = [engine.submit(ids[0], SamplingParams(max_tokens=6, temperature=0)) for _ in range(2)]
        results += [collect(s) for s in late]
    finally:
        engine.stop()
    for (tokens, events), want in zip(results, expected + [expected[0][:6]] * 2):
        assert isinstance(events[0], Started) and events[0].programs != "native"
        assert isinstance(events[-1], Finished)
        assert tokens == want
        assert events[-1].completion_tokens == len(tokens)
    assert engine.steps < sum(lengths) + 12  # rows advanced together, not one request after another


def test_batch_cache_and_states_move_rows_together(served):
    """merge / select on the cache and the hybrid state keep each row's logits those of the row alone."""
    from transformers import DynamicCache

    lm, pset, heads = served
    ids = [lm.tokenizer(p)["input_ids"] for p in PROMPTS]
    with HybridModel(lm, pset, heads) as hybrid, torch.no_grad():
        parts, states, refs = [], [], []
        for row in ids:
            out = hybrid(input_ids=torch.tensor([row]), cache=DynamicCache(), use_cache=True)
            parts.append(BatchCache.from_cache(out.cache))
            states.append(hybrid.take_state())
            nxt = out.logits[0, -1].argmax().item()
            ref = hybrid(input_ids=torch.tensor([row + [nxt]])).logits[0, -1]
            refs.append((nxt, ref))
        cache = BatchCache.merge(parts)
        hybrid.set_state(hybrid.merge_states(states))
        tokens = torch.tensor([[n] for n, _ in refs])
        out = hybrid(input_ids=tokens, attention_mask=cache.attention_mask(), position_ids=cache.position_ids(), cache=cache.dynamic_cache(), use_cache=True)
        for b, (_, ref) in enumerate(refs):
            torch.testing.assert_close(out.logits[b, -1], ref, atol=1e-4, rtol=0)
        cache.update_from(out.cache)
        keep = [2, 0]
        cache = cache.select(keep)
        hybrid.set_state(hybrid.select_state(hybrid.take_state(), keep))
        assert cache.width == len(ids[2]) + 1 and cache.offsets == [0, len(ids[2]) - len(ids[0])]
        step = torch.tensor([[7], [9]])
        out = hybrid(input_ids=step, attention_mask=cache.attention_mask(), position_ids=cache.position_ids(), cache=cache.dynamic_cache(), use_cache=True)
        for b, r in enumerate(keep):
            full = hybrid(input_ids=torch.tensor([ids[r] + [refs[r][0], int(step[b, 0])]])).logits[0, -1]
            torch.testing.assert_close(out.logits[b, -1], full, atol=1e-4, rtol=0)


def test_cancel_frees_the_slot_and_swap_waits_for_the_batch(served):
    lm, pset, heads = served
    ids = lm.tokenizer(PROMPTS[0])["input_ids"]
    expected = alone(lm, pset, heads, ids, 4)
    engine = Engine(lm, None, max_batch=1)
    engine.start()
    try:
        assert engine.programs_info()["version"] == "native"
        first = engine.submit(ids, SamplingParams(max_tokens=60, temperature=0))
        second = engine.submit(ids, SamplingParams(max_tokens=3, temperature=0))
        events = first.events(timeout=60)
        assert isinstance(next(events), Started)
        first.cancel()
        assert isinstance(list(events)[-1], (Failed, Finished))
        tokens, done = collect(second)
        assert isinstance(done[-1], Finished)
        info = engine.swap(pset, heads)
        assert info["version"] != "native" and len(info["heads"]) == len(heads)
        third = engine.submit(ids, SamplingParams(max_tokens=4, temperature=0))
        tokens, events = collect(third)
        assert events[0].programs == info["version"]
        assert tokens == expected
        deadline = time.monotonic() + 5
        while engine.running and time.monotonic() < deadline:
            time.sleep(0.01)
        assert engine.running == 0
    finally:
        engine.stop()


def test_sampling_is_repeatable_with_a_seed(served):
    lm, pset, heads = served
    ids = lm.tokenizer(PROMPTS[1])["input_ids"]
    engine = Engine(lm, pset, heads, max_batch=2)
    engine.start()
    try:
        runs = [collect(engine.submit(ids, SamplingParams(max_tokens=8, temperature=1.0, top_p=0.9, seed=11)))[0] for _ in range(2)]
    finally:
        engine.stop()
    assert runs[0] == runs[1]


def test_start_engine_builds_and_serves_on_one_thread(served):
    """start_engine: the engine is built on the thread that serves it; a failing build raises in the caller."""
    import threading

    from headprog.errors import HeadprogError
    from headprog.serving.engine import start_engine

    lm, pset, heads = served
    ids = lm.tokenizer(PROMPTS[1])["input_ids"]
    expected = alone(lm, pset, heads, ids, 4)  # before the engine wraps the model
    built_on: list[threading.Thread] = []

    def build() -> Engine:
        built_on.append(threading.current_thread())
        return Engine(lm, pset, heads, max_batch=2)

    engine = start_engine(build)
    try:
        assert built_on[0] is not threading.current_thread() and engine._thread is built_on[0]
        tokens, events = collect(engine.submit(ids, SamplingParams(max_tokens=4, temperature=0)))
        assert tokens == expected and isinstance(events[-1], Finished)
    finally:
        engine.stop(drain=False)
    assert not built_on[0].is_alive()

    def broken() -> Engine:
        raise HeadprogError("no such model")

    with pytest.raises(HeadprogError, match="no such model"):
        start_engine(broken)

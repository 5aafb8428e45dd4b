"""A stand-in for :class:`headprog.serving.engine.Engine` with the same public surface and no model.

It lets the HTTP layer's tests reach states a real model does not produce on
demand: a request that fails before it starts or in the middle of its stream,
an engine that is down, a slow step. Words are tokens; the n-th generated
token of every request is the word ``wn`` followed by a space.

Prompt words that script a request: ``FAIL_EARLY`` (fails before Started),
``FAIL_MID`` (fails after two tokens), ``SLOW`` (each step sleeps 0.1 s).
"""

from __future__ import annotations

import queue
import threading
import time
from typing import Any

from headprog.errors import HeadprogError
from headprog.serving.requests import (
    EngineUnavailable,
    Failed,
    Finished,
    PromptTooLong,
    QueueFull,
    RequestStream,
    SamplingParams,
    Started,
    TokenDelta,
)


class FakeTokenizer:
    """Whitespace tokenization; the chat template tags each message with its role."""

    chat_template = "{{ fake }}"

    def __init__(self) -> None:
        self.words: dict[str, int] = {}

    def __len__(self) -> int:
        return 1000

    def token(self, word: str) -> int:
        return self.words.setdefault(word, len(self.words) + 10)

    def __call__(self, text: str) -> dict[str, list[int]]:
        return {"input_ids": [self.token(w) for w in text.split()]}

    def apply_chat_template(self, messages: list[dict[str, str]], add_generation_prompt: bool = False, tokenize: bool = True) -> Any:
        if any(m["role"] not in ("system", "user", "assistant") for m in messages):
            raise ValueError("roles must be system, user or assistant")
        text = " ".join(f"<{m['role']}> {m['content']}" for m in messages) + (" <assistant>" if add_generation_prompt else "")
        return {"input_ids": self(text)["input_ids"]}  # a mapping, as transformers 5's BatchEncoding


class FakeEngine:
    """Steps every admitted request by one token per step, up to ``max_batch`` at once."""

    def __init__(self, max_batch: int = 8, max_queue: int = 64, context_length: int = 64, step_s: float = 0.002) -> None:
        self.tokenizer = FakeTokenizer()
        self.loaded = None
        self.model_id = "fake-model"
        self.context_length = context_length
        self.max_batch = max_batch
        self.step_s = step_s
        self.state = "starting"
        self.version = "native"
        self.cancelled = 0
        self._queue: queue.Queue[RequestStream] = queue.Queue(maxsize=max_queue)
        self._rows: list[dict[str, Any]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def running(self) -> int:
        return len(self._rows)

    @property
    def waiting(self) -> int:
        return self._queue.qsize()

    def start(self) -> None:
        self.state = "ready"
        self._thread.start()

    def stop(self, drain: bool = True, timeout: float | None = None) -> None:
        self.state = "stopped"
        self._stop.set()
        self._thread.join(timeout)

    def submit(self, prompt_ids: list[int], params: SamplingParams, loop: Any = None) -> RequestStream:
        if self.state != "ready":
            raise EngineUnavailable(f"the engine is {self.state}")
        if len(prompt_ids) + params.max_tokens > self.context_length:
            raise PromptTooLong(f"context is {self.context_length} tokens")
        stream = RequestStream(list(prompt_ids), params, loop=loop)
        try:
            self._queue.put_nowait(stream)
        except queue.Full:
            raise QueueFull("the request queue is full", retry_after=2.0) from None
        return stream

    def swap(self, programs: Any, heads: Any) -> dict[str, Any]:
        raise HeadprogError("the fake engine cannot swap")

    def programs_info(self) -> dict[str, Any]:
        return {"version": self.version, "programs": None, "heads": []}

    def _words(self, stream: RequestStream) -> set[str]:
        names = {v: k for k, v in self.tokenizer.words.items()}
        return {names.get(i, "") for i in stream.prompt_ids}

    def _run(self) -> None:
        while not self._stop.is_set():
            while len(self._rows) < self.max_batch and not self._queue.empty():
                stream = self._queue.get_nowait()
                words = self._words(stream)
                if "FAIL_EARLY" in words:
                    stream.put(Failed("scripted failure before the start"))
                    continue
                stream.put(Started(self.version))
                self._rows.append({"stream": stream, "n": 0, "words": words})
            if not self._rows:
                time.sleep(0.002)
                continue
            time.sleep(0.1 if any("SLOW" in r["words"] for r in self._rows) else self.step_s)
            self._rows = [r for r in self._rows if self._step(r)]

    def _step(self, row: dict[str, Any]) -> bool:
        """Advance one request; whether it stays in the batch."""
        stream: RequestStream = row["stream"]
        if stream.cancelled.is_set():
            self.cancelled += 1
            return False
        if "FAIL_MID" in row["words"] and row["n"] == 2:
            stream.put(Failed("scripted failure in the middle"))
            return False
        stream.put(TokenDelta(row["n"] + 500, f"w{row['n']} "))
        row["n"] += 1
        if row["n"] >= stream.params.max_tokens:
            stream.put(Finished("length", len(stream.prompt_ids), row["n"]))
            return False
        return True

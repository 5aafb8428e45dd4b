"""What the HTTP layer and the engine exchange: sampling settings, one request's event stream, refusals.

The engine thread produces events; the HTTP layer (an asyncio event loop)
consumes them. A :class:`RequestStream` bridges the two: the engine calls
:meth:`RequestStream.put` from its thread, a consumer reads with
``async for event in stream`` (or :meth:`RequestStream.events` from a thread).
"""

from __future__ import annotations

import asyncio
import itertools
import queue
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field

from headprog.errors import HeadprogError

__all__ = [
    "EngineUnavailable",
    "Failed",
    "Finished",
    "PromptTooLong",
    "QueueFull",
    "RequestStream",
    "SamplingParams",
    "Started",
    "TokenDelta",
]


class EngineUnavailable(HeadprogError):
    """The engine is starting, draining or stopped (HTTP 503)."""


class QueueFull(HeadprogError):
    """The bounded request queue is full (HTTP 429); ``retry_after`` in seconds."""

    def __init__(self, message: str, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PromptTooLong(HeadprogError):
    """Prompt plus requested tokens exceed the model's context (HTTP 400, param ``messages`` / ``prompt``)."""


@dataclass(frozen=True)
class SamplingParams:
    """How to pick tokens: ``temperature == 0`` is greedy (the default of a test); ``seed`` makes sampling repeatable."""

    max_tokens: int = 16
    temperature: float = 1.0
    top_p: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()


@dataclass(frozen=True)
class Started:
    """The request was admitted to a batch and runs on program set ``programs`` (its version label)."""

    programs: str


@dataclass(frozen=True)
class TokenDelta:
    """One generated token and the text it adds (may be empty while a multi-byte character is incomplete).

    ``token_id`` -1: no new token, only text held back until the end (it could
    have started a stop string); not counted as a token.
    """

    token_id: int
    text: str


@dataclass(frozen=True)
class Finished:
    """The request ended: ``reason`` is ``"stop"`` (EOS or a stop string) or ``"length"`` (max tokens)."""

    reason: str
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class Failed:
    """The request failed alone (the engine keeps serving); ``message`` says why."""

    message: str


Event = Started | TokenDelta | Finished | Failed
_ids = itertools.count(1)


@dataclass
class RequestStream:
    """One request: its prompt, settings and the events the engine sends back.

    Thread-safe in one direction: the engine thread calls :meth:`put`; one
    consumer reads. :meth:`cancel` (a client went away) is honoured at the
    engine's next step, which frees the request's batch slot.
    """

    prompt_ids: list[int]
    params: SamplingParams
    loop: asyncio.AbstractEventLoop | None = None
    request_id: int = field(default_factory=lambda: next(_ids))
    created: float = field(default_factory=time.monotonic)
    cancelled: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._sync: queue.Queue[Event] = queue.Queue()
        self._async: asyncio.Queue[Event] | None = asyncio.Queue() if self.loop is not None else None

    def put(self, event: Event) -> None:
        """Deliver one event (called by the engine thread)."""
        if self._async is not None and self.loop is not None:
            try:
                self.loop.call_soon_threadsafe(self._async.put_nowait, event)
            except RuntimeError:  # the event loop is closed: nobody is listening any more
                self.cancel()
        else:
            self._sync.put(event)

    def cancel(self) -> None:
        """Stop generating for this request (the client disconnected)."""
        self.cancelled.set()

    @staticmethod
    def is_last(event: Event) -> bool:
        return isinstance(event, (Finished, Failed))

    def events(self, timeout: float | None = None) -> Iterator[Event]:
        """Events in order, blocking, up to and including the last (for thread consumers)."""
        while True:
            event = self._sync.get(timeout=timeout)
            yield event
            if self.is_last(event):
                return

    async def __aiter__(self) -> AsyncIterator[Event]:
        if self._async is None:
            raise RuntimeError("this stream was made without an event loop; use events()")
        while True:
            event = await self._async.get()
            yield event
            if self.is_last(event):
                return

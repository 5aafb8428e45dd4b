"""The serving engine: one thread owns the model and advances every active request together.

Continuous batching at step granularity: requests wait in a bounded queue;
between steps the engine prefills newly admitted ones (together, left-padded
to the longest), merges them into the batch (:class:`~headprog.serving.batch.BatchCache`, left padding) and
then runs one decode step for every active row at once. A row that finished,
was cancelled or failed leaves at the next step and frees its slot.

Program swaps wait until the batch is empty (new requests queue meanwhile),
so a request runs start to end on the set it started with, and its
:class:`~headprog.serving.requests.Started` event names that set.
"""

from __future__ import annotations

import collections
import hashlib
import inspect
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from headprog.errors import HeadprogError
from headprog.hybrid import HybridError, HybridModel
from headprog.hybrid.linears import pack_linears
from headprog.hybrid.warmup import prepare_kernels
from headprog.language.program_set import ProgramSet
from headprog.serving.batch import BatchCache
from headprog.serving.decoding import TextDecoder, sample_next
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

__all__ = ["PREFILL_TOKENS", "Engine", "load_programs", "resolve_heads", "start_engine"]

#: Requests admitted together are prefilled in one forward, left-padded to the longest, up to about this many tokens.
PREFILL_TOKENS = 4096


def load_programs(spec: str | None) -> ProgramSet | None:
    """A program set by folder, ``"bundled"`` / ``"bundled-tuned"`` (shipped with the package), or None (the native model)."""
    if spec in (None, "", "native"):
        return None
    from headprog.language import load_program_set

    return load_program_set(spec)


def resolve_heads(loaded: Any, programs: ProgramSet, heads: Sequence[str] | str | None, fraction: float | None, by: str = "iou") -> list[str]:
    """The heads to substitute: exactly ``heads``, the tuned set (``by="tuned"``), or the best ``fraction`` by IoU or cost."""
    from headprog.hybrid.checks import check_head_exists
    from headprog.language.program_set import head_name, parse_heads
    from headprog.selection import choose_heads

    if heads:
        chosen = parse_heads(heads if isinstance(heads, str) else ",".join(heads))
        for h in chosen:
            check_head_exists(loaded, h)
            if head_name(*h) not in programs.heads:
                raise HybridError(f"{programs.folder} has no program for head {head_name(*h)}")
        return [head_name(*h) for h in chosen]
    if by == "tuned":
        from headprog.tuning import tuned_heads

        return list(tuned_heads(programs))
    if by not in ("iou", "ppl"):
        raise HybridError(f"unknown head choice {by!r}; choose iou, ppl or tuned")
    return [c["head"] for c in choose_heads(programs, 0.25 if fraction is None else fraction, by, loaded=loaded)]


def programs_version(programs: ProgramSet | None, hybrid: HybridModel) -> str:
    """A short label of what serves: ``native``, or the set's folder name and a hash of its chosen heads' programs."""
    if programs is None or not hybrid.heads:
        return "native"
    text = "\n".join(f"{r['head']}:{r['program_hash']}" for r in hybrid.describe())
    return f"{Path(programs.folder).name}@{hashlib.sha256(text.encode()).hexdigest()[:12]}"


@dataclass
class _Row:
    """One active request in the batch."""

    stream: RequestStream
    decoder: TextDecoder
    generator: torch.Generator | None
    next_token: int = -1
    generated: list[int] = field(default_factory=list)
    done: str | None = None  # finish reason once finished


@dataclass
class _Swap:
    programs: ProgramSet | None
    heads: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    error: BaseException | None = None


class Engine:
    """Serves one loaded model, native or hybrid; see the module docstring for how requests are batched."""

    def __init__(
        self,
        loaded: Any,
        programs: ProgramSet | None = None,
        heads: Sequence[str] = (),
        *,
        max_batch: int = 8,
        max_queue: int = 64,
        backend: str = "auto",
        force: bool = False,
        pack_weights: bool = True,
        pack_min_rows: int = 1,
    ) -> None:
        if max_batch < 1 or max_queue < 1:
            raise HeadprogError(f"max_batch and max_queue must be at least 1; got {max_batch} and {max_queue}")
        if pack_min_rows < 1:
            raise HeadprogError(f"the packed weights' minimum row count is at least 1; got {pack_min_rows}")
        self.loaded = loaded
        self.tokenizer = loaded.tokenizer
        self.model_id = loaded.name
        self.context_length = int(getattr(loaded.model.config, "max_position_embeddings", 2048))
        self.max_batch = max_batch
        self.backend = backend
        self.force = force
        self.eos = _eos_ids(loaded)
        #: Linears running on oneDNN-packed weights (see :mod:`headprog.hybrid.linears`); 0 when off.
        self.packed_linears = pack_linears(loaded.model, pack_min_rows) if pack_weights else 0
        self._last_logits = _last_logits_only(loaded.model)
        self.state = "starting"
        self._queue: queue.Queue[RequestStream] = queue.Queue(maxsize=max_queue)
        self._held: collections.deque[RequestStream] = collections.deque()  # taken off the queue while idle
        self._swaps: queue.Queue[_Swap] = queue.Queue()
        self._programs = programs
        self._hybrid = self._make_hybrid(programs, list(heads))
        self._version = programs_version(programs, self._hybrid)
        self._rows: list[_Row] = []
        self._cache: BatchCache | None = None
        self._features: Any = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        #: Steps run and tokens generated since start (for benchmarks and tests).
        self.steps = 0
        self.generated_tokens = 0

    # -- outside the engine thread ------------------------------------------------

    @property
    def running(self) -> int:
        return len(self._rows)

    @property
    def waiting(self) -> int:
        return self._queue.qsize() + len(self._held)

    def start(self) -> None:
        """Start the engine thread (see :func:`start_engine` for an engine built on that thread)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="headprog-engine", daemon=True)
        self.state = "ready"
        self._thread.start()

    def _run_here(self) -> None:
        """Serve on the calling thread (the one that built this engine), until stopped."""
        self._thread = threading.current_thread()
        self.state = "ready"
        self._run()

    def stop(self, drain: bool = True, timeout: float | None = None) -> None:
        """Refuse new requests, finish (``drain``) or fail the queued and running ones, then stop the thread."""
        self.state = "draining"
        if drain:
            deadline = None if timeout is None else time.monotonic() + timeout
            while (self._rows or self._queue.qsize()) and (deadline is None or time.monotonic() < deadline):
                time.sleep(0.01)
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
        for row in self._rows:
            row.stream.put(Failed("the server is shutting down"))
        while not self._queue.empty():
            self._queue.get_nowait().put(Failed("the server is shutting down"))
        self._rows = []
        self.state = "stopped"
        self._hybrid.close()

    def submit(self, prompt_ids: list[int], params: SamplingParams, loop: Any = None) -> RequestStream:
        """Queue one request; its events arrive on the returned stream."""
        if self.state != "ready":
            raise EngineUnavailable(f"the engine is {self.state}")
        if not prompt_ids:
            raise PromptTooLong("the prompt is empty; give at least one token")
        if params.max_tokens < 1:
            raise HeadprogError(f"max_tokens must be at least 1; got {params.max_tokens}")
        if len(prompt_ids) + params.max_tokens > self.context_length:
            raise PromptTooLong(
                f"this model's context is {self.context_length} tokens; the prompt has {len(prompt_ids)} and "
                f"{params.max_tokens} more were asked for. Shorten the prompt or lower max_tokens"
            )
        stream = RequestStream(list(prompt_ids), params, loop=loop)
        try:
            self._queue.put_nowait(stream)
        except queue.Full:
            raise QueueFull(f"the request queue is full ({self._queue.maxsize} waiting); retry shortly", retry_after=1.0) from None
        return stream

    def swap(self, programs: ProgramSet | None, heads: Sequence[str], timeout: float | None = None) -> dict[str, Any]:
        """Serve ``programs`` with ``heads`` from the next batch on; raises the reason when refused (the old set keeps serving)."""
        from headprog.hybrid.checks import check_program_set

        if programs is not None:
            check_program_set(programs, self.loaded, force=self.force)  # refuse early, before the batch drains
            # Compile on the caller's thread: the engine thread keeps serving meanwhile and, once the
            # batch drains, only switches sets.
            prepare_kernels(self.loaded, programs, heads, backend=self.backend)
        request = _Swap(programs, list(heads))
        self._swaps.put(request)
        if not request.done.wait(timeout):
            raise HeadprogError("the swap did not finish in time; the old program set still serves")
        if request.error is not None:
            raise request.error
        return self.programs_info()

    def programs_info(self) -> dict[str, Any]:
        """The set that serves now: version label, folder and one record per substituted head."""
        with self._lock:
            return {
                "version": self._version,
                "programs": None if self._programs is None else str(self._programs.folder),
                "heads": self._hybrid.describe(),
            }

    # -- the engine thread ----------------------------------------------------------

    def _make_hybrid(self, programs: ProgramSet | None, heads: list[str]) -> HybridModel:
        return HybridModel(self.loaded, programs if programs is not None else {}, heads, backend=self.backend, force=self.force)

    def _run(self) -> None:
        try:
            with torch.inference_mode():
                while not self._stop.is_set():
                    self._apply_swap()
                    joined = self._admit()
                    if not self._rows and not joined:
                        self._wait_for_work()
                        continue
                    self._join(joined)
                    self._retire()
                    if self._rows:
                        self._step()
                        self._retire()
        except BaseException as exc:  # noqa: BLE001 - the engine must report, never die silently
            self.state = "failed"
            for row in self._rows:
                row.stream.put(Failed(f"the engine stopped: {type(exc).__name__}: {exc}"))
            raise

    def _wait_for_work(self) -> None:
        """Idle: block briefly on the queue; a request taken here is admitted first next round."""
        try:
            self._held.append(self._queue.get(timeout=0.05))
        except queue.Empty:
            pass

    def _next_request(self) -> RequestStream | None:
        if self._held:
            return self._held.popleft()
        try:
            return self._queue.get_nowait()
        except queue.Empty:
            return None

    def _apply_swap(self) -> None:
        if self._rows or self._swaps.empty():
            return
        request = self._swaps.get_nowait()
        try:
            hybrid_old = self._hybrid
            hybrid_old.close()
            try:
                new = self._make_hybrid(request.programs, request.heads)
            except BaseException:
                self._hybrid = self._make_hybrid(self._programs, [h for h in hybrid_old.head_names])
                raise
            with self._lock:
                self._hybrid, self._programs = new, request.programs
                self._version = programs_version(request.programs, new)
        except BaseException as exc:  # noqa: BLE001 - a refused swap is reported to its caller
            request.error = exc
        finally:
            request.done.set()

    def _admit(self) -> list[tuple[list[_Row], BatchCache, Any]]:
        """Prefill queued requests into free slots, together (none while a swap waits for the batch to empty)."""
        streams: list[RequestStream] = []
        longest = 0
        while len(self._rows) + len(streams) < self.max_batch and self._swaps.empty():
            stream = self._next_request()
            if stream is None:
                break
            if stream.cancelled.is_set():
                continue
            longest = max(longest, len(stream.prompt_ids))
            streams.append(stream)
            if longest * len(streams) >= PREFILL_TOKENS:
                break  # padded prefill work is bounded; the rest join at the next step
        if not streams:
            return []
        try:
            return [self._prefill(streams)]
        except Exception as exc:  # noqa: BLE001 - retry one by one, so that a failing request fails alone
            if len(streams) == 1:
                streams[0].put(Failed(f"{type(exc).__name__}: {exc}"))
                return []
        joined = []
        for stream in streams:
            try:
                joined.append(self._prefill([stream]))
            except Exception as exc:  # noqa: BLE001 - a failing request fails alone
                stream.put(Failed(f"{type(exc).__name__}: {exc}"))
        return joined

    def _prefill(self, streams: list[RequestStream]) -> tuple[list[_Row], BatchCache, Any]:
        """One forward over the prompts of ``streams``, left-padded; each row's first token is sampled and sent."""
        from transformers import DynamicCache

        rows = [_Row(stream=s, decoder=TextDecoder(self.tokenizer, s.params.stop), generator=_generator(s.params)) for s in streams]
        width = max(len(s.prompt_ids) for s in streams)
        offsets = [width - len(s.prompt_ids) for s in streams]
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        ids = torch.tensor([[pad] * o + s.prompt_ids for s, o in zip(streams, offsets)])
        mask = (torch.arange(width)[None, :] >= torch.tensor(offsets)[:, None]).long()
        batch_features = self._hybrid.take_state()
        try:
            # Only the last position is sampled: logits of the other prompt positions would cost about a
            # fifth of the prefill (vocabulary x hidden per token) for nothing.
            out = self._hybrid(
                input_ids=ids, attention_mask=mask, position_ids=(mask.cumsum(1) - 1).clamp(min=0), cache=DynamicCache(), use_cache=True,
                **self._last_logits,
            )
            features = self._hybrid.take_state()
        finally:
            self._hybrid.set_state(batch_features)
        cache = BatchCache([(layer.keys, layer.values) for layer in out.cache.layers], offsets, out.cache)
        for row, token in zip(rows, sample_next(out.logits[:, -1], rows)):
            row.stream.put(Started(self._version))
            self._emit(row, token)
        return rows, cache, features

    def _join(self, joined: list[tuple[list[_Row], BatchCache, Any]]) -> None:
        if not joined:
            return
        parts = ([self._cache] if self._cache is not None and self._rows else []) + [c for _, c, _ in joined]
        states = ([self._features] if self._rows else []) + [f for _, _, f in joined]
        if len(parts) == 1:
            self._cache, self._features = parts[0], states[0]  # nothing to merge: keep the prefill's cache as it is
        else:
            self._cache = BatchCache.merge(parts)
            self._features = self._hybrid.merge_states(states)
        for rows, _, _ in joined:
            self._rows.extend(rows)

    def _step(self) -> None:
        """One decode step for every active row."""
        cache = self._cache
        assert cache is not None
        tokens = torch.tensor([[r.next_token] for r in self._rows])
        dynamic = cache.dynamic_cache()
        self._hybrid.set_state(self._features)
        try:
            out = self._hybrid(
                input_ids=tokens,
                attention_mask=cache.attention_mask(),
                position_ids=cache.position_ids(),
                cache=dynamic,
                use_cache=True,
            )
        except Exception as exc:  # noqa: BLE001 - the batch fails, the engine keeps serving
            for row in self._rows:
                row.done = row.done or "error"
                row.stream.put(Failed(f"{type(exc).__name__}: {exc}"))
            return
        cache.update_from(out.cache)
        self._features = self._hybrid.take_state()
        self.steps += 1
        for row, token in zip(self._rows, sample_next(out.logits[:, -1], self._rows)):
            self._emit(row, token)

    def _emit(self, row: _Row, token: int) -> None:
        """Send one sampled token (unless it ends the request) and decide whether the row is done."""
        params = row.stream.params
        self.generated_tokens += 1
        if token in self.eos:
            row.done = "stop"
            return
        row.generated.append(token)
        text, stopped = row.decoder.push(token)
        row.stream.put(TokenDelta(token, text))
        if stopped:
            row.done = "stop"
        elif len(row.generated) >= params.max_tokens:
            row.done = "length"
        row.next_token = token

    def _retire(self) -> None:
        """Finish rows that are done or cancelled, and drop them from the batch."""
        keep = []
        for i, row in enumerate(self._rows):
            if row.stream.cancelled.is_set():
                row.stream.put(Failed("cancelled"))
            elif row.done is not None:
                if row.done != "error":
                    tail = row.decoder.flush()
                    if tail:
                        row.stream.put(TokenDelta(-1, tail))
                    row.stream.put(Finished(row.done, len(row.stream.prompt_ids), len(row.generated)))
            else:
                keep.append(i)
        if len(keep) == len(self._rows):
            return
        self._rows = [self._rows[i] for i in keep]
        if self._cache is not None:
            self._cache = self._cache.select(keep)
        self._features = self._hybrid.select_state(self._features, keep) if keep else None


def start_engine(build: Callable[[], Engine], timeout: float | None = None) -> Engine:
    """Build an engine with ``build()`` on a new thread and serve on that thread; returns once it is ready.

    The engine's torch work, the model's loading included, then all happens on
    one thread. PyTorch's OpenMP runtime keeps a team of worker threads for
    every thread that has run a parallel region: a model loaded on the main
    thread and decoded on an engine thread leaves two teams on the cores, and
    with more OpenMP threads than cores its workers stop spinning between
    regions, so every parallel op of a decode step waits for a wake-up (on a
    2-core machine a decode step of the bundled model took 55 ms instead of
    32). ``build``'s errors are raised here.
    """
    built: list[Any] = []
    ready = threading.Event()

    def serve() -> None:
        try:
            engine = build()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, which raises it
            built.append(exc)
            ready.set()
            return
        built.append(engine)
        ready.set()
        engine._run_here()

    threading.Thread(target=serve, name="headprog-engine", daemon=True).start()
    if not ready.wait(timeout):
        raise HeadprogError("the engine did not start in time")
    if isinstance(built[0], BaseException):
        raise built[0]
    return built[0]


def _generator(params: SamplingParams) -> torch.Generator | None:
    """A request's own random stream (seeded when it gives a seed), so its draws do not depend on its batch."""
    if params.temperature <= 0:
        return None
    seed = params.seed if params.seed is not None else int(torch.randint(0, 2**31 - 1, ()).item())
    return torch.Generator().manual_seed(seed)


def _last_logits_only(model: Any) -> dict[str, int]:
    """The forward keyword that keeps the last position's logits only, where the model takes one."""
    return {"logits_to_keep": 1} if "logits_to_keep" in inspect.signature(model.forward).parameters else {}


def _eos_ids(loaded: Any) -> set[int]:
    ids = getattr(getattr(loaded.model, "generation_config", None), "eos_token_id", None)
    if ids is None:
        ids = loaded.tokenizer.eos_token_id
    if ids is None:
        return set()
    return {int(i) for i in (ids if isinstance(ids, (list, tuple)) else [ids])}

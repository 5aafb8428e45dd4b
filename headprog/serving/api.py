"""The OpenAI-compatible HTTP layer over an :class:`~headprog.serving.engine.Engine`.

:func:`create_app` builds the FastAPI app: chat and text completions (streamed
as server-sent events or not), the model list, health, Prometheus metrics and
headprog's own routes (which heads run programs; swapping the program set).
The layer is thin: it validates, tokenizes, submits to the engine and turns
the request's events into responses. The engine thread owns the model.

A response's ``x-headprog-programs`` header names the program set that served
it, from the request's ``Started`` event: the handler waits for that event
before answering, so any refusal before it is a plain JSON error response.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException

from headprog.errors import HeadprogError
from headprog.serving import schemas
from headprog.serving.errors import (
    RequestError,
    bad_request,
    engine_error,
    error_body,
    generation_failed,
    model_not_found,
    unauthorized,
    validation_error,
)
from headprog.serving.metrics import RequestTimer, ServerMetrics
from headprog.serving.requests import EngineUnavailable, Failed, Finished, PromptTooLong, QueueFull, RequestStream, Started, TokenDelta

__all__ = ["PROGRAMS_HEADER", "BackgroundServer", "SwapApplier", "create_app"]

#: Response header naming the program-set version that served a generation request.
PROGRAMS_HEADER = "x-headprog-programs"
#: Routes counted by name in the request metrics; anything else counts as "other" (bounded label values).
ROUTES = (
    "/v1/chat/completions", "/v1/completions", "/v1/models", "/health", "/metrics", "/v1/headprog/heads", "/v1/headprog/programs",
)


#: Applies a checked swap, ``(programs as the request named it, the loaded set, heads) -> programs_info``, in place of ``engine.swap``.
SwapApplier = Callable[[str | None, Any, list[str]], dict[str, Any]]


def create_app(engine: Any, api_key: str | None = None, served_model: str | None = None, apply_swap: SwapApplier | None = None) -> FastAPI:
    """The app serving ``engine``; ``api_key`` guards every ``/v1`` route; ``served_model`` renames the model.

    ``apply_swap`` applies a swap the app has checked (a replica on Ray Serve
    hands it to every replica); default: this engine's ``swap``.
    """
    server = _Server(engine, api_key, served_model)
    if apply_swap is not None:
        server.apply_swap = apply_swap
    app = FastAPI(title="headprog", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.headprog = server
    app.add_middleware(_CountRequests, metrics=server.metrics)
    _add_error_handlers(app)
    _add_generation_routes(app, server)
    _add_info_routes(app, server)
    return app


class _Server:
    """What the routes share: the engine, the key, the served names and the metrics."""

    def __init__(self, engine: Any, api_key: str | None, served_model: str | None) -> None:
        self.engine = engine
        self.api_key = api_key or None
        self.model_names = [served_model or engine.model_id]
        if engine.model_id not in self.model_names:
            self.model_names.append(engine.model_id)  # the model's own name keeps working under an alias
        self.metrics = ServerMetrics(engine)
        self.created = int(time.time())
        self.swap_lock = threading.Lock()  # one swap at a time; taken in the worker thread
        self.apply_swap: SwapApplier = lambda spec, programs, heads: engine.swap(programs, heads)

    def authorize(self, request: Request) -> None:
        """Refuse a request without the right ``Authorization: Bearer KEY`` when a key is set."""
        if self.api_key is None:
            return
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise unauthorized(missing=True)
        if not hmac.compare_digest(token.encode(), self.api_key.encode()):
            raise unauthorized(missing=False)

    def check_model(self, model: str) -> None:
        if model not in self.model_names:
            raise model_not_found(model, self.model_names)

    def swap(self, req: schemas.ProgramsRequest) -> dict[str, Any]:
        """Load and apply another program set (in a worker thread: loading and choosing heads take time)."""
        from headprog.serving.engine import load_programs, resolve_heads

        with self.swap_lock:
            programs = load_programs(req.programs)
            if programs is None:
                if req.head_list():
                    raise bad_request("heads need a program set: give 'programs' too", "heads")
                return self.apply_swap(None, None, [])
            heads = resolve_heads(self.engine.loaded, programs, req.head_list(), req.fraction, req.by)
            return self.apply_swap(req.programs, programs, heads)


class _CountRequests:
    """ASGI middleware counting requests by route and status (streams count when they end)."""

    def __init__(self, app: Any, metrics: ServerMetrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 500

        async def counting_send(message: dict) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            path = scope.get("path", "")
            self.metrics.request(path if path in ROUTES or path.startswith("/v1/models") else "other", status)


def _error_response(exc: RequestError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


def _add_error_handlers(app: FastAPI) -> None:
    """Every error leaves as an OpenAI error body."""

    async def request_error(request: Request, exc: RequestError) -> JSONResponse:
        return _error_response(exc)

    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        message = f"{exc.detail} ({request.method} {request.url.path})"
        code = "unknown_url" if exc.status_code == 404 else None
        return JSONResponse(error_body(message, "invalid_request_error", None, code), status_code=exc.status_code, headers=exc.headers)

    async def fastapi_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error_response(validation_error(list(exc.errors())))

    async def server_error(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(error_body(f"internal error: {type(exc).__name__}: {exc}", "server_error"), status_code=500)

    app.add_exception_handler(RequestError, request_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, fastapi_validation)
    app.add_exception_handler(Exception, server_error)


async def _read_body(request: Request, model: type[BaseModel]) -> Any:
    """The JSON body validated as ``model``; malformed JSON or a wrong field is a 400 naming the field."""
    raw = await request.body()
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise bad_request(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise bad_request("the request body must be a JSON object")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc.errors()) from None


def chat_prompt_ids(tokenizer: Any, req: schemas.ChatRequest) -> list[int]:
    """The prompt of a chat request: the tokenizer's chat template with the assistant's turn opened."""
    if not getattr(tokenizer, "chat_template", None):
        raise bad_request("this model has no chat template; use /v1/completions", "messages")
    try:
        out = tokenizer.apply_chat_template(req.template_messages(), add_generation_prompt=True, tokenize=True)
    except RequestError:
        raise
    except Exception as exc:  # the template's own checks (roles, order) raise from jinja
        raise bad_request(f"the chat template refused the messages: {exc}", "messages") from None
    ids = out["input_ids"] if hasattr(out, "keys") else out  # transformers 5 returns a BatchEncoding
    if ids and isinstance(ids[0], list):
        ids = ids[0]
    return [int(i) for i in ids]


def completion_prompt_ids(tokenizer: Any, req: schemas.CompletionRequest) -> list[int]:
    """The prompt of a completion request: a string tokenized as the model expects, or token ids as given."""
    prompt = req.single_prompt()
    if isinstance(prompt, str):
        ids = [int(i) for i in tokenizer(prompt)["input_ids"]]
        if not ids:
            raise bad_request("the prompt is empty", "prompt")
        return ids
    vocab = len(tokenizer)
    bad = [i for i in prompt if not 0 <= i < vocab]
    if bad:
        raise bad_request(f"token ids must be in [0, {vocab}); got {bad[:5]}", "prompt")
    return list(prompt)


class _ClientGone(Exception):
    """The client closed the connection before the answer was ready."""


async def _until_disconnected(request: Request) -> None:
    # the body has been read, so the next message is the disconnect
    while (await request.receive())["type"] != "http.disconnect":
        pass


async def _unless_disconnected(request: Request, awaitable: Awaitable[Any]) -> Any:
    """``awaitable``'s result, or :class:`_ClientGone` as soon as the client disconnects."""
    task = asyncio.ensure_future(awaitable)
    watch = asyncio.ensure_future(_until_disconnected(request))
    try:
        await asyncio.wait({task, watch}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watch.cancel()
        if not task.done():
            task.cancel()
    if task.done() and not task.cancelled():
        return task.result()
    raise _ClientGone()


def _sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"


class _Generation:
    """One admitted request: its events become a JSON answer or a stream of SSE chunks."""

    def __init__(self, server: _Server, stream: RequestStream, events: AsyncIterator[Any], kind: str,
                 req: schemas.ChatRequest | schemas.CompletionRequest, ids: schemas.ResponseIds, timer: RequestTimer) -> None:
        self.server, self.stream, self.events, self.kind, self.req, self.ids, self.timer = server, stream, events, kind, req, ids, timer
        self.done = False

    def _token(self, event: TokenDelta) -> None:
        if event.token_id >= 0:  # a negative id carries held-back text, not a token
            self.timer.token(time.monotonic())

    def _finished(self, event: Finished) -> None:
        self.done = True
        self.timer.finished(time.monotonic(), event.prompt_tokens, self.ids.programs)

    async def collect(self) -> dict[str, Any]:
        """The whole answer (non-streamed)."""
        parts = []
        try:
            async for event in self.events:
                if isinstance(event, TokenDelta):
                    self._token(event)
                    parts.append(event.text)
                elif isinstance(event, Finished):
                    self._finished(event)
                    build = schemas.chat_response if self.kind == "chat" else schemas.completion_response
                    return build(self.ids, "".join(parts), event.reason, event.prompt_tokens, event.completion_tokens)
                elif isinstance(event, Failed):
                    self.done = True
                    raise generation_failed(event.message)
            raise generation_failed("the engine ended the request without finishing it")
        finally:
            self.close()

    def _chunk(self, text: str | None, finish_reason: str | None = None, usage: dict[str, int] | None = None) -> bytes:
        iu = self.req.include_usage
        if self.kind == "chat":
            delta = None if text is None else ({"content": text} if text or finish_reason is None else {})
            return _sse(schemas.chat_chunk(self.ids, delta, finish_reason, include_usage=iu, usage_value=usage))
        return _sse(schemas.completion_chunk(self.ids, text, finish_reason, include_usage=iu, usage_value=usage))

    async def sse(self) -> AsyncIterator[bytes]:
        """The answer as SSE chunks: text deltas, the finish reason, usage if asked, ``[DONE]``; an engine failure as an error chunk."""
        try:
            if self.kind == "chat":  # the first chunk opens the assistant's message, as the API does
                yield _sse(schemas.chat_chunk(self.ids, {"role": "assistant", "content": ""}, include_usage=self.req.include_usage))
            async for event in self.events:
                if isinstance(event, TokenDelta):
                    self._token(event)
                    if event.text:
                        yield self._chunk(event.text)
                elif isinstance(event, Finished):
                    self._finished(event)
                    yield self._chunk("", event.reason)
                    if self.req.include_usage:
                        yield self._chunk(None, usage=schemas.usage(event.prompt_tokens, event.completion_tokens))
                    yield b"data: [DONE]\n\n"
                elif isinstance(event, Failed):
                    self.done = True
                    yield _sse(generation_failed(event.message).body())  # then the stream closes, without [DONE]
        finally:
            self.close()

    def close(self) -> None:
        """Stop the engine's work on this request unless it ended (the client went away, or we failed)."""
        if not self.done:
            self.done = True
            self.stream.cancel()


class _EventStream(StreamingResponse):
    """A streamed answer that cancels its request however the response ends (disconnects included)."""

    def __init__(self, generation: _Generation, headers: dict[str, str]) -> None:
        super().__init__(generation.sse(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", **headers})
        self.generation = generation

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self.generation.close()


async def _generate(server: _Server, request: Request, kind: str, req: Any, prompt_ids: list[int], arrived: float) -> Response:
    """Submit one request, wait until it starts, and answer it (streamed or whole)."""
    param = "messages" if kind == "chat" else "prompt"
    params = schemas.sampling_params(req, len(prompt_ids), server.engine.context_length, param)
    try:
        stream = server.engine.submit(prompt_ids, params, asyncio.get_running_loop())
    except (EngineUnavailable, QueueFull, PromptTooLong) as exc:
        raise engine_error(exc, param) from None
    except HeadprogError as exc:  # any other refusal of the request's settings
        raise bad_request(str(exc)) from None
    events = aiter(stream)
    try:
        first = await _unless_disconnected(request, anext(events))
    except _ClientGone:
        stream.cancel()
        return Response(status_code=499)  # nobody reads it; 499 marks it in the request metrics
    except BaseException:
        stream.cancel()
        raise
    if isinstance(first, Failed):
        raise generation_failed(first.message)
    programs = first.programs if isinstance(first, Started) else "unknown"
    ids = schemas.ResponseIds("chatcmpl" if kind == "chat" else "cmpl", req.model, programs)
    generation = _Generation(server, stream, events, kind, req, ids, RequestTimer(server.metrics, arrived))
    headers = {PROGRAMS_HEADER: programs}
    if isinstance(first, TokenDelta):  # an engine that skipped Started: do not lose the token
        generation.events = _prepend(first, events)
    if req.stream:
        return _EventStream(generation, headers)
    try:
        body = await _unless_disconnected(request, generation.collect())
    except _ClientGone:
        generation.close()
        return Response(status_code=499)
    return JSONResponse(body, headers=headers)


async def _prepend(first: Any, rest: AsyncIterator[Any]) -> AsyncIterator[Any]:
    yield first
    async for event in rest:
        yield event


def _add_generation_routes(app: FastAPI, server: _Server) -> None:
    """``POST /v1/chat/completions`` and ``POST /v1/completions``."""

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        arrived = time.monotonic()
        server.authorize(request)
        req = await _read_body(request, schemas.ChatRequest)
        server.check_model(req.model)
        return await _generate(server, request, "chat", req, chat_prompt_ids(server.engine.tokenizer, req), arrived)

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        arrived = time.monotonic()
        server.authorize(request)
        req = await _read_body(request, schemas.CompletionRequest)
        server.check_model(req.model)
        return await _generate(server, request, "completion", req, completion_prompt_ids(server.engine.tokenizer, req), arrived)


def _add_info_routes(app: FastAPI, server: _Server) -> None:
    """Models, health, metrics, and headprog's program-set routes."""

    @app.get("/v1/models")
    async def list_models(request: Request) -> JSONResponse:
        server.authorize(request)
        return JSONResponse(schemas.models_list(server.model_names, server.created))

    @app.get("/v1/models/{model:path}")
    async def get_model(model: str, request: Request) -> JSONResponse:
        server.authorize(request)
        server.check_model(model)
        return JSONResponse(schemas.models_list([model], server.created)["data"][0])

    @app.get("/health")
    async def health() -> JSONResponse:
        state = server.engine.state
        return JSONResponse({"status": state}, status_code=200 if state == "ready" else 503)

    @app.get("/metrics")
    async def metrics() -> Response:
        body, content_type = server.metrics.render()
        return Response(body, media_type=content_type)

    @app.get("/v1/headprog/heads")
    async def heads(request: Request) -> JSONResponse:
        server.authorize(request)
        return JSONResponse(server.engine.programs_info())

    @app.post("/v1/headprog/programs")
    async def swap_programs(request: Request) -> JSONResponse:
        server.authorize(request)
        req = await _read_body(request, schemas.ProgramsRequest)
        try:
            info = await asyncio.to_thread(server.swap, req)
        except RequestError:
            raise
        except (HeadprogError, OSError) as exc:  # refused: the old set keeps serving
            raise bad_request(f"the program set was refused: {exc}", "programs", "programs_refused") from None
        return JSONResponse(info)


class BackgroundServer:
    """uvicorn serving an app from a daemon thread on a loopback port (tests and benchmarks).

    ``port=0`` takes a free port; :attr:`url` is the base URL once started.
    """

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning") -> None:
        import uvicorn

        self.host = host
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, name="headprog-http", daemon=True)
        self.port = port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 30.0) -> BackgroundServer:
        """Start serving and wait until the socket listens."""
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise HeadprogError(f"the HTTP server did not start on {self.host}:{self.port}")
            time.sleep(0.02)
        self.port = self.server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop accepting, let open responses end, and join the thread."""
        self.server.should_exit = True
        self.thread.join(timeout)

    def __enter__(self) -> BackgroundServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

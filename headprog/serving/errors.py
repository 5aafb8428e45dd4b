"""Errors of the HTTP layer in the shape every OpenAI client reads.

A refused request answers ``{"error": {"message", "type", "param", "code"}}``
with the HTTP status the ``openai`` client maps to its exception classes
(400 ``BadRequestError``, 401 ``AuthenticationError``, 404 ``NotFoundError``,
429 ``RateLimitError``, 5xx ``InternalServerError``). Nothing here imports the
web framework, so the shapes can be built and tested without the ``serve`` extra.
"""

from __future__ import annotations

import math
from typing import Any

from headprog.errors import HeadprogError
from headprog.serving.requests import EngineUnavailable, PromptTooLong, QueueFull

__all__ = [
    "RequestError",
    "bad_request",
    "engine_error",
    "error_body",
    "generation_failed",
    "model_not_found",
    "unauthorized",
    "validation_error",
]


def error_body(message: str, type: str, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    """The JSON body of an error response (also the payload of an SSE error chunk)."""
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


class RequestError(HeadprogError):
    """A request the server refuses: HTTP ``status``, the OpenAI error fields and extra response headers."""

    def __init__(
        self, status: int, message: str, type: str = "invalid_request_error", param: str | None = None,
        code: str | None = None, headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        """The JSON body of this error."""
        return error_body(self.message, self.type, self.param, self.code)


def bad_request(message: str, param: str | None = None, code: str | None = None) -> RequestError:
    """400 ``invalid_request_error``: the request itself is wrong; ``param`` names the field."""
    return RequestError(400, message, "invalid_request_error", param, code)


def validation_error(errors: list[dict[str, Any]]) -> RequestError:
    """400 from pydantic's error list: the first error's field becomes ``param`` (``messages.0.content``)."""
    if not errors:
        return bad_request("invalid request body")
    first = errors[0]
    # pydantic appends the union member it tried ("str", "list[int]") to the location; the field is what a client wrote
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body",) and not _is_type_name(p)]
    param = ".".join(loc) or None
    message = first.get("msg", "invalid value").removeprefix("Value error, ")
    alternatives = [str(e["loc"][-1]) for e in errors if e.get("loc", ())[:-1] == first.get("loc", ())[:-1] and _is_type_name(e["loc"][-1])]
    if len(alternatives) > 1:  # a union field: say what it takes rather than why the first member failed
        message = f"expected one of: {', '.join(alternatives)}"
    if first.get("type") == "missing":
        message = f"missing required field {param!r}" if param else "a required field is missing"
    elif param:
        message = f"{param}: {message}"
    return bad_request(message, param)


def _is_type_name(part: Any) -> bool:
    """Whether a pydantic location part names a union member (``str``, ``list[int]``) rather than a field."""
    return isinstance(part, str) and (part in ("str", "int", "float", "bool", "dict") or part.startswith(("list[", "function-")))


def model_not_found(model: str, served: list[str]) -> RequestError:
    """404 ``model_not_found``: the request names a model this server does not serve."""
    return RequestError(404, f"the model {model!r} does not exist; this server serves {', '.join(served)}", "invalid_request_error", "model", "model_not_found")


def unauthorized(missing: bool) -> RequestError:
    """401: no API key, or the wrong one (``Authorization: Bearer KEY``)."""
    message = "missing API key: send 'Authorization: Bearer KEY'" if missing else "incorrect API key provided"
    return RequestError(401, message, "invalid_request_error", None, "invalid_api_key")


def generation_failed(message: str) -> RequestError:
    """500 ``server_error``: the engine failed this request alone (the server keeps serving)."""
    return RequestError(500, f"generation failed: {message}", "server_error", None, "generation_failed")


def engine_error(exc: HeadprogError, prompt_param: str) -> RequestError:
    """The response for a refusal by ``Engine.submit``: 503, 429 with ``Retry-After``, or 400 on the prompt field."""
    if isinstance(exc, QueueFull):
        retry = max(1, math.ceil(exc.retry_after))  # Retry-After takes whole seconds
        return RequestError(429, str(exc) or "the request queue is full", "rate_limit_error", None, "queue_full", {"Retry-After": str(retry)})
    if isinstance(exc, PromptTooLong):
        return bad_request(str(exc), prompt_param, "context_length_exceeded")
    if isinstance(exc, EngineUnavailable):
        return RequestError(503, str(exc) or "the engine is not serving", "server_error", None, "engine_unavailable")
    return RequestError(500, str(exc), "server_error")

"""Request bodies and response objects of the OpenAI-compatible routes.

Requests are pydantic models that ignore fields they do not know (clients send
many optional ones); responses are plain dicts built to the shapes of the
OpenAI API (``chat.completion``, ``chat.completion.chunk``, ``text_completion``),
which is what the ``openai`` client parses.
"""

from __future__ import annotations

import secrets
import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from headprog.serving.errors import bad_request
from headprog.serving.requests import SamplingParams

__all__ = [
    "ChatMessage",
    "ChatRequest",
    "CompletionRequest",
    "ProgramsRequest",
    "ResponseIds",
    "StreamOptions",
    "chat_chunk",
    "chat_response",
    "completion_chunk",
    "completion_response",
    "models_list",
    "sampling_params",
    "usage",
]


class StreamOptions(BaseModel):
    """``stream_options``: ``include_usage`` adds a last chunk with the token counts."""

    model_config = ConfigDict(extra="ignore")
    include_usage: bool = False


class _GenerationRequest(BaseModel):
    """The fields chat and completion requests share."""

    model_config = ConfigDict(extra="ignore")

    model: str
    stream: bool = False
    stream_options: StreamOptions | None = None
    max_tokens: int | None = None
    max_completion_tokens: int | None = None
    temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    top_p: float | None = Field(default=None, gt=0.0, le=1.0)
    seed: int | None = None
    stop: str | list[str] | None = None
    n: int | None = None

    @field_validator("n")
    @classmethod
    def _one_choice(cls, n: int | None) -> int | None:
        if n is not None and n != 1:
            raise ValueError("only n=1 is supported")
        return n

    @field_validator("max_tokens", "max_completion_tokens")
    @classmethod
    def _positive(cls, v: int | None) -> int | None:
        if v is not None and v < 1:
            raise ValueError(f"must be at least 1, got {v}")
        return v

    @field_validator("stop")
    @classmethod
    def _stops(cls, v: str | list[str] | None) -> str | list[str] | None:
        if isinstance(v, list) and any(not s for s in v):
            raise ValueError("stop strings must not be empty")
        return v

    @property
    def include_usage(self) -> bool:
        """Whether a streamed response ends with a usage chunk."""
        return bool(self.stream and self.stream_options and self.stream_options.include_usage)


class ChatMessage(BaseModel):
    """One chat message; ``content`` may be a string or a list of text parts (other parts are refused)."""

    model_config = ConfigDict(extra="ignore")
    role: str
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text, its parts joined."""
        if self.content is None or isinstance(self.content, str):
            return self.content or ""
        parts = []
        for part in self.content:
            if part.get("type") != "text" or not isinstance(part.get("text"), str):
                raise bad_request(f"only text content parts are supported, got type {part.get('type')!r}", "messages")
            parts.append(part["text"])
        return "".join(parts)


class ChatRequest(_GenerationRequest):
    """Body of ``POST /v1/chat/completions``."""

    messages: list[ChatMessage] = Field(min_length=1)

    def template_messages(self) -> list[dict[str, str]]:
        """The messages as the tokenizer's chat template takes them."""
        return [{"role": m.role, "content": m.text()} for m in self.messages]


class CompletionRequest(_GenerationRequest):
    """Body of ``POST /v1/completions``: ``prompt`` is a string or token ids (or a list holding one of them)."""

    prompt: str | list[int] | list[str] | list[list[int]]
    echo: bool = False

    @field_validator("echo")
    @classmethod
    def _no_echo(cls, echo: bool) -> bool:
        if echo:
            raise ValueError("echo is not supported")
        return echo

    def single_prompt(self) -> str | list[int]:
        """The one prompt of this request (several prompts in one request are refused)."""
        p = self.prompt
        if isinstance(p, list) and p and isinstance(p[0], (str, list)):
            if len(p) != 1:
                raise bad_request(f"only one prompt per request is supported, got {len(p)}", "prompt")
            p = p[0]
        if isinstance(p, list) and not p:
            raise bad_request("the prompt is empty", "prompt")
        return p


class ProgramsRequest(BaseModel):
    """Body of ``POST /v1/headprog/programs``: which program set and heads to serve from now on.

    ``programs`` is a folder, ``"bundled"`` or null (the native model). ``heads``
    (a comma list or a list of names) wins over ``fraction`` / ``by``, as on the
    command line. Unknown fields are refused: a typo must not swap the wrong set.
    """

    model_config = ConfigDict(extra="forbid")
    programs: str | None = None
    heads: str | list[str] | None = None
    fraction: float | None = Field(default=None, gt=0.0, le=1.0)
    by: Literal["iou", "ppl", "tuned"] = "iou"

    def head_list(self) -> list[str] | None:
        """``heads`` as a list of names, or None."""
        if self.heads is None:
            return None
        names = self.heads.split(",") if isinstance(self.heads, str) else self.heads
        return [n.strip() for n in names if n.strip()]


def sampling_params(req: _GenerationRequest, prompt_tokens: int, context_length: int, prompt_param: str) -> SamplingParams:
    """The engine's settings for a request; without a token limit it may use the rest of the context."""
    if prompt_tokens >= context_length:
        raise bad_request(
            f"the prompt has {prompt_tokens} tokens; this model's context is {context_length} tokens", prompt_param, "context_length_exceeded",
        )
    limit = req.max_completion_tokens or req.max_tokens or context_length - prompt_tokens
    stop = (req.stop,) if isinstance(req.stop, str) else tuple(req.stop or ())
    return SamplingParams(
        max_tokens=limit,
        temperature=1.0 if req.temperature is None else req.temperature,
        top_p=1.0 if req.top_p is None else req.top_p,
        seed=req.seed,
        stop=stop,
    )


class ResponseIds:
    """The id, creation time and model name every object of one response carries."""

    def __init__(self, prefix: str, model: str, programs: str) -> None:
        self.id = f"{prefix}-{secrets.token_hex(12)}"
        self.created = int(time.time())
        self.model = model
        self.programs = programs  # the program-set version, reported as system_fingerprint

    def head(self, obj: str) -> dict[str, Any]:
        return {"id": self.id, "object": obj, "created": self.created, "model": self.model, "system_fingerprint": self.programs}


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    """The ``usage`` object."""
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": prompt_tokens + completion_tokens}


def chat_response(ids: ResponseIds, text: str, finish_reason: str, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """A non-streamed ``chat.completion``."""
    choice = {"index": 0, "message": {"role": "assistant", "content": text}, "logprobs": None, "finish_reason": finish_reason}
    return {**ids.head("chat.completion"), "choices": [choice], "usage": usage(prompt_tokens, completion_tokens)}


def chat_chunk(ids: ResponseIds, delta: dict[str, Any] | None, finish_reason: str | None = None, *,
               include_usage: bool = False, usage_value: dict[str, int] | None = None) -> dict[str, Any]:
    """One ``chat.completion.chunk``; ``delta=None`` makes the usage chunk (no choices)."""
    out = ids.head("chat.completion.chunk")
    out["choices"] = [] if delta is None else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}]
    if include_usage:
        out["usage"] = usage_value  # null on every chunk but the last, as the API does
    return out


def completion_response(ids: ResponseIds, text: str, finish_reason: str, prompt_tokens: int, completion_tokens: int) -> dict[str, Any]:
    """A non-streamed ``text_completion``."""
    choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": finish_reason}
    return {**ids.head("text_completion"), "choices": [choice], "usage": usage(prompt_tokens, completion_tokens)}


def completion_chunk(ids: ResponseIds, text: str | None, finish_reason: str | None = None, *,
                     include_usage: bool = False, usage_value: dict[str, int] | None = None) -> dict[str, Any]:
    """One streamed ``text_completion`` chunk; ``text=None`` makes the usage chunk (no choices)."""
    out = ids.head("text_completion")
    out["choices"] = [] if text is None else [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish_reason}]
    if include_usage:
        out["usage"] = usage_value
    return out


def models_list(names: list[str], created: int) -> dict[str, Any]:
    """The body of ``GET /v1/models``."""
    return {"object": "list", "data": [{"id": n, "object": "model", "created": created, "owned_by": "headprog"} for n in names]}

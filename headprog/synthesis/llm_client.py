"""Talking to the endpoint: an OpenAI-compatible chat client with retries, and the on-disk reply cache."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from headprog.synthesis.llm_config import LLMConfig, LLMUnavailable
from headprog.synthesis.llm_prompt import PROMPT_VERSION

__all__ = ["LLMClient", "Reply", "ResponseCache", "estimate_tokens"]


@dataclass
class Reply:
    text: str
    finish_reason: str | None
    usage: dict[str, int] | None


class LLMClient:
    """An OpenAI-compatible chat client with its own retries, backoff and unavailability."""

    def __init__(self, config: LLMConfig, *, sleep: Callable[[float], None] = time.sleep) -> None:
        import openai

        self.config = config
        self._sleep = sleep
        self._client = openai.OpenAI(
            base_url=config.url, api_key=config.api_key(), timeout=config.timeout_s, max_retries=0
        )
        self.requests = 0  # requests sent (attempts included)

    def ping(self) -> None:
        """Raise :class:`LLMUnavailable` unless the endpoint answers a model listing (one attempt)."""
        import openai

        try:
            self.requests += 1
            self._client.with_options(timeout=min(10.0, self.config.timeout_s)).models.list()
        except openai.APIStatusError as exc:
            if exc.status_code >= 500:
                raise LLMUnavailable(f"the LLM endpoint {self.config.url} answered {exc.status_code}", cause=exc) from None
            # 404 and the like: some servers serve chat without a model listing.
        except openai.APIConnectionError as exc:
            raise LLMUnavailable(f"the LLM endpoint {self.config.url} is unreachable ({_why(exc)})", cause=exc) from None

    def chat(self, messages: list[dict[str, str]], *, seed: int, max_tokens: int, log: Callable[[dict], None]) -> Reply:
        """One chat completion, retried on connection errors, timeouts, 429 and 5xx."""
        import openai

        cfg = self.config
        last: BaseException | None = None
        for attempt in range(cfg.max_retries + 1):
            if attempt:
                wait = min(cfg.backoff_s * 2 ** (attempt - 1), cfg.backoff_max_s)
                log({"event": "retry", "attempt": attempt, "wait_s": wait, "error": _why(last)})
                self._sleep(wait)
            try:
                self.requests += 1
                response = self._client.chat.completions.create(
                    model=cfg.model,
                    messages=messages,  # type: ignore[arg-type]
                    temperature=cfg.temperature,
                    max_tokens=max_tokens,
                    seed=seed,
                    stop=list(cfg.stop) if cfg.stop else openai.NOT_GIVEN,
                    extra_body=cfg.extra_body or None,
                )
            except openai.APIConnectionError as exc:  # refused, reset, timed out
                last = exc
                continue
            except openai.APIStatusError as exc:
                if exc.status_code in (408, 409, 429) or exc.status_code >= 500:
                    last = exc
                    continue
                raise LLMUnavailable(
                    f"the LLM endpoint {cfg.url} refused the request for model {cfg.model!r}: {_why(exc)}", cause=exc
                ) from None
            except openai.OpenAIError as exc:  # a reply that is not a chat completion
                last = exc
                continue
            choices = getattr(response, "choices", None) or []
            if not choices:
                return Reply("", None, _usage(response))
            message = getattr(choices[0], "message", None)
            return Reply(getattr(message, "content", None) or "", getattr(choices[0], "finish_reason", None), _usage(response))
        raise LLMUnavailable(
            f"the LLM endpoint {cfg.url} did not answer after {cfg.max_retries + 1} attempts ({_why(last)})", cause=last
        )


def _why(exc: BaseException | None) -> str:
    if exc is None:
        return "no error"
    status = getattr(exc, "status_code", None)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{status} {text}"[:300] if status else f"{type(exc).__name__}: {text}"[:300]


def _usage(response: Any) -> dict[str, int] | None:
    usage = getattr(response, "usage", None)
    if usage is None:
        return None
    out = {}
    for name in ("prompt_tokens", "completion_tokens", "total_tokens"):
        value = getattr(usage, name, None)
        if isinstance(value, int):
            out[name] = value
    return out or None


def estimate_tokens(text: str) -> int:
    """A rough token count (about four characters a token) for servers that report no usage."""
    return len(text) // 4 + 1


# ---------------------------------------------------------------------------
# The cache


class ResponseCache:
    """Replies on disk, one JSON file per request key, written atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @staticmethod
    def key(config: LLMConfig, messages: list[dict[str, str]], *, round: int, sample: int, seed: int) -> str:
        request = {
            "prompt_version": PROMPT_VERSION,
            "model": config.model,
            "messages": messages,
            "temperature": config.temperature,
            "seed": seed,
            "round": round,
            "sample": sample,
            "max_tokens": config.max_tokens,
            "stop": list(config.stop or ()),
            "extra_body": config.extra_body or {},
        }
        return hashlib.sha256(json.dumps(request, sort_keys=True, ensure_ascii=False).encode()).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        path = self.path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("text"), str) else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        from headprog.io import atomic_write_text

        atomic_write_text(self.path(key), json.dumps({"key": key, **entry}, ensure_ascii=False, indent=1) + "\n")

    def __len__(self) -> int:
        return sum(1 for _ in self.folder.glob("??/*.json")) if self.folder.is_dir() else 0

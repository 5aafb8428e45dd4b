"""The LLM proposer's settings, its candidates and the error of an endpoint that does not answer.

The rest of the proposer (:mod:`headprog.synthesis.llm`, its prompts, replies
and client) builds on these; this module imports none of them.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from headprog.errors import HeadprogError
from headprog.language.program import Program
from headprog.synthesis.scoring import Scores

__all__ = ["DUMMY_API_KEY", "LLMCandidate", "LLMConfig", "LLMUnavailable"]

DUMMY_API_KEY = "sk-no-key-required"  # local servers ignore the key; the client insists on one


class LLMUnavailable(HeadprogError):
    """The endpoint could not be reached or refused to serve, after retries.

    ``candidates`` holds what was gathered for the head before it happened (their
    replies are in the cache too), so no work is lost.
    """

    def __init__(self, message: str, *, candidates: Sequence[LLMCandidate] = (), cause: BaseException | None = None):
        super().__init__(message)
        self.candidates: list[LLMCandidate] = list(candidates)
        self.cause = cause


# ---------------------------------------------------------------------------
# Configuration


@dataclass
class LLMConfig:
    """How to reach the model and how much to spend on each head."""

    url: str
    model: str
    api_key_env: str = "OPENAI_API_KEY"  # read from the environment; unset: a dummy key
    timeout_s: float = 120.0  # per request
    max_retries: int = 3  # retries after the first attempt, on connection errors, timeouts, 429, 5xx
    backoff_s: float = 1.0  # wait before retry i is backoff_s * 2**i ...
    backoff_max_s: float = 30.0  # ... at most this
    rounds: int = 4  # prompt rounds per head
    candidates_per_round: int = 2  # requests per round (same prompt, different seeds)
    candidates_per_head: int = 8  # budget: replies per head
    max_tokens_per_head: int = 60_000  # budget: prompt + reply tokens per head (usage, else estimated)
    max_tokens: int = 400  # reply-token limit of one request
    temperature: float = 0.7
    seed: int = 0
    cache_dir: str | Path | None = None  # default: $HEADPROG_HOME/llm-cache
    use_cache: bool = True
    # What the prompt holds.
    reference: str = "compact"  # "compact", "full" (docs/dsl.md, bounded) or a path to a text file
    reference_max_chars: int = 6000  # bound on a "full" or file reference (~4 characters a token)
    evidence_sequences: int = 2  # sequences whose edges are shown
    bands: tuple[float, ...] = (0.02, 0.05, 0.10, 0.25)  # rank quantiles that close each band
    edges_per_band: int = 4
    refine_edges: int = 6  # over- and under-predicted edges shown for the best program
    one_shot: bool = True  # open the chat with a worked example exchange (helps small models keep the form)
    stop: tuple[str, ...] | None = None  # stop strings, e.g. ("\n```\n",) to end a reply at its code block
    extra_body: dict[str, Any] | None = None  # extra request fields for a particular server

    def __post_init__(self) -> None:
        problems = []
        if not self.url:
            problems.append("an endpoint URL is needed (e.g. http://127.0.0.1:8000/v1)")
        if not self.model:
            problems.append("a model name is needed")
        for name in ("rounds", "candidates_per_round", "candidates_per_head", "max_tokens", "max_tokens_per_head"):
            if getattr(self, name) < 1:
                problems.append(f"{name} must be at least 1")
        if self.max_retries < 0 or self.backoff_s < 0 or self.timeout_s <= 0:
            problems.append("max_retries and backoff_s must be >= 0 and timeout_s > 0")
        if not self.bands or list(self.bands) != sorted(self.bands) or not 0 < self.bands[0] <= self.bands[-1] <= 1:
            problems.append(f"bands must be increasing fractions in (0, 1]; got {self.bands}")
        if problems:
            raise HeadprogError("LLM settings: " + "; ".join(problems))
        self.bands = tuple(self.bands)
        if self.stop is not None:
            self.stop = tuple(self.stop)

    def api_key(self) -> str:
        return os.environ.get(self.api_key_env) or DUMMY_API_KEY

    def cache_path(self) -> Path:
        if self.cache_dir is not None:
            return Path(self.cache_dir)
        from headprog.io import headprog_home

        return headprog_home() / "llm-cache"


# ---------------------------------------------------------------------------
# Candidates


@dataclass
class LLMCandidate:
    """One reply and what became of it."""

    round: int
    sample: int
    text: str  # the reply as received
    program: Program | None  # the best-scoring program of a valid reply
    error: str | None  # why the reply was rejected (a ProgramError's "file:line:col: message")
    tokens_used: int  # tokens this reply cost the budget (0 when served from the cache)
    cached: bool
    scores: Scores | None = None  # synthesis scores of ``program``
    source: str | None = None  # the program file text that was parsed (after repairs)
    repairs: tuple[str, ...] = ()
    key: str = ""  # cache key of the request
    finish_reason: str | None = None
    error_line: str = ""  # the source line the error points at
    repeat: bool = False  # the program computes the same as an earlier candidate, ``best`` or the worked example

    @property
    def valid(self) -> bool:
        return self.program is not None

    def summary(self) -> dict[str, Any]:
        """A JSON-ready record (the program as text)."""
        from headprog.language.printer import format_program

        return {
            "round": self.round,
            "sample": self.sample,
            "valid": self.valid,
            "error": self.error,
            "iou": None if self.scores is None else self.scores.iou,
            "js": None if self.scores is None else self.scores.js,
            "program": None if self.program is None else format_program(self.program),
            "repairs": list(self.repairs),
            "tokens_used": self.tokens_used,
            "cached": self.cached,
            "key": self.key,
        }

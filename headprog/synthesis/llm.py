"""The LLM proposer: ask a language model, through any OpenAI-compatible endpoint, for head programs.

One head is worked on in rounds. Each round's prompt holds

- a compact reference of the language (generated here from the feature library,
  so it never drifts from what the parser accepts; bounded in size, because
  small local models have small context windows),
- the head's evidence: a summary of where its attention mass goes, and for a few
  synthesis sequences its strongest query→key edges with their token strings,
  grouped in rank-quantile bands (top 2%, 2-5%, ...),
- from the second round on (or from the first, when a program is given), the
  current best program with its most over- and under-predicted edges, and what
  became of the last round's replies: a rejected program's error, verbatim, or
  a valid program's score.

Replies are read by the language front end (:func:`headprog.language.parse_text`):
a program file inside a fenced block, or the whole reply. Two mechanical repairs
are made and recorded (a missing header docstring, a missing ``@program``
decorator); anything else outside the language is a rejection whose error goes
into the next prompt. Valid programs are scored by soft IoU on the examples.

Every reply is cached on disk under the SHA-256 of what decides it (model,
messages, temperature, seed, round and sample index, reply-token limit, stop
strings, extra request fields, prompt-layout version), written atomically, so a rerun with the same cache reproduces the same candidates
without a single request and at no token cost. Requests have a timeout and are
retried with exponential backoff on connection errors, timeouts, 429 and 5xx;
an endpoint that still does not answer raises :class:`LLMUnavailable`, which
carries the candidates gathered so far. The caller falls back to offline search.

Small local models keep the form better when the chat opens with a worked
example exchange (``one_shot``, on by default); a copy of that example, or of
any earlier program, is flagged as a repeat and the next prompt asks for a
different idea. Servers differ in how they sample: ``transformers serve``
decodes greedily unless the request carries a generation config, e.g.
``extra_body={"generation_config": json.dumps({"do_sample": True, "temperature": 0.7})}``.

Usage::

    config = LLMConfig(url="http://127.0.0.1:8000/v1", model="my-model")
    log: list[dict] = []
    try:
        candidates = propose_for_head(store, 3, 5, store.examples_of("synthesis"), config, log=log)
    except LLMUnavailable as exc:
        candidates = exc.candidates  # work done before the endpoint went away
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from headprog.errors import HeadprogError
from headprog.features import FEATURE_LIBRARY_VERSION
from headprog.language.program import FORMAT_VERSION, Program
from headprog.language.program_set import head_name
from headprog.synthesis.llm_client import LLMClient, ResponseCache, estimate_tokens
from headprog.synthesis.llm_config import LLMCandidate, LLMConfig, LLMUnavailable
from headprog.synthesis.llm_prompt import EXAMPLE_PROGRAM, build_messages, compact_reference, format_evidence, language_reference, misfit_edges
from headprog.synthesis.llm_reply import ParsedReply, parse_reply
from headprog.synthesis.scoring import Scores, score_program

# ---------------------------------------------------------------------------
# The proposer


def _feedback(previous: Sequence[LLMCandidate], best: Scores | None) -> list[str]:
    """What the next prompt says about the last round's replies."""
    lines: list[str] = []
    seen: set[str] = set()
    for c in previous:
        if c.error is not None:
            if c.error in seen:
                continue
            seen.add(c.error)
            lines.append(f"Your last program was rejected: {c.error}")
            if c.error_line:
                lines.append(f"  the line: {c.error_line}")
        elif c.scores is not None:
            note = f" (the best so far scores {best.iou:.3f})" if best is not None and best.iou > c.scores.iou else ""
            lines.append(f"Your last program was valid and scored soft IoU {c.scores.iou:.3f}{note}.")
            if c.repeat:
                lines.append("It computes the same as an earlier program (or the worked example); try a different idea.")
    if any(c.error is not None for c in previous):
        lines.append("Write only what the reference allows.")
    return lines


def propose_for_head(
    store,
    layer: int,
    head: int,
    examples: Sequence,
    config: LLMConfig,
    best: Program | None = None,
    log: list[dict[str, Any]] | None = None,
    *,
    client: LLMClient | None = None,
) -> list[LLMCandidate]:
    """Ask the model for programs for head ``layer``/``head``; return every reply as a candidate.

    ``examples`` are the synthesis sequences: the first ``config.evidence_sequences``
    are shown in the prompt, all of them score the candidates. ``best`` is a
    program to refine from the first round on (e.g. the offline search's best).
    Events are appended to ``log`` (JSON-ready dicts: prompts, replies,
    rejections, scores, retries, budget stops). Raises :class:`LLMUnavailable`
    (with ``.candidates``) when the endpoint does not answer after retries.
    """
    examples = list(examples)
    if not examples:
        raise HeadprogError(f"no examples to propose programs for {head_name(layer, head)} from")
    proposer = _Proposer(store, layer, head, examples, config, log if log is not None else [], client)
    proposer.start(best)
    return proposer.rounds()


class _Proposer:
    """One head's rounds: the prompt's fixed parts, the scores so far, the best program and the budget spent."""

    def __init__(self, store, layer: int, head: int, examples: list, config: LLMConfig, events: list[dict[str, Any]], client: LLMClient | None) -> None:
        self.store, self.layer, self.head, self.examples, self.config = store, layer, head, examples, config
        self.events, self.client = events, client
        self.name = head_name(layer, head)
        self.cache = ResponseCache(config.cache_path())
        self.reference = language_reference(config)
        self.evidence = format_evidence(store, layer, head, examples, config)
        self.header = f'"""\nheadprog: {FORMAT_VERSION}\nfeatures: {FEATURE_LIBRARY_VERSION}\nhead: {self.name}\n"""\n\n\n'
        self.shown = examples[: config.evidence_sequences]
        self.scored: dict[str, Scores] = {}
        self.seen: set[str] = set()  # hashes of the programs a valid reply repeats
        self.best_state: tuple[Program, Scores] | None = None
        self.candidates: list[LLMCandidate] = []
        self.tokens_used = 0

    def record(self, event: dict[str, Any]) -> None:
        self.events.append({"head": self.name, **event})

    def score(self, program: Program) -> Scores:
        if program.hash not in self.scored:
            self.scored[program.hash] = score_program(program, self.store, self.layer, self.head, self.examples)
        return self.scored[program.hash]

    def start(self, best: Program | None) -> None:
        """Note what a reply must not merely repeat, and score ``best`` (if given) to refine from."""
        if self.config.one_shot:
            self.seen.add(EXAMPLE_PROGRAM.hash)
        if best is None:
            self.record({"event": "start"})
            return
        self.seen.add(best.hash)
        self.best_state = (best, self.score(best))
        self.record({"event": "start", "best": best.name, "best_iou": self.best_state[1].iou})

    def rounds(self) -> list[LLMCandidate]:
        """Every round until the rounds or the budget run out: all replies as candidates."""
        config = self.config
        previous: list[LLMCandidate] = []
        stop = None
        for rnd in range(config.rounds):
            stop = _budget_stop(config, len(self.candidates), self.tokens_used)
            if stop:
                break
            messages = self.messages(previous)
            self.record({"event": "prompt", "round": rnd, "messages": messages})
            this_round: list[LLMCandidate] = []
            for sample in range(config.candidates_per_round):
                stop = _budget_stop(config, len(self.candidates), self.tokens_used)
                if stop:
                    break
                candidate = self.ask(messages, rnd, sample)
                self.candidates.append(candidate)
                this_round.append(candidate)
            previous = this_round
            if stop:
                break
        best_state = self.best_state
        self.record({"event": "done", "candidates": len(self.candidates), "valid": sum(c.valid for c in self.candidates),
                     "tokens_used": self.tokens_used, "stop": stop or f"{config.rounds} rounds done",
                     "best_iou": best_state[1].iou if best_state else None})  # fmt: skip
        return self.candidates

    def messages(self, previous: Sequence[LLMCandidate]) -> list[dict[str, str]]:
        """The prompt of a round: the best program so far with its misfits, and what became of ``previous``."""
        best_state = self.best_state
        refine = None
        if best_state is not None:
            over, under = misfit_edges(best_state[0], self.store, self.layer, self.head, self.shown, self.config.refine_edges)
            refine = (best_state[0], best_state[1], over, under)
        return build_messages(
            layer=self.layer,
            head=self.head,
            reference=self.reference,
            evidence=self.evidence,
            best=refine,
            feedback=_feedback(previous, best_state[1] if best_state else None),
            one_shot=self.config.one_shot,
        )

    def ask(self, messages: list[dict[str, str]], rnd: int, sample: int) -> LLMCandidate:
        """One reply (from the cache, else from the endpoint), judged and recorded."""
        config = self.config
        seed = config.seed + 1000 * rnd + sample
        key = ResponseCache.key(config, messages, round=rnd, sample=sample, seed=seed)
        entry = self.cache.get(key) if config.use_cache else None
        cached = entry is not None
        self.record({"event": "request", "round": rnd, "sample": sample, "key": key, "cached": cached})
        if entry is None:
            entry = self.request(messages, rnd, sample, seed, key)
        cost = 0 if cached else int(entry["tokens"])
        text = entry["text"]
        self.record({"event": "reply", "round": rnd, "sample": sample, "key": key, "cached": cached, "text": text,
                     "tokens": cost, "finish_reason": entry.get("finish_reason")})  # fmt: skip
        candidate = _judge(text, rnd, sample, key, cost, cached, entry.get("finish_reason"), self.header, self.score)
        if candidate.error is not None:
            self.record({"event": "rejected", "round": rnd, "sample": sample, "error": candidate.error,
                         "repairs": list(candidate.repairs)})  # fmt: skip
        else:
            assert candidate.program is not None and candidate.scores is not None
            candidate.repeat = candidate.program.hash in self.seen
            self.seen.add(candidate.program.hash)
            self.record({"event": "scored", "round": rnd, "sample": sample, "program": candidate.program.name,
                         "hash": candidate.program.hash, "iou": candidate.scores.iou, "js": candidate.scores.js,
                         "repeat": candidate.repeat, "repairs": list(candidate.repairs)})  # fmt: skip
            if self.best_state is None or candidate.scores.iou > self.best_state[1].iou:
                self.best_state = (candidate.program, candidate.scores)
        return candidate

    def request(self, messages: list[dict[str, str]], rnd: int, sample: int, seed: int, key: str) -> dict[str, Any]:
        """Ask the endpoint, cache the reply and count its tokens against the budget: the cache entry."""
        config = self.config
        if self.client is None:
            self.client = LLMClient(config)
        try:
            reply = self.client.chat(messages, seed=seed, max_tokens=config.max_tokens, log=self.record)
        except LLMUnavailable as exc:
            self.record({"event": "unavailable", "round": rnd, "sample": sample, "error": str(exc)})
            exc.candidates = list(self.candidates)
            raise
        usage = reply.usage or {}
        cost = usage.get("total_tokens") or (
            usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)
        ) or (estimate_tokens(json.dumps(messages)) + estimate_tokens(reply.text))
        entry = {"text": reply.text, "finish_reason": reply.finish_reason, "usage": reply.usage, "tokens": cost,
                 "model": config.model, "round": rnd, "sample": sample, "seed": seed}  # fmt: skip
        if config.use_cache:
            self.cache.put(key, entry)
        self.tokens_used += cost
        return entry


def _budget_stop(config: LLMConfig, candidates: int, tokens_used: int) -> str | None:
    if candidates >= config.candidates_per_head:
        return f"candidate budget ({config.candidates_per_head}) reached"
    if tokens_used >= config.max_tokens_per_head:
        return f"token budget ({config.max_tokens_per_head}) reached ({tokens_used} used)"
    return None


def _judge(text, rnd, sample, key, cost, cached, finish_reason, header, score) -> LLMCandidate:
    """Parse and score one reply."""
    parsed = parse_reply(text, filename=f"reply-r{rnd}s{sample}", header=header)
    candidate = LLMCandidate(round=rnd, sample=sample, text=text, program=None, error=parsed.error, tokens_used=cost,
                             cached=cached, source=parsed.source, repairs=parsed.repairs, key=key,
                             finish_reason=finish_reason, error_line=parsed.line)
    if parsed.file is None:
        return candidate
    try:
        options = [(score(p), i, p) for i, p in enumerate(parsed.file.programs)]
    except HeadprogError as exc:
        candidate.error = f"{parsed.file.filename}: the program does not compile: {exc}"
        return candidate
    s, _, program = max(options, key=lambda x: (x[0].iou, -x[1]))
    candidate.program, candidate.scores = program, s
    return candidate


def write_transcript(log: Sequence[dict[str, Any]], path: str | Path) -> None:
    """Write a transcript (one JSON event a line) atomically."""
    from headprog.io import atomic_write_text

    atomic_write_text(Path(path), "".join(json.dumps(e, ensure_ascii=False, default=str) + "\n" for e in log))


__all__ = [
    "LLMCandidate",
    "LLMClient",
    "LLMConfig",
    "LLMUnavailable",
    "ParsedReply",
    "ResponseCache",
    "build_messages",
    "compact_reference",
    "format_evidence",
    "language_reference",
    "misfit_edges",
    "parse_reply",
    "propose_for_head",
    "write_transcript",
]

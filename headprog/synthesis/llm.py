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

import hashlib
import json
import math
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from headprog.errors import HeadprogError, ProgramError
from headprog.features import CLASSES, FEATURE_LIBRARY_VERSION, FEATURES, ROW_INDEX
from headprog.language.program import FORMAT_VERSION, Program, ProgramFile
from headprog.synthesis.scoring import Scores, score_program

#: Version of the prompt layout; part of every cache key, so changing the
#: prompt code never serves replies that were given to another prompt.
PROMPT_VERSION = "1"
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
        from headprog.compiler.cache import headprog_home

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


# ---------------------------------------------------------------------------
# The language reference


_COMPACT_REFERENCE = '''\
# The headprog language (feature library {version})

A head program gives every pair (query position q, key position k <= q) a score
computed from per-token features; the head's attention row for q is its scores
normalised over k = 0..q.
- normalize="weights": scores are weights (negatives count as 0), divided by the row sum.
- normalize="softmax": scores are logits.
- fallback: what a row whose weights are all 0 attends to: "first" (position 0),
  "self" (k = q) or "uniform".

A program file is a small subset of Python, never run by Python:

```python
"""
headprog: {format}
features: {version}
"""


@program(normalize="weights", fallback="first")
def name(q, k):
    d = q - k
    return 0.8 * (k == q - 1) + 0.2 * (k == 0)
```

The file starts with the header docstring, then one or more functions, each with
exactly one decorator `@program(...)`, exactly the parameters `(q, k)`, lines
`name = expression` (each name bound once) and one final `return expression`.
Expressions: numbers, True/False, q, k, names bound above, feature calls,
`+ - *`, `/` by a number only, comparisons `== != < <= > >=` (chains allowed),
`and or not`, `a if condition else b`, and the built-ins below. Comparisons and
boolean features count as 1 or 0 in arithmetic.
Not allowed: imports, other functions or calls, if-statements, loops,
attributes (x.y), indexing (x[i]), strings, lists, lambdas, `**`, `%`, `//`.

Features: `f(p)` is the value at position p. The argument must be a position at
or before q: q, k, q - 2, k - 1, 0, sentence_start(q), word_start(k),
last(is_punct, q). Never q + 1.
{features}
- last(cls, p) (position): {last_doc}
Token ids (token, lower, prev_token) compare only with == or != (to each other
or to an integer id); they are not numbers.

Built-ins: min(a, b, ...), max(a, b, ...), abs(x), exp(x), decay(x, h) = 2 ** (-x / h)
for x >= 0 (h a positive number: the half-life), last(cls, p), and
table(x, v0, v1, ...) = v[x] for x in 0..n-1 (numbers v0.., else 0): one weight per
class, e.g. `table(word_class(k), 0.5, 0.0, 2.0)`.

Common heads:
- previous token: `return k == q - 1`
- attention sink: `return k == 0`
- duplicate token: `return k < q and token(k) == token(q)`
- induction: `return k < q and prev_token(k) == token(q)`
- sentence start: `return k == sentence_start(q)`
- recent punctuation: `return k == last(is_punct, q)`
- local window: `return decay(q - k, 2.0) if q - k < 8 else 0`
- mixtures: `return 0.9 * (k == q - 1) + 0.1 * (k == 0)`
- softmax recency: `return -0.5 * (q - k) + 2.0 * (k == 0)` with normalize="softmax"
'''


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + ("." if dot else "")


def compact_reference() -> str:
    """The default language reference: about 1,100 tokens, generated from the feature library."""
    kinds = {"cat": "token id", "bool": "boolean", "pos": "position", "int": "integer"}
    lines = [f"- {s.name}(p) ({kinds[s.type]}): {_first_sentence(s.doc)}" for s in FEATURES.values()]
    last_doc = "position of the most recent token j < p with cls(j) true, -1 if none; cls is one of " + ", ".join(CLASSES) + "."
    return _COMPACT_REFERENCE.format(
        version=FEATURE_LIBRARY_VERSION, format=FORMAT_VERSION, features="\n".join(lines), last_doc=last_doc
    )


def language_reference(config: LLMConfig) -> str:
    """The reference text the prompt holds, per ``config.reference``."""
    choice = config.reference
    if choice == "compact":
        return compact_reference()
    if choice == "full":
        path = Path(__file__).resolve().parents[2] / "docs" / "dsl.md"
        if not path.is_file():
            return compact_reference()
    else:
        path = Path(choice)
        if not path.is_file():
            raise HeadprogError(f"the language reference {choice!r} is not 'compact', 'full' or a readable file")
    text = path.read_text(encoding="utf-8")
    if len(text) > config.reference_max_chars:
        cut = text.rfind("\n", 0, config.reference_max_chars)
        text = text[: cut if cut > 0 else config.reference_max_chars] + "\n[... reference shortened ...]\n"
    return text


# ---------------------------------------------------------------------------
# Evidence


def _tok(text: str, width: int = 14) -> str:
    """A token's surface string, quoted, escapes visible, bounded in width."""
    shown = json.dumps(text, ensure_ascii=False)[1:-1].replace("'", "\\'")
    if len(shown) > width:
        shown = shown[: width - 1] + "…"
    return f"'{shown}'"


def _edge(tokens: Sequence[str], q: int, k: int) -> str:
    return f"q={q} {_tok(tokens[q])} -> k={k} {_tok(tokens[k])} (q-k={q - k})"


def _causal_edges(pattern: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(q, k, weight) of every causal entry with q >= 1 (row 0 can only attend to itself)."""
    t = pattern.shape[0]
    q, k = np.tril_indices(t)
    keep = q >= 1
    q, k = q[keep], k[keep]
    return q, k, pattern[q, k].astype(np.float64)


def attention_summary(store, layer: int, head: int, examples: Sequence) -> str:
    """Where the head's attention mass goes, averaged over the rows q >= 1 of ``examples``."""
    names = [
        ("first token (k == 0)", lambda f, q, k: k == 0),
        ("itself (k == q)", lambda f, q, k: k == q),
        ("previous token (k == q - 1)", lambda f, q, k: k == q - 1),
        ("two back (k == q - 2)", lambda f, q, k: k == q - 2),
        ("last 8 tokens (q - k < 8)", lambda f, q, k: q - k < 8),
        ("earlier same token (k < q and token(k) == token(q))", lambda f, q, k: (k < q) & (f["token"][k] == f["token"][q])),
        ("induction (k < q and prev_token(k) == token(q))", lambda f, q, k: (k < q) & (f["prev_token"][k] == f["token"][q])),
        ("sentence start (k == sentence_start(q))", lambda f, q, k: k == f["sentence_start"][q]),
        ("last punctuation (k == last(is_punct, q))", lambda f, q, k: k == f["last_is_punct"][q]),
    ]
    totals = np.zeros(len(names))
    rows = 0
    for e in examples:
        a = store.pattern(layer, head, e)
        feats = store.features(e)
        f = {name: feats[ROW_INDEX[name]] for name in ("token", "prev_token", "sentence_start", "last_is_punct")}
        q, k, w = _causal_edges(a)
        if not len(w):
            continue
        rows += a.shape[0] - 1
        for i, (_, test) in enumerate(names):
            totals[i] += w[test(f, q, k)].sum()
    if rows == 0:
        return "Share of attention: (no rows)"
    lines = [f"Share of this head's attention (mean over {rows} query rows of {len(examples)} sequences):"]
    lines += [f"- {label}: {totals[i] / rows:.2f}" for i, (label, _) in enumerate(names)]
    return "\n".join(lines)


def evidence_bands(pattern: np.ndarray, tokens: Sequence[str], bands: Sequence[float], per_band: int) -> list[str]:
    """The strongest query→key edges of one sequence, in rank-quantile bands."""
    q, k, w = _causal_edges(pattern)
    n = len(w)
    if n == 0:
        return ["(too short to show edges)"]
    order = np.lexsort((k, q, -w))  # strongest first; ties by position, so the text is stable
    lines: list[str] = []
    start, low = 0, 0.0
    for frac in bands:
        end = min(n, max(start + 1, math.ceil(frac * n)))
        if start >= n:
            break
        ranks = order[start:end]
        m = min(per_band, len(ranks))
        picks = [ranks[round(j * (len(ranks) - 1) / max(1, m - 1))] for j in range(m)] if m > 1 else [ranks[0]]
        label = f"top {low * 100:g}-{frac * 100:g}%" if low else f"top {frac * 100:g}%"
        lines.append(f"{label} of edges ({len(ranks)} edges, weights {w[ranks[0]]:.2f} down to {w[ranks[-1]]:.2f}):")
        for i in dict.fromkeys(picks):
            lines.append(f"  {_edge(tokens, int(q[i]), int(k[i]))} weight {w[i]:.2f}")
        start, low = end, frac
    return lines


def format_evidence(store, layer: int, head: int, examples: Sequence, config: LLMConfig) -> str:
    """The evidence section: attention summary, then banded strongest edges of a few sequences."""
    parts = [attention_summary(store, layer, head, examples)]
    for i, e in enumerate(examples[: config.evidence_sequences]):
        pattern = store.pattern(layer, head, e)
        text = "".join(e.tokens)
        preview = _tok(text[:160], width=200)
        parts.append(f"Sequence {i + 1} ({e.length} tokens): {preview}")
        parts.append("\n".join(evidence_bands(pattern, e.tokens, config.bands, config.edges_per_band)))
    return "\n\n".join(parts)


def misfit_edges(program: Program, store, layer: int, head: int, examples: Sequence, n: int) -> tuple[list[str], list[str]]:
    """The ``n`` most over-predicted and under-predicted edges of ``program`` (program vs head)."""
    from headprog.compiler.compiling import compile_program

    compiled = compile_program(program, "reference")
    found = []  # (difference, sequence, q, k, program weight, head weight, tokens)
    for s, e in enumerate(examples):
        a = store.pattern(layer, head, e)
        p = np.asarray(compiled.pattern(store.features(e))[0], dtype=np.float64)
        q, k, wa = _causal_edges(a)
        wp = p[q, k]
        d = wp - wa
        for pick in (np.lexsort((k, q, -d))[:n], np.lexsort((k, q, d))[:n]):
            found += [(float(d[i]), s, int(q[i]), int(k[i]), float(wp[i]), float(wa[i]), e.tokens) for i in pick]

    def show(items):
        return [
            f"  seq {s + 1}: {_edge(toks, q, k)}: program {wp:.2f}, head {wa:.2f}"
            for _, s, q, k, wp, wa, toks in items
        ]

    over = sorted((x for x in found if x[0] > 0.01), key=lambda x: (-x[0], x[1], x[2], x[3]))[:n]
    under = sorted((x for x in found if x[0] < -0.01), key=lambda x: (x[0], x[1], x[2], x[3]))[:n]
    return show(over), show(under)


# ---------------------------------------------------------------------------
# Prompts


def head_name(layer: int, head: int) -> str:
    return f"L{layer}H{head}"


def program_template(layer: int, head: int) -> str:
    return (
        f'"""\nheadprog: {FORMAT_VERSION}\nfeatures: {FEATURE_LIBRARY_VERSION}\nhead: {head_name(layer, head)}\n"""\n\n\n'
        '@program(normalize="weights", fallback="first")\n'
        "def my_head(q, k):\n"
        "    return ...\n"
    )


def build_messages(
    *,
    layer: int,
    head: int,
    reference: str,
    evidence: str,
    best: tuple[Program, Scores, list[str], list[str]] | None = None,
    feedback: Sequence[str] = (),
    one_shot: bool = True,
) -> list[dict[str, str]]:
    """The chat messages of one round: system (task + reference), an optional worked example, the head."""
    from headprog.language.printer import format_program

    system = (
        "You write head programs: small programs in the headprog language that reproduce where one "
        "attention head of a language model attends. Reply with one complete program file in a "
        "```python block.\n\n" + reference.strip()
    )
    parts = [
        f"Head {head_name(layer, head)}. Evidence of where it attends (q is the query position, k the key position):",
        evidence,
    ]
    if best is not None:
        program, scores, over, under = best
        parts.append(
            f"The best program so far scores soft IoU {scores.iou:.3f} (1.0 is a perfect match):\n"
            f"```python\n{format_program(program)}```"
        )
        parts.append("Where it gives too much weight (program > head):\n" + ("\n".join(over) or "  (nowhere notable)"))
        parts.append("Where it gives too little weight (head > program):\n" + ("\n".join(under) or "  (nowhere notable)"))
    if feedback:
        parts.append("\n".join(feedback))
    ask = "a better program than the best so far" if best is not None else "a program that reproduces this head"
    parts.append(_ask(ask, layer, head))
    messages = [{"role": "system", "content": system}]
    if one_shot:
        messages += [{"role": "user", "content": _EXAMPLE_USER}, {"role": "assistant", "content": _EXAMPLE_REPLY}]
    return messages + [{"role": "user", "content": "\n\n".join(parts)}]


def _ask(what: str, layer: int, head: int) -> str:
    return (
        f"Write {what}. Reply with the complete program file in one ```python block, "
        "using only the features and built-ins of the reference, in this form:\n"
        f"```python\n{program_template(layer, head)}```"
    )


# A worked exchange shown before the real question (``LLMConfig.one_shot``).
_EXAMPLE_USER = "\n\n".join(
    [
        "Head L0H0. Evidence of where it attends (q is the query position, k the key position):",
        "Share of this head's attention (mean over 96 query rows of 4 sequences):\n"
        "- first token (k == 0): 0.18\n- itself (k == q): 0.02\n- previous token (k == q - 1): 0.77\n"
        "- two back (k == q - 2): 0.01\n- last 8 tokens (q - k < 8): 0.81",
        "Sequence 1 (24 tokens): 'The cat sat on the mat. It was warm.'\n"
        "top 2% of edges (6 edges, weights 0.95 down to 0.80):\n"
        "  q=3 ' on' -> k=2 ' sat' (q-k=1) weight 0.95\n"
        "  q=7 ' It' -> k=6 '.' (q-k=1) weight 0.80\n"
        "top 2-5% of edges (9 edges, weights 0.79 down to 0.20):\n"
        "  q=5 ' mat' -> k=4 ' the' (q-k=1) weight 0.79\n"
        "  q=9 ' warm' -> k=0 'The' (q-k=9) weight 0.20",
        _ask("a program that reproduces this head", 0, 0),
    ]
)
_EXAMPLE_REPLY = (
    "```python\n"
    + program_template(0, 0).replace("def my_head(q, k):\n    return ...", "def previous_token_with_sink(q, k):\n    return 0.8 * (k == q - 1) + 0.2 * (k == 0)")
    + "```"
)


def _example_program() -> Program:
    from headprog.language import parse_text

    return parse_text(_EXAMPLE_REPLY.strip("`").removeprefix("python\n")).program()


_EXAMPLE_PROGRAM = _example_program()


# ---------------------------------------------------------------------------
# Replies

_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+.-]*)[^\n]*\n(.*?)(?:```|\Z)", re.DOTALL)
_HEADER = f'"""\nheadprog: {FORMAT_VERSION}\nfeatures: {FEATURE_LIBRARY_VERSION}\n"""\n\n\n'
_DEF = re.compile(r"^def\s+\w+\s*\(", re.MULTILINE)


def code_blocks(reply: str) -> list[str]:
    """The fenced code blocks of a reply (an unclosed last one included), else the whole reply.

    Blocks that hold a ``def`` come first, then the rest, each group in reply order.
    """
    blocks = [m.group(2) for m in _FENCE.finditer(reply)]
    if not blocks:
        blocks = [reply]
    with_def = [b for b in blocks if _DEF.search(b)]
    return with_def + [b for b in blocks if b not in with_def]


def repair(block: str, header: str = _HEADER) -> tuple[str, tuple[str, ...]]:
    """Mechanical fixes: add the header docstring and ``@program`` decorators where missing."""
    repairs: list[str] = []
    text = block.strip("\n").expandtabs(4)
    stripped = text.lstrip()
    if not (stripped.startswith('"""') or stripped.startswith("'''")):
        text = header + stripped
        repairs.append("added the header")
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if _DEF.match(line):
            previous = next((x for x in reversed(out) if x.strip()), "")
            if not previous.startswith("@"):
                out.append("@program")
                repairs.append(f"added @program before {line.split('(')[0][4:].strip()}")
        out.append(line)
    return "\n".join(out) + "\n", tuple(repairs)


def _line_of(error: ProgramError, source: str) -> str:
    lines = source.split("\n")
    if 1 <= error.line <= len(lines) and lines[error.line - 1].strip():
        return lines[error.line - 1].strip()
    return ""


@dataclass
class ParsedReply:
    file: ProgramFile | None
    error: str | None
    source: str | None
    repairs: tuple[str, ...] = ()
    line: str = ""  # the source line an error points at


def parse_reply(reply: str, filename: str = "reply", header: str = _HEADER) -> ParsedReply:
    """Read a reply as a program file: the first code block that parses wins.

    If none parses, the error is the first block's (blocks with a ``def`` first).
    """
    from headprog.language import parse_text

    first: ParsedReply | None = None
    for block in code_blocks(reply):
        if not block.strip():
            continue
        source, repairs = repair(block, header)
        try:
            return ParsedReply(parse_text(source, filename=filename), None, source, repairs)
        except ProgramError as exc:
            if first is None:
                first = ParsedReply(None, str(exc), source, repairs, _line_of(exc, source))
    return first or ParsedReply(None, f"{filename}:1:1: the reply holds no program", None)


# ---------------------------------------------------------------------------
# The client


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
        from headprog.compiler.cache import atomic_write_text

        atomic_write_text(self.path(key), json.dumps({"key": key, **entry}, ensure_ascii=False, indent=1) + "\n")

    def __len__(self) -> int:
        return sum(1 for _ in self.folder.glob("??/*.json")) if self.folder.is_dir() else 0


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
    events = log if log is not None else []
    name = head_name(layer, head)

    def record(event: dict[str, Any]) -> None:
        events.append({"head": name, **event})

    cache = ResponseCache(config.cache_path())
    reference = language_reference(config)
    evidence = format_evidence(store, layer, head, examples, config)
    header = f'"""\nheadprog: {FORMAT_VERSION}\nfeatures: {FEATURE_LIBRARY_VERSION}\nhead: {name}\n"""\n\n\n'
    shown = examples[: config.evidence_sequences]
    scored: dict[str, Scores] = {}

    seen: set[str] = set()
    if config.one_shot:
        seen.add(_EXAMPLE_PROGRAM.hash)
    if best is not None:
        seen.add(best.hash)

    def score(program: Program) -> Scores:
        if program.hash not in scored:
            scored[program.hash] = score_program(program, store, layer, head, examples)
        return scored[program.hash]

    best_state: tuple[Program, Scores] | None = None
    if best is not None:
        best_state = (best, score(best))
        record({"event": "start", "best": best.name, "best_iou": best_state[1].iou})
    else:
        record({"event": "start"})

    candidates: list[LLMCandidate] = []
    tokens_used = 0
    previous: list[LLMCandidate] = []
    stop = None
    for rnd in range(config.rounds):
        stop = _budget_stop(config, len(candidates), tokens_used)
        if stop:
            break
        refine = None
        if best_state is not None:
            over, under = misfit_edges(best_state[0], store, layer, head, shown, config.refine_edges)
            refine = (best_state[0], best_state[1], over, under)
        messages = build_messages(
            layer=layer,
            head=head,
            reference=reference,
            evidence=evidence,
            best=refine,
            feedback=_feedback(previous, best_state[1] if best_state else None),
            one_shot=config.one_shot,
        )
        record({"event": "prompt", "round": rnd, "messages": messages})
        this_round: list[LLMCandidate] = []
        for sample in range(config.candidates_per_round):
            stop = _budget_stop(config, len(candidates), tokens_used)
            if stop:
                break
            seed = config.seed + 1000 * rnd + sample
            key = ResponseCache.key(config, messages, round=rnd, sample=sample, seed=seed)
            entry = cache.get(key) if config.use_cache else None
            cached = entry is not None
            record({"event": "request", "round": rnd, "sample": sample, "key": key, "cached": cached})
            if entry is None:
                if client is None:
                    client = LLMClient(config)
                try:
                    reply = client.chat(messages, seed=seed, max_tokens=config.max_tokens, log=record)
                except LLMUnavailable as exc:
                    record({"event": "unavailable", "round": rnd, "sample": sample, "error": str(exc)})
                    exc.candidates = list(candidates)
                    raise
                usage = reply.usage or {}
                cost = usage.get("total_tokens") or (
                    usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)
                ) or (estimate_tokens(json.dumps(messages)) + estimate_tokens(reply.text))
                entry = {"text": reply.text, "finish_reason": reply.finish_reason, "usage": reply.usage, "tokens": cost,
                         "model": config.model, "round": rnd, "sample": sample, "seed": seed}
                if config.use_cache:
                    cache.put(key, entry)
                tokens_used += cost
            cost = 0 if cached else int(entry["tokens"])
            text = entry["text"]
            record({"event": "reply", "round": rnd, "sample": sample, "key": key, "cached": cached, "text": text,
                    "tokens": cost, "finish_reason": entry.get("finish_reason")})
            candidate = _judge(text, rnd, sample, key, cost, cached, entry.get("finish_reason"), header, score)
            if candidate.error is not None:
                record({"event": "rejected", "round": rnd, "sample": sample, "error": candidate.error,
                        "repairs": list(candidate.repairs)})
            else:
                assert candidate.program is not None and candidate.scores is not None
                candidate.repeat = candidate.program.hash in seen
                seen.add(candidate.program.hash)
                record({"event": "scored", "round": rnd, "sample": sample, "program": candidate.program.name,
                        "hash": candidate.program.hash, "iou": candidate.scores.iou, "js": candidate.scores.js,
                        "repeat": candidate.repeat, "repairs": list(candidate.repairs)})
                if best_state is None or candidate.scores.iou > best_state[1].iou:
                    best_state = (candidate.program, candidate.scores)
            candidates.append(candidate)
            this_round.append(candidate)
        previous = this_round
        if stop:
            break
    record({"event": "done", "candidates": len(candidates), "valid": sum(c.valid for c in candidates),
            "tokens_used": tokens_used, "stop": stop or f"{config.rounds} rounds done",
            "best_iou": best_state[1].iou if best_state else None})
    return candidates


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
    from headprog.compiler.cache import atomic_write_text

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

"""What the LLM proposer asks: the language reference, a head's evidence and the chat messages of a round.

The worked example exchange that opens a chat (``LLMConfig.one_shot``) is here
too, with the program it shows (:data:`EXAMPLE_PROGRAM`), so that a copy of it
can be flagged as a repeat.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from headprog.errors import HeadprogError
from headprog.features import CLASSES, FEATURE_LIBRARY_VERSION, FEATURES, ROW_INDEX
from headprog.language.program import FORMAT_VERSION, Program
from headprog.language.program_set import head_name
from headprog.synthesis.llm_config import LLMConfig
from headprog.synthesis.scoring import Scores

__all__ = [
    "EXAMPLE_PROGRAM",
    "EXAMPLE_REPLY",
    "EXAMPLE_USER",
    "PROMPT_VERSION",
    "attention_summary",
    "build_messages",
    "compact_reference",
    "evidence_bands",
    "format_evidence",
    "language_reference",
    "misfit_edges",
    "program_template",
]

#: Version of the prompt layout; part of every cache key, so changing the
#: prompt code never serves replies that were given to another prompt.
PROMPT_VERSION = "1"


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
        messages += [{"role": "user", "content": EXAMPLE_USER}, {"role": "assistant", "content": EXAMPLE_REPLY}]
    return messages + [{"role": "user", "content": "\n\n".join(parts)}]


def _ask(what: str, layer: int, head: int) -> str:
    return (
        f"Write {what}. Reply with the complete program file in one ```python block, "
        "using only the features and built-ins of the reference, in this form:\n"
        f"```python\n{program_template(layer, head)}```"
    )


# A worked exchange shown before the real question (``LLMConfig.one_shot``).
EXAMPLE_USER = "\n\n".join(
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
EXAMPLE_REPLY = (
    "```python\n"
    + program_template(0, 0).replace("def my_head(q, k):\n    return ...", "def previous_token_with_sink(q, k):\n    return 0.8 * (k == q - 1) + 0.2 * (k == 0)")
    + "```"
)


def _example_program() -> Program:
    from headprog.language import parse_text

    return parse_text(EXAMPLE_REPLY.strip("`").removeprefix("python\n")).program()


EXAMPLE_PROGRAM = _example_program()

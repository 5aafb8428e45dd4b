"""Tuning program constants for what a head contributes to the model, not for IoU.

Synthesis fits each program to its head's attention pattern (IoU). When heads
are substituted, what matters is the model's next-token distribution, and
the two disagree: a few percent of attention moved between keys whose values
differ costs more than a larger share moved between keys with similar values,
and the errors of substituted heads add up through the layers after them.

So, for a chosen set of heads, :func:`tune_programs` keeps every program's
structure (its terms, normalisation and fallback) and re-fits only the
top-level coefficients ``w_j`` of its sum ``Σ_j w_j · term_j``, all heads
together, to minimise the mean KL divergence from the native model's
next-token distributions to the hybrid's on calibration text. The terms are
evaluated once per sequence by the reference evaluator, the pattern is
rebuilt differentiably from them (exactly the program's semantics), and the
gradient flows through the frozen model. The result is an ordinary program
file per head, with new constants and a ``source`` line saying so; nothing
else of the program set changes.

A program whose result is not such a sum (an LLM may write one) is kept as
it is and reported. Linear (``weights``) programs keep the sign of each
coefficient (their magnitudes are tuned in log space), so they stay linear.
The tuned constants fit the heads *as a set*: the manifest records the set
(``tuning.heads``), and ``headprog eval --by tuned`` substitutes exactly it.

With ``grow``, a program may also gain a few terms of the term library
(offered at weight 0, kept only where they carry weight after a third of the
steps): the one way tuning changes a structure, recorded in ``tuning.grown``.
"""

from __future__ import annotations

import json
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import torch

from headprog.compiler import ir, reference
from headprog.compiler.cache import atomic_write_text
from headprog.errors import HeadprogError
from headprog.language.program import Program
from headprog.programs import ProgramSet, head_name, parse_head

__all__ = ["TuningError", "TuningResult", "grow_terms", "linear_form", "tune_programs", "tuned_heads", "tuned_set_in", "with_coefficients", "write_tuned"]


def grow_terms() -> tuple[str, ...]:
    """The offline search's term library as texts: what ``headprog tune --grow`` offers every program."""
    from headprog.synthesis.terms import TERMS

    return tuple(t.text for t in TERMS)


#: Term matrices kept for reuse across steps (a 256-token sequence with 400 terms takes 100 MB).
_MATRIX_CACHE_BYTES = 4 * 2**30

#: Kept in the state file of an interrupted run; a run with other settings starts over.
_STATE_FILE = "tuning-state.json"


class TuningError(HeadprogError):
    """Programs cannot be tuned as asked."""


# ---------------------------------------------------------------------------
# Programs as weighted sums of terms


_ONE = ir.Const(1.0, ir.Type.NUM)


def _summands(node: ir.Node, sign: float) -> list[tuple[float, ir.Node]]:
    if isinstance(node, ir.Binary) and node.op in ("add", "sub"):
        return _summands(node.a, sign) + _summands(node.b, sign if node.op == "add" else -sign)
    if isinstance(node, ir.Unary) and node.op == "neg":
        return _summands(node.x, -sign)
    return [(sign, node)]


def linear_form(expr: ir.Node) -> list[tuple[float, ir.Node]]:
    """A program's result as ``[(w_j, term_j)]`` with ``expr == Σ_j w_j · term_j``.

    A summand ``c * t`` or ``t * c`` (c a number) gives ``(c, t)``; a bare
    number ``c`` gives ``(c, 1.0)``; any other summand ``t`` gives ``(1, t)``.
    """
    out = []
    for sign, node in _summands(expr, 1.0):
        if isinstance(node, ir.Const):
            out.append((sign * float(node.value), _ONE))
        elif isinstance(node, ir.Binary) and node.op == "mul" and isinstance(node.a, ir.Const):
            out.append((sign * float(node.a.value), node.b))
        elif isinstance(node, ir.Binary) and node.op == "mul" and isinstance(node.b, ir.Const):
            out.append((sign * float(node.b.value), node.a))
        else:
            out.append((sign, node))
    return out


def _coefficient_text(w: float) -> str:
    """Three significant digits, as synthesis writes them (programs stay short and diffable)."""
    return repr(float(f"{w:.3g}"))


def with_coefficients(program: Program, terms: Sequence[ir.Node], weights: Sequence[float]) -> Program:
    """``program`` with its result replaced by ``Σ w_j · term_j`` (through the language front end)."""
    from headprog.language import parse_text
    from headprog.language.printer import format_expr

    parts = []
    for term, w in zip(terms, weights):
        if w == 0.0:
            continue
        parts.append(_coefficient_text(w) if term == _ONE else f"{_coefficient_text(w)} * ({format_expr(term)})")
    body = " + ".join(parts) or "0.0"
    source = f'"""\nfeatures: {program.features_version}\n"""\n@program(normalize="{program.normalize}")\ndef tuned(q, k):\n    return {body}\n'
    parsed = parse_text(source, filename=program.filename).program()
    return replace(program, result=parsed.result, bindings=())


# ---------------------------------------------------------------------------
# Differentiable patterns


@dataclass
class _TunableHead:
    name: str
    layer: int
    head: int
    program: Program
    terms: list[ir.Node]  # the program's own terms, then the grown ones
    texts: list[str]  # the terms' canonical texts (where they sit in the term matrices)
    signs: torch.Tensor  # (J,) for weights programs; magnitudes are tuned as exp(theta)
    theta: torch.Tensor  # (J,) the tuned parameters
    own: int = 0  # how many of the terms are the program's own (the rest were grown)
    index: torch.Tensor | None = None  # (J,) the terms' columns in the term matrices
    grown_scale: float = 1.0  # linear programs: a grown term's weight is grown_scale * max(theta, 0)

    def weights(self) -> torch.Tensor:
        if self.program.normalize != "weights":
            return self.theta
        own = self.signs[: self.own] * torch.exp(self.theta[: self.own].clamp(max=30.0))
        # Grown terms start at exactly 0 (the program's own pattern) and may grow; a log
        # magnitude could not start at 0, and any start above it would change the pattern.
        grown = self.grown_scale * self.theta[self.own :].clamp(min=0.0)
        return torch.cat([own, grown])

    def values(self) -> list[float]:
        return [float(w) for w in self.weights().detach()]


def _grow_term(text: str, features_version: str) -> ir.Node | None:
    """A grown term's IR for a program of ``features_version``, or None when that version lacks its features."""
    from headprog.synthesis.terms import term_ir

    try:
        return term_ir(text, features_version)
    except HeadprogError:
        return None


def _tunable(program: Program, layer: int, head: int, grow: Sequence[str] = ()) -> _TunableHead | str:
    """The head's tunable form, or why it has none; ``grow``: terms to add (at weight 0) where missing."""
    from headprog.language.printer import format_expr

    pieces = linear_form(program.expr)
    terms = [t for _, t in pieces]
    if not any(t.deps for t in terms):
        return "its result does not depend on q or k"
    if len(terms) == 1 and program.normalize == "weights" and not grow:
        return "a linear program of one term: its scale does not change its pattern"
    values = torch.tensor([w for w, _ in pieces], dtype=torch.float64)
    if program.normalize == "weights" and (values == 0).any():
        return "a coefficient is zero"
    texts = [format_expr(t) for t in terms]
    own = len(terms)
    for text in grow:
        node = _grow_term(text, program.features_version)
        if node is not None and format_expr(node) not in texts:
            terms.append(node)
            texts.append(format_expr(node))
    n_grown = len(terms) - own
    if program.normalize == "weights":
        theta = torch.cat([values.abs().log(), torch.zeros(n_grown, dtype=torch.float64)])
        signs = torch.cat([values.sign(), torch.ones(n_grown, dtype=torch.float64)])
    else:
        theta = torch.cat([values, torch.zeros(n_grown, dtype=torch.float64)])
        signs = torch.ones_like(theta)
    return _TunableHead(
        name=head_name(layer, head),
        layer=layer,
        head=head,
        program=program,
        terms=terms,
        texts=texts,
        signs=signs.float(),
        theta=theta.float().requires_grad_(True),
        own=own,
        grown_scale=float(values.abs().median()),  # Adam's steps in theta are then relative to the program's weights
    )


class _TermMatrices:
    """Every term of the tuned heads, evaluated once per calibration sequence: (T, T, U) float32.

    One tensor per sequence for all heads (not one per head): heads of a layer
    share most terms, and the patterns are ``X @ W`` for all of a layer's heads at once.
    """

    def __init__(self, heads: Sequence[_TunableHead], device: torch.device | str = "cpu") -> None:
        self.device = torch.device(device)
        self.terms: dict[str, ir.Node] = {}
        for head in heads:
            for text, term in zip(head.texts, head.terms):
                self.terms.setdefault(text, term)
        column = {text: j for j, text in enumerate(self.terms)}
        for head in heads:
            head.index = torch.tensor([column[t] for t in head.texts], dtype=torch.long, device=self.device)
        self._cache: OrderedDict[tuple[int, ...], torch.Tensor] = OrderedDict()
        self._bytes = 0

    def get(self, ids: Sequence[int], features: np.ndarray) -> torch.Tensor:
        key = tuple(ids)
        got = self._cache.get(key)
        if got is not None:
            self._cache.move_to_end(key)
        else:
            t = features.shape[1]
            causal = np.tril(np.ones((t, t), dtype=bool))
            got = torch.empty((t, t, len(self.terms)), dtype=torch.float32)
            for j, term in enumerate(self.terms.values()):
                got[:, :, j] = torch.from_numpy(np.where(causal, np.broadcast_to(reference.evaluate(term, features), (t, t)), 0.0).astype(np.float32))
            got = got.to(self.device)
            self._cache[key] = got
            self._bytes += got.numel() * got.element_size()
            while len(self._cache) > 1 and self._bytes > _MATRIX_CACHE_BYTES:
                _, dropped = self._cache.popitem(last=False)  # the least recently used sequence is evaluated again when next needed
                self._bytes -= dropped.numel() * dropped.element_size()
        return got

    def evaluated(self) -> list[torch.Tensor]:
        """The matrices of every sequence evaluated so far."""
        return list(self._cache.values())

    def weights(self, heads: Sequence[_TunableHead], dtype: torch.dtype = torch.float32) -> torch.Tensor:
        """(U, len(heads)) coefficients of ``heads`` by term column: a sequence's scores are ``X @ W``."""
        w = torch.zeros((len(self.terms), len(heads)), dtype=dtype, device=self.device)
        for i, head in enumerate(heads):
            w = w.index_put((head.index, torch.full_like(head.index, i)), head.weights().to(self.device, dtype), accumulate=True)
        return w


def _pattern(scores: torch.Tensor, normalize: str, fallback: str) -> torch.Tensor:
    """The program's (T, T) pattern from its (T, T) scores ``Σ_j w_j · term_j`` (differentiable)."""
    t = scores.shape[0]
    causal = torch.ones((t, t), dtype=torch.bool, device=scores.device).tril()
    if normalize == "softmax":
        return torch.softmax(scores.masked_fill(~causal, float("-inf")), dim=1)
    scores = torch.where(causal, scores.clamp(min=0.0), torch.zeros_like(scores))
    total = scores.sum(dim=1, keepdim=True)
    fallback_rows = torch.from_numpy(reference.fallback_rows(t, fallback)).to(scores.device, scores.dtype)
    return torch.where(total > 0, scores / total.clamp(min=1e-30), fallback_rows)


# ---------------------------------------------------------------------------
# The fit


@dataclass
class TuningResult:
    """What :func:`tune_programs` did: the tuned programs and the KL before and after."""

    heads: list[str]  # the substituted set the constants were tuned for
    programs: dict[str, Program]  # head name -> tuned program (tuned heads only)
    untouched: dict[str, str]  # head name -> why its program was kept as it was
    kl_before: float  # nats per predicted token, calibration text, original programs
    kl_after: float  # the same with the tuned constants (before rounding to 3 digits)
    history: list[float] = field(default_factory=list)  # KL at each step, before its update
    grown: dict[str, list[str]] = field(default_factory=dict)  # head name -> the grown terms it kept
    tokens: int = 0
    seconds: float = 0.0
    settings: dict[str, Any] = field(default_factory=dict)


def _native_log_probs(loaded: Any, batches: list[torch.Tensor]) -> list[torch.Tensor]:
    with torch.no_grad():
        return [torch.log_softmax(loaded.model(input_ids=ids, use_cache=False).logits[:, :-1].float(), dim=-1) for ids in batches]


def _batches(calibration: Sequence[Any], batch_size: int) -> list[torch.Tensor]:
    """Calibration sequences as (B, T) id tensors, equal lengths batched together (no padding)."""
    from headprog.perplexity import _ids_of

    by_length: dict[int, list[list[int]]] = {}
    for seq in calibration:
        ids = list(_ids_of(seq))
        if len(ids) < 2:
            raise TuningError("a calibration sequence needs at least 2 tokens")
        by_length.setdefault(len(ids), []).append(ids)
    out = []
    for length in sorted(by_length):
        rows = by_length[length]
        for i in range(0, len(rows), batch_size):
            out.append(torch.tensor(rows[i : i + batch_size]))
    return out


def _settings_key(heads: list[str], programs: dict[str, Program], calibration: list[torch.Tensor], settings: dict[str, Any]) -> str:
    """What a saved state must match to be resumed: heads, programs, text and settings (not the device)."""
    import hashlib

    h = hashlib.sha256()
    fixed = {k: v for k, v in settings.items() if k != "device"}
    h.update(json.dumps({"heads": heads, "programs": [programs[n].hash for n in heads], **fixed}, sort_keys=True).encode())
    for ids in calibration:
        h.update(ids.cpu().numpy().tobytes())
    return "sha256:" + h.hexdigest()[:16]


def _adam_moments(optimizer: torch.optim.Optimizer, tunable: dict[Any, _TunableHead]) -> dict[str, dict[str, Any]]:
    """Adam's moments per head, as JSON lists, so a resumed run takes the same steps."""
    return {h.name: {k: v.tolist() for k, v in optimizer.state.get(h.theta, {}).items()} for h in tunable.values()}


def _load_state(state_path: Path | None, key: str) -> dict[str, Any] | None:
    """An interrupted run's saved state, if it was a run with the same settings."""
    if state_path is None or not state_path.is_file():
        return None
    saved = json.loads(state_path.read_text(encoding="utf-8"))
    return saved if saved.get("key") == key else None  # another run's state: start over (overwritten after the first step)


def _resume(
    saved: dict[str, Any] | None, tunable: dict[Any, _TunableHead], optimizer: torch.optim.Optimizer | None
) -> tuple[list[float], tuple[float, dict[str, list[float]]] | None]:
    """Load an interrupted run's parameters and Adam moments: (history, best)."""
    if saved is None:
        return [], None
    with torch.no_grad():
        for head in tunable.values():
            head.theta.copy_(torch.tensor(saved["theta"][head.name]))
    if optimizer is not None:
        for head in tunable.values():
            moments = saved["adam"].get(head.name)
            if moments:
                optimizer.state[head.theta] = {k: torch.tensor(v, dtype=torch.float32) for k, v in moments.items()}
    best = (saved["best_kl"], saved["best"]) if saved.get("best") is not None else None
    return list(saved["history"]), best


def _grown_effects(head: _TunableHead, matrices: _TermMatrices) -> np.ndarray:
    """Each grown term's effect on the calibration text: its mean share of a row's mass (linear programs),
    or the largest logit change it makes divided by 10 (softmax programs)."""
    w = head.weights().detach().cpu().double().numpy()
    effects = np.zeros(len(head.terms) - head.own)
    rows = 0
    for x in matrices.evaluated():
        cols = x[:, :, head.index.to(x.device)].cpu().double().numpy()  # (T, T, J)
        if head.program.normalize == "weights":
            mass = (cols * w).sum(axis=1)  # (T, J): each term's mass per row
            total = mass.sum(axis=1, keepdims=True)
            share = np.divide(mass, total, out=np.zeros_like(mass), where=total > 0)
            effects += share[:, head.own :].sum(axis=0)
            rows += cols.shape[0]
        else:
            effects = np.maximum(effects, np.abs(cols[:, :, head.own :]).max(axis=(0, 1)) * np.abs(w[head.own :]) / 10.0)
    return effects / rows if rows else effects


def _choose_grown(head: _TunableHead, matrices: _TermMatrices, max_grown: int, min_share: float) -> list[str]:
    """The grown terms ``head`` keeps: at most ``max_grown``, each with an effect of at least ``min_share``,
    and no more than keep a fast program fast."""
    if len(head.terms) == head.own:
        return []
    effects = _grown_effects(head, matrices)
    order = [int(j) for j in np.argsort(-effects, kind="stable") if effects[j] >= min_share][:max_grown]
    from headprog.hybrid import is_fast_program

    was_fast = is_fast_program(head.program)
    values = head.values()
    while order and was_fast:
        keep = list(range(head.own)) + [head.own + j for j in sorted(order)]
        if is_fast_program(with_coefficients(head.program, [head.terms[i] for i in keep], [values[i] for i in keep])):
            break
        order.pop()  # the weakest kept grown term
    return [head.texts[head.own + j] for j in sorted(order)]


def _keep_grown(head: _TunableHead, texts: Sequence[str]) -> None:
    """Drop the grown terms of ``head`` not in ``texts`` (its own terms all stay); its parameters become new tensors."""
    wanted = set(texts)
    keep = list(range(head.own)) + [j for j in range(head.own, len(head.terms)) if head.texts[j] in wanted]
    head.terms = [head.terms[i] for i in keep]
    head.texts = [head.texts[i] for i in keep]
    head.signs = head.signs[keep]
    if head.index is not None:
        head.index = head.index[keep]
    head.theta = head.theta.detach()[keep].clone().requires_grad_(True)


def tune_programs(
    loaded: Any,
    program_set: ProgramSet | Mapping[Any, Program],
    heads: Sequence[Any],
    calibration: Sequence[Any],
    *,
    steps: int = 30,
    lr: float = 0.15,
    batch_size: int = 4,
    force: bool = False,
    progress: bool = False,
    state_dir: str | Path | None = None,
    on_step: Callable[[int, float], None] | None = None,
    grow: Sequence[str] = (),
    max_grown: int = 4,
    min_share: float = 0.01,
    grow_steps: int | None = None,
    batches_per_step: int | None = None,
) -> TuningResult:
    """Re-fit the coefficients of the programs of ``heads``, substituted together, for KL to the native model.

    ``program_set``: a program folder's manifest, or ``{(layer, head) or "L3H5": Program}``
    as :class:`~headprog.hybrid.HybridModel` takes. ``calibration``: token sequences (e.g. ``evaluation_chunks(loaded, split="heldout",
    n=8, max_tokens=256)``). Full-batch Adam on all heads' coefficients for
    ``steps`` steps, learning rate ``lr`` (log-magnitudes of linear programs,
    raw coefficients of softmax programs); the best step is kept. With
    ``state_dir``, the parameters are saved there after every step and an
    interrupted run with the same heads, programs, calibration and settings
    resumes from its last step.

    ``batches_per_step``: each step sees only this many batches of
    ``batch_size`` sequences, in a fresh shuffle each pass over the text, so
    more text can be tuned on for the same cost per step (the last step is
    kept; ``history`` then holds the minibatches' KLs, and the KL before and
    after are measured on all the text).

    ``grow``: term texts (DSL expressions over q and k, e.g. :func:`grow_terms`)
    added to every tuned program that lacks them, at weight 0 (a linear
    program's grown weights stay non-negative, so it stays linear), and
    tuned with the rest for ``grow_steps`` steps
    (default a third of ``steps``). Then each program keeps at most
    ``max_grown`` of them, those carrying at least ``min_share`` of its rows'
    mass (linear) or moving its logits by at least ``min_share`` × 10
    (softmax), and the remaining steps tune what is kept (fewer free
    constants fit the calibration text less closely, so they carry over to
    other text better); the same rule drops what fell under ``min_share`` by
    the end. A program that had a running-sum plan or was a selector or band
    keeps one (grown terms are dropped until it does). The KL after is
    measured with what is written.
    """
    from tqdm import tqdm

    from headprog.hybrid import HybridModel, _as_head

    started = time.perf_counter()
    names = sorted({head_name(*_as_head(h)) for h in heads}, key=parse_head)
    if not names:
        raise TuningError("no heads to tune; name some heads or a fraction")
    device = next(loaded.model.parameters()).device
    batches = [b.to(device) for b in _batches(calibration, batch_size)]
    tokens = sum(int(b.shape[0] * (b.shape[1] - 1)) for b in batches)
    hybrid = HybridModel(loaded, program_set, names, backend="reference", force=force)
    model_params = {p: p.requires_grad for p in loaded.model.parameters()}
    try:
        originals = {n: hybrid.program(n) for n in names}
        tunable: dict[tuple[int, int], _TunableHead] = {}
        untouched: dict[str, str] = {}
        for n in names:
            got = _tunable(originals[n], *parse_head(n), grow=grow)
            if isinstance(got, str):
                untouched[n] = got
            else:
                tunable[(got.layer, got.head)] = got
        grow_steps = (steps // 3 if grow_steps is None else grow_steps) if grow else None
        settings = {"steps": steps, "lr": lr, "batch_size": batch_size, "calibration_sequences": len(calibration), "tokens": tokens, "device": str(device)}
        if batches_per_step is not None:
            settings["batches_per_step"] = batches_per_step
        if grow:
            settings.update(grow=list(grow), max_grown=max_grown, min_share=min_share, grow_steps=grow_steps)
        key = _settings_key(names, originals, batches, settings)
        state_path = Path(state_dir) / _STATE_FILE if state_dir is not None else None
        matrices = _TermMatrices(list(tunable.values()), device)  # on a GPU the patterns are built there too
        saved = _load_state(state_path, key)
        kept: dict[str, list[str]] | None = saved.get("kept") if saved else None
        if kept is not None:  # the interrupted run had already chosen its grown terms
            for head in tunable.values():
                _keep_grown(head, kept[head.name])

        def adam() -> torch.optim.Optimizer | None:
            params = [h.theta for h in tunable.values()]
            return torch.optim.Adam(params, lr=lr) if params else None

        optimizer = adam()
        history, best = _resume(saved, tunable, optimizer)

        def patterns(layer: int, group_heads: list[int], state: Any) -> torch.Tensor:
            tuned_here = [tunable[(layer, h)] for h in group_heads if (layer, h) in tunable]
            w = matrices.weights(tuned_here) if tuned_here else None  # one (U, g) matrix for the whole batch
            rows = []
            for b, ids in enumerate(state.ids):
                n = len(ids)
                scores = matrices.get(ids, state.table[b, :, :n]) @ w if tuned_here else None
                per_head = []
                for h in group_heads:
                    head = tunable.get((layer, h))
                    if head is None:  # kept as it is: its fixed pattern
                        program = originals[head_name(layer, h)]
                        p = torch.from_numpy(reference.pattern_one(program.expr, state.table[b, :, :n], program.normalize, program.fallback).astype(np.float32)).to(device)
                    else:
                        p = _pattern(scores[:, :, tuned_here.index(head)], head.program.normalize, head.program.fallback)
                    per_head.append(p)
                rows.append(torch.stack(per_head))
            return torch.stack(rows)  # (B, g, T, T)

        hybrid.pattern_source = patterns
        with hybrid.native():
            native = _native_log_probs(loaded, batches)
        for p in model_params:
            p.requires_grad_(False)  # only the coefficients learn; restored below

        batch_tokens = [int(b.shape[0] * (b.shape[1] - 1)) for b in batches]

        def kl_pass(backward: bool, which: Sequence[int] | None = None) -> float:
            """Mean KL per predicted token over the batches ``which`` (all by default); with ``backward``, its gradient."""
            chosen = range(len(batches)) if which is None else which
            n_tokens = sum(batch_tokens[i] for i in chosen)
            total = 0.0
            for i in chosen:
                with torch.set_grad_enabled(backward):
                    logp = torch.log_softmax(hybrid(input_ids=batches[i], use_cache=False).logits[:, :-1].float(), dim=-1)
                    kl = (native[i].exp() * (native[i] - logp)).sum()
                    if backward:
                        (kl / n_tokens).backward()
                total += float(kl.detach())
            return total / n_tokens

        def snapshot() -> dict[str, list[float]]:
            return {h.name: h.theta.detach().tolist() for h in tunable.values()}

        # Full batch: every step sees all the text and the best step is kept. Minibatches:
        # each step sees `batches_per_step` batches (a fresh shuffle each pass over the
        # text, seeded by the pass), their KLs are not comparable, and the last step is kept.
        minibatch = batches_per_step is not None and batches_per_step < len(batches)

        def step_batches(step: int) -> list[int] | None:
            if not minibatch:
                return None
            per_pass = len(batches) // batches_per_step
            n_pass, i = divmod(step, per_pass)
            order = np.random.default_rng(n_pass).permutation(len(batches))
            return [int(b) for b in order[i * batches_per_step : (i + 1) * batches_per_step]]

        kl_start = saved.get("kl_start") if saved else None
        if kl_start is None:
            kl_start = kl_pass(backward=False) if minibatch else None
        bar = tqdm(total=steps, initial=len(history), desc="tune", unit="step", disable=not progress)
        while len(history) < steps and optimizer is not None:
            if grow_steps is not None and kept is None and len(history) >= grow_steps:
                if not matrices.evaluated():  # resumed right here: the choice needs the terms' values on the text
                    kl_pass(backward=False)
                kept = {h.name: _choose_grown(h, matrices, max_grown, min_share) for h in tunable.values()}
                for head in tunable.values():
                    _keep_grown(head, kept[head.name])
                optimizer, best = adam(), None  # the best so far had other terms
            optimizer.zero_grad()
            kl = kl_pass(backward=True, which=step_batches(len(history)))
            if not minibatch and (best is None or kl < best[0]):
                best = (kl, snapshot())
            optimizer.step()
            history.append(kl)
            bar.update(1)
            bar.set_postfix(kl=f"{kl:.4f}")
            if state_path is not None:
                saved = {"key": key, "history": history, "theta": snapshot(), "best_kl": best[0] if best else None, "best": best[1] if best else None,
                         "adam": _adam_moments(optimizer, tunable), "kept": kept, "kl_start": kl_start}  # fmt: skip
                atomic_write_text(state_path, json.dumps(saved) + "\n")
            if on_step is not None:
                on_step(len(history), kl)
        bar.close()
        final = kl_pass(backward=False)  # the last update's parameters, on all the text
        if best is None or final < best[0]:
            best = (final, snapshot())
        with torch.no_grad():
            for head in tunable.values():
                head.theta.copy_(torch.tensor(best[1][head.name]))
        kl_before = kl_start if kl_start is not None else history[0] if history else final
        kl_after = best[0]
        if grow:  # drop the grown terms that do little, then measure what will be written
            for head in tunable.values():
                _keep_grown(head, _choose_grown(head, matrices, max_grown, min_share))
            kl_after = kl_pass(backward=False)
        programs = {h.name: with_coefficients(h.program, h.terms, h.values()) for h in tunable.values()}
        grown = {h.name: h.texts[h.own :] for h in tunable.values() if len(h.terms) > h.own}
    finally:
        for p, flag in model_params.items():
            p.requires_grad_(flag)
        hybrid.close()
    return TuningResult(
        heads=names,
        programs=programs,
        untouched=untouched,
        kl_before=kl_before,
        kl_after=kl_after,
        history=history,
        grown=grown,
        tokens=tokens,
        seconds=time.perf_counter() - started,
        settings=settings,
    )


# ---------------------------------------------------------------------------
# Writing the tuned set


_TUNED_NOTE = re.compile(r"; coefficients tuned for KL to the native model with (\d+) heads substituted \(headprog tune(?:, (\d+) rounds)?\)$")


def _tuned_source(source: str | None, n_heads: int) -> str:
    """A tuned program's ``source`` line: where it came from, then one note of its tuning, counting rounds when tuned again."""
    source = source or "unknown"
    rounds = 1
    while (earlier := _TUNED_NOTE.search(source)) is not None:  # files from before rounds were counted repeat the note
        source, rounds = source[: earlier.start()], rounds + int(earlier.group(2) or 1)
    counted = f", {rounds} rounds" if rounds > 1 else ""
    return f"{source}; coefficients tuned for KL to the native model with {n_heads} heads substituted (headprog tune{counted})"


def write_tuned(program_set: ProgramSet, result: TuningResult, out_dir: str | Path, *, store: Any | None = None) -> ProgramSet:
    """A new program folder: ``program_set`` with the tuned heads' files replaced.

    Each tuned file keeps its program's name, options and label, says in its
    ``source`` line what it was tuned for, and carries the tuning KL in its
    scores; with ``store`` (an opened attention store) its held-out IoU is
    measured again, otherwise the IoU scores of the untuned program are dropped
    (they no longer describe it). The manifest gains a ``tuning`` record.
    """
    from headprog.language import format_file, parse_file, parse_text
    from headprog.language.program import ProgramFile

    out = Path(out_dir)
    if out.resolve() == Path(program_set.folder).resolve():
        raise TuningError(f"--out {out} is the program folder being tuned; write the tuned set to a new folder")
    out.mkdir(parents=True, exist_ok=True)
    heads = dict(program_set.heads)
    for name, record in program_set.heads.items():
        source = Path(program_set.folder) / record["file"]
        if name not in result.programs:
            atomic_write_text(out / record["file"], source.read_text(encoding="utf-8"))
            continue
        original = parse_file(source)
        program = result.programs[name]
        header_source = _tuned_source(original.header.source, len(result.heads))
        scores = {"tuning_kl_before": round(result.kl_before, 5), "tuning_kl_after": round(result.kl_after, 5)}
        if store is not None:
            from headprog.synthesis.synthesize import _scores_record

            measured, _ = _scores_record(store, program, *parse_head(name))
            scores = {**measured, **scores}
        header = replace(original.header, source=header_source).with_scores(**scores)
        text = format_file(ProgramFile(header=header, programs=(program,), filename=record["file"]))
        program = parse_text(text, filename=record["file"]).program()  # what the file says is what is recorded
        atomic_write_text(out / record["file"], text)
        kept = {k: v for k, v in record.items() if not k.startswith("heldout_")}
        heads[name] = {**kept, **scores, "program_hash": program.hash, "structure_hash": program.structure_hash, "source": "tuned"}
    tuned = ProgramSet(folder=out, model=program_set.model, feature_library=program_set.feature_library, heads=heads, extra=dict(program_set.extra))
    tuned.extra["tuning"] = {
        "from": str(program_set.folder),
        "heads": result.heads,
        "untouched": result.untouched,
        **({"grown": result.grown} if result.grown else {}),
        "kl_before": round(result.kl_before, 6),
        "kl_after": round(result.kl_after, 6),
        "history": [round(v, 6) for v in result.history],
        "seconds": round(result.seconds, 1),
        **result.settings,
    }
    if "library" in tuned.extra:  # a synthesized set: its library view counts the new program hashes
        from headprog.synthesis.synthesize import library_view

        tuned.extra["library"] = library_view(tuned)
    tuned.save()
    (out / _STATE_FILE).unlink(missing_ok=True)  # the tuned files are written: nothing left to resume
    return tuned


def tuned_set_in(folder: str | Path, heads: Sequence[str], steps: int | None = None, tokens: int | None = None) -> ProgramSet | None:
    """The tuned program set in ``folder`` if it was tuned for exactly ``heads`` (and ``steps``, on ``tokens`` predicted tokens), else None."""
    from headprog.programs import load_program_set

    if not (Path(folder) / "manifest.json").exists():
        return None
    tuned = load_program_set(folder)
    record = tuned.extra.get("tuning") or {}
    if record.get("heads") != sorted(heads, key=parse_head):
        return None
    if (steps is not None and record.get("steps") != steps) or (tokens is not None and record.get("tokens") != tokens):
        return None
    return tuned


def tuned_heads(program_set: ProgramSet) -> list[str]:
    """The head set a tuned program folder was tuned for (``manifest.json``'s ``tuning.heads``)."""
    record = program_set.extra.get("tuning")
    if not record or not record.get("heads"):
        raise TuningError(f"{program_set.folder} is not a tuned program set (its manifest has no tuning record); run `headprog tune`")
    return list(record["heads"])


# ---------------------------------------------------------------------------
# CLI


def add_tune_arguments(parser: Any) -> Any:
    """Options of ``headprog tune``: choose heads as ``headprog eval`` does, then tune their constants together."""
    from headprog.hybrid import _add_common

    _add_common(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the tuned program set (a copy of --programs with the chosen heads' files tuned)")
    parser.add_argument("--steps", type=int, default=30, help="Adam steps over the tuning text (default 30; each is a forward and backward pass over it)")
    parser.add_argument("--lr", type=float, default=0.15, help="Adam learning rate (default 0.15)")
    parser.add_argument("--tune-examples", type=int, default=8, help="chunks of the heldout split to tune on (default 8)")
    parser.add_argument("--tune-tokens", type=int, default=256, help="tokens per tuning chunk (default 256); later positions are not tuned for, so tune on chunks as long as the hybrid will read")
    parser.add_argument("--store", metavar="DIR", default=None, help="attention store: measure the tuned programs' held-out IoU again (otherwise their IoU scores are dropped)")
    parser.add_argument("--batches-per-step", type=int, default=None, metavar="N", help="each step sees N batches of 4 chunks, shuffled anew each pass over the text (default: all of them, every step); more text for the same cost per step")
    parser.add_argument("--grow", action="store_true", help="also offer every program the offline search's term library (at no weight) and keep the few grown terms that carry weight after tuning")
    parser.add_argument("--max-grown", type=int, default=4, help="--grow: grown terms kept per program at most (default 4)")
    parser.add_argument("--device", default="cpu", help="where the model runs while tuning: cpu (default) or cuda")
    parser.add_argument(
        "--swap", type=int, default=0, metavar="N",
        help="before tuning, swap up to N heads of the chosen set (best with --by tuned) that cost the most inside it for candidates "
        "that add less on top of it, measured on --calibration-examples heldout chunks after the tuning text (headprog.swaps)",
    )
    parser.add_argument("--swap-pool", type=int, default=30, metavar="M", help="--swap: candidates measured, the M best by held-out IoU outside the set (default 30)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.set_defaults(func=cmd_tune)
    return parser


def cmd_tune(args: Any) -> int:
    """Run ``headprog tune``: print what was tuned and the calibration KL before and after."""
    from headprog import models
    from headprog import store as store_mod
    from headprog.hybrid import _choose_from_args, check_program_set
    from headprog.perplexity import evaluation_chunks
    from headprog.programs import load_program_set

    loaded = models.load(args.model)
    loaded.model.to(args.device)
    pset = load_program_set(args.programs)
    check_program_set(pset, loaded, force=args.force)
    st = store_mod.open(args.store) if args.store else None
    heads = [c["head"] for c in _choose_from_args(args, loaded, pset)]
    text = evaluation_chunks(loaded, args.corpus, "heldout", args.tune_tokens, args.tune_examples, args.seed)
    pairs: list[tuple[str, str]] = []
    if args.swap > 0:
        heads, pairs = _swapped_heads(args, loaded, pset, heads)
    print(f"tuning the programs of {len(heads)} heads together on {len(text)} heldout chunks of {args.tune_tokens} tokens")
    result = tune_programs(
        loaded, pset, heads, text, steps=args.steps, lr=args.lr, force=args.force,
        progress=not args.quiet, state_dir=args.out, grow=grow_terms() if args.grow else (), max_grown=args.max_grown,
        batches_per_step=args.batches_per_step,
    )
    tuned = write_tuned(pset, result, args.out, store=st)
    if pairs:
        from headprog.swaps import record_swaps

        record_swaps(tuned, pairs)
    for name, why in result.untouched.items():
        print(f"  {name}: kept as it is ({why})")
    for name, texts in result.grown.items():
        print(f"  {name}: grew {', '.join(texts)}")
    print(
        f"KL to the native model on the tuning text: {result.kl_before:.4f} -> {result.kl_after:.4f} nats/token "
        f"({result.tokens} tokens, {len(result.history)} steps, {result.seconds:.0f} s)"
    )
    print(f"wrote {tuned.folder}; evaluate with: headprog eval --programs {tuned.folder} --by tuned")
    return 0


def _swapped_heads(args: Any, loaded: Any, pset: ProgramSet, heads: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """``headprog tune --swap``: measure swap costs around ``heads`` (resumable in --out), plan and apply the swaps."""
    from headprog.hybrid import fast_heads
    from headprog.swaps import refine_by_swaps, swap_calibration

    eligible = set(fast_heads(pset)) if args.fast_only else set(pset.heads)
    candidates = [h for h in pset.ranked("heldout_iou") if h in eligible and h not in heads][: args.swap_pool]
    calibration = swap_calibration(loaded, args.corpus, args.tune_examples, args.tune_tokens, args.calibration_examples, args.calibration_tokens, args.seed)
    print(f"measuring swap costs: {len(heads)} heads and {len(candidates)} candidates on {len(calibration)} heldout chunks")
    costs, pairs, swapped = refine_by_swaps(loaded, pset, heads, candidates, calibration, args.swap, Path(args.out) / "swaps.json",
                                            force=args.force, progress=not args.quiet)
    for out, come in pairs:
        print(f"  swap {out} (removing it saves {costs.removal[out]:.4f}) for {come} (adds {costs.addition[come]:.4f})")
    if not pairs:
        print("  no candidate adds less than a head of the set saves: no swap")
    return swapped, pairs

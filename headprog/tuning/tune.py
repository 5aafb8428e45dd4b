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

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from headprog.compiler import reference
from headprog.errors import HeadprogError
from headprog.evaluate.divergence import next_token_log_probs
from headprog.evaluate.perplexity import token_ids
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, head_name, parse_head
from headprog.tuning.linear_form import with_coefficients
from headprog.tuning.state import STATE_FILE, Best, adam_moments, load_state, resume, save_state, settings_key
from headprog.tuning.tunable import TermMatrices, TunableHead, choose_grown, differentiable_pattern, keep_grown, tunable_head

__all__ = ["STATE_FILE", "TuningError", "TuningResult", "tune_programs"]


class TuningError(HeadprogError):
    """Programs cannot be tuned as asked."""


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


def _batches(calibration: Sequence[Any], batch_size: int) -> list[torch.Tensor]:
    """Calibration sequences as (B, T) id tensors, equal lengths batched together (no padding)."""

    by_length: dict[int, list[list[int]]] = {}
    for seq in calibration:
        ids = list(token_ids(seq))
        if len(ids) < 2:
            raise TuningError("a calibration sequence needs at least 2 tokens")
        by_length.setdefault(len(ids), []).append(ids)
    out = []
    for length in sorted(by_length):
        rows = by_length[length]
        for i in range(0, len(rows), batch_size):
            out.append(torch.tensor(rows[i : i + batch_size]))
    return out


def _split_tunable(originals: dict[str, Program], grow: Sequence[str]) -> tuple[dict[tuple[int, int], TunableHead], dict[str, str]]:
    """The heads whose programs can be tuned, by (layer, head), and why the others cannot."""
    tunable: dict[tuple[int, int], TunableHead] = {}
    untouched: dict[str, str] = {}
    for n, program in originals.items():
        got = tunable_head(program, *parse_head(n), grow=grow)
        if isinstance(got, str):
            untouched[n] = got
        else:
            tunable[(got.layer, got.head)] = got
    return tunable, untouched


def _run_settings(
    steps: int,
    lr: float,
    batch_size: int,
    calibration_sequences: int,
    tokens: int,
    device: torch.device,
    batches_per_step: int | None,
    grow: Sequence[str],
    max_grown: int,
    min_share: float,
    grow_steps: int | None,
) -> dict[str, Any]:
    """The settings recorded in the result and (but for the device) keyed in the state file."""
    settings: dict[str, Any] = {"steps": steps, "lr": lr, "batch_size": batch_size, "calibration_sequences": calibration_sequences, "tokens": tokens, "device": str(device)}
    if batches_per_step is not None:
        settings["batches_per_step"] = batches_per_step
    if grow:
        settings.update(grow=list(grow), max_grown=max_grown, min_share=min_share, grow_steps=grow_steps)
    return settings


class _Tuning:
    """One tuning run: the tunable heads, the calibration batches, the optimizer and what a resumed run picks up.

    The phases, in order: :meth:`resume` (an interrupted run's state),
    :meth:`attach` (the native model's distributions, then the tuned heads'
    patterns through :meth:`patterns`), :meth:`run` (the steps) and :meth:`finish`.
    """

    def __init__(
        self,
        hybrid: Any,
        originals: dict[str, Program],
        tunable: dict[tuple[int, int], TunableHead],
        batches: list[torch.Tensor],
        device: torch.device,
        *,
        lr: float,
        batches_per_step: int | None,
        grow: bool,
        grow_steps: int | None,
        max_grown: int,
        min_share: float,
    ) -> None:
        self.hybrid, self.originals, self.tunable = hybrid, originals, tunable
        self.batches, self.device, self.lr = batches, device, lr
        self.grow, self.grow_steps, self.max_grown, self.min_share = grow, grow_steps, max_grown, min_share
        self.batch_tokens = [int(b.shape[0] * (b.shape[1] - 1)) for b in batches]
        self.matrices = TermMatrices(list(tunable.values()), device)  # on a GPU the patterns are built there too
        # Full batch: every step sees all the text and the best step is kept. Minibatches:
        # each step sees `batches_per_step` batches (a fresh shuffle each pass over the
        # text, seeded by the pass), their KLs are not comparable, and the last step is kept.
        self.batches_per_step = batches_per_step
        self.minibatch = batches_per_step is not None and batches_per_step < len(batches)
        self.native: list[torch.Tensor] = []
        self.kept: dict[str, list[str]] | None = None  # head name -> the grown terms it keeps, once chosen
        self.optimizer: torch.optim.Optimizer | None = None
        self.history: list[float] = []
        self.best: Best | None = None
        self.kl_start: float | None = None

    def adam(self) -> torch.optim.Optimizer | None:
        """A fresh optimizer over every tuned head's parameters (None when no head is tuned)."""
        params = [h.theta for h in self.tunable.values()]
        return torch.optim.Adam(params, lr=self.lr) if params else None

    def resume(self, saved: dict[str, Any] | None) -> None:
        """Start from an interrupted run's state ``saved`` (None: from the programs' own constants)."""
        self.kept = saved.get("kept") if saved else None
        if self.kept is not None:  # the interrupted run had already chosen its grown terms
            for head in self.tunable.values():
                keep_grown(head, self.kept[head.name])
        self.optimizer = self.adam()
        self.history, self.best = resume(saved, self.tunable, self.optimizer)
        self.kl_start = saved.get("kl_start") if saved else None

    def attach(self, loaded: Any) -> None:
        """Route the tuned heads through :meth:`patterns` and take the native model's log-probabilities."""
        self.hybrid.pattern_source = self.patterns
        with self.hybrid.native(), torch.no_grad():
            self.native = [next_token_log_probs(loaded.model, ids) for ids in self.batches]

    def patterns(self, layer: int, group_heads: list[int], state: Any) -> torch.Tensor:
        """The hybrid's pattern source: (B, g, T, T), differentiable in the tuned heads' parameters."""
        tuned_here = [self.tunable[(layer, h)] for h in group_heads if (layer, h) in self.tunable]
        w = self.matrices.weights(tuned_here) if tuned_here else None  # one (U, g) matrix for the whole batch
        rows = []
        for b, ids in enumerate(state.ids):
            n = len(ids)
            scores = self.matrices.get(ids, state.table[b, :, :n]) @ w if tuned_here else None
            per_head = []
            for h in group_heads:
                head = self.tunable.get((layer, h))
                if head is None:  # kept as it is: its fixed pattern
                    program = self.originals[head_name(layer, h)]
                    p = torch.from_numpy(reference.pattern_one(program.expr, state.table[b, :, :n], program.normalize, program.fallback).astype(np.float32)).to(self.device)
                else:
                    p = differentiable_pattern(scores[:, :, tuned_here.index(head)], head.program.normalize, head.program.fallback)
                per_head.append(p)
            rows.append(torch.stack(per_head))
        return torch.stack(rows)  # (B, g, T, T)

    def kl_pass(self, backward: bool, which: Sequence[int] | None = None) -> float:
        """Mean KL per predicted token over the batches ``which`` (all by default); with ``backward``, its gradient."""
        chosen = range(len(self.batches)) if which is None else which
        n_tokens = sum(self.batch_tokens[i] for i in chosen)
        total = 0.0
        for i in chosen:
            with torch.set_grad_enabled(backward):
                logp = next_token_log_probs(self.hybrid, self.batches[i])
                kl = (self.native[i].exp() * (self.native[i] - logp)).sum()
                if backward:
                    (kl / n_tokens).backward()
            total += float(kl.detach())
        return total / n_tokens

    def snapshot(self) -> dict[str, list[float]]:
        """Every tuned head's parameters now, as JSON lists."""
        return {h.name: h.theta.detach().tolist() for h in self.tunable.values()}

    def step_batches(self, step: int) -> list[int] | None:
        """The batches step ``step`` sees: None (all of them) unless in minibatches."""
        if not self.minibatch:
            return None
        per_pass = len(self.batches) // self.batches_per_step
        n_pass, i = divmod(step, per_pass)
        order = np.random.default_rng(n_pass).permutation(len(self.batches))
        return [int(b) for b in order[i * self.batches_per_step : (i + 1) * self.batches_per_step]]

    def choose_kept(self) -> None:
        """Choose the grown terms each head keeps, and start Adam afresh on what is kept."""
        if not self.matrices.evaluated():  # resumed right here: the choice needs the terms' values on the text
            self.kl_pass(backward=False)
        self.kept = {h.name: choose_grown(h, self.matrices, self.max_grown, self.min_share) for h in self.tunable.values()}
        for head in self.tunable.values():
            keep_grown(head, self.kept[head.name])
        self.optimizer, self.best = self.adam(), None  # the best so far had other terms

    def run(self, steps: int, *, key: str, state_path: Path | None, progress: bool, on_step: Callable[[int, float], None] | None) -> None:
        """Take the steps not yet taken, saving the state after each one."""
        from tqdm import tqdm

        if self.kl_start is None:
            self.kl_start = self.kl_pass(backward=False) if self.minibatch else None
        bar = tqdm(total=steps, initial=len(self.history), desc="tune", unit="step", disable=not progress)
        while len(self.history) < steps and self.optimizer is not None:
            if self.grow_steps is not None and self.kept is None and len(self.history) >= self.grow_steps:
                self.choose_kept()
            self.optimizer.zero_grad()
            kl = self.kl_pass(backward=True, which=self.step_batches(len(self.history)))
            if not self.minibatch and (self.best is None or kl < self.best[0]):
                self.best = (kl, self.snapshot())
            self.optimizer.step()
            self.history.append(kl)
            bar.update(1)
            bar.set_postfix(kl=f"{kl:.4f}")
            if state_path is not None:
                save_state(state_path, key, history=self.history, theta=self.snapshot(), best=self.best,
                           adam=adam_moments(self.optimizer, self.tunable), kept=self.kept, kl_start=self.kl_start)  # fmt: skip
            if on_step is not None:
                on_step(len(self.history), kl)
        bar.close()

    def finish(self) -> tuple[float, float, dict[str, Program], dict[str, list[str]]]:
        """Keep the best parameters, drop the grown terms that do little: (KL before, KL after, programs, grown)."""
        final = self.kl_pass(backward=False)  # the last update's parameters, on all the text
        best = self.best
        if best is None or final < best[0]:
            best = (final, self.snapshot())
        with torch.no_grad():
            for head in self.tunable.values():
                head.theta.copy_(torch.tensor(best[1][head.name]))
        kl_before = self.kl_start if self.kl_start is not None else self.history[0] if self.history else final
        kl_after = best[0]
        if self.grow:  # drop the grown terms that do little, then measure what will be written
            for head in self.tunable.values():
                keep_grown(head, choose_grown(head, self.matrices, self.max_grown, self.min_share))
            kl_after = self.kl_pass(backward=False)
        programs = {h.name: with_coefficients(h.program, h.terms, h.values()) for h in self.tunable.values()}
        grown = {h.name: h.texts[h.own :] for h in self.tunable.values() if len(h.terms) > h.own}
        return kl_before, kl_after, programs, grown


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
    from headprog.hybrid import HybridModel
    from headprog.hybrid.checks import as_head

    started = time.perf_counter()
    names = sorted({head_name(*as_head(h)) for h in heads}, key=parse_head)
    if not names:
        raise TuningError("no heads to tune; name some heads or a fraction")
    device = next(loaded.model.parameters()).device
    batches = [b.to(device) for b in _batches(calibration, batch_size)]
    tokens = sum(int(b.shape[0] * (b.shape[1] - 1)) for b in batches)
    hybrid = HybridModel(loaded, program_set, names, backend="reference", force=force)
    model_params = {p: p.requires_grad for p in loaded.model.parameters()}
    try:
        originals = {n: hybrid.program(n) for n in names}
        tunable, untouched = _split_tunable(originals, grow)
        grow_steps = (steps // 3 if grow_steps is None else grow_steps) if grow else None
        settings = _run_settings(steps, lr, batch_size, len(calibration), tokens, device, batches_per_step, grow, max_grown, min_share, grow_steps)
        key = settings_key(names, originals, batches, settings)
        state_path = Path(state_dir) / STATE_FILE if state_dir is not None else None
        run = _Tuning(hybrid, originals, tunable, batches, device, lr=lr, batches_per_step=batches_per_step,
                      grow=bool(grow), grow_steps=grow_steps, max_grown=max_grown, min_share=min_share)  # fmt: skip
        run.resume(load_state(state_path, key))
        run.attach(loaded)
        for p in model_params:
            p.requires_grad_(False)  # only the coefficients learn; restored below
        run.run(steps, key=key, state_path=state_path, progress=progress, on_step=on_step)
        kl_before, kl_after, programs, grown = run.finish()
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
        history=run.history,
        grown=grown,
        tokens=tokens,
        seconds=time.perf_counter() - started,
        settings=settings,
    )

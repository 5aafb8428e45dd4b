"""What substituting heads costs: each head alone, or greedily in rounds on top of the heads chosen before."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch

from headprog.compiler.analysis import classify
from headprog.evaluate.divergence import mean_kl
from headprog.evaluate.divergence import next_token_log_probs as log_probs_of
from headprog.evaluate.perplexity import perplexity, token_ids
from headprog.hybrid import HybridError, HybridModel
from headprog.hybrid.checks import load_checked_program
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, parse_head

__all__ = [
    "HeadCosts",
    "fast_heads",
    "is_fast_program",
    "mean_kl",
    "measure_head_costs",
    "calibration_log_probs",
    "order_heads_jointly",
    "substitution_cost",
    "total_heads",
]


def fast_heads(program_set: ProgramSet) -> list[str]:
    """Heads whose programs cost O(T·d) per head in a prefill: selectors, bands and linear programs
    with a running-sum plan (not softmax or other dense programs, which evaluate every (q, k) pair)."""
    return [name for name in sorted(program_set.heads, key=parse_head) if is_fast_program(load_checked_program(program_set, name))]


def is_fast_program(program: Program) -> bool:
    """Whether a program costs O(T·d) in a prefill (a selector, a band or a running-sum plan)."""
    return classify(program.expr, program.normalize).fast


def total_heads(program_set: ProgramSet, loaded: Any | None) -> int:
    if loaded is not None:
        return loaded.n_layers * loaded.n_heads
    m = program_set.model or {}
    if m.get("n_layers") and m.get("n_heads"):
        return int(m["n_layers"]) * int(m["n_heads"])
    return len(program_set.heads)


@dataclass
class HeadCosts:
    """What substituting each head alone costs on the calibration chunks (nats per predicted token).

    ``metric`` ``"kl"``: the mean KL divergence from the native model's
    next-token distribution to the hybrid's, i.e. the NLL the substitution adds
    in expectation over the native model's own predictions; never negative, and
    far less noisy on a small calibration set than ``"nll"``, the NLL added on
    the calibration tokens themselves.
    """

    base_nll: float
    tokens: int
    heads: dict[str, float]
    metric: str = "kl"
    #: From :func:`order_heads_jointly`: heads in the order they were added, each with what it
    #: added to the heads before it (``joint``) and its round. Empty: rank by ``heads`` alone.
    order: list[str] = field(default_factory=list)
    joint: dict[str, float] = field(default_factory=dict)
    rounds: dict[str, int] = field(default_factory=dict)


def calibration_log_probs(loaded: Any, calibration: Sequence[Any]) -> list[torch.Tensor]:
    """Next-token log-probabilities of the model as it is now, one (T - 1, V) tensor per sequence."""
    with torch.no_grad():
        return [log_probs_of(loaded.model, torch.tensor([token_ids(seq)]))[0] for seq in calibration]


def measure_head_costs(
    loaded: Any,
    program_set: ProgramSet,
    heads: Sequence[str],
    calibration: Sequence[Any],
    *,
    metric: str = "kl",
    backend: str = "auto",
    force: bool = False,
    progress: bool = False,
    known: Mapping[str, float] | None = None,
    on_measured: Callable[[str, float], None] | None = None,
) -> HeadCosts:
    """Substitute each of ``heads`` alone and measure what it costs on ``calibration`` (see :class:`HeadCosts`).

    ``known`` holds costs measured earlier (skipped); ``on_measured(head, cost)``
    is called after each measurement, so a long run can save as it goes.
    """
    from tqdm import tqdm

    if metric not in ("kl", "nll"):
        raise HybridError(f"head cost metric must be 'kl' or 'nll'; got {metric!r}")
    costs: dict[str, float] = dict(known or {})
    with HybridModel(loaded, program_set, [], backend=backend, force=force) as hybrid:
        base = perplexity(loaded, calibration, progress=False)
        native = calibration_log_probs(loaded, calibration) if metric == "kl" else []
        for name in tqdm([h for h in heads if h not in costs], desc="head cost", unit="head", disable=not progress):
            with hybrid.substituted([name]):
                costs[name] = substitution_cost(loaded, calibration, metric, native, base.nll)
            if on_measured is not None:
                on_measured(name, costs[name])
    return HeadCosts(base_nll=base.nll, tokens=base.tokens, heads=costs, metric=metric)


def substitution_cost(loaded: Any, calibration: Sequence[Any], metric: str, native: list[torch.Tensor], base_nll: float) -> float:
    """The cost of the substitution in place now (see :class:`HeadCosts`)."""
    if metric == "kl":
        return mean_kl(native, calibration_log_probs(loaded, calibration))
    return perplexity(loaded, calibration, progress=False).nll - base_nll


def order_heads_jointly(
    loaded: Any,
    program_set: ProgramSet,
    costs: HeadCosts,
    calibration: Sequence[Any],
    upto: int,
    *,
    round_size: int,
    pool_size: int | None = None,
    backend: str = "auto",
    force: bool = False,
    progress: bool = False,
    on_round: Callable[[HeadCosts], None] | None = None,
) -> HeadCosts:
    """Greedy head order in rounds, each head's cost measured with the heads chosen before it in place.

    Costs of single heads add up badly: a quarter of the heads together
    cost more than the sum of their costs alone, because a head's error
    feeds the layers after it. So heads are added ``round_size`` at a time, up to ``upto``: the first
    round takes the cheapest heads alone (``costs``), every later round
    re-measures each remaining candidate on top of the heads already chosen and
    takes the cheapest of those. Candidates are the ``pool_size`` cheapest heads
    alone (default ``2 * upto``). ``costs.order`` of a partial result is resumed;
    ``on_round`` is called after each round. Each round costs one calibration
    pass per candidate.
    """
    from tqdm import tqdm

    if round_size < 1:
        raise HybridError(f"round_size must be at least 1; got {round_size}")
    single = sorted(costs.heads, key=lambda n: (costs.heads[n], n))
    pool = single[: max(upto, pool_size if pool_size is not None else 2 * upto)]
    upto = min(upto, len(pool))
    out = HeadCosts(costs.base_nll, costs.tokens, dict(costs.heads), costs.metric, list(costs.order), dict(costs.joint), dict(costs.rounds))
    if not out.order:
        first = pool[: min(round_size, upto)]
        out.order, out.joint, out.rounds = list(first), {h: costs.heads[h] for h in first}, dict.fromkeys(first, 0)
        if on_round is not None:
            on_round(out)
    with HybridModel(loaded, program_set, [], backend=backend, force=force) as hybrid:
        native = calibration_log_probs(loaded, calibration) if costs.metric == "kl" else []
        while len(out.order) < upto:
            round_no = max(out.rounds.values()) + 1
            with hybrid.substituted(out.order):
                before = substitution_cost(loaded, calibration, costs.metric, native, costs.base_nll)
            added: dict[str, float] = {}
            remaining = [h for h in pool if h not in out.rounds]
            for name in tqdm(remaining, desc=f"round {round_no}", unit="head", disable=not progress):
                with hybrid.substituted([*out.order, name]):
                    added[name] = substitution_cost(loaded, calibration, costs.metric, native, costs.base_nll) - before
            take = sorted(remaining, key=lambda n: (added[n], n))[: min(round_size, upto - len(out.order))]
            out.order += take
            out.joint.update({h: added[h] for h in take})
            out.rounds.update(dict.fromkeys(take, round_no))
            if on_round is not None:
                on_round(out)
    return out

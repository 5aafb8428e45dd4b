"""Choosing the heads to substitute: best held-out IoU first, or cheapest measured cost first."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from headprog.evaluate.perplexity import perplexity
from headprog.hybrid import HybridError, HybridModel, check_program_set
from headprog.hybrid.checks import as_head
from headprog.language.program_set import ProgramSet, head_name
from headprog.selection.costs import HeadCosts, measure_head_costs, order_heads_jointly, total_heads

__all__ = ["choose_heads"]


def choose_heads(
    program_set: ProgramSet,
    fraction: float,
    by: str = "iou",
    *,
    loaded: Any | None = None,
    calibration: Sequence[Any] | None = None,
    candidates: Iterable[Any] | None = None,
    pool_size: int | None = None,
    backend: str = "auto",
    force: bool = False,
    progress: bool = False,
    costs: HeadCosts | None = None,
    cost_metric: str = "kl",
    rounds: int = 1,
) -> list[dict[str, Any]]:
    """Choose ``round(fraction * all heads of the model)`` heads to substitute.

    ``by="iou"``: best held-out IoU first (ties by name), as the paper did.
    ``by="ppl"``: each candidate head is substituted alone and what it costs
    on ``calibration`` (token sequences, e.g.
    ``evaluation_chunks(loaded, split="heldout", n=4, max_tokens=256)``) is
    measured: by default (``cost_metric="kl"``) the KL divergence from the
    native next-token distributions, or (``"nll"``) the NLL it adds; the
    cheapest heads are taken. Needs ``loaded``.

    Returns one record per chosen head, in order of choice:
    ``{"head", "rank", "heldout_iou", "reason", ...}`` plus, for ``ppl``,
    ``"cost"`` (nats per token, that head alone) and ``"cost_metric"``. When
    fewer heads have programs than asked for, every head with a program is returned.

    ``candidates`` limits the heads considered; ``pool_size`` (``ppl`` only)
    measures just the ``pool_size`` best heads by IoU (at least as many as are
    chosen), since each measurement is a forward pass over the calibration chunks.
    ``costs`` (``ppl`` only): costs measured earlier by :func:`measure_head_costs`,
    so that several fractions share one measurement. ``rounds`` > 1 (``ppl``
    only): add the heads in that many rounds, each measured with the heads of
    the rounds before in place (:func:`order_heads_jointly`); slower, and the
    combination costs less than the heads' costs alone predict.
    """
    if not 0.0 <= fraction <= 1.0:
        raise HybridError(f"fraction must lie in [0, 1]; got {fraction}")
    if loaded is not None:
        check_program_set(program_set, loaded, force=force)
    pool, want, short = _candidate_pool(program_set, total_heads(program_set, loaded), fraction, candidates, pool_size if by == "ppl" else None)
    if by == "iou":
        return _choose_by_iou(program_set, pool, want, short)
    if by != "ppl":
        raise HybridError(f"choose heads by 'iou' or 'ppl'; got {by!r}")
    costs = _measured_costs(program_set, pool, want, costs, loaded, calibration, cost_metric, rounds, backend=backend, force=force, progress=progress)
    # Jointly ordered heads first (see order_heads_jointly), then the rest by their cost alone.
    joint = [n for n in costs.order if n in pool]
    order = joint + sorted((n for n in pool if n not in costs.rounds), key=lambda n: (costs.heads[n], n))
    chosen = order[:want]
    combined = None
    if chosen and loaded is not None and calibration:
        with HybridModel(loaded, program_set, chosen, backend=backend, force=force):
            combined = perplexity(loaded, calibration, progress=False).nll - costs.base_nll
    return [_cost_record(program_set, costs, name, rank, combined, f"of {len(pool)}{short}") for rank, name in enumerate(chosen)]


def _heldout_iou(program_set: ProgramSet, name: str) -> float | None:
    v = program_set.heads[name].get("heldout_iou")
    return float(v) if v is not None else None


def _candidate_pool(program_set: ProgramSet, total: int, fraction: float, candidates: Iterable[Any] | None, pool_size: int | None) -> tuple[list[str], int, str]:
    """(the heads to consider, best held-out IoU first; how many to choose; what the reasons add about the pool)."""
    want = int(round(fraction * total))
    ranked = program_set.ranked("heldout_iou")
    if candidates is not None:
        allowed = {head_name(*as_head(c)) for c in candidates}
        ranked = [h for h in ranked if h in allowed]
    short = f" (only {len(ranked)} heads have programs)" if want > len(ranked) else ""
    want = min(want, len(ranked))
    pool = ranked
    if pool_size is not None:
        pool = ranked[: max(want, pool_size)]
        if len(pool) < len(ranked):
            short += f" (measured the {len(pool)} best by held-out IoU)"
    return pool, want, short


def _choose_by_iou(program_set: ProgramSet, pool: list[str], want: int, short: str) -> list[dict[str, Any]]:
    out = []
    for rank, name in enumerate(pool[:want]):
        iou = _heldout_iou(program_set, name)
        out.append({"head": name, "rank": rank, "heldout_iou": iou, "reason": f"held-out IoU {iou} is #{rank + 1} of {len(pool)} heads with programs{short}"})
    return out


def _measured_costs(
    program_set: ProgramSet,
    pool: list[str],
    want: int,
    costs: HeadCosts | None,
    loaded: Any | None,
    calibration: Sequence[Any] | None,
    cost_metric: str,
    rounds: int,
    *,
    backend: str,
    force: bool,
    progress: bool,
) -> HeadCosts:
    """The pool's costs: ``costs`` if given, else measured; with ``rounds`` > 1, ordered jointly."""
    if costs is None:
        if loaded is None or not calibration:
            raise HybridError("by='ppl' needs the model (loaded=) and calibration sequences (calibration=), or measured costs=")
        costs = measure_head_costs(loaded, program_set, pool, calibration, metric=cost_metric, backend=backend, force=force, progress=progress)
    missing = [n for n in pool if n not in costs.heads]
    if missing:
        raise HybridError(f"no measured perplexity cost for {len(missing)} head(s), e.g. {missing[0]}")
    if rounds > 1 and not costs.order and want > 0:
        if loaded is None or not calibration:
            raise HybridError("rounds > 1 needs the model (loaded=) and calibration sequences (calibration=)")
        pooled = HeadCosts(costs.base_nll, costs.tokens, {n: costs.heads[n] for n in pool}, costs.metric)
        costs = order_heads_jointly(loaded, program_set, pooled, calibration, want, round_size=-(-want // rounds), backend=backend, force=force, progress=progress)
    return costs


def _cost_record(program_set: ProgramSet, costs: HeadCosts, name: str, rank: int, combined: float | None, of_pool: str) -> dict[str, Any]:
    """The record of a head chosen by cost; ``of_pool`` ends its reason ("of 12 (only 12 heads have programs)")."""
    record: dict[str, Any] = {
        "head": name,
        "rank": rank,
        "heldout_iou": _heldout_iou(program_set, name),
        "cost": costs.heads[name],
        "cost_metric": costs.metric,
        "calibration_nll": costs.base_nll,
        "combined_nll_cost": combined,
    }
    what = "KL from the native predictions" if costs.metric == "kl" else "added NLL"
    if name in costs.rounds and costs.rounds[name] > 0:
        record.update(joint_cost=costs.joint[name], round=costs.rounds[name])
        record["reason"] = (
            f"round {costs.rounds[name] + 1}: adds {costs.joint[name]:+.4f} nats/token ({what}) to the "
            f"{sum(costs.rounds[h] < costs.rounds[name] for h in costs.order)} heads chosen before it (alone {costs.heads[name]:+.4f}) on the calibration split "
            f"({costs.tokens} tokens); #{rank + 1} {of_pool}"
        )
    else:
        record["reason"] = f"alone it costs {costs.heads[name]:+.4f} nats/token ({what}) on the calibration split ({costs.tokens} tokens); #{rank + 1} cheapest {of_pool}"
    return record

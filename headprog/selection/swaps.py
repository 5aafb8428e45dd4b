"""Refining a substituted head set by swaps: the costliest heads out, cheaper candidates in.

A head set is chosen before its programs are tuned (:mod:`headprog.tuning`),
from what each head costs with its untuned program. Once the set is tuned,
what each head costs *inside* it can be measured: restore one head to its
native attention and see how much of the set's KL divergence from the native
model goes away. On the bundled model those costs are skewed (the costliest
10 of 68 tuned heads carried a third of the set's KL), so swapping the
costliest heads for candidates that add less on top of the set, and tuning
again, lowers the set's cost at the same size.

Measuring takes one pass over the calibration text per head of the set and
per candidate; :func:`measure_swap_costs` can resume from what an earlier,
interrupted run measured.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from headprog.io import atomic_write_text
from headprog.errors import HeadprogError
from headprog.language.program_set import ProgramSet, parse_head


class SwapError(HeadprogError):
    """A swap plan that cannot be made (unknown heads, a candidate already in the set)."""


@dataclass
class SwapCosts:
    """KL divergences from the native next-token distributions (nats per predicted token) around one head set."""

    heads: list[str]
    candidates: list[str]
    calibration: str = ""  # digest of the calibration token ids the costs were measured on
    kl: float | None = None  # the whole set substituted
    #: head of the set -> the set's KL minus the KL with that head native again (what removing it saves)
    removal: dict[str, float] = field(default_factory=dict)
    #: candidate -> the KL with the candidate substituted too, minus the set's KL (what adding it costs)
    addition: dict[str, float] = field(default_factory=dict)
    programs: str = ""  # digest of the programs of the heads and candidates the costs were measured with

    @property
    def complete(self) -> bool:
        return self.kl is not None and set(self.removal) == set(self.heads) and set(self.addition) == set(self.candidates)

    def save(self, path: str | Path) -> None:
        atomic_write_text(Path(path), json.dumps(asdict(self), indent=1) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> SwapCosts:
        return cls(**json.loads(Path(path).read_text(encoding="utf-8")))


def swap_calibration(loaded: Any, corpus: str, tune_examples: int, tune_tokens: int, examples: int, tokens: int, seed: int = 0) -> list[Any]:
    """``examples`` heldout chunks of ``tokens`` cut after the first ``tune_examples`` x ``tune_tokens`` (the tuning text).

    Swaps are judged on text the tuning did not fit.
    """
    from headprog.evaluate.perplexity import evaluation_chunks

    skip = -(-tune_examples * tune_tokens // tokens)
    return evaluation_chunks(loaded, corpus, "heldout", tokens, skip + examples, seed)[skip:]


def calibration_digest(calibration: Sequence[Any]) -> str:
    """A short digest of calibration sequences' token ids: costs measured on other text are not resumed."""
    from headprog.evaluate.perplexity import token_ids

    digest = hashlib.sha256()
    for seq in calibration:
        digest.update(json.dumps(list(token_ids(seq))).encode())
    return digest.hexdigest()[:16]


def programs_digest(program_set: ProgramSet, names: Sequence[str]) -> str:
    """A short digest of the programs of ``names``: costs measured with other constants (another tuning) are not resumed."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(f"{name}:{program_set.program(name).hash}\n".encode())
    return digest.hexdigest()[:16]


def measure_swap_costs(
    loaded: Any,
    program_set: ProgramSet,
    heads: Sequence[str],
    candidates: Sequence[str],
    calibration: Sequence[Any],
    *,
    backend: str = "reference",
    force: bool = False,
    progress: bool = False,
    known: SwapCosts | None = None,
    on_measured: Callable[[SwapCosts], None] | None = None,
) -> SwapCosts:
    """What each head of ``heads`` saves when restored, and what each candidate adds, on ``calibration``.

    ``known``: an earlier measurement of the same heads and candidates, with
    the same programs, on the same text (resumed: only what it lacks is
    measured; anything else is ignored); ``on_measured`` is called after
    every measurement, so a long run can save as it goes.
    """
    from tqdm import tqdm

    from headprog.hybrid import HybridModel
    from headprog.evaluate.divergence import mean_kl
    from headprog.selection.costs import calibration_log_probs

    heads, candidates = list(heads), list(candidates)
    overlap = sorted(set(heads) & set(candidates), key=parse_head)
    if overlap:
        raise SwapError(f"swap candidates must lie outside the head set; {', '.join(overlap)} is in both")
    for name in heads + candidates:
        if name not in program_set.heads:
            raise SwapError(f"{program_set.folder} has no program for head {name}")
    digest, programs = calibration_digest(calibration), programs_digest(program_set, heads + candidates)
    if known is not None and (known.heads != heads or known.candidates != candidates or known.calibration != digest or known.programs != programs):
        known = None  # measured around another set, with other programs, or on other text
    costs = known or SwapCosts(heads=heads, candidates=candidates, calibration=digest, programs=programs)
    if costs.complete:
        return costs
    native = calibration_log_probs(loaded, calibration)
    todo = [("removal", h) for h in heads if h not in costs.removal] + [("addition", c) for c in candidates if c not in costs.addition]
    with HybridModel(loaded, program_set, [], backend=backend, force=force) as hybrid:
        if costs.kl is None:
            with hybrid.substituted(heads):
                costs.kl = mean_kl(native, calibration_log_probs(loaded, calibration))
            if on_measured is not None:
                on_measured(costs)
        for kind, name in tqdm(todo, desc="swap costs", unit="head", disable=not progress):
            if kind == "removal":
                with hybrid.substituted([h for h in heads if h != name]):
                    costs.removal[name] = costs.kl - mean_kl(native, calibration_log_probs(loaded, calibration))
            else:
                with hybrid.substituted([*heads, name]):
                    costs.addition[name] = mean_kl(native, calibration_log_probs(loaded, calibration)) - costs.kl
            if on_measured is not None:
                on_measured(costs)
    return costs


def plan_swaps(costs: SwapCosts, limit: int) -> list[tuple[str, str]]:
    """Up to ``limit`` pairs (out, in): the costliest heads of the set against the cheapest candidates.

    Pairs are taken in order while the head going out saves more than the
    candidate coming in adds. Each comparison is of one change to the set, so
    the swaps together save less than their sum (docs/results.md has a measured case).
    """
    if not costs.complete:
        raise SwapError("the swap costs are not all measured yet")
    outgoing = sorted(costs.removal, key=lambda h: (-costs.removal[h], parse_head(h)))
    incoming = sorted(costs.addition, key=lambda h: (costs.addition[h], parse_head(h)))
    pairs = []
    for out, come in zip(outgoing, incoming):
        if len(pairs) >= limit or costs.removal[out] <= costs.addition[come]:
            break
        pairs.append((out, come))
    return pairs


def apply_swaps(heads: Sequence[str], pairs: Sequence[tuple[str, str]]) -> list[str]:
    """``heads`` with each pair's first head replaced by its second, in head order."""
    outgoing = {out for out, _ in pairs}
    return sorted([h for h in heads if h not in outgoing] + [come for _, come in pairs], key=parse_head)


def refine_by_swaps(
    loaded: Any,
    program_set: ProgramSet,
    heads: Sequence[str],
    candidates: Sequence[str],
    calibration: Sequence[Any],
    limit: int,
    costs_file: str | Path,
    *,
    backend: str = "reference",
    force: bool = False,
    progress: bool = False,
) -> tuple[SwapCosts, list[tuple[str, str]], list[str]]:
    """Measure swap costs (saved to and resumed from ``costs_file``), plan up to ``limit`` swaps and apply them.

    Returns the costs, the pairs (out, in) and the new head set.
    """
    path = Path(costs_file)
    path.parent.mkdir(parents=True, exist_ok=True)
    known = SwapCosts.load(path) if path.exists() else None
    costs = measure_swap_costs(loaded, program_set, heads, candidates, calibration, backend=backend, force=force, progress=progress,
                               known=known, on_measured=lambda c: c.save(path))
    pairs = plan_swaps(costs, limit)
    return costs, pairs, apply_swaps(heads, pairs)


def record_swaps(tuned: ProgramSet, pairs: Sequence[tuple[str, str]]) -> None:
    """Write the swaps a tuned set was made with into its manifest (``tuning.swapped``)."""
    record = [list(p) for p in pairs]
    if tuned.extra["tuning"].get("swapped") != record:
        tuned.extra["tuning"]["swapped"] = record
        tuned.save()

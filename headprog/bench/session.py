"""One benchmark run's shared state: the model, the program set, the inputs and the head choices."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from headprog.errors import HeadprogError
from headprog.language.program_set import ProgramSet

__all__ = ["BenchOptions", "BenchSession", "SUITES", "HeadChoice"]

#: The suites in the order ``--suite all`` runs them.
SUITES = ("prefill", "decode", "kernels", "memory", "quality", "serve")


@dataclass
class BenchOptions:
    """What ``headprog bench`` measures (its command-line options; sizes left as None take the suite's defaults)."""

    model: str = "smollm2-135m"
    programs: str | None = None
    suites: tuple[str, ...] = SUITES
    fractions: tuple[float, ...] = (0.0, 0.1, 0.25, 0.5, 1.0)
    device: str = "cpu"
    quick: bool = False
    repeat: int = 3
    fast_only: bool = False
    store: str | None = None
    qa: str | None = None
    flex: bool = True
    max_batch_tokens: int | None = None
    command: str = ""
    prefill_tokens: tuple[int, ...] | None = None
    prefill_batches: tuple[int, ...] | None = None
    decode_contexts: tuple[int, ...] | None = None
    decode_batches: tuple[int, ...] | None = None
    new_tokens: int = 16
    kernel_lengths: tuple[int, ...] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = [s for s in self.suites if s not in SUITES]
        if unknown:
            raise HeadprogError(f"unknown suite(s) {', '.join(unknown)}; choose from {', '.join(SUITES)} or all")
        bad = [f for f in self.fractions if not 0.0 <= f <= 1.0]
        if bad:
            raise HeadprogError(f"fractions must lie in [0, 1]; got {bad}")
        if self.repeat < 1:
            raise HeadprogError(f"--repeat must be at least 1; got {self.repeat}")


@dataclass(frozen=True)
class HeadChoice:
    """The heads substituted in one configuration: a fraction of the model's heads, chosen by held-out IoU."""

    fraction: float
    by: str  # "iou", or "fast-only" (best IoU among programs that cost O(T*d) in a prefill)
    heads: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.fraction:.0%} by {self.by}"


class BenchSession:
    """The loaded model and program set of one run, with the inputs and head choices its suites share."""

    def __init__(self, options: BenchOptions, loaded: Any, pset: ProgramSet) -> None:
        self.options = options
        self.loaded = loaded
        self.pset = pset
        self.device = options.device
        self._chunks: dict[tuple[int, int], Any] = {}

    def choices(self) -> list[HeadChoice]:
        """One head choice per fraction (by IoU), and with ``fast_only`` one more per non-zero fraction."""
        from headprog.selection import choose_heads
        from headprog.selection.costs import fast_heads

        out = []
        fast = fast_heads(self.pset) if self.options.fast_only else None
        for fraction in self.options.fractions:
            heads = [c["head"] for c in choose_heads(self.pset, fraction, "iou", loaded=self.loaded)]
            out.append(HeadChoice(fraction, "iou", tuple(heads)))
            if fast is not None and fraction > 0:
                heads = [c["head"] for c in choose_heads(self.pset, fraction, "iou", loaded=self.loaded, candidates=fast)]
                out.append(HeadChoice(fraction, "fast-only", tuple(heads)))
        return out

    def ids(self, tokens: int, batch: int) -> Any:
        """``batch`` chunks of ``tokens`` tokens of the bundled corpus's eval split, on the run's device."""
        import torch

        from headprog.evaluate.perplexity import evaluation_chunks, token_ids

        key = (tokens, batch)
        if key not in self._chunks:
            chunks = evaluation_chunks(self.loaded, "wiki", "eval", tokens, batch)
            self._chunks[key] = torch.tensor([token_ids(c) for c in chunks], device=self.device)
        return self._chunks[key]

    def fits(self, tokens: int, batch: int) -> bool:
        """Whether a forward of ``batch`` x ``tokens`` is within the run's token budget and the model's positions."""
        budget = self.options.max_batch_tokens
        return tokens <= self.loaded.max_positions and (budget is None or tokens * batch <= budget)

    def cases(self, suite: str, size_name: str, sizes: tuple[int, ...], batches: tuple[int, ...], tick: Any, *, extra_tokens: int = 0,
              skipped: list[dict[str, Any]]) -> Iterator[tuple[HeadChoice, Any, int, int]]:
        """Every (head choice, its hybrid model, size, batch) of a suite within the token budget, choice by choice.

        Cases whose forward (``batch`` x ``size`` tokens) is over the budget, or whose rows
        (``size + extra_tokens`` tokens) are over the model's positions, are left out and
        recorded once each in ``skipped``, with the reason.
        """
        for choice in self.choices():
            with self.hybrid(choice) as hybrid:
                for size in sizes:
                    for b in batches:
                        tick(f"{suite} {choice.label} {size_name}={size} b={b}")
                        if self.fits(size, b) and size + extra_tokens <= self.loaded.max_positions:
                            yield choice, hybrid, size, b
                        elif not any(s[size_name] == size and s["batch"] == b for s in skipped):
                            skipped.append({size_name: size, "batch": b, "reason": f"a forward of {b} x {size} tokens is over the run's budget of "
                                            f"{self.options.max_batch_tokens} tokens, or rows of {size + extra_tokens} tokens over the model's "
                                            f"{self.loaded.max_positions} positions"})

    @contextlib.contextmanager
    def hybrid(self, choice: HeadChoice) -> Iterator[Any]:
        """The hybrid model of one head choice (its kernels compiled before it is yielded)."""
        from headprog.hybrid import HybridModel

        with HybridModel(self.loaded, self.pset, list(choice.heads)) as hybrid:
            yield hybrid

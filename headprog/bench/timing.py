"""Side-by-side timing: the contenders of one figure run interleaved in one process, warm-up excluded.

Machines running these benchmarks are often shared, so a figure is never one
contender's time against another's measured minutes apart: each round runs
every contender once (in an order that alternates between rounds), and a
ratio is the median of the ratios within rounds, which a slow drift of the
machine's load does not skew.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["Spread", "interleaved", "paired_ratio", "spread", "synchronize"]

Spread = dict[str, float]


def synchronize(device: str) -> None:
    """Wait for the GPU's queued kernels (a CUDA call returns before they finish)."""
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


def spread(values: Sequence[float]) -> Spread:
    """Median, minimum and maximum of repeated measurements, and how many there were."""
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def interleaved(contenders: Mapping[str, Callable[[], Any]], repeat: int, *, warmup: int = 1, device: str = "cpu") -> dict[str, list[float]]:
    """Wall seconds of each contender over ``repeat`` rounds after ``warmup`` untimed rounds.

    Round ``r`` runs the contenders in their given order when ``r`` is even and
    reversed when odd, so neither always runs on a cache the other warmed.
    """
    names = list(contenders)
    times: dict[str, list[float]] = {n: [] for n in names}
    for r in range(warmup + repeat):
        for name in names if r % 2 == 0 else reversed(names):
            synchronize(device)
            started = time.perf_counter()
            contenders[name]()
            synchronize(device)
            if r >= warmup:
                times[name].append(time.perf_counter() - started)
    return times


def paired_ratio(numerator: Sequence[float], denominator: Sequence[float]) -> Spread:
    """Spread of ``numerator[i] / denominator[i]`` over rounds (e.g. native seconds / hybrid seconds = speed-up)."""
    return spread([a / b for a, b in zip(numerator, denominator, strict=True)])

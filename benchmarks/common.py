"""Helpers shared by the benchmarks: timing, hardware description, writing results."""

from __future__ import annotations

import platform
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


def timeit(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    """Median wall time of ``fn`` in seconds over ``repeat`` runs, after warm-up."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def hardware() -> dict[str, object]:
    """What the numbers were measured on (headprog bench's record, plus Python and Numba's thread count)."""
    from headprog.bench.environment import hardware as machine

    info: dict[str, object] = {**machine(), "python": platform.python_version()}
    try:
        import numba

        info["numba_threads"] = numba.config.NUMBA_NUM_THREADS
        info["numba"] = numba.__version__
    except ImportError:
        pass
    return info


def write_results(name: str, payload: dict, markdown: str, out_dir: Path | None = None) -> tuple[Path, Path]:
    """Write ``name.json`` and ``name.md`` atomically into the results folder."""
    from headprog.bench.output import write_results as write

    return write(name, payload, markdown, out_dir or RESULTS)

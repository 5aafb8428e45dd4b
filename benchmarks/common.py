"""Helpers shared by the benchmarks: timing, hardware description, writing results."""

from __future__ import annotations

import argparse
import platform
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

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


def add_hybrid_options(parser: argparse.ArgumentParser) -> None:
    """``--model``, ``--programs`` and ``--fraction``: a hybrid of the bundled model and programs by default."""
    parser.add_argument("--model", default="smollm2-135m", help="model (default: the bundled one)")
    parser.add_argument("--programs", default="bundled", help="program folder or 'bundled' (default)")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of heads substituted, by IoU (default 0.25)")


def publish(name: str, payload: dict[str, Any], render: Callable[[dict[str, Any]], str], module: str, argv: Sequence[str] | None) -> int:
    """Add the hardware and the command to ``payload``, write ``name.json`` and ``.md``, print the table; exit status 0."""
    payload.update({"hardware": hardware(), "command": f"python -m {module} " + shlex.join(sys.argv[1:] if argv is None else argv)})
    json_path, md_path = write_results(name, payload, render(payload))
    print(render(payload))
    print(f"wrote {json_path} and {md_path}", file=sys.stderr)
    return 0

"""``headprog bench``: run the chosen suites, record where and how, write ``results.json``, ``results.md`` and plots.

The results file is rewritten (atomically) after each suite, so an
interrupted run keeps what it measured, and a rerun with the same settings
resumes: suites already in the file are not measured again (``fresh`` to
measure everything anew).
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Any

from headprog.bench.environment import hardware, load_average, program_set_hash, software
from headprog.bench.session import BenchOptions, BenchSession
from headprog.errors import HeadprogError
from headprog.io import atomic_write_text

__all__ = ["run_bench", "settings_of"]

#: Option fields that change what a suite measures: a results file made with others is not resumed.
_MEASURED = ("model", "programs", "fractions", "device", "quick", "repeat", "fast_only", "store", "qa", "flex", "max_batch_tokens",
             "prefill_tokens", "prefill_batches", "decode_contexts", "decode_batches", "new_tokens", "kernel_lengths")


def settings_of(options: BenchOptions) -> dict[str, Any]:
    """The options that decide the figures, as JSON values."""
    d = dataclasses.asdict(options)
    return {k: (list(d[k]) if isinstance(d[k], tuple) else d[k]) for k in _MEASURED}


def _load_programs(options: BenchOptions) -> tuple[Any, str]:
    from headprog.serving.engine import load_programs

    spec = options.programs or "bundled"
    pset = load_programs(spec)
    if pset is None:
        raise HeadprogError("headprog bench compares native and hybrid models: give --programs DIR, or leave it out for the bundled programs")
    return pset, spec


def _previous(path: Path, settings: dict[str, Any], fresh: bool) -> dict[str, Any]:
    if fresh or not path.is_file():
        return {}
    try:
        old = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError):
        return {}
    return old.get("suites", {}) if old.get("settings") == settings else {}


def _run_suite(name: str, session: BenchSession, tick: Any, out: Path) -> dict[str, Any]:
    if name == "prefill":
        from headprog.bench.prefill import run_prefill

        return run_prefill(session, tick)
    if name == "decode":
        from headprog.bench.decode import run_decode

        return run_decode(session, tick)
    if name == "kernels":
        from headprog.bench.kernels import run_kernels

        return run_kernels(session, tick)
    if name == "memory":
        from headprog.bench.memory import run_memory

        return run_memory(session, tick)
    if name == "quality":
        from headprog.bench.quality import run_quality

        return run_quality(session, tick)
    from headprog.bench.serve_suite import run_serve

    return run_serve(session, tick, out)


def run_bench(options: BenchOptions, out: str | Path, *, progress: bool = True, fresh: bool = False) -> dict[str, Any]:
    """Measure ``options.suites`` into ``out``; the results (also in ``out/results.json``)."""
    from tqdm import tqdm

    from headprog.bench.plots import write_plots
    from headprog.bench.report import results_markdown
    from headprog.data import models

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    loaded = models.load(options.model)
    if options.device != "cpu":
        loaded.model.to(options.device)
    pset, spec = _load_programs(options)
    settings = settings_of(options)
    results: dict[str, Any] = {
        "command": options.command, "settings": settings, "programs": {"spec": spec, "folder": str(pset.folder), "hash": program_set_hash(pset),
                                                                        "bundled": options.programs is None},
        "model": {"spec": loaded.spec, "name": loaded.name, "fingerprint": loaded.fingerprint, "heads": loaded.n_layers * loaded.n_heads},
        "hardware": hardware(options.device), "software": software(), "suites": _previous(out / "results.json", settings, fresh),
    }
    session = BenchSession(options, loaded, pset)
    with tqdm(total=len(options.suites), desc="headprog bench", unit="suite", disable=not progress) as bar:
        for name in options.suites:
            if name in results["suites"]:
                bar.set_postfix_str(f"{name}: kept from the last run")
                # Said even with the bar off (--quiet): a reused table is easy to mistake for a new one.
                print(f"headprog bench: suite {name} kept from the earlier run in {out / 'results.json'} (--fresh measures it anew)", file=sys.stderr)
                bar.update()
                continue
            started = time.perf_counter()
            measured = _run_suite(name, session, lambda what: bar.set_postfix_str(what, refresh=True), out)
            measured.update(seconds=round(time.perf_counter() - started, 1), load_average_at_end=load_average())
            results["suites"][name] = measured
            atomic_write_text(out / "results.json", json.dumps(results, indent=2, sort_keys=True, default=str) + "\n")
            bar.update()
    results["plots"] = write_plots(results, out)
    atomic_write_text(out / "results.json", json.dumps(results, indent=2, sort_keys=True, default=str) + "\n")
    atomic_write_text(out / "results.md", results_markdown(results))
    return results

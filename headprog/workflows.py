"""The multi-step jobs, each written once for the CLI and the benchmarks alike.

- :func:`run_main_job`: extract -> synthesize -> report -> hybrid perplexity, native vs tuned (``headprog run``);
- :func:`tuned_set` and :func:`swap_heads`: tune -> swap -> re-tune (``headprog tune``, ``benchmarks.substitution``);
- :func:`evaluate_hybrid`: native vs hybrid perplexity and QA on the same text (``headprog eval``).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from headprog.language.program_set import ProgramSet, parse_head

__all__ = [
    "MainJobOptions",
    "evaluate_hybrid",
    "library_summary",
    "main_job_perplexity",
    "run_main_job",
    "summary_table",
    "swap_candidates",
    "swap_heads",
    "tuned_set",
]


def library_summary(pset: ProgramSet) -> str:
    """Two lines: how many heads, programs and structures a set holds, and its mean IoU per band."""
    lib = pset.extra.get("library", {})
    return (
        f"{pset.folder}: {lib.get('heads')} heads, {lib.get('distinct_programs')} distinct programs, "
        f"{lib.get('distinct_structures')} distinct structures\n"
        f"mean held-out IoU: {lib.get('mean_heldout_iou')} (sentences {lib.get('mean_heldout_iou_sentence')}, "
        f"passages {lib.get('mean_heldout_iou_passage')}); synthesis {lib.get('mean_synthesis_iou')}"
    )


def summary_table(pset: ProgramSet) -> str:
    """Mean held-out IoU per layer and length band, as a Markdown table."""
    bands = ("heldout_iou_sentence", "heldout_iou_passage", "heldout_iou")
    rows = defaultdict(list)
    for name, record in pset.heads.items():
        rows[parse_head(name)[0]].append(record)

    def cell(records: list[dict[str, Any]], band: str) -> str:
        values = [r[band] for r in records if band in r]
        return f"{np.mean(values):.3f}" if values else "–"

    lines = ["| layer | sentences | passages | all |", "|---:|---:|---:|---:|"]
    for layer in sorted(rows):
        lines.append(f"| {layer} | " + " | ".join(cell(rows[layer], b) for b in bands) + " |")
    everything = [r for rs in rows.values() for r in rs]
    lines.append("| **mean** | " + " | ".join(f"**{cell(everything, b)}**" for b in bands) + " |")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# tune -> swap -> re-tune


def tuned_set(
    loaded: Any,
    pset: ProgramSet,
    heads: Sequence[str],
    text: Sequence[Any],
    folder: str | Path,
    *,
    reuse: bool = True,
    store: Any | None = None,
    progress: bool = False,
    **tune_options: Any,
) -> ProgramSet:
    """``pset`` with the constants of ``heads`` tuned together on ``text``, written to ``folder`` (resumable).

    With ``reuse``, a set already in ``folder`` that was tuned for the same
    heads, steps and number of predicted tokens is returned as it is.
    ``tune_options`` go to :func:`headprog.tuning.tune_programs`.
    """
    from headprog.tuning import tune_programs, tuned_set_in, write_tuned

    if reuse:
        found = tuned_set_in(folder, heads, tune_options.get("steps"), tokens=sum(len(c.ids) - 1 for c in text))
        if found is not None:
            return found
    result = tune_programs(loaded, pset, heads, text, progress=progress, state_dir=folder, **tune_options)
    return write_tuned(pset, result, folder, store=store)


def swap_candidates(pset: ProgramSet, heads: Sequence[str], pool: int, *, eligible: set[str] | None = None, costs: Any | None = None) -> list[str]:
    """Up to ``pool`` heads outside ``heads`` to try in a swap: the cheapest alone by ``costs`` (a
    :class:`~headprog.selection.costs.HeadCosts`) when given, else the best by held-out IoU."""
    allowed = set(pset.heads) if eligible is None else eligible
    if costs is not None:
        ranked = sorted((h for h in costs.heads if h in allowed and h not in heads), key=lambda h: (costs.heads[h], parse_head(h)))
    else:
        ranked = [h for h in pset.ranked("heldout_iou") if h in allowed and h not in heads]
    return ranked[:pool]


def swap_heads(
    loaded: Any,
    pset: ProgramSet,
    heads: Sequence[str],
    candidates: Sequence[str],
    calibration: Sequence[Any],
    limit: int,
    costs_file: str | Path,
    *,
    report: Callable[[str], None] | None = None,
    **options: Any,
) -> tuple[Any, list[tuple[str, str]], list[str]]:
    """Swap up to ``limit`` heads of ``heads`` that cost the most inside the set for candidates that add less.

    Costs are measured on ``calibration`` and resumed from ``costs_file``;
    returns the costs, the (out, in) pairs and the new head set. ``report``
    receives a line per swap.
    """
    from headprog.selection.swaps import refine_by_swaps

    costs, pairs, swapped = refine_by_swaps(loaded, pset, list(heads), list(candidates), calibration, limit, costs_file, **options)
    if report is not None:
        for out, come in pairs:
            report(f"  swap {out} (removing it saves {costs.removal[out]:.4f}) for {come} (adds {costs.addition[come]:.4f})")
        if not pairs:
            report("  no candidate adds less than a head of the set saves: no swap")
    return costs, pairs, swapped


# ---------------------------------------------------------------------------
# native vs hybrid


def evaluate_hybrid(
    loaded: Any,
    pset: ProgramSet,
    chosen: list[dict[str, Any]],
    chunks: Sequence[Any],
    *,
    backend: str = "auto",
    force: bool = False,
    qa_items: dict[str, list[Any]] | None = None,
    progress: bool = False,
    rung: int | None = None,
) -> dict[str, Any]:
    """Perplexity (and multiple-choice QA) of the native and the hybrid model on the same text.

    ``chosen``: records from :func:`headprog.selection.choose_heads`.
    ``rung``: the heads run their explanation ladder's program with at most that many terms.
    ``qa_items``: ``{"qa" or "corpus_qa": items}``, each compared on the same
    items with the paired standard error of the accuracy difference.
    Returns the ``perplexity`` block and the description of the heads used.
    """
    from headprog.evaluate.compare import compare_multiple_choice, compare_perplexity
    from headprog.hybrid import HybridModel

    with HybridModel(loaded, pset, [c["head"] for c in chosen], backend=backend, force=force, rung=rung) as hybrid:
        cmp = compare_perplexity(hybrid, chunks, progress=progress)
        nat, hyb = cmp["native"], cmp["hybrid"]
        result: dict[str, Any] = {
            "backend": hybrid.backend,
            "programs_used": hybrid.describe(),
            "perplexity": {
                "chunks": nat.chunks,
                "tokens": nat.tokens,
                "native": nat.perplexity,
                "hybrid": hyb.perplexity,
                "ratio": cmp["perplexity_ratio"],
                "native_nll": nat.nll,
                "hybrid_nll": hyb.nll,
                "nll_delta": cmp["nll_delta"],
                "nll_delta_se": cmp["nll_delta_standard_error"],
                "by_position": cmp["by_position"],
                "method": nat.info.get("method"),
                "native_seconds": nat.seconds,
                "hybrid_seconds": hyb.seconds,
            },
        }
        for key, items in (qa_items or {}).items():
            result[key] = compare_multiple_choice(hybrid, items, progress)
    return result


# ---------------------------------------------------------------------------
# The main job


@dataclass
class MainJobOptions:
    """What ``headprog run`` does (its command-line options)."""

    model: str = "smollm2-135m"
    corpus: str = "wiki"
    examples: int = 48
    max_tokens: int = 128
    seed: int = 0
    hybrid_fraction: float = 0.25
    tune_steps: int = 15
    search: Any = None  # SearchOptions
    llm: Any = None  # LLMConfig or None
    workers: int = 1
    progress: bool = True


def run_main_job(out: str | Path, options: MainJobOptions, print_line: Callable[[str], None] = print) -> ProgramSet:
    """Extract -> synthesize -> evaluate into ``out``, each step resumable; prints what it did."""
    from headprog.attention.extract import ExtractOptions, extract
    from headprog.report import write_report
    from headprog.synthesis.synthesize import SynthesisOptions, synthesize

    out = Path(out)
    timings = {}
    start = time.perf_counter()
    print_line(f"[1/3] extract: {options.examples} passages of {options.max_tokens} tokens and {options.examples} sentences -> {out / 'store'}")
    opts = ExtractOptions(model=options.model, corpus=options.corpus, examples=options.examples, max_tokens=options.max_tokens,
                          kinds=("passage", "sentence"), seed=options.seed)
    manifest = extract(out / "store", opts, progress=options.progress)
    timings["extract"] = time.perf_counter() - start
    print_line(f"      {len(manifest.examples)} sequences, {manifest.stats['tokens']} tokens ({timings['extract']:.0f} s)")

    start = time.perf_counter()
    print_line(f"[2/3] synthesize: one program per head -> {out / 'programs'}")
    synthesis = SynthesisOptions(search=options.search, llm=options.llm, workers=options.workers, progress=options.progress)
    pset = synthesize(out / "store", out / "programs", synthesis)
    timings["synthesize"] = time.perf_counter() - start

    start = time.perf_counter()
    print_line(f"[3/3] evaluate: held-out IoU per layer and length band -> {out / 'report'}")
    report = write_report(pset, out / "report")
    hybrid_line = main_job_perplexity(options, pset, out) if options.hybrid_fraction > 0 else None
    timings["evaluate"] = time.perf_counter() - start
    print_line("")
    print_line(summary_table(pset))
    print_line("")
    print_line(library_summary(pset))
    if hybrid_line:
        print_line(hybrid_line)
    print_line(f"report: {report}")
    print_line("time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    return pset


def main_job_perplexity(options: MainJobOptions, pset: ProgramSet, out: Path) -> str:
    """Native vs hybrid perplexity with the best-IoU fraction of heads substituted, and with their programs tuned."""
    from headprog.data import models
    from headprog.evaluate.compare import compare_perplexity
    from headprog.evaluate.perplexity import evaluation_chunks, perplexity
    from headprog.hybrid import HybridModel
    from headprog.selection import choose_heads

    loaded = models.load(options.model)
    heads = [c["head"] for c in choose_heads(pset, options.hybrid_fraction, "iou")]
    length = min(256, loaded.max_positions)
    chunks = evaluation_chunks(loaded, options.corpus, "eval", length, 8, options.seed)
    with HybridModel(loaded, pset, heads) as hybrid:
        cmp = compare_perplexity(hybrid, chunks)
    nat, hyb = cmp["native"].perplexity, cmp["hybrid"].perplexity
    lines = [
        f"perplexity on 8 evaluation chunks of {length} tokens: native {nat:.2f}, with {len(heads)} heads "
        f"({options.hybrid_fraction:.0%}, best held-out IoU first) substituted {hyb:.2f} ({100 * (hyb / nat - 1):+.1f}%)"
    ]
    if options.tune_steps > 0 and heads:
        folder = out / "programs-tuned"
        text = evaluation_chunks(loaded, options.corpus, "heldout", length, 4, options.seed)
        tuned = tuned_set(loaded, pset, heads, text, folder, steps=options.tune_steps, progress=options.progress)
        # The reference backend: exact, and on 8 short chunks faster than compiling 68 new kernels.
        with HybridModel(loaded, tuned, heads, backend="reference"):
            tuned_ppl = perplexity(loaded, chunks, progress=False).perplexity
        record = tuned.extra["tuning"]
        lines.append(
            f"  the same heads with their programs' coefficients tuned for KL ({record['steps']} steps on 4 heldout chunks, "
            f"KL {record['kl_before']:.3f} -> {record['kl_after']:.3f}): {tuned_ppl:.2f} ({100 * (tuned_ppl / nat - 1):+.1f}%) -> {folder}"
        )
    return "\n".join(lines)

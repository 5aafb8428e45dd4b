"""The quality suite: perplexity and multiple-choice QA against the fraction of heads substituted, chosen by IoU and by cost.

Perplexity is token-weighted over fixed chunks of the bundled corpus's eval
split, with the paired standard error of the NLL difference; QA is the
bundled next-sentence set (and a PIQA-format file when given), with the
paired standard error of the accuracy difference. Heads ``by cost`` are the
cheapest by the KL each adds alone on held-out calibration chunks, measured
once for every fraction.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

from headprog.bench.session import BenchSession

__all__ = ["quality_sizes", "run_quality", "iou_by_layer"]


def quality_sizes(session: BenchSession) -> dict[str, int]:
    """Chunks, chunk length, QA items and calibration chunks (small with ``--quick``)."""
    if session.options.quick:
        return {"chunks": 2, "tokens": 128, "qa_items": 8, "calibration": 1, "calibration_tokens": 64}
    return {"chunks": 16, "tokens": 256, "qa_items": 200, "calibration": 4, "calibration_tokens": 256}


def iou_by_layer(session: BenchSession) -> list[dict[str, Any]]:
    """Held-out IoU of each layer's programs as the manifest records it: median, quartiles, range."""
    from headprog.language.program_set import parse_head

    by_layer: dict[int, list[float]] = {}
    for name, rec in session.pset.heads.items():
        if rec.get("heldout_iou") is not None:
            by_layer.setdefault(parse_head(name)[0], []).append(float(rec["heldout_iou"]))
    rows = []
    for layer, values in sorted(by_layer.items()):
        q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
        rows.append({"layer": layer, "heads": len(values), "min": min(values), "q1": q[0], "median": q[1], "q3": q[2], "max": max(values)})
    return rows


def _choices(session: BenchSession, sizes: dict[str, int], tick: Callable[[str], None]) -> list[tuple[float, str, list[dict[str, Any]]]]:
    from headprog.evaluate.perplexity import evaluation_chunks
    from headprog.selection import choose_heads, measure_head_costs

    fractions = [f for f in session.options.fractions if f > 0]
    out = [(f, "iou", choose_heads(session.pset, f, "iou", loaded=session.loaded)) for f in fractions]
    if not fractions:
        return out
    calibration = evaluation_chunks(session.loaded, "wiki", "heldout", sizes["calibration_tokens"], sizes["calibration"])
    # Heads by cost are drawn from the best by IoU of twice the largest fraction asked (quick runs: a little more than it),
    # so a run at small fractions does not measure (and compile) every head of the model alone.
    pool_fraction = min(1.0, max(fractions) + 0.05 if session.options.quick else 2 * max(fractions))
    pool = [c["head"] for c in choose_heads(session.pset, pool_fraction, "iou", loaded=session.loaded)]
    tick(f"quality: cost of each of {len(pool)} heads alone")
    costs = measure_head_costs(session.loaded, session.pset, pool, calibration)
    for f in fractions:
        out.append((f, "cost", choose_heads(session.pset, f, "ppl", loaded=session.loaded, calibration=calibration, candidates=pool, costs=costs)))
    return out


def run_quality(session: BenchSession, tick: Callable[[str], None]) -> dict[str, Any]:
    """One row per (fraction, choice): perplexity ratio, NLL delta ± paired se, QA accuracy deltas ± paired se."""
    from headprog.data.corpus_qa import next_sentence_items
    from headprog.data.multiple_choice import load_multiple_choice
    from headprog.evaluate.perplexity import evaluation_chunks
    from headprog.workflows import evaluate_hybrid

    sizes = quality_sizes(session)
    chunks = evaluation_chunks(session.loaded, "wiki", "eval", sizes["tokens"], sizes["chunks"])
    qa_items = {"next_sentence": next_sentence_items("wiki", "eval", sizes["qa_items"], 0)}
    if session.options.qa:
        qa_items["piqa"] = load_multiple_choice(session.options.qa, limit=sizes["qa_items"])
    rows = []
    for fraction, by, chosen in _choices(session, sizes, tick):
        tick(f"quality {fraction:.0%} by {by}")
        measured = evaluate_hybrid(session.loaded, session.pset, chosen, chunks, qa_items=qa_items)
        ppl = measured["perplexity"]
        row: dict[str, Any] = {
            "fraction": fraction, "by": by, "heads": len(chosen),
            "native_perplexity": ppl["native"], "hybrid_perplexity": ppl["hybrid"], "perplexity_ratio": ppl["ratio"],
            "nll_delta": ppl["nll_delta"], "nll_delta_se": ppl["nll_delta_se"],
            "mean_heldout_iou": statistics.fmean(c["heldout_iou"] for c in chosen if c.get("heldout_iou") is not None) if chosen else None,
        }
        for key in qa_items:
            qa = measured[key]
            row[key] = {"native": qa["native"]["accuracy"], "hybrid": qa["hybrid"]["accuracy"],
                        "delta": qa["hybrid"]["accuracy"] - qa["native"]["accuracy"], "delta_se": qa["delta_se"], "n": qa["native"]["n"]}
        rows.append(row)
    return {"rows": rows, "sizes": sizes, "qa_sets": list(qa_items), "iou_by_layer": iou_by_layer(session),
            "qa_file": session.options.qa}

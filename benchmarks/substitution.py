"""Benchmark: perplexity and QA accuracy of hybrid models as more heads are substituted.

For each way of choosing heads (``iou``: best held-out IoU first; ``ppl``:
cheapest measured cost of each head alone first; ``joint``: heads added in
rounds, each round's candidates measured on top of the heads chosen before,
up to ``--joint-upto`` of the heads, then as ``ppl``) and each fraction of the model's
heads (10%, 25%, 50% by default), the hybrid model's perplexity on the eval
split and its multiple-choice accuracy (PIQA's validation set by default) are
measured against the native model's, on the same chunks and items.

The native figures and the per-head perplexity costs (``ppl``) are measured
once and shared by every configuration. Each configuration is written to the
JSON as soon as it is done, so an interrupted run resumes where it stopped
(same arguments, same output name).

Run: ``.venv/bin/python -m benchmarks.substitution --programs DIR``.
Writes ``benchmarks/results/substitution.{json,md,png}``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import shlex
import sys
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from benchmarks.common import RESULTS, hardware, write_results

DEFAULT_QA = Path(__file__).resolve().parents[2] / "shared" / "data" / "piqa_val.jsonl"


def _qa_summary(result: Any) -> dict[str, Any]:
    d = result.to_dict()
    return {k: d[k] for k in ("n", "accuracy", "accuracy_se", "accuracy_norm", "accuracy_norm_se", "seconds")} | {"predictions": d["predictions"]}


def _maybe(x: float) -> str:
    return "—" if math.isnan(x) else f"{x:.3f}"


def markdown(payload: dict[str, Any]) -> str:
    nat = payload["native"]
    hw = payload["hardware"]
    lines = [
        "# Substitution benchmark: perplexity and QA as heads are replaced by programs",
        "",
        f"Model {payload['model']['name']} ({payload['model']['heads']} heads); programs `{payload['programs']}`. "
        f"Perplexity: bundled corpus, {payload['perplexity']['split']} split, {nat['chunks']} chunks x {payload['perplexity']['max_tokens']} tokens "
        f"({nat['tokens']} predicted tokens), token-weighted. QA: `{payload['qa']['file']}`, first {payload['qa']['n']} items, "
        f"log-likelihood of each solution. `ppl` choice: each head's cost ({payload['calibration']['metric']}) measured alone on "
        f"{payload['calibration']['examples']} held-out chunks x {payload['calibration']['tokens']} tokens"
        + (
            f"; `joint` choice: the first {payload['joint']['upto']} heads added in rounds of {payload['joint']['round_size']}, each candidate "
            f"measured with the heads of earlier rounds substituted (pool: the {payload['joint']['pool']} cheapest alone), then as `ppl`. "
            if payload.get("joint") else ". "
        )
        + ("Only heads whose programs cost O(T*d) (selectors, bands, linear programs) were candidates. " if payload.get("fast_only") else "")
        + f"Hardware: {hw.get('processor')}, {hw.get('cpus')} CPUs. Backend {payload['backend']}.",
        f"Command: `{payload['command']}`",
        "",
        "| chosen by | heads | fraction | perplexity | ratio | NLL delta ± se | PIQA acc ± se | Δ acc ± paired se | PIQA acc (norm) | mean held-out IoU |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        f"| native | 0 | 0% | {nat['perplexity']:.3f} | 1.000 | — | {nat['qa']['accuracy']:.3f} ± {nat['qa']['accuracy_se']:.3f} | — | {nat['qa']['accuracy_norm']:.3f} | — |",
    ]
    for c in payload["configurations"]:
        qa = c["qa"]
        lines.append(
            f"| {c['by']} | {c['heads']} | {c['fraction']:.0%} | {c['perplexity']:.3f} | {c['ratio']:.3f} | "
            f"{c['nll_delta']:+.4f} ± {c['nll_delta_se']:.4f} | {qa['accuracy']:.3f} ± {qa['accuracy_se']:.3f} | "
            f"{c['qa_delta']:+.3f} ± {c['qa_delta_se']:.3f} | {qa['accuracy_norm']:.3f} | {_maybe(c['mean_heldout_iou'])} |"
        )
    banded = [c for c in payload["configurations"] if c.get("nll_delta_by_position")]
    if banded:  # results files from before per-position NLL have none
        bands = list(payload["native"]["by_position"])
        lines += ["", "NLL delta by position in the chunk (nats per predicted token; native NLL in the first row):", "",
                  "| chosen by | fraction | " + " | ".join(bands) + " |", "|---|---:|" + "---:|" * len(bands),
                  "| native | 0% | " + " | ".join(f"{payload['native']['by_position'][b]:.3f}" for b in bands) + " |"]
        for c in banded:
            lines.append(f"| {c['by']} | {c['fraction']:.0%} | " + " | ".join(f"{c['nll_delta_by_position'][b]:+.4f}" for b in bands) + " |")
    tuned = [c for c in payload["configurations"] if c.get("tuning")]
    swapped = [c for c in tuned if c["tuning"].get("swaps")]
    if tuned:
        lines += ["", "`tuned`: the `joint` heads, with the coefficients of their programs re-fitted together (headprog.tuning) for the KL divergence "
                  "from the native next-token distributions on heldout chunks (not the eval split):", ""]
        for c in tuned:
            t = c["tuning"]
            lines.append(
                f"- {c['by']} {c['fraction']:.0%}: KL on the tuning text {t['kl_before']:.4f} -> {t['kl_after']:.4f} nats/token "
                f"({_tuning_text(t)}, {t['steps']} steps, lr {t['lr']}, {t['seconds']:.0f} s on {t.get('device') or 'a device not recorded'})"
                + (f", {t['grown_terms']} terms grown" if t.get("grown_terms") else "")
                + f"; programs in `{t['folder']}`"
            )
    if swapped:
        lines += ["", "`swapped`: the `tuned` set, then (headprog.selection.swaps) each of its heads restored to native attention alone and each candidate "
                  "(the cheapest alone outside the set) substituted on top of it, on heldout chunks after the tuning text; the heads that "
                  "saved the most swapped for the candidates that added the least, while the one saved more than the other added; then tuned again:", ""]
        for c in swapped:
            w = c["tuning"]["swaps"]
            pairs = ", ".join(f"{o} ({w['removal'][o]:.4f}) -> {i} ({w['addition'][i]:.4f})" for o, i in w["pairs"]) or "none"
            chunks = f"{w['examples']} chunks" + (f" x {w['tokens']} tokens" if w.get("tokens") else "")
            lines.append(f"- {c['fraction']:.0%}: set KL {w['kl_before_swaps']:.4f} on {chunks}, {w['candidates']} candidates; swaps {pairs}")
    lines += [
        "",
        f"Targets (issue 5): at 25% substitution, perplexity ratio below 1.08 and PIQA within 2 points of native. Plot: `{payload['name']}.png`.",
    ]
    return "\n".join(lines) + "\n"


def _tuning_text(t: dict[str, Any]) -> str:
    """What a set was tuned on: chunks x tokens where the results file records it (older ones hold only the token count)."""
    return f"{t['chunks']} chunks x {t['chunk_tokens']} tokens" if t.get("chunks") else f"{t['tokens']} tokens"


def plot(payload: dict[str, Any], path: Path) -> None:
    """Perplexity ratio and PIQA accuracy against the fraction substituted, one line per choice."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    nat = payload["native"]
    for by, marker in (("iou", "o"), ("ppl", "s"), ("joint", "^"), ("tuned", "D"), ("swapped", "*")):
        rows = sorted((c for c in payload["configurations"] if c["by"] == by), key=lambda c: c["fraction"])
        if not rows:
            continue
        xs = [0.0] + [100 * c["fraction"] for c in rows]
        ax1.plot(xs, [1.0] + [c["ratio"] for c in rows], marker=marker, label=f"by {by}")
        acc = [nat["qa"]["accuracy"]] + [c["qa"]["accuracy"] for c in rows]
        se = [nat["qa"]["accuracy_se"]] + [c["qa"]["accuracy_se"] for c in rows]
        ax2.errorbar(xs, [100 * a for a in acc], yerr=[100 * s for s in se], marker=marker, capsize=3, label=f"by {by}")
    ax1.axhline(1.08, color="grey", ls="--", lw=1, label="target at 25%: x1.08")
    ax1.set(xlabel="heads substituted (%)", ylabel="perplexity / native", title="Perplexity (eval split)")
    ax2.axhspan(100 * nat["qa"]["accuracy"] - 2, 100 * nat["qa"]["accuracy"] + 2, color="grey", alpha=0.15, label="native ± 2 points")
    ax2.set(xlabel="heads substituted (%)", ylabel="accuracy (%)", title=f"PIQA ({payload['qa']['n']} items)")
    for ax in (ax1, ax2):
        ax.grid(alpha=0.3)
        ax.legend()
    fig.suptitle(f"{payload['model']['name']}: heads replaced by synthesized programs")
    fig.tight_layout()
    tmp = path.with_suffix(".tmp.png")
    fig.savefig(tmp, dpi=110)
    plt.close(fig)
    tmp.replace(path)


def _tuned_set(loaded: Any, pset: Any, heads: list[str], args: Any, label: str, progress: bool) -> tuple[Any, dict[str, Any]]:
    """The program set with the constants of ``heads`` tuned together (headprog.workflows.tuned_set); resumable."""
    from headprog.attention import store as store_mod
    from headprog.evaluate.perplexity import evaluation_chunks
    from headprog.tuning import grow_terms
    from headprog.workflows import tuned_set

    folder = args.tuned_dir / label
    text = evaluation_chunks(loaded, "wiki", "heldout", args.tune_tokens, args.tune_examples)
    # A set tuned on other text (another --tune-tokens or --tune-examples) is tuned anew.
    tuned = tuned_set(loaded, pset, heads, text, folder, store=store_mod.open(args.store) if args.store else None, progress=progress,
                      steps=args.tune_steps, lr=args.tune_lr, grow=grow_terms() if args.tune_grow else (),
                      max_grown=args.tune_max_grown, batches_per_step=args.tune_batches_per_step)
    record = tuned.extra["tuning"]
    summary = {k: record[k] for k in ("kl_before", "kl_after", "steps", "lr", "tokens", "seconds")}
    summary |= {"folder": str(folder), "untouched": len(record["untouched"]), "device": record.get("device"), "chunks": len(text), "chunk_tokens": args.tune_tokens}
    if record.get("grown"):
        summary["grown_terms"] = sum(len(t) for t in record["grown"].values())
    return tuned, summary


def _swapped_set(loaded: Any, tuned: Any, heads: list[str], costs: Any, candidates: list[str] | None, args: Any, label: str, progress: bool) -> tuple[list[str], Any, dict[str, Any]]:
    """The tuned set with its costliest heads swapped for cheaper candidates (headprog.workflows.swap_heads), tuned again; resumable."""
    from headprog.selection.swaps import record_swaps, swap_calibration
    from headprog.workflows import swap_candidates, swap_heads

    folder = args.tuned_dir / f"{label}-swap{args.swap}"
    pool = swap_candidates(tuned, heads, args.swap_pool, eligible=set(candidates) if candidates is not None else None, costs=costs)
    calibration = swap_calibration(loaded, "wiki", args.tune_examples, args.tune_tokens, args.swap_examples, args.swap_tokens)
    measured, pairs, swapped = swap_heads(loaded, tuned, heads, pool, calibration, args.swap, folder / "swaps.json",
                                          backend=args.cost_backend, progress=progress)
    programs, tuning = _tuned_set(loaded, tuned, swapped, args, f"{label}-swap{args.swap}", progress)
    record_swaps(programs, pairs)
    tuning["swaps"] = {"pairs": [list(p) for p in pairs], "kl_before_swaps": measured.kl, "removal": {o: measured.removal[o] for o, _ in pairs},
                       "addition": {i: measured.addition[i] for _, i in pairs}, "candidates": len(pool), "examples": len(calibration), "tokens": args.swap_tokens}
    return swapped, programs, tuning


def _reuse_costs(state: dict[str, Any], args: Any) -> None:
    """Take the head costs (and joint order) of an earlier results file measured the same way."""
    earlier = json.loads(args.costs_from.read_text())
    cal = earlier.get("calibration") or {}
    same = (
        str(earlier.get("programs")) == str(args.programs)
        and cal.get("examples") == args.calibration_examples
        and cal.get("tokens") == args.calibration_tokens
        and cal.get("metric") == args.cost_metric
        and cal.get("costs")
    )
    if not same:
        raise SystemExit(f"{args.costs_from} measured other programs or another calibration; its costs cannot be reused")
    state["costs"] = cal["costs"]
    joint = earlier.get("joint")
    if args.fast_only and not earlier.get("fast_only"):
        return  # its joint order drew on every head
    upto = round(args.joint_upto * earlier["model"]["heads"])
    if joint and joint.get("upto") == upto and joint.get("round_size") == -(-upto // args.rounds) and joint.get("pool") == (args.joint_pool or 2 * upto):
        c = cal["costs"]
        state["joint_costs"] = {**c, "order": joint["order"], "joint": joint["joint_costs"], "rounds": joint["rounds"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2-135m", help="bundled name or model folder (default smollm2-135m)")
    parser.add_argument("--programs", required=True, metavar="DIR", help="program folder (manifest.json + L{l}H{h}.py)")
    parser.add_argument("--fractions", default="0.1,0.25,0.5", help="comma list of fractions of all heads (default 0.1,0.25,0.5)")
    parser.add_argument("--by", default="iou,ppl", help="comma list of head choices: iou, ppl, joint, tuned (the joint choice with its programs' constants tuned together for KL), swapped (the tuned set with its costliest heads swapped for cheaper ones, tuned again); default iou,ppl")
    parser.add_argument("--joint-upto", type=float, default=0.25, help="joint choice: fraction of heads ordered in rounds (default 0.25)")
    parser.add_argument("--rounds", type=int, default=4, help="joint choice: rounds up to --joint-upto (default 4)")
    parser.add_argument("--joint-pool", type=int, default=None, help="joint choice: candidates, the cheapest alone (default 2 x the heads ordered)")
    parser.add_argument("--tune-steps", type=int, default=30, help="tuned choice: Adam steps of headprog.tuning (default 30)")
    parser.add_argument("--tune-lr", type=float, default=0.15, help="tuned choice: learning rate (default 0.15)")
    parser.add_argument("--tune-examples", type=int, default=8, help="tuned choice: heldout chunks to tune on (default 8)")
    parser.add_argument("--tune-tokens", type=int, default=256, help="tuned choice: tokens per tuning chunk (default 256; later positions are not tuned for)")
    parser.add_argument("--tune-batches-per-step", type=int, default=None, help="tuned choice: batches of 4 chunks per step (default all: full batch)")
    parser.add_argument("--tune-grow", action="store_true", help="tuned choice: let each program grow terms of the term library while tuning (headprog tune --grow)")
    parser.add_argument("--tune-max-grown", type=int, default=4, help="tuned choice with --tune-grow: grown terms kept per program at most (default 4)")
    parser.add_argument("--tuned-dir", type=Path, default=Path("runs") / "substitution-tuned", help="tuned choice: where the tuned program sets are written (default runs/substitution-tuned)")
    parser.add_argument("--swap", type=int, default=6, help="swapped choice: heads swapped at most (default 6)")
    parser.add_argument("--swap-pool", type=int, default=30, help="swapped choice: candidates, the cheapest alone outside the tuned set (default 30)")
    parser.add_argument("--swap-examples", type=int, default=16, help="swapped choice: heldout chunks after the tuning text on which swaps are measured (default 16)")
    parser.add_argument("--swap-tokens", type=int, default=256, help="swapped choice: tokens per swap chunk (default 256)")
    parser.add_argument("--store", default=None, help="tuned choice: attention store to measure the tuned programs' held-out IoU (default: not measured)")
    parser.add_argument("--qa", default=str(DEFAULT_QA), help="PIQA-format JSON lines (default ../shared/data/piqa_val.jsonl)")
    parser.add_argument("--qa-limit", type=int, default=500, help="QA items scored (default 500)")
    parser.add_argument("--examples", type=int, default=32, help="perplexity chunks of the eval split (default 32)")
    parser.add_argument("--max-tokens", type=int, default=512, help="tokens per perplexity chunk (default 512)")
    parser.add_argument("--calibration-examples", type=int, default=4, help="ppl choice: held-out chunks per head cost (default 4)")
    parser.add_argument("--calibration-tokens", type=int, default=256, help="ppl choice: tokens per calibration chunk (default 256)")
    parser.add_argument("--backend", default="auto", choices=("auto", "numba", "triton", "reference"), help="kernels of the evaluated hybrids (default auto)")
    parser.add_argument("--cost-metric", default="kl", choices=("kl", "nll"), help="ppl choice: per-head cost, KL from the native predictions (default) or added NLL")
    parser.add_argument(
        "--cost-backend", default="reference", choices=("auto", "numba", "triton", "reference"),
        help="kernels for the per-head cost measurement (default reference: every head is substituted once, "
        "on short chunks, so compiling each program would cost more than running it; all backends agree within 1e-5)",
    )
    parser.add_argument("--fast-only", action="store_true", help="choose only among heads whose programs cost O(T*d) (selectors, bands, linear programs): headprog.hybrid.fast_heads")
    parser.add_argument("--costs-from", type=Path, default=None, help="results JSON of an earlier run with the same programs and calibration: reuse its per-head costs and joint order instead of measuring them again")
    parser.add_argument("--name", default="substitution", help="results file name (default substitution)")
    parser.add_argument("--out", type=Path, default=RESULTS, help="results folder (default benchmarks/results)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args(argv)

    from headprog.data import models
    from headprog.io import atomic_write_text
    from headprog.evaluate.compare import paired_nll_standard_error
    from headprog.hybrid import HybridModel
    from headprog.selection import HeadCosts, choose_heads, fast_heads, measure_head_costs, order_heads_jointly
    from headprog.evaluate.perplexity import evaluation_chunks, perplexity
    from headprog.language.program_set import load_program_set
    from headprog.data.multiple_choice import load_multiple_choice
    from headprog.evaluate.qa import paired_accuracy_standard_error, score_multiple_choice

    fractions = [float(f) for f in args.fractions.split(",") if f.strip()]
    choices = [b.strip() for b in args.by.split(",") if b.strip()]
    progress = not args.quiet
    command = ".venv/bin/python -m benchmarks.substitution" + "".join(" " + shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
    loaded = models.load(args.model)
    pset = load_program_set(args.programs)
    chunks = evaluation_chunks(loaded, "wiki", "eval", args.max_tokens, args.examples)
    items = load_multiple_choice(args.qa, limit=args.qa_limit)
    labels = [it.label for it in items]

    args.out.mkdir(parents=True, exist_ok=True)
    partial = args.out / f"{args.name}.partial.json"
    settings = {k: getattr(args, k) for k in ("model", "programs", "qa", "qa_limit", "examples", "max_tokens", "calibration_examples", "calibration_tokens", "backend", "cost_backend", "cost_metric", "joint_upto", "rounds", "joint_pool", "tune_steps", "tune_lr", "tune_examples", "tune_tokens", "tune_grow", "tune_max_grown", "tune_batches_per_step", "fast_only", "swap", "swap_pool", "swap_examples", "swap_tokens")}
    state: dict[str, Any] = json.loads(partial.read_text()) if partial.exists() else {}
    if state.get("settings") != settings:
        state = {"settings": settings, "configurations": {}}

    def save() -> None:
        atomic_write_text(partial, json.dumps(state, indent=1) + "\n")

    started = time.perf_counter()
    if "native" not in state:
        ppl = perplexity(loaded, chunks, progress=progress)
        qa = score_multiple_choice(loaded, items, progress=progress)
        state["native"] = {"perplexity": ppl.perplexity, "nll": ppl.nll, "chunk_nll": ppl.chunk_nll, "chunk_tokens": ppl.chunk_tokens,
                           "tokens": ppl.tokens, "chunks": ppl.chunks, "by_position": ppl.nll_by_band(), "qa": _qa_summary(qa)}
        save()
    candidates = fast_heads(pset) if args.fast_only else None
    if args.costs_from is not None and "costs" not in state:
        _reuse_costs(state, args)
        save()
    costs = None
    if {"ppl", "joint", "tuned", "swapped"} & set(choices):
        if "costs" not in state:
            calibration = evaluation_chunks(loaded, "wiki", "heldout", args.calibration_tokens, args.calibration_examples)
            partial_costs = state.setdefault("partial_costs", {})

            def measured_one(head: str, cost: float) -> None:
                partial_costs[head] = cost
                save()

            measured = measure_head_costs(
                loaded, pset, pset.ranked("heldout_iou"), calibration, metric=args.cost_metric, backend=args.cost_backend, progress=progress,
                known=partial_costs, on_measured=measured_one,
            )
            state["costs"] = {"base_nll": measured.base_nll, "tokens": measured.tokens, "heads": measured.heads, "metric": measured.metric}
            del state["partial_costs"]
            save()
        costs = HeadCosts(**state["costs"])
    joint_costs, joint = None, None
    if {"joint", "tuned", "swapped"} & set(choices):
        upto = round(args.joint_upto * loaded.n_layers * loaded.n_heads)
        joint = {"upto": upto, "round_size": -(-upto // args.rounds), "pool": args.joint_pool or 2 * upto}
        if "joint_costs" in state:
            saved = HeadCosts(**state["joint_costs"])
        elif candidates is not None:  # the rounds draw their pool from these heads only
            saved = HeadCosts(costs.base_nll, costs.tokens, {h: costs.heads[h] for h in candidates if h in costs.heads}, costs.metric)
        else:
            saved = costs
        if len(saved.order) < upto:

            def round_done(c) -> None:
                state["joint_costs"] = dataclasses.asdict(c)
                save()

            calibration = evaluation_chunks(loaded, "wiki", "heldout", args.calibration_tokens, args.calibration_examples)
            saved = order_heads_jointly(
                loaded, pset, saved, calibration, upto, round_size=joint["round_size"], pool_size=joint["pool"],
                backend=args.cost_backend, progress=progress, on_round=round_done,
            )
        joint_costs = saved
    native = state["native"]
    backend = None
    for by in choices:
        for fraction in fractions:
            key = f"{by}:{fraction}"
            if key in state["configurations"]:
                continue
            chosen = choose_heads(pset, fraction, "iou" if by == "iou" else "ppl", loaded=loaded, candidates=candidates,
                                  costs=joint_costs if by in ("joint", "tuned", "swapped") else costs)
            heads = [c["head"] for c in chosen]
            programs, tuning = pset, None
            if by in ("tuned", "swapped"):
                programs, tuning = _tuned_set(loaded, pset, heads, args, f"{fraction}", progress)
                if by == "swapped":
                    heads, programs, tuning = _swapped_set(loaded, programs, heads, costs, candidates, args, f"{fraction}", progress)
                chosen = [{"head": h, "heldout_iou": programs.heads[h].get("heldout_iou")} for h in heads]
            with HybridModel(loaded, programs, heads, backend=args.backend) as hybrid:
                backend = state["backend"] = hybrid.backend
                ppl = perplexity(loaded, chunks, progress=progress)
                qa = score_multiple_choice(loaded, items, progress=progress)
            delta = ppl.nll - native["nll"]
            nll_se = paired_nll_standard_error(SimpleNamespace(**native), ppl)
            qa_s = _qa_summary(qa)
            ious = [c["heldout_iou"] for c in chosen if c.get("heldout_iou") is not None]
            state["configurations"][key] = {
                "by": by, "fraction": fraction, "heads": len(heads), "chosen": heads,
                "perplexity": ppl.perplexity, "ratio": ppl.perplexity / native["perplexity"],
                "nll_delta": delta, "nll_delta_se": nll_se,
                "nll_delta_by_position": {band: nll - native["by_position"][band] for band, nll in ppl.nll_by_band().items()},
                "qa": qa_s,
                "qa_delta": qa_s["accuracy"] - native["qa"]["accuracy"],
                "qa_delta_se": paired_accuracy_standard_error(native["qa"]["predictions"], qa_s["predictions"], labels),
                "mean_heldout_iou": sum(ious) / len(ious) if ious else float("nan"),
                "seconds": round(ppl.seconds + qa.seconds, 1),
                **({"tuning": tuning} if tuning else {}),
            }
            save()
            c = state["configurations"][key]
            print(f"{key}: perplexity x{c['ratio']:.3f}, PIQA {c['qa']['accuracy']:.3f} ({c['qa_delta']:+.3f})", flush=True)

    configurations = [state["configurations"][f"{by}:{f}"] for by in choices for f in fractions]
    payload = {
        "benchmark": "hybrid perplexity and QA against the fraction of heads substituted",
        "name": args.name,
        "command": command,
        "model": {"name": loaded.name, "fingerprint": loaded.fingerprint, "heads": loaded.n_layers * loaded.n_heads},
        "programs": str(args.programs),
        "fast_only": args.fast_only,
        "backend": backend or state.get("backend"),
        "perplexity": {"corpus": "wiki", "split": "eval", "max_tokens": args.max_tokens, "examples": args.examples},
        "calibration": {"examples": args.calibration_examples, "tokens": args.calibration_tokens, "metric": args.cost_metric, "costs": state.get("costs")},
        "joint": joint and {**joint, "order": joint_costs.order, "joint_costs": joint_costs.joint, "rounds": joint_costs.rounds},
        "qa": {"file": str(args.qa), "n": len(items)},
        "native": state["native"],
        "configurations": configurations,
        "hardware": hardware(),
        "seconds_this_run": round(time.perf_counter() - started, 1),
    }
    md = markdown(payload)
    write_results(args.name, payload, md, args.out)
    plot(payload, args.out / f"{args.name}.png")
    partial.unlink(missing_ok=True)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

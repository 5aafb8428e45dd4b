"""Benchmark: explanation ladders of a program set (what the simplest explanations reach, and cost).

Reads the ladders a program set carries (``headprog synthesize`` writes them;
``headprog ladder`` adds them to an older set) and reports, per length band,
the mean held-out IoU of rungs 1, 2, 3, 5, 8 and the full programs (rung N:
what ``--rung N`` substitutes), the role counts and the number of heads
labelled "mixed". With ``--perplexity`` it also measures, on the same
evaluation chunks and the same heads (the best ``--fraction`` by held-out IoU
of the full programs), the perplexity of the native model, of the hybrid with
the full programs and of the hybrid with each head's rung ``--rung``.

Run: ``.venv/bin/python -m benchmarks.ladders [--programs runs/default/programs] [--perplexity]``.
Writes ``benchmarks/results/ladders.json`` and ``ladders.md``.
"""

from __future__ import annotations

import argparse
import time

from benchmarks.common import hardware, write_results


def _perplexity(pset, fraction: float, rung: int, chunks: int, tokens: int) -> dict:
    from headprog.data import models
    from headprog.evaluate.perplexity import evaluation_chunks, perplexity
    from headprog.hybrid import HybridModel
    from headprog.selection import choose_heads

    loaded = models.load(pset.model.get("spec") or "smollm2-135m")
    heads = [c["head"] for c in choose_heads(pset, fraction, "iou", loaded=loaded)]
    text = evaluation_chunks(loaded, "wiki", "eval", min(tokens, loaded.max_positions), chunks, 0)
    out: dict = {"heads": heads, "fraction": fraction, "chunks": len(text), "tokens_per_chunk": tokens, "rung": rung}
    with HybridModel(loaded, pset, heads) as hybrid:
        out["full"] = perplexity(loaded, text, progress=False).perplexity
        with hybrid.native():
            out["native"] = perplexity(loaded, text, progress=False).perplexity
    with HybridModel(loaded, pset, heads, rung=rung):
        out[f"rung{rung}"] = perplexity(loaded, text, progress=False).perplexity
    return out


def markdown(payload: dict) -> str:
    from headprog.report import summary_lines

    s = payload["summary"]
    lines = [
        "# Explanation ladders",
        "",
        f"Program set `{payload['programs']}` ({payload['model']}); command: `{payload['command']}`.",
        "",
        "Mean held-out IoU per length band of each rung (rung N: the head's best program with at most N terms, "
        "a table counting as one; the full program once N reaches its term count):",
        "",
        *summary_lines(s),
        f"Heads whose ladder IoU falls as terms are added: {len(s['heads_where_iou_falls_along_the_ladder'])}.",
        "",
        "| role | heads |",
        "|---|---:|",
        *[f"| {role} | {n} |" for role, n in s["roles"].items()],
    ]
    ppl = payload.get("perplexity")
    if ppl:
        r = ppl["rung"]
        lines += [
            "",
            f"Perplexity, {len(ppl['heads'])} heads ({ppl['fraction']:.0%}, best held-out IoU of the full programs) substituted, "
            f"{ppl['chunks']} evaluation chunks of {ppl['tokens_per_chunk']} tokens:",
            "",
            "| model | perplexity | vs native |",
            "|---|---:|---:|",
            f"| native | {ppl['native']:.3f} | |",
            f"| hybrid, full programs | {ppl['full']:.3f} | {100 * (ppl['full'] / ppl['native'] - 1):+.1f}% |",
            f"| hybrid, rung {r} programs | {ppl[f'rung{r}']:.3f} | {100 * (ppl[f'rung{r}'] / ppl['native'] - 1):+.1f}% |",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    from headprog.language.program_set import load_program_set
    from headprog.report import ladder_summary

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--programs", default="runs/default/programs", help="a program set with ladders (default: the main job's)")
    parser.add_argument("--perplexity", action="store_true", help="also measure perplexity with rung --rung against the full programs")
    parser.add_argument("--rung", type=int, default=3)
    parser.add_argument("--fraction", type=float, default=0.25)
    parser.add_argument("--chunks", type=int, default=8)
    parser.add_argument("--tokens", type=int, default=256)
    parser.add_argument("--name", default="ladders", help="results file name (default ladders)")
    args = parser.parse_args()
    started = time.perf_counter()
    pset = load_program_set(args.programs)
    summary = ladder_summary(pset)
    if not summary:
        raise SystemExit(f"{args.programs} has no ladders; add them with `headprog ladder {args.programs} --store STORE`")
    command = f".venv/bin/python -m benchmarks.ladders --programs {args.programs}" + (
        f" --perplexity --rung {args.rung} --fraction {args.fraction} --chunks {args.chunks} --tokens {args.tokens}" if args.perplexity else "")
    payload = {"programs": args.programs, "model": pset.model.get("name"), "command": command, "summary": summary,
               "hardware": hardware()}
    if args.perplexity:
        payload["perplexity"] = _perplexity(pset, args.fraction, args.rung, args.chunks, args.tokens)
    payload["seconds"] = round(time.perf_counter() - started, 1)
    json_path, md_path = write_results(args.name, payload, markdown(payload))
    print(markdown(payload))
    print(f"wrote {json_path} and {md_path}")


if __name__ == "__main__":
    main()

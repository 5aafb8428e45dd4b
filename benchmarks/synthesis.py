"""Benchmark: offline synthesis of every head of the bundled model.

Runs (or reuses) ``headprog extract`` with both length bands and
``headprog synthesize``, then writes the held-out IoU per layer and band, the
library view (distinct programs and structures) and the wall times to
``benchmarks/results/synthesis.json`` and ``synthesis.md``.

Run: ``.venv/bin/python -m benchmarks.synthesis --out runs/bench-synthesis``
(about 15 minutes on a 2-core machine; steps already done are resumed).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from benchmarks.common import hardware, write_results
from headprog.workflows import summary_table
from headprog.attention.extract import ExtractOptions, extract
from headprog.synthesis.search import SearchOptions
from headprog.synthesis.synthesize import SynthesisOptions, synthesize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="runs/bench-synthesis")
    parser.add_argument("--examples", type=int, default=96, help="per length band; a third held out")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--max-terms", type=int, default=SearchOptions.max_terms, help="terms per layer template")
    parser.add_argument("--name", default="synthesis", help="results file name in benchmarks/results")
    parser.add_argument("--fit-passages", type=int, default=SearchOptions.fit_passages, help="synthesis passages the search fits on")
    args = parser.parse_args()
    out = Path(args.out)
    start = time.perf_counter()
    manifest = extract(out / "store", ExtractOptions(examples=args.examples, max_tokens=args.max_tokens, kinds=("passage", "sentence")))
    extract_s = time.perf_counter() - start
    search = SearchOptions(max_terms=args.max_terms, fit_passages=args.fit_passages)
    start = time.perf_counter()
    pset = synthesize(out / "store", out / "programs", SynthesisOptions(search=search, workers=args.workers))
    synth_s = time.perf_counter() - start
    result = {
        "hardware": hardware(),
        "examples_per_band": args.examples,
        "max_tokens": args.max_tokens,
        "max_terms": args.max_terms,
        "fit_passages": args.fit_passages,
        "tokens": manifest.stats.get("tokens"),
        "extract_seconds_this_run": round(extract_s, 1),
        "synthesize_seconds_this_run": round(synth_s, 1),
        "library": pset.extra.get("library"),
        "heads": pset.heads,
    }
    lib = pset.extra.get("library", {})
    md = "\n".join(
        [
            "# Offline synthesis on the bundled model",
            "",
            f"Hardware: {result['hardware'].get('processor')}, {result['hardware'].get('cpus')} CPUs. "
            f"Command: `.venv/bin/python -m benchmarks.synthesis --out {args.out} --max-terms {args.max_terms} --fit-passages {args.fit_passages} --name {args.name}`.",
            "",
            f"{args.examples} passages of {args.max_tokens} tokens and {args.examples} sentences (15-30 tokens), a third held out; "
            f"the search fits {args.fit_passages} passages and {search.fit_sentences} sentences, at most {args.max_terms} terms a layer; "
            f"synthesis {synth_s:.0f} s this run ({args.workers} workers), extraction {extract_s:.0f} s this run (0 if resumed).",
            "",
            f"{lib.get('heads')} heads, {lib.get('distinct_programs')} distinct programs, {lib.get('distinct_structures')} distinct structures.",
            "",
            "Mean held-out soft IoU per layer and length band:",
            "",
            summary_table(pset),
            "",
        ]
    )
    print(md)
    write_results(args.name, result, md)


if __name__ == "__main__":
    main()

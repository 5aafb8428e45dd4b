"""Options shared by several commands, and the helpers that read them."""

from __future__ import annotations

import argparse
import os
from typing import Any

from headprog.errors import HeadprogError


def int_list(text: str | None) -> list[int] | None:
    if text is None:
        return None
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        try:
            out += list(range(int(lo), int(hi) + 1)) if hi else [int(lo)]
        except ValueError:
            raise HeadprogError(f"expected numbers like 0,2,5-7; got {text!r}") from None
    return out


def llm_config(args: argparse.Namespace):
    if not getattr(args, "llm_url", None):
        return None
    from headprog.synthesis.llm import LLMConfig

    if not args.llm_model:
        raise HeadprogError("--llm-url needs --llm-model (the model name the endpoint serves)")
    return LLMConfig(url=args.llm_url, model=args.llm_model, candidates_per_head=args.budget, rounds=args.llm_rounds)


def search_options(args: argparse.Namespace):
    from headprog.synthesis.search import SearchOptions

    return SearchOptions(max_terms=args.max_terms, sink_tokens=args.sink_tokens, seed=args.seed, linear_tolerance=args.linear_tolerance,
                         tables=table_names(args.tables))


def table_names(text: str) -> tuple[str, ...]:
    """``--tables``: a comma list of family names, or "none"."""
    return () if text.strip() == "none" else tuple(t.strip() for t in text.split(",") if t.strip())


def add_synthesis_options(p: argparse.ArgumentParser) -> None:
    from headprog.synthesis.terms import DEFAULT_TABLES, TABLE_FAMILIES  # no torch: --help stays fast

    p.add_argument("--max-terms", type=int, default=12, help="terms per program besides its tables, 1..32 minus the number of tables; all heads of a layer share one set of terms (offline search); more terms fit better but cost time in a hybrid model")
    p.add_argument(
        "--tables", default=",".join(DEFAULT_TABLES),
        help="comma list of the table families every head's program weighs, one table(...) each, or 'none'; "
        f"one of: {', '.join(TABLE_FAMILIES)} (default: {','.join(DEFAULT_TABLES)})",
    )
    p.add_argument("--sink-tokens", type=int, default=16, help="most frequent tokens offered as attention sinks")
    p.add_argument(
        "--linear-tolerance", type=float, default=0.02,
        help="take a head's linear (weights-mode) program when its synthesis IoU is at most this much below the softmax program's: "
        "linear programs run in O(T*d) (default 0.02; negative: softmax programs only)",
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--llm-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1 (key from OPENAI_API_KEY)")
    p.add_argument("--llm-model", help="model name at the endpoint")
    p.add_argument("--llm-rounds", type=int, default=3, help="LLM refinement rounds per head")
    p.add_argument("--budget", type=int, default=6, help="LLM candidates per head")
    p.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)), help="local worker processes, one layer each (default: the CPU count, at most 4)")


def add_substitution_options(parser: Any) -> None:
    parser.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file or cached Hugging Face id")
    parser.add_argument("--programs", required=True, metavar="DIR", help="program folder (manifest.json + L{l}H{h}.py files)")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of all the model's heads to substitute (default 0.25)")
    parser.add_argument("--by", choices=("iou", "ppl", "tuned"), default="iou", help="choose heads by held-out IoU (default) or by measured cost: each head alone, KL divergence from the native predictions on a calibration split; 'tuned': the head set a tuned program set was tuned for (headprog tune; --fraction is ignored)")
    parser.add_argument("--heads", default=None, help="substitute exactly these heads, e.g. L3H5,L10H2 (overrides --fraction/--by)")
    parser.add_argument("--fast-only", action="store_true", help="choose only among heads whose programs cost O(T*d) in a prefill (selectors, bands, linear programs), for a hybrid at least as fast as the native model")
    parser.add_argument("--backend", default="auto", choices=("auto", "numba", "triton", "reference"), help="kernel backend (default auto: numba on CPU, triton on GPU)")
    parser.add_argument("--force", action="store_true", help="use the programs even if the manifest's model fingerprint differs")
    parser.add_argument("--calibration-examples", type=int, default=4, help="--by ppl (and tune --swap): chunks of the heldout split used to measure head costs (default 4)")
    parser.add_argument("--calibration-tokens", type=int, default=256, help="--by ppl (and tune --swap): tokens per calibration chunk (default 256)")
    parser.add_argument("--ppl-pool", type=int, default=None, help="--by ppl: measure only this many best heads by IoU (default: every head with a program)")
    parser.add_argument("--rounds", type=int, default=1, help="--by ppl: add heads in this many rounds, each measured on top of the heads chosen before (default 1: each head alone)")
    parser.add_argument("--corpus", default="wiki", help="corpus for perplexity ('wiki' is bundled)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corpus document split (default 0)")

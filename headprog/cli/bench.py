"""``headprog bench``: what substituting heads costs, in speed and in quality, on this machine."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any

from headprog.errors import HeadprogError


def register(sub: Any) -> None:
    """Add ``bench`` to the ``headprog`` parser."""
    p = sub.add_parser(
        "bench", help="benchmark native vs hybrid: prefill, decode, kernels, memory, quality, serving",
        description="Measure what substituting heads costs: prefill and decode tokens/s of the native and the hybrid model, "
        "one head's kernel against an SDPA head and FlexAttention, peak memory, perplexity and QA against the fraction "
        "substituted, and a serving load test. Every ratio is measured side by side in one process. Writes results.json, "
        "results.md and PNG plots into --out; a rerun with the same settings resumes where it stopped.",
    )
    p.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file or cached Hugging Face id")
    p.add_argument("--programs", default=None, metavar="DIR|bundled|bundled-tuned", help="program folder (default: the bundled example programs, which the main job makes)")
    p.add_argument("--suite", default="all", help="comma list of prefill, decode, kernels, memory, quality, serve, or all (the default)")
    p.add_argument("--fractions", default=None, help="fractions of the model's heads substituted, best held-out IoU first (default 0,0.1,0.25,0.5,1; --quick 0,0.25)")
    p.add_argument("--fast-only", action="store_true", help="also measure heads chosen only among programs that cost O(T*d) in a prefill")
    p.add_argument("--device", default="cpu", help="cpu, or cuda: the model on the GPU and program heads as Triton kernels")
    p.add_argument("--quick", action="store_true", help="small sizes, few repeats, two fractions: a smoke run of a few minutes")
    p.add_argument("--repeat", type=int, default=None, help="timed rounds per figure after the warm-up (default 3; --quick 2)")
    p.add_argument("--prefill-tokens", default=None, metavar="T,...", help="prefill lengths (default 256,1024,4096, and 8192 on a GPU; --quick 128)")
    p.add_argument("--prefill-batches", default=None, metavar="B,...", help="prefill batch sizes (default 1,8; --quick 1)")
    p.add_argument("--decode-contexts", default=None, metavar="T,...", help="decode context lengths (default 128,512,2048; --quick 64)")
    p.add_argument("--decode-batches", default=None, metavar="B,...", help="decode batch sizes (default 1,4; --quick 1)")
    p.add_argument("--new-tokens", type=int, default=None, help="decode steps timed per round (default 16; --quick 8)")
    p.add_argument("--kernel-lengths", default=None, metavar="T,...", help="kernel suite lengths (default 128,512,1024,2048,4096; --quick 64,128)")
    p.add_argument("--max-batch-tokens", type=int, default=None, help="skip forwards of more tokens than this (default 8192 on the CPU, none on a GPU)")
    p.add_argument("--no-flex", action="store_true", help="leave FlexAttention out of the kernels suite (its torch.compile takes a minute or more on a CPU)")
    p.add_argument("--qa", default=None, metavar="FILE", help="also score a PIQA-format multiple-choice file (.jsonl) in the quality suite")
    p.add_argument("--store", default=None, help="attention store (recorded with the results; held-out IoU per layer comes from the program set's manifest)")
    p.add_argument("--fresh", action="store_true", help="measure every suite anew instead of keeping those of an earlier run with the same settings")
    p.add_argument("--out", required=True, help="folder for results.json, results.md and the plots")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_bench)


def options_from_args(args: argparse.Namespace, command: str) -> Any:
    """The :class:`~headprog.bench.session.BenchOptions` the command line describes."""
    from headprog.bench.session import SUITES, BenchOptions

    suites = SUITES if args.suite.strip() == "all" else tuple(s.strip() for s in args.suite.split(",") if s.strip())
    try:
        fractions = tuple(float(f) for f in args.fractions.split(",")) if args.fractions else ((0.0, 0.25) if args.quick else (0.0, 0.1, 0.25, 0.5, 1.0))
    except ValueError:
        raise HeadprogError(f"--fractions takes numbers like 0,0.25,1; got {args.fractions!r}") from None
    sizes = {key: _ints(getattr(args, key), key) for key in ("prefill_tokens", "prefill_batches", "decode_contexts", "decode_batches", "kernel_lengths")}
    budget = args.max_batch_tokens if args.max_batch_tokens is not None else (None if args.device.startswith("cuda") else 8192)
    return BenchOptions(
        model=args.model, programs=args.programs, suites=suites, fractions=fractions, device=args.device, quick=args.quick,
        repeat=args.repeat or (2 if args.quick else 3), fast_only=args.fast_only, store=args.store, qa=args.qa, flex=not args.no_flex,
        max_batch_tokens=budget, command=command, new_tokens=args.new_tokens or (8 if args.quick else 16), **sizes,
    )


def _ints(text: str | None, option: str) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        values = tuple(int(v) for v in text.split(","))
    except ValueError:
        values = ()
    if not values or min(values) < 1:
        raise HeadprogError(f"--{option.replace('_', '-')} takes positive whole numbers like 128,512; got {text!r}")
    return values


def cmd_bench(args: argparse.Namespace) -> int:
    """Run ``headprog bench``: print where the results went and the Markdown summary."""
    from pathlib import Path

    from headprog.bench.runner import run_bench

    command = "headprog " + shlex.join(sys.argv[1:]) if sys.argv and sys.argv[0].endswith("headprog") else "headprog bench " + shlex.join(_argv(args))
    options = options_from_args(args, command)
    if options.programs is None and not args.quiet:
        print("headprog bench: no --programs given: using the bundled example programs (headprog/data/programs/smollm2-135m/programs)", file=sys.stderr)
    run_bench(options, args.out, progress=not args.quiet, fresh=args.fresh)
    print((Path(args.out) / "results.md").read_text(encoding="utf-8"), end="")
    print(f"wrote {args.out}/results.json, results.md and plots")
    return 0


def _argv(args: argparse.Namespace) -> list[str]:
    """The options of ``args`` as a command line (when the command was not run from the ``headprog`` script)."""
    out = []
    for key in ("model", "programs", "suite", "fractions", "device", "repeat", "prefill_tokens", "prefill_batches", "decode_contexts", "decode_batches",
                "new_tokens", "kernel_lengths", "max_batch_tokens", "qa", "store", "out"):
        value = getattr(args, key)
        if value is not None:
            out += [f"--{key.replace('_', '-')}", str(value)]
    out += [f"--{flag.replace('_', '-')}" for flag in ("quick", "fast_only", "no_flex", "fresh") if getattr(args, flag)]
    return out

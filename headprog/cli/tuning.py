"""``headprog tune``: choose heads as ``headprog eval`` does, then tune their programs' constants together."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from headprog.tuning.head_choice import choose_from_args


def register(sub: Any) -> None:
    """Add ``headprog tune`` to the ``headprog`` parser."""
    p = sub.add_parser("tune", help="tune chosen heads' program constants for the hybrid model", description="Choose heads as `headprog eval` does, then re-fit the coefficients of their programs, substituted together, to minimise the KL divergence from the native model's next-token distributions on heldout text. Writes a tuned copy of the program set; resumable.")
    add_tune_arguments(p)


def add_tune_arguments(parser: Any) -> Any:
    """Options of ``headprog tune``: choose heads as ``headprog eval`` does, then tune their constants together."""
    from headprog.cli.options import add_substitution_options

    add_substitution_options(parser)
    parser.add_argument("--out", required=True, metavar="DIR", help="folder for the tuned program set (a copy of --programs with the chosen heads' files tuned)")
    parser.add_argument("--steps", type=int, default=30, help="Adam steps over the tuning text (default 30; each is a forward and backward pass over it)")
    parser.add_argument("--lr", type=float, default=0.15, help="Adam learning rate (default 0.15)")
    parser.add_argument("--tune-examples", type=int, default=8, help="chunks of the heldout split to tune on (default 8)")
    parser.add_argument("--tune-tokens", type=int, default=256, help="tokens per tuning chunk (default 256); later positions are not tuned for, so tune on chunks as long as the hybrid will read")
    parser.add_argument("--store", metavar="DIR", default=None, help="attention store: measure the tuned programs' held-out IoU again (otherwise their IoU scores are dropped)")
    parser.add_argument("--batches-per-step", type=int, default=None, metavar="N", help="each step sees N batches of 4 chunks, shuffled anew each pass over the text (default: all of them, every step); more text for the same cost per step")
    parser.add_argument("--grow", action="store_true", help="also offer every program the offline search's term library (at no weight) and keep the few grown terms that carry weight after tuning")
    parser.add_argument("--max-grown", type=int, default=4, help="--grow: grown terms kept per program at most (default 4)")
    parser.add_argument("--device", default="cpu", help="where the model runs while tuning: cpu (default) or cuda")
    parser.add_argument(
        "--swap", type=int, default=0, metavar="N",
        help="before tuning, swap up to N heads of the chosen set (best with --by tuned) that cost the most inside it for candidates "
        "that add less on top of it, measured on --calibration-examples heldout chunks after the tuning text (headprog.selection.swaps)",
    )
    parser.add_argument("--swap-pool", type=int, default=30, metavar="M", help="--swap: candidates measured, the M best by held-out IoU outside the set (default 30)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.set_defaults(func=cmd_tune)
    return parser


def cmd_tune(args: Any) -> int:
    """Run ``headprog tune``: print what was tuned and the calibration KL before and after."""
    from headprog.attention import store as store_mod
    from headprog.data import models
    from headprog.evaluate.perplexity import evaluation_chunks
    from headprog.hybrid import check_program_set
    from headprog.language.program_set import load_program_set
    from headprog.selection.swaps import record_swaps
    from headprog.tuning import grow_terms
    from headprog.workflows import tuned_set

    loaded = models.load(args.model)
    loaded.model.to(args.device)
    pset = load_program_set(args.programs)
    check_program_set(pset, loaded, force=args.force)
    st = store_mod.open(args.store) if args.store else None
    heads = [c["head"] for c in choose_from_args(args, loaded, pset)]
    text = evaluation_chunks(loaded, args.corpus, "heldout", args.tune_tokens, args.tune_examples, args.seed)
    pairs: list[tuple[str, str]] = []
    if args.swap > 0:
        heads, pairs = swapped_heads(args, loaded, pset, heads)
    print(f"tuning the programs of {len(heads)} heads together on {len(text)} heldout chunks of {args.tune_tokens} tokens")
    tuned = tuned_set(
        loaded, pset, heads, text, args.out, reuse=False, store=st, progress=not args.quiet,
        steps=args.steps, lr=args.lr, force=args.force, grow=grow_terms() if args.grow else (), max_grown=args.max_grown,
        batches_per_step=args.batches_per_step,
    )
    if pairs:
        record_swaps(tuned, pairs)
    record = tuned.extra["tuning"]
    for name, why in record["untouched"].items():
        print(f"  {name}: kept as it is ({why})")
    for name, texts in record.get("grown", {}).items():
        print(f"  {name}: grew {', '.join(texts)}")
    print(
        f"KL to the native model on the tuning text: {record['kl_before']:.4f} -> {record['kl_after']:.4f} nats/token "
        f"({record['tokens']} tokens, {len(record['history'])} steps, {record['seconds']:.0f} s)"
    )
    print(f"wrote {tuned.folder}; evaluate with: headprog eval --programs {tuned.folder} --by tuned")
    return 0


def swapped_heads(args: Any, loaded: Any, pset: Any, heads: list[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """``headprog tune --swap``: measure swap costs around ``heads`` (resumable in --out), plan and apply the swaps."""
    from headprog.selection import fast_heads
    from headprog.selection.swaps import swap_calibration
    from headprog.workflows import swap_candidates, swap_heads

    eligible = set(fast_heads(pset)) if args.fast_only else None
    candidates = swap_candidates(pset, heads, args.swap_pool, eligible=eligible)
    calibration = swap_calibration(loaded, args.corpus, args.tune_examples, args.tune_tokens, args.calibration_examples, args.calibration_tokens, args.seed)
    print(f"measuring swap costs: {len(heads)} heads and {len(candidates)} candidates on {len(calibration)} heldout chunks")
    _, pairs, swapped = swap_heads(loaded, pset, heads, candidates, calibration, args.swap, Path(args.out) / "swaps.json",
                                   report=print, force=args.force, progress=not args.quiet)
    return swapped, pairs

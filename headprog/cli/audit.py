"""``headprog score`` and ``headprog check``: a program set scored on new text, and a checkpoint's regression test."""

from __future__ import annotations

import argparse
from typing import Any

from headprog.cli.options import int_list

CHECK_HELP = (
    "Behavioural regression test of a checkpoint: score each head's program on text recorded from the checkpoint "
    "(--store, or --corpus recorded on the fly from --model, default the model the programs name; with neither, the held-out "
    "text the set's headers were measured on, recorded again) and compare it with "
    "the IoU its file header records for the same kinds of text (less --tolerance), with a baseline score table "
    "(--baseline, from `headprog score --out` on the same text), or with --min-iou. Prints the heads that drifted with "
    "their old and new IoU and label; exit status 1 when any drifted, 2 on an error. A checkpoint of the same "
    "architecture and tokenizer but other weights (another fingerprint) is what is checked; another architecture or "
    "tokenizer is refused (--force scores anyway; --same-checkpoint also refuses other weights)."
)


def _programs_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("programs", metavar="PROGRAMS", help="program folder (manifest.json + L{l}H{h}.py), or 'bundled' / 'bundled-tuned' for the shipped sets")


def _text_args(p: argparse.ArgumentParser, *, model_help: str) -> None:
    p.add_argument("--store", help="attention store to score on (from `headprog extract`); with --corpus, the folder to record into (kept)")
    p.add_argument("--model", help=model_help)
    p.add_argument("--corpus", help="record this text on the fly ('wiki', a .txt/.jsonl file or folder) instead of reading --store")
    p.add_argument("--all", action="store_true", help="with --corpus: record every document (or --kinds line, sentence) whole, as `extract --all`")
    p.add_argument("--examples", type=int, default=16, help="with --corpus (without --all): examples per kind (default 16)")
    p.add_argument("--kinds", help="with --corpus: example kinds (default passage,sentence; with --all document)")
    p.add_argument("--max-tokens", type=int, default=128, help="with --corpus: passage length, the most tokens of a whole example (default 128)")
    p.add_argument("--seed", type=int, default=0, help="with --corpus: seed of the document split (default 0)")
    p.add_argument("--split", help="score only the examples of this split (synthesis, heldout; a targeted set's split is all)")
    p.add_argument("--heads", help="only these heads, e.g. L3H5,L7H0")
    p.add_argument("--layers", help="only the heads of these layers, e.g. 0-3,7")
    p.add_argument("--force", action="store_true", help="score even if the store's model has another architecture or tokenizer than the programs'")
    p.add_argument("--quiet", action="store_true", help="no progress bars")


def register(sub: Any) -> None:
    """Add ``score`` and ``check`` to the ``headprog`` parser."""
    p = sub.add_parser(
        "score", help="score a program set on new text (per head, layer, length band)",
        description="Score every program of a set on the examples of an attention store (or of --corpus recorded on the fly "
        "from --model; with neither, the held-out text the set's headers were measured on, recorded again): soft IoU per head, per layer, per example kind and length band, next to the IoU each file header "
        "records. Writes scores.json (a baseline for `headprog check --baseline`), scores.md and score_heatmap.png.",
    )  # fmt: skip
    _programs_arg(p)
    _text_args(p, model_help="with --corpus: the checkpoint to record from (default: the model the programs name); with --store: the store must come from it")
    p.add_argument("--out", required=True, help="folder for scores.json, scores.md and score_heatmap.png")
    p.set_defaults(func=cmd_score)
    p = sub.add_parser("check", help="regression test: do the programs still reproduce a checkpoint's heads?", description=CHECK_HELP)
    _programs_arg(p)
    _text_args(p, model_help="the checkpoint to check (model folder, .gguf or bundled name); default: the model the programs name")
    p.add_argument("--tolerance", type=float, default=None, help="a head drifts when its IoU falls more than this below the reference (default 0.05)")
    p.add_argument("--min-iou", type=float, help="instead: a head drifts when its IoU is below this absolute value")
    p.add_argument("--baseline", help="scores.json (or its folder) of `headprog score`/`check --out` on the same text: compare with it instead of the headers")
    p.add_argument("--same-checkpoint", action="store_true", help="also refuse a checkpoint whose fingerprint differs from the programs' (other weights)")
    p.add_argument("--junit", metavar="PATH", help="also write the verdicts as JUnit XML (one test case per head) for CI")
    p.add_argument("--out", help="also write check.json and the score report (scores.json, scores.md, heatmap) here")
    p.set_defaults(func=cmd_check)


def _pset(spec: str):
    from headprog.language.program_set import load_program_set

    return load_program_set(spec)  # a folder, or the name of a shipped set


def _record(args: argparse.Namespace):
    from headprog.audit.recording import RecordOptions

    kinds = args.kinds or ("document" if args.all else "passage,sentence")
    return RecordOptions(examples=args.examples, kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()),
                         max_tokens=args.max_tokens, all=args.all, seed=args.seed)


def _heads(args: argparse.Namespace) -> list[str] | None:
    from headprog.language.program_set import head_name, parse_heads

    return [head_name(*h) for h in parse_heads(args.heads)] if args.heads else None


def cmd_score(args: argparse.Namespace) -> int:
    from headprog.audit.recording import opened_store
    from headprog.audit.score_report import layer_table, write_score_report
    from headprog.audit.scoring import score_program_set

    pset = _pset(args.programs)
    heads, layers = _heads(args), int_list(args.layers)
    store, corpus, record, split = args.store, args.corpus, _record(args), args.split
    if store is None and corpus is None:
        from headprog.audit.recording import own_heldout_text

        choice = own_heldout_text(pset, reuse_store=args.model is None)
        store, corpus, record, split = choice.store, choice.corpus, choice.record, split or choice.split
        print(f"text: {choice.note}")
    with opened_store(pset, store=store, model=args.model, corpus=corpus, heads=heads, layers=layers,
                      record=record, progress=not args.quiet) as opened:
        table = score_program_set(pset, opened, heads=heads, layers=layers, split=split, force=args.force, progress=not args.quiet)
    paths = write_score_report(table, args.out)
    print(f"checkpoint: {table.relation_note}")
    print(f"{len(table.heads)} heads on {table.examples['n']} examples ({table.examples['tokens']} tokens): mean IoU {table.mean_iou():.3f}")
    print("\n".join(layer_table(table)))
    print(f"wrote {paths['markdown']}, {paths['json']}, {paths['heatmap']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from headprog.audit.check import CheckOptions, check_checkpoint
    from headprog.audit.compat import AuditError
    from headprog.audit.scoring import load_scores

    if args.min_iou is not None and (args.tolerance is not None or args.baseline):
        raise AuditError("--min-iou is an absolute floor: give it alone, or --tolerance (with or without --baseline)")
    options = CheckOptions(
        tolerance=0.05 if args.tolerance is None else args.tolerance, min_iou=args.min_iou,
        baseline=load_scores(args.baseline) if args.baseline else None, baseline_path=args.baseline,
    )  # fmt: skip
    result = check_checkpoint(
        _pset(args.programs), model=args.model, store=args.store, corpus=args.corpus, heads=_heads(args),
        layers=int_list(args.layers), split=args.split, record=_record(args), options=options, same_checkpoint=args.same_checkpoint,
        force=args.force, progress=not args.quiet,
    )  # fmt: skip
    print(result.report())
    if args.junit:
        print(f"wrote {result.write_junit(args.junit)}")
    if args.out:
        print(f"wrote {result.write(args.out)}")
    return 0 if result.passed else 1

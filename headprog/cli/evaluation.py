"""``headprog perplexity``, ``eval`` and ``generate``: the native and the hybrid model on text."""

from __future__ import annotations

import argparse
from typing import Any

from headprog.cli.options import add_substitution_options
from headprog.tuning.head_choice import choose_from_args
from headprog.evaluate.perplexity import SPLITS


def register(sub: Any) -> None:
    """Add this group's subcommands to the ``headprog`` parser."""
    p = sub.add_parser("perplexity", help="perplexity of a model on a corpus split", description="Token-weighted perplexity of a model on fixed-length chunks of a corpus split.")
    add_perplexity_arguments(p)
    p = sub.add_parser("eval", help="perplexity and QA of native vs hybrid models", description="Perplexity of the native and the hybrid model (chosen heads attend by their programs) on the evaluation split, and multiple-choice QA accuracy; JSON and a Markdown table.")
    add_eval_arguments(p)
    p = sub.add_parser("generate", help="stream text from a hybrid model", description="Generate text from a hybrid model (KV cache; symbolic heads use streaming features).")
    add_generate_arguments(p)


def add_eval_arguments(parser: Any) -> Any:
    """Options of ``headprog eval``: perplexity (and optionally multiple-choice QA) of native vs hybrid."""
    add_substitution_options(parser)
    add_rung_option(parser)
    parser.add_argument("--split", default="eval", choices=("heldout", "eval", "synthesis"), help="corpus split scored for perplexity (default eval)")
    parser.add_argument("--max-tokens", type=int, default=512, help="tokens per perplexity chunk (default 512)")
    parser.add_argument("--examples", type=int, default=32, help="perplexity chunks (default 32; 0 = every chunk of the split)")
    parser.add_argument("--qa", metavar="FILE", default=None, help="also score multiple-choice QA in PIQA's format (goal, sol1, sol2, label) by log-likelihood")
    parser.add_argument("--qa-limit", type=int, default=None, help="score only the first N QA items")
    parser.add_argument(
        "--corpus-qa", type=int, default=0, metavar="N",
        help="also score N items of a multiple-choice set built from the eval split of --corpus: given a document's opening sentences, "
        "which of two sentences comes next, its own or one from a later document (headprog.data.corpus_qa; default 0: none)",
    )
    parser.add_argument("--json", metavar="PATH", default=None, help="write the full result as JSON")
    parser.add_argument("--markdown", metavar="PATH", default=None, help="write the summary table as Markdown")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.set_defaults(func=cmd_eval)
    return parser


def add_rung_option(parser: Any) -> None:
    parser.add_argument(
        "--rung", type=int, default=None, metavar="N",
        help="substitute each chosen head's explanation-ladder program with at most N terms (a table counts as one; "
        "the full program once N reaches its term count) instead of its full program: what the simplest explanation costs. "
        "Heads are still chosen by the full programs; needs a set with ladders (headprog ladder)",
    )


def _fmt(x: float | None, digits: int = 4) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _paired(qa: dict[str, Any]) -> str:
    """`` ± se`` of the accuracy difference, items paired (absent from results written before it was recorded)."""
    se = qa.get("delta_se")
    return f" ± {se:.4f} (paired)" if se is not None and se == se else ""


def eval_markdown(result: dict[str, Any]) -> str:
    """The Markdown table of an ``eval`` result."""
    ppl = result["perplexity"]
    lines = [
        f"# Hybrid evaluation: {result['model']['name']}",
        "",
        f"Programs: `{result['programs']}`; {len(result['heads'])} heads substituted "
        f"({result['fraction_of_heads']:.1%} of {result['model']['heads']}), chosen by {result['chosen_by']}; backend {result['backend']}"
        + (f"; each head's ladder rung with at most {result['rung']} terms." if result.get("rung") else "."),
        f"Perplexity: corpus {ppl['corpus']} split {ppl['split']}, {ppl['chunks']} chunks x {ppl['max_tokens']} tokens "
        f"({ppl['tokens']} predicted tokens), token-weighted.",
        "",
        "| metric | native | hybrid | difference |",
        "|---|---:|---:|---:|",
        f"| perplexity | {ppl['native']:.3f} | {ppl['hybrid']:.3f} | x{ppl['ratio']:.4f} |",
        f"| NLL (nats/token) | {ppl['native_nll']:.4f} | {ppl['hybrid_nll']:.4f} | {ppl['nll_delta']:+.4f} ± {_fmt(ppl['nll_delta_se'])} |",
    ]
    for band, nll in (ppl.get("by_position") or {}).items():
        lines.append(f"| NLL at positions {band} | {nll['native']:.4f} | {nll['hybrid']:.4f} | {nll['hybrid'] - nll['native']:+.4f} |")
    for qa in (result.get("qa"), result.get("corpus_qa")):
        if not qa:
            continue
        n, h = qa["native"], qa["hybrid"]
        lines.append(f"| QA accuracy ({qa['file']}, n={n['n']}) | {n['accuracy']:.4f} ± {n['accuracy_se']:.4f} | {h['accuracy']:.4f} ± {h['accuracy_se']:.4f} | {h['accuracy'] - n['accuracy']:+.4f}{_paired(qa)} |")
        lines.append(f"| QA accuracy, length-normalised | {n['accuracy_norm']:.4f} ± {n['accuracy_norm_se']:.4f} | {h['accuracy_norm']:.4f} ± {h['accuracy_norm_se']:.4f} | {h['accuracy_norm'] - n['accuracy_norm']:+.4f} |")
    lines += ["", "Substituted heads:", "", "| head | program | structure | held-out IoU | why |", "|---|---|---|---:|---|"]
    structures = {r["head"]: r for r in result.get("programs_used", [])}
    for rec in result["heads"]:
        s = structures.get(rec["head"], {})
        lines.append(f"| {rec['head']} | {s.get('label') or s.get('program', '')} | {s.get('structure', '')} | {_fmt(rec.get('heldout_iou'))} | {rec['reason']} |")
    return "\n".join(lines) + "\n"


def cmd_eval(args: Any) -> int:
    """Run ``headprog eval``: print a Markdown table, optionally write JSON / Markdown."""
    import json
    import time
    from pathlib import Path

    from headprog.data import models
    from headprog.data.corpus_qa import next_sentence_items
    from headprog.data.multiple_choice import load_multiple_choice
    from headprog.evaluate.perplexity import evaluation_chunks
    from headprog.hybrid import check_program_set
    from headprog.io import atomic_write_text
    from headprog.language.program_set import load_program_set
    from headprog.workflows import evaluate_hybrid

    started = time.perf_counter()
    loaded = models.load(args.model)
    pset = load_program_set(args.programs)
    check_program_set(pset, loaded, force=args.force)
    chosen = choose_from_args(args, loaded, pset)
    chunks = evaluation_chunks(loaded, args.corpus, args.split, args.max_tokens, args.examples or None, args.seed)
    qa_items, qa_files = {}, {}
    if args.qa:
        qa_items["qa"], qa_files["qa"] = load_multiple_choice(args.qa, limit=args.qa_limit), str(args.qa)
    if args.corpus_qa:
        qa_items["corpus_qa"] = next_sentence_items(args.corpus, "eval", args.corpus_qa, args.seed)
        qa_files["corpus_qa"] = f"next sentence, {args.corpus} eval split"
    measured = evaluate_hybrid(loaded, pset, chosen, chunks, backend=args.backend, force=args.force, qa_items=qa_items,
                               progress=not args.quiet, rung=args.rung)
    result: dict[str, Any] = {
        "model": {"spec": loaded.spec, "name": loaded.name, "fingerprint": loaded.fingerprint, "heads": loaded.n_layers * loaded.n_heads},
        "programs": str(pset.folder),
        "chosen_by": "--heads" if args.heads else args.by,
        "rung": args.rung,
        "fraction_of_heads": len(chosen) / (loaded.n_layers * loaded.n_heads),
        "backend": measured["backend"],
        "heads": chosen,
        "programs_used": measured["programs_used"],
        "perplexity": {"corpus": args.corpus, "split": args.split, "seed": args.seed, "max_tokens": args.max_tokens, **measured["perplexity"]},
    }
    for key, file in qa_files.items():
        result[key] = {"file": file, **measured[key]}
    result["seconds"] = round(time.perf_counter() - started, 1)
    md = eval_markdown(result)
    print(md, end="")
    if args.json:
        atomic_write_text(Path(args.json), json.dumps(result, indent=2, default=str) + "\n")
        print(f"wrote {args.json}")
    if args.markdown:
        atomic_write_text(Path(args.markdown), md)
        print(f"wrote {args.markdown}")
    return 0


def add_generate_arguments(parser: Any) -> Any:
    """Options of ``headprog generate``: stream text from the hybrid model."""
    add_substitution_options(parser)
    add_rung_option(parser)
    parser.add_argument("--prompt", required=True, help="the prompt text")
    parser.add_argument("--max-new-tokens", type=int, default=64, help="tokens to generate (default 64)")
    parser.add_argument("--chat", action="store_true", help="wrap the prompt in the tokenizer's chat template (instruct models)")
    parser.add_argument("--sample", action="store_true", help="sample (temperature 0.7, top-p 0.9) instead of greedy decoding")
    parser.add_argument("--native", action="store_true", help="substitute nothing: the native model, for comparison")
    parser.add_argument("--quiet", action="store_true", help="no progress bars while choosing heads")
    parser.set_defaults(func=cmd_generate)
    return parser


def cmd_generate(args: Any) -> int:
    """Run ``headprog generate``: stream the continuation of ``--prompt`` to stdout."""
    import sys

    import torch
    from transformers import TextStreamer

    from headprog.data import models
    from headprog.hybrid import HybridModel, check_program_set
    from headprog.language.program_set import load_program_set

    loaded = models.load(args.model)
    pset = load_program_set(args.programs)
    check_program_set(pset, loaded, force=args.force)
    chosen = [] if args.native else choose_from_args(args, loaded, pset)
    tok = loaded.tokenizer
    if args.chat:
        text = tok.apply_chat_template([{"role": "user", "content": args.prompt}], tokenize=False, add_generation_prompt=True)
        ids = tok(text, return_tensors="pt", add_special_tokens=False).input_ids
    else:
        ids = tok(args.prompt, return_tensors="pt").input_ids
    what = "native model" if args.native else f"{len(chosen)} substituted heads"
    print(f"[{loaded.name}, {what}]", file=sys.stderr)
    streamer = TextStreamer(tok, skip_prompt=True, skip_special_tokens=True)
    gen: dict[str, Any] = {"max_new_tokens": args.max_new_tokens, "streamer": streamer, "pad_token_id": tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id}
    if args.sample:
        gen.update(do_sample=True, temperature=0.7, top_p=0.9)
    else:
        gen.update(do_sample=False)
    with HybridModel(loaded, pset, [c["head"] for c in chosen], backend=args.backend, force=args.force, rung=args.rung) as hybrid:
        with torch.no_grad():
            hybrid.generate(ids, attention_mask=torch.ones_like(ids), **gen)
    print()
    return 0


def add_perplexity_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Options of ``headprog perplexity``."""
    parser.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file, or a Hugging Face id in the local cache")
    parser.add_argument("--corpus", default="wiki", help="'wiki' (bundled), a .txt file or folder, a .jsonl file, or a saved datasets folder")
    parser.add_argument("--split", choices=SPLITS, default="heldout", help="which part of the document split to score (default heldout)")
    parser.add_argument("--max-tokens", type=int, default=512, help="tokens per chunk, BOS included where the model uses one (default 512)")
    parser.add_argument("--examples", type=int, default=64, help="number of chunks (default 64; 0 = every chunk of the split)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the document split (default 0)")
    parser.add_argument("--batch-size", type=int, default=None, help="chunks per forward pass (default: as many as fit in 2048 tokens)")
    parser.add_argument("--json", metavar="PATH", help="also write the result, with per-chunk NLL, as JSON")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=cmd_perplexity)
    return parser


def cmd_perplexity(args: argparse.Namespace) -> int:
    """Run ``headprog perplexity``; print one line, optionally write JSON."""
    import json
    from pathlib import Path

    from headprog.data import models
    from headprog.evaluate.perplexity import PerplexityError, evaluation_chunks, perplexity
    from headprog.io import atomic_write_text

    if args.examples < 0:
        raise PerplexityError(f"--examples must be 0 (all chunks) or more, got {args.examples}")
    if args.batch_size is not None and args.batch_size < 1:
        raise PerplexityError(f"--batch-size must be at least 1, got {args.batch_size}")
    loaded = models.load(args.model)
    n = args.examples or None
    chunks = evaluation_chunks(loaded, args.corpus, args.split, args.max_tokens, n, args.seed)
    info = {
        "model": {"spec": loaded.spec, "name": loaded.name, "fingerprint": loaded.fingerprint},
        "corpus": args.corpus,
        "split": args.split,
        "seed": args.seed,
        "max_tokens": args.max_tokens,
        "examples": len(chunks),
        "adds_bos": loaded.adds_bos,
    }
    result = perplexity(loaded, chunks, batch_size=args.batch_size, progress=not args.quiet, info=info)
    print(f"{loaded.name} on {args.corpus} {args.split} ({len(chunks)} x {args.max_tokens} tokens): {result.summary()}")
    if args.json:
        atomic_write_text(Path(args.json), json.dumps(result.to_dict(), indent=2) + "\n")
        print(f"wrote {args.json}")
    return 0

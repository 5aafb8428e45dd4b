"""``headprog classify``, ``diff`` and ``audit``: head roles, what changed between program sets or checkpoints, what each head costs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from headprog.cli.options import int_list
from headprog.errors import HeadprogError


def register(sub: Any) -> None:
    """Add this group's subcommands to the ``headprog`` parser."""
    p = sub.add_parser("classify", help="the role of every head of a program set", description="Group the heads of a program set by role (the classes `headprog report` lists: previous token, first token, token sink, induction, ..., mixed), with each program's structure class (selector, band, dense) and held-out IoU; a Markdown table, and JSON with --json.")
    p.add_argument("programs", metavar="PROGRAMS", help="program folder, or 'bundled' / 'bundled-tuned'")
    p.add_argument("--heads", help="only these heads, e.g. L3H5,L7H0")
    p.add_argument("--per-head", action="store_true", help="also a row per head")
    p.add_argument("--json", metavar="PATH", help="write the classification as JSON ('-': to stdout, instead of the table)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--markdown", metavar="PATH", help="write the Markdown to this file")
    p.set_defaults(func=cmd_classify)

    p = sub.add_parser("diff", help="compare two program sets, or one set on two checkpoints", description="`headprog diff A B`: per head, whether the program changed (constants or structure, with a unified diff of the canonical files), whether its structure class or role changed, and the held-out IoU delta from the manifests; a summary of heads that changed role. `headprog diff --model M1 --model M2 PROGRAMS (--store S | --corpus C)`: one program set scored on two checkpoints side by side.")
    p.add_argument("sets", nargs="+", metavar="PROGRAMS", help="two program folders (A B), or one with two --model options")
    p.add_argument("--model", action="append", metavar="CHECKPOINT", help="a checkpoint to score the program set on (give it twice: bundled name, model folder, .gguf)")
    p.add_argument("--store", help="with --model: score on the token sequences of this store")
    p.add_argument("--corpus", help="with --model: score on passages of this corpus ('wiki' is bundled)")
    p.add_argument("--examples", type=int, default=8, help="with --model: sequences to score on (default 8; a store's first N)")
    p.add_argument("--max-tokens", type=int, default=128, help="with --corpus: passage length (default 128)")
    p.add_argument("--heads", help="only these heads, e.g. L3H5,L7H0")
    p.add_argument("--force", action="store_true", help="with --model: score even if no checkpoint has the program set's fingerprint")
    p.add_argument("--out", metavar="DIR", help="write diff.md and diff.json into this folder")
    p.add_argument("--json", metavar="PATH", help="write the JSON result to this file")
    p.add_argument("--exit-code", action="store_true", help="A B: exit 1 when any program changed (for CI)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--markdown", metavar="PATH", help="write the Markdown to this file")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("audit", help="substitute each head alone and measure what it costs", description="Swap in, evaluate, restore: substitute each named head alone (or each layer as a whole), measure the KL divergence from the native model, the NLL delta with its standard error and the accuracy delta on the bundled next-sentence set, restore the native head; a table sorted by cost (costliest first) beside each head's IoU, role and structure. Small default sizes; raise --examples, --max-tokens, --qa-items for tighter errors.")
    p.add_argument("programs", metavar="PROGRAMS", help="program folder, or 'bundled' / 'bundled-tuned'")
    p.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file or cached Hugging Face id")
    p.add_argument("--heads", help="heads to audit, e.g. L3H5,L7H0")
    p.add_argument("--layers", help="audit every head with a program in these layers, e.g. 3,7")
    p.add_argument("--whole-layer", action="store_true", help="substitute each layer's heads together, one row per layer")
    p.add_argument("--corpus", default="wiki", help="corpus for the NLL, KL and QA (default the bundled 'wiki')")
    p.add_argument("--split", default="eval", choices=("heldout", "eval", "synthesis"), help="corpus split (default eval)")
    p.add_argument("--examples", type=int, default=4, help="evaluation chunks (default 4; at least 2 for a standard error)")
    p.add_argument("--max-tokens", type=int, default=64, help="tokens per chunk (default 64)")
    p.add_argument("--qa-items", type=int, default=8, help="next-sentence QA items (default 8, a smoke test; 0: no QA; raise it for a QA delta worth reading)")
    p.add_argument("--seed", type=int, default=0, help="seed of the corpus document split")
    p.add_argument("--backend", default="auto", choices=("auto", "numba", "triton", "reference"), help="kernel backend (default auto)")
    p.add_argument("--force", action="store_true", help="use the programs even if the manifest's model fingerprint differs")
    p.add_argument("--out", metavar="DIR", help="write audit.md and audit.json into this folder")
    p.add_argument("--json", metavar="PATH", help="write the JSON result to this file")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--markdown", metavar="PATH", help="write the Markdown to this file")
    p.set_defaults(func=cmd_audit)


def _program_set(spec: str) -> Any:
    from headprog.language.program_set import load_program_set

    return load_program_set(spec)  # a folder, or the name of a shipped set


def _heads(text: str | None) -> list[str] | None:
    from headprog.language.program_set import head_name, parse_heads

    return [head_name(*h) for h in parse_heads(text)] if text else None


def _write(args: argparse.Namespace, stem: str, result: dict[str, Any], markdown: str) -> None:
    """``--out DIR`` (stem.md + stem.json), ``--json PATH`` and ``--markdown PATH``, atomically."""
    from headprog.io import atomic_write_text

    text = json.dumps(result, indent=1, default=str) + "\n"
    if getattr(args, "out", None):
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out / f"{stem}.md", markdown)
        atomic_write_text(out / f"{stem}.json", text)
        print(f"wrote {out / f'{stem}.md'} and {out / f'{stem}.json'}")
    if args.json and args.json != "-":
        atomic_write_text(Path(args.json), text)
        print(f"wrote {args.json}")
    if args.markdown:
        atomic_write_text(Path(args.markdown), markdown)
        print(f"wrote {args.markdown}")


def cmd_classify(args: argparse.Namespace) -> int:
    from headprog.audit.roles import classify_heads, classify_markdown

    result = classify_heads(_program_set(args.programs), _heads(args.heads), progress=not args.quiet)
    if args.json == "-":
        print(json.dumps(result, indent=1))
        return 0
    print(classify_markdown(result, per_head=args.per_head), end="")
    _write(args, "classify", result, classify_markdown(result, per_head=True))
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    if args.model:
        return _diff_checkpoints(args)
    from headprog.audit.diffing import diff_markdown, diff_sets

    if len(args.sets) != 2:
        raise HeadprogError(f"diff compares two program sets (A B), or one set on two checkpoints (--model M1 --model M2 PROGRAMS); got {len(args.sets)} folders")
    if args.store or args.corpus:
        raise HeadprogError("--store and --corpus go with --model (scoring one set on two checkpoints)")
    result = diff_sets(_program_set(args.sets[0]), _program_set(args.sets[1]), _heads(args.heads), progress=not args.quiet)
    print(diff_markdown(result, unified=False), end="")
    _write(args, "diff", result, diff_markdown(result))
    return 1 if args.exit_code and result["summary"]["programs_changed"] else 0


def _diff_checkpoints(args: argparse.Namespace) -> int:
    from headprog.attention import store as store_mod
    from headprog.audit.checkpoints import checkpoint_markdown, compare_checkpoints, corpus_examples
    from headprog.data import models

    if len(args.model) < 2 or len(args.sets) != 1:
        raise HeadprogError(f"diff --model scores one program set on two checkpoints: give --model twice and one PROGRAMS folder (got {len(args.model)} models, {len(args.sets)} folders)")
    if bool(args.store) == bool(args.corpus):
        raise HeadprogError("diff --model needs the text to score on: --store STORE or --corpus CORPUS (one of them)")
    if args.examples < 1:
        raise HeadprogError(f"--examples must be at least 1; got {args.examples}")
    pset = _program_set(args.sets[0])
    loaded = [models.load(m, attn_implementation="eager") for m in args.model]
    if args.store:
        examples = store_mod.open(args.store).examples[: args.examples]
    else:
        examples = corpus_examples(loaded[0], args.corpus, args.examples, args.max_tokens)
    result = compare_checkpoints(pset, loaded, examples, _heads(args.heads), force=args.force, progress=not args.quiet)
    print(checkpoint_markdown(result), end="")
    _write(args, "diff", result, checkpoint_markdown(result, limit=None))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from headprog.audit.head_costs import audit_markdown, audit_units, run_audit
    from headprog.data import models
    from headprog.data.corpus_qa import next_sentence_items
    from headprog.evaluate.perplexity import evaluation_chunks
    from headprog.hybrid import check_program_set

    if args.examples < 1:
        raise HeadprogError(f"--examples must be at least 1 (chunks to measure on); got {args.examples}")
    if args.qa_items < 0:
        raise HeadprogError(f"--qa-items must be 0 (no QA) or more; got {args.qa_items}")
    pset = _program_set(args.programs)
    loaded = models.load(args.model)
    check_program_set(pset, loaded, force=args.force)
    units = audit_units(pset, loaded, _heads(args.heads), int_list(args.layers), whole_layer=args.whole_layer)
    chunks = evaluation_chunks(loaded, args.corpus, args.split, args.max_tokens, args.examples, args.seed)
    qa = next_sentence_items(args.corpus, "eval", args.qa_items, args.seed) if args.qa_items else []
    result = run_audit(loaded, pset, units, chunks, qa, backend=args.backend, force=args.force, progress=not args.quiet)
    result["settings"] = {"corpus": args.corpus, "split": args.split, "examples": args.examples, "max_tokens": args.max_tokens,
                          "qa_items": args.qa_items, "seed": args.seed}
    markdown = audit_markdown(result)
    print(markdown, end="")
    _write(args, "audit", result, markdown)
    return 0

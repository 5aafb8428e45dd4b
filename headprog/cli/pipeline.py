"""``headprog setup``, ``extract``, ``synthesize``, ``report`` and ``run``: the pipeline's steps and the main job."""

from __future__ import annotations

import argparse
from typing import Any

from headprog.cli.cluster import add_ray_options, join_cluster
from headprog.cli.options import add_synthesis_options, int_list, llm_config, search_options
from headprog.errors import HeadprogError


def register(sub: Any) -> None:
    """Add this group's subcommands to the ``headprog`` parser."""
    p = sub.add_parser("setup", help="prepare the bundled model and corpus", description="Convert the bundled SmolLM2-135M-Instruct GGUF once into a float32 safetensors folder and check the bundled corpus.")
    p.add_argument("--force", action="store_true", help="convert again even if a converted copy exists")
    p.set_defaults(func=cmd_setup)
    p = sub.add_parser("extract", help="record every head's attention into a store", description="Run a model over text and record the attention pattern of every head (or of --layers/--heads) into a resumable store.")
    p.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file, or a Hugging Face id in the local cache")
    p.add_argument("--corpus", default="wiki", help="'wiki' (bundled), a .txt file or folder, a .jsonl file, or a saved datasets folder")
    p.add_argument("--examples", type=int, default=None, help="sequences per kind, synthesis and held-out together (a third held out; default 64)")
    p.add_argument("--max-tokens", type=int, default=128, help="length of passages, and the most tokens of a document or line (sentences are 15-30 tokens, except with --all)")
    p.add_argument("--kinds", default=None, help="comma list of passage, sentence, document (each document whole), line (each line whole); default passage, with --all document")
    p.add_argument("--all", action="store_true", help="a targeted set: record every document (or line, or sentence: --kinds) of --corpus whole, in file order, with no split and no length window; one longer than --max-tokens is an error")
    p.add_argument("--layers", help="layers to record, e.g. 0-3,7 (default all)")
    p.add_argument("--heads", help="heads to record in each layer (default all)")
    p.add_argument("--mass", type=float, help="store only the largest weights covering this mass per row (e.g. 0.99)")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--shard-examples", type=int, default=16, help="examples per shard: the unit a resumed run or a --ray worker repeats (default 16)")
    p.add_argument("--seed", type=int, default=0, help="seed of the document split")
    p.add_argument("--out", required=True, help="store folder (created; an existing one from the same command is resumed)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_ray_options(p, "shard")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("synthesize", help="find a program for every head of a store", description="Find, for every head of an attention store, the program that best reproduces its attention; write one canonical program file per head and manifest.json. Resumable.")
    p.add_argument("--store", required=True, help="attention store folder (from `headprog extract`)")
    p.add_argument("--out", help="program folder to write (an existing one is resumed)")
    p.add_argument("--heads", help="only these heads, e.g. L3H5,L7H0")
    p.add_argument("--into", metavar="PROGRAMS", help="instead of --out: re-synthesize --heads on this (targeted) store and write each into this existing program set where it beats the old program on the held-out union of old and new text; other files are left untouched")
    p.add_argument("--original-store", metavar="STORE", help="with --into: the store the program set was made from, whose held-out split joins the union (default: the store its manifest names, if it is there)")
    add_synthesis_options(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add_ray_options(p, "layer")
    p.set_defaults(func=cmd_synthesize)
    p = sub.add_parser("run", help="the main job: extract -> synthesize -> evaluate", description="Run the whole pipeline on a model and corpus (default: the bundled SmolLM2-135M-Instruct and Wikipedia summaries) and print the held-out IoU table. Every step resumes where a previous run stopped.")
    p.add_argument("--model", default="smollm2-135m")
    p.add_argument("--corpus", default="wiki")
    p.add_argument("--examples", type=int, default=48, help="passages and sentences each (a third held out)")
    p.add_argument("--max-tokens", type=int, default=128, help="passage length")
    p.add_argument("--out", default="runs/default", help="output folder (store, programs, report)")
    p.add_argument("--hybrid-fraction", type=float, default=0.25, help="also measure perplexity with this fraction of heads substituted by their programs, best IoU first (default 0.25; 0 skips it; compiles one kernel per program)")
    p.add_argument("--tune-steps", type=int, default=15, help="then tune those heads' program coefficients together for KL to the native model (headprog tune) for this many steps and measure again (default 15; 0 skips it)")
    add_synthesis_options(p)
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("ladder", help="add explanation ladders to a program set", description="For every head of a program set, fit the best programs with 1, 2, 3, 5 and 8 of its full program's terms (a table counts as one) on the store it was synthesized from, score them on held-out text, write them to ladders/L{l}H{h}.py and label each head's role in manifest.json. `headprog synthesize` does this already; this command is for sets made without it. Resumable.")
    p.add_argument("programs", metavar="PROGRAMS", help="program folder (from `headprog synthesize`)")
    p.add_argument("--store", required=True, help="the attention store the set was synthesized from")
    p.add_argument("--force", action="store_true", help="fit heads that already have a ladder again")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_ladder)
    p = sub.add_parser("report", help="Markdown report of a program set", description="Write report.md (per-layer table, IoU per length band, heads by class) with a layer x head IoU heatmap and an IoU histogram.")
    p.add_argument("programs", metavar="PROGRAMS", help="program folder (from `headprog synthesize`)")
    p.add_argument("--out", required=True, help="report folder")
    p.set_defaults(func=cmd_report)


def cmd_setup(args: argparse.Namespace) -> int:
    from headprog.data.corpus import load_corpus
    from headprog.data.models import load, prepare_bundled_model

    folder = prepare_bundled_model(force=args.force)
    loaded = load("smollm2-135m")
    corpus = load_corpus("wiki")
    print(f"model: {loaded.summary()} at {folder}")
    print(f"corpus: {corpus.name}, {len(corpus)} documents ({corpus.license})")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from headprog.attention.extract import ExtractOptions, extract
    from headprog.errors import HeadprogError

    if args.all and args.examples is not None:
        raise HeadprogError("--all records every example of the corpus; leave out --examples")
    kinds = args.kinds or ("document" if args.all else "passage")
    opts = ExtractOptions(
        model=args.model,
        corpus=args.corpus,
        examples=args.examples if args.examples is not None else 64,
        max_tokens=args.max_tokens,
        kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()),
        seed=args.seed,
        layers=int_list(args.layers),
        heads=int_list(args.heads),
        mass=args.mass,
        batch_size=args.batch_size,
        all=args.all,
        shard_examples=args.shard_examples,
    )
    if args.ray:
        from headprog.cluster.jobs import extract_on_ray

        join_cluster(args)
        manifest = extract_on_ray(args.out, opts, workers=args.ray_workers, retries=args.ray_retries, progress=not args.quiet)
    else:
        manifest = extract(args.out, opts, progress=not args.quiet)
    st = manifest.stats
    print(
        f"{args.out}: {len(manifest.examples)} examples, {st['tokens']} tokens, {len(manifest.layers)} layers x "
        f"{len(manifest.heads)} heads, {st['bytes'] / 1e6:.1f} MB ({st['bytes_per_head_per_token']:.1f} bytes per head per token)"
    )
    if st.get("last_run_repaired"):
        print(f"re-recorded damaged shards: {', '.join(st['last_run_repaired'])}")
    if st.get("last_run_tokens_per_second"):
        print(f"this run: {st['last_run_seconds']} s, {st['last_run_tokens_per_second']} tokens/s")
    return 0


def cmd_synthesize(args: argparse.Namespace) -> int:
    from headprog.language.program_set import parse_heads
    from headprog.synthesis.synthesize import SynthesisOptions, synthesize
    from headprog.workflows import library_summary

    if args.into:
        from headprog.audit.resynthesis import resynthesis_report, resynthesize_into

        if args.out:
            raise HeadprogError("give --out (a new or resumed program set) or --into (an existing one to re-synthesize heads in), not both")
        print(resynthesis_report(resynthesize_into(args.store, args.into, parse_heads(args.heads or ""), search_options(args),
                                                   original_store=args.original_store, progress=not args.quiet)), end="")
        return 0
    if not args.out:
        raise HeadprogError("synthesize needs --out (the program folder to write) or --into (an existing one)")
    options = SynthesisOptions(
        heads=parse_heads(args.heads) if args.heads else None,
        search=search_options(args),
        llm=llm_config(args),
        workers=args.workers,
        progress=not args.quiet,
    )
    if args.ray:
        from headprog.cluster.jobs import synthesize_on_ray

        join_cluster(args)
        pset = synthesize_on_ray(args.store, args.out, options, workers=args.ray_workers, retries=args.ray_retries)
    else:
        pset = synthesize(args.store, args.out, options)
    print(library_summary(pset))
    return 0


def cmd_ladder(args: argparse.Namespace) -> int:
    from collections import Counter

    from headprog.synthesis.ladder_set import add_ladders

    pset = add_ladders(args.programs, args.store, force=args.force, progress=not args.quiet)
    roles = Counter(r.get("role", "?") for r in pset.heads.values())
    print(f"{pset.folder}: ladders for {sum('ladder' in r for r in pset.heads.values())} of {len(pset.heads)} heads; "
          f"{roles.get('mixed', 0)} labelled mixed")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from headprog.language.program_set import load_program_set
    from headprog.report import write_report

    path = write_report(load_program_set(args.programs), args.out)
    print(f"wrote {path}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """The main job: extract → synthesize → evaluate, each step resumable."""
    from headprog.workflows import MainJobOptions, run_main_job

    options = MainJobOptions(
        model=args.model, corpus=args.corpus, examples=args.examples, max_tokens=args.max_tokens, seed=args.seed,
        hybrid_fraction=args.hybrid_fraction, tune_steps=args.tune_steps, search=search_options(args), llm=llm_config(args),
        workers=args.workers, progress=not args.quiet,
    )
    run_main_job(args.out, options)
    return 0

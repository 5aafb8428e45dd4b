"""The ``headprog`` command line. Every subcommand has ``--help``."""

from __future__ import annotations

import argparse
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from headprog.errors import HeadprogError

LIBRARY_DIR = Path(__file__).resolve().parent / "library"
DEMO_TEXT = (
    "The Eiffel Tower is in Paris. It was built in 1889, and the tower is 330 metres tall.\n"
    "Paris is the capital of France. The tower draws millions of visitors."
)


def _program_files(paths: Sequence[str]):
    from headprog.language import parse_file

    for path in paths:
        yield path, parse_file(path)


def _triton_ready() -> None:
    """Run Triton kernels in its interpreter when no GPU is present."""
    try:
        import torch

        has_gpu = torch.cuda.is_available()
    except Exception:  # pragma: no cover - torch is a dependency
        has_gpu = False
    if not has_gpu:
        os.environ.setdefault("TRITON_INTERPRET", "1")


def _generated_batch(seed: int, lengths: Sequence[int], head_dim: int = 16):
    from headprog.features import compute_features, stack_features
    from headprog.testing import random_sequence

    rng = random.Random(seed)
    seqs = [random_sequence(rng, n) for n in lengths]
    features = stack_features([compute_features(*s) for s in seqs])
    lens = np.array([len(s[0]) for s in seqs], dtype=np.int64)
    values = np.random.default_rng(seed).standard_normal((len(seqs), features.shape[2], head_dim)).astype(np.float32)
    return features, lens, values


# ---------------------------------------------------------------------------
# compile


def cmd_compile(args: argparse.Namespace) -> int:
    from headprog.compiler.cache import atomic_write_text
    from headprog.compiler.compiling import BACKENDS, compile_program

    backends = [args.backend] if args.backend else ["numba"]
    if args.check or args.emit or "triton" in backends:
        _triton_ready()
    check_backends = [b for b in BACKENDS if b != "reference"] if args.check and not args.backend else backends
    batch = _generated_batch(args.seed, (1, 7, 33, 128)) if args.check else None
    worst = 0.0
    for path, file in _program_files(args.files):
        for program in file.programs:
            for backend in backends:
                head = compile_program(program, backend)
                print(f"{path}:{program.name}\t{backend}\t{head.structure.describe()}\t{head.cache_key}")
            if args.emit:
                for backend in [b for b in (args.backend and [args.backend] or ["numba", "triton"]) if b != "reference"]:
                    head = compile_program(program, backend)
                    out = Path(args.emit) / f"{Path(path).stem}.{program.name}.{backend}.py"
                    atomic_write_text(out, head.source or "")
                    print(f"  wrote {out}")
            if batch is not None:
                features, lengths, values = batch
                ref = compile_program(program, "reference")
                want_p, want_o = ref.pattern(features, lengths), ref.output(features, values, lengths)
                for backend in check_backends:
                    head = compile_program(program, backend)
                    dp = float(np.abs(head.pattern(features, lengths) - want_p).max())
                    do = float(np.abs(np.asarray(head.output(features, values, lengths)) - want_o).max())
                    worst = max(worst, dp, do)
                    print(f"  check {backend}: max |pattern - reference| = {dp:.2e}, max |pattern@V - reference| = {do:.2e}")
    if args.check:
        ok = worst <= 1e-5
        print(f"check: largest difference from the reference {worst:.2e} ({'ok' if ok else 'ABOVE 1e-5'})")
        return 0 if ok else 1
    return 0


# ---------------------------------------------------------------------------
# show


def _tokenize(text: str, model: str | None):
    from headprog.features import compute_features
    from headprog.tokens import SimpleTokenizer

    if model:
        from headprog.models import load
        from headprog.tokens import tokenizer_surfaces

        tokenizer = load(model).tokenizer
        ids = tokenizer(text, add_special_tokens=False)["input_ids"]
        texts = tokenizer_surfaces(tokenizer, ids)
    else:
        ids, texts = SimpleTokenizer().tokenize(text)
    if not ids:
        raise HeadprogError("the text has no tokens")
    return compute_features(ids, texts)[None], texts


def cmd_show(args: argparse.Namespace) -> int:
    from headprog.compiler.compiling import compile_program
    from headprog.language import parse_file
    from headprog.view import pattern_text, save_heatmap

    file = parse_file(args.file)
    programs = [file.program(args.program)] if args.program or len(file.programs) == 1 else list(file.programs)
    features, texts = _tokenize(args.text, args.model)
    for program in programs:
        head = compile_program(program, args.backend)
        pattern = head.pattern(features)[0]
        print(f"== {program.name} ({head.structure.describe()})")
        print(pattern_text(pattern, texts, top=args.top))
        if args.png:
            png = Path(args.png)
            if len(programs) > 1:
                png = png.with_name(f"{png.stem}.{program.name}{png.suffix or '.png'}")
            print(f"wrote {save_heatmap(pattern, texts, png, title=program.name)}")
    return 0


# ---------------------------------------------------------------------------
# fmt, features, demo


def cmd_fmt(args: argparse.Namespace) -> int:
    from headprog.compiler.cache import atomic_write_text
    from headprog.language import format_file

    changed = 0
    for path, file in _program_files(args.files):
        text = format_file(file)
        if Path(path).read_text(encoding="utf-8") != text:
            changed += 1
            if args.check:
                print(f"{path}: not in canonical form")
            else:
                atomic_write_text(Path(path), text)
                print(f"{path}: rewritten")
    return 1 if (args.check and changed) else 0


def cmd_features(args: argparse.Namespace) -> int:
    from headprog.features import FEATURE_LIBRARY_VERSION, FEATURES, LAST_DOC

    print(f"feature library {FEATURE_LIBRARY_VERSION}")
    for spec in FEATURES.values():
        print(f"  {spec.name}(p) -> {spec.type:<4}  [{spec.since}]  {spec.doc}")
    print(f"  {LAST_DOC}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from headprog.compiler.compiling import compile_program
    from headprog.language import parse_file
    from headprog.view import pattern_text

    features, texts = _tokenize(args.text, None)
    for path in sorted(LIBRARY_DIR.glob("*.py")):
        for program in parse_file(path).programs:
            head = compile_program(program, args.backend)
            pattern = head.pattern(features)[0]
            print(f"\n== {path.name}:{program.name} — {program.label or ''} [{head.structure.describe()}]")
            print(pattern_text(pattern, texts, top=2))
    return 0


# ---------------------------------------------------------------------------
# setup, extract


def cmd_setup(args: argparse.Namespace) -> int:
    from headprog.corpus import load_corpus
    from headprog.models import load, prepare_bundled_model

    folder = prepare_bundled_model(force=args.force)
    loaded = load("smollm2-135m")
    corpus = load_corpus("wiki")
    print(f"model: {loaded.summary()} at {folder}")
    print(f"corpus: {corpus.name}, {len(corpus)} documents ({corpus.license})")
    return 0


def _int_list(text: str | None) -> list[int] | None:
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


def cmd_extract(args: argparse.Namespace) -> int:
    from headprog.extract import ExtractOptions, extract

    opts = ExtractOptions(
        model=args.model,
        corpus=args.corpus,
        examples=args.examples,
        max_tokens=args.max_tokens,
        kinds=tuple(k.strip() for k in args.kinds.split(",")),
        seed=args.seed,
        layers=_int_list(args.layers),
        heads=_int_list(args.heads),
        mass=args.mass,
        batch_size=args.batch_size,
    )
    manifest = extract(args.out, opts, progress=not args.quiet)
    st = manifest.stats
    print(
        f"{args.out}: {len(manifest.examples)} examples, {st['tokens']} tokens, {len(manifest.layers)} layers x "
        f"{len(manifest.heads)} heads, {st['bytes'] / 1e6:.1f} MB ({st['bytes_per_head_per_token']:.1f} bytes per head per token)"
    )
    if st.get("last_run_tokens_per_second"):
        print(f"this run: {st['last_run_seconds']} s, {st['last_run_tokens_per_second']} tokens/s")
    return 0


# ---------------------------------------------------------------------------
# synthesize, report, run


def _llm_config(args: argparse.Namespace):
    if not getattr(args, "llm_url", None):
        return None
    from headprog.synthesis.llm import LLMConfig

    if not args.llm_model:
        raise HeadprogError("--llm-url needs --llm-model (the model name the endpoint serves)")
    return LLMConfig(url=args.llm_url, model=args.llm_model, candidates_per_head=args.budget, rounds=args.llm_rounds)


def _search_options(args: argparse.Namespace):
    from headprog.synthesis.search import SearchOptions

    return SearchOptions(max_terms=args.max_terms, sink_tokens=args.sink_tokens, seed=args.seed, linear_tolerance=args.linear_tolerance,
                         tables=_table_names(args.tables))


def cmd_synthesize(args: argparse.Namespace) -> int:
    from headprog.programs import parse_heads
    from headprog.synthesis.synthesize import SynthesisOptions, synthesize

    options = SynthesisOptions(
        heads=parse_heads(args.heads) if args.heads else None,
        search=_search_options(args),
        llm=_llm_config(args),
        workers=args.workers,
        progress=not args.quiet,
    )
    pset = synthesize(args.store, args.out, options)
    _print_library(pset)
    return 0


def _print_library(pset) -> None:
    lib = pset.extra.get("library", {})
    print(
        f"{pset.folder}: {lib.get('heads')} heads, {lib.get('distinct_programs')} distinct programs, "
        f"{lib.get('distinct_structures')} distinct structures"
    )
    print(
        f"mean held-out IoU: {lib.get('mean_heldout_iou')} (sentences {lib.get('mean_heldout_iou_sentence')}, "
        f"passages {lib.get('mean_heldout_iou_passage')}); synthesis {lib.get('mean_synthesis_iou')}"
    )


def cmd_report(args: argparse.Namespace) -> int:
    from headprog.programs import load_program_set
    from headprog.report import write_report

    path = write_report(load_program_set(args.programs), args.out)
    print(f"wrote {path}")
    return 0


def _summary_table(pset) -> str:
    """Mean held-out IoU per layer and length band, as a Markdown table."""
    from collections import defaultdict

    from headprog.programs import parse_head

    bands = ("heldout_iou_sentence", "heldout_iou_passage", "heldout_iou")
    rows = defaultdict(list)
    for name, record in pset.heads.items():
        rows[parse_head(name)[0]].append(record)

    def cell(records, band):
        values = [r[band] for r in records if band in r]
        return f"{np.mean(values):.3f}" if values else "–"

    lines = ["| layer | sentences | passages | all |", "|---:|---:|---:|---:|"]
    for layer in sorted(rows):
        lines.append(f"| {layer} | " + " | ".join(cell(rows[layer], b) for b in bands) + " |")
    everything = [r for rs in rows.values() for r in rs]
    lines.append("| **mean** | " + " | ".join(f"**{cell(everything, b)}**" for b in bands) + " |")
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    """The main job: extract → synthesize → evaluate, each step resumable."""
    import time

    from headprog.extract import ExtractOptions, extract
    from headprog.report import write_report
    from headprog.synthesis.synthesize import SynthesisOptions, synthesize

    out = Path(args.out)
    timings = {}
    start = time.perf_counter()
    print(f"[1/3] extract: {args.examples} passages of {args.max_tokens} tokens and {args.examples} sentences -> {out / 'store'}")
    opts = ExtractOptions(model=args.model, corpus=args.corpus, examples=args.examples, max_tokens=args.max_tokens,
                          kinds=("passage", "sentence"), seed=args.seed)
    manifest = extract(out / "store", opts, progress=not args.quiet)
    timings["extract"] = time.perf_counter() - start
    print(f"      {len(manifest.examples)} sequences, {manifest.stats['tokens']} tokens ({timings['extract']:.0f} s)")

    start = time.perf_counter()
    print(f"[2/3] synthesize: one program per head -> {out / 'programs'}")
    pset = synthesize(out / "store", out / "programs", SynthesisOptions(search=_search_options(args), llm=_llm_config(args), workers=args.workers, progress=not args.quiet))
    timings["synthesize"] = time.perf_counter() - start

    start = time.perf_counter()
    print(f"[3/3] evaluate: held-out IoU per layer and length band -> {out / 'report'}")
    report = write_report(pset, out / "report")
    hybrid_line = None
    if args.hybrid_fraction > 0:
        hybrid_line = _hybrid_perplexity(args, pset, out)
    timings["evaluate"] = time.perf_counter() - start
    print()
    print(_summary_table(pset))
    print()
    _print_library(pset)
    if hybrid_line:
        print(hybrid_line)
    print(f"report: {report}")
    print("time: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()))
    return 0


def _hybrid_perplexity(args: argparse.Namespace, pset, out: Path) -> str:
    """Native vs hybrid perplexity with the best-IoU fraction of heads substituted, and with their programs tuned."""
    from headprog import models
    from headprog.hybrid import HybridModel, choose_heads, compare_perplexity
    from headprog.perplexity import evaluation_chunks, perplexity
    from headprog.tuning import tune_programs, tuned_set_in, write_tuned

    loaded = models.load(args.model)
    heads = [c["head"] for c in choose_heads(pset, args.hybrid_fraction, "iou")]
    length = min(256, loaded.max_positions)
    chunks = evaluation_chunks(loaded, args.corpus, "eval", length, 8, args.seed)
    with HybridModel(loaded, pset, heads) as hybrid:
        cmp = compare_perplexity(hybrid, chunks)
    nat, hyb = cmp["native"].perplexity, cmp["hybrid"].perplexity
    lines = [
        f"perplexity on 8 evaluation chunks of {length} tokens: native {nat:.2f}, with {len(heads)} heads "
        f"({args.hybrid_fraction:.0%}, best held-out IoU first) substituted {hyb:.2f} ({100 * (hyb / nat - 1):+.1f}%)"
    ]
    if args.tune_steps > 0 and heads:
        folder = out / "programs-tuned"
        tuned = tuned_set_in(folder, heads, args.tune_steps)
        if tuned is None:
            text = evaluation_chunks(loaded, args.corpus, "heldout", length, 4, args.seed)
            result = tune_programs(loaded, pset, heads, text, steps=args.tune_steps, progress=not args.quiet, state_dir=folder)
            tuned = write_tuned(pset, result, folder)
        # The reference backend: exact, and on 8 short chunks faster than compiling 68 new kernels.
        with HybridModel(loaded, tuned, heads, backend="reference"):
            tuned_ppl = perplexity(loaded, chunks, progress=False).perplexity
        record = tuned.extra["tuning"]
        lines.append(
            f"  the same heads with their programs' coefficients tuned for KL ({record['steps']} steps on 4 heldout chunks, "
            f"KL {record['kl_before']:.3f} -> {record['kl_after']:.3f}): {tuned_ppl:.2f} ({100 * (tuned_ppl / nat - 1):+.1f}%) -> {folder}"
        )
    return "\n".join(lines)


def _table_names(text: str) -> tuple[str, ...]:
    """``--tables``: a comma list of family names, or "none"."""
    return () if text.strip() == "none" else tuple(t.strip() for t in text.split(",") if t.strip())


def _add_synthesis_arguments(p: argparse.ArgumentParser) -> None:
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


# ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="headprog",
        description="Describe attention heads by small programs; compile and run them.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("compile", help="validate and compile program files", description="Validate and compile program files; print each program's structure class and cache key.")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--backend", choices=["numba", "triton", "reference"], help="backend to compile for (default numba; --check runs all)")
    p.add_argument("--check", action="store_true", help="run every backend on generated inputs and report the largest difference from the reference")
    p.add_argument("--emit", metavar="DIR", help="write the generated kernel source of each backend into DIR")
    p.add_argument("--seed", type=int, default=0, help="seed of the generated inputs for --check")
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("show", help="print a program's pattern on a text", description="Print the pattern of a program on a text, token by token; optionally write a heatmap.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--text", required=True, help="the text to run the program on")
    p.add_argument("--program", help="which program of the file (name or head); default: all")
    p.add_argument("--model", help="tokenize with this model's tokenizer (default: a simple word splitter)")
    p.add_argument("--backend", choices=["numba", "triton", "reference"], default="reference")
    p.add_argument("--top", type=int, default=3, help="keys shown per query")
    p.add_argument("--png", metavar="PATH", help="also write a heatmap PNG")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("fmt", help="rewrite program files in canonical form", description="Rewrite program files in canonical form (stable text for diffs).")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--check", action="store_true", help="only report files that are not canonical (exit 1 if any)")
    p.set_defaults(func=cmd_fmt)

    p = sub.add_parser("setup", help="prepare the bundled model and corpus", description="Convert the bundled SmolLM2-135M-Instruct GGUF once into a float32 safetensors folder and check the bundled corpus.")
    p.add_argument("--force", action="store_true", help="convert again even if a converted copy exists")
    p.set_defaults(func=cmd_setup)

    p = sub.add_parser("extract", help="record every head's attention into a store", description="Run a model over text and record the attention pattern of every head (or of --layers/--heads) into a resumable store.")
    p.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file, or a Hugging Face id in the local cache")
    p.add_argument("--corpus", default="wiki", help="'wiki' (bundled), a .txt file or folder, a .jsonl file, or a saved datasets folder")
    p.add_argument("--examples", type=int, default=64, help="sequences per kind, synthesis and held-out together (a third held out)")
    p.add_argument("--max-tokens", type=int, default=128, help="length of passages (sentences are 15-30 tokens)")
    p.add_argument("--kinds", default="passage", help="comma list of passage, sentence")
    p.add_argument("--layers", help="layers to record, e.g. 0-3,7 (default all)")
    p.add_argument("--heads", help="heads to record in each layer (default all)")
    p.add_argument("--mass", type=float, help="store only the largest weights covering this mass per row (e.g. 0.99)")
    p.add_argument("--batch-size", type=int, default=8)
    p.add_argument("--seed", type=int, default=0, help="seed of the document split")
    p.add_argument("--out", required=True, help="store folder (created; an existing one from the same command is resumed)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("synthesize", help="find a program for every head of a store", description="Find, for every head of an attention store, the program that best reproduces its attention; write one canonical program file per head and manifest.json. Resumable.")
    p.add_argument("--store", required=True, help="attention store folder (from `headprog extract`)")
    p.add_argument("--out", required=True, help="program folder to write (an existing one is resumed)")
    p.add_argument("--heads", help="only these heads, e.g. L3H5,L7H0")
    _add_synthesis_arguments(p)
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_synthesize)

    p = sub.add_parser("run", help="the main job: extract -> synthesize -> evaluate", description="Run the whole pipeline on a model and corpus (default: the bundled SmolLM2-135M-Instruct and Wikipedia summaries) and print the held-out IoU table. Every step resumes where a previous run stopped.")
    p.add_argument("--model", default="smollm2-135m")
    p.add_argument("--corpus", default="wiki")
    p.add_argument("--examples", type=int, default=48, help="passages and sentences each (a third held out)")
    p.add_argument("--max-tokens", type=int, default=128, help="passage length")
    p.add_argument("--out", default="runs/default", help="output folder (store, programs, report)")
    p.add_argument("--hybrid-fraction", type=float, default=0.25, help="also measure perplexity with this fraction of heads substituted by their programs, best IoU first (default 0.25; 0 skips it; compiles one kernel per program, about two minutes on a 2-core CPU)")
    p.add_argument("--tune-steps", type=int, default=15, help="then tune those heads' program coefficients together for KL to the native model (headprog tune) for this many steps and measure again (default 15, about 90 s; 0 skips it)")
    _add_synthesis_arguments(p)
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("report", help="Markdown report of a program set", description="Write report.md (per-layer table, IoU per length band, heads by class) with a layer x head IoU heatmap and an IoU histogram.")
    p.add_argument("programs", metavar="PROGRAMS", help="program folder (from `headprog synthesize`)")
    p.add_argument("--out", required=True, help="report folder")
    p.set_defaults(func=cmd_report)

    from headprog.perplexity import add_perplexity_arguments, cmd_perplexity

    p = sub.add_parser("perplexity", help="perplexity of a model on a corpus split", description="Token-weighted perplexity of a model on fixed-length chunks of a corpus split.")
    add_perplexity_arguments(p)
    p.set_defaults(func=cmd_perplexity)

    from headprog.hybrid import add_eval_arguments, add_generate_arguments, cmd_eval, cmd_generate

    p = sub.add_parser("eval", help="perplexity and QA of native vs hybrid models", description="Perplexity of the native and the hybrid model (chosen heads attend by their programs) on the evaluation split, and multiple-choice QA accuracy; JSON and a Markdown table.")
    add_eval_arguments(p)
    p.set_defaults(func=cmd_eval)

    from headprog.tuning import add_tune_arguments

    p = sub.add_parser("tune", help="tune chosen heads' program constants for the hybrid model", description="Choose heads as `headprog eval` does, then re-fit the coefficients of their programs, substituted together, to minimise the KL divergence from the native model's next-token distributions on heldout text. Writes a tuned copy of the program set; resumable.")
    add_tune_arguments(p)

    p = sub.add_parser("generate", help="stream text from a hybrid model", description="Generate text from a hybrid model (KV cache; symbolic heads use streaming features).")
    add_generate_arguments(p)
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("features", help="list the feature library", description="List every feature of the library with its definition.")
    p.set_defaults(func=cmd_features)

    p = sub.add_parser("demo", help="run the bundled example programs on a sentence", description="Compile the bundled example programs and print each head's pattern on a built-in text.")
    p.add_argument("--text", default=DEMO_TEXT)
    p.add_argument("--backend", choices=["numba", "triton", "reference"], default="numba")
    p.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``headprog`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except HeadprogError as exc:
        print(f"headprog: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

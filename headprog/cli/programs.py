"""``headprog compile``, ``show``, ``fmt``, ``features`` and ``demo``: commands on program files."""

from __future__ import annotations

import argparse
import os
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from headprog.errors import HeadprogError

LIBRARY_DIR = Path(__file__).resolve().parent.parent / "library"
DEMO_TEXT = (
    "The Eiffel Tower is in Paris. It was built in 1889, and the tower is 330 metres tall.\n"
    "Paris is the capital of France. The tower draws millions of visitors."
)


def register(sub: Any) -> None:
    """Add this group's subcommands to the ``headprog`` parser."""
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
    p.add_argument("--rung", type=int, metavar="N", help="show the head's explanation-ladder program with at most N terms instead (FILE is a head's file in a program set with ladders, e.g. runs/default/programs/L5H3.py)")
    p.add_argument("--model", help="tokenize with this model's tokenizer (default: a simple word splitter)")
    p.add_argument("--backend", choices=["numba", "triton", "reference"], default="reference")
    p.add_argument("--top", type=int, default=3, help="keys shown per query")
    p.add_argument("--png", metavar="PATH", help="also write a heatmap PNG")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("fmt", help="rewrite program files in canonical form", description="Rewrite program files in canonical form (stable text for diffs).")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--check", action="store_true", help="only report files that are not canonical (exit 1 if any)")
    p.set_defaults(func=cmd_fmt)
    p = sub.add_parser("features", help="list the feature library", description="List every feature of the library with its definition.")
    p.set_defaults(func=cmd_features)
    p = sub.add_parser("demo", help="run the bundled example programs on a sentence", description="Compile the bundled example programs and print each head's pattern on a built-in text.")
    p.add_argument("--text", default=DEMO_TEXT)
    p.add_argument("--backend", choices=["numba", "triton", "reference"], default="numba")
    p.set_defaults(func=cmd_demo)


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


def cmd_compile(args: argparse.Namespace) -> int:
    from headprog.io import atomic_write_text
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


def _tokenize(text: str, model: str | None):
    from headprog.features import compute_features
    from headprog.data.tokens import SimpleTokenizer

    if model:
        from headprog.data.models import load
        from headprog.data.tokens import tokenizer_surfaces

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

    if args.rung is not None:
        programs = [_rung_program(Path(args.file), args.rung)]
    else:
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


def _rung_program(path: Path, rung: int):
    """The ladder rung with at most ``rung`` terms of the head whose file is ``path`` (in a program set with a manifest)."""
    from headprog.language.program_set import load_program_set

    if not (path.parent / "manifest.json").is_file():
        raise HeadprogError(f"--rung needs a head's file inside a program set (a folder with manifest.json); {path.parent} has none")
    pset = load_program_set(path.parent)
    head = next((n for n, r in pset.heads.items() if r.get("file") == path.name), None)
    if head is None:
        raise HeadprogError(f"{path} is not a head's file of the set in {path.parent}")
    return pset.program(head, rung)


def cmd_fmt(args: argparse.Namespace) -> int:
    from headprog.io import atomic_write_text
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

"""``headprog synthesize``: one program per head, written as versioned artifacts.

Layer by layer: fit (offline search, optionally LLM rounds), write each head's
canonical program file, score it *from the file* on held-out sequences with
the reference backend, and update ``manifest.json``. A run that stops is
resumed layer by layer; files are written atomically.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from headprog.attention import store as store_mod
from headprog.io import atomic_write_text
from headprog.errors import HeadprogError
from headprog.features import SUPPORTED_VERSIONS
from headprog.language import parse_text
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, head_name, load_program_set, parse_head
from headprog.synthesis.fit import build_blocks, set_targets
from headprog.synthesis.ladder import LadderOptions, layer_ladders, with_ladder
from headprog.synthesis.render import offline_program, program_file_text, render_program  # noqa: F401 (render_program: re-exported)
from headprog.synthesis.scoring import Scores, score_program
from headprog.synthesis.search import MAX_TERMS, Fitted, LayerSearch, SearchOptions, sink_terms
from headprog.synthesis.terms import TABLE_FAMILIES, TERMS, table_terms

log = logging.getLogger("headprog.synthesize")


@dataclass
class SynthesisOptions:
    heads: list[tuple[int, int]] | None = None  # None: every head in the store
    search: SearchOptions = field(default_factory=SearchOptions)
    llm: object | None = None  # headprog.synthesis.llm.LLMConfig
    workers: int = 2
    progress: bool = True
    ladder: LadderOptions | None = field(default_factory=LadderOptions)  # None: no explanation ladders


def scores_record(store, program, layer: int, head: int) -> tuple[dict, dict]:
    """Held-out scores of a program, overall and per kind (length band)."""
    heldout = store.examples_of("heldout")
    overall = score_program(program, store, layer, head, heldout)
    by_kind: dict[str, Scores] = {}
    for kind in sorted({e.kind for e in heldout}):
        members = [e for e in heldout if e.kind == kind]
        ious = [overall.per_sequence[heldout.index(e)] for e in members]
        by_kind[kind] = Scores(float(np.mean(ious)), 0.0, len(members))
    header = {"heldout_iou": round(overall.iou, 4), "heldout_js": round(overall.js, 4), "n_heldout": overall.n}
    for kind, s in by_kind.items():
        header[f"heldout_iou_{kind}"] = round(s.iou, 4)
    return header, {kind: round(s.iou, 4) for kind, s in by_kind.items()}


@dataclass
class _Context:
    """What every layer's search needs; built once per process."""

    store: object
    model: dict
    fit_examples: list
    kinds: list[str]
    search: LayerSearch
    heldout: list = field(default_factory=list)  # held-out examples, in the order of their blocks' kinds
    heldout_blocks: list = field(default_factory=list)  # the term blocks of the held-out examples (for ladders)


_contexts: dict[tuple, _Context] = {}


def _context(store_dir: str, opts: SearchOptions) -> _Context:
    key = (str(store_dir), opts)
    if key in _contexts:
        return _contexts[key]
    st = store_mod.open(store_dir)
    model = {k: st.manifest.model[k] for k in ("name", "fingerprint", "spec", "family", "n_layers", "n_heads")}
    synth = st.examples_of("synthesis")
    fit_examples = st.examples_of("synthesis", "passage")[: opts.fit_passages] + st.examples_of("synthesis", "sentence")[: opts.fit_sentences]
    if not fit_examples:
        raise HeadprogError(f"{store_dir} has no synthesis examples")
    search = layer_search(st, synth, fit_examples, opts)
    heldout = st.examples_of("heldout")
    heldout_blocks = build_blocks([st.features(e) for e in heldout], [e.kind for e in heldout], [t.text for t in search.terms]) if heldout else []
    ctx = _Context(st, model, fit_examples, [e.kind for e in fit_examples], search, heldout, heldout_blocks)
    _contexts[key] = ctx
    return ctx


def layer_search(st, sink_examples: list, fit_examples: list, opts: SearchOptions) -> LayerSearch:
    """The offline search over ``fit_examples`` of a store: the term library, the tables, and sinks among ``sink_examples``' tokens."""
    tokens_of = {i: t for e in sink_examples for i, t in zip(e.ids, e.tokens)}
    terms = list(TERMS) + table_terms(opts.tables) + sink_terms(sink_examples, tokens_of, opts.sink_tokens)
    blocks = build_blocks([st.features(e) for e in fit_examples], [e.kind for e in fit_examples], [t.text for t in terms])
    return LayerSearch(terms, blocks, opts)


def fit_layer(st, search: LayerSearch, fit_examples: list, layer: int) -> dict[int, Fitted]:
    """Every recorded head of one layer fitted together on ``fit_examples``: head -> fitted program.

    All heads of the layer are fitted at once, whatever a caller wants, so a
    head's program does not depend on which other heads a run (or a resumed
    run) requested; one thread, so sums add up in one order whatever --workers.
    """
    layer_heads = list(st.heads)
    targets = [[st.pattern(layer, h, e) for e in fit_examples] for h in layer_heads]
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        fitted = search.run(targets, [e.kind for e in fit_examples], [head_name(layer, h) for h in layer_heads])
    finally:
        torch.set_num_threads(threads)
    return dict(zip(layer_heads, fitted))


@dataclass(frozen=True)
class LayerJob:
    """One layer to fit: the heads of it to write, and where from and to."""

    store_dir: str
    layer: int
    heads: list[int]
    options: SynthesisOptions
    out: Path


#: Runs layer jobs (in local processes, or on a cluster) and yields each job with its results as it completes, in any order.
LayerRunner = Callable[[list[LayerJob]], Iterable[tuple[LayerJob, list[tuple[str, str, dict, str, dict[str, str]]]]]]


def synthesize_layer(job: LayerJob) -> list[tuple[str, str, dict, str, dict[str, str]]]:
    """Fit the heads of one layer; return (head name, file text, manifest record, feature library, other files) for each.

    The one function that fits a layer, in this process, a local worker process or a cluster worker alike.
    """
    store_dir, layer, heads, options, out = job.store_dir, job.layer, job.heads, job.options, job.out
    opts = options.search
    torch.manual_seed(opts.seed)
    ctx = _context(store_dir, opts)
    st = ctx.store
    by_head = fit_layer(st, ctx.search, ctx.fit_examples, layer)
    fitted = [by_head[h] for h in st.heads]
    ladders = dict(zip(st.heads, _layer_ladders(ctx, layer, fitted, options))) if options.ladder is not None else {}
    results = []
    for head in heads:
        fit = by_head[head]
        program = offline_program(fit, layer, head)
        source, origin, synth_iou = f"offline search (seed {opts.seed}), fitted for {fit.origin}", "offline", fit.synthesis_iou
        if options.llm is not None:
            better = _llm_round(st, layer, head, ctx.fit_examples, options, program, synth_iou, out)
            if better is not None:
                program, synth_iou = better
                source, origin = f"llm {options.llm.model} (refining the offline program)", "llm"
        name, text, record, declared = _scored_head(st, program, layer, head, ctx.model, source, origin, synth_iou, fit.origin)
        files = {}
        if head in ladders and origin == "offline":  # a ladder explains the offline program, not one an LLM replaced it with
            record, ladder_text = with_ladder(record, ladders[head], layer, head, ctx.model)
            if ladder_text is not None:
                files[record["ladder"]["file"]] = ladder_text
        results.append((name, text, record, declared, files))
    return results


def _layer_ladders(ctx: _Context, layer: int, fitted: list, options: SynthesisOptions) -> list:
    """The explanation ladders of a layer's heads (:mod:`headprog.synthesis.ladder`), from the blocks the search fitted on."""
    if not ctx.heldout_blocks:
        return []
    st = ctx.store
    set_targets(ctx.heldout_blocks, [[st.pattern(layer, h, e) for e in ctx.heldout] for h in st.heads], [e.kind for e in ctx.heldout])
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return layer_ladders(ctx.search.blocks, ctx.heldout_blocks, sorted({e.kind for e in ctx.heldout}), ctx.search.terms, fitted, options.ladder)
    finally:
        torch.set_num_threads(threads)


def synthesize(store_dir: str | Path, out_dir: str | Path, options: SynthesisOptions | None = None, *,
               runner: LayerRunner | None = None) -> ProgramSet:
    """Find a program for every requested head of a store; resumable layer by layer.

    With ``options.workers > 1`` layers are fitted in parallel worker
    processes, with ``runner`` wherever it runs them (``headprog.cluster``);
    the parent alone writes files and the manifest.
    """
    options = options or SynthesisOptions()
    opts = options.search
    unknown = [t for t in opts.tables if t not in TABLE_FAMILIES]
    if unknown or len(set(opts.tables)) != len(opts.tables):
        raise HeadprogError(f"tables must be distinct names among {', '.join(TABLE_FAMILIES)}; got {', '.join(opts.tables)}")
    tables = len(opts.tables)
    if not 1 <= opts.max_terms <= MAX_TERMS - tables:
        raise HeadprogError(
            f"max terms must be 1..{MAX_TERMS - tables} (with {tables} tables, a longer sum nests deeper than the language allows); got {opts.max_terms}"
        )
    st = store_mod.open(store_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model = {k: st.manifest.model[k] for k in ("name", "fingerprint", "spec", "family", "n_layers", "n_heads")}
    wanted = options.heads or [(l, h) for l in st.layers for h in st.heads]
    for l, h in wanted:
        if l not in st.layers or h not in st.heads:
            raise HeadprogError(
                f"the store has no head L{l}H{h} (layers {st.layers[0]}..{st.layers[-1]}, heads {st.heads[0]}..{st.heads[-1]})"
            )
    if (out / "manifest.json").exists():
        pset = load_program_set(out)
        if pset.model.get("fingerprint") != model["fingerprint"]:
            raise HeadprogError(f"{out} holds programs for another model ({pset.model.get('name')}); use a new --out")
    else:
        pset = ProgramSet(folder=out, model=model, feature_library="v1")
    pset.extra["store"] = {"path": str(Path(store_dir)), "examples": len(st.examples), "corpus": st.manifest.corpus}
    pset.extra["search"] = {"max_terms": opts.max_terms, "tables": list(opts.tables), "sink_tokens": opts.sink_tokens, "seed": opts.seed}

    from tqdm import tqdm

    layers = sorted({l for l, _ in wanted})
    todo = {l: [h for ll, h in wanted if ll == l and head_name(l, h) not in pset.heads] for l in layers}
    jobs = [LayerJob(str(store_dir), l, hs, options, out) for l, hs in todo.items() if hs]
    bar = tqdm(total=len(wanted), desc="synthesize", unit="head", disable=not options.progress,
               initial=len(wanted) - sum(len(j.heads) for j in jobs))
    started = time.perf_counter()

    def commit(results: list[tuple[str, str, dict, str, dict[str, str]]]) -> None:
        for name, text, record, declared, files in results:
            for path, extra in files.items():  # the ladder file first: a record never names a file not yet written
                atomic_write_text(out / path, extra)
            atomic_write_text(out / record["file"], text)
            pset.heads[name] = record
            # The set needs the newest library any of its programs declares.
            pset.feature_library = max(pset.feature_library, declared, key=SUPPORTED_VERSIONS.index)
            bar.update(1)
        pset.extra["library"] = library_view(pset)
        pset.save()

    if runner is not None:
        for _, results in runner(jobs):
            commit(results)
    elif options.workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            commit(synthesize_layer(job))
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        with ProcessPoolExecutor(options.workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            futures = [pool.submit(synthesize_layer, job) for job in jobs]
            for future in as_completed(futures):
                commit(future.result())
    bar.close()
    log.info("synthesis took %.1f s", time.perf_counter() - started)
    pset.extra["library"] = library_view(pset)
    pset.save()
    return pset


def _scored_head(st, program: Program, layer: int, head: int, model: dict, source: str, origin: str,
                 synth_iou: float, fitted_for: str) -> tuple[str, str, dict, str]:
    """Score a head's program from its file text on held-out data: (name, file text, manifest record, feature library)."""
    name = head_name(layer, head)
    draft = program_file_text(program, layer, head, model, source, None)
    program = parse_text(draft, filename=f"{name}.py").programs[0]
    scores, _ = scores_record(st, program, layer, head)
    scores = {"synthesis_iou": round(synth_iou, 4), **scores}
    text = program_file_text(program, layer, head, model, source, scores)
    program = parse_text(text, filename=f"{name}.py").programs[0]
    record = {
        "file": f"{name}.py",
        "program_hash": program.hash,
        "structure_hash": program.structure_hash,
        "label": program.label or "mixed",
        "source": origin,
        "fitted_for": fitted_for,
        **scores,
    }
    return name, text, record, program.features_version


def _llm_round(st, layer: int, head: int, examples, options: SynthesisOptions, offline: Program,
               offline_iou: float, out: Path) -> tuple[Program, float] | None:
    """Ask the LLM to improve on the offline program; None if nothing beat it.

    An unreachable endpoint turns the LLM off for the rest of the run (with a
    warning); what was gathered before is kept in the cache and the transcript.
    """
    from headprog.synthesis.llm import LLMUnavailable, propose_for_head, write_transcript

    events: list[dict] = []
    try:
        candidates = propose_for_head(st, layer, head, examples, options.llm, best=offline, log=events)
    except LLMUnavailable as exc:
        log.warning("LLM endpoint unavailable (%s); continuing with offline search only", exc)
        candidates = exc.candidates
        options.llm = None
    finally:
        write_transcript(events, out / "llm" / f"{head_name(layer, head)}.jsonl")
    valid = [c for c in candidates if c.program is not None and c.scores is not None]
    if not valid:
        return None
    best = max(valid, key=lambda c: (c.scores.iou, -c.round, -c.sample))
    if best.scores.iou <= offline_iou:
        return None
    return best.program, best.scores.iou


def library_view(pset: ProgramSet) -> dict:
    """How many distinct programs and structures cover the heads, at what mean IoU."""
    records = [pset.heads[name] for name in sorted(pset.heads, key=parse_head)]  # fixed order: stable sums
    if not records:
        return {}
    mean = lambda key: round(float(np.mean([r[key] for r in records if key in r])), 4) if any(key in r for r in records) else None  # noqa: E731
    return {
        "heads": len(records),
        "distinct_programs": len({r["program_hash"] for r in records}),
        "distinct_structures": len({r["structure_hash"] for r in records}),
        "mean_heldout_iou": mean("heldout_iou"),
        "mean_heldout_iou_passage": mean("heldout_iou_passage"),
        "mean_heldout_iou_sentence": mean("heldout_iou_sentence"),
        "mean_synthesis_iou": mean("synthesis_iou"),
    }

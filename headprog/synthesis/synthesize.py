"""``headprog synthesize``: one program per head, written as versioned artifacts.

Layer by layer: fit (offline search, optionally LLM rounds), write each head's
canonical program file, score it *from the file* on held-out sequences with
the reference backend, and update ``manifest.json``. A run that stops is
resumed layer by layer; files are written atomically.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import torch

from headprog.attention import store as store_mod
from headprog.language import ir
from headprog.io import atomic_write_text
from headprog.errors import HeadprogError
from headprog.features import SUPPORTED_VERSIONS, WORD_CLASSES, oldest_version
from headprog.language import format_file, parse_text
from headprog.language.program import Header, Program, ProgramFile
from headprog.language.program_set import ProgramSet, head_name, load_program_set, parse_head
from headprog.synthesis.fit import build_blocks
from headprog.synthesis.scoring import Scores, score_program
from headprog.synthesis.search import MAX_TERMS, Fitted, LayerSearch, SearchOptions, sink_terms
from headprog.synthesis.terms import TABLE_FAMILIES, TERMS, TableEntry, table_terms, term_ir

log = logging.getLogger("headprog.synthesize")

#: The class codes a term compares ``word_class`` with, for the legend in a program's docstring.
_WORD_CLASS_CODE = re.compile(r"word_class\([qk]\) == (\d+)")


@dataclass
class SynthesisOptions:
    heads: list[tuple[int, int]] | None = None  # None: every head in the store
    search: SearchOptions = field(default_factory=SearchOptions)
    llm: object | None = None  # headprog.synthesis.llm.LLMConfig
    workers: int = 2
    progress: bool = True


def _weight_text(w: float) -> str:
    return repr(float(f"{w:.3g}"))


def render_program(fitted: Fitted, layer: int, head: int) -> tuple[list[str], str]:
    """The named values and the returned expression of a fitted program (terms in library order).

    Negative weights are written as ``+ -w * term``, not ``- w * term``, so
    that programs differing only in their constants share one structure. The
    entries of a table family become one ``table(...)``, bound to the
    family's name on a line of its own (so a diff shows which table changed)
    and used where the family's first entry stands; an entry the head does
    not use is 0.0. A family all of whose entries are 0 is left out.
    """
    parts: list[str | TableEntry] = []
    tables: dict[str, list[str]] = {}
    for term, w in zip(fitted.terms, fitted.weights):
        entry = term.table
        if entry is None:
            if w != 0.0:
                parts.append(f"{_weight_text(w)} * ({term.text})")
            continue
        if entry.family not in tables:
            tables[entry.family] = ["0.0"] * entry.size
            parts.append(entry)  # stands for its whole family, rendered once every entry is known
        tables[entry.family][entry.index] = _weight_text(w)
    bindings, summands = [], []
    for part in parts:
        if isinstance(part, str):
            summands.append(part)
            continue
        values = tables[part.family]
        if all(float(v) == 0.0 for v in values):
            continue
        bindings.append(f"{part.binding} = table({part.by}, {', '.join(values)})")
        summands.append(f"({part.gate}) * {part.binding}" if part.gate else part.binding)
    return bindings, " + ".join(summands) or "0.0"


def offline_program(fitted: Fitted, layer: int, head: int) -> Program:
    """The fitted program of one head (softmax or linear), through the language front end."""
    name = head_name(layer, head)
    sinks = sorted({t.name for t in fitted.terms if t.family == "token sink"})
    bindings, body = render_program(fitted, layer, head)
    lines = "".join(f"    {b}\n" for b in bindings)
    used: set[str] = set()
    for term, w in zip(fitted.terms, fitted.weights):
        if w != 0.0:
            used |= {n.cls or n.name for n in ir.walk(term_ir(term.text)) if isinstance(n, ir.Feature)}
            if term.table is not None:
                used.add("table")
    text = (
        f'"""\nheadprog: 1\nfeatures: {oldest_version(used)}\n"""\n\n\n'
        f'@program(normalize="{fitted.normalize}", fallback="first", head="{name}")\n'
        f"def {name}(q, k):\n{lines}    return {body}\n"
    )
    program = parse_text(text, filename=f"{name}.py").programs[0]
    notes = []
    if sinks:
        notes.append("Token sinks: " + "; ".join(sinks))
    codes = sorted({int(c) for term, w in zip(fitted.terms, fitted.weights) if w != 0.0 and term.table is None for c in _WORD_CLASS_CODE.findall(term.text)})
    if any(w != 0.0 and term.table is not None and "word_class" in term.table.by for term, w in zip(fitted.terms, fitted.weights)):
        codes = list(range(len(WORD_CLASSES)))  # a table over word classes: its entries are the classes in code order
    if codes:
        notes.append("Word classes: " + ", ".join(f"{c} {WORD_CLASSES[c]}" for c in codes))
    return replace(program, label=fitted.family, doc=". ".join(notes) or None)


def program_file_text(program: Program, layer: int, head: int, model: dict, source: str, scores: dict | None) -> str:
    """A canonical program file for one head: the program under a header naming model, head, source, scores."""
    name = head_name(layer, head)
    program = replace(program, name=name, head=name)
    header = Header(
        features=program.features_version,
        model=f"{model.get('name')} ({model.get('fingerprint')})",
        head=name,
        label=program.label,
        source=source,
    )
    if scores:
        header = header.with_scores(**scores)
    return format_file(ProgramFile(header=header, programs=(program,), filename=f"{name}.py"))


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
    ctx = _Context(st, model, fit_examples, [e.kind for e in fit_examples], layer_search(st, synth, fit_examples, opts))
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
LayerRunner = Callable[[list[LayerJob]], Iterable[tuple[LayerJob, list[tuple[str, str, dict, str]]]]]


def synthesize_layer(job: LayerJob) -> list[tuple[str, str, dict, str]]:
    """Fit the heads of one layer; return (head name, file text, manifest record, feature library) for each.

    The one function that fits a layer, in this process, a local worker process or a cluster worker alike.
    """
    store_dir, layer, heads, options, out = job.store_dir, job.layer, job.heads, job.options, job.out
    opts = options.search
    torch.manual_seed(opts.seed)
    ctx = _context(store_dir, opts)
    st = ctx.store
    by_head = fit_layer(st, ctx.search, ctx.fit_examples, layer)
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
        results.append(_scored_head(st, program, layer, head, ctx.model, source, origin, synth_iou, fit.origin))
    return results


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

    def commit(results: list[tuple[str, str, dict, str]]) -> None:
        for name, text, record, declared in results:
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

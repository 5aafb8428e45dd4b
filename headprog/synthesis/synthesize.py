"""``headprog synthesize``: one program per head, written as versioned artifacts.

Layer by layer: fit (offline search, optionally LLM rounds), write each head's
canonical program file, score it *from the file* on held-out sequences with
the reference backend, and update ``manifest.json``. A run that stops is
resumed layer by layer; files are written atomically.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch

from headprog import store as store_mod
from headprog.compiler.cache import atomic_write_text
from headprog.errors import HeadprogError
from headprog.language import format_file, parse_text
from headprog.language.program import Header, ProgramFile
from headprog.programs import PROGRAMS_FORMAT, ProgramSet, head_name, load_program_set
from headprog.synthesis.fit import build_blocks
from headprog.synthesis.scoring import Scores, score_program
from headprog.synthesis.search import Fitted, LayerSearch, SearchOptions, sink_terms
from headprog.synthesis.terms import TERMS

log = logging.getLogger("headprog.synthesize")


@dataclass
class SynthesisOptions:
    heads: list[tuple[int, int]] | None = None  # None: every head in the store
    search: SearchOptions = field(default_factory=SearchOptions)
    llm: object | None = None  # headprog.synthesis.llm.LLMConfig
    workers: int = 1
    progress: bool = True


def _weight_text(w: float) -> str:
    return repr(float(f"{w:.3g}"))


def render_program(fitted: Fitted, layer: int, head: int) -> str:
    """The expression text of a fitted softmax program (terms in library order)."""
    text = ""
    for term, w in zip(fitted.terms, fitted.weights):
        if abs(w) < 5e-3:
            continue
        sign = "-" if w < 0 else "+"
        text += f" {sign} {_weight_text(abs(w))} * ({term.text})"
    return text.removeprefix(" + ").replace(" - ", "-", 1) if text.startswith(" - ") else text.removeprefix(" + ") or "0.0"


def program_file_text(fitted: Fitted, layer: int, head: int, model: dict, source: str, scores: dict | None) -> str:
    """A canonical program file for one head."""
    name = head_name(layer, head)
    sinks = sorted({t.name for t in fitted.terms if t.family == "token sink"})
    doc = ("Token sinks: " + "; ".join(sinks)) if sinks else None
    body = render_program(fitted, layer, head)
    text = (
        f'"""\nheadprog: 1\nfeatures: v1\n"""\n\n\n@program(normalize="softmax", fallback="first", head="{name}")\n'
        f"def {name}(q, k):\n    return {body}\n"
    )
    file = parse_text(text, filename=f"{name}.py")
    program = file.programs[0]
    from dataclasses import replace

    program = replace(program, label=fitted.family, doc=doc)
    header = Header(
        features="v1",
        model=f"{model.get('name')} ({model.get('fingerprint')})",
        head=name,
        label=fitted.family,
        source=source,
    )
    if scores:
        header = header.with_scores(**scores)
    return format_file(ProgramFile(header=header, programs=(program,), filename=f"{name}.py"))


def _scores_record(store, program, layer: int, head: int) -> tuple[dict, dict]:
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


def synthesize(store_dir: str | Path, out_dir: str | Path, options: SynthesisOptions | None = None) -> ProgramSet:
    """Find a program for every requested head of a store; resumable layer by layer."""
    options = options or SynthesisOptions()
    opts = options.search
    torch.manual_seed(opts.seed)
    st = store_mod.open(store_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    model = {k: st.manifest.model[k] for k in ("name", "fingerprint", "spec", "family", "n_layers", "n_heads")}
    wanted = options.heads or [(l, h) for l in st.layers for h in st.heads]
    for l, h in wanted:
        if l not in st.layers or h not in st.heads:
            raise HeadprogError(f"the store has no head L{l}H{h} (layers {st.layers[0]}..{st.layers[-1]}, heads {st.heads[0]}..{st.heads[-1]})")

    if (out / "manifest.json").exists():
        pset = load_program_set(out)
        if pset.model.get("fingerprint") != model["fingerprint"]:
            raise HeadprogError(f"{out} holds programs for another model ({pset.model.get('name')}); use a new --out")
    else:
        pset = ProgramSet(folder=out, model=model, feature_library="v1")
    pset.extra["store"] = {"path": str(Path(store_dir)), "examples": len(st.examples), "corpus": st.manifest.corpus}
    pset.extra["search"] = {"max_terms": opts.max_terms, "sink_tokens": opts.sink_tokens, "seed": opts.seed}

    synth = st.examples_of("synthesis")
    fit_examples = st.examples_of("synthesis", "passage")[: opts.fit_passages] + st.examples_of("synthesis", "sentence")[: opts.fit_sentences]
    if not fit_examples:
        raise HeadprogError(f"{store_dir} has no synthesis examples")
    tokens_of = {i: t for e in synth for i, t in zip(e.ids, e.tokens)}
    terms = list(TERMS) + sink_terms(synth, tokens_of, opts.sink_tokens)
    kinds = [e.kind for e in fit_examples]
    blocks = build_blocks([st.features(e) for e in fit_examples], kinds, [t.name for t in TERMS])
    if len(terms) > len(TERMS):
        _append_sink_columns(blocks, fit_examples, kinds, terms[len(TERMS) :])
    search = LayerSearch(terms, blocks, opts)

    from tqdm import tqdm

    layers = sorted({l for l, _ in wanted})
    todo = {l: [h for ll, h in wanted if ll == l and head_name(l, h) not in pset.heads] for l in layers}
    bar = tqdm(total=len(wanted), desc="synthesize", unit="head", disable=not options.progress,
               initial=len(wanted) - sum(len(v) for v in todo.values()))
    started = time.perf_counter()
    for layer in layers:
        heads = todo[layer]
        if not heads:
            continue
        targets = [[st.pattern(layer, h, e) for e in fit_examples] for h in heads]
        fitted = search.run(targets, kinds, [head_name(layer, h) for h in heads])
        for head, fit in zip(heads, fitted):
            name = head_name(layer, head)
            source = f"offline search (seed {opts.seed}), fitted for {fit.origin}"
            draft = program_file_text(fit, layer, head, model, source, None)
            program = parse_text(draft, filename=f"{name}.py").programs[0]
            scores, by_kind = _scores_record(st, program, layer, head)
            scores = {"synthesis_iou": round(fit.synthesis_iou, 4), **scores}
            text = program_file_text(fit, layer, head, model, source, scores)
            atomic_write_text(out / f"{name}.py", text)
            program = parse_text(text, filename=f"{name}.py").programs[0]
            pset.heads[name] = {
                "file": f"{name}.py",
                "program_hash": program.hash,
                "structure_hash": program.structure_hash,
                "label": fit.family,
                "source": "offline",
                "fitted_for": fit.origin,
                "terms": len(program_terms(fit)),
                **scores,
            }
            bar.update(1)
        pset.extra["library"] = library_view(pset)
        pset.save()
    bar.close()
    log.info("synthesis took %.1f s", time.perf_counter() - started)
    pset.extra["library"] = library_view(pset)
    pset.save()
    return pset


def program_terms(fit: Fitted) -> list[str]:
    return [t.name for t, w in zip(fit.terms, fit.weights) if abs(w) >= 5e-3]


def _append_sink_columns(blocks, examples, kinds, extra_terms) -> None:
    """Add token-sink term columns, evaluated through the language like every term."""
    from headprog.compiler.reference import evaluate
    from headprog.language import parse_text as parse

    nodes = [
        parse(f'"""\nfeatures: v1\n"""\n@program\ndef t(q, k):\n    return {t.text}\n').program().expr for t in extra_terms
    ]
    for block, kind in zip(blocks, sorted(set(kinds))):
        members = [e for e, k in zip(examples, kinds) if k == kind]
        e_, t_ = block.x.shape[0], block.x.shape[1]
        extra = np.zeros((e_, t_, t_, len(nodes)), dtype=np.float32)
        from headprog.store import _features_cached

        for i, ex in enumerate(members):
            f = _features_cached(tuple(ex.ids), tuple(ex.tokens))
            n = ex.length
            causal = np.tril(np.ones((n, n), dtype=bool))
            for j, node in enumerate(nodes):
                extra[i, :n, :n, j] = np.where(causal, np.broadcast_to(evaluate(node, f), (n, n)), 0.0)
        block.x = torch.cat([block.x, torch.from_numpy(extra)], dim=-1)


def library_view(pset: ProgramSet) -> dict:
    """How many distinct programs and structures cover the heads, at what mean IoU."""
    records = list(pset.heads.values())
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

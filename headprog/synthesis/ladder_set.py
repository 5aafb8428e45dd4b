"""``headprog ladder``: add explanation ladders to a program set that was made without them.

Each head's full program is read back from its file as the search writes it
(a sum of weighted terms and ``table(...)`` lookups), its terms are matched to
the search library, and the ladder is fitted and scored on the store the set
was synthesized from, exactly as ``headprog synthesize`` does it
(:mod:`headprog.synthesis.ladder`). Resumable layer by layer: heads that have
a ladder are skipped unless ``force``.
"""

from __future__ import annotations

from pathlib import Path

import torch

from headprog.attention import store as store_mod
from headprog.errors import HeadprogError
from headprog.io import atomic_write_text
from headprog.language import ir
from headprog.language.expr_printer import format_expr
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, load_program_set, parse_head
from headprog.synthesis.fit import build_blocks, set_targets
from headprog.synthesis.ladder import LadderOptions, layer_ladders, with_ladder
from headprog.synthesis.search import Fitted, SearchOptions, sink_terms
from headprog.synthesis.terms import TABLE_FAMILIES, TERMS, Term, table_terms, term_ir

__all__ = ["add_ladders", "program_terms"]


def _summands(node: ir.Node) -> list[ir.Node]:
    if isinstance(node, ir.Binary) and node.op == "add":
        return _summands(node.a) + _summands(node.b)
    return [node]


def _library(sinks: list[Term]) -> dict[str, Term]:
    """Every term the search can write, by canonical text."""
    return {format_expr(term_ir(t.text)): t for t in (*TERMS, *sinks)}


def program_terms(program: Program, library: dict[str, Term]) -> Fitted:
    """A synthesized program as the search's terms and weights (a term outside the library keeps its text as its name)."""
    tables = dict(program.bindings)
    terms: list[Term] = []
    weights: list[float] = []
    for part in _summands(program.result):
        local = part.b if isinstance(part, ir.Binary) and part.op == "mul" and isinstance(part.b, ir.Local) else part  # gate * table
        if isinstance(local, ir.Local) and isinstance(tables.get(local.name), ir.Table):
            family = local.name.replace("_", "-")
            if family not in TABLE_FAMILIES:
                raise HeadprogError(f"{program.filename}: table {local.name} is no table family of the search ({', '.join(TABLE_FAMILIES)})")
            entries = table_terms([family])
            terms += entries
            weights += list(tables[local.name].values)[: len(entries)]
            continue
        if isinstance(part, ir.Binary) and part.op == "mul" and isinstance(part.a, ir.Const):
            w, term = float(part.a.value), part.b
        else:
            w, term = 1.0, part
        text = format_expr(term)
        terms.append(library.get(text) or Term(text, text, "mixed"))
        weights.append(w)
    return Fitted(terms, weights, 0.0, program.label or "mixed", program.head or program.name, program.normalize)


def add_ladders(programs_dir: str | Path, store_dir: str | Path, *, options: LadderOptions | None = None,
                force: bool = False, progress: bool = True) -> ProgramSet:
    """Fit, score and write the ladder of every head of a set from the store it was synthesized from."""
    from tqdm import tqdm

    pset = load_program_set(programs_dir)
    st = store_mod.open(store_dir)
    if st.manifest.model.get("fingerprint") != pset.model.get("fingerprint"):
        raise HeadprogError(f"{store_dir} records another model ({st.manifest.model.get('name')}) than {programs_dir} ({pset.model.get('name')})")
    search = SearchOptions(sink_tokens=int(pset.extra.get("search", {}).get("sink_tokens", SearchOptions.sink_tokens)))
    synth = st.examples_of("synthesis")
    tokens_of = {i: t for e in synth for i, t in zip(e.ids, e.tokens)}
    library = _library(sink_terms(synth, tokens_of, search.sink_tokens))
    fit_examples = st.examples_of("synthesis", "passage")[: search.fit_passages] + st.examples_of("synthesis", "sentence")[: search.fit_sentences]
    heldout = st.examples_of("heldout")
    if not fit_examples or not heldout:
        raise HeadprogError(f"{store_dir} needs synthesis and held-out examples to fit and score ladders")
    model = {k: pset.model.get(k) for k in ("name", "fingerprint")}
    layers = sorted({parse_head(n)[0] for n in pset.heads})
    todo = [n for n in pset.heads if force or "ladder" not in pset.heads[n]]
    bar = tqdm(total=len(todo), desc="ladders", unit="head", disable=not progress)
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # one thread: sums add up in one order, so ladders are deterministic
    try:
        for layer in layers:
            names = sorted((n for n in todo if parse_head(n)[0] == layer), key=parse_head)
            if names:
                _layer(pset, st, layer, names, library, fit_examples, heldout, model, options, Path(programs_dir))
                pset.save()
                bar.update(len(names))
    finally:
        torch.set_num_threads(threads)
        bar.close()
    return pset


def _layer(pset: ProgramSet, st, layer: int, names: list[str], library: dict[str, Term], fit_examples, heldout, model,
           options: LadderOptions | None, out: Path) -> None:
    """The ladders of some heads of one layer, written beside their files and into the set's records."""
    fitted = [program_terms(pset.program(n), library) for n in names]
    # Terms in the search library's order, so rungs print their terms as synthesized programs do.
    rank = {t.text: i for i, t in enumerate([*TERMS, *table_terms(list(TABLE_FAMILIES)), *library.values()])}
    texts = sorted({t.text for f in fitted for t in f.terms}, key=lambda x: (rank.get(x, len(rank)), x))
    terms = [next(t for f in fitted for t in f.terms if t.text == text) for text in texts]
    heads = [parse_head(n)[1] for n in names]
    fit_blocks = build_blocks([st.features(e) for e in fit_examples], [e.kind for e in fit_examples], texts)
    set_targets(fit_blocks, [[st.pattern(layer, h, e) for e in fit_examples] for h in heads], [e.kind for e in fit_examples])
    held_blocks = build_blocks([st.features(e) for e in heldout], [e.kind for e in heldout], texts)
    set_targets(held_blocks, [[st.pattern(layer, h, e) for e in heldout] for h in heads], [e.kind for e in heldout])
    ladders = layer_ladders(fit_blocks, held_blocks, sorted({e.kind for e in heldout}), terms, fitted, options)
    for name, head, ladder in zip(names, heads, ladders):
        record, text = with_ladder(pset.heads[name], ladder, layer, head, model)
        if text is not None:
            atomic_write_text(out / record["ladder"]["file"], text)
        pset.heads[name] = record

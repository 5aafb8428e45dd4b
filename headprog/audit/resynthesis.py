"""Targeted re-synthesis: ``headprog synthesize --store TARGETED --heads L3H5,L7H0 --into PROGRAMS``.

The named heads are fitted again (offline search) on a targeted store, and
each new program is written into an existing program set only if it scores
better than the program already there. Every other file is left untouched.

What "better" means, precisely: both programs are scored (soft IoU, reference
backend) on the *held-out union*, the held-out part of the targeted store
together with the held-out split of the original store, and the new program
replaces the old one only if its mean IoU over those sequences (pooled, one
value per sequence) is strictly higher. The held-out part of the targeted
store is its ``heldout`` split when it has both a synthesis and a held-out
split; otherwise every third example (in store order, starting with the
third) is held out and the rest are fitted on, so nothing scored was fitted
on. The original store is ``original_store``, or else the store the
program set's manifest names when that folder exists and was extracted from
the same model; without one the union is the targeted held-out part alone,
and the report says so.

Each replaced program's header and manifest record name the store and the
examples it was fitted on and scored on; the manifest keeps a
``resynthesis`` history of every run, replaced heads and kept heads alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from headprog.attention import store as store_mod
from headprog.attention.store import AttentionStore, Example
from headprog.errors import HeadprogError
from headprog.features import SUPPORTED_VERSIONS
from headprog.io import atomic_write_text
from headprog.language import parse_text
from headprog.language.ladder import ladder_file
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, head_name, load_program_set
from headprog.synthesis.scoring import score_program
from headprog.synthesis.search import SearchOptions
from headprog.synthesis.synthesize import fit_layer, layer_search, library_view, offline_program, program_file_text

__all__ = ["resynthesis_report", "resynthesize_into", "targeted_split"]


def targeted_split(st: AttentionStore) -> tuple[list[Example], list[Example]]:
    """(fit on, held out) examples of a targeted store (see the module doc)."""
    fit, held = st.examples_of("synthesis"), st.examples_of("heldout")
    if not (fit and held):
        every = list(st.examples)
        fit = [e for i, e in enumerate(every) if i % 3 != 2]
        held = [e for i, e in enumerate(every) if i % 3 == 2]
    if not fit or not held:
        raise HeadprogError(
            f"{st.folder} holds {len(st.examples)} examples; targeted re-synthesis needs at least 3 "
            "(two thirds to fit on, a third held out to score on)"
        )
    return fit, held


def _ranges(indices: Sequence[int]) -> str:
    """``[0, 1, 2, 5]`` -> ``"0-2,5"``: short enough for a header line."""
    out, values = [], sorted(indices)
    start = prev = None
    for i in values + [None]:
        if start is not None and (i is None or i != prev + 1):
            out.append(str(start) if start == prev else f"{start}-{prev}")
            start = None
        if i is not None and start is None:
            start = i
        prev = i
    return ",".join(out)


def _original(pset: ProgramSet, targeted: AttentionStore, given: str | Path | None) -> AttentionStore | None:
    """The original store to score on (given, or the one the manifest names if it is there and fits)."""
    fingerprint = pset.model.get("fingerprint")
    if given is not None:
        st = store_mod.open(given)
        if st.manifest.model.get("fingerprint") != fingerprint:
            raise HeadprogError(f"--original-store {given} was extracted from {st.manifest.model.get('name')} "
                                f"({st.manifest.model.get('fingerprint')}), not from the model of {pset.folder} ({fingerprint})")
        return st
    recorded = (pset.extra.get("store") or {}).get("path")
    if not recorded or not (Path(recorded) / "manifest.json").is_file() or Path(recorded).resolve() == Path(targeted.folder).resolve():
        return None
    try:
        st = store_mod.open(recorded)
    except HeadprogError:
        return None
    return st if st.manifest.model.get("fingerprint") == fingerprint else None


def _check(pset: ProgramSet, st: AttentionStore, heads: Sequence[tuple[int, int]]) -> None:
    theirs, mine = st.manifest.model.get("fingerprint"), pset.model.get("fingerprint")
    if theirs != mine:
        raise HeadprogError(
            f"{pset.folder} holds programs for {pset.model.get('name')} ({mine}), but {st.folder} was extracted from "
            f"{st.manifest.model.get('name')} ({theirs}); record the targeted examples with the programs' model"
        )
    if not heads:
        raise HeadprogError("name the heads to re-synthesize with --heads, e.g. L3H5,L7H0")
    n_layers, n_heads = pset.model.get("n_layers"), pset.model.get("n_heads")
    for layer, h in heads:
        if (n_layers is not None and not 0 <= layer < int(n_layers)) or (n_heads is not None and not 0 <= h < int(n_heads)):
            raise HeadprogError(f"head {head_name(layer, h)} does not exist in {pset.model.get('name')} "
                                f"(layers 0..{int(n_layers) - 1}, heads 0..{int(n_heads) - 1})")
        if layer not in st.layers or h not in st.heads:
            raise HeadprogError(f"{st.folder} does not record head {head_name(layer, h)}; extract the targeted store with that layer and head")


def _union_scores(program: Program, layer: int, head: int, parts: Sequence[tuple[AttentionStore, list[Example]]]) -> dict[str, Any]:
    """Mean IoU per part and over the union (pooled over sequences), and per kind over the union."""
    per_part, pooled, kinds = [], [], {}
    for st, examples in parts:
        s = score_program(program, st, layer, head, examples)
        per_part.append(round(s.iou, 4))
        pooled += s.per_sequence
        for e, v in zip(examples, s.per_sequence):
            kinds.setdefault(e.kind, []).append(v)
    return {"union": round(float(np.mean(pooled)), 4), "parts": per_part, "n": len(pooled),
            "kinds": {k: round(float(np.mean(v)), 4) for k, v in sorted(kinds.items())}}


def resynthesize_into(targeted: str | Path, programs: str | Path, heads: Sequence[tuple[int, int]], search: SearchOptions | None = None,
                      *, original_store: str | Path | None = None, progress: bool = False) -> dict[str, Any]:
    """Fit ``heads`` again on the targeted store; write each into ``programs`` where it beats the old one on the held-out union."""
    from tqdm import tqdm

    opts = search or SearchOptions()
    pset = load_program_set(programs)
    st = store_mod.open(targeted)
    _check(pset, st, heads)
    fit, held = targeted_split(st)
    original = _original(pset, st, original_store)
    parts = [(st, held)] + ([(original, original.examples_of("heldout"))] if original is not None else [])
    scored_on = [{"store": str(s.folder), "examples": [e.index for e in ex]} for s, ex in parts]
    where = f"held-out examples {_ranges(scored_on[0]['examples'])} of {st.folder}" + (
        f" and the held-out split of {original.folder} ({len(parts[1][1])})" if original is not None else "")
    results = []
    bar = tqdm(total=len(heads), desc="re-synthesize", unit="head", disable=not progress)
    for layer in sorted({l for l, _ in heads}):
        fitted = fit_layer(st, layer_search(st, fit, fit, opts), fit, layer)
        for h in sorted(h for l, h in heads if l == layer):
            results.append(_one_head(pset, st, layer, h, fitted[h], parts, fit, where, scored_on, opts))
            bar.update(1)
    bar.close()
    report = {
        "programs": str(pset.folder), "targeted_store": str(st.folder), "original_store": str(original.folder) if original else None,
        "fitted_on": [e.index for e in fit], "scored_on": scored_on, "heads": results,
    }
    pset.extra.setdefault("resynthesis", []).append(
        {"store": report["targeted_store"], "original_store": report["original_store"], "search_seed": opts.seed,
         "heads": {r["head"]: {k: r[k] for k in ("replaced", "old_iou", "new_iou")} for r in results}})
    if "library" in pset.extra:  # a synthesized set: its library view counts the new program hashes
        pset.extra["library"] = library_view(pset)
    pset.save()
    return report


def _one_head(pset: ProgramSet, st: AttentionStore, layer: int, h: int, fit: Any, parts: Sequence[tuple[AttentionStore, list[Example]]],
              fit_examples: list[Example], where: str, scored_on: list[dict], opts: SearchOptions) -> dict[str, Any]:
    """Score the new and the old program of one head on the union; write the new one if it is better."""
    name = head_name(layer, h)
    new = offline_program(fit, layer, h)
    new_scores = _union_scores(new, layer, h, parts)
    old_scores = _union_scores(pset.program(name), layer, h, parts) if name in pset.heads else None
    replaced = old_scores is None or new_scores["union"] > old_scores["union"]
    row = {"head": name, "replaced": replaced, "new_iou": new_scores["union"], "old_iou": old_scores["union"] if old_scores else None,
           "new_parts": new_scores["parts"], "old_parts": old_scores["parts"] if old_scores else None, "n_heldout": new_scores["n"]}
    if not replaced:
        return row
    source = (f"offline search (seed {opts.seed}) on targeted store {st.folder}, fitted on its examples "
              f"{_ranges([e.index for e in fit_examples])}; scored on {where}")
    scores = {"synthesis_iou": round(fit.synthesis_iou, 4), "heldout_iou": new_scores["union"], "n_heldout": new_scores["n"],
              "targeted_heldout_iou": new_scores["parts"][0],
              **({"original_heldout_iou": new_scores["parts"][1]} if len(parts) > 1 else {}),
              **({"replaced_iou": old_scores["union"]} if old_scores else {}),
              **{f"heldout_iou_{k}": v for k, v in new_scores["kinds"].items()}}
    model = {k: pset.model.get(k) for k in ("name", "fingerprint")}
    text = program_file_text(new, layer, h, model, source, scores)
    program = parse_text(text, filename=f"{name}.py").programs[0]
    atomic_write_text(pset.folder / f"{name}.py", text)
    # The old program's ladder explains the old program: it goes with it (`headprog ladder` fits one for the new program).
    (pset.folder / ladder_file(name)).unlink(missing_ok=True)
    pset.heads[name] = {
        "file": f"{name}.py", "program_hash": program.hash, "structure_hash": program.structure_hash,
        "label": program.label or "mixed", "source": "targeted", "fitted_for": fit.origin,
        "fitted_on": {"store": str(st.folder), "examples": [e.index for e in fit_examples]}, "scored_on": scored_on, **scores,
    }
    pset.feature_library = max(pset.feature_library, program.features_version, key=SUPPORTED_VERSIONS.index)
    return row


def resynthesis_report(report: dict[str, Any]) -> str:
    """What ``--into`` prints: each head's old and new score on the held-out union, and what was written."""
    union = "targeted held-out" + (f" + held-out split of {report['original_store']}" if report["original_store"] else
                                   " only (no original store: pass --original-store to score on the original text too)")
    lines = [f"re-synthesized on {report['targeted_store']} into {report['programs']}; scored on the held-out union: {union}",
             "| head | old IoU | new IoU | written |", "|---|---:|---:|---|"]
    for r in report["heads"]:
        old = "—" if r["old_iou"] is None else f"{r['old_iou']:.4f}"
        verdict = "new program" if r["replaced"] else "kept the old program (it scores at least as well)"
        lines.append(f"| {r['head']} | {old} | {r['new_iou']:.4f} | {verdict} |")
    return "\n".join(lines) + "\n"

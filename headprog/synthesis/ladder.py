"""Explanation ladders of a layer's heads: units, held-out scores, the ladder file and its manifest record.

A head's ladder is fitted from its full program's terms
(:mod:`headprog.synthesis.ladder_fit`), scored on the held-out sequences
(the same soft IoU as :mod:`headprog.synthesis.scoring`, computed from the
term blocks with each rung's weights as its file writes them), and written
as ``ladders/L5H3.py`` beside the head's file (:mod:`headprog.language.ladder`).
Rungs that score no better on held-out text than the rung below them, or
better than the full program, are left out (the latter noted as ``above_full``),
so a ladder's IoU never falls as terms are added, up to the full program.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import torch

from headprog.features import SUPPORTED_VERSIONS
from headprog.language import format_file, parse_text
from headprog.language.ladder import Ladder, Rung, ladder_file, rung_name
from headprog.language.program import Header, ProgramFile
from headprog.language.program_set import head_name
from headprog.synthesis.fit import Block
from headprog.synthesis.ladder_fit import LadderOptions, Unit, fit_ladders, rung_sequence_ious, uniform_sequence_ious
from headprog.synthesis.render import offline_program
from headprog.synthesis.roles import label_roles, term_role
from headprog.synthesis.search import Fitted
from headprog.synthesis.terms import Term

__all__ = ["HeadLadder", "LadderOptions", "Unit", "ladder_source", "layer_ladders", "program_units", "with_ladder"]


@dataclass
class HeadLadder:
    """A head's fitted ladder before it is written: its rungs as programs' terms and weights, with held-out scores."""

    order: list[Unit]  # units in the order they were added
    rungs: list[tuple[int, Fitted, dict[str, float]]]  # (terms, fitted program, held-out scores), fewest terms first
    uniform: dict[str, float]  # the uniform pattern's held-out scores
    full_terms: int


def program_units(fitted: Fitted, columns: Mapping[str, int]) -> list[Unit]:
    """The units of a fitted program: each weighted term, and each table family with a non-zero entry.

    ``columns``: the column of each term text in the term blocks.
    """
    units: list[Unit] = []
    tables: dict[str, list[Term]] = {}
    used: dict[str, bool] = {}
    for term, w in zip(fitted.terms, fitted.weights):
        if term.table is None:
            if w != 0.0:
                units.append(Unit(term.name, term_role(term), (columns[term.text],)))
            continue
        tables.setdefault(term.table.family, []).append(term)
        used[term.table.family] = used.get(term.table.family, False) or w != 0.0
    for family, entries in tables.items():
        if used[family]:
            units.append(Unit(family, term_role(entries[0]), tuple(columns[t.text] for t in entries)))
    return units


def _scores(per_block: list[torch.Tensor], kinds: Sequence[str], column: int) -> dict[str, float]:
    """Mean held-out IoU over all sequences and per length band, of one column of per-block (E, C) IoUs."""
    values = [b[:, column] for b in per_block]
    out = {"heldout_iou": round(float(torch.cat(values).double().mean()), 4)}
    for kind, v in zip(kinds, values):
        out[f"heldout_iou_{kind}"] = round(float(v.double().mean()), 4)
    return out


def layer_ladders(fit_blocks: list[Block], heldout_blocks: list[Block], heldout_kinds: Sequence[str], terms: Sequence[Term],
                  fitted: Sequence[Fitted], opts: LadderOptions | None = None) -> list[HeadLadder]:
    """The ladders of one layer's heads (``fitted[h]``: head h's full program; both blocks carry the heads' targets in that order).

    ``heldout_kinds``: the length band of each held-out block (``build_blocks`` sorts them).
    """
    opts = opts or LadderOptions()
    columns = {t.text: i for i, t in enumerate(terms)}
    units = [program_units(f, columns) for f in fitted]
    modes = [f.normalize for f in fitted]
    full = [{columns[t.text]: w for t, w in zip(f.terms, f.weights)} for f in fitted]
    fits = fit_ladders(fit_blocks, units, modes, full, opts)
    # Every rung of every head as one column, scored together on the held-out blocks.
    cols: list[tuple[int, int, dict[int, float]]] = [(h, size, w) for h, (_, rungs) in enumerate(fits) for size, w in sorted(rungs.items())]
    uniform = uniform_sequence_ious(heldout_blocks)
    scored: list[dict[str, float]] = []
    if cols:
        weights = torch.zeros((len(terms), len(cols)))
        for c, (_, _, w) in enumerate(cols):
            for j, value in w.items():
                weights[j, c] = value
        idx = torch.tensor([h for h, _, _ in cols], dtype=torch.long)
        blocks = [replace(b, targets=b.targets.index_select(3, idx)) for b in heldout_blocks]
        ious = rung_sequence_ious(blocks, weights, [modes[h] for h, _, _ in cols])
        scored = [_scores(ious, heldout_kinds, c) for c in range(len(cols))]
    out = []
    for h, (order, rungs) in enumerate(fits):
        mine = []
        for c, (head, size, w) in enumerate(cols):
            if head != h:
                continue
            chosen = [t for u in order[:size] for t in u.columns]
            program_terms = [terms[j] for j in sorted(chosen)]
            values = [w[j] for j in sorted(chosen)]
            mine.append((size, Fitted(program_terms, values, 0.0, "ladder", fitted[h].origin, modes[h]), scored[c]))
        out.append(HeadLadder(order, mine, _scores(uniform, heldout_kinds, h), len(units[h])))
    return out


def ladder_source(layer: int, head: int) -> str:
    return (f"ladder of {head_name(layer, head)}.py: greedy forward selection over its terms (a table counts as one), "
            "each rung refitted on the synthesis text and scored on held-out text")


def with_ladder(record: dict[str, Any], ladder: HeadLadder, layer: int, head: int, model: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
    """A head's manifest record with its ladder and role, and the text of its ladder file (None: no rung).

    ``record``: the head's record with its full program's held-out scores.
    Rungs that score no better than the rung below them are left out, and so
    are rungs that score better than the full program (the ladder ends at the
    program that is substituted); those are noted in the record's ``above_full``.
    """
    name = head_name(layer, head)
    full = {k: float(v) for k, v in record.items() if k.startswith("heldout_iou")}
    kept: list[tuple[int, Fitted, dict[str, float]]] = []
    above: list[Rung] = []  # refits that beat the full program on held-out text: noted, not laddered
    for size, fit, scores in ladder.rungs:
        if scores["heldout_iou"] > full.get("heldout_iou", 1.0):
            added = ladder.order[size - 1]
            above.append(Rung(size, "", added.name, added.role, scores))
        elif not kept or scores["heldout_iou"] > kept[-1][2]["heldout_iou"]:
            kept.append((size, fit, scores))
    programs, rungs = [], []
    for size, fit, scores in kept:
        program = offline_program(fit, layer, head)
        added = ladder.order[size - 1]
        names = " + ".join(u.role for u in ladder.order[:size])
        doc = f"Rung {size} of {name}: {names}. Held-out IoU {scores['heldout_iou']:.3f}" + (f". {program.doc}" if program.doc else "")
        programs.append(replace(program, name=rung_name(name, size), label=f"{size} term{'s' if size > 1 else ''}", doc=doc))
        rungs.append(Rung(size, rung_name(name, size), added.name, added.role, scores))
    path = ladder_file(name) if programs else None
    text = None
    if programs:
        text, rungs = _ladder_text(programs, rungs, layer, head, model, full, ladder.uniform)
    result = Ladder(name, tuple(rungs), full, ladder.uniform, ladder.full_terms, path, tuple((u.name, u.role) for u in ladder.order),
                    tuple(above))
    role = label_roles(result)
    record = {**record, "ladder": result.to_record(), "role": role.label, "role_share": round(role.share, 4),
              "role_gain": round(role.gain, 4)}
    return record, text


def _ladder_text(programs: list, rungs: list[Rung], layer: int, head: int, model: Mapping[str, Any], full: dict[str, float],
                 uniform: dict[str, float]) -> tuple[str, list[Rung]]:
    """The canonical text of a ladder file, and the rungs with the hashes of their programs as parsed from it."""
    name = head_name(layer, head)
    version = max((p.features_version for p in programs), key=SUPPORTED_VERSIONS.index, default="v1")
    header = Header(features=version, model=f"{model.get('name')} ({model.get('fingerprint')})", head=name,
                    label="explanation ladder", source=ladder_source(layer, head))
    header = header.with_scores(**{f"rung{r.terms}_heldout_iou": r.scores["heldout_iou"] for r in rungs},
                                full_heldout_iou=full.get("heldout_iou", 0.0), uniform_heldout_iou=uniform["heldout_iou"])
    path = ladder_file(name)
    text = format_file(ProgramFile(header=header, programs=tuple(programs), filename=path))
    parsed = parse_text(text, filename=path)
    return text, [replace(r, program_hash=parsed.program(r.program).hash) for r in rungs]

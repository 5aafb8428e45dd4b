"""Scoring a whole program set on a store: per head, per layer, per example kind and length band.

:func:`score_program_set` is the one entry point (``headprog score``,
``headprog check`` and the pytest plugin use it; so can a comparison of two
checkpoints: score one set on each checkpoint's store). Each head's program
is read from its file and scored with the synthesis' soft IoU
(:func:`headprog.synthesis.scoring.score_program`, reference backend) on every
chosen example. Next to each new score stands the IoU its file header
records, matched to the text: the header's IoU of the same kind
(``heldout_iou_sentence`` for sentences...) where it has one, else its overall
held-out IoU, weighted by the examples of each kind. A :class:`ScoreTable`
saves to and loads from JSON, so one run's scores can be the baseline of a
later check.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from headprog.audit.compat import AuditError, relate
from headprog.io import atomic_write_text
from headprog.language.parser import parse_file
from headprog.language.program_set import ProgramSet, head_name, parse_head
from headprog.synthesis.scoring import score_program

SCORES_FORMAT = "headprog-scores/1"

__all__ = ["SCORES_FORMAT", "HeadScore", "ScoreTable", "length_band", "load_scores", "score_program_set", "select_heads"]


def length_band(tokens: int) -> str:
    """The length band of a sequence: 1-16, 17-32, 33-64, ... tokens (powers of two)."""
    hi = 16
    while tokens > hi:
        hi *= 2
    return f"{1 if hi == 16 else hi // 2 + 1}-{hi}"


def _band_order(band: str) -> int:
    return int(band.split("-")[1])


@dataclass(frozen=True)
class HeadScore:
    """One head's program scored on the examples of a store."""

    head: str
    label: str
    iou: float  # mean soft IoU over the examples
    js: float  # mean Jensen-Shannon distance
    n: int
    by_kind: dict[str, float]
    by_band: dict[str, float]
    recorded_iou: float | None  # the header's (or manifest's) IoU, matched to the kinds scored
    recorded_from: str  # which recorded scores, e.g. "header heldout_iou_sentence x8"
    program_hash: str
    hash_matches: bool  # the file still holds the program its manifest record names
    per_sequence: tuple[float, ...] = ()

    @property
    def layer(self) -> int:
        return parse_head(self.head)[0]

    @property
    def delta(self) -> float | None:
        """New minus recorded IoU."""
        return None if self.recorded_iou is None else self.iou - self.recorded_iou


@dataclass
class ScoreTable:
    """A program set scored on a store; ``heads`` in layer, head order."""

    programs: str
    programs_model: dict[str, Any]
    store: str
    store_model: dict[str, Any]
    relation: str  # "same checkpoint", "same architecture" or "forced"
    relation_note: str
    examples: dict[str, Any]  # n, tokens, per kind and band counts, digest of the ids
    heads: dict[str, HeadScore] = field(default_factory=dict)
    format: str = SCORES_FORMAT

    def layers(self) -> list[dict[str, Any]]:
        """Per layer: heads, mean IoU overall / per kind / per band, mean recorded IoU, best and worst head."""
        rows = []
        for layer in sorted({s.layer for s in self.heads.values()}):
            scores = [s for s in self.heads.values() if s.layer == layer]
            ranked = sorted(scores, key=lambda s: (-s.iou, s.head))
            recorded = [s.recorded_iou for s in scores if s.recorded_iou is not None]
            rows.append({
                "layer": layer,
                "heads": len(scores),
                "iou": _mean([s.iou for s in scores]),
                "by_kind": {k: _mean([s.by_kind[k] for s in scores]) for k in self.examples["kinds"]},
                "by_band": {b: _mean([s.by_band[b] for s in scores]) for b in self.examples["bands"]},
                "recorded_iou": _mean(recorded) if recorded else None,
                "best": ranked[0].head,
                "worst": ranked[-1].head,
            })  # fmt: skip
        return rows

    def mean_iou(self) -> float:
        return _mean([s.iou for s in self.heads.values()])

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["layers"] = self.layers()
        data["mean_iou"] = self.mean_iou()
        return data

    def save(self, path: str | Path) -> Path:
        """Write the table as JSON (atomically); :func:`load_scores` reads it back."""
        path = Path(path)
        atomic_write_text(path, json.dumps(self.to_dict(), indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        return path


def _mean(values: Sequence[float]) -> float:
    return round(float(np.mean(values)), 4) if len(values) else float("nan")


def load_scores(path: str | Path) -> ScoreTable:
    """A score table saved by :meth:`ScoreTable.save` (``scores.json`` of ``headprog score``)."""
    path = Path(path)
    if path.is_dir():
        path = path / "scores.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AuditError(f"cannot read scores from {path} ({exc}); expected the scores.json that `headprog score --out` writes") from None
    if not isinstance(data, dict) or data.get("format") != SCORES_FORMAT:
        raise AuditError(f"{path} is not a score table (format {SCORES_FORMAT}); write one with `headprog score --out`")
    heads = {name: HeadScore(**{**h, "per_sequence": tuple(h.get("per_sequence", ()))}) for name, h in data["heads"].items()}
    known = {f for f in ScoreTable.__dataclass_fields__}
    return ScoreTable(**{**{k: v for k, v in data.items() if k in known}, "heads": heads})


def select_heads(pset: ProgramSet, store, heads: Sequence[str] | None = None, layers: Sequence[int] | None = None) -> list[str]:
    """The heads to score: named ones (each must have a program and be recorded), else every recorded head with a program."""
    recorded = {head_name(l, h) for l in store.layers for h in store.heads}
    if heads:
        for name in heads:
            parse_head(name)
            if name not in pset.heads:
                raise AuditError(f"{pset.folder} has no program for head {name}; it covers {len(pset.heads)} heads")
            if name not in recorded:
                raise AuditError(f"the store {store.folder} does not record head {name} (layers {store.layers}, heads {store.heads})")
        chosen = list(heads)
    else:
        chosen = [name for name in pset.heads if name in recorded]
    if layers is not None:
        chosen = [name for name in chosen if parse_head(name)[0] in set(layers)]
    if not chosen:
        raise AuditError(
            f"no head to score: {pset.folder} covers {len(pset.heads)} heads, the store {store.folder} records layers "
            f"{store.layers} x heads {store.heads}" + (f", and --layers asks for {list(layers)}" if layers is not None else "")
        )
    return sorted(dict.fromkeys(chosen), key=parse_head)


def _recorded(scores: dict[str, str], record: dict[str, Any], kinds: list[str]) -> tuple[float | None, str]:
    """The recorded IoU matching the kinds of the examples (one kind per example), and where it came from."""
    values, used = [], {}
    for kind in kinds:
        for key in (f"heldout_iou_{kind}", "heldout_iou"):
            raw = scores.get(key, record.get(key))
            if raw is not None:
                values.append(float(raw))
                used[key] = used.get(key, 0) + 1
                break
    if len(values) < len(kinds):
        return None, "none recorded"
    origin = "header" if scores else "manifest"
    return round(float(np.mean(values)), 4), f"{origin} " + ", ".join(f"{k} x{n}" for k, n in sorted(used.items()))


def _examples_summary(examples) -> dict[str, Any]:
    digest = hashlib.sha256(json.dumps([(e.kind, e.ids) for e in examples]).encode()).hexdigest()[:16]
    kinds = sorted({e.kind for e in examples})
    bands = sorted({length_band(e.length) for e in examples}, key=_band_order)
    return {
        "n": len(examples),
        "tokens": sum(e.length for e in examples),
        "kinds": kinds,
        "bands": bands,
        "per_kind": {k: sum(e.kind == k for e in examples) for k in kinds},
        "per_band": {b: sum(length_band(e.length) == b for e in examples) for b in bands},
        "splits": sorted({e.split for e in examples}),
        "digest": "sha256:" + digest,
    }


def score_program_set(pset: ProgramSet, store, *, heads: Sequence[str] | None = None, layers: Sequence[int] | None = None,
                      split: str | None = None, same_checkpoint: bool = False, force: bool = False,
                      progress: bool = False) -> ScoreTable:
    """Score every program of ``pset`` (or ``heads``, or those of ``layers``) on the examples of an opened store.

    ``split`` keeps only the store's examples of one split (``heldout``...).
    The store's checkpoint must share the programs' architecture and
    tokenizer (see :mod:`headprog.audit.compat`); an AuditError otherwise.
    """
    relation = relate(pset.model, store.manifest.model, store.manifest.tokenizer, programs_folder=str(pset.folder),
                      same_checkpoint=same_checkpoint, force=force)
    examples = store.examples_of(split) if split else list(store.examples)
    if not examples:
        splits = sorted({e.split for e in store.examples})
        raise AuditError(f"the store {store.folder} has no examples" + (f" of split {split!r} (it has {', '.join(splits)})" if split else ""))
    names = select_heads(pset, store, heads, layers)
    summary = _examples_summary(examples)
    kinds = [e.kind for e in examples]
    bands = [length_band(e.length) for e in examples]
    table = ScoreTable(str(pset.folder), pset.model, str(store.folder), store.manifest.model, relation.kind, relation.note, summary)
    from tqdm import tqdm

    for name in tqdm(names, desc="score", unit="head", disable=not progress):
        record = pset.heads[name]
        parsed = parse_file(pset.folder / record["file"])
        program = parsed.program()
        layer, head = parse_head(name)
        s = score_program(program, store, layer, head, examples)
        per = np.asarray(s.per_sequence)
        recorded, origin = _recorded(parsed.header.scores_dict, record, kinds)
        table.heads[name] = HeadScore(
            head=name,
            label=record.get("label") or program.label or "mixed",
            iou=round(s.iou, 4),
            js=round(s.js, 4),
            n=s.n,
            by_kind={k: round(float(per[[x == k for x in kinds]].mean()), 4) for k in summary["kinds"]},
            by_band={b: round(float(per[[x == b for x in bands]].mean()), 4) for b in summary["bands"]},
            recorded_iou=recorded,
            recorded_from=origin,
            program_hash=program.hash,
            hash_matches=record.get("program_hash") in (None, program.hash),
            per_sequence=tuple(round(float(v), 4) for v in per),
        )
    return table

"""The store a score or check reads: one given, or one recorded on the fly from a checkpoint and a corpus.

Recording on the fly records only the layers and heads that will be scored,
into a given folder (kept, and resumed like any store) or a temporary one
that is removed afterwards. With no text named, the text is the program
set's own held-out text (:func:`own_heldout_text`), on which its headers'
IoUs were measured, so the same checkpoint reproduces them.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from headprog.attention import store as store_mod
from headprog.audit.compat import AuditError
from headprog.language.program_set import ProgramSet, parse_head

__all__ = ["RecordOptions", "TextChoice", "opened_store", "own_heldout_text", "wanted_heads"]


@dataclass(frozen=True)
class RecordOptions:
    """How to record text on the fly: as ``headprog extract`` takes it."""

    examples: int = 16  # per kind (synthesis and held-out parts together)
    kinds: tuple[str, ...] = ("passage", "sentence")
    max_tokens: int = 128
    all: bool = False  # every document / line / sentence of the corpus, whole
    seed: int = 0
    batch_size: int = 8


@dataclass(frozen=True)
class TextChoice:
    """Where the text to score comes from when none is named."""

    store: str | None
    corpus: str | None
    record: RecordOptions
    split: str
    note: str


def own_heldout_text(pset: ProgramSet, *, reuse_store: bool = True) -> TextChoice:
    """The held-out text the set's header IoUs were measured on: its store if still there, else the same examples recorded again.

    The manifest records the store's folder, corpus, seed and number of
    examples; the kinds are those of the headers' per-kind scores and the
    passage length is the main job's (128 tokens), since the manifest does not
    record it. ``reuse_store=False`` (another checkpoint) always records again.
    """
    info = pset.extra.get("store") or {}
    corpus = (info.get("corpus") or {}).get("spec")
    if not info or not corpus:
        raise AuditError(f"{pset.folder} records no store or corpus it was scored on; give the text with --store or --corpus")
    path = info.get("path")
    if reuse_store and path and (Path(path) / "manifest.json").is_file():
        return TextChoice(str(path), None, RecordOptions(), "heldout", f"held-out examples of the set's own store {path}")
    keys = {k for r in pset.heads.values() for k in r}
    kinds = tuple(k for k in ("passage", "sentence", "document", "line") if f"heldout_iou_{k}" in keys) or ("passage",)
    per_kind = max(1, int(info.get("examples") or 48) // len(kinds))
    record = RecordOptions(examples=per_kind, kinds=kinds, max_tokens=128, seed=int((info.get("corpus") or {}).get("seed") or 0))
    note = f"the set's held-out text recorded again: corpus {corpus}, {per_kind} {'+'.join(kinds)} examples per kind (held-out part), 128-token passages"
    return TextChoice(None, corpus, record, "heldout", note)


def wanted_heads(pset: ProgramSet, heads: Sequence[str] | None, layers: Sequence[int] | None) -> list[tuple[int, int]]:
    """(layer, head) of every program to score: the named heads, else all, limited to ``layers``."""
    names = list(heads) if heads else list(pset.heads)
    for name in names:
        if name not in pset.heads:
            raise AuditError(f"{pset.folder} has no program for head {name}; it covers {len(pset.heads)} heads")
    pairs = [parse_head(n) for n in names]
    if layers is not None:
        pairs = [p for p in pairs if p[0] in set(layers)]
    if not pairs:
        raise AuditError(f"no head to score: --layers {list(layers or [])} holds none of the {len(names)} heads asked for")
    return sorted(set(pairs))


@contextlib.contextmanager
def opened_store(pset: ProgramSet, *, store: str | Path | None = None, model: str | None = None, corpus: str | None = None,
                 heads: Sequence[str] | None = None, layers: Sequence[int] | None = None,
                 record: RecordOptions | None = None, progress: bool = False) -> Iterator[store_mod.AttentionStore]:
    """The store to score on: ``store`` as it is, or (with ``corpus``) recorded from ``model`` into ``store`` or a temporary folder.

    With a store and a model but no corpus, the store must have been recorded
    from that model (same fingerprint): a check of a checkpoint on text
    recorded from another checkpoint would check the other one.
    """
    if corpus is None:
        if store is None:
            raise AuditError("give the text to score on: --store STORE (from `headprog extract`), or --corpus FILE to record it from --model")
        opened = store_mod.open(store)
        if model is not None:
            _require_recorded_from(opened, model)
        yield opened
        return
    from headprog.attention.extract import ExtractOptions, extract

    pairs = wanted_heads(pset, heads, layers)
    record = record or RecordOptions()
    spec = model or pset.model.get("spec")
    if not spec:
        raise AuditError(f"{pset.folder} names no model spec; pass --model CHECKPOINT")
    opts = ExtractOptions(
        model=spec, corpus=corpus, examples=record.examples, max_tokens=record.max_tokens, kinds=tuple(record.kinds),
        seed=record.seed, layers=sorted({l for l, _ in pairs}), heads=sorted({h for _, h in pairs}),
        batch_size=record.batch_size, all=record.all,
    )  # fmt: skip
    folder = Path(store) if store is not None else Path(tempfile.mkdtemp(prefix="headprog-score-"))
    try:
        extract(folder, opts, progress=progress)
        yield store_mod.open(folder)
    finally:
        if store is None:
            shutil.rmtree(folder, ignore_errors=True)


def _require_recorded_from(opened: store_mod.AttentionStore, model: str) -> None:
    from headprog.data import models

    loaded = models.load(model)
    recorded = opened.manifest.model
    if recorded.get("fingerprint") != loaded.fingerprint:
        raise AuditError(
            f"the store {opened.folder} was recorded from {recorded.get('name')} ({recorded.get('fingerprint')}), not from the "
            f"checkpoint given, {loaded.name} ({loaded.fingerprint}); record the text from that checkpoint with --corpus FILE "
            f"(or `headprog extract --model {model}`)"
        )

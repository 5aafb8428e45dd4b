"""Whole examples: documents, lines and sentences of a corpus taken as they are, not cut to a length.

Two uses:

- ``headprog extract --all`` (:func:`plan_all`): a *targeted* example set, say
  twenty stories that show a failure mode, is recorded unit by unit in file
  order, with no split (every example's split is ``all``) and no length
  window; a unit longer than ``--max-tokens`` or with no tokens is an error
  that names it;
- ``--kinds document`` or ``line`` without ``--all`` (:func:`sample_whole`):
  whole units of at most ``--max-tokens`` tokens from one split, in the
  split's order, as passages and sentences are sampled.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from headprog.attention.store import StoreError
from headprog.data.corpus import Document, split_sentences

#: Kinds whose examples are whole units of the text rather than windows cut from it.
WHOLE_KINDS = ("document", "line", "sentence")

__all__ = ["WHOLE_KINDS", "Unit", "plan_all", "sample_whole", "units"]


@dataclass(frozen=True)
class Unit:
    """One whole unit of text and its tokens (BOS included when the model adds one)."""

    doc_id: str
    kind: str
    text: str
    ids: list[int]


def units(docs: Iterable[Document], kind: str) -> Iterator[tuple[str, str]]:
    """(document id, text) of every unit of a kind, in document order."""
    for doc in docs:
        if kind == "document":
            yield doc.id, doc.text
        elif kind == "line":
            for line in doc.text.splitlines():
                if line.strip():
                    yield doc.id, line.strip()
        elif kind == "sentence":
            for sentence in split_sentences(doc.text):
                yield doc.id, sentence
        else:
            raise StoreError(f"unknown whole-unit kind {kind!r}; expected one of {', '.join(WHOLE_KINDS)}")


def _encoded(pairs: Iterable[tuple[str, str]], kind: str, loaded: Any, batch: int = 64) -> Iterator[Unit]:
    """Tokenize units lazily in batches; BOS first when the model's tokenizer adds one."""
    prefix = [loaded.bos_token_id] if loaded.adds_bos and loaded.bos_token_id is not None else []
    pending: list[tuple[str, str]] = []

    def flush() -> Iterator[Unit]:
        encoded = loaded.tokenizer([t for _, t in pending], add_special_tokens=False, verbose=False)["input_ids"]
        for (doc_id, text), ids in zip(pending, encoded):
            yield Unit(doc_id, kind, text, prefix + list(ids))

    for pair in pairs:
        pending.append(pair)
        if len(pending) == batch:
            yield from flush()
            pending = []
    if pending:
        yield from flush()


def _preview(text: str, width: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 3] + "..."


def plan_all(docs: list[Document], source: str, loaded: Any, kinds: tuple[str, ...], max_tokens: int) -> list[Unit]:
    """Every unit of ``kinds`` in ``docs``, in file order; a clear error for an empty or over-long one."""
    bad = [k for k in kinds if k not in WHOLE_KINDS]
    if bad:
        raise StoreError(
            f"--all records whole units of the text: kinds {', '.join(WHOLE_KINDS)}; got {', '.join(bad)} "
            "(passages are windows cut to --max-tokens: record them without --all)"
        )
    out: list[Unit] = []
    for kind in kinds:
        for number, unit in enumerate(_encoded(units(docs, kind), kind, loaded), start=1):
            text_tokens = len(unit.ids) - (1 if loaded.adds_bos else 0)
            where = f"{kind} {number} of {source} (document {unit.doc_id!r}: {_preview(unit.text)!r})"
            if text_tokens == 0:
                raise StoreError(f"{where} gives no tokens; remove it from the file")
            if len(unit.ids) > max_tokens:
                raise StoreError(
                    f"{where} has {len(unit.ids)} tokens, more than --max-tokens {max_tokens}; raise --max-tokens "
                    f"(this model takes up to {loaded.max_positions}) or split it into shorter {kind}s"
                )
            out.append(unit)
    if not out:
        raise StoreError(f"{source} gave no {' or '.join(kinds)} to record; the example set is empty")
    return out


def sample_whole(docs: list[Document], loaded: Any, kind: str, n: int, max_tokens: int, part: str) -> list[Unit]:
    """The first ``n`` units of a kind with at most ``max_tokens`` tokens, in the split's document order."""
    out: list[Unit] = []
    longer = 0
    for unit in _encoded(units(docs, kind), kind, loaded):
        if len(unit.ids) > max_tokens:
            longer += 1
            continue
        if len(unit.ids) > (1 if loaded.adds_bos else 0):
            out.append(unit)
        if len(out) >= n:
            return out
    hint = f" ({longer} were longer than --max-tokens {max_tokens})" if longer else ""
    raise StoreError(f"the corpus gave only {len(out)} {kind}s of at most {max_tokens} tokens for the {part} split{hint}; {n} were asked for")

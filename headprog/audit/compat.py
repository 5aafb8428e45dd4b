"""Whether a program set describes the checkpoint a store was recorded from.

A program set's manifest names the model it was made for by a *fingerprint*:
a hash of the architecture config and of every weight. Equal fingerprints
mean the very same weights. Scoring and checking a set on **another
checkpoint of the same architecture** (fine-tuned, retrained, quantized back
to float) is the point of a regression test, so a different fingerprint is
allowed when the architecture (family, layers, heads) and the tokenizer
match: programs read token ids and the features of token surfaces, so they
only mean something under the tokenizer they were made with. Another
architecture or tokenizer is refused unless forced; ``same_checkpoint=True``
(``--same-checkpoint``) also refuses a different fingerprint, for a check
that the programs belong to exactly this checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from headprog.errors import HeadprogError

__all__ = ["AuditError", "Relation", "relate"]


class AuditError(HeadprogError):
    """A program set, store or checkpoint that cannot be scored or checked together."""


@dataclass(frozen=True)
class Relation:
    """How the checkpoint being scored relates to the one the programs were made for."""

    kind: str  # "same checkpoint", "same architecture" or "forced"
    note: str  # one line for people


def _describe(model: dict[str, Any]) -> str:
    return (
        f"{model.get('name')} ({model.get('family')}, {model.get('n_layers')} layers x {model.get('n_heads')} heads, "
        f"fingerprint {model.get('fingerprint')})"
    )


def relate(programs_model: dict[str, Any], store_model: dict[str, Any], store_tokenizer: dict[str, Any] | None = None, *,
           programs_folder: str = "the program set", same_checkpoint: bool = False, force: bool = False) -> Relation:
    """The relation of a store's checkpoint to a program set's; an AuditError when they do not fit together."""
    mine, theirs = programs_model.get("fingerprint"), store_model.get("fingerprint")
    if mine is not None and mine == theirs:
        return Relation("same checkpoint", f"the checkpoint the programs were made for: {_describe(store_model)}")
    differences = [
        f"{key} {programs_model.get(key)} vs {store_model.get(key)}"
        for key in ("family", "n_layers", "n_heads")
        if programs_model.get(key) is not None and store_model.get(key) is not None and programs_model.get(key) != store_model.get(key)
    ]
    tokenizer_mine = programs_model.get("tokenizer")
    tokenizer_theirs = (store_tokenizer or {}).get("fingerprint")
    if tokenizer_mine and tokenizer_theirs and tokenizer_mine != tokenizer_theirs:
        differences.append(f"tokenizer {tokenizer_mine} vs {tokenizer_theirs}")
    made_for = f"{programs_folder} was made for {_describe(programs_model)}"
    given = f"the text was recorded from {_describe(store_model)}"
    if differences:
        if force:
            return Relation("forced", f"forced: {made_for}; {given} ({', '.join(differences)})")
        raise AuditError(
            f"{made_for}, but {given}: another architecture or tokenizer ({', '.join(differences)}). A program set only "
            "describes checkpoints of the architecture and tokenizer it was made for; use programs made for this model, "
            "or --force to score them anyway"
        )
    if same_checkpoint:
        raise AuditError(
            f"{made_for}, but {given}: the fingerprints differ, so these are other weights "
            "(--same-checkpoint asks for the very checkpoint the programs were made for)"
        )
    tokenizer_note = "" if tokenizer_mine else "; the program set records no tokenizer, so the same tokenizer is assumed"
    return Relation(
        "same architecture",
        f"another checkpoint of the same architecture: programs made for {mine}, text recorded from {store_model.get('name')} ({theirs}){tokenizer_note}",
    )

"""What a head does, in words: the role of each search term, and a head's label from its ladder.

Two classifications live here:

- :func:`family_label`, the search's own label of a program (the term family
  holding at least half of the program's importance, else ``"mixed"``): what
  ``label=`` in a program file says;
- :func:`label_roles`, the label of a head from its explanation ladder
  (:class:`headprog.language.ladder.Ladder`): the roles of its first rungs,
  as few as reach half of the full program's gain over the uniform pattern,
  with the share of the full program's IoU the first rung already reaches.
  ``"mixed"`` only where no rung of up to 3 terms reaches half of that gain.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from headprog.language.ladder import Ladder
from headprog.synthesis.terms import Term

__all__ = ["ROLES", "Role", "family_label", "label_roles", "term_role"]

FIRST = "first token (sink)"
WORD_CLASS = "word-class preference"

#: The role of each term of the search library (by name) and of each table family.
ROLES: dict[str, str] = {
    **dict.fromkeys(("prev", "prev_from_continuation", "prev_from_function_word", "prev-by-class", "prev-by-key-class"), "previous token"),
    **dict.fromkeys(("self", "self_word_start", "self-by-class"), "current token"),
    **dict.fromkeys(("first", "second", "third", "first_early", "first_late", "first_from_punct", "first_from_word_start",
                     "first_from_sentence_end", "first_from_capitalized", "first_from_digit", "first_from_function_word",
                     "first-by-class", "first-by-position", "first-by-rarity"), FIRST),
    **dict.fromkeys(("duplicate", "duplicate_text", "recent_duplicate"), "duplicate token"),
    **dict.fromkeys(("induction", "same_prev", "recent_induction"), "induction"),
    **dict.fromkeys(("sentence_start", "in_sentence", "sentence-key-class"), "sentence start"),
    **dict.fromkeys(("word_start", "last_word_start"), "word start"),
    **dict.fromkeys(("last_punct", "after_punct", "last_sentence_end", "last_newline", "punct", "sentence_end", "newline"), "punctuation"),
    **dict.fromkeys(("prev2", "prev3", "recent1", "recent3", "recent10", "recent30"), "local window"),
    "recent100": "broad (near uniform)",
    **dict.fromkeys(("key-class", "same_word_class", "function_word", "content_word", "last_function_word", "after_function_word",
                     "capitalized", "digit", "last_capitalized", "word_start_key"), WORD_CLASS),
    **dict.fromkeys(("rare", "key-rarity", "key-count", "first_occurrence"), "rare or new tokens"),
}


def term_role(term: Term) -> str:
    """The role of a search term: a token sink names its token; a table entry has its family's role."""
    if term.family == "token sink":
        return f"token sink {term.name.split(' ', 1)[1]}" if " " in term.name else "token sink"
    name = term.table.family if term.table is not None else term.name
    return ROLES.get(name, term.family if term.family not in ("mixed", "uniform") else "other")


def family_label(importance: Mapping[str, float]) -> str:
    """The search's label of a program: the term family with at least half of its importance, else "mixed".

    ``importance``: each term family's share of the program (|weight| x spread of its terms).
    """
    if not importance:
        return "uniform"
    total = sum(importance.values()) or 1.0
    family, share = max(importance.items(), key=lambda kv: (kv[1], kv[0]))
    return family if share / total >= 0.5 else "mixed"


@dataclass(frozen=True)
class Role:
    """A head's label from its ladder."""

    label: str  # e.g. "previous token", "first token (sink) + previous token", "mixed"
    roles: tuple[str, ...]  # the roles the label names, first rung first
    terms: int  # terms of the rung that reaches the threshold (0: none does)
    share: float  # held-out IoU of rung 1 as a share of the full program's
    gain: float  # share of the full program's gain over uniform that rung ``terms`` reaches (rung 1 when none does)


def label_roles(ladder: Ladder, *, max_terms: int = 3, threshold: float = 0.5) -> Role:
    """A head's label: the roles of its first rungs, as few as reach ``threshold`` of the full gain.

    The gain of a rung is how far its held-out IoU goes from the uniform
    pattern's towards the full program's. A head whose full program barely
    beats the uniform pattern (gain under 0.01 IoU) is "broad (near uniform)";
    one where no rung of at most ``max_terms`` terms reaches the threshold is "mixed".
    """
    full = ladder.full_iou
    # Refits that beat the full program explain the head at least as well as it does: they count here.
    rungs = sorted([*ladder.rungs, *ladder.above], key=lambda r: r.terms)
    share = rungs[0].iou / full if rungs and full > 0 else 1.0
    if full - ladder.uniform_iou < 0.01:
        return Role("broad (near uniform)", ("broad (near uniform)",), 0, share, 0.0)
    roles: list[str] = []
    for rung in rungs:
        if rung.terms > max_terms:
            break
        if rung.role not in roles:
            roles.append(rung.role)
        gain = ladder.gain(rung.iou) if rung.iou <= full else 1.0
        if gain >= threshold:
            return Role(" + ".join(roles), tuple(roles), rung.terms, share, gain)
    if ladder.full_terms <= max_terms:  # the full program is short enough to be named whole
        for _, role in ladder.order:
            if role not in roles:
                roles.append(role)
        return Role(" + ".join(roles) or "mixed", tuple(roles), ladder.full_terms, share, 1.0)
    return Role("mixed", tuple(roles), 0, share, ladder.gain(rungs[0].iou) if rungs else 0.0)

"""The term library of the offline search: small, named, readable expressions.

A head program found by the offline search is a weighted sum of these terms
(in softmax mode: a log-linear model over them; in weights mode: a
non-negative mixture). Each term is DSL text, so what the search fits is
exactly what the program file says.

*Table terms* (:data:`TABLE_FAMILIES`) are the indicators of one class
(``word_class(q) == 3``, gated by a key such as ``k == 0``): the search fits
them one by one, and a program writes a whole family as one lookup, ``(k ==
0) * table(word_class(q), w0, w1, ...)``, so every head can weigh every class
and still have a short program whose structure it shares with the other heads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from headprog.language import ir
from headprog.features import FEATURE_LIBRARY_VERSION, WORD_CLASSES


@dataclass(frozen=True)
class Term:
    name: str
    text: str  # a DSL expression over q and k
    family: str  # for grouping heads into classes in reports
    selector: bool = False  # at most one key per row (usable in a selector program)
    table: TableEntry | None = None  # an entry of a table family, written with its family as one table(...)


@dataclass(frozen=True)
class TableEntry:
    """Entry ``index`` of the lookup ``gate * table(by, ...)`` (no gate: just the table)."""

    family: str  # the table family's name (TABLE_FAMILIES)
    gate: str  # DSL condition text, or "" for none
    by: str  # DSL text of the table's index, e.g. "word_class(k)"
    index: int
    size: int  # entries of the whole table

    @property
    def binding(self) -> str:
        """The name a program binds the family's table to, e.g. ``first_by_class``."""
        return self.family.replace("-", "_")


TERMS: tuple[Term, ...] = (
    Term("self", "k == q", "local", True),
    Term("prev", "k == q - 1", "previous token", True),
    Term("prev2", "k == q - 2", "local", True),
    Term("prev3", "k == q - 3", "local", True),
    Term("first", "k == 0", "first token", True),
    Term("sentence_start", "k == sentence_start(q)", "sentence start", True),
    Term("word_start", "k == word_start(q)", "local", True),
    Term("last_punct", "k == last(is_punct, q)", "punctuation", True),
    Term("after_punct", "k == last(is_punct, q) + 1", "punctuation", True),
    Term("last_sentence_end", "k == last(is_sentence_end, q)", "punctuation", True),
    Term("last_newline", "k == last(is_newline, q)", "punctuation", True),
    Term("last_capitalized", "k == last(is_capitalized, q)", "mixed", True),
    Term("last_word_start", "k == last(is_word_start, q)", "local", True),
    Term("duplicate", "k < q and token(k) == token(q)", "duplicate"),
    Term("duplicate_text", "k < q and lower(k) == lower(q)", "duplicate"),
    Term("induction", "prev_token(k) == token(q)", "induction"),
    Term("same_prev", "k < q and prev_token(k) == prev_token(q)", "induction"),
    Term("in_sentence", "k >= sentence_start(q)", "sentence start"),
    Term("punct", "is_punct(k)", "punctuation"),
    Term("sentence_end", "is_sentence_end(k)", "punctuation"),
    Term("newline", "is_newline(k)", "punctuation"),
    Term("word_start_key", "is_word_start(k)", "mixed"),
    Term("capitalized", "is_capitalized(k)", "mixed"),
    Term("digit", "is_digit(k)", "mixed"),
    Term("first_occurrence", "count(k) == 1", "mixed"),
    Term("recent1", "decay(q - k, 1.0)", "local window"),
    Term("recent3", "decay(q - k, 3.0)", "local window"),
    Term("recent10", "decay(q - k, 10.0)", "local window"),
    Term("recent30", "decay(q - k, 30.0)", "local window"),
    Term("recent100", "decay(q - k, 100.0)", "uniform"),
    Term("second", "k == 1", "first token", True),
    Term("third", "k == 2", "first token", True),
    Term("first_early", "(k == 0) * decay(q, 4.0)", "first token", True),
    Term("first_late", "(k == 0) * decay(q, 32.0)", "first token", True),
    Term("first_from_punct", "k == 0 and is_punct(q)", "first token", True),
    Term("first_from_word_start", "k == 0 and is_word_start(q)", "first token", True),
    Term("first_from_sentence_end", "k == 0 and is_sentence_end(q)", "first token", True),
    Term("first_from_capitalized", "k == 0 and is_capitalized(q)", "first token", True),
    Term("first_from_digit", "k == 0 and is_digit(q)", "first token", True),
    Term("self_word_start", "k == q and is_word_start(q)", "local", True),
    Term("prev_from_continuation", "k == q - 1 and not is_word_start(q)", "previous token", True),
    # Feature library v2: lexical classes, the most recent occurrence, token rarity.
    Term("recent_duplicate", "k == prev_occurrence(q)", "duplicate", True),
    Term("recent_induction", "k == prev_occurrence(q) + 1", "induction", True),
    Term("function_word", "is_function_word(k)", "mixed"),
    Term("content_word", "is_word_start(k) and not is_function_word(k) and not is_punct(k)", "mixed"),
    Term("last_function_word", "k == last(is_function_word, q)", "mixed", True),
    Term("after_function_word", "k == last(is_function_word, q) + 1", "mixed", True),
    Term("first_from_function_word", "k == 0 and is_function_word(q)", "first token", True),
    Term("prev_from_function_word", "k == q - 1 and is_function_word(q)", "previous token", True),
    Term("rare", "rarity(k) / 16.0", "mixed"),
    # Feature library v3 (its per-class terms are the table families below).
    Term("same_word_class", "k < q and word_class(k) == word_class(q)", "mixed"),
)


@dataclass(frozen=True)
class TableFamily:
    """A family of table terms: ``gate * table(by, ...)`` with one fitted entry per value of ``by``."""

    gate: str  # DSL condition text, or "" for none
    by: str  # the index, e.g. "word_class(q)"
    size: int
    family: str | None  # report family of its terms; None: by the key's word class
    names: tuple[str, ...] = ()  # names of the entries (default: their index)


#: The table families the offline search can give every head (``--tables``).
TABLE_FAMILIES: dict[str, TableFamily] = {
    "key-class": TableFamily("", "word_class(k)", len(WORD_CLASSES), None, WORD_CLASSES),
    "first-by-class": TableFamily("k == 0", "word_class(q)", len(WORD_CLASSES), "first token", WORD_CLASSES),
    "self-by-class": TableFamily("k == q", "word_class(q)", len(WORD_CLASSES), "local", WORD_CLASSES),
    "prev-by-class": TableFamily("k == q - 1", "word_class(q)", len(WORD_CLASSES), "previous token", WORD_CLASSES),
    "prev-by-key-class": TableFamily("k == q - 1", "word_class(k)", len(WORD_CLASSES), "previous token", WORD_CLASSES),
    "sentence-key-class": TableFamily("k >= sentence_start(q)", "word_class(k)", len(WORD_CLASSES), "sentence start", WORD_CLASSES),
    "first-by-position": TableFamily("k == 0", "min(q, 31)", 32, "first token"),
    "first-by-rarity": TableFamily("k == 0", "rarity(q)", 17, "first token"),
    "key-rarity": TableFamily("", "rarity(k)", 17, "mixed"),
    "key-count": TableFamily("", "min(count(k), 7)", 8, "mixed"),
}
#: The families a head gets by default: the key's word class, and the query's steering sink, self and previous token.
DEFAULT_TABLES: tuple[str, ...] = ("key-class", "first-by-class", "self-by-class", "prev-by-class")


def table_terms(names: tuple[str, ...] | list[str]) -> list[Term]:
    """The entries of the named table families, as terms the search fits one by one."""
    out = []
    for name in names:
        fam = TABLE_FAMILIES[name]
        for i in range(fam.size):
            label = fam.names[i] if fam.names else str(i)
            if fam.family is None:
                family = "punctuation" if label in ("punctuation", "sentence end", "newline") else "mixed"
            else:
                family = fam.family
            text = f"{fam.gate} and {fam.by} == {i}" if fam.gate else f"{fam.by} == {i}"
            selector = fam.gate.startswith("k == ")
            out.append(Term(f"{name} {label}", text, family, selector, TableEntry(name, fam.gate, fam.by, i, fam.size)))
    return out


@lru_cache(maxsize=4096)
def term_ir(text: str, features: str = FEATURE_LIBRARY_VERSION) -> ir.Node:
    """The typed IR of a term's text (parsed through the language front end) for a feature library version."""
    from headprog.language import parse_text

    source = f'"""\nfeatures: {features}\n"""\n@program\ndef term(q, k):\n    return {text}\n'
    return parse_text(source, filename="<term>").program().expr


def term_matrices(features: np.ndarray, texts: list[str]) -> np.ndarray:
    """Terms evaluated on one sequence: (T, T, J) float32, zero above the diagonal."""
    from headprog.compiler.reference import evaluate

    t = features.shape[1]
    causal = np.tril(np.ones((t, t), dtype=bool))
    out = np.empty((t, t, len(texts)), dtype=np.float32)
    for j, text in enumerate(texts):
        values = np.broadcast_to(evaluate(term_ir(text), features), (t, t))
        out[:, :, j] = np.where(causal, values, 0.0)
    return out

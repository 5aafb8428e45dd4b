"""The token-feature library that programs read (versioned).

Every feature is a value per token position ``p`` that depends only on the
tokens ``0..p`` (causal), so a head program can run inside KV-cache decoding.
Each feature is defined once here: its name, type, the version it appeared in,
what it returns for a position outside the sequence, and its documentation.
It is computed in two forms that are tested to agree:

- :func:`compute_features` (vectorised, a whole sequence at once), and
- :class:`FeatureStream` (one new token at a time, for generation).

Both produce rows of one float32 matrix of shape ``(len(ROWS), T)``; every
value is an integer below 2**24, so float32 holds it exactly and all backends
(NumPy, Numba, Triton) read the same table.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

FEATURE_LIBRARY_VERSION = "v4"
SUPPORTED_VERSIONS = ("v1", "v2", "v3", "v4")  # each version's features are a superset of the one before

#: Position of each version in SUPPORTED_VERSIONS, for "is this version at least that one".
_VERSION_ORDER: dict[str, int] = {v: i for i, v in enumerate(SUPPORTED_VERSIONS)}

#: Built-ins newer than v1, with the library version that brought them.
BUILTIN_SINCE: dict[str, str] = {"table": "v4"}


@dataclass(frozen=True)
class FeatureSpec:
    """One feature of the library."""

    name: str
    type: str  # "cat" (compare with == only), "bool", "pos" (a position), "int"
    since: str
    sentinel: int  # value read at a position outside 0..T-1
    doc: str


_SPECS = [
    FeatureSpec("token", "cat", "v1", -1, "Token id at p."),
    FeatureSpec(
        "lower",
        "cat",
        "v1",
        -1,
        "Text identity ignoring case and surrounding whitespace: the position of the first "
        "token in 0..p whose lowercased, stripped text equals p's. `lower(k) == lower(q)` "
        "matches ' The' with 'the'.",
    ),
    FeatureSpec("prev_token", "cat", "v1", -1, "Token id at p - 1 (-1 at p = 0). Induction: `prev_token(k) == token(q)`."),
    FeatureSpec("is_punct", "bool", "v1", 0, "The stripped text is non-empty and every character is Unicode punctuation (category P*)."),
    FeatureSpec("is_sentence_end", "bool", "v1", 0, "Punctuation that contains '.', '!' or '?'."),
    FeatureSpec("is_newline", "bool", "v1", 0, "The text contains a newline."),
    FeatureSpec(
        "is_word_start",
        "bool",
        "v1",
        0,
        "p = 0, or the text starts with whitespace, or the previous token's text ends with whitespace.",
    ),
    FeatureSpec("is_capitalized", "bool", "v1", 0, "The first non-whitespace character is an uppercase letter."),
    FeatureSpec("is_digit", "bool", "v1", 0, "The stripped text is non-empty and all digits."),
    FeatureSpec(
        "sentence_start",
        "pos",
        "v1",
        -1,
        "Position of the first token of p's sentence: one after the last sentence end or newline before p, else 0.",
    ),
    FeatureSpec("word_start", "pos", "v1", -1, "Position of the first token of p's word: the last word start at or before p."),
    FeatureSpec("count", "int", "v1", 0, "How often token(p) occurs in 0..p (1 at its first occurrence)."),
    FeatureSpec(
        "is_function_word",
        "bool",
        "v2",
        0,
        "A word start whose lowercased, stripped text is an English function word (article, pronoun, preposition, "
        "conjunction, auxiliary or modal verb, particle; the list is `FUNCTION_WORDS` in headprog/features.py).",
    ),
    FeatureSpec(
        "prev_occurrence",
        "pos",
        "v2",
        -1,
        "Position of the most recent j < p with token(j) == token(p), -1 if none. "
        "`k == prev_occurrence(q) + 1` is the key a sharp induction head picks.",
    ),
    FeatureSpec(
        "rarity",
        "int",
        "v2",
        0,
        "floor(log2(token(p) + 1)): byte-pair vocabularies number tokens in merge order, so a larger value is "
        "roughly a rarer token.",
    ),
    FeatureSpec(
        "word_class",
        "cat",
        "v3",
        -1,
        "Lexical class code: 0 content word, 1 continuation (a piece inside a word), 2 determiner, 3 pronoun, "
        "4 preposition, 5 conjunction, 6 auxiliary or modal verb, 7 particle, 8 punctuation, 9 sentence end, "
        "10 number, 11 name (a capitalized word start), 12 newline; the first that applies from 12 down to 8, "
        "then 10, 1, the function-word kinds 2-7 (`FUNCTION_WORD_KINDS` in headprog/features.py), 11, else 0.",
    ),
]

#: Closed-class English words by kind (lowercased); ``word_class`` tells the kinds apart.
FUNCTION_WORD_KINDS: dict[str, frozenset[str]] = {
    "determiner": frozenset(
        "a an the this that these those each every either neither some any no all both half such what which whose".split()
    ),
    "pronoun": frozenset(
        """i me my mine myself you your yours yourself yourselves he him his himself she her hers herself it its itself
        we us our ours ourselves they them their theirs themselves one who whom whoever whatever""".split()
    ),
    "preposition": frozenset(
        """of in on at by for with from to into onto upon about above below over under between among through during
        before after since until till against across along around behind beyond near off out up down within without
        via per than as like unlike despite towards toward throughout beside besides""".split()
    ),
    "conjunction": frozenset("and or but nor so yet if because although though while whereas unless whether when where how why then".split()),
    "auxiliary": frozenset(
        """be am is are was were been being have has had having do does did done doing
        can could may might must shall should will would ought""".split()
    ),
    "particle": frozenset("not there here also too very just only even still".split()),
}

#: Lowercased words that ``is_function_word`` accepts (closed-class English words).
FUNCTION_WORDS: frozenset[str] = frozenset().union(*FUNCTION_WORD_KINDS.values())

#: ``word_class`` codes, in code order (a program compares ``word_class(k) == 4``).
WORD_CLASSES: tuple[str, ...] = (
    "content word",  # 0: a word start that is none of the below
    "continuation",  # 1: a piece inside a word (not a word start), not punctuation or digits
    "determiner",  # 2
    "pronoun",  # 3
    "preposition",  # 4
    "conjunction",  # 5
    "auxiliary",  # 6: auxiliary and modal verbs
    "particle",  # 7: not, there, here, also, too, very, just, only, even, still
    "punctuation",  # 8: punctuation that ends no sentence
    "sentence end",  # 9
    "number",  # 10: digits
    "name",  # 11: a capitalized word start that is no function word
    "newline",  # 12
)
WORD_CLASS_CODE: dict[str, int] = {name: code for code, name in enumerate(WORD_CLASSES)}

FEATURES: dict[str, FeatureSpec] = {s.name: s for s in _SPECS}

#: Boolean classes that ``last(cls, p)`` accepts.
CLASSES: tuple[str, ...] = tuple(s.name for s in _SPECS if s.type == "bool")

LAST_DOC = (
    "last(cls, p): position of the most recent token j < p with cls(j) true, -1 if none. "
    "cls is one of: " + ", ".join(CLASSES) + "."
)

#: Row order of the feature matrix. ``last_<cls>`` rows hold last(cls, p).
ROWS: tuple[str, ...] = tuple(s.name for s in _SPECS) + tuple(f"last_{c}" for c in CLASSES)
ROW_INDEX: dict[str, int] = {name: i for i, name in enumerate(ROWS)}
ROW_SENTINEL: tuple[int, ...] = tuple(s.sentinel for s in _SPECS) + tuple(-1 for _ in CLASSES)


def row_of(feature: str, cls: str | None = None) -> int:
    """Row index of ``feature`` (or of ``last(cls, ·)`` when feature is ``"last"``)."""
    return ROW_INDEX[f"last_{cls}" if feature == "last" else feature]


def oldest_version(used: set[str]) -> str:
    """The oldest library version that has every feature, ``last`` class or built-in in ``used``.

    Synthesized files declare it, so a program that needs nothing new stays
    readable by an older headprog.
    """
    since = [FEATURES[n].since for n in used if n in FEATURES] + [BUILTIN_SINCE[n] for n in used if n in BUILTIN_SINCE]
    return max(since, key=_VERSION_ORDER.__getitem__, default=SUPPORTED_VERSIONS[0])


def has_builtin(version: str, name: str) -> bool:
    """Whether a program declaring library ``version`` may call the built-in ``name``."""
    return _VERSION_ORDER[BUILTIN_SINCE.get(name, SUPPORTED_VERSIONS[0])] <= _VERSION_ORDER[version]


def features_in(version: str) -> list[str]:
    """Names of the features a program declaring ``version`` may use."""
    return [s.name for s in _SPECS if _VERSION_ORDER[s.since] <= _VERSION_ORDER[version]]


# ---------------------------------------------------------------------------
# Per-token classes: a function of one token's text only, so trivially causal.


@dataclass(frozen=True)
class TokenClass:
    is_punct: bool
    is_sentence_end: bool
    is_newline: bool
    starts_with_space: bool
    ends_with_space: bool
    is_capitalized: bool
    is_digit: bool
    key: str  # lowercased, stripped text


@lru_cache(maxsize=200_000)
def classify(text: str) -> TokenClass:
    """Classes of a token from its surface text (leading space kept)."""
    stripped = text.strip()
    punct = bool(stripped) and all(unicodedata.category(ch).startswith("P") for ch in stripped)
    first = next((ch for ch in text if not ch.isspace()), "")
    return TokenClass(
        is_punct=punct,
        is_sentence_end=punct and any(ch in ".!?" for ch in stripped),
        is_newline="\n" in text,
        starts_with_space=bool(text) and text[0].isspace(),
        ends_with_space=bool(text) and text[-1].isspace(),
        is_capitalized=first.isupper(),
        is_digit=bool(stripped) and stripped.isdigit(),
        key=stripped.lower(),
    )


def word_class(c: TokenClass, word_start: bool) -> int:
    """The ``word_class`` code of a token from its classes and whether it starts a word."""
    if c.is_newline:
        return WORD_CLASS_CODE["newline"]
    if c.is_sentence_end:
        return WORD_CLASS_CODE["sentence end"]
    if c.is_punct:
        return WORD_CLASS_CODE["punctuation"]
    if c.is_digit:
        return WORD_CLASS_CODE["number"]
    if not word_start:
        return WORD_CLASS_CODE["continuation"]
    for kind, words in FUNCTION_WORD_KINDS.items():
        if c.key in words:
            return WORD_CLASS_CODE[kind]
    return WORD_CLASS_CODE["name" if c.is_capitalized else "content word"]


# ---------------------------------------------------------------------------
# Vectorised form.


def _last_before(flag: np.ndarray) -> np.ndarray:
    """For each p, the largest j < p with flag[j], else -1."""
    t = len(flag)
    marked = np.where(flag, np.arange(t), -1)
    upto = np.maximum.accumulate(marked) if t else marked
    out = np.full(t, -1, dtype=np.int64)
    out[1:] = upto[:-1]
    return out


def _occurrence_count(ids: np.ndarray) -> np.ndarray:
    """For each p, the number of j <= p with ids[j] == ids[p]."""
    t = len(ids)
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    new_group = np.ones(t, dtype=bool)
    new_group[1:] = sorted_ids[1:] != sorted_ids[:-1]
    group_start = np.maximum.accumulate(np.where(new_group, np.arange(t), 0)) if t else new_group
    counts = np.empty(t, dtype=np.int64)
    counts[order] = np.arange(t) - group_start + 1
    return counts


def _previous_occurrence(ids: np.ndarray) -> np.ndarray:
    """For each p, the largest j < p with ids[j] == ids[p], else -1."""
    t = len(ids)
    order = np.argsort(ids, kind="stable")  # equal ids stay in position order
    out = np.full(t, -1, dtype=np.int64)
    if t > 1:
        same = ids[order[1:]] == ids[order[:-1]]
        out[order[1:][same]] = order[:-1][same]
    return out


def _rarity(ids: np.ndarray) -> np.ndarray:
    """floor(log2(id + 1)) of each token id."""
    return np.floor(np.log2(ids.astype(np.float64) + 1.0)).astype(np.int64)


def compute_features(ids: Sequence[int], texts: Sequence[str]) -> np.ndarray:
    """The feature matrix (``len(ROWS)`` × T, float32) of one token sequence.

    ``texts`` are the surface strings of the tokens (see :mod:`headprog.data.tokens`).
    """
    if len(ids) != len(texts):
        raise ValueError(f"{len(ids)} token ids but {len(texts)} token strings")
    t = len(ids)
    ids_arr = np.asarray(ids, dtype=np.int64)
    if t and (ids_arr.min() < 0 or ids_arr.max() >= 2**24):
        raise ValueError("token ids must lie in [0, 2**24) to be held exactly in float32")
    classes = [classify(s) for s in texts]
    flag = {name: np.array([getattr(c, name) for c in classes], dtype=bool) for name in ("is_punct", "is_sentence_end", "is_newline", "is_capitalized", "is_digit")}
    starts_space = np.array([c.starts_with_space for c in classes], dtype=bool)
    ends_space = np.array([c.ends_with_space for c in classes], dtype=bool)
    word_start = starts_space.copy()
    if t:
        word_start[0] = True
        word_start[1:] |= ends_space[:-1]
    flag["is_word_start"] = word_start
    flag["is_function_word"] = word_start & np.array([c.key in FUNCTION_WORDS for c in classes], dtype=bool)

    keys: dict[str, int] = {}
    lower = np.array([keys.setdefault(c.key, p) for p, c in enumerate(classes)], dtype=np.int64)
    prev = np.full(t, -1, dtype=np.int64)
    prev[1:] = ids_arr[:-1]
    boundary = flag["is_sentence_end"] | flag["is_newline"]
    positions = np.arange(t)

    rows = {
        "token": ids_arr,
        "lower": lower,
        "prev_token": prev,
        **flag,
        "sentence_start": _last_before(boundary) + 1,
        "word_start": np.maximum.accumulate(np.where(word_start, positions, 0)) if t else positions,
        "count": _occurrence_count(ids_arr),
        "prev_occurrence": _previous_occurrence(ids_arr),
        "rarity": _rarity(ids_arr),
        "word_class": np.array([word_class(c, bool(w)) for c, w in zip(classes, word_start)], dtype=np.int64),
    }
    for cls in CLASSES:
        rows[f"last_{cls}"] = _last_before(flag[cls])
    out = np.empty((len(ROWS), t), dtype=np.float32)
    for i, name in enumerate(ROWS):
        out[i] = rows[name]
    return out


def stack_features(per_sequence: Sequence[np.ndarray], length: int | None = None) -> np.ndarray:
    """Stack per-sequence matrices into ``(B, len(ROWS), T)``, padding short ones.

    Padding columns hold the sentinels; they are never read by a causal program
    for a query inside the sequence.
    """
    t = length if length is not None else max((f.shape[1] for f in per_sequence), default=0)
    out = np.empty((len(per_sequence), len(ROWS), t), dtype=np.float32)
    out[:] = np.asarray(ROW_SENTINEL, dtype=np.float32)[None, :, None]
    for b, f in enumerate(per_sequence):
        out[b, :, : f.shape[1]] = f[:, :t]
    return out


# ---------------------------------------------------------------------------
# Streaming form.


@dataclass(frozen=True)
class TokenFacts:
    """What a streamed token's column needs from its text alone, worked out once per text (:func:`token_facts`)."""

    flags: tuple[bool, bool, bool, bool, bool]  # is_punct, is_sentence_end, is_newline, is_capitalized, is_digit
    starts_with_space: bool
    ends_with_space: bool
    key: str
    function_word: bool  # a closed-class word, when it starts a word
    class_at_start: int  # word_class when the token starts a word
    class_inside: int  # word_class when it does not


@lru_cache(maxsize=200_000)
def token_facts(text: str) -> TokenFacts:
    """The :class:`TokenFacts` of a token's surface text."""
    c = classify(text)
    return TokenFacts(
        flags=(c.is_punct, c.is_sentence_end, c.is_newline, c.is_capitalized, c.is_digit),
        starts_with_space=c.starts_with_space,
        ends_with_space=c.ends_with_space,
        key=c.key,
        function_word=c.key in FUNCTION_WORDS,
        class_at_start=word_class(c, True),
        class_inside=word_class(c, False),
    )


# The streaming column is built positionally (a decode step pays for every name it looks up): the row order it assumes.
_STREAM_ROWS = (
    "token", "lower", "prev_token", "is_punct", "is_sentence_end", "is_newline", "is_word_start", "is_capitalized", "is_digit",
    "sentence_start", "word_start", "count", "is_function_word", "prev_occurrence", "rarity", "word_class",
    *(f"last_{c}" for c in CLASSES),
)
assert ROWS == _STREAM_ROWS, "FeatureStream.values builds its column in _STREAM_ROWS order"
assert CLASSES == ("is_punct", "is_sentence_end", "is_newline", "is_word_start", "is_capitalized", "is_digit", "is_function_word")


class FeatureStream:
    """Computes the feature column of each new token from the tokens before it.

    Used by KV-cache generation: the state is O(vocabulary seen), and
    ``push`` costs O(1) per token.
    """

    def __init__(self) -> None:
        self.position = 0
        self._prev_id = -1
        self._prev_ends_space = False
        self._last = [-1] * len(CLASSES)  # last(cls, position), in CLASSES order
        self._last_word_start = 0
        self._counts: dict[int, int] = {}
        self._last_seen: dict[int, int] = {}
        self._first_key: dict[str, int] = {}

    @classmethod
    def resume(cls, token_ids: list[int], texts: list[str], columns: np.ndarray) -> FeatureStream:
        """The stream that has pushed ``token_ids`` already, rebuilt from their feature ``columns`` (rows, n).

        Equal to pushing the tokens one by one (tested), in a few vectorised
        passes: decoding after a long prompt starts from its forward's
        features instead of replaying every token.
        """
        stream = cls()
        n = len(token_ids)
        if n == 0:
            return stream
        stream.position = n
        stream._prev_id = int(token_ids[-1])
        stream._prev_ends_space = classify(texts[-1]).ends_with_space
        for i, name in enumerate(CLASSES):
            seen = np.flatnonzero(columns[ROW_INDEX[name], :n])
            stream._last[i] = int(seen[-1]) if len(seen) else -1
        stream._last_word_start = int(columns[ROW_INDEX["word_start"], n - 1])
        ids, counts = np.unique(np.asarray(token_ids, dtype=np.int64), return_counts=True)
        stream._counts = dict(zip(ids.tolist(), counts.tolist()))
        stream._last_seen = {t: p for p, t in enumerate(token_ids)}  # the last occurrence wins
        firsts = columns[ROW_INDEX["lower"], :n].astype(np.int64).tolist()
        stream._first_key = {classify(t).key: f for t, f in zip(texts, firsts)}
        return stream

    def push(self, token_id: int, text: str) -> np.ndarray:
        """Add one token; return its feature column (``len(ROWS)`` float32)."""
        return np.array(self.values(token_id, text), dtype=np.float32)

    def values(self, token_id: int, text: str) -> list[int]:
        """Add one token; return its feature column as a list in ``ROWS`` order (what :meth:`push` returns as an array)."""
        p = self.position
        f = token_facts(text)
        punct, sentence_end, newline, capitalized, digit = f.flags
        word_start = p == 0 or f.starts_with_space or self._prev_ends_space
        function_word = word_start and f.function_word
        if word_start:
            self._last_word_start = p
        count = self._counts[token_id] = self._counts.get(token_id, 0) + 1
        last = self._last
        column = [
            token_id, self._first_key.setdefault(f.key, p), self._prev_id,
            punct, sentence_end, newline, word_start, capitalized, digit,
            max(last[1], last[2]) + 1, self._last_word_start, count, function_word,
            self._last_seen.get(token_id, -1),
            math.floor(math.log2(token_id + 1.0)),  # _rarity of one id, without an array
            f.class_at_start if word_start else f.class_inside,
            *last,
        ]
        # State for the next token: "last before p+1" may now be p.
        for i, flag in enumerate((punct, sentence_end, newline, word_start, capitalized, digit, function_word)):
            if flag:
                last[i] = p
        self._last_seen[token_id] = p
        self._prev_id = token_id
        self._prev_ends_space = f.ends_with_space
        self.position = p + 1
        return column

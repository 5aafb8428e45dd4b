"""The feature library: definitions, both tokenizer conventions, streaming = vectorised."""

from __future__ import annotations

import random

import numpy as np
import pytest

from headprog.features import (
    CLASSES,
    FEATURE_LIBRARY_VERSION,
    FEATURES,
    FUNCTION_WORD_KINDS,
    FUNCTION_WORDS,
    WORD_CLASSES,
    ROW_INDEX,
    ROWS,
    SUPPORTED_VERSIONS,
    FeatureStream,
    compute_features,
    features_in,
)
from headprog.testing import random_sequence
from headprog.data.tokens import SimpleTokenizer, surface_strings


def column(f: np.ndarray, name: str) -> list[int]:
    return f[ROW_INDEX[name]].astype(int).tolist()


def test_definitions_on_a_sentence():
    ids, texts = SimpleTokenizer().tokenize("The cat sat. The cat ran, fast!\nNew 42.")
    f = compute_features(ids, texts)
    assert texts[:4] == ["The", " cat", " sat", "."]
    assert column(f, "is_punct") == [0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1]
    assert column(f, "is_sentence_end") == [0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1]
    assert column(f, "is_newline")[10] == 1
    assert column(f, "sentence_start") == [0, 0, 0, 0, 4, 4, 4, 4, 4, 4, 10, 11, 11, 11]
    assert column(f, "count")[5] == 2  # second " cat"
    assert column(f, "lower")[4] == 0  # " The" matches "The" ignoring case and space
    assert column(f, "prev_token")[0] == -1
    assert column(f, "last_is_punct")[8] == 7
    assert column(f, "is_digit")[12] == 1
    assert column(f, "is_capitalized") == [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0]
    assert column(f, "word_start")[3] == 2  # "." continues the word " sat"


def test_bytelevel_and_sentencepiece_pieces_give_the_same_features():
    text_pieces = {
        "bytelevel": ["The", "Ġcat", "Ġsat", ".", "Ċ", "ĠIt", "Ġran", "!"],
        "sentencepiece": ["▁The", "▁cat", "▁sat", ".", "<0x0A>", "▁It", "▁ran", "!"],
    }
    gpt2 = surface_strings(text_pieces["bytelevel"], "bytelevel")
    llama = surface_strings(text_pieces["sentencepiece"], "sentencepiece")
    assert gpt2[1] == " cat" and gpt2[4] == "\n"
    assert llama[4] == "\n" and llama[1] == " cat"
    ids = list(range(8))
    a, b = compute_features(ids, gpt2), compute_features(ids, llama)
    # SentencePiece writes the first word with a space; no feature depends on that.
    differ = {ROWS[i] for i in range(len(ROWS)) if not np.array_equal(a[i], b[i])}
    assert differ == set()
    assert column(a, "is_newline") == [0, 0, 0, 0, 1, 0, 0, 0]
    assert column(a, "sentence_start") == [0, 0, 0, 0, 4, 5, 5, 5]


def test_multibyte_bytelevel_pieces_decode():
    # "é" is two bytes, C3 A9, written by GPT-2's byte table as "Ã©".
    assert surface_strings(["ĠcafÃ©"], "bytelevel") == [" café"]
    # A piece holding half a character decodes to U+FFFD rather than failing.
    assert surface_strings(["Ã"], "bytelevel") == ["\ufffd"]


@pytest.mark.parametrize("seed", range(8))
def test_streaming_equals_vectorised(seed):
    rng = random.Random(seed)
    ids, texts = random_sequence(rng, rng.randint(1, 300))
    vectorised = compute_features(ids, texts)
    stream = FeatureStream()
    streamed = np.stack([stream.push(i, t) for i, t in zip(ids, texts)], axis=1)
    np.testing.assert_array_equal(vectorised, streamed)


@pytest.mark.parametrize("seed", range(8))
def test_a_resumed_stream_continues_like_one_that_pushed_every_token(seed):
    """FeatureStream.resume(prefix and its features) then push: the columns and state of pushing everything."""
    rng = random.Random(50 + seed)
    ids, texts = random_sequence(rng, rng.randint(2, 300))
    cut = rng.randint(1, len(ids) - 1)
    pushed = FeatureStream()
    for i, t in zip(ids[:cut], texts[:cut]):
        pushed.push(i, t)
    resumed = FeatureStream.resume(ids[:cut], texts[:cut], compute_features(ids[:cut], texts[:cut]))
    assert vars(resumed) == vars(pushed)
    for i, t in zip(ids[cut:], texts[cut:]):
        np.testing.assert_array_equal(resumed.push(i, t), pushed.push(i, t))


@pytest.mark.parametrize("seed", range(4))
def test_features_are_causal(seed):
    """Appending tokens never changes the features of earlier positions."""
    rng = random.Random(100 + seed)
    ids, texts = random_sequence(rng, 120)
    full = compute_features(ids, texts)
    for cut in (1, 7, 60):
        np.testing.assert_array_equal(compute_features(ids[:cut], texts[:cut]), full[:, :cut])


def test_every_feature_is_documented_and_versioned():
    assert set(features_in(FEATURE_LIBRARY_VERSION)) == set(FEATURES)
    assert set(features_in("v1")) < set(features_in("v2"))
    assert {"is_function_word", "prev_occurrence", "rarity"}.isdisjoint(features_in("v1"))
    for spec in FEATURES.values():
        assert spec.doc and spec.since in SUPPORTED_VERSIONS
    assert set(CLASSES) <= set(FEATURES)


def test_v2_definitions():
    ids, texts = SimpleTokenizer().tokenize("The cat is in the hat. The cat of them ran")
    f = compute_features(ids, texts)
    assert texts[:6] == ["The", " cat", " is", " in", " the", " hat"]
    # articles, auxiliaries, prepositions and pronouns are function words; "cat", "hat", "ran" are not
    assert [t for t, v in zip(texts, column(f, "is_function_word")) if v] == ["The", " is", " in", " the", " The", " of", " them"]
    # the most recent earlier occurrence of the same token id
    prev = column(f, "prev_occurrence")
    assert prev[:8] == [-1] * 8 and prev[texts.index(" cat", 2)] == 1
    assert all(prev[p] < p and (prev[p] < 0 or ids[prev[p]] == ids[p]) for p in range(len(ids)))
    assert column(f, "rarity") == [int(np.floor(np.log2(i + 1))) for i in ids]
    assert column(f, "last_is_function_word")[5] == 4


def test_v3_word_class():
    ids, texts = SimpleTokenizer().tokenize("The cat is in the hat, and it ran 42 miles. Paris")
    f = compute_features(ids, texts)
    code = dict(zip(texts, column(f, "word_class")))
    names = {t: WORD_CLASSES[c] for t, c in code.items()}
    assert names["The"] == "determiner" and names[" the"] == "determiner"
    assert names[" cat"] == "content word" and names[" hat"] == "content word" and names[" miles"] == "content word"
    assert names[" is"] == "auxiliary" and names[" in"] == "preposition" and names[" and"] == "conjunction"
    assert names[" it"] == "pronoun" and names[","] == "punctuation" and names["."] == "sentence end"
    assert names[" 42"] == "number" and names[" Paris"] == "name"
    # a piece inside a word is a continuation, even when its text is a function word
    g = compute_features([1, 2, 3, 4], [" with", "in", " in", "\n"])
    assert [WORD_CLASSES[c] for c in column(g, "word_class")] == ["preposition", "continuation", "preposition", "newline"]
    # every function word has exactly one kind, and the kinds make up FUNCTION_WORDS
    kinds = list(FUNCTION_WORD_KINDS.values())
    assert sum(len(k) for k in kinds) == len(FUNCTION_WORDS) == len(frozenset().union(*kinds))


def test_function_words_need_a_word_start():
    # "in" inside "within" (a continuation piece) is not a function word
    f = compute_features([1, 2, 3], [" with", "in", " in"])
    assert column(f, "is_function_word") == [1, 0, 1]


def test_rejects_mismatched_inputs():
    with pytest.raises(ValueError):
        compute_features([1, 2], ["a"])
    with pytest.raises(ValueError):
        compute_features([2**25], ["a"])

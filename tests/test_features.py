"""The feature library: definitions, both tokenizer conventions, streaming = vectorised."""

from __future__ import annotations

import random

import numpy as np
import pytest

from headprog.features import CLASSES, FEATURES, ROW_INDEX, ROWS, FeatureStream, compute_features, features_in
from headprog.testing import random_sequence
from headprog.tokens import SimpleTokenizer, surface_strings


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


@pytest.mark.parametrize("seed", range(4))
def test_features_are_causal(seed):
    """Appending tokens never changes the features of earlier positions."""
    rng = random.Random(100 + seed)
    ids, texts = random_sequence(rng, 120)
    full = compute_features(ids, texts)
    for cut in (1, 7, 60):
        np.testing.assert_array_equal(compute_features(ids[:cut], texts[:cut]), full[:, :cut])


def test_every_feature_is_documented_and_versioned():
    assert set(features_in("v1")) == set(FEATURES)
    for spec in FEATURES.values():
        assert spec.doc and spec.since == "v1"
    assert set(CLASSES) <= set(FEATURES)


def test_rejects_mismatched_inputs():
    with pytest.raises(ValueError):
        compute_features([1, 2], ["a"])
    with pytest.raises(ValueError):
        compute_features([2**25], ["a"])

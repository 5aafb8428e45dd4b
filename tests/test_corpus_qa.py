"""The next-sentence multiple-choice set built from the bundled corpus (headprog.data.corpus_qa)."""

from __future__ import annotations

import argparse
import json

import pytest

from headprog.data.corpus import load_corpus, split_sentences
from headprog.data.corpus_qa import DISTRACTOR_DOCUMENTS, MAX_WORDS, MIN_WORDS, opening_pair, next_sentence_items
from headprog.data.multiple_choice import QAError


def test_items_pair_the_true_next_sentence_with_a_sentence_of_a_later_document():
    items = next_sentence_items(n=200)
    documents = [split_sentences(doc.text) for doc in load_corpus("wiki").split(seed=0).part("eval")]
    where = {}
    for i, sentences in enumerate(documents):
        for j, sentence in enumerate(sentences):
            where.setdefault(sentence, (i, j))
    for item in items:
        assert len(item.choices) == 2 and item.label in (0, 1) and item.choices[0] != item.choices[1]
        answer, other = item.choices[item.label], item.choices[1 - item.label]
        doc, k = where[answer]
        assert item.context == " ".join(documents[doc][:k]) and k in (1, 2)
        other_doc, position = where[other]
        assert doc < other_doc <= doc + DISTRACTOR_DOCUMENTS and position >= 1  # never another document's opening
        assert MIN_WORDS <= len(other.split()) <= MAX_WORDS
    # the right answer is first about as often as second, and a seed gives the same set
    assert 0.4 <= sum(item.label for item in items) / len(items) <= 0.6
    assert next_sentence_items(n=200) == items and next_sentence_items(n=200, seed=1) != items


def test_too_many_items_asked_for_says_how_many_there_are():
    with pytest.raises(QAError, match=r"gives only \d+ next-sentence items; 100000 were asked for"):
        next_sentence_items(n=100000)


def test_openings():
    short = "A cat sat on a mat today."
    long_ = "The dog ran to the red mat and the cat sat there for a long while after that."
    assert opening_pair([short, long_, "Then it rained on the town all day."]) == (f"{short} {long_}", "Then it rained on the town all day.")
    assert opening_pair([long_ + " " + long_, short]) == (long_ + " " + long_, short)  # a long first sentence is context enough
    assert opening_pair([long_ + " " + long_, "Too short."]) is None  # an answer of fewer than 6 words
    assert opening_pair([short, long_]) is None  # nothing after a two-sentence context


def test_cli_eval_scores_the_corpus_set(tmp_path):
    from headprog.data import models
    from headprog.cli.evaluation import add_eval_arguments
    from helpers.program_sets import write_set
    from helpers.tiny_models import assign_classic, save_tiny_model

    lm = models.load(str(save_tiny_model(tmp_path / "llama", "llama")))
    pset = write_set(tmp_path / "p", lm, assign_classic(lm))
    parser = argparse.ArgumentParser()
    add_eval_arguments(parser)
    out_json, out_md = tmp_path / "e.json", tmp_path / "e.md"
    args = parser.parse_args([
        "--model", str(lm.path), "--programs", str(pset.folder), "--max-tokens", "16", "--examples", "2",
        "--corpus-qa", "5", "--json", str(out_json), "--markdown", str(out_md), "--quiet",
    ])  # fmt: skip
    assert args.func(args) == 0
    data = json.loads(out_json.read_text())["corpus_qa"]
    assert data["native"]["n"] == data["hybrid"]["n"] == 5 and data["delta_se"] >= 0
    assert "| QA accuracy (next sentence, wiki eval split, n=5) |" in out_md.read_text()

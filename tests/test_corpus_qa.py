"""The next-sentence multiple-choice set built from the bundled corpus (headprog.corpus_qa)."""

from __future__ import annotations

import argparse
import json
import random

import pytest

from headprog.corpus import load_corpus, split_sentences
from headprog.corpus_qa import _item, next_sentence_items
from headprog.qa import QAError


def test_items_come_from_eval_documents_with_the_true_next_sentence():
    items = next_sentence_items(n=200)
    by_opening = {}
    for doc in load_corpus("wiki").split(seed=0).part("eval"):
        sentences = split_sentences(doc.text)
        if sentences:
            by_opening.setdefault(sentences[0], sentences)
    for item in items:
        assert len(item.choices) == 2 and item.label in (0, 1) and item.choices[0] != item.choices[1]
        sentences = next(v for k, v in by_opening.items() if item.context.startswith(k))
        k = len(split_sentences(item.context))
        assert item.context == " ".join(sentences[:k])
        answer, other = item.choices[item.label], item.choices[1 - item.label]
        assert answer == sentences[k] and other in sentences[k + 2 :]
    # the right answer is first about as often as second, and a seed gives the same set
    assert 0.4 <= sum(item.label for item in items) / len(items) <= 0.6
    assert next_sentence_items(n=200) == items and next_sentence_items(n=200, seed=1) != items


def test_too_many_items_asked_for_says_how_many_there_are():
    with pytest.raises(QAError, match=r"gives only \d+ next-sentence items; 100000 were asked for"):
        next_sentence_items(n=100000)


def test_item_rules():
    rng = random.Random(0)
    short = "A cat sat on a mat today."
    long_ = "The dog ran to the red mat and the cat sat there for a long while after that."
    # a short first sentence: two sentences of context; the distractor is the later sentence closest in length to the answer
    item = _item([short, long_, "Then it rained on the town all day.", "It was cold.", "Everyone went home early that night again.", long_ + " Then more words came."], rng)
    assert item.context == f"{short} {long_}"
    assert item.choices[item.label] == "Then it rained on the town all day."
    assert item.choices[1 - item.label] == "Everyone went home early that night again."
    assert _item([long_ + " " + long_, short, short], rng) is None  # no later sentence to choose from
    assert _item([long_ + " " + long_, "Too short.", short, short], rng) is None  # an answer of fewer than 6 words


def test_cli_eval_scores_the_corpus_set(tmp_path):
    from headprog import models
    from headprog.hybrid import add_eval_arguments
    from test_hybrid import _write_set
    from tiny_models import assign_classic, save_tiny

    lm = models.load(str(save_tiny(tmp_path / "llama", "llama")))
    pset = _write_set(tmp_path / "p", lm, assign_classic(lm))
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

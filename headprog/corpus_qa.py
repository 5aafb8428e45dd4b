"""A multiple-choice set built from a corpus: which sentence comes next.

PIQA tests physical common sense; a hybrid model can also lose the thread of
a text. This set asks it, for a document of the corpus's evaluation split:
given the document's opening sentences, which of two of its sentences comes
next? The right answer is the sentence that follows; the other choice is a
later sentence of the same document (same topic, same names), the one
closest to the answer in length, so neither topic nor length gives it away.
Items are scored like any multiple-choice item (:func:`headprog.qa.score_multiple_choice`),
the context as plain text (no "Question:" template).

The set is built anew from the corpus each time, deterministically for a
seed, so nothing but the corpus has to ship. The evaluation split of the
bundled corpus gives 694 items (many lead sections are too short to make
one); callers take the first ``n``.
"""

from __future__ import annotations

import random

from headprog.corpus import load_corpus, split_sentences
from headprog.qa import MultipleChoiceItem, QAError

#: Sentences of a choice or of the context, in words: shorter ones are headings or fragments, longer ones lists.
MIN_WORDS, MAX_WORDS = 6, 40


def next_sentence_items(corpus: str = "wiki", split: str = "eval", n: int = 500, seed: int = 0) -> list[MultipleChoiceItem]:
    """The first ``n`` next-sentence items of the corpus split (documents in the split's seeded order).

    Each document gives at most one item: context = its first one or two
    sentences, choices = the sentence after them and the later sentence of
    the document closest to it in word count (not the one right after the
    answer, which often continues it), in a seeded random order.
    """
    docs = load_corpus(corpus).split(seed=seed).part(split)
    rng = random.Random(f"next-sentence:{seed}")
    items: list[MultipleChoiceItem] = []
    for doc in docs:
        item = _item(split_sentences(doc.text), rng)
        if item is not None:
            items.append(item)
            if len(items) >= n:
                break
    if len(items) < n:
        raise QAError(f"the {split} split of corpus {corpus!r} gives only {len(items)} next-sentence items; {n} were asked for")
    return items


def _words(sentence: str) -> int:
    return len(sentence.split())


def _item(sentences: list[str], rng: random.Random) -> MultipleChoiceItem | None:
    """One item from a document's sentences, or None where they do not make a fair one."""
    usable = [MIN_WORDS <= _words(s) <= MAX_WORDS for s in sentences]
    # One opening sentence, or two where the first is short: a context of about 20 words or more.
    k = 2 if len(sentences) > 1 and _words(sentences[0]) < 20 else 1
    if len(sentences) < k + 3 or not all(usable[: k + 1]):
        return None
    answer = sentences[k]
    later = [s for s, ok in zip(sentences[k + 2 :], usable[k + 2 :]) if ok and s != answer]
    if not later:
        return None
    distractor = min(later, key=lambda s: abs(_words(s) - _words(answer)))
    label = rng.randrange(2)
    choices = (answer, distractor) if label == 0 else (distractor, answer)
    return MultipleChoiceItem(" ".join(sentences[:k]), choices, label)


__all__ = ["MAX_WORDS", "MIN_WORDS", "next_sentence_items"]

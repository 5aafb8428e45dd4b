"""A multiple-choice set built from a corpus: which sentence comes next.

PIQA tests physical common sense; a hybrid model can also lose the thread of
a text. This set asks it, for a document of the corpus's evaluation split:
given the document's opening sentences, which of two sentences comes next?
The right answer is the sentence that follows; the other is a sentence from
the middle of another document (never an opening one, which would name its
own subject), the one closest to the answer in length among the next
documents', so that length does not give it away and the context must be
read. Items are scored like any multiple-choice item
(:func:`headprog.evaluate.qa.score_multiple_choice`), the context as plain text (no
"Question:" template).

A first version took the other sentence from later in the same document: on
the bundled model native accuracy was 51.4% (500 items), chance, so the set
could not show a hybrid doing worse.

The set is built anew from the corpus each time, deterministically for a
seed, so nothing but the corpus has to ship; callers take the first ``n``.
"""

from __future__ import annotations

import random

from headprog.data.corpus import load_corpus, split_sentences
from headprog.data.multiple_choice import MultipleChoiceItem, QAError

#: Sentences of a choice or of the context, in words: shorter ones are headings or fragments, longer ones lists.
MIN_WORDS, MAX_WORDS = 6, 40
#: Documents after an item's own whose sentences are candidate wrong answers.
DISTRACTOR_DOCUMENTS = 16


def next_sentence_items(corpus: str = "wiki", split: str = "eval", n: int = 500, seed: int = 0) -> list[MultipleChoiceItem]:
    """The first ``n`` next-sentence items of the corpus split (documents in the split's seeded order).

    Each document gives at most one item: context = its first sentence, or
    two where the first is short (under 20 words); choices = the sentence
    after them and the sentence of the next :data:`DISTRACTOR_DOCUMENTS`
    documents (not their first) closest to it in word count, in a seeded
    random order.
    """
    documents = [split_sentences(doc.text) for doc in load_corpus(corpus).split(seed=seed).part(split)]
    rng = random.Random(f"next-sentence:{seed}")
    items: list[MultipleChoiceItem] = []
    for i, sentences in enumerate(documents):
        opening = opening_pair(sentences)
        if opening is None:
            continue
        context, answer = opening
        others = [s for doc in documents[i + 1 : i + 1 + DISTRACTOR_DOCUMENTS] for s in doc[1:] if _usable(s) and s != answer]
        if not others:
            continue
        distractor = min(others, key=lambda s: abs(_words(s) - _words(answer)))
        label = rng.randrange(2)
        items.append(MultipleChoiceItem(context, (answer, distractor) if label == 0 else (distractor, answer), label))
        if len(items) >= n:
            break
    if len(items) < n:
        raise QAError(f"the {split} split of corpus {corpus!r} gives only {len(items)} next-sentence items; {n} were asked for")
    return items


def _words(sentence: str) -> int:
    return len(sentence.split())


def _usable(sentence: str) -> bool:
    return MIN_WORDS <= _words(sentence) <= MAX_WORDS


def opening_pair(sentences: list[str]) -> tuple[str, str] | None:
    """(context, next sentence) of a document, or None where its opening does not make a fair item."""
    k = 2 if len(sentences) > 1 and _words(sentences[0]) < 20 else 1
    if len(sentences) < k + 1 or not all(_usable(s) for s in sentences[: k + 1]):
        return None
    return " ".join(sentences[:k]), sentences[k]


__all__ = ["DISTRACTOR_DOCUMENTS", "MAX_WORDS", "MIN_WORDS", "next_sentence_items"]

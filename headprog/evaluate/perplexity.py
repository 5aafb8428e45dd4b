"""Perplexity of a causal LM on fixed chunks of a corpus split.

The method, used for every comparison in headprog (native model, hybrid
models, different programs):

- **Chunks**: the documents of one split (``heldout`` by default) of a corpus
  are tokenized in split order, joined by a blank line and cut into chunks of
  exactly ``max_tokens`` tokens by :func:`headprog.data.corpus.passages`; the first
  ``n`` chunks are used. With a model whose tokenizer puts BOS first
  (``loaded.adds_bos``), each chunk is BOS + ``max_tokens - 1`` text tokens.
  The chunking depends only on the corpus, split seed, tokenizer,
  ``max_tokens`` and ``n``, so two runs with those equal score the same tokens.
- **Scoring**: every chunk is scored on its own, with no context carried over
  from the chunk before; the first token of a chunk (BOS, or the first text
  token) is never predicted, every later token is predicted from the tokens
  before it in its chunk.
- **Aggregation**: token-weighted: perplexity = exp(total negative
  log-likelihood over all predicted tokens / number of predicted tokens),
  natural log, accumulated in float64. It is not a mean of per-chunk
  perplexities.

CLI: ``headprog perplexity --split heldout --max-tokens 512 --examples 64``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence as SequenceABC
from dataclasses import asdict, dataclass, field
from typing import Any

import torch

from headprog.errors import HeadprogError

SPLITS = ("heldout", "eval", "synthesis")
METHOD = (
    "token-weighted: exp(sum of NLL over predicted tokens / number of predicted tokens); each chunk of "
    "max_tokens tokens scored on its own, first token of each chunk not predicted"
)


class PerplexityError(HeadprogError):
    """Perplexity cannot be computed for the chunks or options given."""


@dataclass
class PerplexityResult:
    """Token-weighted perplexity and what it was measured on."""

    perplexity: float
    nll: float  # mean negative log-likelihood per predicted token, nats
    tokens: int  # predicted tokens
    chunks: int
    seconds: float
    chunk_nll: list[float] = field(default_factory=list)  # summed NLL of each chunk, nats
    chunk_tokens: list[int] = field(default_factory=list)  # predicted tokens of each chunk
    #: NLL summed over the chunks at each position (index i: the prediction of token i + 1 from tokens 0..i), nats
    position_nll: list[float] = field(default_factory=list)
    position_tokens: list[int] = field(default_factory=list)  # chunks that predict a token at each position
    info: dict[str, Any] = field(default_factory=dict)  # model, corpus, split, max_tokens, seed, method

    @property
    def bits_per_token(self) -> float:
        return self.nll / math.log(2)

    def standard_error(self) -> float | None:
        """Standard error of ``nll`` treating chunks as independent samples (ratio estimator)."""
        n = len(self.chunk_nll)
        if n < 2 or self.tokens == 0:
            return None
        mean_len = self.tokens / n
        resid = [(s - self.nll * c) / mean_len for s, c in zip(self.chunk_nll, self.chunk_tokens)]
        var = sum(r * r for r in resid) / (n - 1)
        return math.sqrt(var / n)

    def nll_by_band(self, bands: SequenceABC[tuple[int, int]] | None = None) -> dict[str, float]:
        """Mean NLL per predicted token in each band of positions ``[start, end)`` (default :func:`position_bands`)."""
        bands = position_bands(len(self.position_nll)) if bands is None else bands
        out = {}
        for start, end in bands:
            count = sum(self.position_tokens[start:end])
            if count:
                out[band_name(start, end)] = math.fsum(self.position_nll[start:end]) / count
        return out

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["bits_per_token"] = self.bits_per_token
        out["nll_standard_error"] = self.standard_error()
        return out

    def summary(self) -> str:
        se = self.standard_error()
        ci = ""
        if se is not None:
            lo, hi = math.exp(self.nll - 1.96 * se), math.exp(self.nll + 1.96 * se)
            ci = f" (95% interval over chunks {lo:.2f}..{hi:.2f})"
        return (
            f"perplexity {self.perplexity:.3f}{ci}, {self.nll:.4f} nats per token, "
            f"{self.tokens} predicted tokens in {self.chunks} chunks, {self.seconds:.1f} s"
        )


def position_bands(positions: int, first: int = 32) -> list[tuple[int, int]]:
    """Bands of predicted positions that double in length: [0, 32), [32, 64), [64, 128), ... up to ``positions``.

    Where in a sequence a hybrid loses is worth seeing apart: programs tuned on
    256-token chunks cost more per token past position 256 than before it.
    """
    bands, start, end = [], 0, first
    while start < positions:
        bands.append((start, min(end, positions)))
        start, end = end, end * 2
    return bands


def band_name(start: int, end: int) -> str:
    """``"0-31"`` for the band [0, 32)."""
    return f"{start}-{end - 1}"


def token_ids(seq: Any) -> list[int]:
    ids = getattr(seq, "ids", seq)
    if isinstance(ids, torch.Tensor):
        ids = ids.tolist()
    return [int(i) for i in ids]


def evaluation_chunks(
    loaded: Any,
    corpus_spec: str = "wiki",
    split: str = "heldout",
    max_tokens: int = 512,
    n: int | None = 64,
    seed: int = 0,
) -> list:
    """The first ``n`` chunks of ``max_tokens`` tokens of a corpus split (all that fit when ``n`` is None).

    Returns :class:`headprog.data.corpus.Sequence` objects. Raises when the model
    cannot take ``max_tokens`` positions or the split holds fewer than ``n``
    chunks, so a comparison never silently runs on fewer tokens.
    """
    from headprog.data.corpus import check_length, load_corpus, passages

    if split not in SPLITS:
        raise PerplexityError(f"unknown split {split!r}; expected one of {', '.join(SPLITS)}")
    check_length(max_tokens, loaded.max_positions)
    if max_tokens < 2:
        raise PerplexityError(f"max_tokens={max_tokens}: a chunk needs at least 2 tokens to predict one")
    docs = load_corpus(corpus_spec).split(seed=seed).part(split)
    chunks = passages(docs, loaded.tokenizer, max_tokens, n, add_bos=loaded.adds_bos, bos_token_id=loaded.bos_token_id)
    if n is not None and len(chunks) < n:
        raise PerplexityError(
            f"the {split} split of corpus {corpus_spec!r} holds only {len(chunks)} chunks of {max_tokens} tokens; "
            f"{n} were asked for (ask for fewer or shorter chunks)"
        )
    if not chunks:
        raise PerplexityError(f"the {split} split of corpus {corpus_spec!r} holds no chunk of {max_tokens} tokens")
    return chunks


def _batches(lengths: list[int], batch_tokens: int, batch_size: int | None) -> list[list[int]]:
    """Indices grouped in input order; each batch at most ``batch_size`` chunks or ``batch_tokens`` padded tokens."""
    out: list[list[int]] = []
    cur: list[int] = []
    for i, n in enumerate(lengths):
        longest = max([lengths[j] for j in cur] + [n])
        full = batch_size is not None and len(cur) >= batch_size
        if cur and (full or longest * (len(cur) + 1) > batch_tokens):
            out.append(cur)
            cur = []
        cur.append(i)
    if cur:
        out.append(cur)
    return out


def perplexity(
    loaded: Any,
    sequences: SequenceABC[Any],
    *,
    batch_size: int | None = None,
    batch_tokens: int = 2048,
    progress: bool = True,
    info: dict[str, Any] | None = None,
) -> PerplexityResult:
    """Token-weighted perplexity of ``loaded.model`` on ``sequences`` (see the module doc).

    ``sequences`` are corpus Sequences or lists of token ids, already with BOS
    where the model expects it (as :func:`evaluation_chunks` builds them).
    Chunks of different lengths are right-padded within a batch; batches hold
    at most ``batch_size`` chunks and ``batch_tokens`` padded tokens.
    """
    from tqdm import tqdm

    ids_list = [token_ids(s) for s in sequences]
    if not ids_list:
        raise PerplexityError("no sequences to score")
    short = [i for i, ids in enumerate(ids_list) if len(ids) < 2]
    if short:
        raise PerplexityError(f"sequence {short[0]} has fewer than 2 tokens, so no token of it can be predicted")
    too_long = [i for i, ids in enumerate(ids_list) if len(ids) > loaded.max_positions]
    if too_long:
        raise PerplexityError(
            f"sequence {too_long[0]} has {len(ids_list[too_long[0]])} tokens, more than the model's "
            f"{loaded.max_positions} positions"
        )
    model = loaded.model
    pad_id = getattr(loaded.tokenizer, "pad_token_id", None)
    pad_id = int(pad_id) if pad_id is not None else 0
    lengths = [len(ids) for ids in ids_list]
    chunk_nll = [0.0] * len(ids_list)
    position_nll = torch.zeros(max(lengths) - 1, dtype=torch.float64)
    position_tokens = torch.zeros(max(lengths) - 1, dtype=torch.long)
    started = time.perf_counter()
    bar = tqdm(total=sum(n - 1 for n in lengths), desc="perplexity", unit="tok", disable=not progress)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            for members in _batches(lengths, batch_tokens, batch_size):
                t = max(lengths[i] for i in members)
                ids = torch.full((len(members), t), pad_id, dtype=torch.long)
                mask = torch.zeros((len(members), t), dtype=torch.long)
                for row, i in enumerate(members):
                    ids[row, : lengths[i]] = torch.tensor(ids_list[i], dtype=torch.long)
                    mask[row, : lengths[i]] = 1
                logits = model(input_ids=ids, attention_mask=mask, use_cache=False).logits
                for row, i in enumerate(members):
                    n = lengths[i]
                    # Row by row keeps the float32 log-softmax copy at one chunk's size.
                    nll = torch.nn.functional.cross_entropy(logits[row, : n - 1].float(), ids[row, 1:n], reduction="none").double()
                    position_nll[: n - 1] += nll
                    position_tokens[: n - 1] += 1
                    chunk_nll[i] = float(nll.sum())
                    bar.update(n - 1)
                del logits
    finally:
        bar.close()
        if was_training:
            model.train()
    tokens = sum(n - 1 for n in lengths)
    total = math.fsum(chunk_nll)
    mean = total / tokens
    return PerplexityResult(
        perplexity=math.exp(mean),
        nll=mean,
        tokens=tokens,
        chunks=len(ids_list),
        seconds=round(time.perf_counter() - started, 3),
        chunk_nll=chunk_nll,
        chunk_tokens=[n - 1 for n in lengths],
        position_nll=position_nll.tolist(),
        position_tokens=position_tokens.tolist(),
        info={"method": METHOD, **(info or {})},
    )


__all__ = [
    "METHOD",
    "PerplexityError",
    "PerplexityResult",
    "SPLITS",
    "band_name",
    "evaluation_chunks",
    "perplexity",
    "position_bands",
]

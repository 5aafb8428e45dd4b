"""Multiple-choice question answering by log-likelihood, for native and hybrid models.

Items come from :mod:`headprog.data.multiple_choice` (PIQA-format files) or
:mod:`headprog.data.corpus_qa`.

Method (as lm-evaluation-harness scores PIQA):

- context ``"Question: {goal}\\nAnswer:"``, each choice the continuation
  ``" {sol}"``; context and continuation are tokenized separately and joined
  (with BOS first where the model's tokenizer adds one);
- a choice's score is the summed log-probability of its continuation tokens
  given the context; the prediction is the highest score (``accuracy``), or
  the highest score per byte of the continuation (``accuracy_norm``);
- the standard error of an accuracy is ``sqrt(p (1 - p) / (n - 1))``, the
  sample standard error of the per-item 0/1 scores.

Sequences are right-padded in batches; that is also what the hybrid runtime
needs (:mod:`headprog.hybrid` supports right padding only).
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field
from collections.abc import Sequence
from typing import Any

import torch

from headprog.data.multiple_choice import MultipleChoiceItem, QAError

METHOD = (
    "log-likelihood of each choice ' {sol}' after 'Question: {goal}\\nAnswer:'; accuracy = argmax of summed "
    "log-probability, accuracy_norm = argmax of log-probability per byte; standard error sqrt(p(1-p)/(n-1))"
)


def _standard_error(p: float, n: int) -> float:
    return math.sqrt(p * (1 - p) / (n - 1)) if n > 1 else float("nan")


def paired_accuracy_standard_error(native: Sequence[int], other: Sequence[int], labels: Sequence[int]) -> float:
    """Standard error of the accuracy difference ``other - native`` over the same items, items as paired samples.

    Two models that mostly agree differ by far less than either accuracy's own
    standard error would suggest; this is the error to compare with a
    tolerance such as "within 2 points of native".
    """
    diffs = [(o == y) - (n == y) for n, o, y in zip(native, other, labels, strict=True)]
    if len(diffs) < 2:
        return float("nan")
    mean = sum(diffs) / len(diffs)
    var = sum((d - mean) ** 2 for d in diffs) / (len(diffs) - 1)
    return math.sqrt(var / len(diffs))


@dataclass
class MultipleChoiceResult:
    """Accuracies with standard errors, and the per-item scores they came from."""

    n: int
    accuracy: float
    accuracy_se: float
    accuracy_norm: float
    accuracy_norm_se: float
    seconds: float
    predictions: list[int] = field(default_factory=list)
    predictions_norm: list[int] = field(default_factory=list)
    scores: list[list[float]] = field(default_factory=list)  # summed log-probability per choice
    method: str = METHOD

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        return (
            f"accuracy {self.accuracy:.4f} ± {self.accuracy_se:.4f}, length-normalised "
            f"{self.accuracy_norm:.4f} ± {self.accuracy_norm_se:.4f} (n={self.n}, {self.seconds:.1f} s)"
        )


def _encode(loaded: Any, item: MultipleChoiceItem) -> list[tuple[list[int], int]]:
    """(token ids, number of continuation tokens) per choice."""
    tok = loaded.tokenizer
    context = tok(item.context, add_special_tokens=True)["input_ids"]
    out = []
    for choice in item.choices:
        cont = tok(" " + choice, add_special_tokens=False)["input_ids"]
        if not cont:
            raise QAError(f"choice {choice!r} encodes to no tokens")
        ids = list(context) + list(cont)
        if len(ids) > loaded.max_positions:
            ids = ids[-loaded.max_positions :]
        out.append((ids, min(len(cont), len(ids) - 1)))
    return out


def score_multiple_choice(
    loaded: Any,
    items: list[MultipleChoiceItem],
    *,
    batch_size: int = 16,
    progress: bool = False,
) -> MultipleChoiceResult:
    """Score every item with ``loaded.model`` as it is now (native, or hybrid while one is active)."""
    from tqdm import tqdm

    started = time.perf_counter()
    seqs: list[tuple[int, int, list[int], int]] = []  # item, choice, ids, continuation length
    for i, item in enumerate(items):
        for c, (ids, n_cont) in enumerate(_encode(loaded, item)):
            seqs.append((i, c, ids, n_cont))
    order = sorted(range(len(seqs)), key=lambda j: len(seqs[j][2]))  # similar lengths together: less padding
    scores = [[0.0] * len(item.choices) for item in items]
    pad = loaded.tokenizer.pad_token_id
    pad = int(pad) if pad is not None else 0
    model = loaded.model
    bar = tqdm(total=len(seqs), desc="multiple choice", unit="seq", disable=not progress)
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            members = [seqs[j] for j in order[start : start + batch_size]]
            t = max(len(m[2]) for m in members)
            ids = torch.full((len(members), t), pad, dtype=torch.long)
            mask = torch.zeros((len(members), t), dtype=torch.long)
            for r, (_, _, seq, _) in enumerate(members):
                ids[r, : len(seq)] = torch.tensor(seq)
                mask[r, : len(seq)] = 1
            logits = model(input_ids=ids, attention_mask=mask, use_cache=False).logits.float()
            logp = torch.log_softmax(logits, dim=-1)
            for r, (i, c, seq, n_cont) in enumerate(members):
                n = len(seq)
                targets = torch.tensor(seq[n - n_cont :])
                picked = logp[r, n - n_cont - 1 : n - 1].gather(1, targets[:, None])
                scores[i][c] = float(picked.double().sum())
            bar.update(len(members))
    bar.close()
    preds, preds_norm = [], []
    for item, s in zip(items, scores):
        preds.append(max(range(len(s)), key=lambda c: s[c]))
        per_byte = [s[c] / max(1, len((" " + item.choices[c]).encode("utf-8"))) for c in range(len(s))]
        preds_norm.append(max(range(len(s)), key=lambda c: per_byte[c]))
    n = len(items)
    acc = sum(p == it.label for p, it in zip(preds, items)) / n
    acc_norm = sum(p == it.label for p, it in zip(preds_norm, items)) / n
    return MultipleChoiceResult(
        n=n,
        accuracy=acc,
        accuracy_se=_standard_error(acc, n),
        accuracy_norm=acc_norm,
        accuracy_norm_se=_standard_error(acc_norm, n),
        seconds=round(time.perf_counter() - started, 3),
        predictions=preds,
        predictions_norm=preds_norm,
        scores=scores,
    )


__all__ = [
    "METHOD",
    "MultipleChoiceResult",
    "paired_accuracy_standard_error",
    "score_multiple_choice",
]

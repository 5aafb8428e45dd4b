"""Native against hybrid on the same chunks and items, with paired standard errors of the differences."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from headprog.evaluate.perplexity import perplexity
from headprog.evaluate.qa import paired_accuracy_standard_error, score_multiple_choice
from headprog.hybrid import HybridModel

__all__ = ["compare_multiple_choice", "compare_perplexity", "paired_nll_standard_error"]


def paired_nll_standard_error(a: Any, b: Any) -> float | None:
    """Standard error of the token-weighted NLL difference b - a, chunks as paired samples.

    ``a`` and ``b`` are perplexity results of the same chunks (``chunk_nll``,
    ``chunk_tokens``, ``tokens``, ``nll``).
    """
    n = len(a.chunk_nll)
    if n < 2:
        return None
    tokens = a.tokens
    diff_mean = b.nll - a.nll
    mean_len = tokens / n
    resid = [((sb - sa) - diff_mean * c) / mean_len for sa, sb, c in zip(a.chunk_nll, b.chunk_nll, a.chunk_tokens)]
    var = sum(r * r for r in resid) / (n - 1)
    return math.sqrt(var / n)


def compare_perplexity(hybrid: HybridModel, sequences: Sequence[Any], *, progress: bool = False, info: dict | None = None) -> dict[str, Any]:
    """Native and hybrid perplexity on the same chunks (same chunking, same batching).

    Uses :func:`headprog.evaluate.perplexity.perplexity` (token-weighted). Returns both
    results, the NLL difference with its paired standard error, and the mean
    NLL of each in bands of positions (``by_position``: band -> native, hybrid).
    """
    with hybrid.native():
        native = perplexity(hybrid.loaded, sequences, progress=progress, info=info)
    substituted = perplexity(hybrid.loaded, sequences, progress=progress, info=info)
    hybrid_bands = substituted.nll_by_band()
    return {
        "native": native,
        "hybrid": substituted,
        "nll_delta": substituted.nll - native.nll,
        "nll_delta_standard_error": paired_nll_standard_error(native, substituted),
        "perplexity_ratio": substituted.perplexity / native.perplexity,
        "by_position": {band: {"native": nll, "hybrid": hybrid_bands[band]} for band, nll in native.nll_by_band().items()},
    }


def compare_multiple_choice(hybrid: HybridModel, items: list[Any], progress: bool) -> dict[str, Any]:
    """Native and hybrid multiple-choice results on the same items, and the paired standard error of their difference."""
    with hybrid.native():
        native = score_multiple_choice(hybrid.loaded, items, progress=progress)
    substituted = score_multiple_choice(hybrid.loaded, items, progress=progress)
    labels = [item.label for item in items]
    return {"native": native.to_dict(), "hybrid": substituted.to_dict(),
            "delta_se": paired_accuracy_standard_error(native.predictions, substituted.predictions, labels)}

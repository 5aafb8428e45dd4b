"""Showing a pattern to a person: a token-by-token text view and a heatmap."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np


def _tok(text: str, width: int = 12) -> str:
    shown = repr(text)[1:-1]
    return shown if len(shown) <= width else shown[: width - 1] + "…"


def pattern_text(pattern: np.ndarray, tokens: Sequence[str], top: int = 3, min_weight: float = 0.01) -> str:
    """One line per query: the strongest keys with their weights."""
    lines = [f"{'q':>4}  {'query':<12}  attends to (key:token weight)"]
    for q, query in enumerate(tokens):
        row = pattern[q, : q + 1]
        order = np.argsort(-row, kind="stable")[:top]
        parts = [f"{k}:{_tok(tokens[k], 10)} {row[k]:.2f}" for k in order if row[k] >= min_weight]
        lines.append(f"{q:>4}  {_tok(query):<12}  " + "   ".join(parts))
    return "\n".join(lines)


def save_heatmap(pattern: np.ndarray, tokens: Sequence[str], path: str | Path, title: str = "") -> Path:
    """Write the pattern as a PNG heatmap, tokens on both axes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    t = len(tokens)
    size = min(max(4.0, 0.28 * t + 2), 24.0)
    fig, ax = plt.subplots(figsize=(size, size))
    ax.imshow(pattern[:t, :t], cmap="viridis", vmin=0.0, vmax=max(float(pattern[:t, :t].max()), 1e-9))
    if t <= 80:
        labels = [_tok(s, 10) for s in tokens]
        ax.set_xticks(range(t), labels, rotation=90, fontsize=7)
        ax.set_yticks(range(t), labels, fontsize=7)
    ax.set_xlabel("key k")
    ax.set_ylabel("query q")
    if title:
        ax.set_title(title)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path

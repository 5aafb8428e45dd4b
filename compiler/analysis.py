"""Structure analysis: which keys can a program give weight to?

A program in ``weights`` mode gives key ``k`` weight ``max(score, 0)``, so only
keys where the score is non-zero matter. This pass computes a superset of that
support and classifies the program:

- **selector**: at most :data:`MAX_SELECTOR_KEYS` keys per row, each a
  function of q alone (``q - 1``, ``sentence_start(q)``, ``0``); lowered to a
  gather, O(T·d), never a T×T matrix;
- **band**: keys within a fixed window ``q - w <= k <= q``; lowered to a
  banded loop, O(T·w·d);
- **dense**: anything else (and every ``softmax`` program); O(T²·d), unless
  the program is linear in its terms (:mod:`headprog.compiler.linear`): then
  its output is a few running sums, O(T·d) each.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from headprog.compiler.linear import plan
from headprog.compiler.support import MAX_SELECTOR_KEYS, support
from headprog.language import ir
from headprog.language.printer import format_expr

__all__ = ["MAX_SELECTOR_KEYS", "Structure", "classify"]


@dataclass(frozen=True)
class Structure:
    """How a program is lowered."""

    kind: str  # "selector", "band", "dense"
    keys: tuple[ir.Node, ...] = ()
    window: int = 0
    linear: Any = None  # a dense program's running-sum plan (headprog.compiler.linear.LinearPlan), if it has one

    @property
    def fast(self) -> bool:
        """O(T·d) per head in a prefill: a selector, a band or a running-sum plan (no (q, k) loop)."""
        return self.kind != "dense" or self.linear is not None

    def describe(self) -> str:
        if self.kind == "selector":
            return f"selector over {len(self.keys)} key(s): " + ", ".join(format_expr(k) for k in self.keys)
        if self.kind == "band":
            return f"band of width {self.window} (q - {self.window} <= k <= q)"
        if self.linear is not None:
            return f"dense (every key k <= q); {self.linear.describe()}"
        return "dense (every key k <= q)"


def classify(expr: ir.Node, normalize: str) -> Structure:
    """The structure class of a program's (inlined) expression."""
    if normalize != "weights":
        return Structure("dense")
    s = support(expr)
    if s.keys is not None:
        return Structure("selector", keys=s.keys)
    if s.window is not None:
        return Structure("band", window=s.window)
    return Structure("dense", linear=plan(expr, normalize))

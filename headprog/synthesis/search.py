"""The offline search: a sparse log-linear program per head, fitted per layer.

For one layer, every head is fitted at once (:mod:`headprog.synthesis.fit`):

1. all terms of the library (:mod:`headprog.synthesis.terms`) plus
   *token sinks* - ``token(k) == ID`` for the most frequent tokens of the
   synthesis text, and their first occurrences - are fitted jointly;
2. the layer keeps the ``max_terms`` terms most important across its heads
   (|weight| × spread of the term, as a share of each head's total), pruned
   in rounds that each drop the least important 30% and fit the rest again
   (``prune_keep``), and every
   head is fitted again on that template alone, first by cross-entropy, then
   by the rows' total-variation distance (what IoU measures); so all heads of a
   layer share one program structure with their own constants (with
   ``layer_template=False`` each head keeps its own most important terms);
   the table terms (``tables``, :mod:`headprog.synthesis.terms`) are kept by
   every head on top of the template: each head weighs every class, and a
   program writes each family as one ``table(...)``;
3. each head's program is also tried on every other head of the layer (the
   paper's shared library): a head keeps whichever fits it best;
4. a linear mixture (``weights`` mode, non-negative weights) is fitted the same
   way; a head takes it instead when its synthesis IoU is within
   ``linear_tolerance`` of the softmax program's, because a linear program
   compiles to running sums (O(T·d)) where a softmax program is O(T²·d).
   A term no head of the layer uses is dropped from all of them, so the
   layer's linear programs still share one structure.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

import numpy as np
import torch

from headprog.synthesis.fit import Block, fit_linear, fit_softmax, linear_patterns, sequence_ious, set_targets, softmax_patterns
from headprog.synthesis.roles import family_label
from headprog.synthesis.terms import DEFAULT_TABLES, Term


#: Most terms a program may have: a longer sum nests deeper than the language allows (headprog.language.checks.MAX_DEPTH).
MAX_TERMS = 32


@dataclass(frozen=True)
class SearchOptions:
    max_terms: int = 12
    sink_tokens: int = 16
    fit_passages: int = 8
    fit_sentences: int = 48
    select_steps: int = 15
    lbfgs_steps: int = 25
    tv_steps: int = 30
    seed: int = 0
    layer_template: bool = True  # one shared term set per layer (at most one structure per layer)
    prune_keep: float = 0.7  # share of terms kept per pruning round of the layer template; 1: no rounds (one cut)
    linear_tolerance: float = 0.02  # take the linear program when its IoU is at most this much lower; < 0: never
    tables: tuple[str, ...] = DEFAULT_TABLES  # table families every head keeps on top of its max_terms terms


@dataclass
class Fitted:
    """A fitted softmax program: terms with weights."""

    terms: list[Term]
    weights: list[float]
    synthesis_iou: float
    family: str
    origin: str  # the head it was fitted for
    normalize: str = "softmax"  # or "weights": a linear mixture


def sink_terms(examples, tokens_of, n: int) -> list[Term]:
    """``token(k) == ID`` terms for the n most frequent tokens of the synthesis text."""
    counts = Counter(i for e in examples for i in e.ids)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    out = []
    for token_id, _ in top:
        shown = tokens_of.get(token_id, "?")
        out.append(Term(f"sink {shown!r}", f"token(k) == {token_id}", "token sink"))
        out.append(Term(f"first {shown!r}", f"token(k) == {token_id} and count(k) == 1", "token sink"))
    return out


def _importance(block_list: list[Block], weights: torch.Tensor) -> torch.Tensor:
    """|w_j| times the standard deviation of term j over causal entries: (J, H)."""
    sums = torch.zeros(weights.shape[0])
    sq = torch.zeros(weights.shape[0])
    n = 0.0
    for b in block_list:
        x = b.x[b.mask]  # (N, J)
        sums += x.sum(0)
        sq += (x * x).sum(0)
        n += x.shape[0]
    std = torch.sqrt(torch.clamp(sq / n - (sums / n) ** 2, min=0.0))
    return weights.abs() * std[:, None]


class LayerSearch:
    """Fits all heads of one layer, given the term blocks of the synthesis examples."""

    def __init__(self, terms: list[Term], blocks: list[Block], options: SearchOptions) -> None:
        self.terms = terms
        self.blocks = blocks
        self.options = options
        # Terms every head keeps, outside the max_terms that the template chooses.
        self.forced = torch.tensor([t.table is not None for t in terms], dtype=torch.bool)

    def run(self, targets: list[list[np.ndarray]], kinds: list[str], origins: list[str]) -> list[Fitted]:
        """targets[h][i]: head h's pattern on synthesis sequence i. One Fitted per head."""
        opts = self.options
        set_targets(self.blocks, targets, kinds)
        h = len(targets)
        active = self._select(fit_softmax, h)
        sparse = fit_softmax(self.blocks, active, lbfgs_steps=opts.lbfgs_steps, tv_steps=opts.tv_steps)
        sparse = torch.where(active, sparse, torch.zeros_like(sparse))
        # Shared library: every head's program scored on every head of the layer.
        ious = self._cross_ious(sparse)  # (candidates, heads)
        best = ious.argmax(dim=0)
        importance = _importance(self.blocks, sparse)
        fitted = []
        for head in range(h):
            c = int(best[head])
            fitted.append(self._fitted(sparse, importance, active, c, float(ious[c, head]), origins[c], "softmax"))
        if opts.linear_tolerance >= 0:
            fitted = self._prefer_linear(fitted, origins)
        return fitted

    def _prefer_linear(self, fitted: list[Fitted], origins: list[str]) -> list[Fitted]:
        """Replace a head's softmax program by a linear one that fits it nearly as well."""
        opts = self.options
        active = self._select(fit_linear, len(fitted))
        weights = fit_linear(self.blocks, active, lbfgs_steps=opts.lbfgs_steps, tv_steps=opts.tv_steps)
        # Terms that no head of the layer uses are dropped, so programs stay short;
        # a term some head uses stays in every head's program, so the layer keeps one structure.
        used = (weights >= 1e-4 * weights.amax(dim=0, keepdim=True)).any(dim=1, keepdim=True)
        kept = active & used
        weights = torch.where(kept, weights, torch.zeros_like(weights))
        ious = torch.zeros(weights.shape[1])
        count = 0
        for b in self.blocks:
            ious += sequence_ious(b, linear_patterns(b, weights)).sum(0)
            count += b.x.shape[0]
        ious /= count
        importance = _importance(self.blocks, weights)
        out = []
        for head, fit in enumerate(fitted):
            if float(ious[head]) >= fit.synthesis_iou - opts.linear_tolerance:
                fit = self._fitted(weights, importance, kept, head, float(ious[head]), origins[head], "weights")
            out.append(fit)
        return out

    def _select(self, fit, heads: int) -> torch.Tensor:
        """(J, H) mask of the terms each head keeps: a fit on every term, then pruning.

        With a layer template, the least important terms of the layer are
        dropped a share at a time (``prune_keep``) and the rest fitted again,
        until ``max_terms`` remain: a term whose weight a correlated term took
        over in the full fit can then win it back.
        """
        opts = self.options
        j = len(self.terms)
        keep = torch.arange(j)
        blocks = self.blocks
        weights = fit(blocks, torch.ones((j, heads), dtype=torch.bool), lbfgs_steps=opts.select_steps, tv_steps=0)
        wanted = opts.max_terms + int(self.forced.sum())
        while opts.layer_template and 0 < opts.prune_keep < 1 and len(keep) > wanted:
            share = _importance(blocks, weights)
            share = (share / share.sum(dim=0, keepdim=True).clamp(min=1e-12)).sum(dim=1)
            share[self.forced[keep]] = float("inf")
            count = max(wanted, int(len(keep) * opts.prune_keep))
            kept = torch.sort(torch.topk(share, k=count).indices).values
            keep = keep[kept]
            blocks = [replace(b, x=b.x[..., keep]) for b in self.blocks]
            weights = fit(blocks, torch.ones((len(keep), heads), dtype=torch.bool), lbfgs_steps=opts.select_steps, tv_steps=0)
        full = torch.zeros((j, heads))
        full[keep] = weights
        return self._template(_importance(self.blocks, full))

    def _template(self, importance: torch.Tensor) -> torch.Tensor:
        """(J, H) mask of the terms each head keeps, from the terms' importance in the full fit."""
        opts = self.options
        j, h = importance.shape
        free = ~self.forced
        if opts.layer_template:
            # One term set for the whole layer (the terms most important across its
            # heads): every head of a layer then shares one program structure.
            share = importance / importance.sum(dim=0, keepdim=True).clamp(min=1e-12)
            share = torch.where(free, share.sum(dim=1), torch.full((j,), -1.0))
            template = torch.topk(share, k=min(opts.max_terms, int(free.sum()))).indices
            active = torch.zeros((j, h), dtype=torch.bool)
            active[template] = True
        else:
            active = torch.zeros((j, h), dtype=torch.bool)
            ranked = torch.where(free[:, None], importance, torch.full_like(importance, -1.0))
            keep = torch.topk(ranked, k=min(opts.max_terms, int(free.sum())), dim=0).indices  # (K, H)
            for head in range(h):
                for term in keep[:, head]:
                    if importance[term, head] > 1e-3:
                        active[term, head] = True
        active[self.forced] = True
        return active

    def _fitted(self, weights: torch.Tensor, importance: torch.Tensor, active: torch.Tensor, c: int, iou: float, origin: str, normalize: str) -> Fitted:
        """The program of candidate ``c`` (a column of weights), labelled by its most important term family."""
        j = weights.shape[0]
        terms = [self.terms[t] for t in range(j) if active[t, c]]
        values = [float(weights[t, c]) for t in range(j) if active[t, c]]
        imp = {self.terms[t].family: 0.0 for t in range(j) if active[t, c]}
        for t in range(j):
            if active[t, c]:
                imp[self.terms[t].family] += float(importance[t, c])
        return Fitted(terms, values, iou, family_label(imp), origin, normalize)

    def _cross_ious(self, weights: torch.Tensor) -> torch.Tensor:
        """Mean synthesis IoU of each candidate (column of weights) on each head."""
        h = weights.shape[1]
        total = torch.zeros((h, h))
        count = 0
        for b in self.blocks:
            p = softmax_patterns(b, weights)  # (E, T, T, C)
            for cand in range(h):
                rep = p[..., cand : cand + 1].expand_as(b.targets)
                total[cand] += sequence_ious(b, rep).sum(0)
            count += b.x.shape[0]
        return total / count

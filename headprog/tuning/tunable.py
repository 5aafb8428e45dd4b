"""Tunable heads: a program's coefficients as parameters, and its pattern rebuilt differentiably from its terms."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch

from headprog.compiler import reference
from headprog.errors import HeadprogError
from headprog.language import ir
from headprog.language.program import Program
from headprog.language.program_set import head_name
from headprog.tuning.linear_form import linear_form, with_coefficients

#: Term matrices kept for reuse across steps (a 256-token sequence with 400 terms takes 100 MB).
MATRIX_CACHE_BYTES = 4 * 2**30


@dataclass
class TunableHead:
    name: str
    layer: int
    head: int
    program: Program
    terms: list[ir.Node]  # the program's own terms, then the grown ones
    texts: list[str]  # the terms' canonical texts (where they sit in the term matrices)
    signs: torch.Tensor  # (J,) for weights programs; magnitudes are tuned as exp(theta)
    theta: torch.Tensor  # (J,) the tuned parameters
    own: int = 0  # how many of the terms are the program's own (the rest were grown)
    index: torch.Tensor | None = None  # (J,) the terms' columns in the term matrices
    grown_scale: float = 1.0  # linear programs: a grown term's weight is grown_scale * max(theta, 0)

    def weights(self) -> torch.Tensor:
        if self.program.normalize != "weights":
            return self.theta
        own = self.signs[: self.own] * torch.exp(self.theta[: self.own].clamp(max=30.0))
        # Grown terms start at exactly 0 (the program's own pattern) and may grow; a log
        # magnitude could not start at 0, and any start above it would change the pattern.
        grown = self.grown_scale * self.theta[self.own :].clamp(min=0.0)
        return torch.cat([own, grown])

    def values(self) -> list[float]:
        return [float(w) for w in self.weights().detach()]


def grow_term(text: str, features_version: str) -> ir.Node | None:
    """A grown term's IR for a program of ``features_version``, or None when that version lacks its features."""
    from headprog.synthesis.terms import term_ir

    try:
        return term_ir(text, features_version)
    except HeadprogError:
        return None


def tunable_head(program: Program, layer: int, head: int, grow: Sequence[str] = ()) -> TunableHead | str:
    """The head's tunable form, or why it has none; ``grow``: terms to add (at weight 0) where missing."""
    from headprog.language.printer import format_expr

    pieces = linear_form(program.expr)
    terms = [t for _, t in pieces]
    if not any(t.deps for t in terms):
        return "its result does not depend on q or k"
    if len(terms) == 1 and program.normalize == "weights" and not grow:
        return "a linear program of one term: its scale does not change its pattern"
    values = torch.tensor([w for w, _ in pieces], dtype=torch.float64)
    if program.normalize == "weights" and (values == 0).any():
        return "a coefficient is zero"
    texts = [format_expr(t) for t in terms]
    own = len(terms)
    for text in grow:
        node = grow_term(text, program.features_version)
        if node is not None and format_expr(node) not in texts:
            terms.append(node)
            texts.append(format_expr(node))
    n_grown = len(terms) - own
    if program.normalize == "weights":
        theta = torch.cat([values.abs().log(), torch.zeros(n_grown, dtype=torch.float64)])
        signs = torch.cat([values.sign(), torch.ones(n_grown, dtype=torch.float64)])
    else:
        theta = torch.cat([values, torch.zeros(n_grown, dtype=torch.float64)])
        signs = torch.ones_like(theta)
    return TunableHead(
        name=head_name(layer, head),
        layer=layer,
        head=head,
        program=program,
        terms=terms,
        texts=texts,
        signs=signs.float(),
        theta=theta.float().requires_grad_(True),
        own=own,
        grown_scale=float(values.abs().median()),  # Adam's steps in theta are then relative to the program's weights
    )


class TermMatrices:
    """Every term of the tuned heads, evaluated once per calibration sequence: (T, T, U) float32.

    One tensor per sequence for all heads (not one per head): heads of a layer
    share most terms, and the patterns are ``X @ W`` for all of a layer's heads at once.
    """

    def __init__(self, heads: Sequence[TunableHead], device: torch.device | str = "cpu") -> None:
        self.device = torch.device(device)
        self.terms: dict[str, ir.Node] = {}
        for head in heads:
            for text, term in zip(head.texts, head.terms):
                self.terms.setdefault(text, term)
        column = {text: j for j, text in enumerate(self.terms)}
        for head in heads:
            head.index = torch.tensor([column[t] for t in head.texts], dtype=torch.long, device=self.device)
        self._cache: OrderedDict[tuple[int, ...], torch.Tensor] = OrderedDict()
        self._bytes = 0

    def get(self, ids: Sequence[int], features: np.ndarray) -> torch.Tensor:
        key = tuple(ids)
        got = self._cache.get(key)
        if got is not None:
            self._cache.move_to_end(key)
        else:
            t = features.shape[1]
            causal = np.tril(np.ones((t, t), dtype=bool))
            got = torch.empty((t, t, len(self.terms)), dtype=torch.float32)
            for j, term in enumerate(self.terms.values()):
                got[:, :, j] = torch.from_numpy(np.where(causal, np.broadcast_to(reference.evaluate(term, features), (t, t)), 0.0).astype(np.float32))
            got = got.to(self.device)
            self._cache[key] = got
            self._bytes += got.numel() * got.element_size()
            while len(self._cache) > 1 and self._bytes > MATRIX_CACHE_BYTES:
                _, dropped = self._cache.popitem(last=False)  # the least recently used sequence is evaluated again when next needed
                self._bytes -= dropped.numel() * dropped.element_size()
        return got

    def evaluated(self) -> list[torch.Tensor]:
        """The matrices of every sequence evaluated so far."""
        return list(self._cache.values())

    def weights(self, heads: Sequence[TunableHead], dtype: torch.dtype = torch.float32) -> torch.Tensor:
        """(U, len(heads)) coefficients of ``heads`` by term column: a sequence's scores are ``X @ W``."""
        w = torch.zeros((len(self.terms), len(heads)), dtype=dtype, device=self.device)
        for i, head in enumerate(heads):
            w = w.index_put((head.index, torch.full_like(head.index, i)), head.weights().to(self.device, dtype), accumulate=True)
        return w


def differentiable_pattern(scores: torch.Tensor, normalize: str, fallback: str) -> torch.Tensor:
    """The program's (T, T) pattern from its (T, T) scores ``Σ_j w_j · term_j`` (differentiable)."""
    t = scores.shape[0]
    causal = torch.ones((t, t), dtype=torch.bool, device=scores.device).tril()
    if normalize == "softmax":
        return torch.softmax(scores.masked_fill(~causal, float("-inf")), dim=1)
    scores = torch.where(causal, scores.clamp(min=0.0), torch.zeros_like(scores))
    total = scores.sum(dim=1, keepdim=True)
    fallback_rows = torch.from_numpy(reference.fallback_rows(t, fallback)).to(scores.device, scores.dtype)
    return torch.where(total > 0, scores / total.clamp(min=1e-30), fallback_rows)


def grown_effects(head: TunableHead, matrices: TermMatrices) -> np.ndarray:
    """Each grown term's effect on the calibration text: its mean share of a row's mass (linear programs),
    or the largest logit change it makes divided by 10 (softmax programs)."""
    w = head.weights().detach().cpu().double().numpy()
    effects = np.zeros(len(head.terms) - head.own)
    rows = 0
    for x in matrices.evaluated():
        cols = x[:, :, head.index.to(x.device)].cpu().double().numpy()  # (T, T, J)
        if head.program.normalize == "weights":
            mass = (cols * w).sum(axis=1)  # (T, J): each term's mass per row
            total = mass.sum(axis=1, keepdims=True)
            share = np.divide(mass, total, out=np.zeros_like(mass), where=total > 0)
            effects += share[:, head.own :].sum(axis=0)
            rows += cols.shape[0]
        else:
            effects = np.maximum(effects, np.abs(cols[:, :, head.own :]).max(axis=(0, 1)) * np.abs(w[head.own :]) / 10.0)
    return effects / rows if rows else effects


def choose_grown(head: TunableHead, matrices: TermMatrices, max_grown: int, min_share: float) -> list[str]:
    """The grown terms ``head`` keeps: at most ``max_grown``, each with an effect of at least ``min_share``,
    and no more than keep a fast program fast."""
    if len(head.terms) == head.own:
        return []
    effects = grown_effects(head, matrices)
    order = [int(j) for j in np.argsort(-effects, kind="stable") if effects[j] >= min_share][:max_grown]
    from headprog.selection import is_fast_program

    was_fast = is_fast_program(head.program)
    values = head.values()
    while order and was_fast:
        keep = list(range(head.own)) + [head.own + j for j in sorted(order)]
        if is_fast_program(with_coefficients(head.program, [head.terms[i] for i in keep], [values[i] for i in keep])):
            break
        order.pop()  # the weakest kept grown term
    return [head.texts[head.own + j] for j in sorted(order)]


def keep_grown(head: TunableHead, texts: Sequence[str]) -> None:
    """Drop the grown terms of ``head`` not in ``texts`` (its own terms all stay); its parameters become new tensors."""
    wanted = set(texts)
    keep = list(range(head.own)) + [j for j in range(head.own, len(head.terms)) if head.texts[j] in wanted]
    head.terms = [head.terms[i] for i in keep]
    head.texts = [head.texts[i] for i in keep]
    head.signs = head.signs[keep]
    if head.index is not None:
        head.index = head.index[keep]
    head.theta = head.theta.detach()[keep].clone().requires_grad_(True)

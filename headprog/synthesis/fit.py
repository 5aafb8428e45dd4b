"""Fitting term weights to recorded attention, all heads of a layer at once.

A softmax program over terms f_j is a log-linear model of each attention row:
P(k | q) ∝ exp(Σ_j w_j f_j(q, k)). Its cross-entropy against the recorded
pattern is convex in w, so the first fit (L-BFGS) is deterministic and needs
no start point; a second phase descends on the rows' total-variation
distance, which is what soft IoU measures. The term features are the same
for every head (they depend on the tokens only), so the heads of a layer are
fitted together in one batched problem.

A linear (``weights``) program is a mixture instead: P(k | q) ∝ Σ_j w_j f_j(q, k)
with w_j >= 0. It is fitted the same way, on log-weights. Such programs
compile to running sums (:mod:`headprog.compiler.linear`), O(T·d) per head.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from headprog.synthesis.terms import term_matrices


@dataclass
class Block:
    """Sequences of one kind, padded to one length."""

    x: torch.Tensor  # (E, T, T, J) term values
    mask: torch.Tensor  # (E, T, T) causal entries inside each sequence
    rows: torch.Tensor  # (E, T) rows inside each sequence
    lengths: torch.Tensor  # (E,)
    targets: torch.Tensor | None = None  # (E, T, T, H)


def build_blocks(feature_list: list[np.ndarray], kinds: list[str], texts: list[str]) -> list[Block]:
    """Group sequences by kind and evaluate every term on them."""
    blocks = []
    for kind in sorted(set(kinds)):
        members = [f for f, k in zip(feature_list, kinds) if k == kind]
        t = max(f.shape[1] for f in members)
        x = np.zeros((len(members), t, t, len(texts)), dtype=np.float32)
        mask = np.zeros((len(members), t, t), dtype=bool)
        lengths = np.array([f.shape[1] for f in members])
        for e, f in enumerate(members):
            n = f.shape[1]
            x[e, :n, :n] = term_matrices(f, texts)
            mask[e, :n, :n] = np.tril(np.ones((n, n), dtype=bool))
        rows = torch.from_numpy(mask.any(axis=2))
        blocks.append(Block(torch.from_numpy(x), torch.from_numpy(mask), rows, torch.from_numpy(lengths)))
    return blocks


def set_targets(blocks: list[Block], target_list: list[list[np.ndarray]], kinds: list[str]) -> None:
    """Attach recorded patterns: target_list[h][i] is head h's (T, T) pattern on sequence i."""
    for block, kind in zip(blocks, sorted(set(kinds))):
        idx = [i for i, k in enumerate(kinds) if k == kind]
        e, t = block.x.shape[0], block.x.shape[1]
        a = np.zeros((e, t, t, len(target_list)), dtype=np.float32)
        for h, per_seq in enumerate(target_list):
            for j, i in enumerate(idx):
                p = per_seq[i]
                n = p.shape[0]
                a[j, :n, :n, h] = p
        block.targets = torch.from_numpy(a)


def softmax_patterns(block: Block, weights: torch.Tensor) -> torch.Tensor:
    """(E, T, T, H) patterns of softmax programs with term weights (J, H)."""
    logits = torch.einsum("etkj,jh->etkh", block.x, weights)
    logits = logits.masked_fill(~block.mask[..., None], float("-inf"))
    p = torch.softmax(logits, dim=2)
    return torch.nan_to_num(p, nan=0.0)


def _log_patterns(block: Block, weights: torch.Tensor) -> torch.Tensor:
    logits = torch.einsum("etkj,jh->etkh", block.x, weights)
    logits = logits.masked_fill(~block.mask[..., None], float("-inf"))
    return torch.log_softmax(logits, dim=2)


def _cross_entropy(block: Block, weights: torch.Tensor) -> torch.Tensor:
    """Summed cross-entropy of the recorded rows under the program, all heads."""
    logp = _log_patterns(block, weights)
    return -(block.targets * torch.where(block.mask[..., None], logp, torch.zeros_like(logp))).sum()


def _total_variation(block: Block, weights: torch.Tensor) -> torch.Tensor:
    """Summed total-variation distance of rows, all heads (padding rows are all-zero on both sides)."""
    p = torch.nan_to_num(_log_patterns(block, weights).exp(), nan=0.0)
    return 0.5 * (block.targets - p).abs().sum()


def minimise_lbfgs(param: torch.Tensor, objective, steps: int) -> None:
    """Minimise ``objective()`` over ``param`` with L-BFGS (strong Wolfe line search; deterministic)."""
    opt = torch.optim.LBFGS([param], lr=1.0, max_iter=steps, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = objective()
        loss.backward()
        return loss

    opt.step(closure)


def fit_softmax(blocks: list[Block], active: torch.Tensor, *, l2: float = 1e-3, lbfgs_steps: int = 60, tv_steps: int = 80, lr: float = 0.05,
                init: torch.Tensor | None = None) -> torch.Tensor:
    """Fit weights (J, H) for softmax programs; ``active`` (J, H) masks the terms each head may use; ``init``: start weights (default 0)."""
    j, h = active.shape
    n_rows = sum(float(b.rows.sum()) for b in blocks)
    weights = (torch.zeros((j, h)) if init is None else init.detach().clone().float()).requires_grad_(True)
    mask = active.float()

    def ce_objective() -> torch.Tensor:
        w = weights * mask
        total = sum(_cross_entropy(b, w) for b in blocks) / n_rows
        return total + l2 * (w**2).sum()

    minimise_lbfgs(weights, ce_objective, lbfgs_steps)
    if tv_steps:
        adam = torch.optim.Adam([weights], lr=lr)
        for _ in range(tv_steps):
            adam.zero_grad()
            w = weights * mask
            loss = sum(_total_variation(b, w) for b in blocks) / n_rows + 0.1 * l2 * (w**2).sum()
            loss.backward()
            adam.step()
    return (weights * mask).detach()


def rounded_weight(w: float) -> float:
    """A weight as a program file writes it: three significant digits (programs stay short and diffable)."""
    return float(f"{w:.3g}")


def sequence_ious(block: Block, patterns: torch.Tensor) -> torch.Tensor:
    """Soft IoU (clipped as in scoring.soft_iou) per sequence and head: (E, H)."""
    a = block.targets.clamp(1e-12, 1.0)
    p = patterns.clamp(1e-12, 1.0)
    m = block.mask[..., None]
    inter = torch.where(m, torch.minimum(a, p), torch.zeros_like(a)).sum(dim=(1, 2))
    union = torch.where(m, torch.maximum(a, p), torch.zeros_like(a)).sum(dim=(1, 2))
    return inter / union


#: Added to a linear program's row sums in the fit, so an empty row is not a division by zero.
_LINEAR_EPS = 1e-9


def linear_patterns(block: Block, weights: torch.Tensor) -> torch.Tensor:
    """(E, T, T, H) patterns of linear programs with non-negative term weights (J, H)."""
    num = torch.einsum("etkj,jh->etkh", block.x, weights) * block.mask[..., None]
    return num / (num.sum(dim=2, keepdim=True) + _LINEAR_EPS)


def fit_linear(blocks: list[Block], active: torch.Tensor, *, lbfgs_steps: int = 60, tv_steps: int = 80, lr: float = 0.05,
               init: torch.Tensor | None = None) -> torch.Tensor:
    """Fit non-negative weights (J, H) of linear programs, as exp(theta); ``active`` masks the terms; ``init``: start weights (default 1)."""
    j, h = active.shape
    n_rows = sum(float(b.rows.sum()) for b in blocks)
    start = torch.zeros((j, h)) if init is None else torch.log(init.detach().float().clamp(min=1e-8))
    theta = start.clone().requires_grad_(True)
    mask = active.float()

    def weights() -> torch.Tensor:
        return torch.exp(theta.clamp(max=20.0)) * mask

    def ce_objective() -> torch.Tensor:
        w = weights()
        total = 0.0
        for b in blocks:
            p = linear_patterns(b, w)
            total = total - (b.targets * torch.log(p + _LINEAR_EPS) * b.mask[..., None]).sum()
        return total / n_rows + 1e-4 * (theta**2).sum()

    minimise_lbfgs(theta, ce_objective, lbfgs_steps)
    if tv_steps:
        adam = torch.optim.Adam([theta], lr=lr)
        for _ in range(tv_steps):
            adam.zero_grad()
            w = weights()
            loss = sum(0.5 * (b.targets - linear_patterns(b, w)).abs().sum() for b in blocks) / n_rows
            loss.backward()
            adam.step()
    return weights().detach()

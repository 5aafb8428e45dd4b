"""Fitting explanation ladders: the best programs with 1, 2, 3, 5 and 8 of a head's terms.

The candidates of a head are the *units* of its full program: each weighted
term, and each table family as one unit (a table counts as one term). The
rungs come from greedy forward selection, all heads of a layer at once, on
the term blocks the search already built, in the full program's own mode:

- **softmax programs**: the current rung's pattern ``p`` is tilted by each
  candidate unit, ``p' ∝ p · exp(Σ_i v_i x_i)``, which is exactly the program
  with the unit added. For indicator terms (and tables, whose entries are
  disjoint indicators) its cross-entropy depends on each row only through the
  mass that ``p`` and the recorded pattern put on each indicator, so the best
  ``v`` of every candidate is a small batched Newton solve over rows, not a
  fit over every (q, k) (a term with other values, ``decay``, is solved over
  its entries). The head takes the unit that lowers its cross-entropy most,
  less ½·log(rows) per extra parameter (so a table must earn its entries),
  and the chosen units are refitted together;
- **linear programs** (non-negative mixtures): each unit brings its share of
  the full program (its terms with the full program's weights), added at a
  few scales to the current mixture; the head takes the unit and scale whose
  mixture is nearest the recorded rows in total variation (what IoU measures),
  on a subsample of the fit text.

At each ladder size the rung is then refitted (L-BFGS on cross-entropy from
the selection's weights) and polished on total variation, as the search fits
its programs. One thread, a fixed order: ladders are deterministic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import torch

from headprog.synthesis.fit import Block, fit_linear, fit_softmax, rounded_weight, sequence_ious, softmax_patterns

__all__ = ["LadderOptions", "Unit", "fit_ladders", "rung_sequence_ious", "uniform_sequence_ious"]


@dataclass(frozen=True)
class Unit:
    """One term of a ladder: a weighted term of the full program, or a whole table family."""

    name: str  # the term's name in the search library, or the table family's
    role: str  # what it does, e.g. "previous token" (headprog.synthesis.roles)
    columns: tuple[int, ...]  # its columns among the term blocks


@dataclass(frozen=True)
class LadderOptions:
    rungs: tuple[int, ...] = (1, 2, 3, 5, 8)
    newton_steps: int = 8  # per softmax candidate
    refit_steps: int = 5  # L-BFGS iterations after each unit a softmax rung adds
    lbfgs_steps: int = 3  # the final refit of each rung (from the selection's weights) ...
    tv_steps: int = 8  # ... and its total-variation polish
    scales: tuple[float, ...] = (0.5, 1.0, 2.0)  # of a linear unit's share of the full program
    screen_entries: int = 40_000  # (q, k) entries per block a linear selection scores
    table_penalty: float = 1e-3  # mean row total variation a linear table must gain over a single term


def _sub_blocks(blocks: list[Block], cols: list[int], heads: list[int], examples: int | None = None) -> list[Block]:
    """The blocks restricted to some term columns and heads' targets (and to their first ``examples`` sequences)."""
    idx = torch.tensor(cols, dtype=torch.long)
    hidx = torch.tensor(heads, dtype=torch.long)
    out = []
    for b in blocks:
        n = b.x.shape[0] if examples is None else max(1, min(b.x.shape[0], examples // (b.x.shape[1] ** 2)))
        out.append(Block(b.x[:n].index_select(3, idx), b.mask[:n], b.rows[:n], b.lengths[:n], b.targets[:n].index_select(3, hidx)))
    return out


def _binary(blocks: list[Block]) -> torch.Tensor:
    """(J,) whether a term only takes the values 0 and 1 (an indicator)."""
    out = torch.ones(blocks[0].x.shape[3], dtype=torch.bool)
    for b in blocks:
        out &= ((b.x == 0) | (b.x == 1)).flatten(0, 2).all(dim=0)
    return out


def _row_stats(blocks: list[Block], mass: list[torch.Tensor]) -> torch.Tensor:
    """(R, J, H): the mass of each head's pattern on each term, row by row (rows of every block)."""
    return torch.cat([torch.einsum("etkh,etkj->etjh", m, b.x).flatten(0, 1) for b, m in zip(blocks, mass)])


def _tilt_tables(s: torch.Tensor, a: torch.Tensor, arow: torch.Tensor, cands: list[tuple[int, tuple[int, ...]]],
                 steps: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Best tilt weights of indicator units (disjoint indicators each), and the cross-entropy each removes.

    ``s``/``a``: (R, J, H) the pattern's / the target's mass on each term per
    row; ``arow``: (R, H) the target's mass per row; ``cands``: (head, columns).
    Returns (C, M) weights (columns padded to M) and (C,) gains in nats.
    """
    j = s.shape[1]
    m = max(len(cols) for _, cols in cands)
    col = torch.full((len(cands), m), j, dtype=torch.long)
    for c, (_, cols) in enumerate(cands):
        col[c, : len(cols)] = torch.tensor(cols)
    head = torch.tensor([h for h, _ in cands], dtype=torch.long)[:, None]
    pad = torch.zeros((s.shape[0], 1, s.shape[2]))
    sc = torch.cat([s, pad], dim=1)[:, col, head].permute(1, 0, 2).double()  # (C, R, M)
    ac = torch.cat([a, pad], dim=1)[:, col, head].permute(1, 0, 2).double()
    wc = arow[:, head[:, 0]].T.double()  # (C, R)
    v = torch.zeros((len(cands), m), dtype=torch.float64)
    eye = torch.eye(m, dtype=torch.float64)
    for _ in range(steps):
        ev = torch.exp(v)[:, None, :]
        z = 1.0 + (sc * (ev - 1.0)).sum(-1)
        q = sc * ev / z[..., None]
        wq = wc[..., None] * q
        grad = (ac - wq).sum(1)
        hess = torch.diag_embed(wq.sum(1)) - torch.bmm(wq.transpose(1, 2), q) + 1e-6 * eye
        step = torch.linalg.solve(hess, grad[..., None])[..., 0]
        v = (v + step.clamp(-4.0, 4.0)).clamp(-30.0, 30.0)
    z = 1.0 + (sc * (torch.exp(v)[:, None, :] - 1.0)).sum(-1)
    gain = (ac * v[:, None, :]).sum((1, 2)) - (wc * torch.log(z)).sum(1)
    return v.float(), gain.float()


def _tilt_dense(blocks: list[Block], logp: list[torch.Tensor], cands: list[tuple[int, int]], steps: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Best tilt weight of single terms with other values than 0/1 (``decay``), over every entry: (C,) weights and gains."""
    head = torch.tensor([h for h, _ in cands], dtype=torch.long)
    col = torch.tensor([c for _, c in cands], dtype=torch.long)
    data = [(b.x.index_select(3, col), b.targets.index_select(3, head), lp.index_select(3, head)) for b, lp in zip(blocks, logp)]
    v = torch.zeros(len(cands))

    def per_block(x: torch.Tensor, a: torch.Tensor, lp: torch.Tensor, v: torch.Tensor):
        lq = lp + v * x
        lz = torch.logsumexp(lq, dim=2, keepdim=True)
        q = torch.nan_to_num(torch.exp(lq - lz), nan=0.0)
        arow, ax = a.sum(2), (a * x).sum(2)
        ex, ex2 = (q * x).sum(2), (q * x * x).sum(2)
        value = (v * ax - arow * torch.nan_to_num(lz[:, :, 0], neginf=0.0)).sum((0, 1))
        return (ax - arow * ex).sum((0, 1)), (arow * (ex2 - ex * ex)).sum((0, 1)), value

    for _ in range(steps):
        parts = [per_block(x, a, lp, v) for x, a, lp in data]
        grad, hess = sum(p[0] for p in parts), sum(p[1] for p in parts)
        v = (v + (grad / (hess + 1e-6)).clamp(-4.0, 4.0)).clamp(-30.0, 30.0)
    return v, sum(per_block(x, a, lp, v)[2] for x, a, lp in data)


def _log_patterns(blocks: list[Block], weights: torch.Tensor) -> list[torch.Tensor]:
    out = []
    for b in blocks:
        logits = torch.einsum("etkj,jh->etkh", b.x, weights).masked_fill(~b.mask[..., None], float("-inf"))
        out.append(torch.log_softmax(logits, dim=2))
    return out


def _softmax_step(blocks: list[Block], weights: torch.Tensor, left: list[list[Unit]], binary: torch.Tensor,
                  a_stats: torch.Tensor, arow: torch.Tensor, opts: LadderOptions) -> list[tuple[Unit, dict[int, float]] | None]:
    """Each softmax head's best next unit with its tilt weights; None when none is left."""
    logp = _log_patterns(blocks, weights)
    stats = _row_stats(blocks, [torch.nan_to_num(lp.exp(), nan=0.0) for lp in logp])
    penalty = 0.5 * math.log(max(2.0, float(sum(b.rows.sum() for b in blocks))))
    groups: dict[str, list[tuple[int, Unit]]] = {"one": [], "table": [], "dense": []}
    for h, units in enumerate(left):
        for u in units:
            kind = "table" if len(u.columns) > 1 else "one" if bool(binary[u.columns[0]]) else "dense"
            groups[kind].append((h, u))
    scored: list[tuple[int, float, int, Unit, dict[int, float]]] = []  # (head, gain, place, unit, weights)
    for kind, members in groups.items():
        if not members:
            continue
        if kind == "dense":
            v, gain = _tilt_dense(blocks, logp, [(h, u.columns[0]) for h, u in members], opts.newton_steps)
            v = v[:, None]
        else:
            v, gain = _tilt_tables(stats, a_stats, arow, [(h, u.columns) for h, u in members], opts.newton_steps)
        for c, (h, u) in enumerate(members):
            value = float(gain[c]) - penalty * (len(u.columns) - 1)
            scored.append((h, value, left[h].index(u), u, {col: float(v[c, i]) for i, col in enumerate(u.columns)}))
    return _best(scored, len(left), higher=True)


def _best(scored: list[tuple[int, float, int, Unit, dict[int, float]]], heads: int, higher: bool) -> list[tuple[Unit, dict[int, float]] | None]:
    """Per head, the candidate with the best value (ties: the unit listed first)."""
    best: list[tuple[Unit, dict[int, float]] | None] = [None] * heads
    for h in range(heads):
        mine = [s for s in scored if s[0] == h]
        if mine:
            pick = max(mine, key=lambda s: (s[1] if higher else -s[1], -s[2]))
            best[h] = (pick[3], pick[4])
    return best


def _mixture_step(blocks: list[Block], numer: list[list[torch.Tensor]], shares: list[list[torch.Tensor]], targets: list[list[torch.Tensor]],
                  left: list[list[Unit]], units: list[list[Unit]], full: torch.Tensor, opts: LadderOptions) -> list[tuple[Unit, dict[int, float]] | None]:
    """Each linear head's best next unit and scale: the mixture nearest its recorded rows in total variation.

    Per head h and block b: ``numer[h][b]`` (E, T, T) the current mixture's
    scores, ``shares[h][b]`` (E, T, T, U) each unit's share of the full
    program, ``targets[h][b]`` (E, T, T); ``full``: (J, H) the full programs' weights.
    """
    scales = torch.tensor(opts.scales)
    scored: list[tuple[int, float, int, Unit, dict[int, float]]] = []
    rows = float(sum(b.rows.sum() for b in blocks))
    for h, cands in enumerate(left):
        if not cands:
            continue
        pick = torch.tensor([units[h].index(u) for u in cands], dtype=torch.long)
        tv = torch.zeros((len(cands), len(scales)))
        for b, n, sh, a in zip(blocks, numer[h], shares[h], targets[h]):
            cand = n[..., None, None] + sh.index_select(3, pick)[..., None] * scales  # (E, T, T, C, S)
            total = cand.sum(2, keepdim=True)
            p = cand / total.clamp(min=1e-30)
            empty = (total[:, :, 0] <= 0) & b.rows[..., None, None]
            p[:, :, 0] = torch.where(empty, torch.ones_like(p[:, :, 0]), p[:, :, 0])  # fallback: the first token
            tv += 0.5 * (a[..., None, None] - p).abs().sum((0, 1, 2))
        tv = tv / rows
        for c, u in enumerate(cands):
            s = int(tv[c].argmin())
            value = float(tv[c, s]) + opts.table_penalty * (len(u.columns) > 1)
            scored.append((h, value, c, u, {j: float(full[j, h]) * float(scales[s]) for j in u.columns}))
    return _best(scored, len(left), higher=False)


def _refit(blocks: list[Block], active: torch.Tensor, modes: list[str], init: torch.Tensor, opts: LadderOptions) -> torch.Tensor:
    """Fit each head's active terms in its own mode from ``init``, then polish on total variation: (J, H) weights."""
    out = torch.zeros_like(init)
    for mode in ("softmax", "weights"):
        heads = [h for h, m in enumerate(modes) if m == mode and bool(active[:, h].any())]
        if not heads:
            continue
        cols = [j for j in range(active.shape[0]) if bool(active[j, heads].any())]
        sub = _sub_blocks(blocks, cols, heads)
        act, start = active[cols][:, heads], init[cols][:, heads]
        fit = fit_softmax if mode == "softmax" else fit_linear
        w = fit(sub, act, lbfgs_steps=opts.lbfgs_steps, tv_steps=opts.tv_steps, init=start)
        for i, h in enumerate(heads):
            out[cols, h] = torch.where(act[:, i], w[:, i], torch.zeros_like(w[:, i]))
    return out


def _softmax_refit(blocks: list[Block], active: torch.Tensor, weights: torch.Tensor, heads: list[int], steps: int) -> torch.Tensor:
    """A short joint cross-entropy refit of the softmax heads' chosen terms (only the columns they use)."""
    cols = [j for j in range(active.shape[0]) if bool(active[j, heads].any())]
    if not cols or not heads or steps <= 0:
        return weights
    w = fit_softmax(_sub_blocks(blocks, cols, heads), active[cols][:, heads], lbfgs_steps=steps, tv_steps=0, init=weights[cols][:, heads])
    out = weights.clone()
    for i, h in enumerate(heads):
        out[cols, h] = w[:, i]
    return out


def fit_ladders(blocks: list[Block], units: list[list[Unit]], modes: list[str], full: list[dict[int, float]],
                opts: LadderOptions | None = None) -> list[tuple[list[Unit], dict[int, dict[int, float]]]]:
    """Ladders of the heads of one layer.

    ``blocks``: term blocks with the layer's targets attached (one target
    column per head); ``units[h]``: head h's units; ``modes[h]``: its full
    program's normalization; ``full[h]``: its full program's weight per term
    column. Returns per head the units in the order they were chosen and, per
    rung size below the head's unit count, the rung's weights by term column.
    """
    opts = opts or LadderOptions()
    h = len(units)
    cols = sorted({c for us in units for u in us for c in u.columns})
    if not cols:
        return [([], {}) for _ in units]
    local = {c: i for i, c in enumerate(cols)}
    blocks = _sub_blocks(blocks, cols, list(range(h)))
    units = [[replace(u, columns=tuple(local[c] for c in u.columns)) for u in us] for us in units]
    full_w = torch.zeros((len(cols), h))
    for i, weights in enumerate(full):
        for c, w in weights.items():
            if c in local:
                full_w[local[c], i] = w
    soft = [i for i in range(h) if modes[i] == "softmax"]
    lin = [i for i in range(h) if modes[i] != "softmax"]
    # Units are chosen on a subsample of the fit text (the first sequences of each block); rungs are fitted on all of it.
    screen = _sub_blocks(blocks, list(range(len(cols))), list(range(h)), opts.screen_entries)
    binary = _binary(blocks)
    a_stats = _row_stats(screen, [b.targets for b in screen])
    arow = torch.cat([b.targets.sum(2).flatten(0, 1) for b in screen])
    # Per linear head, contiguous copies: the mixture so far, its units' shares, its recorded rows.
    by_term = [replace(b, x=b.x.permute(3, 0, 1, 2).contiguous().permute(1, 2, 3, 0)) for b in screen]  # terms outermost in memory
    shares = [[_unit_shares(b, units[i], full_w[:, i]) for b in by_term] if i in lin else [] for i in range(h)]
    numer = [[torch.zeros(b.mask.shape) for b in screen] if i in lin else [] for i in range(h)]
    targets = [[b.targets[..., i].contiguous() for b in screen] if i in lin else [] for i in range(h)]
    weights = torch.zeros((len(cols), h))
    active = torch.zeros((len(cols), h), dtype=torch.bool)
    order: list[list[Unit]] = [[] for _ in range(h)]
    snapshots: dict[int, tuple[torch.Tensor, torch.Tensor]] = {}
    for size in range(1, max(opts.rungs) + 1):
        # A head stops growing once the next rung would hold every unit of its full program.
        left = [[u for u in us if u not in order[i]] if size < len(us) else [] for i, us in enumerate(units)]
        if not any(left):
            break
        picks = [None] * h
        if any(left[i] for i in soft):
            picks = _softmax_step(screen, weights, [left[i] if i in soft else [] for i in range(h)], binary, a_stats, arow, opts)
        if any(left[i] for i in lin):
            mixed = _mixture_step(screen, numer, shares, targets, [left[i] if i in lin else [] for i in range(h)], units, full_w, opts)
            picks = [mixed[i] if i in lin else picks[i] for i in range(h)]
        for i, pick in enumerate(picks):
            if pick is None:
                continue
            unit, w = pick
            order[i].append(unit)
            for c, value in w.items():
                weights[c, i], active[c, i] = value, True
            if i in lin:  # the mixture grows by the unit's share at the chosen scale
                k, base = units[i].index(unit), float(full_w[list(unit.columns), i].sum())
                scale = sum(w.values()) / base if base > 0 else 1.0
                for n, sh in zip(numer[i], shares[i]):
                    n += sh[..., k] * scale
        weights = _softmax_refit(screen, active, weights, [i for i in soft if picks[i] is not None], opts.refit_steps)
        if size in opts.rungs:
            grown = torch.tensor([len(order[i]) == size for i in range(h)])
            snapshots[size] = (weights.clone(), active & grown[None, :])
    rungs: list[dict[int, dict[int, float]]] = [{} for _ in range(h)]
    for size, (w, act) in snapshots.items():
        fitted = _refit(blocks, act, modes, w, opts)
        for i in range(h):
            if bool(act[:, i].any()):
                rungs[i][size] = {cols[j]: float(fitted[j, i]) for j in range(len(cols)) if bool(act[j, i])}
    return [([_global(u, cols) for u in order[i]], rungs[i]) for i in range(h)]


def _unit_shares(block: Block, units: list[Unit], full: torch.Tensor) -> torch.Tensor:
    """(E, T, T, U): each of a head's units, its terms weighted as in the head's full program (``full``: (J,))."""
    by_term = block.x.permute(3, 0, 1, 2)  # gathering a unit's terms then reads only those terms
    out = torch.zeros((*block.x.shape[:3], len(units)))
    for k, u in enumerate(units):
        idx = torch.tensor(u.columns, dtype=torch.long)
        out[..., k] = torch.einsum("jetk,j->etk", by_term[idx], full[idx]).clamp(min=0.0)
    return out


def _global(unit: Unit, cols: list[int]) -> Unit:
    return replace(unit, columns=tuple(cols[c] for c in unit.columns))


def _patterns(block: Block, weights: torch.Tensor, modes: list[str]) -> torch.Tensor:
    """(E, T, T, C) patterns of programs with the given weights, as the reference backend computes them.

    Linear programs clip their scores at 0 and a row with no support falls
    back to the first token, as synthesized programs declare (``fallback="first"``).
    """
    soft = softmax_patterns(block, weights)
    lin = torch.einsum("etkj,jh->etkh", block.x, weights).clamp(min=0.0) * block.mask[..., None]
    total = lin.sum(dim=2, keepdim=True)
    lin = lin / total.clamp(min=1e-30)
    empty = (total[:, :, 0, :] <= 0) & block.rows[..., None]  # (E, T, C)
    lin[:, :, 0, :] = torch.where(empty, torch.ones_like(lin[:, :, 0, :]), lin[:, :, 0, :])
    pick = torch.tensor([m == "softmax" for m in modes])
    return torch.where(pick, soft, lin)


def rung_sequence_ious(blocks: list[Block], weights: torch.Tensor, modes: list[str]) -> list[torch.Tensor]:
    """Per block, (E, C) soft IoU of programs with the given weights (J, C), rounded as files write them, against the blocks' targets (E, T, T, C)."""
    w = weights.clone().apply_(rounded_weight)
    return [sequence_ious(b, _patterns(b, w, modes)) for b in blocks]


def uniform_sequence_ious(blocks: list[Block]) -> list[torch.Tensor]:
    """Per block, (E, H) soft IoU of the uniform causal pattern against each head's target."""
    zero = torch.zeros((blocks[0].x.shape[3], blocks[0].targets.shape[3]))
    return [sequence_ious(b, softmax_patterns(b, zero)) for b in blocks]

"""Diagnosis: how much held-out IoU the offline search's term library can reach at all.

For each chosen layer, the heads are fitted on the store's synthesis examples
(as :mod:`headprog.synthesis.search` does) three ways, and scored on the
held-out examples of each length band:

- ``search``: the offline search as configured (one term template per layer,
  at most ``max_terms`` terms, a linear program where it fits nearly as well);
- ``per head``: the same, but each head keeps its own most important terms
  (no shared template; many more program structures);
- ``every term``: a softmax program over every term of the library, each head
  its own weights (no sparsity at all): what the library can express.
- ``every term by query class``: the same, but each term's weight is a table
  over the query's word class (13 times the weights of ``every term``; a
  program would need a ``table(word_class(q), ...)`` factor on every term).

If ``every term`` stays far below a target, no choice of terms from this
library reaches it; the terms themselves must say more. If ``every term by
query class`` stays there too, letting the query's lexical class steer every
term does not get there either.

Run: ``.venv/bin/python -m benchmarks.diagnostics.term_ceiling --store DIR [--layers 1,4,10,16,21] [--fit-passages N --fit-sentences N]``.
Writes ``benchmarks/results/term_ceiling.{json,md}`` (``--name`` and ``--out`` choose another name and folder).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from dataclasses import replace

import numpy as np
import torch

from benchmarks.common import hardware, write_results


def _weights_of(fitted, terms) -> tuple[torch.Tensor, list[str]]:
    """(J, H) weights and each head's normalisation from the search's Fitted programs."""
    index = {t.text: i for i, t in enumerate(terms)}
    w = torch.zeros((len(terms), len(fitted)))
    for h, f in enumerate(fitted):
        for t, v in zip(f.terms, f.weights):
            w[index[t.text], h] = v
    return w, [f.normalize for f in fitted]


def _heldout_blocks(st, terms) -> list[tuple[str, list, object, torch.Tensor]]:
    """(band, examples, term block, query classes) per length band of the held-out examples, built once for all layers."""
    from headprog.synthesis.fit import build_blocks

    out = []
    heldout = st.examples_of("heldout")
    for kind in sorted({e.kind for e in heldout}):
        examples = [e for e in heldout if e.kind == kind]
        (block,) = build_blocks([st.features(e) for e in examples], [kind] * len(examples), [t.text for t in terms])
        out.append((kind, examples, block, _query_classes(st, examples)))
    return out


def _heldout_ious(st, layer: int, heldout, patterns_of) -> dict[str, float]:
    """Mean held-out IoU over the layer's heads, per length band; ``patterns_of(block, classes)`` gives (E, T, T, H)."""
    from headprog.synthesis.fit import sequence_ious, set_targets

    out = {}
    for kind, examples, block, classes in heldout:
        set_targets([block], [[st.pattern(layer, h, e) for e in examples] for h in st.heads], [kind] * len(examples))
        out[kind] = float(sequence_ious(block, patterns_of(block, classes)).mean())
    return out


def _program_patterns(weights: torch.Tensor, normalize: list[str]):
    """``patterns_of`` for programs with term weights (J, H), each head linear (``weights``) or softmax."""
    from headprog.synthesis.fit import linear_patterns, softmax_patterns

    linear = torch.tensor([n == "weights" for n in normalize])

    def patterns_of(block, classes) -> torch.Tensor:
        if linear.all():
            return linear_patterns(block, weights)
        if not linear.any():
            return softmax_patterns(block, weights)
        return torch.where(linear, linear_patterns(block, weights), softmax_patterns(block, weights))

    return patterns_of


def _query_classes(st, examples) -> torch.Tensor:
    """(E, T) word class of every query position, padded with 0, in the order :func:`build_blocks` keeps."""
    from headprog.features import row_of

    rows = [st.features(e)[row_of("word_class")].astype(np.int64) for e in examples]
    out = torch.zeros((len(rows), max(len(r) for r in rows)), dtype=torch.long)
    for i, r in enumerate(rows):
        out[i, : len(r)] = torch.from_numpy(r)
    return out


def _by_class_patterns(block, classes: torch.Tensor, weights: torch.Tensor) -> torch.Tensor:
    """(E, T, T, H) softmax patterns whose term weights (C, J, H) are chosen by each query's class (E, T)."""
    logits = torch.einsum("etkj,etjh->etkh", block.x, weights[classes])
    logits = logits.masked_fill(~block.mask[..., None], float("-inf"))
    return torch.nan_to_num(torch.softmax(logits, dim=2), nan=0.0)


def _fit_by_class(blocks, classes: list[torch.Tensor], n_classes: int, heads: int, opts) -> torch.Tensor:
    """Weights (C, J, H) of ``every term by query class``: cross-entropy by L-BFGS, then total variation by Adam."""
    from headprog.synthesis.fit import minimise_lbfgs

    n_rows = sum(float(b.rows.sum()) for b in blocks)
    weights = torch.zeros((n_classes, blocks[0].x.shape[-1], heads), requires_grad=True)
    l2 = 1e-3

    def ce() -> torch.Tensor:
        total = 0.0
        for b, c in zip(blocks, classes):
            logp = torch.log(_by_class_patterns(b, c, weights).clamp_min(1e-30))
            total = total - (b.targets * torch.where(b.mask[..., None], logp, torch.zeros_like(logp))).sum()
        return total / n_rows + l2 * (weights**2).sum()

    minimise_lbfgs(weights, ce, opts.lbfgs_steps)
    adam = torch.optim.Adam([weights], lr=0.05)
    for _ in range(opts.tv_steps):
        adam.zero_grad()
        loss = sum(0.5 * (b.targets - _by_class_patterns(b, c, weights)).abs().sum() for b, c in zip(blocks, classes)) / n_rows
        (loss + 0.1 * l2 * (weights**2).sum()).backward()
        adam.step()
    return weights.detach()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="attention store (headprog extract)")
    parser.add_argument("--layers", default="1,4,10,16,21", help="comma list of layers (default 1,4,10,16,21)")
    parser.add_argument("--fit-passages", type=int, default=None, help="synthesis passages to fit on (default: the search's, 8)")
    parser.add_argument("--fit-sentences", type=int, default=None, help="synthesis sentences to fit on (default: the search's, 48)")
    parser.add_argument("--name", default="term_ceiling", help="results file name (default term_ceiling)")
    parser.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    args = parser.parse_args(argv)

    from headprog.attention import store as store_mod
    from headprog.synthesis.fit import build_blocks, fit_softmax, set_targets
    from headprog.synthesis.search import LayerSearch, SearchOptions, sink_terms
    from headprog.features import WORD_CLASSES
    from headprog.synthesis.terms import TERMS, table_terms

    layers = [int(x) for x in args.layers.split(",") if x.strip()]
    st = store_mod.open(args.store)
    opts = SearchOptions()
    if args.fit_passages is not None:
        opts = replace(opts, fit_passages=args.fit_passages)
    if args.fit_sentences is not None:
        opts = replace(opts, fit_sentences=args.fit_sentences)
    synth = st.examples_of("synthesis")
    tokens_of = {i: t for e in synth for i, t in zip(e.ids, e.tokens)}
    tables = table_terms(opts.tables)
    terms = list(TERMS) + sink_terms(synth, tokens_of, opts.sink_tokens) + tables
    fit_examples = st.examples_of("synthesis", "passage")[: opts.fit_passages] + st.examples_of("synthesis", "sentence")[: opts.fit_sentences]
    kinds = [e.kind for e in fit_examples]
    blocks = build_blocks([st.features(e) for e in fit_examples], kinds, [t.text for t in terms])
    classes = [_query_classes(st, [e for e in fit_examples if e.kind == kind]) for kind in sorted(set(kinds))]
    heldout = _heldout_blocks(st, terms)
    torch.manual_seed(opts.seed)
    rows, seconds = [], {"search": 0.0, "per head": 0.0, "every term": 0.0, "every term by query class": 0.0}
    for layer in layers:
        targets = [[st.pattern(layer, h, e) for e in fit_examples] for h in st.heads]
        names = [f"L{layer}H{h}" for h in st.heads]
        for how, options in (("search", opts), ("per head", replace(opts, layer_template=False))):
            started = time.perf_counter()
            weights, normalize = _weights_of(LayerSearch(terms, blocks, options).run(targets, kinds, names), terms)
            seconds[how] += time.perf_counter() - started
            rows.append({"layer": layer, "fit": how, **_heldout_ious(st, layer, heldout, _program_patterns(weights, normalize))})
        started = time.perf_counter()
        set_targets(blocks, targets, kinds)
        every = torch.ones((len(terms), len(names)), dtype=torch.bool)
        weights = fit_softmax(blocks, every, lbfgs_steps=opts.lbfgs_steps, tv_steps=opts.tv_steps)
        seconds["every term"] += time.perf_counter() - started
        rows.append({"layer": layer, "fit": "every term", **_heldout_ious(st, layer, heldout, _program_patterns(weights, ["softmax"] * len(names)))})
        started = time.perf_counter()
        by_class = _fit_by_class(blocks, classes, len(WORD_CLASSES), len(names), opts)
        seconds["every term by query class"] += time.perf_counter() - started
        rows.append(
            {
                "layer": layer,
                "fit": "every term by query class",
                **_heldout_ious(st, layer, heldout, lambda block, classes: _by_class_patterns(block, classes, by_class)),
            }
        )
        print(" ".join(f"{r['fit']}: {r.get('sentence', 0):.3f}/{r.get('passage', 0):.3f}" for r in rows[-4:]), f"(layer {layer})", flush=True)

    bands = sorted({k for r in rows for k in r if k not in ("layer", "fit")})
    fits = ["search", "per head", "every term", "every term by query class"]
    means = {f: {b: float(np.mean([r[b] for r in rows if r["fit"] == f])) for b in bands} for f in fits}
    command = ".venv/bin/python -m benchmarks.diagnostics.term_ceiling --store " + args.store + " --layers " + args.layers
    if args.fit_passages is not None or args.fit_sentences is not None:
        command += f" --fit-passages {opts.fit_passages} --fit-sentences {opts.fit_sentences}"
    if args.name != "term_ceiling":
        command += f" --name {args.name}"
    lines = [
        "# Term-library ceiling: held-out IoU of the offline search against every term for every head",
        "",
        f"Store `{args.store}`; {len(terms)} terms ({len(TERMS)} library terms, {len(terms) - len(TERMS) - len(tables)} token sinks and "
        f"{len(tables)} table entries of {', '.join(opts.tables)}); fitted on "
        f"{len(fit_examples)} synthesis examples, scored on the held-out ones; mean over the heads of each layer. "
        f"Hardware: {hardware().get('processor')}. Command: `{command}`",
        "",
        "| layer | fit | " + " | ".join(bands) + " |",
        "|---:|---|" + "---:|" * len(bands),
    ]
    for r in rows:
        lines.append(f"| {r['layer']} | {r['fit']} | " + " | ".join(f"{r[b]:.3f}" for b in bands) + " |")
    for f in fits:
        lines.append(f"| **mean** | **{f}** | " + " | ".join(f"**{means[f][b]:.3f}**" for b in bands) + " |")
    md = "\n".join(lines) + "\n"
    payload = {"benchmark": "term-library IoU ceiling", "store": args.store, "layers": layers, "terms": len(terms), "rows": rows, "means": means,
               "seconds": seconds, "command": command, "hardware": hardware()}
    write_results(args.name, payload, md, args.out)
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

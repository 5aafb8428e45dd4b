"""Diagnosis: where a program set loses held-out IoU, the first-token sink or the rest of the row.

For each head of the chosen layers, on the held-out examples of each length
band, it scores four patterns against the head's real one:

- ``program``: the program's own pattern;
- ``oracle sink``: the program's pattern with each row's first-token mass
  replaced by the head's, the program's distribution over the other keys kept;
- ``oracle rest``: the head's distribution over the non-first keys, scaled to
  the program's own first-token mass;
- ``token sink``: the program's pattern with each row's first-token mass
  predicted from the query's token id alone: the median mass the head gave
  rows of that token on the synthesis examples (tokens seen fewer than 3
  times keep the program's own mass). The median, because it minimises the
  rows' total variation, which is what soft IoU measures. It asks whether
  the query token predicts the sink better than the program does.

The gap from ``program`` to each oracle bounds what modelling that part of the
row alone could gain. ``sink mass`` is the head's mean first-token mass.

Run: ``.venv/bin/python -m benchmarks.diagnostics.iou_headroom --store DIR --programs DIR [--layers 1,4,7]``.
Writes ``benchmarks/results/iou_headroom.{json,md}``.
"""

from __future__ import annotations

import argparse

import numpy as np

from benchmarks.common import hardware, write_results
from headprog.synthesis.scoring import soft_iou


def _with_first_mass(rows: np.ndarray, first: np.ndarray) -> np.ndarray:
    """``rows`` with column 0 set to ``first`` and the other columns rescaled to sum to 1 - first."""
    out = rows.copy()
    rest = out[:, 1:].sum(axis=1, keepdims=True)
    out[:, 1:] = np.where(rest > 0, out[:, 1:] / np.maximum(rest, 1e-12), 0.0) * (1.0 - first[:, None])
    out[:, 0] = first
    return out


#: A query token needs this many synthesis rows before ``token sink`` trusts its median.
MIN_TOKEN_ROWS = 3


def token_sink_medians(head_rows: list[np.ndarray], ids: list[list[int]]) -> dict[int, float]:
    """Per query token id: the median first-token mass of the head's rows (rows after the first)."""
    by_token: dict[int, list[float]] = {}
    for a, seq in zip(head_rows, ids):
        for q in range(1, a.shape[0]):
            by_token.setdefault(seq[q], []).append(float(a[q, 0]))
    return {t: float(np.median(v)) for t, v in by_token.items() if len(v) >= MIN_TOKEN_ROWS}


def _token_first_mass(p: np.ndarray, seq: list[int], medians: dict[int, float]) -> np.ndarray:
    first = np.array([medians.get(t, p[q, 0]) for q, t in enumerate(seq)])
    first[0] = 1.0  # the first row has only the first key
    return first


def head_headroom(head_rows: list[np.ndarray], program_rows: list[np.ndarray], ids: list[list[int]] | None = None,
                  medians: dict[int, float] | None = None) -> dict[str, float]:
    """Mean IoU of the program and of the oracles over sequences, and the head's mean sink mass.

    With ``ids`` (the token ids of each sequence) and ``medians``
    (:func:`token_sink_medians` of synthesis rows) it also scores ``token sink``.
    """
    base, sink, rest, mass, token = [], [], [], [], []
    for i, (a, p) in enumerate(zip(head_rows, program_rows)):
        base.append(soft_iou(a, p))
        sink.append(soft_iou(a, _with_first_mass(p, a[:, 0])))
        rest.append(soft_iou(a, _with_first_mass(a, p[:, 0])))
        mass.append(float(a[1:, 0].mean()) if a.shape[0] > 1 else 1.0)
        if ids is not None and medians is not None:
            token.append(soft_iou(a, _with_first_mass(p, _token_first_mass(p, ids[i], medians))))
    out = {"program": float(np.mean(base)), "oracle_sink": float(np.mean(sink)), "oracle_rest": float(np.mean(rest)), "sink_mass": float(np.mean(mass))}
    if token:
        out["token_sink"] = float(np.mean(token))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="attention store (headprog extract)")
    parser.add_argument("--programs", required=True, help="program folder of that store (headprog synthesize)")
    parser.add_argument("--layers", default="1,4,7,10,13,16,21,27", help="comma list of layers (default 1,4,7,10,13,16,21,27)")
    args = parser.parse_args(argv)

    from headprog.attention import store as store_mod
    from headprog.compiler.compiling import compile_program
    from headprog.language import parse_file
    from headprog.language.program_set import load_program_set

    store = store_mod.open(args.store)
    pset = load_program_set(args.programs)
    layers = [int(x) for x in args.layers.split(",") if x.strip()]
    rows = []
    synthesis = store.examples_of("synthesis")
    medians = {
        (layer, head): token_sink_medians([store.pattern(layer, head, e) for e in synthesis], [list(e.ids) for e in synthesis])
        for layer in layers
        for head in store.heads
    }
    for kind in sorted({e.kind for e in store.examples_of("heldout")}):
        examples = store.examples_of("heldout", kind)
        for layer in layers:
            per_head = []
            for head in store.heads:
                name = f"L{layer}H{head}"
                program = parse_file(pset.folder / pset.heads[name]["file"]).programs[0]
                compiled = compile_program(program, "reference")
                head_rows = [store.pattern(layer, head, e).astype(np.float64) for e in examples]
                program_rows = [compiled.pattern(store.features(e))[0].astype(np.float64) for e in examples]
                per_head.append(head_headroom(head_rows, program_rows, [list(e.ids) for e in examples], medians[(layer, head)]))
            row = {"kind": kind, "layer": layer, **{k: float(np.mean([h[k] for h in per_head])) for k in per_head[0]}}
            rows.append(row)
            print({k: round(v, 3) if isinstance(v, float) else v for k, v in row.items()}, flush=True)
    command = ".venv/bin/python -m benchmarks.diagnostics.iou_headroom --store " + args.store + " --programs " + args.programs + " --layers " + args.layers
    lines = [
        "# IoU headroom: first-token mass against the rest of the row",
        "",
        f"Store `{args.store}`, programs `{args.programs}`; held-out examples, mean over the heads of each layer. "
        "`oracle sink`: the program's rows with the head's own first-token mass; `oracle rest`: the head's own distribution "
        "over the other keys with the program's first-token mass; `token sink`: the program's rows with the first-token mass "
        "the head gave the query's token id (median over the synthesis examples); `sink mass`: the head's mean first-token mass.",
        f"Command: `{command}`",
        "",
        "| band | layer | program IoU | oracle sink | token sink | oracle rest | sink mass |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['kind']} | {r['layer']} | {r['program']:.3f} | {r['oracle_sink']:.3f} | {r['token_sink']:.3f} | {r['oracle_rest']:.3f} | {r['sink_mass']:.2f} |"
        )
    for kind in sorted({r["kind"] for r in rows}):
        mean = {k: np.mean([r[k] for r in rows if r["kind"] == kind]) for k in ("program", "oracle_sink", "token_sink", "oracle_rest", "sink_mass")}
        lines.append(
            f"| **{kind}** | **mean** | **{mean['program']:.3f}** | **{mean['oracle_sink']:.3f}** | **{mean['token_sink']:.3f}** | "
            f"**{mean['oracle_rest']:.3f}** | **{mean['sink_mass']:.2f}** |"
        )
    payload = {"command": command, "store": args.store, "programs": args.programs, "rows": rows, "hardware": hardware()}
    print("wrote", *write_results("iou_headroom", payload, "\n".join(lines) + "\n"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

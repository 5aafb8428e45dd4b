"""Diagnosis: what each extra table family adds to the offline search's held-out IoU.

For the chosen layers, the heads are synthesized (``headprog synthesize``, all
defaults) once with the default tables and once more for each other family
of :data:`headprog.synthesis.terms.TABLE_FAMILIES` added to them, each into
its own program folder under ``--out`` (resumed if there). Each row is the
mean held-out IoU over those heads per length band, scored from the program
files, and its change from the defaults.

Run: ``.venv/bin/python -m benchmarks.diagnostics.table_families --store DIR --out DIR [--layers 1,10,21]``.
Writes ``benchmarks/results/table_families.{json,md}``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np

from benchmarks.common import hardware, write_results


def band_means(pset, heads: list[str]) -> dict[str, float]:
    """Mean held-out IoU of ``heads`` per length band, from a program set's manifest."""
    out = {}
    for band in ("sentence", "passage"):
        key = f"heldout_iou_{band}"
        values = [pset.heads[h][key] for h in heads if key in pset.heads[h]]
        if values:
            out[band] = float(np.mean(values))
    return out


def main(argv: list[str] | None = None) -> int:
    from headprog.attention import store as store_mod
    from headprog.language.program_set import head_name
    from headprog.synthesis.search import SearchOptions
    from headprog.synthesis.synthesize import SynthesisOptions, synthesize
    from headprog.synthesis.terms import DEFAULT_TABLES, TABLE_FAMILIES

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="attention store (headprog extract)")
    parser.add_argument("--out", required=True, type=Path, help="folder for one program folder per variant")
    parser.add_argument("--layers", default="1,10,21", help="comma list of layers (default 1,10,21)")
    parser.add_argument("--families", default=",".join(f for f in TABLE_FAMILIES if f not in DEFAULT_TABLES),
                        help="comma list of the extra families to try one at a time (default: all that are not default)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--name", default="table_families", help="results file name (default table_families)")
    parser.add_argument("--results", type=Path, default=None, help="results folder (default benchmarks/results)")
    args = parser.parse_args(argv)

    st = store_mod.open(args.store)
    layers = [int(x) for x in args.layers.split(",") if x.strip()]
    wanted = [(layer, head) for layer in layers for head in st.heads]
    names = [head_name(layer, head) for layer, head in wanted]
    variants = [("defaults", DEFAULT_TABLES)] + [(f"+ {f}", DEFAULT_TABLES + (f,)) for f in args.families.split(",") if f.strip()]
    rows = []
    for label, tables in variants:
        started = time.perf_counter()
        folder = args.out / ("defaults" if label == "defaults" else label[2:])
        options = SynthesisOptions(heads=wanted, search=SearchOptions(tables=tables), workers=args.workers, progress=False)
        pset = synthesize(args.store, folder, options)
        row = {"variant": label, "tables": list(tables), "seconds": round(time.perf_counter() - started, 1), **band_means(pset, names)}
        rows.append(row)
        print(row, flush=True)
    base = rows[0]
    command = (f".venv/bin/python -m benchmarks.diagnostics.table_families --store {args.store} --out {args.out} "
               f"--layers {args.layers} --families {args.families}")
    lines = [
        "# Table families: held-out IoU with one more table per head",
        "",
        f"Heads of layers {args.layers} ({len(names)} heads), synthesized with the default tables "
        f"({', '.join(DEFAULT_TABLES)}) and with each other family added; mean held-out soft IoU per length band. "
        f"Seconds include resumed work (0 if the folder was complete). Hardware: {hardware().get('processor')}. Command: `{command}`",
        "",
        "| variant | sentences | change | passages | change |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['variant']} | {r['sentence']:.3f} | {r['sentence'] - base['sentence']:+.3f} | "
            f"{r['passage']:.3f} | {r['passage'] - base['passage']:+.3f} |"
        )
    payload = {"benchmark": "table families", "store": args.store, "layers": layers, "rows": rows, "command": command, "hardware": hardware()}
    print("\n".join(lines))
    write_results(args.name, payload, "\n".join(lines) + "\n", args.results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``headprog report``: a program set as Markdown with a heatmap and a histogram."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np

from headprog.io import atomic_write_text
from headprog.language.program_set import ProgramSet, heads_by_role, parse_head


def _grid(pset: ProgramSet, key: str) -> np.ndarray:
    layers = pset.model.get("n_layers") or 1 + max(parse_head(h)[0] for h in pset.heads)
    heads = pset.model.get("n_heads") or 1 + max(parse_head(h)[1] for h in pset.heads)
    grid = np.full((layers, heads), np.nan)
    for name, record in pset.heads.items():
        layer, head = parse_head(name)
        if key in record:
            grid[layer, head] = float(record[key])
    return grid


def _plots(pset: ProgramSet, out: Path, key: str) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    grid = _grid(pset, key)
    fig, ax = plt.subplots(figsize=(max(4, grid.shape[1] * 0.6 + 2), max(4, grid.shape[0] * 0.25 + 1.5)))
    image = ax.imshow(grid, cmap="viridis", vmin=0, vmax=1, aspect="auto")
    ax.set_xlabel("head")
    ax.set_ylabel("layer")
    ax.set_title(f"{key} per head")
    fig.colorbar(image, ax=ax)
    fig.tight_layout()
    fig.savefig(out / "iou_heatmap.png", dpi=100)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3.5))
    for band in ("heldout_iou_sentence", "heldout_iou_passage"):
        values = [r[band] for r in pset.heads.values() if band in r]
        if values:
            ax.hist(values, bins=20, range=(0, 1), alpha=0.6, label=band.replace("heldout_iou_", ""))
    ax.set_xlabel("held-out IoU")
    ax.set_ylabel("heads")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "iou_histogram.png", dpi=100)
    plt.close(fig)
    return ["iou_heatmap.png", "iou_histogram.png"]


def write_report(pset: ProgramSet, out_dir: str | Path) -> Path:
    """Write ``report.md`` and its plots into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    records = pset.heads
    bands = [k for k in ("heldout_iou_sentence", "heldout_iou_passage", "heldout_iou") if any(k in r for r in records.values())]
    lib = pset.extra.get("library", {})
    lines = [
        f"# Program report: {pset.model.get('name')}",
        "",
        f"Model fingerprint `{pset.model.get('fingerprint')}`, feature library {pset.feature_library}, "
        f"{len(records)} heads, {lib.get('distinct_programs', '?')} distinct programs, "
        f"{lib.get('distinct_structures', '?')} distinct structures (constants abstracted).",
        "",
        "## Mean held-out IoU",
        "",
        "| " + " | ".join(["length band"] + [b.replace("heldout_iou_", "").replace("heldout_iou", "all") for b in bands]) + " |",
        "|---" * (len(bands) + 1) + "|",
        "| all heads | " + " | ".join(f"{np.mean([r[b] for r in records.values() if b in r]):.3f}" for b in bands) + " |",
        "",
        "## Per layer",
        "",
        "| layer | heads | " + " | ".join(b.replace("heldout_iou_", "").replace("heldout_iou", "all") for b in bands) + " | best head | worst head |",
        "|---:|---:|" + "---:|" * len(bands) + "---|---|",
    ]
    by_layer: dict[int, list[str]] = defaultdict(list)
    for name in records:
        by_layer[parse_head(name)[0]].append(name)
    key = "heldout_iou"
    for layer in sorted(by_layer):
        names = by_layer[layer]
        ranked = sorted(names, key=lambda n: -records[n].get(key, 0))
        cells = [f"{np.mean([records[n][b] for n in names if b in records[n]]):.3f}" for b in bands]
        lines.append(
            f"| {layer} | {len(names)} | " + " | ".join(cells) + f" | {ranked[0]} ({records[ranked[0]].get(key, 0):.2f}) | {ranked[-1]} ({records[ranked[-1]].get(key, 0):.2f}) |"
        )
    lines += ["", "## Heads by program class", ""]
    for label, names in heads_by_role(records).items():
        mean = np.mean([records[n].get(key, 0) for n in names])
        lines.append(f"- **{label}** ({len(names)} heads, mean IoU {mean:.3f}): " + ", ".join(names))
    plots = _plots(pset, out, key)
    lines += ["", "## Plots", ""] + [f"![{p}]({p})" for p in plots]
    path = out / "report.md"
    atomic_write_text(path, "\n".join(lines) + "\n")
    return path

"""A score table as files: ``scores.json``, ``scores.md`` and ``score_heatmap.png`` (IoU and change per head)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from headprog.audit.scoring import ScoreTable
from headprog.io import atomic_path, atomic_write_text
from headprog.language.program_set import parse_head

__all__ = ["layer_table", "score_markdown", "write_score_report"]


def _cell(value: float | None, signed: bool = False) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return "-"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def layer_table(table: ScoreTable) -> list[str]:
    """Markdown rows: per layer, mean IoU overall, per kind and per band, recorded, change, best and worst head."""
    kinds, bands = table.examples["kinds"], table.examples["bands"]
    head = ["layer", "heads", "IoU"] + kinds + [f"{b} tok" for b in bands] + ["recorded", "change", "best", "worst"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---:|" * (len(head) - 2) + "---|---|"]
    for row in table.layers():
        change = None if row["recorded_iou"] is None else row["iou"] - row["recorded_iou"]
        cells = [str(row["layer"]), str(row["heads"]), _cell(row["iou"])]
        cells += [_cell(row["by_kind"][k]) for k in kinds] + [_cell(row["by_band"][b]) for b in bands]
        cells += [_cell(row["recorded_iou"]), _cell(change, signed=True), row["best"], row["worst"]]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def score_markdown(table: ScoreTable, plot: str | None = None) -> str:
    """The Markdown report of a score table."""
    ex = table.examples
    per_kind = ", ".join(f"{n} {k}" for k, n in ex["per_kind"].items())
    per_band = ", ".join(f"{n} of {b} tokens" for b, n in ex["per_band"].items())
    lines = [
        f"# Program scores: {table.programs}",
        "",
        f"Programs made for {table.programs_model.get('name')} (`{table.programs_model.get('fingerprint')}`), scored on "
        f"`{table.store}`: {table.relation_note}.",
        "",
        f"{ex['n']} examples, {ex['tokens']} tokens ({per_kind}; {per_band}), splits {', '.join(ex['splits'])}, "
        f"ids digest `{ex['digest']}`. Mean IoU over {len(table.heads)} heads: **{table.mean_iou():.3f}**.",
        "",
        "IoU: soft IoU of each program's pattern with the recorded head, mean over examples. Recorded: the IoU in the "
        "program's file header for the same kinds of text (held-out text of the set's own store).",
        "",
        "## Per layer",
        "",
        *layer_table(table),
        "",
        "## Per head",
        "",
        "| head | label | IoU | recorded | change | " + " | ".join(ex["kinds"]) + " |",
        "|---|---|---:|---:|---:|" + "---:|" * len(ex["kinds"]),
    ]
    for s in table.heads.values():
        flag = "" if s.hash_matches else " (file changed since its manifest)"
        lines.append(
            f"| {s.head} | {s.label}{flag} | {_cell(s.iou)} | {_cell(s.recorded_iou)} | {_cell(s.delta, signed=True)} | "
            + " | ".join(_cell(s.by_kind[k]) for k in ex["kinds"]) + " |"
        )
    if plot:
        lines += ["", f"![IoU per head]({plot})"]
    return "\n".join(lines) + "\n"


def _heatmap(table: ScoreTable, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    n_layers = int(table.programs_model.get("n_layers") or 1 + max(s.layer for s in table.heads.values()))
    n_heads = int(table.programs_model.get("n_heads") or 1 + max(parse_head(h)[1] for h in table.heads))
    iou = np.full((n_layers, n_heads), np.nan)
    change = np.full((n_layers, n_heads), np.nan)
    for name, s in table.heads.items():
        layer, head = parse_head(name)
        iou[layer, head] = s.iou
        if s.delta is not None:
            change[layer, head] = s.delta
    fig, axes = plt.subplots(1, 2, figsize=(max(6, n_heads * 1.1 + 3), max(4, n_layers * 0.25 + 1.5)))
    for ax, grid, title, cmap, lo, hi in (
        (axes[0], iou, "IoU on this text", "viridis", 0, 1),
        (axes[1], change, "change from the recorded IoU", "RdBu", -0.3, 0.3),
    ):
        image = ax.imshow(grid, cmap=cmap, vmin=lo, vmax=hi, aspect="auto")
        ax.set_xlabel("head")
        ax.set_ylabel("layer")
        ax.set_title(title)
        fig.colorbar(image, ax=ax)
    fig.tight_layout()
    with atomic_path(path) as tmp:
        fig.savefig(tmp, dpi=100, format="png")
    plt.close(fig)


def write_score_report(table: ScoreTable, out_dir: str | Path) -> dict[str, Path]:
    """Write ``scores.json``, ``score_heatmap.png`` and ``scores.md`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {"json": table.save(out / "scores.json"), "heatmap": out / "score_heatmap.png", "markdown": out / "scores.md"}
    _heatmap(table, paths["heatmap"])
    atomic_write_text(paths["markdown"], score_markdown(table, paths["heatmap"].name))
    return paths

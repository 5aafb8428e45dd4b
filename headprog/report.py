"""``headprog report``: a program set as Markdown with a heatmap and a histogram."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import numpy as np

from headprog.io import atomic_write_text
from headprog.language.ladder import Ladder
from headprog.language.program_set import ProgramSet, parse_head

#: Eight heights of a text sparkline, lowest first.
SPARKS = "▁▂▃▄▅▆▇█"


def sparkline(values: list[float], low: float, high: float) -> str:
    """A text sparkline of ``values`` on the scale ``low``..``high`` (clipped)."""
    span = high - low
    if span <= 0:
        return SPARKS[-1] * len(values)
    return "".join(SPARKS[min(len(SPARKS) - 1, max(0, int((v - low) / span * (len(SPARKS) - 1) + 0.5)))] for v in values)


def ladder_lines(name: str, record: dict) -> list[str]:
    """A head's ladder as a small Markdown table under a heading with its role and sparkline."""
    ladder = Ladder.from_record(name, record)
    if ladder is None:
        return []
    steps = ladder.ious()
    spark = sparkline([v for _, v in steps], ladder.uniform_iou, ladder.full_iou)
    lines = [
        f"### {name}: {record.get('role', '?')}",
        "",
        f"`{spark}` IoU against terms ({', '.join(str(t) for t, _ in steps[:-1])}, full {ladder.full_terms}), "
        f"from uniform ({ladder.uniform_iou:.3f}) to full ({ladder.full_iou:.3f}); "
        f"rung 1 reaches {record.get('role_share', 0):.0%} of the full program's IoU.",
        "",
        "| terms | adds | role | held-out IoU | sentences | passages | share of the gain |",
        "|---:|---|---|---:|---:|---:|---:|",
    ]
    for rung in ladder.rungs:
        sc = rung.scores
        lines.append(f"| {rung.terms} | {rung.added} | {rung.role} | {rung.iou:.3f} | {sc.get('heldout_iou_sentence', float('nan')):.3f} | "
                     f"{sc.get('heldout_iou_passage', float('nan')):.3f} | {ladder.gain(rung.iou):.0%} |")
    full = ladder.full
    lines.append(f"| {ladder.full_terms} (full) | | | {ladder.full_iou:.3f} | {full.get('heldout_iou_sentence', float('nan')):.3f} | "
                 f"{full.get('heldout_iou_passage', float('nan')):.3f} | 100% |")
    for above in ladder.above:
        lines.append(f"\nA refit with {above.terms} terms (+ {above.added}) scored {above.iou:.3f} on held-out text, above the full program: "
                     "the full program overfits the synthesis text here, so the ladder leaves it out.")
    return lines + [""]


BANDS = ("heldout_iou_sentence", "heldout_iou_passage", "heldout_iou")


def rung_scores(ladder: Ladder, terms: int) -> dict[str, float]:
    """The held-out scores of what ``--rung terms`` substitutes: the largest rung with at most that many terms, else the full program."""
    if terms >= ladder.full_terms:
        return ladder.full
    below = [r for r in ladder.rungs if r.terms <= terms]
    return below[-1].scores if below else ladder.uniform


def ladder_summary(pset: ProgramSet, sizes: tuple[int, ...] = (1, 2, 3, 5, 8)) -> dict:
    """Mean held-out IoU per length band of rungs 1, 2, 3, 5, 8 and the full programs, with the role counts."""
    ladders = [Ladder.from_record(n, r) for n, r in sorted(pset.heads.items(), key=lambda kv: parse_head(kv[0]))]
    ladders = [lad for lad in ladders if lad is not None]
    if not ladders:
        return {}
    table = {}
    for size in (*sizes, "full"):
        scores = [lad.full if size == "full" else rung_scores(lad, int(size)) for lad in ladders]
        table[str(size)] = {band: round(float(np.mean([s[band] for s in scores if band in s])), 4) for band in BANDS}
    roles: dict[str, int] = defaultdict(int)
    for record in pset.heads.values():
        if "role" in record:
            roles[record["role"]] += 1
    falls = [lad.head for lad in ladders if any(b[1] < a[1] for a, b in zip(lad.ious(), lad.ious()[1:]))]
    return {"heads": len(ladders), "mean_iou": table, "mixed": roles.get("mixed", 0), "roles": dict(sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))),
            "uniform": {band: round(float(np.mean([lad.uniform[band] for lad in ladders if band in lad.uniform])), 4) for band in BANDS},
            "mean_role_share": round(float(np.mean([r["role_share"] for r in pset.heads.values() if "role_share" in r])), 4),
            "heads_where_iou_falls_along_the_ladder": falls}


def summary_lines(summary: dict) -> list[str]:
    """The ladder summary as a Markdown table: mean held-out IoU per rung and length band."""
    if not summary:
        return []
    lines = ["| rung (terms) | sentences | passages | all |", "|---|---:|---:|---:|"]
    lines.append("| uniform pattern | " + " | ".join(f"{summary['uniform'].get(b, float('nan')):.3f}" for b in BANDS) + " |")
    for size, row in summary["mean_iou"].items():
        lines.append(f"| {size} | " + " | ".join(f"{row.get(b, float('nan')):.3f}" for b in BANDS) + " |")
    return lines + ["", f"{summary['heads']} heads with ladders; {summary['mixed']} labelled \"mixed\"; rung 1 reaches "
                    f"{summary['mean_role_share']:.0%} of the full program's held-out IoU on average.", ""]


def role_lines(pset: ProgramSet) -> list[str]:
    """Per layer, each head's role; then the heads grouped by role."""
    records = pset.heads
    if not any("role" in r for r in records.values()):
        return []
    heads = pset.model.get("n_heads") or 1 + max(parse_head(h)[1] for h in records)
    by_layer: dict[int, dict[int, str]] = defaultdict(dict)
    for name, record in records.items():
        layer, head = parse_head(name)
        by_layer[layer][head] = f"{record.get('role', '–')} ({record.get('role_share', 0):.0%})" if "role" in record else "–"
    lines = [
        "## Roles per layer",
        "",
        "Each head's role is what its first ladder rungs do: as few rungs as reach half of the full program's gain "
        "over the uniform pattern (in brackets: the share of the full program's held-out IoU that rung 1 reaches); "
        "\"mixed\" where no rung of at most 3 terms does.",
        "",
        "| layer | " + " | ".join(f"H{h}" for h in range(heads)) + " |",
        "|---:|" + "---|" * heads,
    ]
    for layer in sorted(by_layer):
        lines.append(f"| {layer} | " + " | ".join(by_layer[layer].get(h, "–") for h in range(heads)) + " |")
    roles: dict[str, list[str]] = defaultdict(list)
    for name, record in records.items():
        if "role" in record:
            roles[record["role"]].append(name)
    lines += ["", "## Heads by role", ""]
    for role in sorted(roles, key=lambda r: (-len(roles[r]), r)):
        names = sorted(roles[role], key=parse_head)
        lines.append(f"- **{role}** ({len(names)} heads): " + ", ".join(names))
    return lines + [""]


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
    summary = ladder_summary(pset)
    if summary:
        lines += ["", "## Ladders: mean held-out IoU by rung", "", "Rung N is the program `--rung N` substitutes "
                  "(the head's best program with at most N terms, the full program once N reaches its term count).", ""] + summary_lines(summary)
    lines += [""] + role_lines(pset)
    lines += ["## Heads by program class (the search's own label)", ""]
    classes: dict[str, list[str]] = defaultdict(list)
    for name, record in records.items():
        classes[record.get("label") or "mixed"].append(name)
    for label in sorted(classes, key=lambda c: (-len(classes[c]), c)):
        names = sorted(classes[label], key=parse_head)
        mean = np.mean([records[n].get(key, 0) for n in names])
        lines.append(f"- **{label}** ({len(names)} heads, mean IoU {mean:.3f}): " + ", ".join(names))
    plots = _plots(pset, out, key)
    lines += ["", "## Plots", ""] + [f"![{p}]({p})" for p in plots]
    ladders = [line for name in sorted(records, key=parse_head) for line in ladder_lines(name, records[name])]
    if ladders:
        lines += ["", "## Ladders", "", "Per head, the best programs with 1, 2, 3, 5 and 8 of its full program's terms "
                  "(a table counts as one), each refitted and scored on held-out text; the substituted program is the full one.", ""] + ladders
    path = out / "report.md"
    atomic_write_text(path, "\n".join(lines) + "\n")
    return path

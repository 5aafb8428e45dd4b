"""PNG plots of a ``headprog bench`` run: throughput against fraction, kernel time against T, quality against fraction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["write_plots"]


def _figure() -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt, plt.subplots(figsize=(6.4, 4.2))


def _save(plt: Any, fig: Any, path: Path) -> str:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path.name


def _throughput(suite: dict[str, Any], size_key: str, title: str, path: Path) -> str:
    """Hybrid tokens/s over native against the fraction substituted, one line per (size, batch, choice)."""
    plt, (fig, ax) = _figure()
    lines: dict[tuple[Any, Any, str], list[tuple[float, float]]] = {}
    for r in suite["rows"]:
        lines.setdefault((r[size_key], r["batch"], r["by"]), []).append((r["fraction"], r["speedup"]["median"]))
    for (size, batch, by), pts in sorted(lines.items()):
        pts.sort()
        ax.plot([100 * x for x, _ in pts], [y for _, y in pts], marker="o", label=f"{size_key} {size}, batch {batch}" + (f" ({by})" if by != "iou" else ""))
    ax.axhline(1.0, color="grey", lw=0.8, ls="--")
    ax.set_xlabel("heads substituted (%)")
    ax.set_ylabel("hybrid / native tokens/s")
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=7)
    return _save(plt, fig, path)


def _kernels(suite: dict[str, Any], path: Path) -> str:
    """Milliseconds against T on log axes: per program kind, the kernel; SDPA and FlexAttention dashed."""
    plt, (fig, ax) = _figure()
    kinds = suite["kinds"]
    for kind in kinds:
        rows = [r for r in suite["rows"] if r["kind"] == kind]
        ax.plot([r["T"] for r in rows], [1000 * r["kernel_s"]["median"] for r in rows], marker="o", label=f"{kind} ({suite['backend']})")
        if suite["flex"]:
            ax.plot([r["T"] for r in rows], [1000 * r["flex_s"]["median"] for r in rows], ls=":", marker=".", label=f"{kind} (FlexAttention)")
    sdpa = [r for r in suite["rows"] if r["kind"] == kinds[0]]
    ax.plot([r["T"] for r in sdpa], [1000 * r["sdpa_s"]["median"] for r in sdpa], color="black", ls="--", label="one SDPA head")
    ax.set_xscale("log", base=2)
    ax.set_yscale("log")
    ax.set_xlabel("T (tokens)")
    ax.set_ylabel("pattern @ V (ms)")
    ax.set_title("one head, batch 1, head_dim 64")
    ax.grid(True, alpha=0.3, which="both")
    ax.legend(fontsize=6, ncol=2)
    return _save(plt, fig, path)


def _quality(suite: dict[str, Any], path: Path) -> str:
    """Perplexity ratio and QA accuracy delta against the fraction, by IoU and by cost."""
    plt, (fig, ax) = _figure()
    ax2 = ax.twinx()
    for by, marker in (("iou", "o"), ("cost", "s")):
        rows = sorted((r for r in suite["rows"] if r["by"] == by), key=lambda r: r["fraction"])
        if not rows:
            continue
        xs = [100 * r["fraction"] for r in rows]
        ax.plot(xs, [r["perplexity_ratio"] for r in rows], marker=marker, label=f"perplexity ratio (by {by})")
        for q in suite["qa_sets"]:
            ax2.plot(xs, [r[q]["delta"] for r in rows], marker=marker, ls=":", label=f"{q} Δ accuracy (by {by})")
    ax.set_xlabel("heads substituted (%)")
    ax.set_ylabel("hybrid / native perplexity")
    ax2.set_ylabel("Δ accuracy (hybrid - native)")
    ax.grid(True, alpha=0.3)
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, fontsize=7)
    return _save(plt, fig, path)


def write_plots(results: dict[str, Any], out: Path) -> dict[str, list[str]]:
    """Write the plots of the suites present into ``out``; file names by suite."""
    suites, plots = results["suites"], {}
    if suites.get("prefill", {}).get("rows"):
        plots["prefill"] = [_throughput(suites["prefill"], "T", "prefill", out / "prefill.png")]
    if suites.get("decode", {}).get("rows"):
        plots["decode"] = [_throughput(suites["decode"], "context", "decode (KV cache)", out / "decode.png")]
    if suites.get("kernels", {}).get("rows"):
        plots["kernels"] = [_kernels(suites["kernels"], out / "kernels.png")]
    if suites.get("quality", {}).get("rows"):
        plots["quality"] = [_quality(suites["quality"], out / "quality.png")]
    if (out / "serve.png").is_file() and "serve" in suites:
        plots["serve"] = ["serve.png"]
    return plots

"""``results.md`` of a ``headprog bench`` run: one table per suite, with the command, hardware and software above them."""

from __future__ import annotations

from typing import Any

__all__ = ["results_markdown", "SUITE_TITLES"]

SUITE_TITLES = {
    "prefill": "Prefill throughput (one forward, no KV cache)",
    "decode": "Decode throughput (greedy, KV cache) and time to first token",
    "kernels": "Kernels: one head's pattern @ V",
    "memory": "Memory of one forward",
    "quality": "Quality: perplexity and QA against the fraction substituted",
    "serve": "Serving: load test",
}


def _x(s: dict[str, float] | None) -> str:
    """A paired ratio as ``x1.02 (0.98-1.05)``."""
    if not s:
        return "-"
    return f"x{s['median']:.3f} ({s['min']:.2f}-{s['max']:.2f})"


def _ms(s: dict[str, float] | None) -> str:
    return "-" if not s else f"{1000 * s['median']:.2f}"


def _num(x: float | None, digits: int = 1) -> str:
    return "-" if x is None else f"{x:.{digits}f}"


def _prefill(suite: dict[str, Any]) -> list[str]:
    lines = ["| heads | fraction (by) | T | batch | native tok/s | hybrid tok/s | hybrid speed-up (min-max) |", "|---:|---|---:|---:|---:|---:|---:|"]
    for r in suite["rows"]:
        lines.append(f"| {r['heads']} | {r['fraction']:.0%} ({r['by']}) | {r['T']} | {r['batch']} | {r['native_tokens_per_s']:.0f} | {r['hybrid_tokens_per_s']:.0f} | {_x(r['speedup'])} |")
    return lines


def _decode(suite: dict[str, Any]) -> list[str]:
    lines = ["| heads | fraction (by) | context | batch | native tok/s | hybrid tok/s | decode speed-up | TTFT native / hybrid (ms) | TTFT speed-up |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in suite["rows"]:
        lines.append(f"| {r['heads']} | {r['fraction']:.0%} ({r['by']}) | {r['context']} | {r['batch']} | {r['native_tokens_per_s']:.1f} | "
                     f"{r['hybrid_tokens_per_s']:.1f} | {_x(r['speedup'])} | {_ms(r['native_first_token_s'])} / {_ms(r['hybrid_first_token_s'])} | {_x(r['first_token_speedup'])} |")
    return lines


def _kernels(suite: dict[str, Any]) -> list[str]:
    lines = [f"| program | T | {suite['backend']} (ms) | SDPA head (ms) | FlexAttention (ms) | reference (ms) | plain Python (ms) | vs SDPA | vs FlexAttention | vs reference | vs Python | compile: kernel / Flex (s) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in suite["rows"]:
        ratio = {n: r.get(f"speedup_vs_{n}") for n in ("sdpa", "flex", "reference", "python")}
        slow = {n: "-" if v is None else f"x{v:.0f}" for n, v in ratio.items() if n in ("reference", "python")}
        c = r["compile_s"]
        flex_compile = f"{c['flex']:.1f}" if "flex" in c else "-"
        lines.append(f"| {r['kind']} | {r['T']} | {_ms(r['kernel_s'])} | {_ms(r['sdpa_s'])} | {_ms(r.get('flex_s'))} | {_ms(r['reference_s'])} | "
                     f"{_ms(r.get('python_s'))} | {_x(ratio['sdpa'])} | {_x(ratio['flex'])} | {slow['reference']} | {slow['python']} | {c['kernel']:.2f} / {flex_compile} |")
    lines += ["", "Ratios above 1: the program's compiled kernel is faster. Compile: the first call (JIT or disk cache, and FlexAttention's torch.compile) apart from the timed runs."]
    failed = [f"{r['kind']} at T = {r['T']}: {r['compile_s']['flex_error']}" for r in suite["rows"] if "flex_error" in r["compile_s"]]
    if failed:
        lines += ["", "FlexAttention failed to compile for " + "; ".join(failed) + "."]
    return lines


def _memory(suite: dict[str, Any]) -> list[str]:
    lines = [f"Measure: {suite['measure']}, at T = {suite['T']}, batch 1; the forward's peak above the memory just before it.", "",
             "| heads | fraction (by) | native forward (MiB) | hybrid forward (MiB) | native / hybrid | native peak / hybrid peak (MiB) |", "|---:|---|---:|---:|---:|---:|"]
    for r in suite["rows"]:
        lines.append(f"| {r['heads']} | {r['fraction']:.0%} ({r['by']}) | {r['native_forward_mib']:.0f} | {r['hybrid_forward_mib']:.0f} | x{r['ratio']:.2f} | "
                     f"{r['native_peak_mib']:.0f} / {r['hybrid_peak_mib']:.0f} |")
    return lines


def _quality(suite: dict[str, Any]) -> list[str]:
    s = suite["sizes"]
    qa = suite["qa_sets"]
    lines = [f"Perplexity: {s['chunks']} chunks x {s['tokens']} tokens of the eval split, token-weighted; QA: {', '.join(qa)} ({s['qa_items']} items at most); "
             f"by cost: the heads with the least KL alone on {s['calibration']} held-out chunks x {s['calibration_tokens']} tokens, among the best by IoU of twice the largest fraction.", "",
             "| heads | fraction (by) | perplexity native / hybrid | ratio | NLL delta ± se | " + " | ".join(f"{q} acc native / hybrid | Δ ± se" for q in qa) + " | mean held-out IoU |",
             "|---:|---|---:|---:|---:|" + "---:|---:|" * len(qa) + "---:|"]
    for r in suite["rows"]:
        cells = " | ".join(f"{r[q]['native']:.3f} / {r[q]['hybrid']:.3f} | {r[q]['delta']:+.3f} ± {r[q]['delta_se']:.3f}" for q in qa)
        lines.append(f"| {r['heads']} | {r['fraction']:.0%} ({r['by']}) | {r['native_perplexity']:.3f} / {r['hybrid_perplexity']:.3f} | {r['perplexity_ratio']:.3f} | "
                     f"{r['nll_delta']:+.4f} ± {_num(r['nll_delta_se'], 4)} | {cells} | {_num(r['mean_heldout_iou'], 3)} |")
    lines += ["", "Held-out IoU per layer (from the program set's manifest):", "", "| layer | heads | min | q1 | median | q3 | max |", "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in suite["iou_by_layer"]:
        lines.append(f"| {r['layer']} | {r['heads']} | {r['min']:.3f} | {r['q1']:.3f} | {r['median']:.3f} | {r['q3']:.3f} | {r['max']:.3f} |")
    return lines


def _serve(suite: dict[str, Any]) -> list[str]:
    lines = [f"Native and hybrid `headprog serve` ({suite['hybrid_heads']} heads, {suite['fraction']:.0%}); full tables in `{suite['details']}`.", "",
             "| server | clients | requests | failed | requests/s | output tok/s | TTFT p50 (ms) | TPOT p50 (ms) |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in suite["rows"]:
        ttft, tpot = r["ttft_s"]["p50"], r["tpot_s"]["p50"]
        lines.append(f"| {r['server']} | {r['clients']} | {r['requests']} | {r['failed']} | {_num(r['requests_per_s'], 3)} | {_num(r['output_tokens_per_s'])} | "
                     f"{_num(None if ttft is None else 1000 * ttft)} | {_num(None if tpot is None else 1000 * tpot)} |")
    ratio = suite["comparison"].get("hybrid_over_native")
    lines += ["", f"Hybrid over native output tok/s at {suite['comparison']['clients']} clients: " + ("-" if ratio is None else f"x{ratio:.2f}") + "."]
    return lines


_TABLES = {"prefill": _prefill, "decode": _decode, "kernels": _kernels, "memory": _memory, "quality": _quality, "serve": _serve}


def results_markdown(results: dict[str, Any]) -> str:
    """The whole ``results.md``."""
    hw, sw, p, m = results["hardware"], results["software"], results["programs"], results["model"]
    device = hw.get("gpu") or f"{hw['processor']}, {hw['cpus']} CPUs"
    lines = [
        "# headprog bench", "", f"Command: `{results['command']}`", "",
        f"Model {m['name']} ({m['fingerprint']}, {m['heads']} heads); programs `{p['spec']}` ({p['hash']})" + (" — the bundled example programs" if p["bundled"] else "") + ".",
        f"Hardware: {device}" + (f", {hw['memory_gib']} GiB" if "memory_gib" in hw else "") + ". Software: " + ", ".join(f"{k} {v}" for k, v in sw.items()) + ".",
        "Every ratio is measured side by side in one process (native and hybrid interleaved round by round, warm-up excluded): "
        "the median of the per-round ratios, with their range; above 1 the hybrid (or the program's kernel) is faster.",
    ]
    for name in [s for s in SUITE_TITLES if s in results["suites"]]:
        suite = results["suites"][name]
        lines += ["", f"## {SUITE_TITLES[name]}", "", *_TABLES[name](suite)]
        for s in suite.get("skipped", []):
            lines.append(f"\nSkipped: {', '.join(f'{k} {v}' for k, v in s.items() if k != 'reason')}: {s['reason']}.")
        lines += ["", f"({suite['seconds']:.0f} s; 1-minute load average at the end {suite['load_average_at_end']})"]
        if name in results.get("plots", {}):
            lines += ["", *(f"![{name}]({f})" for f in results["plots"][name])]
    return "\n".join(lines) + "\n"

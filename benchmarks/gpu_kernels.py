"""Benchmark: compiled Triton head kernels on a CUDA GPU against a native attention head.

For the kernel benchmark's programs (a selector, a band, a dense linear program
and its softmax twin), at T = 512, 2048 and 8192, batch 8, head_dim 64, float32,
it times on the GPU:

- ``triton``: the program head's ``pattern @ V`` (token features already on the GPU);
- ``sdpa``: one native causal attention head of the same shape, torch's
  ``scaled_dot_product_attention`` on random Q, K, V: what a substituted head
  replaces (float32, as the hybrid model runs; bfloat16 beside it for scale).

Each figure is the median over CUDA-event-timed calls after warm-up, all in one
run. Before timing, every program's output is checked against the reference
backend on the first sequence at T = 512.

Run on a GPU machine: ``python -m benchmarks.gpu_kernels``. Writes
``benchmarks/results/gpu_kernels.json`` and ``gpu_kernels.md``.
"""

from __future__ import annotations

import argparse
import random
import statistics

import numpy as np
import torch

from benchmarks.common import hardware, write_results
from benchmarks.kernels import STRUCTURE, bench_program
from benchmarks.kernels import PROGRAMS as KERNEL_PROGRAMS
from headprog.compiler import reference
from headprog.compiler.compiling import compile_program
from headprog.features import compute_features, stack_features
from headprog.testing import random_sequence

HEAD_DIM = 64


def cuda_time(fn, repeat: int, warmup: int = 3) -> float:
    """Median seconds of ``fn`` on the GPU, each call between two CUDA events."""
    for _ in range(warmup):
        fn()
    torch.cuda.synchronize()
    times = []
    for _ in range(repeat):
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end) / 1e3)
    return statistics.median(times)


def _check(program, head, features: np.ndarray, lengths: np.ndarray, values: np.ndarray) -> float:
    """Max abs difference of the GPU output from the reference, on the first sequence."""
    want = reference.outputs(program.expr, features[:1], lengths[:1], values[:1], program.normalize, program.fallback)
    got = head.output(features[:1], values[:1], lengths[:1])
    return float(np.abs(got - want).max())


def run(lengths: list[int], batch: int, repeat: int) -> dict:
    device = torch.device("cuda")
    rng = random.Random(0)
    rows = []
    for t in lengths:
        seqs = [random_sequence(rng, t) for _ in range(batch)]
        features = stack_features([compute_features(*s) for s in seqs])
        lens = np.full(batch, t, dtype=np.int64)
        values = np.random.default_rng(0).standard_normal((batch, t, HEAD_DIM)).astype(np.float32)
        f_gpu, lens_gpu, v_gpu = (torch.from_numpy(x).to(device) for x in (features, lens, values))
        q, k, v = (torch.randn(batch, 1, t, HEAD_DIM, device=device) for _ in range(3))
        sdpa = cuda_time(lambda: torch.nn.functional.scaled_dot_product_attention(q, k, v, is_causal=True), repeat)
        qb, kb, vb = q.bfloat16(), k.bfloat16(), v.bfloat16()
        sdpa_bf16 = cuda_time(lambda: torch.nn.functional.scaled_dot_product_attention(qb, kb, vb, is_causal=True), repeat)
        for kind in KERNEL_PROGRAMS:
            program = bench_program(kind)
            head = compile_program(program, "triton")
            assert head.structure.kind == STRUCTURE[kind] and not head.kernels.interpreted
            row = {"program": kind, "T": t, "batch": batch, "head_dim": HEAD_DIM, "structure": head.structure.describe()}
            if t == min(lengths):
                row["max_abs_error_vs_reference"] = _check(program, head, features, lens, values)
            row["triton_output_s"] = cuda_time(lambda: head.output(f_gpu, v_gpu, lens_gpu), repeat)
            row["sdpa_fp32_s"] = sdpa
            row["sdpa_bf16_s"] = sdpa_bf16
            row["sdpa_over_triton"] = sdpa / row["triton_output_s"]
            rows.append(row)
            print({k: (round(x, 7) if isinstance(x, float) else x) for k, x in row.items()}, flush=True)
    return {
        "hardware": hardware(),
        "device": torch.cuda.get_device_name(device),
        "torch": torch.__version__,
        "triton": __import__("triton").__version__,
        "programs": KERNEL_PROGRAMS,
        "rows": rows,
    }


def markdown(result: dict) -> str:
    lines = [
        "# GPU kernel benchmark",
        "",
        f"Device: {result['device']} (torch {result['torch']}, triton {result['triton']}). Median of CUDA-event-timed calls, "
        "every figure of a row from the same run. A program head's `pattern @ V` against one native causal attention head "
        "of the same shape (torch SDPA on random Q, K, V).",
        "Command: `python -m benchmarks.gpu_kernels`",
        "",
        "| program | T | batch | triton pattern@V (ms) | SDPA fp32 (ms) | SDPA bf16 (ms) | SDPA fp32 / triton | max abs error vs reference |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in result["rows"]:
        err = f"{r['max_abs_error_vs_reference']:.1e}" if "max_abs_error_vs_reference" in r else "–"
        lines.append(
            f"| {r['program']} | {r['T']} | {r['batch']} | {1e3 * r['triton_output_s']:.3f} | {1e3 * r['sdpa_fp32_s']:.3f} | "
            f"{1e3 * r['sdpa_bf16_s']:.3f} | {r['sdpa_over_triton']:.2f}× | {err} |"
        )
    lines += ["", "Programs and how the compiler lowers them:", ""]
    structures = {r["program"]: r["structure"] for r in result["rows"]}
    for kind, body in result["programs"].items():
        lines.append(f"- {kind}: `{body}`{' (softmax)' if kind.endswith('softmax') else ''}: {structures.get(kind, '')}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lengths", default="512,2048,8192", help="comma list of sequence lengths")
    args = parser.parse_args()
    if not torch.cuda.is_available():
        raise SystemExit("benchmarks.gpu_kernels needs a CUDA GPU")
    result = run([int(x) for x in args.lengths.split(",")], args.batch, args.repeat)
    print("wrote", *write_results("gpu_kernels", result, markdown(result)))


if __name__ == "__main__":
    main()

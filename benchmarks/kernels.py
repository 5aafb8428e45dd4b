"""Benchmark: compiled head kernels against the reference and plain-Python programs.

For a selector, a band and a linear program (running sums and token
matches), and the linear program's softmax twin (the generic dense loop), at
T = 128, 512, 2048 (batch 1 and 8, head_dim 64), it times the pattern and
``pattern @ V`` of:

- ``numba``: the compiled Numba kernels (parallel over rows);
- ``reference``: the vectorised NumPy backend;
- ``python``: the same program as plain Python loops over (q, k) building a
  NumPy matrix, the way the reference paper's programs are written.

Run: ``.venv/bin/python -m benchmarks.kernels [--quick]``. Writes
``benchmarks/results/kernels.json`` and ``kernels.md``.
"""

from __future__ import annotations

import argparse
import random

import numpy as np

from benchmarks.common import hardware, timeit, write_results
from headprog.bench.kernel_programs import PROGRAMS, PYTHON_LOOPS, bench_program, expected_structure
from headprog.compiler.compiling import compile_program
from headprog.features import ROW_INDEX, compute_features, stack_features
from headprog.testing import random_sequence

STRUCTURE = {kind: expected_structure(kind) for kind in PROGRAMS}
PYTHON = PYTHON_LOOPS


def run(lengths: list[int], batches: list[int], python_max_t: int, repeat: int) -> dict:
    rows = []
    rng = random.Random(0)
    for t in lengths:
        for b in batches:
            seqs = [random_sequence(rng, t) for _ in range(b)]
            features = stack_features([compute_features(*s) for s in seqs])
            lengths_arr = np.full(b, t, dtype=np.int64)
            values = np.random.default_rng(0).standard_normal((b, t, 64)).astype(np.float32)
            for kind in PROGRAMS:
                program = bench_program(kind)
                numba_head = compile_program(program, "numba")
                ref_head = compile_program(program, "reference")
                assert numba_head.structure.kind == STRUCTURE[kind]
                row = {"program": kind, "T": t, "batch": b, "head_dim": 64, "structure": numba_head.structure.describe()}
                row["numba_output_s"] = timeit(lambda: numba_head.output(features, values, lengths_arr), repeat)
                row["numba_pattern_s"] = timeit(lambda: numba_head.pattern(features, lengths_arr), repeat)
                reps = max(1, repeat // 2) if t >= 2048 else repeat
                row["reference_output_s"] = timeit(lambda: ref_head.output(features, values, lengths_arr), reps)
                row["reference_pattern_s"] = timeit(lambda: ref_head.pattern(features, lengths_arr), reps)
                if t <= python_max_t:
                    cols = [
                        {name: f[ROW_INDEX[name]].astype(int).tolist() for name in ("token", "prev_token", "sentence_start")}
                        for f in features
                    ]
                    fn = PYTHON[kind]
                    row["python_pattern_s"] = timeit(lambda: [fn(c, t) for c in cols], 1, warmup=0)
                    row["python_output_s"] = timeit(
                        lambda: [fn(c, t) @ values[i].astype(np.float64) for i, c in enumerate(cols)], 1, warmup=0
                    )
                    row["numba_speedup_vs_python_pattern"] = row["python_pattern_s"] / row["numba_pattern_s"]
                    row["numba_speedup_vs_python_output"] = row["python_output_s"] / row["numba_output_s"]
                row["numba_speedup_vs_reference_output"] = row["reference_output_s"] / row["numba_output_s"]
                rows.append(row)
                print({k: (round(v, 5) if isinstance(v, float) else v) for k, v in row.items()}, flush=True)
    return {"hardware": hardware(), "programs": PROGRAMS, "structures": {r["program"]: r["structure"] for r in rows}, "rows": rows}


def scaling(rows: list[dict]) -> list[dict]:
    """Selector output time at 2048 over its time at 512 (linear scaling would be 4)."""
    out = []
    for b in sorted({r["batch"] for r in rows}):
        by_t = {r["T"]: r for r in rows if r["program"] == "selector" and r["batch"] == b}
        if 512 in by_t and 2048 in by_t:
            out.append({"batch": b, "ratio_2048_over_512": by_t[2048]["numba_output_s"] / by_t[512]["numba_output_s"]})
    return out


def markdown(result: dict) -> str:
    hw = result["hardware"]
    lines = [
        "# Kernel benchmark",
        "",
        f"Hardware: {hw.get('processor')}, {hw.get('cpus')} CPUs, numba {hw.get('numba')} ({hw.get('numba_threads')} threads). "
        "Median wall time; every figure in a row measured in the same run.",
        "Command: `.venv/bin/python -m benchmarks.kernels`",
        "",
        "| program | T | batch | numba pattern@V (ms) | numba pattern (ms) | reference pattern@V (ms) | python pattern@V (ms) | numba vs python (pattern@V) | numba vs python (pattern) | numba vs reference |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def ms(row: dict, key: str) -> str:
        return f"{1000 * row[key]:.2f}" if key in row else "–"

    def ratio(row: dict, key: str) -> str:
        return f"{row[key]:.0f}×" if key in row else "–"

    for r in result["rows"]:
        lines.append(
            f"| {r['program']} | {r['T']} | {r['batch']} | {ms(r, 'numba_output_s')} | {ms(r, 'numba_pattern_s')} | "
            f"{ms(r, 'reference_output_s')} | {ms(r, 'python_output_s')} | {ratio(r, 'numba_speedup_vs_python_output')} | "
            f"{ratio(r, 'numba_speedup_vs_python_pattern')} | {ratio(r, 'numba_speedup_vs_reference_output')} |"
        )
    lines += ["", "Programs and how the compiler lowers them:", ""]
    for kind, body in result["programs"].items():
        lines.append(f"- {kind}: `{body}`: {result.get('structures', {}).get(kind, '')}")
    lines += ["", "Selector `pattern @ V` scaling (time at T=2048 / time at T=512; linear is 4, target ≤ 5):", ""]
    for s in result["scaling"]:
        lines.append(f"- batch {s['batch']}: {s['ratio_2048_over_512']:.2f}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.quick:
        result = run([64, 128], [1], python_max_t=128, repeat=2)
    else:
        result = run([128, 512, 2048], [1, 8], python_max_t=512, repeat=args.repeat)
    result["scaling"] = scaling(result["rows"])
    name = "kernels-quick" if args.quick else "kernels"
    paths = write_results(name, result, markdown(result))
    print("wrote", *paths)


if __name__ == "__main__":
    main()

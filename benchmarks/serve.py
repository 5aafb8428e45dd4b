"""Benchmark: the serving load test with every server kind (native, hybrid, transformers serve, with continuous batching).

The code is :mod:`headprog.bench.load_test` (also ``headprog bench --suite serve``).
Run: ``.venv/bin/python -m benchmarks.serve --programs bundled``; writes
``benchmarks/results/serve.{json,md,png}``.
"""

from __future__ import annotations

from headprog.bench.load_test import main

if __name__ == "__main__":
    raise SystemExit(main())

"""``headprog bench``: the benchmark harness (prefill, decode, kernels, memory, quality, serve)."""

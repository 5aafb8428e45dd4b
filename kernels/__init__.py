"""Hand-written runtime pieces that generated head kernels plug into.

- ``numba_runtime`` / ``numba_template``: the Numba kernels (selector gather,
  band and dense loops) into which the compiler splices a program's score.
- ``triton_template``: the tiled Triton kernel, likewise.
- ``fallback``: what a row with no support attends to.
"""

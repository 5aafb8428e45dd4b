"""The headprog compiler: validated program → typed IR → analysis → kernels.

Read :mod:`headprog.compiler.compiling` first: ``compile_program`` is the
pipeline in one function. Each stage lives in its own module named for what it
does (``ir``, ``analysis``, ``reference``, ``lower_numba``, ``lower_triton``).
"""

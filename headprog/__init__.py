"""headprog: describe attention heads by small programs, compile them, substitute them.

The package is organised by what users touch:

- :mod:`headprog.language` parses, validates and prints program files.
- :mod:`headprog.features` is the versioned token-feature library programs read.
- :mod:`headprog.compiler` lowers a validated program to reference, Numba and Triton kernels.
- :mod:`headprog.cli` is the ``headprog`` command.
"""

from headprog.errors import HeadprogError, ProgramError

__version__ = "0.1.0"

__all__ = ["HeadprogError", "ProgramError", "__version__"]

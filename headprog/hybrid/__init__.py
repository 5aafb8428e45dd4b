"""The hybrid runtime: a ``transformers`` model whose chosen heads attend by their program (see :mod:`headprog.hybrid.model`)."""

from headprog.hybrid.checks import HybridError, check_program_set
from headprog.hybrid.forward_features import pattern_rows
from headprog.hybrid.model import TIMINGS, HybridModel

__all__ = ["TIMINGS", "HybridError", "HybridModel", "check_program_set", "pattern_rows"]

"""Compiling a head choice's kernels ahead of the forward that needs them (a server swaps sets without stalling)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from headprog.hybrid.checks import as_head, check_head_exists, load_checked_program, resolve_backend
from headprog.language.program_set import ProgramSet, head_name

__all__ = ["prepare_kernels"]


def prepare_kernels(loaded: Any, programs: ProgramSet, heads: Iterable[Any], *, backend: str = "auto", rung: int | None = None) -> int:
    """Parse, check, compile and warm the programs of ``heads``; the number of distinct programs.

    Safe on a thread other than the one running the model: it touches no
    model state, only the process-wide compile cache, so a later
    :class:`~headprog.hybrid.model.HybridModel` with these heads finds its
    kernels compiled. Raises the same errors a HybridModel would (unknown
    head, changed file, unsupported feature library).
    """
    chosen = resolve_backend(loaded.model, backend)
    from headprog.compiler.compiling import compile_program

    seen: set[str] = set()
    head_dim = int(loaded.head_dim)
    for spec in heads:
        head = as_head(spec)
        check_head_exists(loaded, head)
        program = load_checked_program(programs, head_name(*head), rung)
        if program.hash in seen:
            continue
        seen.add(program.hash)
        compile_program(program, chosen).warm(head_dim)
    return len(seen)

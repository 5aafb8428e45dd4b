"""The serving engine that ``headprog serve``'s options describe: the model, the program set and the heads.

Here rather than in the command line, so that a Ray Serve replica
(:mod:`headprog.cluster.serve_app`) builds its engine by a plain import.
"""

from __future__ import annotations

import argparse
from typing import Any

from headprog.errors import HeadprogError

__all__ = ["CHOICE_DEFAULTS", "build_engine", "engine_from_options"]


#: The head-choice settings of ``eval`` that ``serve`` does not expose, at their defaults (``--by ppl`` calibrates on these).
CHOICE_DEFAULTS = {
    "corpus": "wiki", "seed": 0, "calibration_examples": 4, "calibration_tokens": 256, "ppl_pool": None, "rounds": 1, "fast_only": False, "quiet": False,
}


def build_engine(args: Any) -> Any:
    """The engine the options describe (not started): the model, the program set and the heads chosen as ``headprog eval`` does."""
    from headprog.data import models
    from headprog.hybrid import check_program_set
    from headprog.serving.engine import Engine, load_programs
    from headprog.tuning.head_choice import choose_from_args

    if args.programs is None and args.heads:
        raise HeadprogError("--heads needs --programs (the folder the heads' programs come from)")
    loaded = models.load(args.model)
    programs = load_programs(args.programs)
    heads: list[str] = []
    if programs is not None:
        check_program_set(programs, loaded, force=args.force)
        choice = argparse.Namespace(**{**CHOICE_DEFAULTS, **vars(args)})
        heads = [c["head"] for c in choose_from_args(choice, loaded, programs)]
    return Engine(loaded, programs, heads, max_batch=args.max_batch, max_queue=args.max_queue, backend=args.backend, force=args.force,
                  pack_weights=getattr(args, "pack_weights", True), pack_min_rows=getattr(args, "pack_min_rows", 1))


def engine_from_options(options: dict[str, Any]) -> Any:
    """:func:`build_engine` from the options as a dict (how a Ray Serve replica is told them)."""
    return build_engine(argparse.Namespace(**options))

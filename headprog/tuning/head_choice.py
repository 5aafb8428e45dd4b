"""The heads a run's options name: ``--heads``, ``--by tuned``, or ``--fraction`` chosen ``--by`` IoU or cost.

Shared by ``headprog eval``, ``tune`` and ``serve`` (the serving engine, and so
every Ray Serve replica, chooses its heads here too).
"""

from __future__ import annotations

from typing import Any

from headprog.language.program_set import ProgramSet, head_name
from headprog.tuning.tuned_sets import tuned_heads

__all__ = ["choose_from_args"]


def choose_from_args(args: Any, loaded: Any, pset: ProgramSet) -> list[dict[str, Any]]:
    """The heads the substitution options name: ``--heads``, ``--by tuned``, or ``--fraction`` chosen ``--by`` IoU or cost."""
    from headprog.hybrid import HybridError
    from headprog.hybrid.checks import check_head_exists
    from headprog.selection import choose_heads, fast_heads

    if args.heads:
        from headprog.language.program_set import parse_heads

        heads = parse_heads(args.heads)
        for h in heads:
            check_head_exists(loaded, h)
            if head_name(*h) not in pset.heads:
                raise HybridError(f"{pset.folder} has no program for head {head_name(*h)}")
        return [
            {"head": head_name(*h), "rank": i, "heldout_iou": pset.heads[head_name(*h)].get("heldout_iou"), "reason": "named with --heads"}
            for i, h in enumerate(heads)
        ]
    if args.by == "tuned":
        return [
            {"head": name, "rank": i, "heldout_iou": pset.heads[name].get("heldout_iou"), "reason": "in the set the programs were tuned for (manifest tuning record)"}
            for i, name in enumerate(tuned_heads(pset))
        ]
    calibration = None
    if args.by == "ppl":
        from headprog.evaluate.perplexity import evaluation_chunks

        calibration = evaluation_chunks(loaded, args.corpus, "heldout", args.calibration_tokens, args.calibration_examples, args.seed)
    return choose_heads(
        pset, args.fraction, args.by, loaded=loaded, calibration=calibration, pool_size=args.ppl_pool,
        candidates=fast_heads(pset) if args.fast_only else None,
        backend=args.backend, force=args.force, rounds=args.rounds,
        progress=not getattr(args, "quiet", False),
    )

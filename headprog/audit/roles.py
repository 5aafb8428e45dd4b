"""``headprog classify``: every head of a program set with its role and its program's structure class.

The role is what :func:`headprog.language.program_set.head_role` says (the
grouping ``headprog report`` prints); the structure class is how the compiler
lowers the program (selector, band, dense, dense with a running-sum plan).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from headprog.compiler.analysis import classify
from headprog.errors import HeadprogError
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, head_role, heads_by_role, parse_head

__all__ = ["HeadClass", "classify_heads", "classify_markdown", "head_class", "structure_class"]


@dataclass(frozen=True)
class HeadClass:
    """One head as ``classify`` reports it."""

    head: str
    role: str
    structure: str  # "selector", "band", "dense" or "dense (linear)"
    heldout_iou: float | None
    program_hash: str | None
    structure_hash: str | None


def structure_class(program: Program) -> str:
    """The compiler's structure class of a program; ``"dense (linear)"`` when it runs as running sums."""
    s = classify(program.expr, program.normalize)
    return s.kind + (" (linear)" if s.kind == "dense" and s.linear is not None else "")


def head_class(pset: ProgramSet, name: str) -> HeadClass:
    """Role, structure class and recorded scores of one head of ``pset``."""
    record = pset.heads[name]
    program = pset.program(name)
    iou = record.get("heldout_iou")
    return HeadClass(name, head_role(record), structure_class(program), None if iou is None else float(iou),
                     program.hash, program.structure_hash)


def classify_heads(pset: ProgramSet, heads: Sequence[str] | None = None, *, progress: bool = False) -> dict[str, Any]:
    """Every head of ``pset`` (or ``heads``) with its role and structure, and the heads grouped by role."""
    from tqdm import tqdm

    names = sorted(pset.heads, key=parse_head) if heads is None else list(heads)
    missing = [n for n in names if n not in pset.heads]
    if missing:
        raise HeadprogError(f"{pset.folder} has no program for {', '.join(missing)}; it covers {len(pset.heads)} heads")
    classes = [head_class(pset, n) for n in tqdm(names, desc="classify", unit="head", disable=not progress)]
    records = {c.head: pset.heads[c.head] for c in classes}
    groups = []
    for role, members in heads_by_role(records).items():
        ious = [c.heldout_iou for c in classes if c.head in members and c.heldout_iou is not None]
        structures: dict[str, int] = {}
        for c in classes:
            if c.head in members:
                structures[c.structure] = structures.get(c.structure, 0) + 1
        groups.append({"role": role, "heads": members, "count": len(members),
                       "mean_heldout_iou": round(sum(ious) / len(ious), 4) if ious else None, "structures": structures})
    return {
        "programs": str(pset.folder),
        "model": {"name": pset.model.get("name"), "fingerprint": pset.model.get("fingerprint")},
        "heads": [asdict(c) for c in classes],
        "roles": groups,
    }


def _iou(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def classify_markdown(result: dict[str, Any], *, per_head: bool = False) -> str:
    """The roles table (and with ``per_head`` one row per head)."""
    lines = [
        f"# Head roles: {result['model']['name']} (`{result['programs']}`)",
        "",
        "| role | heads | mean held-out IoU | structures | heads |",
        "|---|---:|---:|---|---|",
    ]
    for g in result["roles"]:
        structures = ", ".join(f"{k} {v}" for k, v in sorted(g["structures"].items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"| {g['role']} | {g['count']} | {_iou(g['mean_heldout_iou'])} | {structures} | {', '.join(g['heads'])} |")
    if per_head:
        lines += ["", "| head | role | structure | held-out IoU |", "|---|---|---|---:|"]
        lines += [f"| {h['head']} | {h['role']} | {h['structure']} | {_iou(h['heldout_iou'])} |" for h in result["heads"]]
    return "\n".join(lines) + "\n"

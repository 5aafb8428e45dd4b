"""``headprog diff A B``: what changed between two program sets, head by head.

For every head in either set: whether its program changed (by content hash,
so a file whose header alone changed, e.g. its scores, is not a changed
program), whether only its constants changed or its structure too (the hash
with constants abstracted), whether its structure class (selector, band,
dense) or role changed, and the held-out IoU delta recorded in the two
manifests. Each changed file comes with a unified diff of the canonical files.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from headprog.audit.roles import head_class
from headprog.language.program_set import ProgramSet, parse_head

__all__ = ["HeadDiff", "diff_markdown", "diff_sets"]

#: What became of a head, in the order the summary lists them.
CHANGES = ("structure changed", "constants changed", "header only", "added", "removed", "unchanged")


@dataclass
class HeadDiff:
    """One head in ``a`` and/or ``b``."""

    head: str
    change: str  # one of CHANGES
    role: tuple[str | None, str | None]
    structure: tuple[str | None, str | None]
    heldout_iou: tuple[float | None, float | None]
    iou_delta: float | None
    unified_diff: str = ""
    notes: list[str] = field(default_factory=list)
    iou_comparable: bool = True  # both IoUs were measured on the same text

    @property
    def program_changed(self) -> bool:
        return self.change in ("structure changed", "constants changed", "added", "removed")

    @property
    def role_changed(self) -> bool:
        return None not in self.role and self.role[0] != self.role[1]


def _read(pset: ProgramSet, name: str) -> str:
    return (pset.folder / pset.heads[name]["file"]).read_text(encoding="utf-8")


def _head_diff(a: ProgramSet, b: ProgramSet, name: str) -> HeadDiff:
    in_a, in_b = name in a.heads, name in b.heads
    ca = head_class(a, name) if in_a else None
    cb = head_class(b, name) if in_b else None
    role = (ca.role if ca else None, cb.role if cb else None)
    structure = (ca.structure if ca else None, cb.structure if cb else None)
    iou = (ca.heldout_iou if ca else None, cb.heldout_iou if cb else None)
    delta = round(iou[1] - iou[0], 4) if None not in iou else None
    text_a = _read(a, name) if in_a else ""
    text_b = _read(b, name) if in_b else ""
    if ca is None or cb is None:
        change = "added" if ca is None else "removed"
    elif ca.program_hash != cb.program_hash:
        change = "structure changed" if ca.structure_hash != cb.structure_hash else "constants changed"
    else:
        change = "header only" if text_a != text_b else "unchanged"
    unified = ""
    if text_a != text_b:
        file = (a.heads.get(name) or b.heads[name])["file"]
        unified = "".join(difflib.unified_diff(text_a.splitlines(True), text_b.splitlines(True), f"a/{file}", f"b/{file}"))
    notes = []
    if change != "unchanged" and delta is None and in_a and in_b:
        notes.append("held-out IoU not recorded in " + " and ".join(s for s, v in zip("ab", iou) if v is None))
    comparable = True
    if delta is not None and _scored_on(a, name) != _scored_on(b, name):
        comparable = False  # e.g. a targeted re-synthesis scored on other text: the delta compares two texts
        notes.append(f"held-out IoUs measured on different text (a: {_scored_on(a, name)}; b: {_scored_on(b, name)})")
    return HeadDiff(name, change, role, structure, iou, delta, unified, notes, comparable)


def _scored_on(pset: ProgramSet, name: str) -> str:
    """What a head's recorded held-out IoU was measured on: its own record, or the set's store."""
    record = pset.heads[name]
    if record.get("scored_on"):
        return "; ".join(f"{s['store']} examples {len(s['examples'])}" for s in record["scored_on"])
    return f"{(pset.extra.get('store') or {}).get('path', 'the set store')} held-out split"


def diff_sets(a: ProgramSet, b: ProgramSet, heads: Sequence[str] | None = None, *, progress: bool = False) -> dict[str, Any]:
    """Head by head differences of ``b`` from ``a`` and a summary (JSON-ready)."""
    from tqdm import tqdm

    names = sorted(set(a.heads) | set(b.heads), key=parse_head) if heads is None else list(heads)
    diffs = [_head_diff(a, b, n) for n in tqdm(names, desc="diff", unit="head", disable=not progress)]
    by_change = {c: [d.head for d in diffs if d.change == c] for c in CHANGES}
    deltas = [d.iou_delta for d in diffs if d.iou_delta is not None and d.program_changed and d.iou_comparable]
    fa, fb = a.model.get("fingerprint"), b.model.get("fingerprint")
    return {
        "a": {"programs": str(a.folder), "model": a.model.get("name"), "fingerprint": fa, "heads": len(a.heads)},
        "b": {"programs": str(b.folder), "model": b.model.get("name"), "fingerprint": fb, "heads": len(b.heads)},
        "same_model": fa == fb,
        "summary": {
            "heads": len(diffs),
            "programs_changed": [d.head for d in diffs if d.program_changed],
            **{c.replace(" ", "_"): members for c, members in by_change.items()},
            "role_changed": [{"head": d.head, "from": d.role[0], "to": d.role[1]} for d in diffs if d.role_changed],
            "structure_class_changed": [
                {"head": d.head, "from": d.structure[0], "to": d.structure[1]}
                for d in diffs if None not in d.structure and d.structure[0] != d.structure[1]
            ],
            "mean_iou_delta_of_changed": round(sum(deltas) / len(deltas), 4) if deltas else None,
        },
        "heads": [{**asdict(d), "program_changed": d.program_changed, "role_changed": d.role_changed} for d in diffs],
    }


def _v(x: Any) -> str:
    if x is None:
        return "—"
    return f"{x:+.3f}" if isinstance(x, float) else str(x)


def _pair(pair: Sequence[Any]) -> str:
    if pair[0] == pair[1]:
        return _v(pair[0])
    return f"{_v(pair[0])} → {_v(pair[1])}"


def diff_markdown(result: dict[str, Any], *, unified: bool = True) -> str:
    """The diff as Markdown: summary, role changes, a row per changed head, and (``unified``) the file diffs."""
    a, b, s = result["a"], result["b"], result["summary"]
    lines = [
        f"# Program diff: `{a['programs']}` → `{b['programs']}`",
        "",
        f"- a: {a['model']} ({a['fingerprint']}), {a['heads']} heads; b: {b['model']} ({b['fingerprint']}), {b['heads']} heads"
        + ("" if result["same_model"] else " (**different checkpoints**)"),
        f"- {len(s['programs_changed'])} of {s['heads']} heads have a changed program: "
        + ", ".join(f"{len(s[c.replace(' ', '_')])} {c}" for c in CHANGES),
    ]
    if s["mean_iou_delta_of_changed"] is not None:
        lines.append(f"- mean held-out IoU delta of the changed heads (where both manifests record it on the same text): {s['mean_iou_delta_of_changed']:+.4f}")
    lines += ["", "## Heads that changed role", ""]
    lines += [f"- {r['head']}: {r['from']} → {r['to']}" for r in s["role_changed"]] or ["none"]
    changed = [h for h in result["heads"] if h["change"] != "unchanged"]
    lines += ["", "## Changed heads", ""]
    if changed:
        lines += ["| head | change | role | structure | held-out IoU | IoU delta | notes |", "|---|---|---|---|---|---:|---|"]
        for h in changed:
            iou = [None if v is None else f"{v:.3f}" for v in h["heldout_iou"]]
            lines.append(f"| {h['head']} | {h['change']} | {_pair(h['role'])} | {_pair(h['structure'])} | {_pair(iou)} | {_v(h['iou_delta'])} | {'; '.join(h['notes'])} |")
    else:
        lines.append("none")
    if unified and any(h["unified_diff"] for h in changed):
        lines += ["", "## File diffs", ""]
        for h in changed:
            if h["unified_diff"]:
                lines += [f"### {h['head']}", "", "```diff", h["unified_diff"].rstrip("\n"), "```", ""]
    return "\n".join(lines).rstrip("\n") + "\n"

"""``headprog check``: a behavioural regression test of a checkpoint against a program set.

Each head's program is scored on the text (:func:`score_program_set`) and
compared with a reference:

- by default the IoU its file header records for the same kinds of text,
  less ``tolerance``;
- with a baseline (a score table of an earlier ``headprog score`` or
  ``check --out`` on *the same examples*), that table's IoU less ``tolerance``:
  the exact comparison for CI, since the same checkpoint scores the same;
- with ``min_iou``, that absolute floor.

A head *drifts* when its new IoU falls below the reference (a rise is
reported, not failed: the program still reproduces the head), or when its
file no longer holds the program its manifest (or the baseline) scored.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from headprog.audit.compat import AuditError
from headprog.audit.junit import JUnitCase, write_junit
from headprog.audit.recording import RecordOptions, opened_store, own_heldout_text
from headprog.audit.scoring import ScoreTable, score_program_set
from headprog.io import atomic_write_text
from headprog.language.program_set import ProgramSet, load_program_set

__all__ = ["CheckOptions", "CheckResult", "HeadCheck", "check_checkpoint", "check_table"]

#: Scores are kept to 4 decimals; equal ones must not drift by a rounding step.
_EPS = 1e-9


@dataclass(frozen=True)
class CheckOptions:
    """What a head's new IoU is compared with."""

    tolerance: float = 0.05
    min_iou: float | None = None
    baseline: ScoreTable | None = None
    baseline_path: str | None = None


@dataclass(frozen=True)
class HeadCheck:
    """The verdict on one head."""

    head: str
    label: str
    old_iou: float | None
    new_iou: float
    threshold: float | None
    status: str  # "ok", "drifted" or "skipped"
    reason: str


@dataclass
class CheckResult:
    """All heads' verdicts and the scores they come from."""

    table: ScoreTable
    heads: list[HeadCheck]
    reference: str  # how the threshold was set, for people
    seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def drifted(self) -> list[HeadCheck]:
        return [h for h in self.heads if h.status == "drifted"]

    @property
    def passed(self) -> bool:
        return not self.drifted

    def report(self) -> str:
        """The lines ``headprog check`` prints (and the pytest plugin fails with)."""
        ex = self.table.examples
        ok = sum(h.status == "ok" for h in self.heads)
        skipped = [h for h in self.heads if h.status == "skipped"]
        lines = [
            f"programs: {self.table.programs}",
            f"checkpoint: {self.table.relation_note}",
            f"text: {ex['n']} examples, {ex['tokens']} tokens ({', '.join(f'{n} {k}' for k, n in ex['per_kind'].items())})"
            + (f": {self.extra['text']}" if self.extra.get("text") else ""),
            f"reference: {self.reference}",
        ]
        if self.drifted:
            lines += ["", f"drifted heads ({len(self.drifted)} of {len(self.heads)}):", f"  {'head':<7} {'label':<16} {'old':>6} {'new':>6} {'change':>7}  why"]
            for h in self.drifted:
                old = f"{h.old_iou:.3f}" if h.old_iou is not None else "-"
                change = f"{h.new_iou - h.old_iou:+.3f}" if h.old_iou is not None else "-"
                lines.append(f"  {h.head:<7} {h.label[:16]:<16} {old:>6} {h.new_iou:>6.3f} {change:>7}  {h.reason}")
        if skipped:
            lines.append(f"skipped: {', '.join(h.head for h in skipped)} ({skipped[0].reason})")
        verdict = "passed" if self.passed else f"FAILED: {len(self.drifted)} head(s) drifted"
        lines += ["", f"{ok} of {len(self.heads)} heads within the reference; {verdict}"]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "reference": self.reference,
            "seconds": round(self.seconds, 2),
            "drifted": [h.head for h in self.drifted],
            "heads": [asdict(h) for h in self.heads],
            "programs": self.table.programs,
            "relation": self.table.relation_note,
            "examples": self.table.examples,
        }

    def write(self, out_dir: str | Path) -> Path:
        """``check.json`` plus the score report (``scores.json`` is a baseline for later checks)."""
        import json

        from headprog.audit.score_report import write_score_report

        out = Path(out_dir)
        write_score_report(self.table, out)
        atomic_write_text(out / "check.json", json.dumps(self.to_dict(), indent=1, sort_keys=True) + "\n")
        return out / "check.json"

    def write_junit(self, path: str | Path) -> Path:
        """The verdicts as JUnit XML: one test case per head, a failure per drifted head."""
        cases = []
        for h in self.heads:
            old = f"{h.old_iou:.4f}" if h.old_iou is not None else "none"
            details = f"{h.head} ({h.label}): IoU {h.new_iou:.4f}, reference {old}, threshold {h.threshold}; {h.reason}"
            cases.append(JUnitCase(
                name=h.head, classname=f"headprog.check.{Path(self.table.programs).name or 'programs'}",
                failure=f"{h.head} drifted: IoU {h.new_iou:.4f} < {h.threshold} ({h.reason})" if h.status == "drifted" else None,
                details=details, skipped=h.reason if h.status == "skipped" else None,
            ))  # fmt: skip
        props = {"programs": self.table.programs, "store": self.table.store, "checkpoint": str(self.table.store_model.get("fingerprint")),
                 "reference": self.reference}
        return write_junit(path, "headprog check", cases, time=self.seconds, properties=props)


def _reference(options: CheckOptions) -> str:
    if options.min_iou is not None:
        return f"absolute floor: IoU >= {options.min_iou}"
    if options.baseline is not None:
        return f"baseline scores {options.baseline_path or ''} less {options.tolerance}".replace("  ", " ")
    return f"each file header's held-out IoU (same kinds of text) less {options.tolerance}"


def check_table(table: ScoreTable, options: CheckOptions) -> list[HeadCheck]:
    """The verdict on every head of a score table."""
    base = options.baseline
    if base is not None and options.min_iou is None and base.examples.get("digest") != table.examples.get("digest"):
        raise AuditError(
            f"the baseline {options.baseline_path or ''} was scored on other text ({base.examples.get('n')} examples, "
            f"{base.examples.get('digest')}) than this check ({table.examples['n']} examples, {table.examples['digest']}); "
            "score the baseline on the same store or corpus options"
        )
    out = []
    for s in table.heads.values():
        old, threshold, status, reason = None, None, "ok", "within the reference"
        if options.min_iou is not None:
            threshold = options.min_iou
        elif base is not None:
            before = base.heads.get(s.head)
            if before is None:
                out.append(HeadCheck(s.head, s.label, None, s.iou, None, "skipped", "not in the baseline"))
                continue
            old = before.iou
            if before.program_hash != s.program_hash:
                status, reason = "drifted", f"its program changed since the baseline ({before.program_hash} -> {s.program_hash})"
        else:
            old = s.recorded_iou
            if old is None:
                out.append(HeadCheck(s.head, s.label, None, s.iou, None, "skipped", "no IoU recorded in its header"))
                continue
            if not s.hash_matches:
                status, reason = "drifted", "its file changed since its manifest was written, so its recorded IoU is not its own"
        if threshold is None:
            threshold = round(old - options.tolerance, 4)
        if status == "ok" and s.iou < threshold - _EPS:
            status, reason = "drifted", f"IoU below {threshold:.4f}"
        out.append(HeadCheck(s.head, s.label, old, s.iou, threshold, status, reason))
    return out


def check_checkpoint(programs: str | Path | ProgramSet, *, model: str | None = None, store: str | Path | None = None,
                     corpus: str | None = None, heads: Sequence[str] | None = None, layers: Sequence[int] | None = None,
                     split: str | None = None, record: RecordOptions | None = None, options: CheckOptions | None = None,
                     same_checkpoint: bool = False, force: bool = False, progress: bool = False) -> CheckResult:
    """Check a checkpoint (``model``, default the one the programs name) against a program set on some text.

    The text is ``store`` (recorded from the checkpoint), or ``corpus``
    recorded from the checkpoint on the fly (into ``store`` if given).
    """
    options = options or CheckOptions()
    if options.tolerance < 0:
        raise AuditError(f"the tolerance is an IoU difference >= 0; got {options.tolerance}")
    pset = programs if isinstance(programs, ProgramSet) else load_program_set(programs)
    started = time.perf_counter()
    note = None
    if store is None and corpus is None:
        choice = own_heldout_text(pset, reuse_store=model is None)
        store, corpus, record, note = choice.store, choice.corpus, choice.record, choice.note
        split = split or choice.split
    with opened_store(pset, store=store, model=model, corpus=corpus, heads=heads, layers=layers, record=record, progress=progress) as opened:
        table = score_program_set(pset, opened, heads=heads, layers=layers, split=split, same_checkpoint=same_checkpoint, force=force, progress=progress)
    verdicts = check_table(table, options)
    return CheckResult(table, verdicts, _reference(options), time.perf_counter() - started, {"text": note} if note else {})

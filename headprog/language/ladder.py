"""Explanation ladders: per head, the best programs with 1, 2, 3, 5 and 8 terms beside the full one.

A program set may carry, for each head, a *ladder*: programs built from the
terms of the head's full program (a table counts as one term), each refitted
and scored on held-out text, so that a head reads as "first token (0.61) ->
+ previous token (0.66) -> full (0.70)". The rungs live in a sibling file
``ladders/L5H3.py`` (canonical form, one ``@program`` per rung, named
``L5H3_1``, ``L5H3_2``...); the head's record in ``manifest.json`` lists them::

    "ladder": {"file": "ladders/L5H3.py", "full_terms": 16,
               "uniform": {"heldout_iou": 0.21, ...},
               "rungs": [{"terms": 1, "program": "L5H3_1", "program_hash": "sha256:...",
                          "added": "first", "role": "first token (sink)", "heldout_iou": 0.61, ...}, ...]}

The head's own file and record are unchanged, so sets without ladders (and
every tool that reads only the full program) work as before. Rungs are
non-decreasing in held-out IoU up to the full program: a refit that scores
no better than the rung below it, or better than the full program (recorded
as ``above_full``: the full program overfits there), is left out, and ``--rung N`` means the largest rung with at most N
terms (the full program once N reaches its term count).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headprog.errors import HeadprogError
from headprog.language.parser import parse_file
from headprog.language.program import Program

__all__ = ["LADDER_DIR", "LADDER_RUNGS", "Ladder", "Rung", "ladder_file", "ladder_of", "rung_name", "rung_program"]

#: The rung sizes a ladder offers (terms; a table counts as one).
LADDER_RUNGS = (1, 2, 3, 5, 8)
#: The folder of a set that holds the ladder files.
LADDER_DIR = "ladders"
#: Score keys a rung (and the uniform baseline) records.
SCORE_KEYS = ("heldout_iou", "heldout_iou_passage", "heldout_iou_sentence")


def ladder_file(head: str) -> str:
    """Where a head's ladder lives inside its set: ``ladders/L5H3.py``."""
    return f"{LADDER_DIR}/{head}.py"


def rung_name(head: str, terms: int) -> str:
    """The program name of a rung in its ladder file: ``L5H3_2`` for two terms."""
    return f"{head}_{terms}"


@dataclass(frozen=True)
class Rung:
    """One rung: the best program found with ``terms`` terms, and what it adds to the rung below."""

    terms: int
    program: str  # its name in the ladder file
    added: str  # the term (or table family) this rung adds
    role: str  # what that term does, e.g. "previous token"
    scores: dict[str, float] = field(default_factory=dict)  # heldout_iou and per length band
    program_hash: str | None = None

    @property
    def iou(self) -> float:
        return float(self.scores.get("heldout_iou", 0.0))

    def to_record(self) -> dict[str, Any]:
        return {"terms": self.terms, "program": self.program, "added": self.added, "role": self.role,
                "program_hash": self.program_hash, **self.scores}


@dataclass(frozen=True)
class Ladder:
    """A head's ladder: its rungs (fewest terms first), the full program's scores and the uniform baseline's."""

    head: str
    rungs: tuple[Rung, ...]
    full: dict[str, float]  # the full program's held-out scores (its manifest record)
    uniform: dict[str, float]  # the uniform causal pattern's held-out scores: what "no explanation" reaches
    full_terms: int
    file: str | None = None
    order: tuple[tuple[str, str], ...] = ()  # (term, role) in the order the selection added them, up to the largest rung
    above: tuple[Rung, ...] = ()  # refits that scored above the full program on held-out text (not rungs: the ladder ends at the full program)


    @property
    def full_iou(self) -> float:
        return float(self.full.get("heldout_iou", 0.0))

    @property
    def uniform_iou(self) -> float:
        return float(self.uniform.get("heldout_iou", 0.0))

    def gain(self, iou: float) -> float:
        """The share of the full program's gain over uniform that an IoU reaches (1 = the full program)."""
        span = self.full_iou - self.uniform_iou
        return (iou - self.uniform_iou) / span if span > 0 else 0.0

    def ious(self) -> list[tuple[int, float]]:
        """(terms, held-out IoU) along the ladder, the full program last."""
        return [(r.terms, r.iou) for r in self.rungs] + [(self.full_terms, self.full_iou)]

    def to_record(self) -> dict[str, Any]:
        out = {"file": self.file, "full_terms": self.full_terms, "uniform": dict(self.uniform),
               "order": [list(o) for o in self.order], "rungs": [r.to_record() for r in self.rungs]}
        if self.above:
            out["above_full"] = [{k: v for k, v in r.to_record().items() if k not in ("program", "program_hash")} for r in self.above]
        return out

    @classmethod
    def from_record(cls, head: str, record: dict[str, Any]) -> Ladder | None:
        """The ladder of a head's manifest record; None when the record has none."""
        data = record.get("ladder")
        if not data:
            return None
        def rung(r: dict[str, Any]) -> Rung:
            return Rung(int(r["terms"]), r.get("program", ""), r.get("added", ""), r.get("role", ""),
                        {k: float(r[k]) for k in SCORE_KEYS if k in r}, r.get("program_hash"))

        rungs = tuple(rung(r) for r in data.get("rungs", ()))
        above = tuple(rung(r) for r in data.get("above_full", ()))
        full = {k: float(record[k]) for k in SCORE_KEYS if k in record}
        return cls(head, rungs, full, {k: float(v) for k, v in data.get("uniform", {}).items()},
                   int(data.get("full_terms", 0)), data.get("file"), tuple((str(a), str(b)) for a, b in data.get("order", ())), above)


def ladder_of(folder: str | Path, head: str, record: dict[str, Any]) -> Ladder:
    """A head's ladder, or a clear error naming the command that makes one."""
    ladder = Ladder.from_record(head, record)
    if ladder is None:
        raise HeadprogError(
            f"{folder} has no ladder for {head}; add ladders to the set with "
            f"`headprog ladder {folder} --store STORE` (the store it was synthesized from)"
        )
    return ladder


def rung_program(folder: str | Path, head: str, record: dict[str, Any], terms: int) -> Program | None:
    """The rung of a head with at most ``terms`` terms (the largest such), parsed from its ladder file.

    None when ``terms`` reaches the full program's term count, or when the
    ladder has no rung that short (its shorter refits all scored above the
    full program): the full program is then that rung.
    """
    if terms < 1:
        raise HeadprogError(f"a rung has at least 1 term; got {terms}")
    ladder = ladder_of(folder, head, record)
    if terms >= ladder.full_terms:
        return None
    below = [r for r in ladder.rungs if r.terms <= terms]
    if not below:  # every shorter refit scored above the full program (see Ladder.above): the full program stands
        return None
    rung = below[-1]
    path = Path(folder) / (ladder.file or ladder_file(head))
    program = parse_file(path).program(rung.program)
    if rung.program_hash and rung.program_hash != program.hash:
        raise HeadprogError(
            f"{path} was changed after its manifest was written: the manifest records program hash "
            f"{rung.program_hash} for {rung.program}, the file now holds {program.hash}; make the ladder again"
        )
    return program

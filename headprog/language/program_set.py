"""Program sets: a folder of per-head program files plus ``manifest.json``.

This is the artifact users review, diff and ship beside a checkpoint::

    programs/
      manifest.json     model fingerprint, feature library, per-head scores and hashes
      L0H0.py           one canonical program file per head
      L0H1.py ...

The manifest is written atomically with sorted keys, so two runs that find
the same programs write identical bytes.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headprog.io import atomic_write_text
from headprog.errors import HeadprogError
from headprog.language.ladder import rung_program
from headprog.language.parser import parse_file
from headprog.language.program import Program

PROGRAMS_FORMAT = "headprog-programs/1"
HEAD_NAME = re.compile(r"^L(\d+)H(\d+)$")


def head_name(layer: int, head: int) -> str:
    """The stable name of a head: ``L{layer}H{head}``."""
    return f"L{layer}H{head}"


def parse_head(name: str) -> tuple[int, int]:
    """``"L3H5"`` → (3, 5); a clear error otherwise."""
    m = HEAD_NAME.match(name.strip())
    if not m:
        raise HeadprogError(f"a head is named like L3H5 (layer 3, head 5); got {name!r}")
    return int(m.group(1)), int(m.group(2))


def parse_heads(text: str) -> list[tuple[int, int]]:
    """A comma list of head names."""
    return [parse_head(part) for part in text.split(",") if part.strip()]


def head_role(record: dict[str, Any]) -> str:
    """The role of a head: what its explanation ladder's first rungs do (``role`` in the manifest, see
    :func:`headprog.synthesis.roles.label_roles`), else its program's class label, ``"mixed"`` when it has neither.

    The one place a head's role is decided (``headprog report``, ``classify``,
    ``diff`` and ``audit`` all ask here), so a better labelling changes it everywhere.
    """
    return str(record.get("role") or record.get("label") or "mixed")


def heads_by_role(heads: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Role -> head names (in layer, head order), largest group first, ties by name."""
    groups: dict[str, list[str]] = {}
    for name in sorted(heads, key=parse_head):
        groups.setdefault(head_role(heads[name]), []).append(name)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


@dataclass
class ProgramSet:
    """The manifest of a program folder; programs are read from their files on demand."""

    folder: Path
    model: dict[str, Any]
    feature_library: str
    heads: dict[str, dict[str, Any]] = field(default_factory=dict)  # head name → record
    extra: dict[str, Any] = field(default_factory=dict)  # store, library view, options...
    format: str = PROGRAMS_FORMAT

    def program(self, name: str, rung: int | None = None) -> Program:
        """The program of a head (parsed and validated from its file).

        ``rung``: the head's ladder program with at most that many terms
        (:mod:`headprog.language.ladder`); the full program when the rung
        reaches its term count, or when ``rung`` is None.
        """
        record = self.heads.get(name)
        if record is None:
            raise HeadprogError(f"{self.folder} has no program for head {name}; it covers {len(self.heads)} heads")
        if rung is not None:
            program = rung_program(self.folder, name, record, rung)
            if program is not None:
                return program
        return parse_file(self.folder / record["file"]).program()

    def ranked(self, key: str = "heldout_iou") -> list[str]:
        """Head names, best score first (ties broken by name, so the order is stable)."""
        return sorted(self.heads, key=lambda h: (-float(self.heads[h].get(key) or 0.0), h))

    def save(self) -> Path:
        """Write ``manifest.json`` atomically."""
        data = {
            "format": self.format,
            "model": self.model,
            "feature_library": self.feature_library,
            "heads": dict(sorted(self.heads.items(), key=lambda kv: parse_head(kv[0]))),
            **self.extra,
        }
        path = self.folder / "manifest.json"
        atomic_write_text(path, json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
        return path


def load_program_set(folder: str | Path) -> ProgramSet:
    """Read a program folder's manifest; ``"bundled"`` / ``"bundled-tuned"`` name the sets shipped with the package
    (unless a folder of that name is here)."""
    from headprog.data.bundled_programs import BUNDLED_SETS, bundled_programs

    if str(folder) in BUNDLED_SETS and not Path(folder).is_dir():
        folder = bundled_programs(str(folder))
    folder = Path(folder)
    path = folder / "manifest.json"
    if not path.is_file():
        raise HeadprogError(f"{folder} holds no manifest.json; make one with `headprog synthesize`")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise HeadprogError(f"{path} is not valid JSON ({exc})") from None
    if data.get("format") != PROGRAMS_FORMAT:
        raise HeadprogError(f"{path} has format {data.get('format')!r}; this headprog reads {PROGRAMS_FORMAT}")
    known = {"format", "model", "feature_library", "heads"}
    return ProgramSet(
        folder=folder,
        model=data["model"],
        feature_library=data["feature_library"],
        heads=data["heads"],
        extra={k: v for k, v in data.items() if k not in known},
    )

"""Multiple-choice items: PIQA-format JSON-lines files, read into :class:`MultipleChoiceItem`.

A file has one object a line: ``goal`` (the question), ``sol1``, ``sol2``
(more choices as ``sol3``... are accepted) and ``label`` (the 0-based index
of the right choice). Scoring lives in :mod:`headprog.evaluate.qa`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from headprog.errors import HeadprogError

__all__ = ["MultipleChoiceItem", "QAError", "load_multiple_choice"]


class QAError(HeadprogError):
    """A multiple-choice file that cannot be read."""


@dataclass(frozen=True)
class MultipleChoiceItem:
    """One question: its context text, the choices, and the index of the right one."""

    context: str
    choices: tuple[str, ...]
    label: int


def load_multiple_choice(path: str | Path, *, limit: int | None = None) -> list[MultipleChoiceItem]:
    """Read a PIQA-format JSON-lines file (``goal``, ``sol1``, ``sol2``..., ``label``)."""
    path = Path(path)
    if not path.is_file():
        raise QAError(f"no multiple-choice file at {path}")
    items: list[MultipleChoiceItem] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise QAError(f"{path}:{lineno}: not JSON ({exc})") from None
            if not isinstance(row, dict) or "goal" not in row or "sol1" not in row or "label" not in row:
                raise QAError(f"{path}:{lineno}: expected an object with 'goal', 'sol1', 'sol2'... and 'label' (PIQA's format)")
            choices = []
            i = 1
            while f"sol{i}" in row:
                choices.append(str(row[f"sol{i}"]))
                i += 1
            try:
                label = int(row["label"])
            except (TypeError, ValueError):
                raise QAError(f"{path}:{lineno}: label {row['label']!r} is not an integer") from None
            if len(choices) < 2 or not 0 <= label < len(choices):
                raise QAError(f"{path}:{lineno}: needs at least two choices and a label in 0..{len(choices) - 1}; got label {label}")
            items.append(MultipleChoiceItem(f"Question: {row['goal']}\nAnswer:", tuple(choices), label))
            if limit is not None and len(items) >= limit:
                break
    if not items:
        raise QAError(f"{path} holds no items")
    return items

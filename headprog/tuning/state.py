"""The state file of a tuning run, so that an interrupted run resumes where it stopped.

After every step :func:`headprog.tuning.tune_programs` saves its parameters,
Adam's moments, the KL history, the best step so far and the grown terms it
kept; a run with the same heads, programs, calibration text and settings
(:func:`settings_key`) picks them up and takes the same steps it would have.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import torch

from headprog.io import atomic_write_text
from headprog.language.program import Program
from headprog.tuning.tunable import TunableHead

__all__ = ["STATE_FILE", "Best", "adam_moments", "load_state", "resume", "save_state", "settings_key"]

#: Kept in the state file of an interrupted run; a run with other settings starts over.
STATE_FILE = "tuning-state.json"

#: The best step so far: (its KL, head name -> its parameters).
Best = tuple[float, dict[str, list[float]]]


def settings_key(heads: list[str], programs: dict[str, Program], calibration: list[torch.Tensor], settings: dict[str, Any]) -> str:
    """What a saved state must match to be resumed: heads, programs, text and settings (not the device)."""
    h = hashlib.sha256()
    fixed = {k: v for k, v in settings.items() if k != "device"}
    h.update(json.dumps({"heads": heads, "programs": [programs[n].hash for n in heads], **fixed}, sort_keys=True).encode())
    for ids in calibration:
        h.update(ids.cpu().numpy().tobytes())
    return "sha256:" + h.hexdigest()[:16]


def adam_moments(optimizer: torch.optim.Optimizer, tunable: dict[Any, TunableHead]) -> dict[str, dict[str, Any]]:
    """Adam's moments per head, as JSON lists, so a resumed run takes the same steps."""
    return {h.name: {k: v.tolist() for k, v in optimizer.state.get(h.theta, {}).items()} for h in tunable.values()}


def load_state(state_path: Path | None, key: str) -> dict[str, Any] | None:
    """An interrupted run's saved state, if it was a run with the same settings."""
    if state_path is None or not state_path.is_file():
        return None
    saved = json.loads(state_path.read_text(encoding="utf-8"))
    return saved if saved.get("key") == key else None  # another run's state: start over (overwritten after the first step)


def resume(saved: dict[str, Any] | None, tunable: dict[Any, TunableHead], optimizer: torch.optim.Optimizer | None) -> tuple[list[float], Best | None]:
    """Load an interrupted run's parameters and Adam moments: (history, best)."""
    if saved is None:
        return [], None
    with torch.no_grad():
        for head in tunable.values():
            head.theta.copy_(torch.tensor(saved["theta"][head.name]))
    if optimizer is not None:
        for head in tunable.values():
            moments = saved["adam"].get(head.name)
            if moments:
                optimizer.state[head.theta] = {k: torch.tensor(v, dtype=torch.float32) for k, v in moments.items()}
    best = (saved["best_kl"], saved["best"]) if saved.get("best") is not None else None
    return list(saved["history"]), best


def save_state(
    state_path: Path,
    key: str,
    *,
    history: list[float],
    theta: dict[str, list[float]],
    best: Best | None,
    adam: dict[str, dict[str, Any]],
    kept: dict[str, list[str]] | None,
    kl_start: float | None,
) -> None:
    """Write the state after a step (atomically: an interrupted write leaves the previous step's)."""
    saved = {"key": key, "history": history, "theta": theta, "best_kl": best[0] if best else None, "best": best[1] if best else None,
             "adam": adam, "kept": kept, "kl_start": kl_start}  # fmt: skip
    atomic_write_text(state_path, json.dumps(saved) + "\n")

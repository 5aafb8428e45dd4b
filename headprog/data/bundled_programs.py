"""Program sets shipped with the package for the bundled model, so serving, benchmarks and audits work from a fresh install.

- ``bundled``: one program per head of SmolLM2-135M-Instruct, what the main
  job (``headprog run``) writes to ``runs/default/programs``;
- ``bundled-tuned``: the best 25% of heads by held-out IoU with their
  coefficients tuned together for the KL divergence from the native model,
  what the main job writes to ``runs/default/programs-tuned``.

Each folder holds its ``manifest.json`` (model fingerprint, feature library,
held-out IoU per head, and for the tuned set its tuning record) and a
``SOURCE.md`` with the command that regenerates it.
"""

from __future__ import annotations

from pathlib import Path

from headprog.errors import HeadprogError

__all__ = ["BUNDLED_SETS", "bundled_programs"]

_ROOT = Path(__file__).resolve().parent / "programs" / "smollm2-135m"

#: Name accepted by ``--programs`` -> folder under headprog/data/programs/smollm2-135m.
BUNDLED_SETS = {"bundled": "programs", "bundled-tuned": "programs-tuned"}


def bundled_programs(name: str = "bundled") -> Path:
    """The folder of a shipped program set (``bundled`` or ``bundled-tuned``)."""
    if name not in BUNDLED_SETS:
        raise HeadprogError(f"no shipped program set named {name!r}; choose {', '.join(BUNDLED_SETS)}")
    folder = _ROOT / BUNDLED_SETS[name]
    if not (folder / "manifest.json").is_file():
        raise HeadprogError(
            f"the shipped program set {name!r} is missing from this installation ({folder}); "
            "reinstall headprog, or make one with `headprog run` and pass its folder"
        )
    return folder

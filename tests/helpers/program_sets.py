"""Writing a program set (files + manifest) for a loaded model, as the tests need one."""

from __future__ import annotations

import random
from pathlib import Path

from headprog.language import Header, ProgramFile, format_file
from headprog.language.program_set import ProgramSet, head_name, load_program_set


def write_set(folder: Path, lm, programs: dict, *, fingerprint: str | None = None, feature_library: str = "v1", ious=None) -> ProgramSet:
    """A program set in folder with ``programs`` ((layer, head) -> program) for ``lm``; held-out IoUs seeded unless given."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    pset = ProgramSet(
        folder=folder,
        model={"name": lm.name, "fingerprint": fingerprint or lm.fingerprint, "spec": lm.spec, "family": lm.family,
               "n_layers": lm.n_layers, "n_heads": lm.n_heads},
        feature_library=feature_library,
    )  # fmt: skip
    for (layer, h), program in sorted(programs.items()):
        name = head_name(layer, h)
        text = format_file(ProgramFile(header=Header(head=name, model=lm.name), programs=(program,), filename=f"{name}.py"))
        (folder / f"{name}.py").write_text(text)
        iou = ious[(layer, h)] if ious else round(rng.random(), 4)
        pset.heads[name] = {"file": f"{name}.py", "program_hash": program.hash, "heldout_iou": iou, "label": program.label}
    pset.save()
    return load_program_set(folder)

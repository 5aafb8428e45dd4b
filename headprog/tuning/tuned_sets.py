"""Writing a tuned program set, and finding the heads it was tuned for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from headprog.io import atomic_write_text
from headprog.language import format_file, parse_file, parse_text
from headprog.language.program import ProgramFile
from headprog.language.program_set import ProgramSet, load_program_set, parse_head
from headprog.tuning.tune import STATE_FILE, TuningError, TuningResult

__all__ = ["tuned_heads", "tuned_set_in", "tuned_source_line", "write_tuned"]


_TUNED_NOTE = re.compile(r"; coefficients tuned for KL to the native model with (\d+) heads substituted \(headprog tune(?:, (\d+) rounds)?\)$")


def tuned_source_line(source: str | None, n_heads: int) -> str:
    """A tuned program's ``source`` line: where it came from, then one note of its tuning, counting rounds when tuned again."""
    source = source or "unknown"
    rounds = 1
    while (earlier := _TUNED_NOTE.search(source)) is not None:  # files from before rounds were counted repeat the note
        source, rounds = source[: earlier.start()], rounds + int(earlier.group(2) or 1)
    counted = f", {rounds} rounds" if rounds > 1 else ""
    return f"{source}; coefficients tuned for KL to the native model with {n_heads} heads substituted (headprog tune{counted})"


def write_tuned(program_set: ProgramSet, result: TuningResult, out_dir: str | Path, *, store: Any | None = None) -> ProgramSet:
    """A new program folder: ``program_set`` with the tuned heads' files replaced.

    Each tuned file keeps its program's name, options and label, says in its
    ``source`` line what it was tuned for, and carries the tuning KL in its
    scores; with ``store`` (an opened attention store) its held-out IoU is
    measured again, otherwise the IoU scores of the untuned program are dropped
    (they no longer describe it). The manifest gains a ``tuning`` record.
    """

    out = Path(out_dir)
    if out.resolve() == Path(program_set.folder).resolve():
        raise TuningError(f"--out {out} is the program folder being tuned; write the tuned set to a new folder")
    out.mkdir(parents=True, exist_ok=True)
    # Ladders explain the untuned programs and their files stay with that set: a tuned set carries none.
    heads = {name: {k: v for k, v in record.items() if k != "ladder"} for name, record in program_set.heads.items()}
    for name, record in program_set.heads.items():
        source = Path(program_set.folder) / record["file"]
        if name not in result.programs:
            atomic_write_text(out / record["file"], source.read_text(encoding="utf-8"))
            continue
        original = parse_file(source)
        program = result.programs[name]
        header_source = tuned_source_line(original.header.source, len(result.heads))
        scores = {"tuning_kl_before": round(result.kl_before, 5), "tuning_kl_after": round(result.kl_after, 5)}
        if store is not None:
            from headprog.synthesis.synthesize import scores_record

            measured, _ = scores_record(store, program, *parse_head(name))
            scores = {**measured, **scores}
        header = replace(original.header, source=header_source).with_scores(**scores)
        text = format_file(ProgramFile(header=header, programs=(program,), filename=record["file"]))
        program = parse_text(text, filename=record["file"]).program()  # what the file says is what is recorded
        atomic_write_text(out / record["file"], text)
        kept = {k: v for k, v in record.items() if not k.startswith("heldout_")}
        heads[name] = {**kept, **scores, "program_hash": program.hash, "structure_hash": program.structure_hash, "source": "tuned"}
    tuned = ProgramSet(folder=out, model=program_set.model, feature_library=program_set.feature_library, heads=heads, extra=dict(program_set.extra))
    tuned.extra["tuning"] = {
        "from": str(program_set.folder),
        "heads": result.heads,
        "untouched": result.untouched,
        **({"grown": result.grown} if result.grown else {}),
        "kl_before": round(result.kl_before, 6),
        "kl_after": round(result.kl_after, 6),
        "history": [round(v, 6) for v in result.history],
        "seconds": round(result.seconds, 1),
        **result.settings,
    }
    if "library" in tuned.extra:  # a synthesized set: its library view counts the new program hashes
        from headprog.synthesis.synthesize import library_view

        tuned.extra["library"] = library_view(tuned)
    tuned.save()
    (out / STATE_FILE).unlink(missing_ok=True)  # the tuned files are written: nothing left to resume
    return tuned


def tuned_set_in(folder: str | Path, heads: Sequence[str], steps: int | None = None, tokens: int | None = None) -> ProgramSet | None:
    """The tuned program set in ``folder`` if it was tuned for exactly ``heads`` (and ``steps``, on ``tokens`` predicted tokens), else None."""

    if not (Path(folder) / "manifest.json").exists():
        return None
    tuned = load_program_set(folder)
    record = tuned.extra.get("tuning") or {}
    if record.get("heads") != sorted(heads, key=parse_head):
        return None
    if (steps is not None and record.get("steps") != steps) or (tokens is not None and record.get("tokens") != tokens):
        return None
    return tuned


def tuned_heads(program_set: ProgramSet) -> list[str]:
    """The head set a tuned program folder was tuned for (``manifest.json``'s ``tuning.heads``)."""
    record = program_set.extra.get("tuning")
    if not record or not record.get("heads"):
        raise TuningError(f"{program_set.folder} is not a tuned program set (its manifest has no tuning record); run `headprog tune`")
    return list(record["heads"])

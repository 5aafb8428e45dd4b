"""Checks that a program set or head choice fits the model it is loaded into."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from headprog.errors import HeadprogError
from headprog.features import FEATURE_LIBRARY_VERSION, SUPPORTED_VERSIONS
from headprog.language.program import Program
from headprog.language.ladder import ladder_file, rung_program
from headprog.language.program_set import ProgramSet, head_name, parse_head

Head = tuple[int, int]

__all__ = ["Head", "HybridError", "as_head", "check_head_exists", "check_program_set", "check_program_version", "load_checked_program", "resolve_backend"]


class HybridError(HeadprogError):
    """A program set or head choice that cannot be used with this model, or unsupported inputs."""


def as_head(spec: Any) -> Head:
    if isinstance(spec, Mapping) and "head" in spec:  # a record from choose_heads
        spec = spec["head"]
    if isinstance(spec, str):
        return parse_head(spec)
    if isinstance(spec, Sequence) and len(spec) == 2:
        return int(spec[0]), int(spec[1])
    raise HybridError(f"a head is (layer, head), a name like 'L3H5' or a choose_heads record; got {spec!r}")


def _model_shape_text(loaded: Any) -> str:
    return f"{loaded.name} ({loaded.n_layers} layers x {loaded.n_heads} heads)"


def check_head_exists(loaded: Any, head: Head) -> None:
    layer, h = head
    if not (0 <= layer < loaded.n_layers and 0 <= h < loaded.n_heads):
        raise HybridError(
            f"head {head_name(*head)} does not exist in {_model_shape_text(loaded)}: "
            f"layers are 0..{loaded.n_layers - 1}, heads 0..{loaded.n_heads - 1}"
        )


def check_program_set(program_set: ProgramSet, loaded: Any, *, force: bool = False) -> None:
    """Refuse a program set made for another model, feature library or head layout.

    - the model fingerprint must equal ``loaded.fingerprint`` (``force=True``
      skips this check only, e.g. for a re-saved copy of the same weights);
    - the feature library must be one this headprog computes;
    - the layer/head counts recorded in the manifest, if any, must match, and
      every head named in it must exist in the model.
    """
    folder = program_set.folder
    theirs = (program_set.model or {}).get("fingerprint")
    if theirs != loaded.fingerprint and not force:
        made_for = (program_set.model or {}).get("name") or "an unnamed model"
        raise HybridError(
            f"{folder} holds programs for another model: its manifest names {made_for} with fingerprint "
            f"{theirs}, but the model given is {loaded.name} with fingerprint {loaded.fingerprint}. "
            f"Use programs synthesized for this model, or pass force=True (--force) if the weights are "
            f"the same and only their fingerprint differs"
        )
    lib = program_set.feature_library
    if lib not in SUPPORTED_VERSIONS:
        raise HybridError(
            f"{folder} was made with feature library {lib!r}, but this headprog computes feature library "
            f"{FEATURE_LIBRARY_VERSION} (it reads programs of {', '.join(SUPPORTED_VERSIONS)}); "
            f"re-synthesize the programs or use a matching headprog version"
        )
    for key, mine in (("n_layers", loaded.n_layers), ("n_heads", loaded.n_heads)):
        recorded = (program_set.model or {}).get(key)
        if recorded is not None and int(recorded) != mine:
            raise HybridError(
                f"{folder} was made for a model with {key}={recorded}, but {loaded.name} has {key}={mine}"
            )
    for name in program_set.heads:
        check_head_exists(loaded, parse_head(name))


def load_checked_program(program_set: ProgramSet, name: str, rung: int | None = None) -> Program:
    """A head's program, checked against its manifest record; ``rung``: its ladder's program with at most that many terms."""
    if rung is not None and name in program_set.heads:
        program = rung_program(program_set.folder, name, program_set.heads[name], rung)  # checks the rung's own hash
        if program is not None:
            check_program_version(program, f"{program_set.folder / ladder_file(name)}")
            return program
    program = program_set.program(name)
    record = program_set.heads[name]
    want = record.get("program_hash")
    if want and want != program.hash:
        raise HybridError(
            f"{program_set.folder / record['file']} was changed after its manifest was written: the manifest "
            f"records program hash {want} for {name}, the file now holds {program.hash}; "
            f"re-score it or restore the file"
        )
    check_program_version(program, f"{program_set.folder / record['file']}")
    return program


def check_program_version(program: Program, where: str) -> None:
    if program.features_version not in SUPPORTED_VERSIONS:
        raise HybridError(
            f"{where} declares feature library {program.features_version!r}; this headprog computes "
            f"{FEATURE_LIBRARY_VERSION} (reads {', '.join(SUPPORTED_VERSIONS)})"
        )


def resolve_backend(model: Any, backend: str) -> str:
    """``auto``: Numba on the CPU, Triton when the model is on a GPU; otherwise the named backend, checked."""
    from headprog.compiler.compiling import BACKENDS

    if backend == "auto":
        device = next(model.parameters()).device
        return "triton" if device.type == "cuda" else "numba"
    if backend not in BACKENDS:
        raise HybridError(f"unknown backend {backend!r}; choose auto, {', '.join(BACKENDS)}")
    return backend

"""The compile cache: generated modules keyed by program, feature library and backend.

Generated source is written atomically into the cache directory and loaded
from there (Numba then caches its machine code beside it, and Triton needs a
real file to read its kernel source from). Keys are content hashes, so a
stale entry can never be picked up for a different program.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import sys
from types import ModuleType

from headprog.io import atomic_write_text, headprog_home

#: Bump when generated code changes shape, so old cache entries are not reused.
COMPILER_VERSION = "5"


@functools.cache
def _row_layout() -> str:
    """Digest of the feature-row order: generated code reads features by row index, so a
    library that adds rows must not reuse old kernels."""
    from headprog.features import ROWS

    return hashlib.sha256(",".join(ROWS).encode()).hexdigest()[:6]


def cache_key(program_hash: str, features_version: str, backend: str) -> str:
    """A readable, filesystem-safe key."""
    digest = program_hash.split(":")[-1]
    return f"{backend}-{features_version}-c{COMPILER_VERSION}-r{_row_layout()}-{digest}"


_loaded: dict[str, ModuleType] = {}


def load_generated(key: str, source: str) -> ModuleType:
    """Write (if new) and load the generated module for ``key``.

    The source was produced by a headprog code generator and passed its
    allowlist check; user program text appears in it only as comments.
    """
    module = _loaded.get(key)
    if module is not None:
        return module
    path = headprog_home() / "kernels" / f"{key}.py"
    if not path.exists() or path.read_text(encoding="utf-8") != source:
        atomic_write_text(path, source)
    name = "headprog_generated_" + hashlib.sha256(key.encode()).hexdigest()[:16]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    _loaded[key] = module
    return module

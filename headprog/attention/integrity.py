"""Integrity of a store's shards: the size and sha256 the manifest records for each.

A shard is checked against its record before it is first read (the size on
every open, the sha256 once per file version and process), so a truncated
or altered file is named in a clear error instead of failing deep inside
safetensors. ``headprog extract`` on a damaged store re-records only the
damaged shards: :func:`damaged_shards` says which.
"""

from __future__ import annotations

import hashlib
import shlex
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["damaged_shards", "file_sha256", "repair_hint", "shard_problem", "shard_record", "verified_sha256"]

_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    """``sha256:<hex>`` of a file's bytes, read in 1 MiB chunks."""
    h = hashlib.sha256()
    with Path(path).open("rb") as f:
        while chunk := f.read(_CHUNK):
            h.update(chunk)
    return "sha256:" + h.hexdigest()


def shard_record(path: Path, members: list[int]) -> dict[str, Any]:
    """The manifest entry of a freshly written shard: file, examples, bytes, sha256."""
    path = Path(path)
    return {"file": path.name, "examples": list(members), "bytes": path.stat().st_size, "sha256": file_sha256(path)}


@lru_cache(maxsize=4096)
def verified_sha256(path: str, inode: int, mtime_ns: int, size: int) -> str:
    """The sha256 of one version of a file (keyed by inode, mtime and size, so a rewrite is hashed again)."""
    return file_sha256(Path(path))


def shard_problem(folder: Path, record: dict[str, Any], *, hash_check: bool = True) -> str | None:
    """What is wrong with a listed shard (missing, wrong size, wrong sha256), or None if it matches its record.

    Shards of stores written before sizes and hashes were recorded are only
    checked for existence (and, by the reader, for a readable header).
    """
    path = Path(folder) / "shards" / record["file"]
    try:
        st = path.stat()
    except OSError as exc:
        return f"it is listed in the manifest but cannot be read ({exc.strerror or exc})"
    want_size = record.get("bytes")
    if want_size is not None and st.st_size != want_size:
        return f"it holds {st.st_size} bytes, the manifest records {want_size} (truncated or overwritten)"
    want_hash = record.get("sha256")
    if hash_check and want_hash is not None:
        got = verified_sha256(str(path), st.st_ino, st.st_mtime_ns, st.st_size)
        if got != want_hash:
            return f"its sha256 is {got[:19]}..., the manifest records {want_hash[:19]}... (the bytes were altered)"
    return None


def damaged_shards(folder: Path, shards: list[dict[str, Any]]) -> dict[str, str]:
    """Listed shards that do not match their records: file name -> what is wrong."""
    out = {}
    for record in shards:
        problem = shard_problem(folder, record)
        if problem is not None:
            out[record["file"]] = problem
    return out


def repair_hint(folder: Path, options: dict[str, Any]) -> str:
    """How to re-record damaged shards: the extract command that made the store, when the manifest records it."""
    if not options:
        return f"run the `headprog extract` command that made it again with --out {shlex.quote(str(folder))}: it re-records only the damaged shards"
    parts = ["headprog", "extract", "--model", str(options["model"]), "--corpus", str(options["corpus"])]
    if options.get("all"):
        parts.append("--all")
    else:
        parts += ["--examples", str(options["examples"]), "--seed", str(options["seed"])]
    parts += ["--max-tokens", str(options["max_tokens"]), "--kinds", ",".join(options["kinds"])]
    for flag, key in (("--layers", "layers"), ("--heads", "heads")):
        if options.get(key) is not None:
            parts += [flag, ",".join(map(str, options[key]))]
    if options.get("mass") is not None:
        parts += ["--mass", str(options["mass"])]
    parts += ["--out", str(folder)]
    return "run `" + " ".join(shlex.quote(p) for p in parts) + "`: it re-records only the damaged shards"

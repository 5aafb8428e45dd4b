"""The attention store: every recorded head's causal pattern, per example.

Layout of a store folder::

    manifest.json               model, tokenizer, feature library, examples, shards
    shards/shard-00000.safetensors
    shards/shard-00001.safetensors ...

Each shard holds a few examples. For example ``e`` and layer ``l`` it stores
the recorded heads' causal patterns as float16, in one of two encodings:

- ``dense``: tensor ``e{e}.L{l}`` of shape (heads, T(T+1)/2), the lower
  triangle row by row (the upper triangle is zero by causality): T + 1 bytes
  per head per token;
- ``topmass``: per row only the largest weights that together cover a given
  mass (e.g. 99%), as ``.val`` float16, ``.idx`` int16 key positions and
  ``.ptr`` int32 row offsets: about 4 bytes per kept weight.

Shards are written atomically and listed in the manifest as they complete,
with their size and sha256, so an interrupted extraction resumes where it
stopped and a truncated or altered shard is named in a clear error (see
:mod:`headprog.attention.integrity`); ``headprog extract`` on a damaged store
re-records only the damaged shards.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from headprog.attention.integrity import repair_hint, shard_problem
from headprog.errors import HeadprogError

STORE_FORMAT = "headprog-store/1"


class StoreError(HeadprogError):
    """A store folder is missing, incomplete, or does not match what was asked."""


@dataclass(frozen=True)
class Example:
    """One recorded token sequence."""

    index: int
    split: str  # "synthesis", "heldout", or "all" (a targeted set recorded whole: extract --all)
    kind: str  # "passage", "sentence", "document" or "line"
    doc_id: str
    ids: list[int]
    tokens: list[str]  # surface strings, leading spaces kept

    @property
    def length(self) -> int:
        return len(self.ids)


@dataclass
class Manifest:
    """What a store holds; ``manifest.json`` on disk."""

    model: dict[str, Any]
    tokenizer: dict[str, Any]
    feature_library: str
    corpus: dict[str, Any]
    layers: list[int]
    heads: list[int]
    encoding: str  # "dense" or "topmass"
    mass: float | None
    examples: list[Example]
    shards: list[dict[str, Any]] = field(default_factory=list)  # {"file", "examples", "bytes", "sha256"}
    complete: bool = False
    format: str = STORE_FORMAT
    stats: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)  # the extract options, for the repair command

    def repair_hint(self, folder: Path) -> str:
        """How to re-record this store's damaged shards."""
        return repair_hint(folder, self.options)

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        data = json.loads(text)
        data["examples"] = [Example(**e) for e in data["examples"]]
        return cls(**data)

    def plan_key(self) -> dict[str, Any]:
        """What must match for a run to resume this store."""
        return {
            "model": self.model.get("fingerprint"),
            "layers": self.layers,
            "heads": self.heads,
            "encoding": self.encoding,
            "mass": self.mass,
            "examples": [(e.split, e.kind, e.ids) for e in self.examples],
        }


# ---------------------------------------------------------------------------
# Packing


def pack_dense(patterns: np.ndarray) -> np.ndarray:
    """(H, T, T) → (H, T(T+1)/2) float16: the lower triangle, row by row."""
    t = patterns.shape[-1]
    rows, cols = np.tril_indices(t)
    return np.ascontiguousarray(patterns[:, rows, cols], dtype=np.float16)


def unpack_dense(packed: np.ndarray, t: int) -> np.ndarray:
    """Inverse of :func:`pack_dense` for one head: (T(T+1)/2,) → (T, T) float32."""
    rows, cols = np.tril_indices(t)
    out = np.zeros((t, t), dtype=np.float32)
    out[rows, cols] = packed
    return out


def pack_topmass(patterns: np.ndarray, mass: float) -> dict[str, np.ndarray]:
    """Keep, per row, the largest weights whose sum reaches ``mass``."""
    h, t, _ = patterns.shape
    if t > np.iinfo(np.int16).max + 1:
        raise StoreError(f"topmass encoding stores key positions as int16, so sequences of at most 32768 tokens; got {t}")
    vals, idxs, ptr = [], [], [0]
    for row in patterns.reshape(h * t, t):
        order = np.argsort(-row, kind="stable")
        cumulative = np.cumsum(row[order])
        keep = int(np.searchsorted(cumulative, mass * cumulative[-1]) + 1) if cumulative[-1] > 0 else 1
        chosen = np.sort(order[:keep])
        vals.append(row[chosen])
        idxs.append(chosen)
        ptr.append(ptr[-1] + len(chosen))
    return {
        "val": np.concatenate(vals).astype(np.float16),
        "idx": np.concatenate(idxs).astype(np.int16),
        "ptr": np.asarray(ptr, dtype=np.int32),
    }


def unpack_topmass(val: np.ndarray, idx: np.ndarray, ptr: np.ndarray, head: int, t: int) -> np.ndarray:
    out = np.zeros((t, t), dtype=np.float32)
    for q in range(t):
        lo, hi = ptr[head * t + q], ptr[head * t + q + 1]
        out[q, idx[lo:hi]] = val[lo:hi]
    return out


# ---------------------------------------------------------------------------
# Reading


class AttentionStore:
    """Lazy read access to a store folder; see :func:`open`."""

    def __init__(self, folder: Path, manifest: Manifest) -> None:
        self.folder = folder
        self.manifest = manifest
        self._shard_of: dict[int, str] = {}
        self._records = {shard["file"]: shard for shard in manifest.shards}
        for shard in manifest.shards:
            for e in shard["examples"]:
                self._shard_of[e] = shard["file"]
        self._head_pos = {h: i for i, h in enumerate(manifest.heads)}
        self._layers = set(manifest.layers)

    @property
    def examples(self) -> list[Example]:
        return self.manifest.examples

    @property
    def layers(self) -> list[int]:
        return self.manifest.layers

    @property
    def heads(self) -> list[int]:
        return self.manifest.heads

    def examples_of(self, split: str | None = None, kind: str | None = None) -> list[Example]:
        """Examples of one split and/or kind."""
        return [e for e in self.examples if (split is None or e.split == split) and (kind is None or e.kind == kind)]

    def _handle(self, file: str):
        path = self.folder / "shards" / file
        problem = shard_problem(self.folder, self._records[file])
        if problem is not None:
            raise StoreError(f"store shard {path} is damaged: {problem}; {self.manifest.repair_hint(self.folder)}")
        st = path.stat()
        try:
            # Keyed by inode and mtime too: a store rewritten at the same path is never read from a stale handle.
            return _open_shard(str(path), st.st_ino, st.st_mtime_ns, st.st_size)
        except Exception as exc:  # safetensors raises its own SafetensorError for a broken header
            raise StoreError(
                f"store shard {path} cannot be read ({type(exc).__name__}: {exc}); {self.manifest.repair_hint(self.folder)}"
            ) from None

    def pattern(self, layer: int, head: int, example: int | Example) -> np.ndarray:
        """The (T, T) float32 pattern of head ``head`` of layer ``layer`` on an example."""
        e = example if isinstance(example, Example) else self.examples[example]
        if layer not in self._layers or head not in self._head_pos:
            raise StoreError(
                f"the store records layers {_ranges(self.layers)} and heads {_ranges(self.heads)}; "
                f"L{layer}H{head} is not among them"
            )
        file = self._shard_of.get(e.index)
        if file is None:
            raise StoreError(f"example {e.index} is not extracted yet (the store is incomplete; run extract again)")
        f = self._handle(file)
        h = self._head_pos[head]
        key = f"e{e.index}.L{layer}"
        if self.manifest.encoding == "dense":
            return unpack_dense(f.get_slice(key)[h], e.length)
        return unpack_topmass(f.get_tensor(key + ".val"), f.get_tensor(key + ".idx"), f.get_tensor(key + ".ptr"), h, e.length)

    def features(self, example: int | Example) -> np.ndarray:
        """The token-feature matrix of an example (computed from its stored tokens)."""
        e = example if isinstance(example, Example) else self.examples[example]
        return _features_cached(tuple(e.ids), tuple(e.tokens))

    def require_model(self, fingerprint: str, *, force: bool = False) -> None:
        """Refuse to use this store with a different model."""
        mine = self.manifest.model.get("fingerprint")
        if mine != fingerprint and not force:
            raise StoreError(
                f"{self.folder} was extracted from model {self.manifest.model.get('name')} ({mine}), "
                f"not from the model given ({fingerprint})"
            )


@lru_cache(maxsize=1024)
def _features_cached(ids: tuple[int, ...], tokens: tuple[str, ...]) -> np.ndarray:
    from headprog.features import compute_features

    return compute_features(list(ids), list(tokens))


@lru_cache(maxsize=64)
def _open_shard(path: str, inode: int = 0, mtime_ns: int = 0, size: int = 0):
    from safetensors import safe_open

    return safe_open(path, framework="numpy")


def _ranges(values: list[int]) -> str:
    if values and values == list(range(values[0], values[-1] + 1)):
        return f"{values[0]}..{values[-1]}"
    return ",".join(map(str, values))


def read_manifest(folder: str | Path) -> Manifest:
    path = Path(folder) / "manifest.json"
    if not path.is_file():
        raise StoreError(f"{folder} is not an attention store (no manifest.json); create one with `headprog extract`")
    try:
        manifest = Manifest.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, TypeError, KeyError) as exc:
        raise StoreError(f"{path} is not a valid store manifest ({exc})") from None
    if manifest.format != STORE_FORMAT:
        raise StoreError(f"{path} has format {manifest.format!r}; this headprog reads {STORE_FORMAT}")
    return manifest


def open(folder: str | Path, *, allow_incomplete: bool = False) -> AttentionStore:  # noqa: A001 - mirrors io.open
    """Open a store folder for lazy reading by (layer, head, example)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    if not manifest.complete and not allow_incomplete:
        done = sum(len(s["examples"]) for s in manifest.shards)
        raise StoreError(
            f"{folder} is incomplete ({done} of {len(manifest.examples)} examples); run the same extract command again to finish it"
        )
    return AttentionStore(folder, manifest)

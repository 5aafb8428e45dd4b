"""The hybrid runtime: a ``transformers`` model whose chosen heads attend by their program.

::

    from headprog import models
    from headprog.hybrid import HybridModel, choose_heads
    from headprog.programs import load_program_set

    loaded = models.load("smollm2-135m")
    programs = load_program_set("programs/")
    chosen = choose_heads(programs, 0.25, by="iou", loaded=loaded)
    hybrid = HybridModel(loaded, programs, [c["head"] for c in chosen])
    logits = hybrid(input_ids).logits            # chosen heads run their kernels
    with hybrid.native():                         # the same model, nothing substituted
        ...
    with hybrid.substituted(["L3H5"]):            # exactly these heads, then restore
        ...
    hybrid.generate(input_ids, max_new_tokens=32)  # KV-cache generation works
    hybrid.close()                                # back to the plain model

How it plugs in
---------------
Nothing in the model's code is edited or patched. The runtime registers one
attention function (and transformers' own ``sdpa`` mask builder under the
same name) with ``transformers.AttentionInterface`` /
``AttentionMaskInterface`` and switches the model to it with
``set_attn_implementation``. The model still computes Q, K and V, applies its
rotary embeddings, updates its KV cache and applies the output projection:
a program replaces only *where a head attends*. Inside one layer:

- native heads go through transformers' ``sdpa_attention_forward`` on their
  subset of query heads (a layer with no substituted head calls it unchanged,
  so with zero heads substituted the logits are the native model's);
- substituted heads compute ``pattern @ V`` with their compiled kernel (Numba
  on the CPU, Triton on a GPU), one call per distinct program per layer with
  the heads sharing it stacked along the batch; GQA is handled by picking
  each query head's KV head (what ``repeat_kv`` would give it).

Token features are computed once per forward, from the input ids, by a
forward pre-hook on the base model (``register_forward_pre_hook`` is the
public PyTorch API for this), and kept on the ``HybridModel`` for the layers
of that forward. In KV-cache decoding the new tokens' feature columns come
from one :class:`~headprog.features.FeatureStream` per sequence, and each new
query's row is computed from the cached features of positions ``0..q`` and the
cached V only (:func:`pattern_rows`).

Padding: **right padding only** (``tokenizer.padding_side = "right"``), with a
2D ``attention_mask`` of ones then zeros per row; features and kernels use each
row's true length. Left padding is refused with an error, and so is padding
inside a batch that continues from a KV cache (generate one prompt at a time,
or equal-length prompts). A 4D mask prepared by the caller (``generate`` with a
static cache does this) is passed to the native heads as is, and its rows are
taken as unpadded.

Cost: on the CPU, gathers and scatters of a layer with substituted heads are
NumPy copies on the calling thread and the only torch op is the native heads'
SDPA; program heads cost what their kernel costs (a selector is a gather per
row, O(T·d); a dense program evaluates its score at every (q, k), O(T²·d)).
One ``HybridModel`` holds one forward's features at a time: do not run the
same model from several threads at once.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from headprog.compiler import reference
from headprog.errors import HeadprogError
from headprog.features import (
    FEATURE_LIBRARY_VERSION,
    SUPPORTED_VERSIONS,
    FeatureStream,
    compute_features,
    stack_features,
)
from headprog.language.program import Program
from headprog.programs import ProgramSet, head_name, parse_head

Head = tuple[int, int]

__all__ = [
    "HeadCosts",
    "HybridError",
    "HybridModel",
    "choose_heads",
    "check_program_set",
    "compare_perplexity",
    "fast_heads",
    "measure_head_costs",
    "paired_nll_standard_error",
    "pattern_rows",
    "add_eval_arguments",
    "cmd_eval",
    "add_generate_arguments",
    "cmd_generate",
]


class HybridError(HeadprogError):
    """A program set or head choice that cannot be used with this model, or unsupported inputs."""


# ---------------------------------------------------------------------------
# Heads and manifests


def _as_head(spec: Any) -> Head:
    if isinstance(spec, Mapping) and "head" in spec:  # a record from choose_heads
        spec = spec["head"]
    if isinstance(spec, str):
        return parse_head(spec)
    if isinstance(spec, Sequence) and len(spec) == 2:
        return int(spec[0]), int(spec[1])
    raise HybridError(f"a head is (layer, head), a name like 'L3H5' or a choose_heads record; got {spec!r}")


def _model_shape_text(loaded: Any) -> str:
    return f"{loaded.name} ({loaded.n_layers} layers x {loaded.n_heads} heads)"


def _check_head_exists(loaded: Any, head: Head) -> None:
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
        _check_head_exists(loaded, parse_head(name))


def _load_program(program_set: ProgramSet, name: str) -> Program:
    program = program_set.program(name)
    record = program_set.heads[name]
    want = record.get("program_hash")
    if want and want != program.hash:
        raise HybridError(
            f"{program_set.folder / record['file']} was changed after its manifest was written: the manifest "
            f"records program hash {want} for {name}, the file now holds {program.hash}; "
            f"re-score it or restore the file"
        )
    _check_program_version(program, f"{program_set.folder / record['file']}")
    return program


def _check_program_version(program: Program, where: str) -> None:
    if program.features_version not in SUPPORTED_VERSIONS:
        raise HybridError(
            f"{where} declares feature library {program.features_version!r}; this headprog computes "
            f"{FEATURE_LIBRARY_VERSION} (reads {', '.join(SUPPORTED_VERSIONS)})"
        )


# ---------------------------------------------------------------------------
# Pattern rows for decoding: a query's row from the features of 0..n-1 only.


def pattern_rows(program: Program, features: np.ndarray, queries: Sequence[int] | np.ndarray) -> np.ndarray:
    """Rows ``queries`` of a program's pattern over keys ``0..n-1``: (len(queries), n) float64.

    ``features`` is the (rows, n) feature table of the positions seen so far;
    a query ``q`` reads keys ``0..q`` only. The reference backend's rows, so
    decoding agrees with a full recompute by construction.
    """
    return reference.pattern_rows(program.expr, features, program.normalize, program.fallback, np.asarray(queries))


# ---------------------------------------------------------------------------
# Per-forward token features


class _Surfaces:
    """Surface strings of token ids under one tokenizer, cached per id."""

    def __init__(self, tokenizer: Any) -> None:
        from headprog.tokens import detect_style

        self.tokenizer = tokenizer
        self.style = detect_style(tokenizer)
        self.cache: dict[int, str] = {}

    def __call__(self, ids: Sequence[int]) -> list[str]:
        from headprog.tokens import surface_strings

        missing = sorted({i for i in ids if i not in self.cache})
        if missing:
            pieces = self.tokenizer.convert_ids_to_tokens(missing)
            for i, text in zip(missing, surface_strings([p if p is not None else "" for p in pieces], self.style)):
                self.cache[i] = text
        return [self.cache[i] for i in ids]


@dataclass
class _Features:
    """The token features of the batch being run, covering every position seen (past + new)."""

    ids: list[list[int]]  # per row, the real tokens seen so far
    table: np.ndarray  # (B, rows, N) float32, sentinels past each row's length
    lengths: np.ndarray  # (B,) int64 real lengths
    past: int  # positions before this forward's new tokens
    new: int  # new positions in this forward
    streams: list[FeatureStream] | None = None  # built lazily when a cache is continued
    tiled: dict[tuple[int, Any], tuple[Any, Any]] = field(default_factory=dict)
    rows: dict[str, np.ndarray] = field(default_factory=dict)  # program hash -> (B, new, N) pattern rows

    @property
    def total(self) -> int:
        return self.past + self.new

    def tile(self, g: int, device: torch.device | None = None) -> tuple[Any, Any]:
        """Features and lengths repeated for g heads stacked along the batch (head-major).

        NumPy arrays, or with ``device`` torch tensors there, copied once per forward
        rather than once per kernel call.
        """
        got = self.tiled.get((g, device))
        if got is None:
            if device is None:
                table = self.table if g == 1 else np.ascontiguousarray(np.tile(self.table, (g, 1, 1)))
                got = (table, np.tile(self.lengths, g))
            else:
                table, lengths = self.tile(g)
                got = (torch.from_numpy(table).to(device), torch.from_numpy(lengths).to(device))
            self.tiled[(g, device)] = got
        return got


def _row_lengths(mask: torch.Tensor | None, batch: int, width: int) -> np.ndarray:
    """Per-row lengths from a 2D attention mask; refuses anything but right padding."""
    if mask is None or (isinstance(mask, torch.Tensor) and mask.dim() == 4):
        # No mask, or one prepared by the caller (e.g. generate with a static cache): rows are unpadded.
        return np.full(batch, width, dtype=np.int64)
    if not isinstance(mask, torch.Tensor) or mask.dim() != 2:
        raise HybridError(
            "the hybrid runtime needs a 2D attention_mask (batch, length) of ones then zeros (right padding); "
            f"got {type(mask).__name__} of shape {tuple(getattr(mask, 'shape', ()))}"
        )
    m = mask.detach().to("cpu", torch.bool)
    lengths = m.sum(dim=1)
    expected = torch.arange(m.shape[1])[None, :] < lengths[:, None]
    if not torch.equal(m, expected):
        bad = int((m != expected).any(dim=1).nonzero()[0, 0])
        raise HybridError(
            f"row {bad} of the attention_mask is not right-padded: the hybrid runtime supports right padding only "
            f"(ones, then zeros). Set tokenizer.padding_side = 'right', or run the rows one at a time"
        )
    return lengths.numpy().astype(np.int64)


# ---------------------------------------------------------------------------
# Layer plans


@dataclass
class _Group:
    """Substituted heads of one layer that share one compiled program."""

    program: Program
    compiled: Any  # CompiledHead
    heads: list[int]
    kv: list[int]
    index: dict[torch.device, tuple[torch.Tensor, torch.Tensor]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.heads_np = np.asarray(self.heads, dtype=np.int64)
        self.kv_np = np.asarray(self.kv, dtype=np.int64)

    def tensors(self, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        got = self.index.get(device)
        if got is None:
            got = (torch.tensor(self.heads, device=device), torch.tensor(self.kv, device=device))
            self.index[device] = got
        return got


@dataclass
class _Plan:
    """How one layer's heads are computed."""

    native: list[int]
    native_kv: list[int]
    groups: list[_Group]
    index: dict[torch.device, tuple[torch.Tensor, torch.Tensor]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.native_np = np.asarray(self.native, dtype=np.int64)
        self.native_kv_np = np.asarray(self.native_kv, dtype=np.int64)

    def native_tensors(self, device: torch.device) -> tuple[torch.Tensor, torch.Tensor]:
        got = self.index.get(device)
        if got is None:
            got = (torch.tensor(self.native, device=device), torch.tensor(self.native_kv, device=device))
            self.index[device] = got
        return got


class _NativeSubset:
    """What ``sdpa_attention_forward`` reads from the attention module, for a KV-expanded head subset."""

    num_key_value_groups = 1

    def __init__(self, module: Any) -> None:
        self.is_causal = getattr(module, "is_causal", True)
        self.layer_idx = getattr(module, "layer_idx", None)
        self.training = getattr(module, "training", False)


def _native_attention(
    module: Any,
    query: torch.Tensor,
    key: torch.Tensor,
    value: torch.Tensor,
    attention_mask: torch.Tensor | None,
    dropout: float,
    scaling: float | None,
    kwargs: dict[str, Any],
) -> torch.Tensor:
    """Native attention of a head subset (K and V already picked per query head): (B, h, m, D).

    The common cases call ``scaled_dot_product_attention`` exactly as transformers'
    ``sdpa_attention_forward`` does, minus its output transpose; anything unusual
    (position bias, soft-capping, a static cache without a mask) goes through that
    function itself.
    """
    m, n = query.shape[2], key.shape[2]
    unusual = any(kwargs.get(k) is not None for k in ("position_bias", "softcap", "is_causal", "s_aux"))
    if unusual or (attention_mask is None and 1 < m < n):
        from transformers.integrations.sdpa_attention import sdpa_attention_forward

        res, _ = sdpa_attention_forward(
            _NativeSubset(module), query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs
        )
        return res.transpose(1, 2)
    is_causal = m > 1 and attention_mask is None and getattr(module, "is_causal", True)
    return torch.nn.functional.scaled_dot_product_attention(
        query, key, value, attn_mask=attention_mask, dropout_p=dropout, scale=scaling, is_causal=is_causal
    )


def _model_attention(module: Any, implementation: str | None):
    """The model file's own ``eager_attention_forward`` when the model ran eager attention."""
    if implementation != "eager":
        return None
    import sys

    return getattr(sys.modules.get(type(module).__module__), "eager_attention_forward", None)


TIMINGS = ("features", "native_heads", "program_heads", "unsubstituted_layers")
_counter = itertools.count()
_registry_lock = threading.Lock()
_IMPL_PREFIX = "headprog_hybrid_"


@contextlib.contextmanager
def _numba_threads(n: int | None) -> Iterator[None]:
    if n is None:
        yield
        return
    import numba

    old = numba.get_num_threads()
    n = max(1, min(int(n), numba.config.NUMBA_NUM_THREADS))
    if n == old:
        yield
        return
    numba.set_num_threads(n)
    try:
        yield
    finally:
        numba.set_num_threads(old)


# ---------------------------------------------------------------------------
# The hybrid model


class HybridModel:
    """A loaded model whose chosen heads attend by their programs.

    ``programs`` is a :class:`~headprog.programs.ProgramSet` (checked against
    the model: fingerprint, feature library, heads; ``force=True`` skips the
    fingerprint check only) or a mapping ``{(layer, head) or "L3H5": Program}``.
    ``heads`` are the heads to substitute now (default none); change them at
    run time with :meth:`set_heads`, :meth:`substituted` or :meth:`native`.

    ``backend``: ``"auto"`` (Numba on the CPU, Triton when the model is on a
    GPU), ``"numba"``, ``"triton"`` or ``"reference"`` (slow, for tests).
    ``numba_threads``: threads for the Numba kernels during a forward (default
    1: torch already uses every core between kernel calls, and on a small or
    busy machine a parallel kernel waits on its slowest thread); None leaves
    Numba's setting alone.

    The model is switched in place (the same ``loaded.model`` object); call
    :meth:`close` (or use ``with HybridModel(...) as hybrid:``) to restore it.
    """

    def __init__(
        self,
        loaded: Any,
        programs: ProgramSet | Mapping[Any, Program],
        heads: Iterable[Any] = (),
        *,
        backend: str = "auto",
        force: bool = False,
        numba_threads: int | None = 1,
    ) -> None:
        from transformers import AttentionInterface
        from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

        self.loaded = loaded
        self.model = loaded.model
        self.tokenizer = loaded.tokenizer
        self.numba_threads = numba_threads
        self.program_set = programs if isinstance(programs, ProgramSet) else None
        self._programs: dict[Head, Program] = {}
        if isinstance(programs, ProgramSet):
            check_program_set(programs, loaded, force=force)
            self._lazy: dict[Head, str] = {parse_head(n): n for n in programs.heads}
        else:
            self._lazy = {}
            for spec, program in programs.items():
                head = _as_head(spec)
                _check_head_exists(loaded, head)
                if not isinstance(program, Program):
                    raise HybridError(f"the program for {head_name(*head)} is a {type(program).__name__}, not a Program")
                _check_program_version(program, f"the program for {head_name(*head)}")
                self._programs[head] = program
        self.backend = self._resolve_backend(backend)
        cfg = self.model.config
        self.n_heads = loaded.n_heads
        self.n_kv_heads = loaded.n_kv_heads
        self.n_rep = self.n_heads // self.n_kv_heads

        current = cfg._attn_implementation
        if isinstance(current, str) and current.startswith(_IMPL_PREFIX):
            raise HybridError(
                "this model is already wrapped by another HybridModel; close() that one first "
                "(one model object carries one hybrid runtime at a time)"
            )
        self._original_impl = current
        self._state: _Features | None = None
        self._plans: dict[int, _Plan] = {}
        self._heads: list[Head] = []
        self._surfaces = _Surfaces(self.tokenizer)
        self._closed = False
        self.forwards = 0  # forwards that ran with substituted heads (for tests and diagnostics)
        #: Set True to accumulate wall seconds in :attr:`timings`: computing features, native heads and
        #: program heads of layers with substituted heads, and whole layers without any.
        self.profile = False
        self.timings: dict[str, float] = dict.fromkeys(TIMINGS, 0.0)
        #: Set to ``f(layer, heads, features) -> (B, len(heads), T, T)`` torch patterns to run the
        #: substituted heads of a full forward by those instead of their kernels (differentiable:
        #: :mod:`headprog.tuning` fits program constants through it). None: the compiled kernels.
        self.pattern_source: Callable[[int, list[int], _Features], torch.Tensor] | None = None

        # Layers without substituted heads run the model's own implementation, with its own mask
        # format (sdpa by default; eager, e.g. for a model loaded to extract attention weights).
        from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS
        from transformers.modeling_utils import ALL_ATTENTION_FUNCTIONS

        self._own_attention = ALL_ATTENTION_FUNCTIONS[current] if current in ALL_ATTENTION_FUNCTIONS else None
        own_mask = ALL_MASK_ATTENTION_FUNCTIONS[current] if current in ALL_MASK_ATTENTION_FUNCTIONS else sdpa_mask
        if current not in ("eager", "sdpa") and self._own_attention is None:
            own_mask = sdpa_mask
        with _registry_lock:
            self.impl_name = f"{_IMPL_PREFIX}{next(_counter)}"
            AttentionInterface.register(self.impl_name, self._attention)
            AttentionMaskInterface.register(self.impl_name, own_mask)
        try:
            self.model.set_attn_implementation(self.impl_name)
        except Exception as exc:
            self._unregister()
            raise HybridError(f"{type(self.model).__name__} refused a custom attention function: {exc}") from exc
        if self.model.config._attn_implementation != self.impl_name:
            self._unregister()
            raise HybridError(
                f"{type(self.model).__name__} does not accept a custom attention function through "
                f"transformers' AttentionInterface; only GPT-2 and Llama-family models are supported"
            )
        self._hook = self.model.base_model.register_forward_pre_hook(self._pre_forward, with_kwargs=True)
        try:
            self.set_heads(heads)
        except BaseException:
            self.close()
            raise

    # -- configuration ------------------------------------------------------

    def _resolve_backend(self, backend: str) -> str:
        from headprog.compiler.compiling import BACKENDS

        if backend == "auto":
            device = next(self.model.parameters()).device
            return "triton" if device.type == "cuda" else "numba"
        if backend not in BACKENDS:
            raise HybridError(f"unknown backend {backend!r}; choose auto, {', '.join(BACKENDS)}")
        return backend

    @property
    def available(self) -> list[Head]:
        """Heads that have a program, in (layer, head) order."""
        return sorted(set(self._programs) | set(self._lazy))

    @property
    def heads(self) -> list[Head]:
        """Heads substituted now, in (layer, head) order."""
        return list(self._heads)

    @property
    def head_names(self) -> list[str]:
        return [head_name(*h) for h in self._heads]

    def program(self, head: Any) -> Program:
        """The program of a head (parsed and checked on first use)."""
        head = _as_head(head)
        program = self._programs.get(head)
        if program is None:
            name = self._lazy.get(head)
            if name is None:
                raise HybridError(
                    f"no program for head {head_name(*head)}"
                    + (f" in {self.program_set.folder}" if self.program_set is not None else "")
                    + f"; {len(self.available)} heads have one"
                )
            assert self.program_set is not None
            program = _load_program(self.program_set, name)
            self._programs[head] = program
        return program

    def set_heads(self, heads: Iterable[Any]) -> None:
        """Substitute exactly ``heads`` (names like 'L3H5' or (layer, head) pairs); [] for none."""
        from headprog.compiler.compiling import compile_program

        chosen = sorted({_as_head(h) for h in heads})
        for h in chosen:
            _check_head_exists(self.loaded, h)
        programs = {h: self.program(h) for h in chosen}
        plans: dict[int, _Plan] = {}
        for layer in sorted({l for l, _ in chosen}):
            mine = [h for l, h in chosen if l == layer]
            by_hash: dict[str, list[int]] = {}
            for h in mine:
                by_hash.setdefault(programs[(layer, h)].hash, []).append(h)
            groups = []
            for members in by_hash.values():
                program = programs[(layer, members[0])]
                compiled = compile_program(program, self.backend)
                groups.append(_Group(program=program, compiled=compiled, heads=members, kv=[h // self.n_rep for h in members]))
            native = [h for h in range(self.n_heads) if h not in mine]
            plans[layer] = _Plan(native=native, native_kv=[h // self.n_rep for h in native], groups=groups)
        self._plans = plans
        self._heads = chosen

    @contextlib.contextmanager
    def substituted(self, heads: Iterable[Any], *, add: bool = False) -> Iterator[HybridModel]:
        """Temporarily substitute exactly ``heads`` (or ``add`` them to the current ones), then restore."""
        before = list(self._heads)
        self.set_heads(list(heads) + (before if add else []))
        try:
            yield self
        finally:
            self.set_heads(before)

    def native(self) -> contextlib.AbstractContextManager[HybridModel]:
        """Temporarily substitute nothing: the native model (bit for bit)."""
        return self.substituted([])

    def describe(self) -> list[dict[str, Any]]:
        """One record per substituted head: program, structure, backend."""
        out = []
        for plan_layer, plan in sorted(self._plans.items()):
            for g in plan.groups:
                for h in g.heads:
                    out.append(
                        {
                            "head": head_name(plan_layer, h),
                            "program": g.program.name,
                            "label": g.program.label,
                            "program_hash": g.program.hash,
                            # "dense (linear)": a dense program that runs as running sums (O(T·d)).
                            "structure": g.compiled.structure.kind + (" (linear)" if g.compiled.structure.linear is not None else ""),
                            "backend": g.compiled.backend,
                        }
                    )
        return sorted(out, key=lambda r: parse_head(r["head"]))

    # -- running --------------------------------------------------------------

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Run the model (``self.model(*args, **kwargs)``) with the current substitution."""
        self._check_open()
        return self.model(*args, **kwargs)

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        """``model.generate`` with the current substitution (KV cache included)."""
        self._check_open()
        return self.model.generate(*args, **kwargs)

    def close(self) -> None:
        """Restore the model's own attention implementation and remove the hook."""
        if self._closed:
            return
        self._closed = True
        if getattr(self, "_hook", None) is not None:
            self._hook.remove()
        if self.model.config._attn_implementation == getattr(self, "impl_name", None):
            self.model.set_attn_implementation(self._original_impl or "sdpa")
        self._unregister()
        self._state = None

    def _unregister(self) -> None:
        from transformers import AttentionInterface
        from transformers.masking_utils import AttentionMaskInterface

        for interface in (AttentionInterface, AttentionMaskInterface):
            getattr(interface, "_global_mapping", {}).pop(self.impl_name, None)

    def __enter__(self) -> HybridModel:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_open(self) -> None:
        if self._closed:
            raise HybridError("this HybridModel was closed; make a new one")

    # -- features -------------------------------------------------------------

    def _pre_forward(self, module: Any, args: tuple, kwargs: dict) -> None:
        """Compute the token features of this forward (once, for every layer)."""
        if not self._plans:
            self._state = None
            return
        ids = kwargs.get("input_ids")
        if ids is None and args:
            ids = args[0]
        if ids is None:
            raise HybridError(
                "substituted heads read token features, so the model must be called with input_ids "
                "(not inputs_embeds)"
            )
        cache = kwargs.get("cache", kwargs.get("past_key_values"))
        past = int(cache.get_seq_length()) if cache is not None and hasattr(cache, "get_seq_length") else 0
        mask = kwargs.get("attention_mask")
        if ids.dim() == 1:
            ids = ids[None]
        self.forwards += 1
        started = time.perf_counter() if self.profile else 0.0
        if past == 0:
            self._state = self._fresh(ids, mask)
        else:
            self._state = self._extend(ids, mask, past)
        if self.profile:
            self.timings["features"] += time.perf_counter() - started

    def _fresh(self, ids: torch.Tensor, mask: torch.Tensor | None) -> _Features:
        batch, width = ids.shape
        lengths = _row_lengths(mask, batch, width)
        rows = ids.detach().cpu().tolist()
        per_row = []
        kept = []
        for row, n in zip(rows, lengths):
            real = row[: int(n)]
            kept.append(real)
            per_row.append(compute_features(real, self._surfaces(real)))
        table = stack_features(per_row, length=width)
        return _Features(ids=kept, table=table, lengths=lengths, past=0, new=width)

    def _extend(self, ids: torch.Tensor, mask: torch.Tensor | None, past: int) -> _Features:
        state = self._state
        batch, new = ids.shape
        if state is None or len(state.ids) != batch:
            raise HybridError(
                "the KV cache holds tokens this hybrid model did not see (heads were substituted after the "
                "cache was filled, or another batch was run in between); run the prompt again"
            )
        if mask is not None and mask.dim() == 2:
            lengths = _row_lengths(mask, batch, mask.shape[1])
            if mask.shape[1] != past + new or (lengths != past + new).any():
                raise HybridError(
                    "padding inside a batch that continues from a KV cache is not supported (the hybrid runtime "
                    "supports right padding only); generate one prompt at a time or use equal-length prompts"
                )
        if any(len(r) != len(state.ids[0]) for r in state.ids):
            raise HybridError(
                "continuing a right-padded batch from a KV cache is not supported; generate one prompt at a time "
                "or use equal-length prompts"
            )
        seen = len(state.ids[0])
        streams = state.streams
        if past > seen:
            raise HybridError(
                f"the KV cache holds {past} positions but the hybrid model saw only {seen} tokens; run the prompt again"
            )
        if past < seen or streams is None:
            # A cropped cache (e.g. assisted decoding) or the first decode step: replay the kept tokens.
            kept = [r[:past] for r in state.ids]
            streams = []
            for row in kept:
                s = FeatureStream()
                for tok, text in zip(row, self._surfaces(row)):
                    s.push(tok, text)
                streams.append(s)
            table = state.table[:, :, :past]
        else:
            kept = state.ids
            table = state.table
        rows = ids.detach().cpu().tolist()
        columns = np.empty((batch, table.shape[1], new), dtype=np.float32)
        for b, row in enumerate(rows):
            for j, (tok, text) in enumerate(zip(row, self._surfaces(row))):
                columns[b, :, j] = streams[b].push(tok, text)
        table = np.concatenate([table, columns], axis=2)
        kept = [k + r for k, r in zip(kept, rows)]
        return _Features(
            ids=kept,
            table=np.ascontiguousarray(table),
            lengths=np.full(batch, past + new, dtype=np.int64),
            past=past,
            new=new,
            streams=streams,
        )

    # -- the attention function --------------------------------------------

    def _attention(
        self,
        module: Any,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        dropout: float = 0.0,
        scaling: float | None = None,
        **kwargs: Any,
    ) -> tuple[torch.Tensor, None]:
        from transformers.integrations.sdpa_attention import sdpa_attention_forward

        plan = self._plans.get(getattr(module, "layer_idx", None))
        if plan is None:
            own = self._own_attention or _model_attention(module, self._original_impl) or sdpa_attention_forward
            if not self.profile:
                return own(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)
            started = time.perf_counter()
            result = own(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)
            self._tick("unsubstituted_layers", started)
            return result
        state = self._state
        if state is None:
            raise HybridError("substituted heads ran without token features (the model's base forward was bypassed)")
        batch, n_heads, m, d = query.shape
        if m != state.new or batch != state.table.shape[0]:
            raise HybridError(
                f"layer {module.layer_idx} got {batch} x {m} queries but the features are for "
                f"{state.table.shape[0]} x {state.new} new tokens"
            )
        started = self._tick(None, 0.0)
        host = (
            query.device.type == "cpu"
            and self.pattern_source is None
            and self.backend != "triton"
            and query.dtype == value.dtype == torch.float32
            and not (torch.is_grad_enabled() and (query.requires_grad or key.requires_grad or value.requires_grad))
        )
        if host:
            out = self._attention_host(module, plan, state, query, key, value, attention_mask, dropout, scaling, kwargs, started)
        else:
            out = self._attention_torch(module, plan, state, query, key, value, attention_mask, dropout, scaling, kwargs, started)
        return out.transpose(1, 2), None

    def _tick(self, name: str | None, started: float) -> float:
        """With ``profile`` on: add the time since ``started`` to ``timings[name]`` (none: just start)."""
        if not self.profile:
            return 0.0
        if self.backend == "triton" and torch.cuda.is_available():
            torch.cuda.synchronize()  # GPU work is asynchronous: time what ran, not what was queued
        now = time.perf_counter()
        if name is not None:
            self.timings[name] += now - started
        return now

    def _attention_host(self, module, plan, state, query, key, value, attention_mask, dropout, scaling, kwargs, started):
        """CPU inference: gathers and scatters in NumPy on the calling thread.

        Every extra torch op on a small CPU machine pays the thread pool's
        start-up and barrier; NumPy copies here do not, and the only torch op
        left per layer is the native heads' SDPA call.
        """
        batch, n_heads, m, _ = query.shape
        qn, kn, vn = query.detach().numpy(), key.detach().numpy(), value.detach().numpy()
        out = np.empty((batch, n_heads, m, vn.shape[-1]), dtype=np.float32)  # head-major: block copies
        if plan.native:
            idx, kv = plan.native_np, plan.native_kv_np
            nat = _native_attention(
                module,
                torch.from_numpy(qn[:, idx]),
                torch.from_numpy(kn[:, kv]),
                torch.from_numpy(vn[:, kv]),
                attention_mask,
                dropout,
                scaling,
                kwargs,
            )
            out[:, idx] = nat.numpy()
        started = self._tick("native_heads", started)
        total = state.total
        with _numba_threads(self.numba_threads if self.backend == "numba" else None):
            for group in plan.groups:
                g = len(group.heads)
                v = vn[:, group.kv_np, :total]  # (B, g, total, D): each query head's KV head
                if state.past == 0:
                    # One kernel call for every head of this layer that runs this program.
                    stacked = np.ascontiguousarray(v.transpose(1, 0, 2, 3)).reshape(g * batch, total, -1)
                    feats, lens = state.tile(g)
                    res = group.compiled.output(feats, stacked, lens)  # (g*B, total, D)
                    out[:, group.heads_np] = res.reshape(g, batch, total, -1).transpose(1, 0, 2, 3)
                else:
                    # Decoding: the new queries' rows from the cached features and the cached V.
                    w = self._rows(group, state)
                    out[:, group.heads_np] = np.einsum("bqk,bgkd->bgqd", w, v.astype(np.float64))
        self._tick("program_heads", started)
        return torch.from_numpy(out)

    def _attention_torch(self, module, plan, state, query, key, value, attention_mask, dropout, scaling, kwargs, started):
        """GPU (Triton kernels) or autograd: the same steps with torch ops on the tensors' device."""
        batch, n_heads, m, _ = query.shape
        out = query.new_empty(batch, n_heads, m, value.shape[-1])
        device = query.device
        if plan.native:
            heads_t, kv_t = plan.native_tensors(device)
            nat = _native_attention(
                module,
                query.index_select(1, heads_t),
                key.index_select(1, kv_t),
                value.index_select(1, kv_t),
                attention_mask,
                dropout,
                scaling,
                kwargs,
            )
            out.index_copy_(1, heads_t, nat)
        started = self._tick("native_heads", started)
        total = state.total
        with _numba_threads(self.numba_threads if self.backend == "numba" else None):
            for group in plan.groups:
                heads_t, kv_t = group.tensors(device)
                g = len(group.heads)
                v = value[:, :, :total].index_select(1, kv_t)
                if state.past == 0 and self.pattern_source is not None:
                    p = self.pattern_source(module.layer_idx, group.heads, state).to(device, v.dtype)
                    res = torch.einsum("bgqk,bgkd->bgqd", p, v)
                elif state.past == 0:
                    stacked = v.transpose(0, 1).reshape(g * batch, total, v.shape[-1]).contiguous()
                    feats, lens = state.tile(g, device if device.type == "cuda" else None)
                    res = group.compiled.output(feats, stacked, lens)
                    res = res.reshape(g, batch, total, -1).transpose(0, 1)
                else:
                    w = torch.from_numpy(self._rows(group, state)).to(device)
                    res = torch.einsum("bqk,bgkd->bgqd", w, v.double())
                out.index_copy_(1, heads_t, res.to(out.dtype))
        self._tick("program_heads", started)
        return out

    @staticmethod
    def _rows(group: _Group, state: _Features) -> np.ndarray:
        """(B, new, total) float64 pattern rows of the new queries; once per program per forward."""
        rows = state.rows.get(group.program.hash)
        if rows is None:
            queries = np.arange(state.past, state.total)
            rows = np.stack([pattern_rows(group.program, state.table[b, :, : state.total], queries) for b in range(len(state.ids))])
            state.rows[group.program.hash] = rows
        return rows


# ---------------------------------------------------------------------------
# Choosing heads


def fast_heads(program_set: ProgramSet) -> list[str]:
    """Heads whose programs cost O(T·d) per head in a prefill: selectors, bands and linear programs
    with a running-sum plan (not softmax or other dense programs, which evaluate every (q, k) pair)."""
    return [name for name in sorted(program_set.heads, key=parse_head) if is_fast_program(_load_program(program_set, name))]


def is_fast_program(program: Program) -> bool:
    """Whether a program costs O(T·d) in a prefill (a selector, a band or a running-sum plan)."""
    from headprog.compiler.analysis import classify

    return classify(program.expr, program.normalize).fast


def _total_heads(program_set: ProgramSet, loaded: Any | None) -> int:
    if loaded is not None:
        return loaded.n_layers * loaded.n_heads
    m = program_set.model or {}
    if m.get("n_layers") and m.get("n_heads"):
        return int(m["n_layers"]) * int(m["n_heads"])
    return len(program_set.heads)


@dataclass
class HeadCosts:
    """What substituting each head alone costs on the calibration chunks (nats per predicted token).

    ``metric`` ``"kl"``: the mean KL divergence from the native model's
    next-token distribution to the hybrid's, i.e. the NLL the substitution adds
    in expectation over the native model's own predictions; never negative, and
    far less noisy on a small calibration set than ``"nll"``, the NLL added on
    the calibration tokens themselves.
    """

    base_nll: float
    tokens: int
    heads: dict[str, float]
    metric: str = "kl"
    #: From :func:`order_heads_jointly`: heads in the order they were added, each with what it
    #: added to the heads before it (``joint``) and its round. Empty: rank by ``heads`` alone.
    order: list[str] = field(default_factory=list)
    joint: dict[str, float] = field(default_factory=dict)
    rounds: dict[str, int] = field(default_factory=dict)


def _log_probs(loaded: Any, calibration: Sequence[Any]) -> list[torch.Tensor]:
    """Next-token log-probabilities of the model as it is now, one (T - 1, V) tensor per sequence."""
    from headprog.perplexity import _ids_of

    out = []
    with torch.no_grad():
        for seq in calibration:
            ids = torch.tensor([_ids_of(seq)])
            logits = loaded.model(input_ids=ids, use_cache=False).logits[0, :-1].float()
            out.append(torch.log_softmax(logits, dim=-1))
    return out


def _mean_kl(native: list[torch.Tensor], current: list[torch.Tensor]) -> float:
    total = sum(float((p.exp() * (p - q)).sum()) for p, q in zip(native, current))
    return total / sum(p.shape[0] for p in native)


def measure_head_costs(
    loaded: Any,
    program_set: ProgramSet,
    heads: Sequence[str],
    calibration: Sequence[Any],
    *,
    metric: str = "kl",
    backend: str = "auto",
    force: bool = False,
    progress: bool = False,
    known: Mapping[str, float] | None = None,
    on_measured: Callable[[str, float], None] | None = None,
) -> HeadCosts:
    """Substitute each of ``heads`` alone and measure what it costs on ``calibration`` (see :class:`HeadCosts`).

    ``known`` holds costs measured earlier (skipped); ``on_measured(head, cost)``
    is called after each measurement, so a long run can save as it goes.
    """
    from tqdm import tqdm

    from headprog.perplexity import perplexity

    if metric not in ("kl", "nll"):
        raise HybridError(f"head cost metric must be 'kl' or 'nll'; got {metric!r}")
    costs: dict[str, float] = dict(known or {})
    with HybridModel(loaded, program_set, [], backend=backend, force=force) as hybrid:
        base = perplexity(loaded, calibration, progress=False)
        native = _log_probs(loaded, calibration) if metric == "kl" else []
        for name in tqdm([h for h in heads if h not in costs], desc="head cost", unit="head", disable=not progress):
            with hybrid.substituted([name]):
                costs[name] = _cost_of(loaded, calibration, metric, native, base.nll)
            if on_measured is not None:
                on_measured(name, costs[name])
    return HeadCosts(base_nll=base.nll, tokens=base.tokens, heads=costs, metric=metric)


def _cost_of(loaded: Any, calibration: Sequence[Any], metric: str, native: list[torch.Tensor], base_nll: float) -> float:
    """The cost of the substitution in place now (see :class:`HeadCosts`)."""
    from headprog.perplexity import perplexity

    if metric == "kl":
        return _mean_kl(native, _log_probs(loaded, calibration))
    return perplexity(loaded, calibration, progress=False).nll - base_nll


def order_heads_jointly(
    loaded: Any,
    program_set: ProgramSet,
    costs: HeadCosts,
    calibration: Sequence[Any],
    upto: int,
    *,
    round_size: int,
    pool_size: int | None = None,
    backend: str = "auto",
    force: bool = False,
    progress: bool = False,
    on_round: Callable[[HeadCosts], None] | None = None,
) -> HeadCosts:
    """Greedy head order in rounds, each head's cost measured with the heads chosen before it in place.

    Costs of single heads add up badly: on the bundled model, 25% of the heads
    cost about 1.5 times the sum of their costs alone, because a head's error
    feeds the layers after it. So heads are added ``round_size`` at a time, up to ``upto``: the first
    round takes the cheapest heads alone (``costs``), every later round
    re-measures each remaining candidate on top of the heads already chosen and
    takes the cheapest of those. Candidates are the ``pool_size`` cheapest heads
    alone (default ``2 * upto``). ``costs.order`` of a partial result is resumed;
    ``on_round`` is called after each round. Each round costs one calibration
    pass per candidate.
    """
    from tqdm import tqdm

    if round_size < 1:
        raise HybridError(f"round_size must be at least 1; got {round_size}")
    single = sorted(costs.heads, key=lambda n: (costs.heads[n], n))
    pool = single[: max(upto, pool_size if pool_size is not None else 2 * upto)]
    upto = min(upto, len(pool))
    out = HeadCosts(costs.base_nll, costs.tokens, dict(costs.heads), costs.metric, list(costs.order), dict(costs.joint), dict(costs.rounds))
    if not out.order:
        first = pool[: min(round_size, upto)]
        out.order, out.joint, out.rounds = list(first), {h: costs.heads[h] for h in first}, dict.fromkeys(first, 0)
        if on_round is not None:
            on_round(out)
    with HybridModel(loaded, program_set, [], backend=backend, force=force) as hybrid:
        native = _log_probs(loaded, calibration) if costs.metric == "kl" else []
        while len(out.order) < upto:
            round_no = max(out.rounds.values()) + 1
            with hybrid.substituted(out.order):
                before = _cost_of(loaded, calibration, costs.metric, native, costs.base_nll)
            added: dict[str, float] = {}
            remaining = [h for h in pool if h not in out.rounds]
            for name in tqdm(remaining, desc=f"round {round_no}", unit="head", disable=not progress):
                with hybrid.substituted([*out.order, name]):
                    added[name] = _cost_of(loaded, calibration, costs.metric, native, costs.base_nll) - before
            take = sorted(remaining, key=lambda n: (added[n], n))[: min(round_size, upto - len(out.order))]
            out.order += take
            out.joint.update({h: added[h] for h in take})
            out.rounds.update(dict.fromkeys(take, round_no))
            if on_round is not None:
                on_round(out)
    return out


def choose_heads(
    program_set: ProgramSet,
    fraction: float,
    by: str = "iou",
    *,
    loaded: Any | None = None,
    calibration: Sequence[Any] | None = None,
    candidates: Iterable[Any] | None = None,
    pool_size: int | None = None,
    backend: str = "auto",
    force: bool = False,
    progress: bool = False,
    costs: HeadCosts | None = None,
    cost_metric: str = "kl",
    rounds: int = 1,
) -> list[dict[str, Any]]:
    """Choose ``round(fraction * all heads of the model)`` heads to substitute.

    ``by="iou"``: best held-out IoU first (ties by name), as the paper did.
    ``by="ppl"``: each candidate head is substituted alone and what it costs
    on ``calibration`` (token sequences, e.g.
    ``evaluation_chunks(loaded, split="heldout", n=4, max_tokens=256)``) is
    measured: by default (``cost_metric="kl"``) the KL divergence from the
    native next-token distributions, or (``"nll"``) the NLL it adds; the
    cheapest heads are taken. Needs ``loaded``.

    Returns one record per chosen head, in order of choice:
    ``{"head", "rank", "heldout_iou", "reason", ...}`` plus, for ``ppl``,
    ``"cost"`` (nats per token, that head alone) and ``"cost_metric"``. When
    fewer heads have programs than asked for, every head with a program is returned.

    ``candidates`` limits the heads considered; ``pool_size`` (``ppl`` only)
    measures just the ``pool_size`` best heads by IoU (at least as many as are
    chosen), since each measurement is a forward pass over the calibration chunks.
    ``costs`` (``ppl`` only): costs measured earlier by :func:`measure_head_costs`,
    so that several fractions share one measurement. ``rounds`` > 1 (``ppl``
    only): add the heads in that many rounds, each measured with the heads of
    the rounds before in place (:func:`order_heads_jointly`); slower, and the
    combination costs less than the heads' costs alone predict.
    """
    if not 0.0 <= fraction <= 1.0:
        raise HybridError(f"fraction must lie in [0, 1]; got {fraction}")
    if loaded is not None:
        check_program_set(program_set, loaded, force=force)
    total = _total_heads(program_set, loaded)
    want = int(round(fraction * total))
    ranked = program_set.ranked("heldout_iou")
    if candidates is not None:
        allowed = {head_name(*_as_head(c)) for c in candidates}
        ranked = [h for h in ranked if h in allowed]
    short = f" (only {len(ranked)} heads have programs)" if want > len(ranked) else ""
    want = min(want, len(ranked))
    pool = ranked
    if by == "ppl" and pool_size is not None:
        pool = ranked[: max(want, pool_size)]
        if len(pool) < len(ranked):
            short += f" (measured the {len(pool)} best by held-out IoU)"

    def iou(name: str) -> float | None:
        v = program_set.heads[name].get("heldout_iou")
        return float(v) if v is not None else None

    if by == "iou":
        out = []
        for rank, name in enumerate(pool[:want]):
            out.append(
                {
                    "head": name,
                    "rank": rank,
                    "heldout_iou": iou(name),
                    "reason": f"held-out IoU {iou(name)} is #{rank + 1} of {len(pool)} heads with programs{short}",
                }
            )
        return out
    if by != "ppl":
        raise HybridError(f"choose heads by 'iou' or 'ppl'; got {by!r}")
    if costs is None:
        if loaded is None or not calibration:
            raise HybridError("by='ppl' needs the model (loaded=) and calibration sequences (calibration=), or measured costs=")
        costs = measure_head_costs(loaded, program_set, pool, calibration, metric=cost_metric, backend=backend, force=force, progress=progress)
    missing = [n for n in pool if n not in costs.heads]
    if missing:
        raise HybridError(f"no measured perplexity cost for {len(missing)} head(s), e.g. {missing[0]}")
    if rounds > 1 and not costs.order and want > 0:
        if loaded is None or not calibration:
            raise HybridError("rounds > 1 needs the model (loaded=) and calibration sequences (calibration=)")
        pooled = HeadCosts(costs.base_nll, costs.tokens, {n: costs.heads[n] for n in pool}, costs.metric)
        costs = order_heads_jointly(
            loaded, program_set, pooled, calibration, want, round_size=-(-want // rounds), backend=backend, force=force, progress=progress
        )
    # Jointly ordered heads first (see order_heads_jointly), then the rest by their cost alone.
    joint = [n for n in costs.order if n in pool]
    order = joint + sorted((n for n in pool if n not in costs.rounds), key=lambda n: (costs.heads[n], n))
    chosen = order[:want]
    combined = None
    if chosen and loaded is not None and calibration:
        from headprog.perplexity import perplexity

        with HybridModel(loaded, program_set, chosen, backend=backend, force=force):
            combined = perplexity(loaded, calibration, progress=False).nll - costs.base_nll
    what = "KL from the native predictions" if costs.metric == "kl" else "added NLL"
    out = []
    for rank, name in enumerate(chosen):
        record = {
            "head": name,
            "rank": rank,
            "heldout_iou": iou(name),
            "cost": costs.heads[name],
            "cost_metric": costs.metric,
            "calibration_nll": costs.base_nll,
            "combined_nll_cost": combined,
        }
        if name in costs.rounds and costs.rounds[name] > 0:
            record.update(joint_cost=costs.joint[name], round=costs.rounds[name])
            record["reason"] = (
                f"round {costs.rounds[name] + 1}: adds {costs.joint[name]:+.4f} nats/token ({what}) to the "
                f"{sum(costs.rounds[h] < costs.rounds[name] for h in costs.order)} heads chosen before it (alone {costs.heads[name]:+.4f}) on the calibration split "
                f"({costs.tokens} tokens); #{rank + 1} of {len(pool)}{short}"
            )
        else:
            record["reason"] = (
                f"alone it costs {costs.heads[name]:+.4f} nats/token ({what}) "
                f"on the calibration split ({costs.tokens} tokens); #{rank + 1} cheapest of {len(pool)}{short}"
            )
        out.append(record)
    return out


# ---------------------------------------------------------------------------
# Evaluation


def paired_nll_standard_error(a: Any, b: Any) -> float | None:
    """Standard error of the token-weighted NLL difference b - a, chunks as paired samples.

    ``a`` and ``b`` are perplexity results of the same chunks (``chunk_nll``,
    ``chunk_tokens``, ``tokens``, ``nll``).
    """
    n = len(a.chunk_nll)
    if n < 2:
        return None
    tokens = a.tokens
    diff_mean = b.nll - a.nll
    mean_len = tokens / n
    resid = [((sb - sa) - diff_mean * c) / mean_len for sa, sb, c in zip(a.chunk_nll, b.chunk_nll, a.chunk_tokens)]
    var = sum(r * r for r in resid) / (n - 1)
    return math.sqrt(var / n)


def compare_perplexity(hybrid: HybridModel, sequences: Sequence[Any], *, progress: bool = False, info: dict | None = None) -> dict[str, Any]:
    """Native and hybrid perplexity on the same chunks (same chunking, same batching).

    Uses :func:`headprog.perplexity.perplexity` (token-weighted). Returns both
    results, the NLL difference with its paired standard error, and the mean
    NLL of each in bands of positions (``by_position``: band -> native, hybrid).
    """
    from headprog.perplexity import perplexity

    with hybrid.native():
        native = perplexity(hybrid.loaded, sequences, progress=progress, info=info)
    substituted = perplexity(hybrid.loaded, sequences, progress=progress, info=info)
    hybrid_bands = substituted.nll_by_band()
    return {
        "native": native,
        "hybrid": substituted,
        "nll_delta": substituted.nll - native.nll,
        "nll_delta_standard_error": paired_nll_standard_error(native, substituted),
        "perplexity_ratio": substituted.perplexity / native.perplexity,
        "by_position": {band: {"native": nll, "hybrid": hybrid_bands[band]} for band, nll in native.nll_by_band().items()},
    }


# ---------------------------------------------------------------------------
# CLI


def _add_common(parser: Any) -> None:
    parser.add_argument("--model", default="smollm2-135m", help="bundled name, model folder, .gguf file or cached Hugging Face id")
    parser.add_argument("--programs", required=True, metavar="DIR", help="program folder (manifest.json + L{l}H{h}.py files)")
    parser.add_argument("--fraction", type=float, default=0.25, help="fraction of all the model's heads to substitute (default 0.25)")
    parser.add_argument("--by", choices=("iou", "ppl", "tuned"), default="iou", help="choose heads by held-out IoU (default) or by measured cost: each head alone, KL divergence from the native predictions on a calibration split; 'tuned': the head set a tuned program set was tuned for (headprog tune; --fraction is ignored)")
    parser.add_argument("--heads", default=None, help="substitute exactly these heads, e.g. L3H5,L10H2 (overrides --fraction/--by)")
    parser.add_argument("--fast-only", action="store_true", help="choose only among heads whose programs cost O(T*d) in a prefill (selectors, bands, linear programs), for a hybrid at least as fast as the native model")
    parser.add_argument("--backend", default="auto", choices=("auto", "numba", "triton", "reference"), help="kernel backend (default auto: numba on CPU, triton on GPU)")
    parser.add_argument("--force", action="store_true", help="use the programs even if the manifest's model fingerprint differs")
    parser.add_argument("--calibration-examples", type=int, default=4, help="--by ppl (and tune --swap): chunks of the heldout split used to measure head costs (default 4)")
    parser.add_argument("--calibration-tokens", type=int, default=256, help="--by ppl (and tune --swap): tokens per calibration chunk (default 256)")
    parser.add_argument("--ppl-pool", type=int, default=None, help="--by ppl: measure only this many best heads by IoU (default: every head with a program)")
    parser.add_argument("--rounds", type=int, default=1, help="--by ppl: add heads in this many rounds, each measured on top of the heads chosen before (default 1: each head alone)")
    parser.add_argument("--corpus", default="wiki", help="corpus for perplexity ('wiki' is bundled)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the corpus document split (default 0)")


def _choose_from_args(args: Any, loaded: Any, pset: ProgramSet) -> list[dict[str, Any]]:
    if args.heads:
        from headprog.programs import parse_heads

        heads = parse_heads(args.heads)
        for h in heads:
            _check_head_exists(loaded, h)
            if head_name(*h) not in pset.heads:
                raise HybridError(f"{pset.folder} has no program for head {head_name(*h)}")
        return [
            {"head": head_name(*h), "rank": i, "heldout_iou": pset.heads[head_name(*h)].get("heldout_iou"), "reason": "named with --heads"}
            for i, h in enumerate(heads)
        ]
    if args.by == "tuned":
        from headprog.tuning import tuned_heads

        return [
            {"head": name, "rank": i, "heldout_iou": pset.heads[name].get("heldout_iou"), "reason": "in the set the programs were tuned for (manifest tuning record)"}
            for i, name in enumerate(tuned_heads(pset))
        ]
    calibration = None
    if args.by == "ppl":
        from headprog.perplexity import evaluation_chunks

        calibration = evaluation_chunks(loaded, args.corpus, "heldout", args.calibration_tokens, args.calibration_examples, args.seed)
    return choose_heads(
        pset, args.fraction, args.by, loaded=loaded, calibration=calibration, pool_size=args.ppl_pool,
        candidates=fast_heads(pset) if args.fast_only else None,
        backend=args.backend, force=args.force, rounds=args.rounds,
        progress=not getattr(args, "quiet", False),
    )


def add_eval_arguments(parser: Any) -> Any:
    """Options of ``headprog eval``: perplexity (and optionally multiple-choice QA) of native vs hybrid."""
    _add_common(parser)
    parser.add_argument("--split", default="eval", choices=("heldout", "eval", "synthesis"), help="corpus split scored for perplexity (default eval)")
    parser.add_argument("--max-tokens", type=int, default=512, help="tokens per perplexity chunk (default 512)")
    parser.add_argument("--examples", type=int, default=32, help="perplexity chunks (default 32; 0 = every chunk of the split)")
    parser.add_argument("--qa", metavar="FILE", default=None, help="also score multiple-choice QA in PIQA's format (goal, sol1, sol2, label) by log-likelihood")
    parser.add_argument("--qa-limit", type=int, default=None, help="score only the first N QA items")
    parser.add_argument(
        "--corpus-qa", type=int, default=0, metavar="N",
        help="also score N items of a multiple-choice set built from the eval split of --corpus: given a document's opening sentences, "
        "which of two sentences comes next, its own or one from a later document (headprog.corpus_qa; 1,548 items on the bundled corpus; default 0: none)",
    )
    parser.add_argument("--json", metavar="PATH", default=None, help="write the full result as JSON")
    parser.add_argument("--markdown", metavar="PATH", default=None, help="write the summary table as Markdown")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.set_defaults(func=cmd_eval)
    return parser


def _fmt(x: float | None, digits: int = 4) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def _paired(qa: dict[str, Any]) -> str:
    """`` ± se`` of the accuracy difference, items paired (absent from results written before it was recorded)."""
    se = qa.get("delta_se")
    return f" ± {se:.4f} (paired)" if se is not None and se == se else ""


def eval_markdown(result: dict[str, Any]) -> str:
    """The Markdown table of an ``eval`` result."""
    ppl = result["perplexity"]
    lines = [
        f"# Hybrid evaluation: {result['model']['name']}",
        "",
        f"Programs: `{result['programs']}`; {len(result['heads'])} heads substituted "
        f"({result['fraction_of_heads']:.1%} of {result['model']['heads']}), chosen by {result['chosen_by']}; backend {result['backend']}.",
        f"Perplexity: corpus {ppl['corpus']} split {ppl['split']}, {ppl['chunks']} chunks x {ppl['max_tokens']} tokens "
        f"({ppl['tokens']} predicted tokens), token-weighted.",
        "",
        "| metric | native | hybrid | difference |",
        "|---|---:|---:|---:|",
        f"| perplexity | {ppl['native']:.3f} | {ppl['hybrid']:.3f} | x{ppl['ratio']:.4f} |",
        f"| NLL (nats/token) | {ppl['native_nll']:.4f} | {ppl['hybrid_nll']:.4f} | {ppl['nll_delta']:+.4f} ± {_fmt(ppl['nll_delta_se'])} |",
    ]
    for band, nll in (ppl.get("by_position") or {}).items():
        lines.append(f"| NLL at positions {band} | {nll['native']:.4f} | {nll['hybrid']:.4f} | {nll['hybrid'] - nll['native']:+.4f} |")
    for qa in (result.get("qa"), result.get("corpus_qa")):
        if not qa:
            continue
        n, h = qa["native"], qa["hybrid"]
        lines.append(f"| QA accuracy ({qa['file']}, n={n['n']}) | {n['accuracy']:.4f} ± {n['accuracy_se']:.4f} | {h['accuracy']:.4f} ± {h['accuracy_se']:.4f} | {h['accuracy'] - n['accuracy']:+.4f}{_paired(qa)} |")
        lines.append(f"| QA accuracy, length-normalised | {n['accuracy_norm']:.4f} ± {n['accuracy_norm_se']:.4f} | {h['accuracy_norm']:.4f} ± {h['accuracy_norm_se']:.4f} | {h['accuracy_norm'] - n['accuracy_norm']:+.4f} |")
    lines += ["", "Substituted heads:", "", "| head | program | structure | held-out IoU | why |", "|---|---|---|---:|---|"]
    structures = {r["head"]: r for r in result.get("programs_used", [])}
    for rec in result["heads"]:
        s = structures.get(rec["head"], {})
        lines.append(f"| {rec['head']} | {s.get('label') or s.get('program', '')} | {s.get('structure', '')} | {_fmt(rec.get('heldout_iou'))} | {rec['reason']} |")
    return "\n".join(lines) + "\n"


def _compare_multiple_choice(hybrid: HybridModel, items: list[Any], progress: bool) -> dict[str, Any]:
    """Native and hybrid multiple-choice results on the same items, and the paired standard error of their difference."""
    from headprog.qa import paired_accuracy_standard_error, score_multiple_choice

    with hybrid.native():
        native = score_multiple_choice(hybrid.loaded, items, progress=progress)
    substituted = score_multiple_choice(hybrid.loaded, items, progress=progress)
    labels = [item.label for item in items]
    return {"native": native.to_dict(), "hybrid": substituted.to_dict(),
            "delta_se": paired_accuracy_standard_error(native.predictions, substituted.predictions, labels)}


def cmd_eval(args: Any) -> int:
    """Run ``headprog eval``: print a Markdown table, optionally write JSON / Markdown."""
    import json
    import time
    from pathlib import Path

    from headprog import models
    from headprog.compiler.cache import atomic_write_text
    from headprog.perplexity import evaluation_chunks
    from headprog.programs import load_program_set

    started = time.perf_counter()
    loaded = models.load(args.model)
    pset = load_program_set(args.programs)
    check_program_set(pset, loaded, force=args.force)
    chosen = _choose_from_args(args, loaded, pset)
    chunks = evaluation_chunks(loaded, args.corpus, args.split, args.max_tokens, args.examples or None, args.seed)
    progress = not args.quiet
    with HybridModel(loaded, pset, [c["head"] for c in chosen], backend=args.backend, force=args.force) as hybrid:
        cmp = compare_perplexity(hybrid, chunks, progress=progress)
        nat, hyb = cmp["native"], cmp["hybrid"]
        result: dict[str, Any] = {
            "model": {"spec": loaded.spec, "name": loaded.name, "fingerprint": loaded.fingerprint, "heads": loaded.n_layers * loaded.n_heads},
            "programs": str(pset.folder),
            "chosen_by": "--heads" if args.heads else args.by,
            "fraction_of_heads": len(chosen) / (loaded.n_layers * loaded.n_heads),
            "backend": hybrid.backend,
            "heads": chosen,
            "programs_used": hybrid.describe(),
            "perplexity": {
                "corpus": args.corpus,
                "split": args.split,
                "seed": args.seed,
                "max_tokens": args.max_tokens,
                "chunks": nat.chunks,
                "tokens": nat.tokens,
                "native": nat.perplexity,
                "hybrid": hyb.perplexity,
                "ratio": cmp["perplexity_ratio"],
                "native_nll": nat.nll,
                "hybrid_nll": hyb.nll,
                "nll_delta": cmp["nll_delta"],
                "nll_delta_se": cmp["nll_delta_standard_error"],
                "by_position": cmp["by_position"],
                "method": nat.info.get("method"),
                "native_seconds": nat.seconds,
                "hybrid_seconds": hyb.seconds,
            },
        }
        if args.qa:
            from headprog.qa import load_multiple_choice

            result["qa"] = {"file": str(args.qa), **_compare_multiple_choice(hybrid, load_multiple_choice(args.qa, limit=args.qa_limit), progress)}
        if args.corpus_qa:
            from headprog.corpus_qa import next_sentence_items

            items = next_sentence_items(args.corpus, "eval", args.corpus_qa, args.seed)
            result["corpus_qa"] = {"file": f"next sentence, {args.corpus} eval split", **_compare_multiple_choice(hybrid, items, progress)}
    result["seconds"] = round(time.perf_counter() - started, 1)
    md = eval_markdown(result)
    print(md, end="")
    if args.json:
        atomic_write_text(Path(args.json), json.dumps(result, indent=2, default=str) + "\n")
        print(f"wrote {args.json}")
    if args.markdown:
        atomic_write_text(Path(args.markdown), md)
        print(f"wrote {args.markdown}")
    return 0


def add_generate_arguments(parser: Any) -> Any:
    """Options of ``headprog generate``: stream text from the hybrid model."""
    _add_common(parser)
    parser.add_argument("--prompt", required=True, help="the prompt text")
    parser.add_argument("--max-new-tokens", type=int, default=64, help="tokens to generate (default 64)")
    parser.add_argument("--chat", action="store_true", help="wrap the prompt in the tokenizer's chat template (instruct models)")
    parser.add_argument("--sample", action="store_true", help="sample (temperature 0.7, top-p 0.9) instead of greedy decoding")
    parser.add_argument("--native", action="store_true", help="substitute nothing: the native model, for comparison")
    parser.add_argument("--quiet", action="store_true", help="no progress bars while choosing heads")
    parser.set_defaults(func=cmd_generate)
    return parser


def cmd_generate(args: Any) -> int:
    """Run ``headprog generate``: stream the continuation of ``--prompt`` to stdout."""
    import sys

    from transformers import TextStreamer

    from headprog import models
    from headprog.programs import load_program_set

    loaded = models.load(args.model)
    pset = load_program_set(args.programs)
    check_program_set(pset, loaded, force=args.force)
    chosen = [] if args.native else _choose_from_args(args, loaded, pset)
    tok = loaded.tokenizer
    if args.chat:
        text = tok.apply_chat_template([{"role": "user", "content": args.prompt}], tokenize=False, add_generation_prompt=True)
        ids = tok(text, return_tensors="pt", add_special_tokens=False).input_ids
    else:
        ids = tok(args.prompt, return_tensors="pt").input_ids
    what = "native model" if args.native else f"{len(chosen)} substituted heads"
    print(f"[{loaded.name}, {what}]", file=sys.stderr)
    streamer = TextStreamer(tok, skip_prompt=True, skip_special_tokens=True)
    gen: dict[str, Any] = {"max_new_tokens": args.max_new_tokens, "streamer": streamer, "pad_token_id": tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id}
    if args.sample:
        gen.update(do_sample=True, temperature=0.7, top_p=0.9)
    else:
        gen.update(do_sample=False)
    with HybridModel(loaded, pset, [c["head"] for c in chosen], backend=args.backend, force=args.force) as hybrid:
        with torch.no_grad():
            hybrid.generate(ids, attention_mask=torch.ones_like(ids), **gen)
    print()
    return 0

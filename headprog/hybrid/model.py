"""The hybrid runtime: a ``transformers`` model whose chosen heads attend by their program.

::

    from headprog.data import models
    from headprog.hybrid import HybridModel
    from headprog.language import load_program_set
    from headprog.selection import choose_heads

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
  so with zero heads substituted the logits are the native model's); in a
  one-token decode step on the CPU, while any head is substituted, every
  layer's native heads are computed by one Numba call over the KV cache in
  place (:mod:`headprog.kernels.native_decode`, equal to SDPA up to float
  rounding), a layer without substituted heads included: the model's SDPA
  would copy K and V per query head first (GQA's ``repeat_kv``);
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
cached V only: a linear program carries its running sums from step to step
(O(d) per step; a forward leaves them, so the first step does not sum the
prompt again), any other program scores every key once (O(T·d), like a native
head). On the CPU a layer's decode step is one kernel call for its native
heads and all its linear programs (:mod:`headprog.hybrid.layer_decoder`). On
Llama models a layer's query projection computes the native heads' rows only
(:mod:`headprog.hybrid.linears`): a program never reads its head's query.

Padding: left or right, given by a 2D ``attention_mask``; features and kernels
use each row's own positions. A batch that continues from a KV cache must be
left-padded (``tokenizer.padding_side = "left"``, what ``generate`` expects
of decoder-only models): every row then ends at the cache's last column. A
serving engine moves rows between batches with :meth:`take_state`,
:meth:`merge_states`, :meth:`select_state` and :meth:`set_state`. A 4D mask
prepared by the caller (``generate`` with a static cache does this) is passed
to the native heads as is, and its rows are taken as unpadded.

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
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import torch

from headprog.hybrid.checks import (
    Head,
    HybridError,
    as_head,
    check_head_exists,
    check_program_set,
    check_program_version,
    load_checked_program,
    resolve_backend,
)
from headprog.hybrid.attend import host_layer, torch_layer
from headprog.hybrid.forward_features import ForwardFeatures, SurfaceStrings, extend_features, fresh_features, merge_features
from headprog.hybrid.layer_decoder import LayerDecoder, reads_cache_in_place
from headprog.hybrid.layers import LayerPlan, ProgramGroup, model_attention, query_projections
from headprog.hybrid.linears import keep_rows, select_rows
from headprog.kernels.numba_runtime import numba_thread_count, thread_count
from headprog.language.program import Program
from headprog.language.program_set import ProgramSet, head_name, parse_head

__all__ = ["TIMINGS", "HybridModel"]

TIMINGS = ("features", "native_heads", "program_heads", "unsubstituted_layers")
_counter = itertools.count()
_registry_lock = threading.Lock()
_IMPL_PREFIX = "headprog_hybrid_"
#: Head choices whose layer plans a HybridModel keeps, so toggling between a few of them builds nothing twice.
_PLAN_MEMO_SIZE = 8


class HybridModel:
    """A loaded model whose chosen heads attend by their programs.

    ``programs`` is a :class:`~headprog.language.program_set.ProgramSet` (checked against
    the model: fingerprint, feature library, heads; ``force=True`` skips the
    fingerprint check only) or a mapping ``{(layer, head) or "L3H5": Program}``.
    ``heads`` are the heads to substitute now (default none); change them at
    run time with :meth:`set_heads`, :meth:`substituted` or :meth:`native`.

    ``backend``: ``"auto"`` (Numba on the CPU, Triton when the model is on a
    GPU), ``"numba"``, ``"triton"`` or ``"reference"`` (slow, for tests).
    ``numba_threads``: threads for the Numba kernels during a forward (default
    1: torch already uses every core between kernel calls, and on a small or
    busy machine a parallel kernel waits on its slowest thread; a one-token
    decode step's layer kernels take torch's thread count instead, like the
    attention they replace); None leaves Numba's setting alone. ``rung``:
    each head of a program set runs its explanation ladder's program with at
    most that many terms (:mod:`headprog.language.ladder`; the full program
    where the rung reaches it).

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
        rung: int | None = None,
    ) -> None:
        from transformers import AttentionInterface
        from transformers.masking_utils import AttentionMaskInterface, sdpa_mask

        self.loaded = loaded
        self.model = loaded.model
        self.tokenizer = loaded.tokenizer
        self.numba_threads = numba_threads
        self.program_set = programs if isinstance(programs, ProgramSet) else None
        if rung is not None and rung < 1:
            raise HybridError(f"a rung has at least 1 term; got {rung}")
        self.rung = rung  # heads of a ProgramSet run their ladder's program with at most this many terms
        self._programs, self._lazy = _checked_programs(programs, loaded, force)
        self.backend = resolve_backend(self.model, backend)
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
        self._state: ForwardFeatures | None = None
        self._plans: dict[int, LayerPlan] = {}
        self._plan_memo: dict[tuple[Head, ...], dict[int, LayerPlan]] = {}  # recent head choices' plans
        self._heads: list[Head] = []
        self._surfaces = SurfaceStrings(self.tokenizer)
        self._query_projections = query_projections(self.model)
        # Layers of different kinds (a sliding window on some) get different attention arguments.
        self._uniform_layers = len(set(getattr(cfg, "layer_types", None) or ["all"])) == 1
        self._closed = False
        self.forwards = 0  # forwards that ran with substituted heads (for tests and diagnostics)
        #: Set True to accumulate wall seconds in :attr:`timings`: computing features, native heads and
        #: program heads of layers with substituted heads, and whole layers without any.
        self.profile = False
        self.timings: dict[str, float] = dict.fromkeys(TIMINGS, 0.0)
        #: Set to ``f(layer, heads, features) -> (B, len(heads), T, T)`` torch patterns to run the
        #: substituted heads of a full forward by those instead of their kernels (differentiable:
        #: :mod:`headprog.tuning` fits program constants through it). None: the compiled kernels.
        self.pattern_source: Callable[[int, list[int], ForwardFeatures], torch.Tensor] | None = None

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
        # Numba's thread count is set once per forward (not per layer), restored even when the forward fails; and
        # what it was when a decode step last looked (a step that finds torch's count equal to it sets nothing).
        self._threads: contextlib.ExitStack | None = None
        self._numba_threads_seen: int | None = None
        # A decode step on the CPU runs every layer's attention through one layer decoder: a substituted layer's
        # plan's, and for each other layer one with native heads only (Numba over the cache in place, where the
        # model's SDPA would first copy K and V per query head); built once, used while any head is substituted.
        self._native_decoders = _native_only_decoders(loaded, self.n_rep) if self.backend == "numba" else {}
        self._step_decoders: dict[int, LayerDecoder] = {}
        self._after_hook = self.model.base_model.register_forward_hook(self._post_forward, always_call=True)
        try:
            self.set_heads(heads)
        except BaseException:
            self.close()
            raise

    # -- configuration ------------------------------------------------------

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

    @property
    def plans(self) -> dict[int, LayerPlan]:
        """How each layer with substituted heads computes them (layer -> plan), for diagnostics; do not change them."""
        return dict(self._plans)

    def program(self, head: Any) -> Program:
        """The program of a head (parsed and checked on first use)."""
        head = as_head(head)
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
            program = load_checked_program(self.program_set, name, self.rung)
            self._programs[head] = program
        return program

    def set_heads(self, heads: Iterable[Any]) -> None:
        """Substitute exactly ``heads`` (names like 'L3H5' or (layer, head) pairs); [] for none."""
        from headprog.compiler.compiling import compile_program

        chosen = sorted({as_head(h) for h in heads})
        known = self._plan_memo.get(tuple(chosen))
        if known is not None:  # a toggle back to a choice made before (native(), substituted()): no new plans
            self._use_plans(known, chosen)
            return
        for h in chosen:
            check_head_exists(self.loaded, h)
        programs = {h: self.program(h) for h in chosen}
        plans: dict[int, LayerPlan] = {}
        for layer in sorted({l for l, _ in chosen}):
            mine = [h for l, h in chosen if l == layer]
            by_hash: dict[str, list[int]] = {}
            for h in mine:
                by_hash.setdefault(programs[(layer, h)].hash, []).append(h)
            groups = []
            for members in by_hash.values():
                program = programs[(layer, members[0])]
                compiled = compile_program(program, self.backend)
                groups.append(ProgramGroup(program=program, compiled=compiled, heads=members, kv=[h // self.n_rep for h in members]))
            native = [h for h in range(self.n_heads) if h not in mine]
            plan = LayerPlan(native=native, native_kv=[h // self.n_rep for h in native], groups=groups, n_heads=self.n_heads)
            projection = self._query_projections.get(layer)
            if projection is not None:  # program heads never read their query: the projection skips their rows
                proj, head_dim = projection
                rows = torch.cat([torch.arange(h * head_dim, (h + 1) * head_dim) for h in plan.query_heads])
                plan.kept_query = select_rows(proj, rows)
            if self.backend == "numba":
                plan.decoder = LayerDecoder(layer, plan)
            plans[layer] = plan
        self._use_plans(plans, chosen)
        if len(self._plan_memo) >= _PLAN_MEMO_SIZE:
            self._plan_memo.pop(next(iter(self._plan_memo)))
        self._plan_memo[tuple(chosen)] = plans

    def _use_plans(self, plans: dict[int, LayerPlan], chosen: list[Head]) -> None:
        """Substitute ``chosen`` by ``plans``: their query rows, and each layer's decoder for a decode step."""
        self._plans, self._heads = plans, chosen
        self._keep_query_rows()
        self._step_decoders = {layer: plans[layer].decoder if layer in plans else native for layer, native in self._native_decoders.items()}

    def _keep_query_rows(self, closing: bool = False) -> None:
        """Each query projection computes the rows its layer's plan keeps (all of them where nothing is substituted)."""
        for layer, (proj, _) in self._query_projections.items():
            plan = None if closing else self._plans.get(layer)
            keep_rows(proj, None if plan is None else plan.kept_query)

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

    # -- decoding state, for a serving engine that moves rows between batches ------------

    def take_state(self) -> ForwardFeatures | None:
        """The decoding state of the last forward (tokens, features, running sums), now detached from the model.

        None when nothing is substituted (the native model keeps no state
        beyond its KV cache). Give it back with :meth:`set_state` before the
        forward that continues the cache it belongs to.
        """
        state, self._state = self._state, None
        return state

    def set_state(self, state: ForwardFeatures | None) -> None:
        """Continue decoding from ``state`` (from :meth:`take_state`, :meth:`merge_states` or :meth:`select_state`)."""
        self._state = state

    @staticmethod
    def merge_states(states: Iterable[ForwardFeatures | None]) -> ForwardFeatures | None:
        """The rows of several states as one batch, left-padded to the widest (matching a cache merged that way)."""
        states = list(states)
        if all(s is None for s in states):
            return None
        if any(s is None for s in states):
            raise HybridError("cannot batch rows of the native model with rows that ran substituted heads")
        return merge_features(states)

    @staticmethod
    def select_state(state: ForwardFeatures | None, rows: Iterable[int]) -> ForwardFeatures | None:
        """Only ``rows`` of a state, padding no row needs dropped (matching a cache trimmed that way)."""
        return None if state is None else state.select(list(rows))

    def close(self) -> None:
        """Restore the model's own attention implementation and remove the hook."""
        if self._closed:
            return
        self._closed = True
        if getattr(self, "_hook", None) is not None:
            self._hook.remove()
        if getattr(self, "_after_hook", None) is not None:
            self._after_hook.remove()
        if self.model.config._attn_implementation == getattr(self, "impl_name", None):
            self.model.set_attn_implementation(self._original_impl or "sdpa")
        if hasattr(self, "_query_projections"):
            self._keep_query_rows(closing=True)
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
            self._state = fresh_features(ids, mask, self._surfaces)
        else:
            self._state = extend_features(self._state, ids, mask, past, self._surfaces)
        self._state.caller_mask = isinstance(mask, torch.Tensor) and mask.dim() == 4
        self._state.single_step = past > 0 and self._state.new == 1 and not self._state.caller_mask
        if self.profile:
            self.timings["features"] += time.perf_counter() - started
        if self.backend == "numba" and self._threads is None:
            threads = self.numba_threads
            if threads is not None and self._state.single_step:
                # A decode step's kernels (the layer decoders) match torch's threads, like the SDPA they
                # replace: set once here, not set and restored around every layer's call.
                threads = torch.get_num_threads()
                if threads == self._numba_threads_seen:  # Numba had this count at the last step: nothing to set
                    self._state.kernel_threads = threads
                    return
                self._numba_threads_seen = numba_thread_count()
            self._threads = contextlib.ExitStack()
            if threads is not None:
                self._threads.enter_context(thread_count(threads))
            self._state.kernel_threads = threads

    def _post_forward(self, *args: Any) -> None:
        """Give Numba its thread count back after a forward that set it."""
        threads, self._threads = self._threads, None
        if threads is not None:
            threads.close()

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
        state, layer = self._state, getattr(module, "layer_idx", None)
        if state is not None and state.in_place is True:
            # A plain decode step, checked at this forward's first layer: as little as can be per layer.
            decoder = self._step_decoders.get(layer)
            if decoder is not None:
                return decoder.decode(query, key, value, state, scaling), None
        plan = self._plans.get(layer)
        # The decoder a one-token step may run this layer through: its plan's, or one of native heads only.
        decoder = self._step_decoders.get(layer) if state is not None and state.single_step else None
        if plan is None and decoder is None:
            return self._own_layer_attention(module, query, key, value, attention_mask, dropout, scaling, kwargs)
        if state is None:
            raise HybridError("substituted heads ran without token features (the model's base forward was bypassed)")
        batch, n_heads, m, d = query.shape
        if m != state.new or batch != state.table.shape[0]:
            raise HybridError(
                f"layer {module.layer_idx} got {batch} x {m} queries but the features are for "
                f"{state.table.shape[0]} x {state.new} new tokens"
            )
        if decoder is not None and self._decodes_step_in_place(state, query, key, value, dropout, kwargs):
            return decoder.decode(query, key, value, state, scaling), None
        if plan is None:
            return self._own_layer_attention(module, query, key, value, attention_mask, dropout, scaling, kwargs)
        started = self._tick(None, 0.0)
        host = (
            query.device.type == "cpu"
            and self.pattern_source is None
            and self.backend != "triton"
            and query.dtype == value.dtype == torch.float32
            and not (torch.is_grad_enabled() and (query.requires_grad or key.requires_grad or value.requires_grad))
        )
        args = (module.layer_idx, plan, state, query, key, value, attention_mask, dropout, scaling, kwargs, self._tick, started, module)
        out = host_layer(*args) if host else torch_layer(*args, self.pattern_source)
        return out.transpose(1, 2), None

    def _own_layer_attention(self, module: Any, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, attention_mask: torch.Tensor | None,
                             dropout: float, scaling: float | None, kwargs: dict) -> Any:
        """A layer without substituted heads, outside an in-place decode step: the model's own attention function."""
        own = self._own_attention
        if own is None:
            from transformers.integrations.sdpa_attention import sdpa_attention_forward

            own = model_attention(module, self._original_impl) or sdpa_attention_forward
        if not self.profile:
            return own(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)
        started = time.perf_counter()
        result = own(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling, **kwargs)
        self._tick("unsubstituted_layers", started)
        return result

    def _decodes_step_in_place(self, state: ForwardFeatures, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, dropout: float, kwargs: dict) -> bool:
        """Whether this layer of a one-token decode step runs as one host kernel call (:meth:`LayerDecoder.decode`).

        Worked out at the step's first layer and kept in ``state.in_place`` where
        every layer is alike (one cache, one mask, one dtype); per layer otherwise.
        """
        in_place = state.in_place
        if in_place is None:
            in_place = not self.profile and self._decodes_in_place(query, key, value, dropout, kwargs)
            if self._uniform_layers:
                state.in_place = in_place
        return in_place

    def _decodes_in_place(self, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor, dropout: float, kwargs: dict) -> bool:
        """Whether a one-token decode step of a layer can run as one host kernel call (:meth:`LayerDecoder.decode`)."""
        if query.device.type != "cpu" or self.pattern_source is not None or not (query.dtype == value.dtype == torch.float32):
            return False
        if torch.is_grad_enabled() and (query.requires_grad or key.requires_grad or value.requires_grad):
            return False
        return reads_cache_in_place(self._state, key, dropout, kwargs)

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


def _checked_programs(programs: ProgramSet | Mapping[Any, Program], loaded: Any, force: bool) -> tuple[dict[Head, Program], dict[Head, str]]:
    """(programs given as objects, head -> name of a set's programs loaded when first used), each checked against the model."""
    if isinstance(programs, ProgramSet):
        check_program_set(programs, loaded, force=force)
        return {}, {parse_head(n): n for n in programs.heads}
    given: dict[Head, Program] = {}
    for spec, program in programs.items():
        head = as_head(spec)
        check_head_exists(loaded, head)
        if not isinstance(program, Program):
            raise HybridError(f"the program for {head_name(*head)} is a {type(program).__name__}, not a Program")
        check_program_version(program, f"the program for {head_name(*head)}")
        given[head] = program
    return given, {}


def _native_only_decoders(loaded: Any, n_rep: int) -> dict[int, LayerDecoder]:
    """Layer -> a decoder of that layer's native heads only (every head attends by QK), for decode steps."""
    every = list(range(loaded.n_heads))
    decoders = {}
    for layer in range(loaded.n_layers):
        plan = LayerPlan(native=every, native_kv=[h // n_rep for h in every], groups=[], n_heads=loaded.n_heads)
        decoders[layer] = plan.decoder = LayerDecoder(layer, plan)
    return decoders

"""Benchmark: where a decode step's time goes, layer by layer, native against hybrid.

The breakdown behind the decoding figures of ``headprog bench --suite decode``:
one process, the bundled model and programs, ``--fraction`` of the heads by
IoU; a prompt of ``--context`` tokens x ``--batch`` rows, then greedy decode
steps with the KV cache, native and hybrid alternating step by step over
``--rounds`` rounds (after a warm-up round), each step timed whole and, inside
it, with ``perf_counter`` wrappers around:

- the native model's attention function (SDPA) of every layer;
- the hybrid's decode of each layer
  (:meth:`~headprog.hybrid.layer_decoder.LayerDecoder.decode`: the native
  heads and linear programs in one kernel call, softmax programs after it;
  a layer without substituted heads has a decoder with native heads only),
  and that kernel call alone;
- the hybrid's token features of the step (``extend_features``).

The wrappers cost a little on both sides; the figures are for finding where
the hybrid pays more or less than native attention, not for its speed-up
(``headprog bench`` measures that without them). Medians over the rounds, in
microseconds per step.

Run: ``.venv/bin/python -m benchmarks.decode_layers``. Writes
``benchmarks/results/decode-layers.json`` and ``.md`` (``--name`` to change).
"""

from __future__ import annotations

import argparse
import collections
import statistics
import time
from collections.abc import Callable
from typing import Any

import torch

from benchmarks.common import add_hybrid_options, publish

KERNELS = ("decode_layer_at_parallel", "decode_layer_at_serial", "decode_layer_parallel", "decode_layer_serial")


class Timers:
    """Seconds per (side, what, layer) of the current step, added up into per-step lists."""

    def __init__(self) -> None:
        self.side = "warm-up"
        self.layer: int | None = None
        self.step: dict[tuple[str, str, int | None], float] = collections.defaultdict(float)
        self.steps: dict[tuple[str, str, int | None], list[float]] = collections.defaultdict(list)

    def wrap(self, fn: Callable, what: str, layer_of: Callable[..., int | None] | None = None, *, in_layer: bool = False) -> Callable:
        """``fn`` timed under ``what``: per layer by ``layer_of(*args)``, or ``in_layer`` of the layer decoding now, or per step."""

        def timed(*args: Any, **kwargs: Any) -> Any:
            layer = layer_of(*args) if layer_of is not None else self.layer if in_layer else None
            started = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.step[(self.side, what, layer)] += time.perf_counter() - started

        return timed

    def close_step(self, side: str, seconds: float) -> None:
        if side != "warm-up":
            self.steps[(side, "step", None)].append(seconds)
            for key, value in self.step.items():
                self.steps[key].append(value)
        self.step.clear()

    def median_us(self, side: str, what: str, layer: int | None = None) -> float | None:
        values = self.steps.get((side, what, layer))
        return 1e6 * statistics.median(values) if values else None


def _instrument(timers: Timers) -> None:
    """Wrap the attention functions, layer decoders, their kernels and the step's features (this process only)."""
    import transformers.modeling_utils as modeling_utils

    from headprog.hybrid import layer_decoder
    from headprog.hybrid import model as hybrid_model

    sdpa = modeling_utils.ALL_ATTENTION_FUNCTIONS["sdpa"]
    modeling_utils.ALL_ATTENTION_FUNCTIONS["sdpa"] = timers.wrap(sdpa, "attention", lambda module, *a: module.layer_idx)
    decode = layer_decoder.LayerDecoder.decode

    def decode_layer(self: Any, *args: Any, **kwargs: Any) -> Any:
        timers.layer = self.layer
        return decode(self, *args, **kwargs)

    layer_decoder.LayerDecoder.decode = timers.wrap(decode_layer, "decode", lambda self, *a: self.layer)
    for name in KERNELS:
        setattr(layer_decoder, name, timers.wrap(getattr(layer_decoder, name), "kernel", in_layer=True))
    hybrid_model.extend_features = timers.wrap(hybrid_model.extend_features, "features")


def measure(args: argparse.Namespace) -> dict[str, Any]:
    from headprog.bench.decode import Contender
    from headprog.data import models
    from headprog.evaluate.perplexity import evaluation_chunks, token_ids
    from headprog.hybrid import HybridModel
    from headprog.serving.engine import load_programs, resolve_heads

    timers = Timers()
    _instrument(timers)
    loaded = models.load(args.model)
    programs = load_programs(args.programs)
    heads = resolve_heads(loaded, programs, None, args.fraction)
    ids = torch.tensor([token_ids(c) for c in evaluation_chunks(loaded, "wiki", "eval", args.context, args.batch)])
    with HybridModel(loaded, programs, heads) as hybrid, torch.no_grad():
        for r in range(args.rounds + 1):
            order = ["native", "hybrid"] if r % 2 == 0 else ["hybrid", "native"]
            sides = {side: Contender(hybrid, side == "native", "cpu") for side in order}
            for side in order:
                timers.side = "warm-up"
                sides[side].prefill(ids)
                timers.close_step("warm-up", 0.0)
            for step in range(args.steps):
                for side in order if step % 2 == 0 else order[::-1]:
                    timers.side = side if r > 0 else "warm-up"
                    seconds = sides[side].step()
                    timers.close_step(timers.side, seconds)
        layers = []
        for layer, plan in sorted(hybrid.plans.items()):
            decoder = plan.decoder
            layers.append({
                "layer": layer, "native_heads": len(plan.native), "linear_programs": len(decoder.groups), "softmax_programs": len(decoder.others),
                "native_attention_us": timers.median_us("native", "attention", layer),
                "hybrid_decode_us": timers.median_us("hybrid", "decode", layer),
                "hybrid_kernel_us": timers.median_us("hybrid", "kernel", layer),
            })
        unsubstituted = [layer for layer in range(loaded.n_layers) if layer not in hybrid.plans]
    return {
        "model": args.model, "programs": args.programs, "fraction": args.fraction, "heads": len(heads),
        "context": args.context, "batch": args.batch, "steps": args.steps, "rounds": args.rounds, "layers": layers,
        "native_step_us": timers.median_us("native", "step"), "hybrid_step_us": timers.median_us("hybrid", "step"),
        "hybrid_features_us": timers.median_us("hybrid", "features"),
        # The hybrid decodes these layers with native-only layer decoders where the step allows, else through SDPA.
        "unsubstituted_attention_us": {
            side: sum(timers.median_us(side, "decode", layer) or timers.median_us(side, "attention", layer) or 0.0 for layer in unsubstituted)
            for side in ("native", "hybrid")
        },
    }


def markdown(payload: dict[str, Any]) -> str:
    layers = payload["layers"]
    lines = [
        "# Where a decode step's time goes, layer by layer",
        "",
        f"Model {payload['model']}, {payload['heads']} heads by programs ({payload['fraction']:.0%} by IoU, `{payload['programs']}`); "
        f"context {payload['context']}, batch {payload['batch']}; {payload['steps']} steps a round, native and hybrid alternating, "
        f"median of {payload['rounds']} rounds; microseconds per step, with timers on both sides. "
        f"Hardware: {payload['hardware'].get('processor')} ({payload['hardware'].get('cpus')} CPUs).",
        "",
        f"Command: `{payload['command']}`",
        "",
        f"Step: native {payload['native_step_us'] / 1000:.2f} ms, hybrid {payload['hybrid_step_us'] / 1000:.2f} ms; "
        f"the hybrid's token features {payload['hybrid_features_us']:.0f} us; the attention of the layers without substituted heads: "
        f"native (SDPA) {payload['unsubstituted_attention_us']['native']:.0f} us, hybrid (layer decoders with native heads only) "
        f"{payload['unsubstituted_attention_us']['hybrid']:.0f} us.",
        "",
        "| layer | native heads | linear programs | softmax programs | native attention (SDPA) | hybrid layer decode | of it, the kernel call |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in layers:
        lines.append(
            f"| {r['layer']} | {r['native_heads']} | {r['linear_programs']} | {r['softmax_programs']} | {r['native_attention_us']:.1f} "
            f"| {r['hybrid_decode_us']:.1f} | {r['hybrid_kernel_us']:.1f} |"
        )
    total = {key: sum(r[key] for r in layers) for key in ("native_attention_us", "hybrid_decode_us", "hybrid_kernel_us")}
    lines.append(f"| all | | | | {total['native_attention_us']:.0f} | {total['hybrid_decode_us']:.0f} | {total['hybrid_kernel_us']:.0f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.decode_layers", description=__doc__.split("\n\n")[0])
    add_hybrid_options(parser)
    parser.add_argument("--context", type=int, default=512, help="prompt tokens per row (default 512)")
    parser.add_argument("--batch", type=int, default=1, help="rows (default 1)")
    parser.add_argument("--steps", type=int, default=16, help="decode steps a round (default 16)")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--name", default="decode-layers", help="results file name (default decode-layers)")
    args = parser.parse_args(argv)
    return publish(args.name, measure(args), markdown, "benchmarks.decode_layers", argv)


if __name__ == "__main__":
    raise SystemExit(main())

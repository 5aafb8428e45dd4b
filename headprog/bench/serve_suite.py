"""The serve suite: the serving load test (:mod:`headprog.bench.load_test`) of the native and the hybrid server."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from headprog.bench.session import BenchSession

__all__ = ["run_serve"]


def run_serve(session: BenchSession, tick: Callable[[str], None], out: Path) -> dict[str, Any]:
    """Native and hybrid ``headprog serve`` under 1 to 8 streaming clients; writes ``serve.{json,md,png}`` into ``out``."""
    from headprog.bench.load_test import main

    quick = session.options.quick
    fraction = max((f for f in session.options.fractions if f > 0), default=0.25) if quick else 0.25
    argv = ["--programs", str(session.pset.folder), "--model", session.options.model, "--fraction", str(fraction),
            "--servers", "native,hybrid", "--out", str(out), "--name", "serve", "--quiet"]
    argv += ["--clients", "1,2", "--requests", "1", "--new-tokens", "4", "--prompt-tokens", "32", "--warmup", "0"] if quick else \
        ["--clients", "1,4,8", "--requests", "8", "--new-tokens", "32", "--prompt-tokens", "128"]
    tick("serve: load test of the native and the hybrid server")
    main(argv)
    payload = json.loads((out / "serve.json").read_text())
    keep = ("server", "clients", "requests", "failed", "truncated", "requests_per_s", "output_tokens_per_s", "ttft_s", "tpot_s")
    return {"rows": [{k: r[k] for k in keep} for r in payload["rows"]], "comparison": payload["comparison"], "fraction": fraction,
            "hybrid_heads": payload["hybrid_heads"], "details": "serve.json", "settings": argv}

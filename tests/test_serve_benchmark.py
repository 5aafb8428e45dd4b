"""The serving load benchmark's ``--quick`` run end to end, kept tiny: two real ``headprog serve`` subprocesses, the real openai client."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("prometheus_client")
pytest.importorskip("openai")

from benchmarks.serve import main  # noqa: E402
from headprog.data import models  # noqa: E402
from helpers.program_sets import write_set  # noqa: E402
from helpers.tiny_models import assign_classic  # noqa: E402

pytestmark = pytest.mark.slow


def test_quick_run_writes_every_figure_and_no_request_fails(tmp_path):
    lm = models.load("smollm2-135m")
    write_set(tmp_path / "programs", lm, assign_classic(lm))  # a classic program for every head; 5% of them (14) substituted
    out = tmp_path / "out"
    argv = [
        "--quick", "--programs", str(tmp_path / "programs"), "--fraction", "0.05", "--requests", "1", "--new-tokens", "3",
        "--prompt-tokens", "16", "--warmup", "0", "--out", str(out), "--name", "quick", "--quiet",
    ]  # fmt: skip
    assert main(argv) == 0
    data = json.loads((out / "quick.json").read_text())
    assert data["servers_run"] == ["native", "hybrid"] and data["clients"] == [1, 2] and data["new_tokens"] == 3
    assert [(e["server"], e["clients"]) for e in data["order"]] == [("native", 1), ("native", 2), ("hybrid", 2), ("hybrid", 1)]
    assert {(r["server"], r["clients"]) for r in data["rows"]} == {(k, n) for k in ("native", "hybrid") for n in (1, 2)}
    for row in data["rows"]:
        assert row["requests"] == row["clients"] and row["failed"] == 0 and row["truncated"] == 0, row["errors"]
        assert row["output_tokens"] == 3 * row["clients"] or "stop" in row["finish_reasons"]
        assert row["requests_per_s"] > 0 and row["output_tokens_per_s"] > 0 and row["mean_prompt_tokens"] > 16  # the chat template adds some
        for key in ("ttft_s", "tpot_s", "itl_s", "e2e_s"):
            assert set(row[key]) == {"p50", "p95", "p99", "mean"}
        assert 0 < row["ttft_s"]["p50"] <= row["e2e_s"]["p50"]
    hybrid = next(r for r in data["rows"] if r["server"] == "hybrid")
    assert data["hybrid_heads"] == 14 and hybrid["programs"] == [data["hybrid_programs_version"]] and data["hybrid_programs_version"] != "native"
    assert next(r for r in data["rows"] if r["server"] == "native")["programs"] == ["native"]
    assert {"torch", "transformers", "headprog", "openai"} <= set(data["versions"]) and data["hardware"]["cpus"]
    assert data["comparison"]["failed_or_lost"] == 0 and "hybrid_over_native" in data["comparison"]
    assert all(s[0]["exit_status"] == 0 for s in data["servers"].values())  # SIGINT stops headprog serve cleanly
    md = (out / "quick.md").read_text()
    assert "| hybrid | 2 | 2 | 0 | 0 |" in md and "## TPOT (ms)" in md and (out / "quick.png").stat().st_size > 0

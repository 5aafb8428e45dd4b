"""Acceptance of issue 21's first half, end to end on the bundled SmolLM2 (slow; kept small: six lines, layers 2 and 3).

Record a targeted set from a small text file (``extract --all``), score the
shipped programs on it, then ``check`` against the IoUs in the program
headers: it passes for the same checkpoint and fails, naming the drifted
heads, for a checkpoint whose layer-3 query and key projections were
perturbed (written here with safetensors from the converted bundled model
folder; its text recorded on the fly). Layer 2 sits below the perturbation,
so its heads must not drift; the pytest plugin fails a test for the perturbed
checkpoint too. Three model loads in all, the slow part on two cores.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from headprog.cli import main as cli_main

pytest_plugins = ["pytester"]

LINES = [
    "The little fox ran across the snowy field and stopped by the old oak tree.",
    "A baker in the village woke before dawn to make bread for the whole street.",
    "Tom found a key under the mat, opened the door and saw a room full of books.",
    "The ship sailed north for three weeks before the sailors saw the harbour lights.",
    "When the rain stopped, the children ran outside to play in the puddles.",
    "She wrote the letter twice, because the first one said too much.",
]
TEXT = ["--all", "--kinds", "line", "--layers", "2,3"]


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    """The text file, and a copy of the bundled checkpoint with layer 3's query and key weights perturbed."""
    from safetensors.numpy import load_file, save_file

    from headprog.data.models import bundled_model_dir, prepare_bundled_model

    root = tmp_path_factory.mktemp("audit_real")
    story = root / "stories.txt"
    story.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    source = prepare_bundled_model()
    perturbed = root / "perturbed"
    perturbed.mkdir()
    for f in bundled_model_dir().iterdir():
        if f.name not in ("model.safetensors", "headprog_fingerprint.json", "headprog_source.json"):
            shutil.copy(f, perturbed / f.name)
    weights = load_file(str(source / "model.safetensors"))
    rng = np.random.default_rng(0)
    for name in ("model.layers.3.self_attn.q_proj.weight", "model.layers.3.self_attn.k_proj.weight"):
        w = weights[name]
        weights[name] = (w + rng.standard_normal(w.shape).astype(w.dtype) * 3 * w.std()).astype(w.dtype)
    save_file(weights, str(perturbed / "model.safetensors"), metadata={"format": "pt"})
    return {"root": root, "story": str(story), "perturbed": str(perturbed)}


@pytest.mark.slow
def test_targeted_set_score_and_check_on_the_bundled_model(audit, capsys):
    root = audit["root"]
    assert cli_main(["extract", "--corpus", audit["story"], *TEXT, "--out", str(root / "store"), "--quiet"]) == 0
    assert "6 examples" in capsys.readouterr().out  # one per line of the file, though they are only 15-20 tokens
    assert cli_main(["score", "bundled", "--store", str(root / "store"), "--out", str(root / "scores"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "18 heads on 6 examples" in out and (root / "scores" / "scores.md").is_file() and (root / "scores" / "score_heatmap.png").is_file()

    # The same checkpoint: every head within 0.05 of the IoU its header records.
    assert cli_main(["check", "bundled", "--store", str(root / "store"), "--quiet"]) == 0
    assert "18 of 18 heads within the reference; passed" in capsys.readouterr().out

    junit = root / "check.xml"
    code = cli_main(["check", "bundled", "--model", audit["perturbed"], "--corpus", audit["story"], *TEXT, "--junit", str(junit), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1 and "another checkpoint of the same architecture" in out
    drifted = [line.split()[0] for line in out.splitlines() if line.startswith("  L")]
    assert len(drifted) >= 3 and all(h.startswith("L3H") for h in drifted), out
    failures = [c.get("name") for c in ET.parse(junit).getroot().iter("testcase") if c.find("failure") is not None]
    assert failures == drifted


@pytest.mark.slow
def test_pytest_plugin_fails_a_test_for_the_perturbed_checkpoint(audit, pytester):
    pytester.makepyfile(
        test_model=f"""
        def test_heads(headprog_check):
            headprog_check("bundled", model={audit["perturbed"]!r}, corpus={audit["story"]!r}, kinds=("line",), layers=[2, 3])
        """
    )
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*drifted heads (*of 18)*", "*L3H*"])
    assert "L2H" not in result.stdout.str().split("drifted heads")[1]


@pytest.mark.slow
def test_targeted_resynthesis_of_two_bundled_heads_leaves_every_other_file_alone(audit, tmp_path, capsys):
    """``synthesize --into`` on a targeted store of the bundled model: only the two heads' files (and their old ladders) may change."""
    from headprog.data.bundled_programs import bundled_programs

    store = audit["root"] / "store"
    if not (store / "manifest.json").is_file():  # recorded by the test above when it ran first
        assert cli_main(["extract", "--corpus", audit["story"], *TEXT, "--out", str(store), "--quiet"]) == 0
    programs = tmp_path / "programs"
    shutil.copytree(bundled_programs("bundled"), programs)
    before = {p.relative_to(programs): p.read_bytes() for p in programs.rglob("*") if p.is_file()}
    assert cli_main(["synthesize", "--store", str(store), "--heads", "L3H5,L3H6", "--into", str(programs), "--max-terms", "4", "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "L3H5" in out and "L3H6" in out
    after = {p.relative_to(programs): p.read_bytes() for p in programs.rglob("*") if p.is_file()}
    changed = {str(p) for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    allowed = {"manifest.json", "L3H5.py", "L3H6.py", "ladders/L3H5.py", "ladders/L3H6.py"}
    assert "manifest.json" in changed and changed <= allowed, sorted(changed - allowed)

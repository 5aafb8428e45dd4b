"""Audit workflows: head roles (classify), diff of program sets and of checkpoints, targeted re-synthesis, per-head audit.

Tiny random models and synthetic stores test the code paths; one slow test
audits two heads of the bundled model with tiny evaluation sizes.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
import torch

from headprog.audit.checkpoints import compare_checkpoints
from headprog.audit.diffing import diff_sets
from headprog.audit.head_costs import audit_units, run_audit
from headprog.audit.resynthesis import resynthesize_into, targeted_split
from headprog.attention import store as store_mod
from headprog.attention.store import Example
from headprog.cli import main
from headprog.data.bundled_programs import bundled_programs
from headprog.data.tokens import tokenizer_surfaces
from headprog.errors import HeadprogError
from headprog.language import parse_text
from headprog.language.program_set import heads_by_role, load_program_set
from headprog.synthesis.search import SearchOptions
from headprog.testing import synthetic_store
from helpers.program_sets import write_set
from helpers.tiny_models import CLASSIC, TEXT, assign_classic, save_tiny_model

FAST = SearchOptions(fit_passages=12, fit_sentences=24)
RULES = {"previous token": "k == q - 1", "first token": "k == 0", "sentence start": "k == sentence_start(q)"}


# -- classify and diff of program sets ------------------------------------------------------------


def test_classify_groups_heads_as_the_report_does(capsys):
    pset = load_program_set(bundled_programs())
    assert main(["classify", "bundled", "--json", "-", "--quiet"]) == 0
    result = json.loads(capsys.readouterr().out)
    groups = {g["role"]: g["heads"] for g in result["roles"]}
    assert groups == heads_by_role(pset.heads) and sum(map(len, groups.values())) == len(pset.heads) == 270
    assert {h["structure"] for h in result["heads"]} <= {"selector", "band", "dense", "dense (linear)"}
    assert main(["classify", "bundled", "--heads", "L0H0,L99H0", "--quiet"]) == 2  # a head the set has no program for


def test_diff_of_bundled_and_tuned_names_exactly_the_tuned_heads():
    a, b = load_program_set(bundled_programs()), load_program_set(bundled_programs("bundled-tuned"))
    result = diff_sets(a, b)
    changed = set(result["summary"]["programs_changed"])
    assert changed == {n for n in a.heads if a.heads[n]["program_hash"] != b.heads[n]["program_hash"]} == set(b.extra["tuning"]["heads"])
    rows = {h["head"]: h for h in result["heads"]}
    assert all(rows[n]["unified_diff"].startswith("--- a/") for n in changed)
    assert not any(rows[n]["unified_diff"] for n in set(a.heads) - changed)


def _bump_constant(folder: Path, name: str) -> None:
    """Change one constant of a head's program and record the new hash, as a tuning step would."""
    path = folder / f"{name}.py"
    text = path.read_text()
    old = text.split("return ", 1)[1].split(" ", 1)[0]
    path.write_text(text.replace(f"return {old} ", f"return {float(old) * 2 + 0.5!r} ", 1))
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["heads"][name]["program_hash"] = parse_text(path.read_text()).program().hash
    (folder / "manifest.json").write_text(json.dumps(manifest))


def test_diff_of_a_tuned_copy_made_here(tmp_path, capsys):
    src = bundled_programs()
    copy = tmp_path / "tuned"
    shutil.copytree(src, copy)
    for name in ("L2H3", "L20H1"):
        _bump_constant(copy, name)
    header_only = copy / "L5H5.py"
    header_only.write_text(header_only.read_text().replace("fitted for L5H5", "fitted for L5H5 (reviewed)"))
    assert main(["diff", str(src), str(copy), "--out", str(tmp_path / "d"), "--exit-code", "--quiet"]) == 1
    result = json.loads((tmp_path / "d" / "diff.json").read_text())
    s = result["summary"]
    assert s["programs_changed"] == ["L2H3", "L20H1"] and s["constants_changed"] == ["L2H3", "L20H1"]
    assert s["header_only"] == ["L5H5"] and s["role_changed"] == [] and len(s["unchanged"]) == 267
    md = (tmp_path / "d" / "diff.md").read_text()
    assert "| L2H3 | constants changed |" in md and "### L20H1" in md and "```diff" in md
    capsys.readouterr()
    assert main(["diff", str(src), str(src), "--exit-code", "--quiet"]) == 0
    assert "0 of 270 heads have a changed program" in capsys.readouterr().out


# -- one program set on two checkpoints -----------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory):
    from headprog.data import models

    folder = save_tiny_model(tmp_path_factory.mktemp("audit") / "llama", "llama", seed=0)
    return models.load(str(folder), attn_implementation="eager")


def _examples(lm, texts: list[str]) -> list[Example]:
    out = []
    for i, text in enumerate(texts):
        ids = lm.tokenizer(text)["input_ids"]
        out.append(Example(i, "heldout", "passage", f"t{i}", ids, tokenizer_surfaces(lm.tokenizer, ids)))
    return out


def test_one_set_on_two_checkpoints(tiny_llama, tmp_path):
    pset = write_set(tmp_path / "p", tiny_llama, assign_classic(tiny_llama))
    examples = _examples(tiny_llama, [TEXT, "the cat sat on the mat . the dog ran ."])
    perturbed = dataclasses.replace(tiny_llama, model=_perturbed_copy(tiny_llama, layer=1), fingerprint="sha256:perturbed")
    result = compare_checkpoints(pset, [tiny_llama, perturbed], examples)
    rows = {r["head"]: r for r in result["heads"]}
    assert len(rows) == tiny_llama.n_layers * tiny_llama.n_heads and result["examples"] == 2
    assert all(rows[f"L0H{h}"]["delta"] == 0 for h in range(4))  # layer 0 runs before the perturbed layer
    assert any(rows[f"L1H{h}"]["delta"] != 0 for h in range(4))
    same = compare_checkpoints(pset, [tiny_llama, tiny_llama], examples[:1])
    assert all(r["delta"] == 0 for r in same["heads"])
    with pytest.raises(HeadprogError, match="none of the checkpoints"):
        compare_checkpoints(pset, [perturbed, perturbed], examples)
    with pytest.raises(HeadprogError, match="empty"):
        compare_checkpoints(pset, [tiny_llama, perturbed], [])


def _perturbed_copy(lm, layer: int):
    import copy

    model = copy.deepcopy(lm.model)
    with torch.no_grad():
        q = model.model.layers[layer].self_attn.q_proj.weight
        q.add_(torch.randn(q.shape, generator=torch.Generator().manual_seed(0)) * 2.0)
    return model


# -- targeted re-synthesis ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def synthetic_model():
    return SimpleNamespace(name="synthetic", fingerprint="sha256:synthetic", spec="synthetic", family="llama", n_layers=1, n_heads=3)


def test_targeted_resynthesis_writes_only_better_programs(synthetic_model, tmp_path, capsys):
    original = synthetic_store(tmp_path / "orig", RULES, examples=6, heldout=3, seed=0)
    targeted = synthetic_store(tmp_path / "targeted", RULES, examples=6, heldout=3, seed=1)
    # Head 0 (which follows the previous token) starts with a wrong program, heads 1 and 2 with the rules they follow.
    programs = {(0, 0): CLASSIC["uniform_causal"], (0, 1): CLASSIC["first_token"], (0, 2): CLASSIC["sentence_start_head"]}
    pset = write_set(tmp_path / "p", synthetic_model, programs)
    before = {p.name: p.read_bytes() for p in pset.folder.iterdir()}
    argv = ["synthesize", "--store", str(targeted), "--heads", "L0H0,L0H1", "--into", str(pset.folder),
            "--original-store", str(original), "--max-terms", "4", "--tables", "none", "--quiet"]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    after = load_program_set(pset.folder)
    record = after.heads["L0H0"]
    assert record["source"] == "targeted" and record["fitted_on"]["examples"] == list(range(6))
    assert [s["examples"] for s in record["scored_on"]] == [[6, 7, 8], [6, 7, 8]]
    assert "L0H0 | " in printed and "new program" in printed and "held-out union" in printed
    run = after.extra["resynthesis"][-1]["heads"]
    assert run["L0H0"]["replaced"] and run["L0H0"]["new_iou"] > run["L0H0"]["old_iou"]
    assert run["L0H1"]["replaced"] == (run["L0H1"]["new_iou"] > run["L0H1"]["old_iou"])
    header = (pset.folder / "L0H0.py").read_text()
    assert "fitted on its examples 0-5" in header and "replaced_iou=" in header and "original_heldout_iou=" in header
    for name, data in before.items():  # every file but the manifest and the replaced programs is byte-identical
        if name != "manifest.json" and not (name[:-3] in run and run[name[:-3]]["replaced"]):
            assert (pset.folder / name).read_bytes() == data, name


def test_targeted_resynthesis_errors(synthetic_model, tmp_path):
    targeted = synthetic_store(tmp_path / "t", RULES, examples=6, heldout=3)
    pset = write_set(tmp_path / "p", synthetic_model, {(0, 0): CLASSIC["uniform_causal"]})
    other_model = SimpleNamespace(**{**vars(synthetic_model), "fingerprint": "sha256:other"})
    other = write_set(tmp_path / "o", other_model, {(0, 0): CLASSIC["uniform_causal"]})
    with pytest.raises(HeadprogError, match="holds programs for"):
        resynthesize_into(targeted, other.folder, [(0, 0)], FAST)
    with pytest.raises(HeadprogError, match="does not exist"):
        resynthesize_into(targeted, pset.folder, [(0, 7)], FAST)
    tiny = synthetic_store(tmp_path / "tiny", RULES, examples=2, heldout=0)
    with pytest.raises(HeadprogError, match="at least 3"):
        targeted_split(store_mod.open(tiny))
    assert main(["synthesize", "--store", str(targeted), "--quiet"]) == 2  # neither --out nor --into


# -- per-head audit -------------------------------------------------------------------------------


def test_audit_units_and_sorted_costs(tiny_llama, tmp_path):
    from headprog.data.multiple_choice import load_multiple_choice
    from helpers.tiny_models import write_piqa

    pset = write_set(tmp_path / "p", tiny_llama, {k: v for k, v in assign_classic(tiny_llama).items() if k != (2, 3)})
    with pytest.raises(HeadprogError, match="does not exist"):
        audit_units(pset, tiny_llama, ["L9H0"])
    with pytest.raises(HeadprogError, match="no program for head L2H3"):
        audit_units(pset, tiny_llama, ["L2H3"])
    assert [u.heads for u in audit_units(pset, tiny_llama, layers=[2], whole_layer=True)] == [("L2H0", "L2H1", "L2H2")]
    chunks = [tiny_llama.tokenizer(t)["input_ids"] for t in (TEXT, "the cat sat on the mat . the dog ran to the mat .")]
    qa = load_multiple_choice(write_piqa(tmp_path / "qa.jsonl"))
    units = audit_units(pset, tiny_llama, ["L0H0", "L1H2", "L2H1"]) + audit_units(pset, tiny_llama, layers=[1], whole_layer=True)
    result = run_audit(tiny_llama, pset, units, chunks, qa, backend="reference")
    kls = [r["kl"] for r in result["units"]]
    assert kls == sorted(kls, reverse=True) and all(k > 0 for k in kls) and result["restored"]
    assert {r["unit"] for r in result["units"]} == {"L0H0", "L1H2", "L2H1", "L1 (4 heads)"}
    assert all(r["nll_delta_se"] is not None and r["qa_delta"] is not None for r in result["units"])
    with pytest.raises(HeadprogError, match="empty"):
        run_audit(tiny_llama, pset, units, [], qa, backend="reference")


@pytest.mark.slow
def test_audit_two_bundled_heads(tmp_path, capsys):
    argv = ["audit", "bundled", "--heads", "L3H5,L16H0", "--examples", "2", "--max-tokens", "24", "--qa-items", "0",
            "--backend", "reference", "--out", str(tmp_path), "--quiet"]
    assert main(argv) == 0
    result = json.loads((tmp_path / "audit.json").read_text())
    assert [r["unit"] for r in result["units"]] == sorted(["L3H5", "L16H0"], key=lambda u: -next(r["kl"] for r in result["units"] if r["unit"] == u))
    assert result["restored"] and result["tokens"] == 46
    assert "| L3H5 | first token (sink) + local window |" in capsys.readouterr().out  # the role its ladder gives it

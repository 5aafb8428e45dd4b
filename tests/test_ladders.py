"""Explanation ladders: recovery of known rules on rung 1, the ladder files and records, role labels, rungs in the runtime and the CLI."""

from __future__ import annotations

import json
import shutil

import pytest
import torch

from headprog.cli import main
from headprog.errors import HeadprogError
from headprog.language import format_file, parse_file, parse_text
from headprog.language.ladder import Ladder, Rung, rung_program
from headprog.language.program_set import load_program_set
from headprog.synthesis.roles import family_label, label_roles
from headprog.synthesis.search import SearchOptions
from headprog.synthesis.synthesize import SynthesisOptions, synthesize
from headprog.testing import synthetic_store

RULES = {
    "previous token": "k == q - 1",
    "first token (sink)": "k == 0",
    "induction": "prev_token(k) == token(q)",
    "sentence start": "k == sentence_start(q)",
    "previous token + first token (sink)": "0.7 * (k == q - 1) + 0.3 * (k == 0)",
}
FAST = SearchOptions(fit_passages=8, fit_sentences=16, max_terms=6)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return synthetic_store(tmp_path_factory.mktemp("ladder") / "store", RULES, examples=16, heldout=8)


@pytest.fixture(scope="module")
def programs(store, tmp_path_factory):
    return synthesize(store, tmp_path_factory.mktemp("ladder") / "programs", SynthesisOptions(search=FAST, workers=1, progress=False))


@pytest.mark.parametrize("head", range(4))
def test_a_known_rule_is_rung_one(programs, head):
    record = programs.heads[f"L0H{head}"]
    first = record["ladder"]["rungs"][0]
    assert first["terms"] == 1 and first["role"] == list(RULES)[head], record["ladder"]
    assert first["heldout_iou"] >= 0.95
    assert record["role"] == list(RULES)[head] and record["role_share"] >= 0.95


def test_a_mixture_needs_two_rungs(programs):
    record = programs.heads["L0H4"]
    assert record["role"] == "previous token + first token (sink)"
    rungs = record["ladder"]["rungs"]
    assert rungs[0]["heldout_iou"] < 0.8 and rungs[1]["terms"] == 2 and rungs[1]["heldout_iou"] >= 0.95


def test_ladder_files_are_canonical_non_decreasing_and_match_the_manifest(programs):
    for name, record in programs.heads.items():
        ladder = Ladder.from_record(name, record)
        ious = [iou for _, iou in ladder.ious()[:-1]]
        assert ious == sorted(ious) and len(set(t for t, _ in ladder.ious())) == len(ladder.ious())
        path = programs.folder / ladder.file
        file = parse_file(path)
        assert format_file(file) == path.read_text()
        for rung in ladder.rungs:
            program = file.program(rung.program)
            assert program.hash == rung.program_hash and program.label == f"{rung.terms} term" + ("s" if rung.terms > 1 else "")
            assert program.head == name


def test_block_scores_equal_the_reference_backend_on_the_file(programs, store):
    from headprog.attention import store as store_mod
    from headprog.synthesis.scoring import score_program

    st = store_mod.open(store)
    record = programs.heads["L0H4"]
    for rung in record["ladder"]["rungs"]:
        program = programs.program("L0H4", rung["terms"])
        scores = score_program(program, st, 0, 4, st.examples_of("heldout"))
        assert scores.iou == pytest.approx(rung["heldout_iou"], abs=2e-4)


def test_rung_lookup_takes_the_largest_rung_and_the_full_program_past_the_ladder(programs):
    record = programs.heads["L0H0"]
    sizes = [r["terms"] for r in record["ladder"]["rungs"]]
    assert programs.program("L0H0", 1).name == "L0H0_1"
    assert programs.program("L0H0", 7).name == f"L0H0_{max(s for s in sizes if s <= 7)}"
    assert programs.program("L0H0", record["ladder"]["full_terms"]).name == "L0H0"
    with pytest.raises(HeadprogError, match="at least 1 term"):
        programs.program("L0H0", 0)
    bare = {k: v for k, v in record.items() if k != "ladder"}
    with pytest.raises(HeadprogError, match="headprog ladder"):
        rung_program(programs.folder, "L0H0", bare, 1)


def test_same_seed_gives_identical_ladders(store, programs, tmp_path):
    again = synthesize(store, tmp_path / "again", SynthesisOptions(search=FAST, workers=1, progress=False, heads=[(0, 4)]))
    assert again.heads["L0H4"]["ladder"] == programs.heads["L0H4"]["ladder"]
    assert (tmp_path / "again" / "ladders" / "L0H4.py").read_bytes() == (programs.folder / "ladders" / "L0H4.py").read_bytes()


def test_ladder_command_adds_ladders_to_a_set_without_them(store, programs, tmp_path, capsys):
    folder = tmp_path / "old"
    shutil.copytree(programs.folder, folder)
    shutil.rmtree(folder / "ladders")
    data = json.loads((folder / "manifest.json").read_text())
    for record in data["heads"].values():
        for key in ("ladder", "role", "role_share", "role_gain"):
            record.pop(key)
    (folder / "manifest.json").write_text(json.dumps(data))
    assert "ladder" not in load_program_set(folder).heads["L0H0"]  # an old set still loads
    assert main(["ladder", str(folder), "--store", str(store), "--quiet"]) == 0
    assert "0 labelled mixed" in capsys.readouterr().out
    pset = load_program_set(folder)
    for name, record in pset.heads.items():
        assert record["role"] == programs.heads[name]["role"]
        assert record["ladder"]["rungs"][0]["added"] == programs.heads[name]["ladder"]["rungs"][0]["added"]
    assert main(["show", str(folder / "L0H0.py"), "--rung", "1", "--text", "the cat sat on the mat"]) == 0
    assert "== L0H0_1" in capsys.readouterr().out
    assert main(["report", str(folder), "--out", str(tmp_path / "report")]) == 0
    report = (tmp_path / "report" / "report.md").read_text()
    assert "## Roles per layer" in report and "### L0H4: previous token + first token (sink)" in report
    assert any(spark in report for spark in "▁▂▃▄▅▆▇█")


def _ladder(ious: list[tuple[int, float, str]], full: float = 0.8, uniform: float = 0.2, full_terms: int = 16) -> Ladder:
    rungs = tuple(Rung(t, f"L0H0_{t}", role, role, {"heldout_iou": iou}) for t, iou, role in ious)
    return Ladder("L0H0", rungs, {"heldout_iou": full}, {"heldout_iou": uniform}, full_terms)


def test_role_labels_from_the_ladder():
    one = label_roles(_ladder([(1, 0.6, "previous token"), (2, 0.7, "first token (sink)")]))
    assert one.label == "previous token" and one.terms == 1 and one.share == pytest.approx(0.75)
    two = label_roles(_ladder([(1, 0.4, "previous token"), (2, 0.55, "first token (sink)")]))
    assert two.label == "previous token + first token (sink)" and two.terms == 2
    mixed = label_roles(_ladder([(1, 0.3, "a"), (2, 0.35, "b"), (3, 0.45, "c"), (5, 0.7, "d")]))
    assert mixed.label == "mixed" and mixed.terms == 0
    assert label_roles(_ladder([(1, 0.205, "a")], full=0.205)).label == "broad (near uniform)"
    short = Ladder("L0H0", (Rung(1, "L0H0_1", "a", "previous token", {"heldout_iou": 0.3}),), {"heldout_iou": 0.8},
                   {"heldout_iou": 0.2}, 2, order=(("a", "previous token"), ("b", "duplicate token")))
    assert label_roles(short).label == "previous token + duplicate token"
    assert family_label({"induction": 3.0, "local": 1.0}) == "induction" and family_label({"a": 1.0, "b": 1.0, "c": 1.0}) == "mixed"


def test_the_hybrid_runtime_runs_a_rung(tiny_llama_set, tmp_path):
    from headprog.hybrid import HybridModel

    lm, pset = tiny_llama_set
    ids = torch.tensor([[1, 5, 7, 9, 5, 7, 2, 3]])
    with HybridModel(lm, pset, ["L0H1"], backend="reference", rung=1) as hybrid:
        assert hybrid.program("L0H1").name == "L0H1_1"
        rung = hybrid(ids).logits
    with HybridModel(lm, {"L0H1": pset.program("L0H1", 1)}, ["L0H1"], backend="reference") as hybrid:
        assert torch.allclose(rung, hybrid(ids).logits)
    with HybridModel(lm, pset, ["L0H1"], backend="reference") as hybrid:
        assert hybrid.program("L0H1").name == "L0H1"
        assert not torch.allclose(rung, hybrid(ids).logits)


@pytest.fixture(scope="module")
def tiny_llama_set(tmp_path_factory):
    from headprog.data import models
    from helpers.program_sets import write_set
    from helpers.tiny_models import save_tiny_model

    folder = tmp_path_factory.mktemp("tiny") / "llama"
    save_tiny_model(folder, "llama")
    lm = models.load(str(folder))
    header = '"""\nfeatures: v1\n"""\n'
    full = parse_text(header + '@program(normalize="weights")\ndef L0H1(q, k):\n    return 0.7 * (k == q - 1) + 0.3 * (k == 0)\n').program()
    pset = write_set(tmp_path_factory.mktemp("set"), lm, {(0, 1): full})
    text = header + '\n\n@program(normalize="weights", fallback="first", head="L0H1", label="1 term")\ndef L0H1_1(q, k):\n    return 1.0 * (k == 0)\n'
    (pset.folder / "ladders").mkdir()
    (pset.folder / "ladders" / "L0H1.py").write_text(text)
    rung = parse_text(text).program()
    pset.heads["L0H1"]["ladder"] = Ladder("L0H1", (Rung(1, "L0H1_1", "first", "first token (sink)", {"heldout_iou": 0.5}, rung.hash),),
                                          {}, {"heldout_iou": 0.1}, 2, "ladders/L0H1.py").to_record()
    pset.save()
    return lm, load_program_set(pset.folder)

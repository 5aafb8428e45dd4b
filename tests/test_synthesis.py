"""Synthesis: recovery of known rules, scoring, determinism, resumability, artifacts."""

from __future__ import annotations

import json

import numpy as np
import pytest

from headprog.cli import main
from headprog.features import SUPPORTED_VERSIONS
from headprog.language.program_set import load_program_set
from headprog.synthesis.scoring import js_distance, soft_iou
from headprog.synthesis.search import SearchOptions
from headprog.synthesis.synthesize import SynthesisOptions, synthesize
from headprog.testing import synthetic_store

RULES = {
    "previous token": "k == q - 1",
    "first token": "k == 0",
    "induction": "prev_token(k) == token(q)",
    "sentence start": "k == sentence_start(q)",
    "mixture 0.7/0.3": "0.7 * (k == q - 1) + 0.3 * (k == 0)",
}
FAST = SearchOptions(fit_passages=12, fit_sentences=24)


@pytest.fixture(scope="module")
def rule_store(tmp_path_factory):
    return synthetic_store(tmp_path_factory.mktemp("rules") / "store", RULES, examples=24, heldout=8)


@pytest.fixture(scope="module")
def rule_programs(rule_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("rules") / "programs"
    return synthesize(rule_store, out, SynthesisOptions(search=FAST, workers=1, progress=False))


def test_soft_iou_definition():
    a = np.array([[1.0, 0.0], [0.5, 0.5]])
    assert soft_iou(a, a) == pytest.approx(1.0)
    p = np.array([[1.0, 0.0], [1.0, 0.0]])
    # rows: min sums 1 + 0.5, max sums 1 + 1 (+ clipped zeros)
    assert soft_iou(a, p) == pytest.approx(1.5 / 2.5, abs=1e-9)
    assert soft_iou(a, np.full((2, 2), np.nan)) == 0.0
    assert js_distance(a, a) == pytest.approx(0.0, abs=1e-9)
    assert 0 < js_distance(a, p) <= 1


@pytest.mark.parametrize("head", range(len(RULES)))
def test_known_rules_are_recovered(rule_programs, head):
    record = rule_programs.heads[f"L0H{head}"]
    assert record["heldout_iou"] >= 0.95, (list(RULES)[head], record)


def test_artifacts_are_canonical_and_scored(rule_programs):
    from headprog.language import format_file, parse_file

    folder = rule_programs.folder
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["format"] == "headprog-programs/1"
    assert manifest["model"]["fingerprint"] == "sha256:synthetic"
    for name, record in manifest["heads"].items():
        path = folder / record["file"]
        file = parse_file(path)
        assert format_file(file) == path.read_text()  # canonical
        assert file.programs[0].hash == record["program_hash"]
        assert file.header.head == name
        # the layer template was pruned to at most max_terms weighted terms
        assert path.read_text().count(" * (") <= FAST.max_terms
        scores = file.header.scores_dict
        assert float(scores["heldout_iou"]) == pytest.approx(record["heldout_iou"], abs=1e-4)
    # the set declares the newest feature library any of its programs needs
    declared = {parse_file(folder / r["file"]).programs[0].features_version for r in manifest["heads"].values()}
    assert manifest["feature_library"] == max(declared, key=SUPPORTED_VERSIONS.index)
    lib = manifest["library"]
    assert lib["heads"] == len(RULES) and lib["distinct_structures"] <= lib["distinct_programs"] <= len(RULES)


def test_too_many_terms_is_refused_before_any_work(rule_store, tmp_path):
    from headprog.errors import HeadprogError

    with pytest.raises(HeadprogError, match=r"max terms must be 1..28 \(with 4 tables"):
        synthesize(rule_store, tmp_path / "p", SynthesisOptions(search=SearchOptions(max_terms=48), workers=1, progress=False))
    assert not (tmp_path / "p").exists()


def test_word_class_programs_name_their_classes():
    from headprog.synthesis.search import Fitted
    from headprog.synthesis.synthesize import offline_program
    from headprog.language.printer import format_expr
    from headprog.synthesis.terms import DEFAULT_TABLES, TERMS, table_terms

    by_name = {t.name: t for t in [*TERMS, *table_terms(DEFAULT_TABLES)]}
    chosen = [by_name[n] for n in ("prev", "same_word_class", "self-by-class preposition", "key-class sentence end")]
    program = offline_program(Fitted(chosen, [1.0, 0.25, 2.0, 0.5], 0.9, "mixed", "L3H1"), 3, 1)
    assert program.features_version == "v4"  # the table built-in
    assert program.doc.startswith("Word classes: 0 content word, 1 continuation, 2 determiner")
    # each table on a line of its own, named after its family; the inlined expression computes the same
    assert [name for name, _ in program.bindings] == ["self_by_class", "key_class"]  # in the order the terms came
    text = format_expr(program.expr)
    assert "(k == q) * table(word_class(q), 0.0, 0.0, 0.0, 0.0, 2.0, 0.0" in text
    assert "table(word_class(k), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0, 0.0)" in text


def test_unknown_tables_are_refused_before_any_work(rule_store, tmp_path):
    from headprog.errors import HeadprogError

    with pytest.raises(HeadprogError, match="tables must be distinct names among key-class, first-by-class"):
        synthesize(rule_store, tmp_path / "p", SynthesisOptions(search=SearchOptions(tables=("key-class", "colour")), workers=1, progress=False))
    assert not (tmp_path / "p").exists()


def test_table_programs_compute_the_mixture_of_their_entries():
    """A family of table entries written as one table(...) scores exactly what the entries fitted."""
    from headprog.compiler.reference import evaluate
    from headprog.features import compute_features
    from headprog.synthesis.search import Fitted
    from headprog.synthesis.synthesize import offline_program
    from headprog.synthesis.terms import TABLE_FAMILIES, TERMS, table_terms, term_ir
    from headprog.data.tokens import SimpleTokenizer

    rng = np.random.default_rng(0)
    chosen = [t for t in TERMS if t.name in ("prev", "first")] + table_terms(list(TABLE_FAMILIES))
    weights = [float(f"{w:.3g}") for w in rng.uniform(-2.0, 2.0, len(chosen))]  # as a program file writes them
    program = offline_program(Fitted(chosen, weights, 0.9, "mixed", "L2H0"), 2, 0)
    ids, pieces = SimpleTokenizer().tokenize("The cat sat on the mat, and then it ran away. Did 42 dogs bark?\nYes: they did!")
    features = compute_features(ids, pieces)
    t = len(ids)
    expected = sum(w * np.broadcast_to(evaluate(term_ir(term.text), features), (t, t)) for term, w in zip(chosen, weights))
    got = np.broadcast_to(evaluate(program.expr, features), (t, t))
    causal = np.tril(np.ones((t, t), dtype=bool))
    np.testing.assert_allclose(got[causal], expected[causal], atol=1e-9)


def test_same_seed_gives_identical_files_and_resume_matches(rule_store, rule_programs, tmp_path):
    # A second run in two parts (as if stopped after the first head) gives the same bytes.
    out = tmp_path / "resumed"
    synthesize(rule_store, out, SynthesisOptions(heads=[(0, 0)], search=FAST, workers=1, progress=False))
    partial = load_program_set(out)
    assert list(partial.heads) == ["L0H0"]
    synthesize(rule_store, out, SynthesisOptions(search=FAST, workers=1, progress=False))
    for path in sorted(rule_programs.folder.glob("*.py")):
        assert (out / path.name).read_text() == path.read_text()


def test_cli_synthesize_and_report(rule_store, tmp_path, capsys):
    out = tmp_path / "p"
    assert main(["synthesize", "--store", str(rule_store), "--out", str(out), "--heads", "L0H0,L0H1", "--quiet", "--workers", "1"]) == 0
    assert "2 heads" in capsys.readouterr().out
    assert main(["report", str(out), "--out", str(tmp_path / "r")]) == 0
    report = (tmp_path / "r" / "report.md").read_text()
    assert "| 0 | 2 |" in report and (tmp_path / "r" / "iou_heatmap.png").stat().st_size > 1000


def test_cli_tables_option(rule_store, tmp_path, capsys):
    out = tmp_path / "plain"
    args = ["synthesize", "--store", str(rule_store), "--heads", "L0H1", "--quiet", "--workers", "1"]
    assert main(args + ["--out", str(out), "--tables", "none"]) == 0
    assert "table(" not in (out / "L0H1.py").read_text()
    assert json.loads((out / "manifest.json").read_text())["search"]["tables"] == []
    assert main(args + ["--out", str(tmp_path / "bad"), "--tables", "key-class,colour"]) == 2
    assert "tables must be distinct names among key-class" in capsys.readouterr().err


def test_bad_heads_and_store_errors(rule_store, tmp_path, capsys):
    assert main(["synthesize", "--store", str(rule_store), "--out", str(tmp_path / "x"), "--heads", "L9H0"]) == 2
    assert "no head L9H0" in capsys.readouterr().err
    assert main(["synthesize", "--store", str(tmp_path / "missing"), "--out", str(tmp_path / "y")]) == 2
    assert "not an attention store" in capsys.readouterr().err


def test_linear_programs_are_chosen_and_compile_to_running_sums(rule_store, rule_programs, tmp_path):
    """Mixture rules are linear: the search keeps linear programs, and they compile to running sums."""
    from dataclasses import replace

    from headprog.compiler.compiling import compile_program
    from headprog.language import parse_file

    modes = {}
    for name, record in rule_programs.heads.items():
        program = parse_file(rule_programs.folder / record["file"]).programs[0]
        modes[name] = program.normalize
        if program.normalize == "weights":
            assert compile_program(program, "numba").structure.linear is not None, name
    assert "weights" in modes.values()
    # A negative tolerance keeps softmax programs only.
    out = tmp_path / "softmax-only"
    synthesize(rule_store, out, SynthesisOptions(heads=[(0, 4)], search=replace(FAST, linear_tolerance=-1.0), workers=1, progress=False))
    assert parse_file(out / "L0H4.py").programs[0].normalize == "softmax"

"""Audit, first half: targeted example sets, store integrity, ``score``, ``check``, JUnit and the pytest plugin.

On tiny random models and synthetic stores (code paths only; no figure comes
from them). The end-to-end run on the bundled model is in
tests/test_audit_acceptance.py.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from types import SimpleNamespace

import pytest

from headprog.attention import store
from headprog.attention.extract import ExtractOptions, extract
from headprog.attention.store import StoreError
from headprog.audit.check import CheckOptions, check_checkpoint, check_table
from headprog.audit.compat import AuditError, relate
from headprog.audit.junit import JUnitCase, junit_xml
from headprog.audit.score_report import write_score_report
from headprog.audit.scoring import length_band, load_scores, score_program_set
from headprog.cli import main as cli_main
from headprog.language import parse_text
from headprog.testing import synthetic_store
from helpers.program_sets import write_set
from helpers.tiny_models import save_tiny_model

pytest_plugins = ["pytester"]

STORY = """the cat sat on the mat .
the dog ran to the mat , and the cat sat .

Paris is the capital of France ! It was 1999 .
"""


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit_tiny")
    (root / "story.txt").write_text(STORY, encoding="utf-8")
    return {"llama": str(save_tiny_model(root / "llama", "llama", seed=0)), "story": str(root / "story.txt"), "root": root}


def whole(tiny, **kw) -> ExtractOptions:
    return ExtractOptions(**{"model": tiny["llama"], "corpus": tiny["story"], "all": True, "kinds": ("document",), "max_tokens": 64, "shard_examples": 2, **kw})


# ---------------------------------------------------------------------------
# targeted example sets


def test_extract_all_records_every_unit_whole_in_file_order(tiny, tmp_path):
    m = extract(tmp_path / "s", whole(tiny, kinds=("document", "line", "sentence")), progress=False)
    kinds = [e.kind for e in m.examples]
    assert kinds == ["document"] * 2 + ["line"] * 3 + ["sentence"] * 3 and {e.split for e in m.examples} == {"all"}
    st = store.open(tmp_path / "s")
    # BOS plus the words of each line, as given: no length window.
    assert [e.length for e in st.examples_of(kind="line")] == [1 + 7, 1 + 12, 1 + 11]
    assert m.corpus["all"] is True and m.options["all"] is True
    assert st.pattern(0, 0, st.examples[-1]).shape == (st.examples[-1].length,) * 2


def test_extract_all_errors(tiny, tmp_path):
    with pytest.raises(StoreError, match=r"document 1 of .*story.txt \(document 'story.txt:0'.*has 20 tokens, more than --max-tokens 12"):
        extract(tmp_path / "a", whole(tiny, max_tokens=12), progress=False)
    with pytest.raises(StoreError, match="--all records whole units"):
        extract(tmp_path / "b", whole(tiny, kinds=("passage",)), progress=False)
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(Exception, match="holds no text"):
        extract(tmp_path / "c", whole(tiny, corpus=str(blank)), progress=False)
    assert cli_main(["extract", "--model", tiny["llama"], "--corpus", tiny["story"], "--all", "--examples", "3", "--out", str(tmp_path / "d")]) == 2


def test_kinds_document_samples_whole_documents_per_split(tiny, tmp_path):
    corpus = tmp_path / "docs.txt"
    corpus.write_text("\n\n".join(" ".join(["the cat sat"] * (1 + i % 4)) for i in range(12)), encoding="utf-8")
    m = extract(tmp_path / "s", ExtractOptions(model=tiny["llama"], corpus=str(corpus), examples=3, kinds=("document",), max_tokens=8), progress=False)
    assert [e.split for e in m.examples] == ["synthesis", "synthesis", "heldout"]
    assert all(e.length <= 8 for e in m.examples)  # the longer documents are passed over, not cut
    with pytest.raises(StoreError, match=r"only \d+ documents of at most 4 tokens .* longer than --max-tokens 4"):
        extract(tmp_path / "t", ExtractOptions(model=tiny["llama"], corpus=str(corpus), examples=3, kinds=("document",), max_tokens=4), progress=False)


# ---------------------------------------------------------------------------
# store integrity


def test_damaged_shards_are_named_and_extract_rewrites_only_them(tiny, tmp_path):
    folder = tmp_path / "s"
    opts = whole(tiny, kinds=("line", "sentence"))
    m = extract(folder, opts, progress=False)
    assert all(s["bytes"] > 0 and s["sha256"].startswith("sha256:") for s in m.shards) and len(m.shards) == 4
    names = [s["file"] for s in m.shards]
    original = {n: (folder / "shards" / n).read_bytes() for n in names}
    truncated, altered = folder / "shards" / names[0], folder / "shards" / names[2]
    truncated.write_bytes(original[names[0]][:100])
    flipped = bytearray(original[names[2]])
    flipped[-1] ^= 0xFF
    altered.write_bytes(bytes(flipped))
    st = store.open(folder)
    with pytest.raises(StoreError, match=rf"{names[0]} is damaged: it holds 100 bytes.*run `headprog extract --model .* --all .*--out {folder}`"):
        st.pattern(0, 0, st.manifest.shards[0]["examples"][0])
    with pytest.raises(StoreError, match=rf"{names[2]} is damaged: its sha256 is .*altered"):
        st.pattern(0, 0, st.manifest.shards[2]["examples"][0])
    untouched = {n: (folder / "shards" / n).stat().st_mtime_ns for n in (names[1], names[3])}
    again = extract(folder, opts, progress=False)
    assert again.stats["last_run_repaired"] == [names[0], names[2]]
    assert {n: (folder / "shards" / n).stat().st_mtime_ns for n in untouched} == untouched
    assert {n: (folder / "shards" / n).read_bytes() for n in names} == original
    st = store.open(folder)
    assert st.pattern(0, 1, st.examples[0]).shape[0] == st.examples[0].length


# ---------------------------------------------------------------------------
# scoring and checking on a synthetic store whose heads follow known rules

RULES = {"previous": "k == q - 1", "first": "k == 0", "self": "k == q"}


def program(expr: str, label: str):
    return parse_text(f'"""\nfeatures: v1\n"""\n@program(normalize="weights", fallback="first", label="{label}")\ndef p(q, k):\n    return {expr}\n').program()


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    root = tmp_path_factory.mktemp("audit_synth")
    folder = synthetic_store(root / "store", RULES, examples=6, heldout=6, lengths=(8, 40))
    lm = SimpleNamespace(name="synthetic", fingerprint="sha256:synthetic", spec="synthetic", family="llama", n_layers=1, n_heads=3)
    # Head 2 gets the previous-token program: it drifts against a recorded IoU of 0.95.
    programs = {(0, 0): program("k == q - 1", "previous token"), (0, 1): program("k == 0", "first token"), (0, 2): program("k == q - 1", "previous token")}
    write_set(root / "programs", lm, programs, ious={(0, 0): 0.95, (0, 1): 0.95, (0, 2): 0.95})
    return {"store": folder, "programs": root / "programs", "root": root}


def test_score_program_set_per_head_kind_band_and_roundtrip(synthetic, tmp_path):
    from headprog.language.program_set import load_program_set

    table = score_program_set(load_program_set(synthetic["programs"]), store.open(synthetic["store"]))
    assert table.relation == "same checkpoint" and list(table.heads) == ["L0H0", "L0H1", "L0H2"]
    good, wrong = table.heads["L0H0"], table.heads["L0H2"]
    assert good.iou > 0.9 and wrong.iou < 0.3 and good.n == 12 and good.recorded_iou == 0.95
    assert good.recorded_from == "manifest heldout_iou x12" and set(good.by_kind) == set(table.examples["kinds"])
    assert set(good.by_band) == set(table.examples["bands"]) and table.examples["per_band"]
    assert [r["layer"] for r in table.layers()] == [0] and table.layers()[0]["worst"] == "L0H2"
    paths = write_score_report(table, tmp_path / "out")
    assert all(p.stat().st_size > 0 for p in paths.values())
    assert "| L0H2 | previous token |" in paths["markdown"].read_text()
    back = load_scores(tmp_path / "out")
    assert back.heads == table.heads and back.examples == table.examples
    heldout = score_program_set(load_program_set(synthetic["programs"]), store.open(synthetic["store"]), split="heldout", heads=["L0H1"])
    assert list(heldout.heads) == ["L0H1"] and heldout.heads["L0H1"].n == 6
    assert length_band(1) == "1-16" and length_band(17) == "17-32" and length_band(128) == "65-128"


def test_check_header_baseline_and_floor(synthetic, tmp_path):
    result = check_checkpoint(synthetic["programs"], store=synthetic["store"])
    assert [h.head for h in result.drifted] == ["L0H2"] and not result.passed
    text = result.report()
    assert "L0H2    previous token" in text and "FAILED: 1 head(s) drifted" in text and "0.950" in text
    result.write(tmp_path / "base")
    # Against a baseline of the same text the same programs pass exactly; with a floor, by value.
    same = check_checkpoint(synthetic["programs"], store=synthetic["store"], options=CheckOptions(baseline=load_scores(tmp_path / "base")))
    assert same.passed and all(h.old_iou == h.new_iou for h in same.heads)
    assert [h.head for h in check_table(result.table, CheckOptions(min_iou=0.5))] == ["L0H0", "L0H1", "L0H2"]
    assert [h.status for h in check_table(result.table, CheckOptions(min_iou=0.5))] == ["ok", "ok", "drifted"]
    other = score_program_set(result_pset(synthetic), store.open(synthetic["store"]), split="heldout")
    with pytest.raises(AuditError, match="was scored on other text"):
        check_table(other, CheckOptions(baseline=load_scores(tmp_path / "base")))


def result_pset(synthetic):
    from headprog.language.program_set import load_program_set

    return load_program_set(synthetic["programs"])


def test_check_flags_a_program_file_changed_since_its_manifest(synthetic, tmp_path):
    import shutil

    copy = tmp_path / "programs"
    shutil.copytree(synthetic["programs"], copy)
    path = copy / "L0H1.py"
    path.write_text(path.read_text().replace("k == 0", "k == 0 or k == 1"))
    result = check_checkpoint(copy, store=synthetic["store"], options=CheckOptions(min_iou=None))
    assert "L0H1" in [h.head for h in result.drifted]
    assert "changed since its manifest" in next(h.reason for h in result.drifted if h.head == "L0H1")


def test_relate_same_checkpoint_same_architecture_and_refusals():
    made = {"name": "m", "fingerprint": "sha256:a", "family": "llama", "n_layers": 2, "n_heads": 4}
    assert relate(made, dict(made)).kind == "same checkpoint"
    new = relate(made, {**made, "name": "m2", "fingerprint": "sha256:b"})
    assert new.kind == "same architecture" and "sha256:a" in new.note and "sha256:b" in new.note
    with pytest.raises(AuditError, match="--same-checkpoint"):
        relate(made, {**made, "fingerprint": "sha256:b"}, same_checkpoint=True)
    with pytest.raises(AuditError, match=r"another architecture or tokenizer \(n_layers 2 vs 12, n_heads 4 vs 12\)"):
        relate(made, {**made, "fingerprint": "sha256:c", "n_layers": 12, "n_heads": 12})
    with pytest.raises(AuditError, match="tokenizer sha256:t1 vs sha256:t2"):
        relate({**made, "tokenizer": "sha256:t1"}, {**made, "fingerprint": "sha256:b"}, {"fingerprint": "sha256:t2"})
    assert relate(made, {**made, "fingerprint": "sha256:c", "n_layers": 12}, force=True).kind == "forced"


def test_junit_xml_is_standard():
    cases = [JUnitCase("L0H0", "headprog.check.p"), JUnitCase("L0H1", "headprog.check.p", failure="L0H1 drifted", details="0.9 -> 0.2"),
             JUnitCase("L0H2", "headprog.check.p", skipped="no IoU recorded")]
    root = ET.fromstring(junit_xml("headprog check", cases, properties={"programs": "p"}))
    assert root.tag == "testsuite" and root.get("tests") == "3" and root.get("failures") == "1" and root.get("skipped") == "1"
    failure = root.find("testcase[@name='L0H1']/failure")
    assert failure is not None and failure.get("message") == "L0H1 drifted" and failure.text == "0.9 -> 0.2"
    assert root.find("testcase[@name='L0H2']/skipped") is not None and root.find("properties/property").get("value") == "p"


def test_cli_score_and_check(synthetic, tmp_path, capsys):
    assert cli_main(["score", str(synthetic["programs"]), "--store", str(synthetic["store"]), "--out", str(tmp_path / "s"), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "3 heads on 12 examples" in out and (tmp_path / "s" / "score_heatmap.png").is_file()
    junit = tmp_path / "report.xml"
    code = cli_main(["check", str(synthetic["programs"]), "--store", str(synthetic["store"]), "--junit", str(junit), "--quiet"])
    out = capsys.readouterr().out
    assert code == 1 and "drifted heads (1 of 3)" in out and "L0H2" in out
    assert ET.parse(junit).getroot().get("failures") == "1"
    assert cli_main(["check", str(synthetic["programs"]), "--store", str(synthetic["store"]), "--baseline", str(tmp_path / "s"), "--quiet"]) == 0
    assert cli_main(["check", str(synthetic["programs"]), "--store", str(synthetic["store"]), "--heads", "L0H7", "--quiet"]) == 2
    assert "has no program for head L0H7" in capsys.readouterr().err
    assert cli_main(["check", str(synthetic["programs"]), "--store", str(synthetic["store"]), "--min-iou", "0.5", "--tolerance", "0.1"]) == 2
    for command in ("score", "check"):
        with pytest.raises(SystemExit) as done:
            cli_main([command, "--help"])
        assert done.value.code == 0
    assert "--junit" in capsys.readouterr().out


def test_a_store_of_another_architecture_is_refused(synthetic, tiny, tmp_path, capsys):
    extract(tmp_path / "tiny", whole(tiny), progress=False)
    code = cli_main(["score", str(synthetic["programs"]), "--store", str(tmp_path / "tiny"), "--out", str(tmp_path / "o"), "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and "another architecture or tokenizer (n_layers 1 vs 3, n_heads 3 vs 4)" in err


# ---------------------------------------------------------------------------
# the pytest plugin


def test_plugin_is_registered_as_a_pytest11_entry_point():
    from importlib.metadata import entry_points

    assert [e.value for e in entry_points(group="pytest11") if e.name == "headprog"] == ["headprog.pytest_plugin"]


def _plugin_args() -> list[str]:
    from importlib.metadata import entry_points

    # An editable install made before the entry point existed does not load it by itself.
    return [] if any(e.name == "headprog" for e in entry_points(group="pytest11")) else ["-p", "headprog.pytest_plugin"]


def test_plugin_fixture_and_option_item(pytester, synthetic):
    programs, folder = str(synthetic["programs"]), str(synthetic["store"])
    pytester.makepyfile(
        test_heads=f"""
        def test_passes_with_a_floor(headprog_check):
            result = headprog_check({programs!r}, store={folder!r}, min_iou=0.01)
            assert result.passed and len(result.heads) == 3

        def test_fails_with_the_drifted_heads(headprog_check):
            headprog_check({programs!r}, store={folder!r})
        """
    )
    result = pytester.runpytest_inprocess(*_plugin_args())
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*drifted heads (1 of 3)*", "*L0H2*previous token*0.950*"])
    item = pytester.runpytest_inprocess(*_plugin_args(), "--headprog-programs", programs, "--headprog-store", folder, "-k", "headprog_check", "-p", "no:cacheprovider")
    item.assert_outcomes(failed=1)
    item.stdout.fnmatch_lines(["*headprog_check*", "*L0H2*"])
    floor = pytester.runpytest_inprocess(*_plugin_args(), "--headprog-programs", programs, "--headprog-store", folder, "--headprog-min-iou", "0.01", "-k", "headprog_check")
    floor.assert_outcomes(passed=1)
    assert json.loads((synthetic["programs"] / "manifest.json").read_text())["heads"]["L0H2"]["heldout_iou"] == 0.95

"""The program sets shipped for the bundled model: present, complete, and accepted by the model they were made for."""

from __future__ import annotations

import pytest

from headprog.data.bundled_programs import BUNDLED_SETS, bundled_programs
from headprog.errors import HeadprogError
from headprog.language import load_program_set
from headprog.serving.engine import load_programs
from headprog.tuning import tuned_heads


def test_every_shipped_set_loads():
    full = load_program_set(bundled_programs("bundled"))
    tuned = load_program_set(bundled_programs("bundled-tuned"))
    assert len(full.heads) == 270 and full.model["spec"] == "smollm2-135m"
    assert len(tuned_heads(tuned)) == 68  # a quarter of 270, chosen by held-out IoU, then tuned
    assert tuned.model["fingerprint"] == full.model["fingerprint"]
    for name in BUNDLED_SETS:
        assert (bundled_programs(name) / "manifest.json").is_file()
    assert load_programs("bundled").folder == full.folder
    assert load_programs(None) is None


def test_an_unknown_shipped_set_is_named():
    with pytest.raises(HeadprogError, match="bundled, bundled-tuned"):
        bundled_programs("bundled-large")


@pytest.mark.slow
def test_the_bundled_model_accepts_them():
    from headprog.data import models
    from headprog.hybrid.checks import check_program_set, load_checked_program

    loaded = models.load("smollm2-135m")
    for name in BUNDLED_SETS:
        pset = load_program_set(bundled_programs(name))
        check_program_set(pset, loaded)  # fingerprint and feature library
        for head in list(pset.heads)[:: 27]:
            assert load_checked_program(pset, head).hash == pset.heads[head]["program_hash"]


def test_every_command_takes_a_shipped_set_by_name(tmp_path, monkeypatch):
    assert load_program_set("bundled").folder == bundled_programs("bundled")
    assert load_program_set("bundled-tuned").folder == bundled_programs("bundled-tuned")
    (tmp_path / "bundled").mkdir()  # a folder of that name here is the user's, and is read as given
    monkeypatch.chdir(tmp_path)
    with pytest.raises(HeadprogError, match="holds no manifest.json"):
        load_program_set("bundled")

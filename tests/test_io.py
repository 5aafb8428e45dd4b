"""Atomic writes: all or nothing, and the permissions a plain open() would give."""

from __future__ import annotations

import stat

import pytest

from headprog.io import NEW_FILE_MODE, atomic_path, atomic_write_text


def test_atomic_write_text_gives_the_umask_mode_not_mkstemps_private_one(tmp_path):
    target = tmp_path / "sub" / "results.md"
    atomic_write_text(target, "hello\n")
    assert target.read_text() == "hello\n"
    assert stat.S_IMODE(target.stat().st_mode) == NEW_FILE_MODE
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    assert stat.S_IMODE(plain.stat().st_mode) == NEW_FILE_MODE  # the same as open() under this umask


def test_atomic_path_explicit_mode_and_failure_leaves_the_old_file(tmp_path):
    target = tmp_path / "kept.json"
    atomic_write_text(target, "old", mode=0o600)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]  # no temporary file left behind

"""The command line: every subcommand has --help; compile, show, fmt, features, demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from headprog.cli import LIBRARY_DIR, build_parser, main

LIBRARY = str(LIBRARY_DIR / "classic.py")
COMMANDS = [a for a in build_parser()._subparsers._group_actions[0].choices]  # noqa: SLF001


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: headprog " + command in capsys.readouterr().out


def test_compile_check_and_emit(tmp_path, capsys):
    assert main(["compile", LIBRARY, "--backend", "numba", "--check", "--emit", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "selector over 1 key(s): q - 1" in out and "check numba" in out and "(ok)" in out
    emitted = sorted(p.name for p in tmp_path.iterdir())
    assert "classic.previous_token.numba.py" in emitted
    source = (tmp_path / "classic.previous_token.numba.py").read_text()
    assert "# def program(q, k):" in source and "#     return k == q - 1" in source and "def head_output(" in source


def test_compile_reports_errors_with_location(tmp_path, capsys):
    bad = tmp_path / "bad.py"
    bad.write_text('"""\nfeatures: v1\n"""\n@program\ndef p(q, k):\n    return token(q + 1)\n')
    assert main(["compile", str(bad)]) == 2
    assert f"{bad}:6:18:" in capsys.readouterr().err


def test_show_prints_rows_and_writes_png(tmp_path, capsys):
    png = tmp_path / "p.png"
    assert main(["show", LIBRARY, "--program", "previous_token", "--text", "The cat sat. The cat ran.", "--png", str(png)]) == 0
    out = capsys.readouterr().out
    assert "1: cat 1.00" in out and "(selector over 1 key(s): q - 1)" in out
    assert png.stat().st_size > 1000


def test_fmt_rewrites_to_canonical_form(tmp_path, capsys):
    path = tmp_path / "p.py"
    path.write_text('"""\nfeatures: v1\n"""\n@program\ndef p(q, k):\n    return (k==q-1)+0.5*(k==0)\n')
    assert main(["fmt", str(path), "--check"]) == 1
    assert main(["fmt", str(path)]) == 0
    assert "return (k == q - 1) + 0.5 * (k == 0)" in path.read_text()
    assert main(["fmt", str(path), "--check"]) == 0
    assert main(["fmt", LIBRARY, "--check"]) == 0


def test_features_and_demo(capsys):
    assert main(["features"]) == 0
    assert "sentence_start(p) -> pos" in capsys.readouterr().out
    assert main(["demo", "--backend", "reference"]) == 0
    assert "== classic.py:previous_token" in capsys.readouterr().out


def test_library_files_are_package_data():
    assert Path(LIBRARY).is_file()


def test_every_package_directory_is_installed():
    """A non-editable install (``pip install .``) ships exactly the packages pyproject.toml lists."""
    import tomllib

    root = Path(__file__).resolve().parents[1]
    config = tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]
    mapping = config["package-dir"]
    declared = set(config["packages"])
    found = set()
    for top, folder in mapping.items():
        for init in (root / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(root / folder).parts
            found.add(".".join((top, *rel)))
    assert found <= declared, f"packages missing from pyproject.toml: {sorted(found - declared)}"

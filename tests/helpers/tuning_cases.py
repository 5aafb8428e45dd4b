"""The programs, calibration sequences and ``headprog tune`` arguments that the tuning and swap tests share.

The tiny Llama they run on is the ``tuning_llama`` fixture of tests/conftest.py.
"""

from __future__ import annotations

import argparse

from headprog.language import parse_program
from helpers.program_sets import write_set
from helpers.tiny_models import TEXT


def v1_program(body: str, normalize: str = "weights", name: str = "p"):
    """A program ``name`` returning ``body``, on feature library v1, falling back to the first token."""
    return parse_program(f'"""\nheadprog: 1\nfeatures: v1\n"""\n@program(normalize="{normalize}", fallback="first")\ndef {name}(q, k):\n    return {body}\n')


MIXTURES = {
    "weights": v1_program("0.6 * (k == q - 1) + 0.3 * (k == 0) + 0.1 * decay(q - k, 3.0)", name="mix"),
    "softmax": v1_program("-0.5 * (q - k) + 2.0 * (k == 0) + 1.0 * (token(k) == token(q))", "softmax", name="soft"),
}


def tuning_calibration(lm):
    """Two short calibration sequences (token ids) in the tiny tokenizer's words."""
    texts = [TEXT, "The dog sat on the red mat . It ran to Paris . The cat sat on the mat ."]
    return [lm.tokenizer(t)["input_ids"] for t in texts]


def tuning_program_set(lm, folder):
    """Programs for heads L0H1, L1H2, L2H0 (the mixtures) and L2H3 (previous token), written to folder."""
    programs = {
        (0, 1): MIXTURES["weights"],
        (1, 2): MIXTURES["softmax"],
        (2, 0): MIXTURES["weights"],
        (2, 3): v1_program("k == q - 1", name="prev"),
    }
    return write_set(folder, lm, programs)


def tune_cli_args(lm, tmp_path, *options: str):
    """``headprog tune`` arguments for heads L0H1 and L1H2 of the tiny set, tuned on 2 chunks of 16 tokens into tmp_path / "t"."""
    from headprog.cli.tuning import add_tune_arguments

    pset = tuning_program_set(lm, tmp_path / "p")
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n\n".join([TEXT] * 40))
    parser = argparse.ArgumentParser()
    add_tune_arguments(parser)
    args = parser.parse_args([
        "--model", str(lm.path), "--programs", str(pset.folder), "--out", str(tmp_path / "t"), "--heads", "L0H1,L1H2",
        "--corpus", str(corpus), "--tune-examples", "2", "--tune-tokens", "16", "--quiet", *options,
    ])  # fmt: skip
    return args, pset, corpus

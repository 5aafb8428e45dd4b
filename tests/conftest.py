"""Shared fixtures. Caches (converted model, compiled kernels) live in HEADPROG_HOME as for users."""

from __future__ import annotations

import random

import numpy as np
import pytest

from headprog.features import compute_features, stack_features
from headprog.testing import random_sequence


@pytest.fixture(scope="session")
def batch():
    """Generated sequences of lengths 1..300, padded into one batch, with values."""
    rng = random.Random(1234)
    seqs = [random_sequence(rng, n) for n in (1, 2, 5, 17, 64, 131, 300)]
    features = stack_features([compute_features(*s) for s in seqs])
    lengths = np.array([len(s[0]) for s in seqs], dtype=np.int64)
    values = np.random.default_rng(0).standard_normal((len(seqs), features.shape[2], 16)).astype(np.float32)
    return features, lengths, values


@pytest.fixture(scope="module")
def tuning_llama(tmp_path_factory):
    """The tiny Llama (seed 3) that the tuning and swap tests tune, loaded; one per test module.

    Imported here rather than at the top so that no test module's choice of TRITON_INTERPRET
    is made for it by this file.
    """
    from headprog.data import models
    from helpers.tiny_models import save_tiny_model

    folder = tmp_path_factory.mktemp("tiny_tuning") / "llama"
    save_tiny_model(folder, "llama", seed=3)
    return models.load(str(folder))

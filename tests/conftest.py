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

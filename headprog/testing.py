"""Seeded generators of programs and token sequences, for differential checks.

Used by the test suite and by ``headprog compile --check``. Generated
programs are written as *text* and go through the parser like any user file.
They compare only integer-valued quantities (positions, counts, token ids),
whose values every backend holds exactly, so a float32 backend and the
float64 reference agree on every comparison.
"""

from __future__ import annotations

import random

from headprog.features import CLASSES, FEATURE_LIBRARY_VERSION

_WORDS = ["the", "The", "cat", "sat", "on", "mat", "dog", "ran", "A", "big", "red", "Paris", "of", "and", "in", "is", "42", "7", "1999"]
_PUNCT = [".", ",", "!", "?", ";", ":", "(", ")", '"', "-", "..."]


def random_sequence(rng: random.Random, length: int) -> tuple[list[int], list[str]]:
    """A token sequence with words (spaced or not), punctuation, digits and newlines."""
    texts: list[str] = []
    for _ in range(length):
        r = rng.random()
        if r < 0.12:
            texts.append(rng.choice(_PUNCT))
        elif r < 0.16:
            texts.append("\n")
        elif r < 0.3:
            texts.append(rng.choice(_WORDS))  # a word continuation (no leading space)
        else:
            texts.append(" " + rng.choice(_WORDS))
    vocab: dict[str, int] = {}
    ids = [vocab.setdefault(t, 1000 + 17 * len(vocab)) for t in texts]
    return ids, texts


class ProgramGenerator:
    """Random, valid, causal programs covering every feature and operator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pos(self, depth: int, q_only: bool = False) -> str:
        r = self.rng
        base = "q" if q_only else r.choice(["q", "k"])
        if depth <= 0:
            return r.choice([base, f"{base} - {r.randint(1, 3)}", "0"])
        choice = r.randrange(7)
        if choice == 0:
            return f"sentence_start({self.pos(depth - 1, q_only)})"
        if choice == 1:
            return f"word_start({self.pos(depth - 1, q_only)})"
        if choice == 2:
            return f"last({r.choice(CLASSES)}, {self.pos(depth - 1, q_only)})"
        if choice == 3:
            return f"{r.choice(['min', 'max'])}({self.pos(depth - 1, q_only)}, {self.pos(depth - 1, q_only)})"
        if choice == 4:
            inner = self.pos(depth - 1, q_only)
            return inner if inner == "0" else f"{inner} - {r.randint(1, 4)}"
        if choice == 5:
            return f"prev_occurrence({self.pos(depth - 1, q_only)})"
        return self.pos(0, q_only)

    def integer(self, depth: int) -> str:
        r = self.rng
        choice = r.randrange(6)
        if choice == 0:
            return f"count({self.pos(depth - 1)})"
        if choice == 1:
            return "q - k"
        if choice == 2:
            return f"({self.pos(depth - 1)} - {self.pos(depth - 1)})"
        if choice == 3:
            return f"abs({self.pos(depth - 1)} - {self.pos(depth - 1)})"
        if choice == 4:
            return f"rarity({self.pos(depth - 1)})"
        return str(r.randint(0, 6))

    def boolean(self, depth: int) -> str:
        r = self.rng
        choice = r.randrange(8 if depth > 0 else 4)
        if choice == 0:
            return f"{r.choice(CLASSES)}({self.pos(depth - 1)})"
        if choice == 1:
            cat = r.choice(["token", "lower", "prev_token"])
            return f"{cat}({self.pos(depth - 1)}) {r.choice(['==', '!='])} {r.choice(['token', 'lower', 'prev_token'])}({self.pos(depth - 1)})"
        if choice == 2:
            return f"k {r.choice(['==', '<=', '>=', '<', '>', '!='])} {self.pos(depth - 1)}"
        if choice == 3:
            return f"{self.integer(depth)} {r.choice(['<=', '<', '==', '>'])} {r.randint(0, 5)}"
        if choice == 4:
            return f"({self.boolean(depth - 1)}) and ({self.boolean(depth - 1)})"
        if choice == 5:
            return f"({self.boolean(depth - 1)}) or ({self.boolean(depth - 1)})"
        if choice == 6:
            return f"not ({self.boolean(depth - 1)})"
        return r.choice(["True", "False"])

    def number(self, depth: int) -> str:
        r = self.rng
        if depth <= 0:
            return r.choice([f"{r.uniform(0.05, 2.0):.3f}", f"({self.boolean(0)})", "1"])
        choice = r.randrange(12)
        c = f"{r.uniform(0.05, 2.0):.3f}"
        if choice == 0:
            return f"{c} * ({self.boolean(depth - 1)})"
        if choice == 1:
            return f"({self.number(depth - 1)}) + ({self.number(depth - 1)})"
        if choice == 2:
            return f"({self.number(depth - 1)}) - {c} * ({self.number(depth - 1)})"
        if choice == 3:
            return f"({self.number(depth - 1)}) * ({self.number(depth - 1)})"
        if choice == 4:
            return f"({self.number(depth - 1)}) / {r.choice(['2', '4.0', '-3.0'])}"
        if choice == 5:
            return f"{r.choice(['min', 'max'])}({self.number(depth - 1)}, {self.number(depth - 1)})"
        if choice == 6:
            return f"abs({self.number(depth - 1)})"
        if choice == 7:
            return f"exp({c} * ({self.boolean(depth - 1)}))"
        if choice == 8:
            return f"decay({self.integer(depth - 1)}, {r.uniform(0.5, 8.0):.2f})"
        if choice == 9:
            return f"({self.number(depth - 1)}) if ({self.boolean(depth - 1)}) else ({self.number(depth - 1)})"
        if choice == 10:
            values = ", ".join(f"{r.uniform(-2.0, 2.0):.3f}" for _ in range(r.randint(1, 6)))
            return f"table({self.integer(depth - 1)}, {values})"
        return f"0.1 * {self.integer(depth - 1)}"

    def selector(self) -> str:
        terms = [
            f"{self.rng.uniform(0.1, 2.0):.3f} * (k == {self.pos(2, q_only=True)})" for _ in range(self.rng.randint(1, 4))
        ]
        gate = f" * ({self.boolean(1)})" if self.rng.random() < 0.5 else ""
        return " + ".join(terms) + gate

    def band(self) -> str:
        return f"(q - k <= {self.rng.randint(0, 12)}) * ({self.number(2)})"

    def program_text(self, name: str = "generated") -> str:
        """One program file's text."""
        r = self.rng
        shape = r.choice(["selector", "band", "dense", "dense"])
        body = {"selector": self.selector, "band": self.band, "dense": lambda: self.number(3)}[shape]()
        normalize = "softmax" if shape == "dense" and r.random() < 0.35 else "weights"
        fallback = r.choice(["first", "self", "uniform"])
        return (
            f'"""\nheadprog: 1\nfeatures: {FEATURE_LIBRARY_VERSION}\nlabel: generated\n"""\n\n\n'
            f'@program(normalize="{normalize}", fallback="{fallback}")\n'
            f"def {name}(q, k):\n    return {body}\n"
        )


def synthetic_store(folder, rules: dict[str, str], *, examples: int = 24, heldout: int = 8, noise: float = 0.02,
                    seed: int = 0, lengths: tuple[int, int] = (12, 60)):
    """Write an attention store whose heads follow known programs, plus a little noise.

    ``rules`` maps a head's program *expression* to nothing but itself: head h of
    layer 0 follows the h-th rule. Each recorded row is ``(1 - noise) * rule +
    noise * random``. Used to check that synthesis recovers known rules.
    """
    import numpy as np

    from headprog.io import atomic_write_text
    from headprog.compiler.compiling import compile_program
    from headprog.attention.extract import write_shard
    from headprog.features import FEATURE_LIBRARY_VERSION, compute_features
    from headprog.language import parse_text
    from headprog.attention.store import Example, Manifest, pack_dense

    from pathlib import Path

    folder = Path(folder)
    (folder / "shards").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    nprng = np.random.default_rng(seed)
    heads = []
    for i, (label, expr) in enumerate(rules.items()):
        text = f'"""\nfeatures: {FEATURE_LIBRARY_VERSION}\n"""\n@program(normalize="weights", fallback="first")\ndef rule{i}(q, k):\n    return {expr}\n'
        heads.append(compile_program(parse_text(text).program(), "reference"))
    records, tensors = [], {}
    for index in range(examples + heldout):
        ids, texts = random_sequence(rng, rng.randint(*lengths))
        split = "synthesis" if index < examples else "heldout"
        kind = "sentence" if len(ids) <= 30 else "passage"
        records.append(Example(index, split, kind, f"synthetic-{index}", ids, texts))
        features = compute_features(ids, texts)
        t = len(ids)
        stacked = []
        for head in heads:
            pattern = head.pattern(features)[0]
            random_rows = np.tril(nprng.random((t, t)))
            random_rows /= random_rows.sum(axis=1, keepdims=True)
            stacked.append((1 - noise) * pattern + noise * random_rows)
        tensors[f"e{index}.L0"] = pack_dense(np.stack(stacked))
    write_shard(folder / "shards" / "shard-00000.safetensors", tensors, list(range(len(records))))
    manifest = Manifest(
        model={"spec": "synthetic", "name": "synthetic", "fingerprint": "sha256:synthetic", "family": "llama",
               "n_layers": 1, "n_heads": len(heads), "n_kv_heads": len(heads)},
        tokenizer={"style": "plain", "adds_bos": False, "bos_token_id": None},
        feature_library=FEATURE_LIBRARY_VERSION,
        corpus={"spec": "generated", "seed": seed},
        layers=[0],
        heads=list(range(len(heads))),
        encoding="dense",
        mass=None,
        examples=records,
        shards=[{"file": "shard-00000.safetensors", "examples": list(range(len(records)))}],
        complete=True,
    )
    atomic_write_text(folder / "manifest.json", manifest.to_json())
    return folder

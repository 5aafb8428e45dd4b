"""One program set scored on two (or more) checkpoints side by side: ``headprog diff --model M1 --model M2``.

Each checkpoint is run (eager attention, weights returned) over the same
token sequences, either the examples of an attention store (only their
tokens are used; the recorded patterns belong to the store's own model) or
passages planned from a corpus. Each head's program pattern is computed once
per sequence and scored against every checkpoint's head by the soft IoU of
:mod:`headprog.synthesis.scoring`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import torch

from headprog.attention.extract import padded_batch
from headprog.attention.store import Example
from headprog.audit.roles import head_class
from headprog.data.tokens import tokenizer_surfaces
from headprog.errors import HeadprogError
from headprog.features import compute_features
from headprog.hybrid.checks import check_program_set
from headprog.language.program_set import ProgramSet, parse_head
from headprog.synthesis.scoring import Scores, score_patterns

__all__ = ["checkpoint_markdown", "compare_checkpoints", "corpus_examples", "score_head"]


def score_head(targets: list[np.ndarray], patterns: list[np.ndarray]) -> Scores:
    """The one scoring call of this module: a program's patterns against a head's, sequence by sequence.

    Kept alone so that another scorer (e.g. a shared ``headprog score``) is a one-line change.
    """
    return score_patterns(targets, patterns)


def corpus_examples(loaded: Any, corpus: str, n: int, max_tokens: int, seed: int = 0) -> list[Example]:
    """``n`` passages of ``max_tokens`` tokens planned from ``corpus`` as ``headprog extract`` plans them."""
    from headprog.attention.extract import ExtractOptions, plan_examples

    examples, _ = plan_examples(loaded, ExtractOptions(corpus=corpus, examples=n, max_tokens=max_tokens, seed=seed))
    return examples


def _check_models(pset: ProgramSet, models: Sequence[Any], examples: Sequence[Example], force: bool) -> None:
    if not examples:
        raise HeadprogError("the example set is empty: give a store with examples, or --corpus with --examples of at least 1")
    for loaded in models:
        check_program_set(pset, loaded, force=True)  # layout and feature library; the fingerprint is checked below
        surfaces = [tokenizer_surfaces(loaded.tokenizer, e.ids) for e in examples[:4]]
        if surfaces != [e.tokens for e in examples[:4]]:
            raise HeadprogError(f"{loaded.name} does not read the examples' token ids as the same tokens; the checkpoints must share a tokenizer")
    mine = pset.model.get("fingerprint")
    if not force and all(m.fingerprint != mine for m in models):
        raise HeadprogError(
            f"{pset.folder} was made for {pset.model.get('name')} ({mine}), and none of the checkpoints given has that fingerprint "
            f"({', '.join(f'{m.name} {m.fingerprint}' for m in models)}); give the checkpoint the programs were made for as one of "
            "the --model options, or --force"
        )


def compare_checkpoints(
    pset: ProgramSet,
    models: Sequence[Any],
    examples: Sequence[Example],
    heads: Sequence[str] | None = None,
    *,
    batch_size: int = 4,
    force: bool = False,
    progress: bool = False,
) -> dict[str, Any]:
    """Held-out-style IoU of each program of ``pset`` on each of ``models`` (loaded with eager attention), on ``examples``."""
    from tqdm import tqdm

    from headprog.compiler.compiling import compile_program

    _check_models(pset, models, examples, force)
    names = sorted(pset.heads, key=parse_head) if heads is None else list(heads)
    compiled = {n: compile_program(pset.program(n), "reference") for n in names}
    ious: dict[str, list[list[float]]] = {n: [[] for _ in models] for n in names}
    bar = tqdm(total=len(examples), desc="score checkpoints", unit="seq", disable=not progress)
    for start in range(0, len(examples), batch_size):
        batch = list(examples[start : start + batch_size])
        attentions = [_attentions(m, batch) for m in models]
        for i, e in enumerate(batch):
            features = compute_features(e.ids, e.tokens)
            for name in names:
                layer, h = parse_head(name)
                pattern = compiled[name].pattern(features)[0]
                for m, att in enumerate(attentions):
                    target = att[layer][i, h, : e.length, : e.length].float().numpy()
                    ious[name][m] += score_head([target], [pattern]).per_sequence
        bar.update(len(batch))
    bar.close()
    rows = []
    for name in names:
        per_model = [round(float(np.mean(v)), 4) for v in ious[name]]
        rows.append({"head": name, "role": head_class(pset, name).role, "recorded_heldout_iou": pset.heads[name].get("heldout_iou"),
                     "iou": per_model, "delta": round(per_model[-1] - per_model[0], 4)})
    return {
        "programs": str(pset.folder),
        "programs_made_for": {"name": pset.model.get("name"), "fingerprint": pset.model.get("fingerprint")},
        "models": [{"spec": m.spec, "name": m.name, "fingerprint": m.fingerprint} for m in models],
        "examples": len(examples),
        "tokens": int(sum(e.length for e in examples)),
        "mean_iou": [round(float(np.mean([r["iou"][m] for r in rows])), 4) for m in range(len(models))] if rows else [],
        "heads": sorted(rows, key=lambda r: (r["delta"], parse_head(r["head"]))),
    }


def _attentions(loaded: Any, batch: list[Example]) -> list[torch.Tensor]:
    pad = loaded.tokenizer.pad_token_id
    ids, mask = padded_batch(batch, int(pad) if pad is not None else 0)
    with torch.no_grad():
        out = loaded.model(input_ids=ids, attention_mask=mask, output_attentions=True, use_cache=False)
    if out.attentions is None or out.attentions[0] is None:
        raise HeadprogError(f"{loaded.name} returned no attention weights; load it with attn_implementation='eager'")
    return list(out.attentions)


def checkpoint_markdown(result: dict[str, Any], limit: int | None = 20) -> str:
    """Side-by-side table: mean IoU per checkpoint, then the heads whose IoU moved most (largest drop first)."""
    models = result["models"]
    lines = [
        f"# One program set on {len(models)} checkpoints: `{result['programs']}`",
        "",
        f"Programs made for {result['programs_made_for']['name']} ({result['programs_made_for']['fingerprint']}); "
        f"{result['examples']} sequences, {result['tokens']} tokens; soft IoU of each program against each checkpoint's head.",
        "",
        "| checkpoint | fingerprint | mean IoU |",
        "|---|---|---:|",
    ]
    lines += [f"| {m['spec']} | {m['fingerprint']} | {iou:.4f} |" for m, iou in zip(models, result["mean_iou"])]
    heads = result["heads"] if limit is None else result["heads"][:limit]
    lines += ["", f"## Heads by IoU change (last minus first checkpoint){'' if limit is None else f', {len(heads)} largest drops'}", "",
              "| head | role | " + " | ".join(f"IoU {m['spec']}" for m in models) + " | delta |",
              "|---|---|" + "---:|" * len(models) + "---:|"]
    lines += [f"| {r['head']} | {r['role']} | " + " | ".join(f"{v:.4f}" for v in r["iou"]) + f" | {r['delta']:+.4f} |" for r in heads]
    return "\n".join(lines) + "\n"

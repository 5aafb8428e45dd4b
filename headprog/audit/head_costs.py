"""``headprog audit``: swap in, evaluate, restore, for each named head (or each layer as a whole).

For every unit (one head, or all heads of a layer that have programs) the
unit alone is substituted into the native model and measured on the same
text as the native model:

- ``kl``: mean KL divergence from the native next-token distribution, nats
  per predicted token (:func:`headprog.evaluate.divergence.mean_kl`);
- ``nll_delta``: the NLL the substitution adds on those tokens, with the
  standard error of the difference, chunks as paired samples
  (:func:`headprog.evaluate.compare.paired_nll_standard_error`);
- ``qa_delta``: the accuracy change on the bundled next-sentence set
  (:func:`headprog.data.corpus_qa.next_sentence_items`), with its paired
  standard error.

Then the unit is restored; after the last unit the native model is measured
again and must give the same NLL, so the report says the model was restored.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import torch

from headprog.audit.roles import head_class
from headprog.errors import HeadprogError
from headprog.evaluate.compare import paired_nll_standard_error
from headprog.evaluate.perplexity import PerplexityResult, token_ids
from headprog.evaluate.qa import paired_accuracy_standard_error, score_multiple_choice
from headprog.hybrid import HybridModel
from headprog.hybrid.checks import check_head_exists, check_program_set
from headprog.language.program_set import ProgramSet, head_name, parse_head
from headprog.selection.costs import mean_kl

__all__ = ["AuditUnit", "audit_markdown", "audit_units", "run_audit"]


@dataclass(frozen=True)
class AuditUnit:
    """What is substituted at once: one head, or the heads of one layer."""

    name: str  # "L3H5", or "L3 (9 heads)"
    heads: tuple[str, ...]


def audit_units(pset: ProgramSet, loaded: Any, heads: Sequence[str] | None = None, layers: Sequence[int] | None = None,
                *, whole_layer: bool = False) -> list[AuditUnit]:
    """The units ``--heads`` / ``--layers`` / ``--whole-layer`` name; a clear error for a head without a program or outside the model."""
    if heads and layers:
        raise HeadprogError("give --heads or --layers, not both")
    if heads:
        for name in heads:
            check_head_exists(loaded, parse_head(name))
            if name not in pset.heads:
                raise HeadprogError(f"{pset.folder} has no program for head {name}; it covers {len(pset.heads)} heads")
        if whole_layer:
            layers, heads = sorted({parse_head(n)[0] for n in heads}), None
        else:
            return [AuditUnit(n, (n,)) for n in heads]
    if layers is None:
        raise HeadprogError("name what to audit: --heads L3H5,L7H0 or --layers 3,7")
    units = []
    for layer in layers:
        if not 0 <= layer < loaded.n_layers:
            raise HeadprogError(f"layer {layer} does not exist in {loaded.name}: layers are 0..{loaded.n_layers - 1}")
        mine = [head_name(layer, h) for h in range(loaded.n_heads) if head_name(layer, h) in pset.heads]
        if not mine:
            raise HeadprogError(f"{pset.folder} has no program for any head of layer {layer}")
        units += [AuditUnit(f"L{layer} ({len(mine)} heads)", tuple(mine))] if whole_layer else [AuditUnit(n, (n,)) for n in mine]
    return units


def _nll_of(log_probs: Sequence[torch.Tensor], chunks: Sequence[Any]) -> PerplexityResult:
    """Token-weighted NLL of the chunks from next-token log-probabilities (the same forward the KL uses)."""
    sums, counts = [], []
    for lp, chunk in zip(log_probs, chunks):
        targets = torch.tensor(token_ids(chunk)[1:])
        sums.append(-float(lp.gather(1, targets[:, None]).double().sum()))
        counts.append(len(targets))
    nll = math.fsum(sums) / sum(counts)
    return PerplexityResult(math.exp(nll), nll, sum(counts), len(chunks), 0.0, sums, counts)


def _log_probs(loaded: Any, chunks: Sequence[Any], batch_tokens: int = 2048) -> list[torch.Tensor]:
    """Next-token log-probabilities of each chunk, (T - 1, V), chunks right-padded into as few forwards as fit ``batch_tokens``.

    A forward of a small model on a busy CPU costs about the same for 2 chunks as for 1
    (it reads every weight once), so batching is what keeps an audit affordable.
    """
    ids_list = [token_ids(c) for c in chunks]
    pad = loaded.tokenizer.pad_token_id
    out: list[torch.Tensor] = []
    start = 0
    with torch.no_grad():
        while start < len(ids_list):
            end = start + 1
            while end < len(ids_list) and max(map(len, ids_list[start : end + 1])) * (end + 1 - start) <= batch_tokens:
                end += 1
            batch = ids_list[start:end]
            t = max(map(len, batch))
            ids = torch.full((len(batch), t), int(pad) if pad is not None else 0, dtype=torch.long)
            mask = torch.zeros((len(batch), t), dtype=torch.long)
            for i, row in enumerate(batch):
                ids[i, : len(row)], mask[i, : len(row)] = torch.tensor(row), 1
            logits = loaded.model(input_ids=ids, attention_mask=mask, use_cache=False).logits[:, :-1].float()
            lp = torch.log_softmax(logits, dim=-1)
            out += [lp[i, : len(row) - 1] for i, row in enumerate(batch)]
            start = end
    return out


def _measure(loaded: Any, chunks: Sequence[Any], qa_items: Sequence[Any]) -> tuple[list[torch.Tensor], PerplexityResult, Any]:
    log_probs = _log_probs(loaded, chunks)
    qa = score_multiple_choice(loaded, list(qa_items)) if qa_items else None
    return log_probs, _nll_of(log_probs, chunks), qa


def run_audit(loaded: Any, pset: ProgramSet, units: Sequence[AuditUnit], chunks: Sequence[Any], qa_items: Sequence[Any] = (),
              *, backend: str = "auto", force: bool = False, progress: bool = False) -> dict[str, Any]:
    """Substitute each unit alone, measure it against the native model, restore; rows sorted by KL, costliest first."""
    from tqdm import tqdm

    if not chunks:
        raise HeadprogError("the evaluation set is empty: ask for at least one chunk (--examples)")
    if not units:
        raise HeadprogError("nothing to audit: no head or layer was named")
    check_program_set(pset, loaded, force=force)
    rows = []
    with HybridModel(loaded, pset, [], backend=backend, force=force) as hybrid:
        native_lp, native, native_qa = _measure(loaded, chunks, qa_items)
        for unit in tqdm(units, desc="audit", unit="unit", disable=not progress):
            with hybrid.substituted(list(unit.heads)):
                lp, nll, qa = _measure(loaded, chunks, qa_items)
            rows.append(_row(pset, unit, mean_kl(native_lp, lp), native, nll, native_qa, qa, qa_items))
        _, after, _ = _measure(loaded, chunks, ())
    rows.sort(key=lambda r: (-r["kl"], r["unit"]))
    return {
        "model": {"spec": loaded.spec, "name": loaded.name, "fingerprint": loaded.fingerprint},
        "programs": str(pset.folder),
        "backend": hybrid.backend,
        "chunks": len(chunks),
        "tokens": native.tokens,
        "native_nll": native.nll,
        "qa_items": len(qa_items),
        "native_qa_accuracy": native_qa.accuracy if native_qa else None,
        "restored": after.nll == native.nll,
        "units": rows,
    }


def _row(pset: ProgramSet, unit: AuditUnit, kl: float, native: PerplexityResult, nll: PerplexityResult, native_qa: Any, qa: Any,
         qa_items: Sequence[Any]) -> dict[str, Any]:
    classes = [head_class(pset, n) for n in unit.heads]
    ious = [c.heldout_iou for c in classes if c.heldout_iou is not None]
    row: dict[str, Any] = {
        "unit": unit.name,
        "heads": list(unit.heads),
        "role": classes[0].role if len(classes) == 1 else ", ".join(sorted({c.role for c in classes})),
        "structure": classes[0].structure if len(classes) == 1 else ", ".join(sorted({c.structure for c in classes})),
        "heldout_iou": round(sum(ious) / len(ious), 4) if ious else None,
        "kl": kl,
        "nll_delta": nll.nll - native.nll,
        "nll_delta_se": paired_nll_standard_error(native, nll),
        "qa_delta": None,
        "qa_delta_se": None,
    }
    if qa is not None:
        labels = [item.label for item in qa_items]
        row["qa_delta"] = qa.accuracy - native_qa.accuracy
        row["qa_delta_se"] = paired_accuracy_standard_error(native_qa.predictions, qa.predictions, labels)
    return row


def _f(x: float | None, fmt: str = "+.4f") -> str:
    return "—" if x is None or x != x else format(x, fmt)


def audit_markdown(result: dict[str, Any]) -> str:
    """The audit table, costliest unit first."""
    qa = result["qa_items"]
    lines = [
        f"# Head audit: {result['model']['name']} with `{result['programs']}`",
        "",
        f"Each unit substituted alone ({result['backend']} backend), then restored; {result['chunks']} chunks, "
        f"{result['tokens']} predicted tokens (native NLL {result['native_nll']:.4f})"
        + (f"; next-sentence QA on {qa} items (native accuracy {result['native_qa_accuracy']:.3f})" if qa else "; no QA items")
        + ". " + ("Native model restored exactly (same NLL after the last unit)." if result["restored"] else "**The native NLL differed after restoring.**"),
        "",
        "| unit | role | structure | held-out IoU | KL from native | NLL delta ± se | QA delta ± se |",
        "|---|---|---|---:|---:|---:|---:|",
    ]
    for r in result["units"]:
        iou = _f(r["heldout_iou"], ".3f")
        nll = f"{_f(r['nll_delta'])} ± {_f(r['nll_delta_se'], '.4f')}"
        qa_cell = f"{_f(r['qa_delta'], '+.3f')} ± {_f(r['qa_delta_se'], '.3f')}" if r["qa_delta"] is not None else "—"
        lines.append(f"| {r['unit']} | {r['role']} | {r['structure']} | {iou} | {r['kl']:.4f} | {nll} | {qa_cell} |")
    return "\n".join(lines) + "\n"

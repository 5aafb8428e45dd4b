"""Extraction: run a model over text and record every head's attention in a store.

The plan (which examples, in which order, from which split) is fixed before
the first forward pass and written to the manifest, so a killed run can be
started again with the same command and continues with the next shard; a
shard that no longer matches its recorded size and sha256 is re-recorded.
With ``all=True`` every document, line or sentence of the corpus is recorded
whole, in file order and without a split (:mod:`headprog.attention.targeted`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

from headprog.io import atomic_path, atomic_write_text
from headprog.features import FEATURE_LIBRARY_VERSION
from headprog.attention.integrity import damaged_shards, shard_record
from headprog.attention.store import Example, Manifest, StoreError, pack_dense, pack_topmass, read_manifest
from headprog.attention.targeted import plan_all, sample_whole
from headprog.data.tokens import detect_style, tokenizer_fingerprint, tokenizer_surfaces

#: Example kinds, in the order shards group them (new kinds go last: old stores keep their shard numbering).
KINDS = ("passage", "sentence", "document", "line")

log = logging.getLogger("headprog.extract")


@dataclass
class ExtractOptions:
    """Everything that decides what a store holds."""

    model: str = "smollm2-135m"
    corpus: str = "wiki"
    examples: int = 64  # per kind, synthesis and held-out together
    max_tokens: int = 128
    kinds: tuple[str, ...] = ("passage",)
    heldout_fraction: float = 1 / 3
    seed: int = 0
    layers: Sequence[int] | None = None
    heads: Sequence[int] | None = None
    mass: float | None = None  # keep only the weights covering this mass per row
    batch_size: int = 8
    shard_examples: int = 16
    all: bool = False  # every document / line / sentence of the corpus, whole, no split (a targeted set)

    def record(self) -> dict:
        """What the manifest keeps of these options: enough to print the command that re-records a damaged shard."""
        data = asdict(self)
        data["kinds"] = list(self.kinds)
        for key in ("layers", "heads"):
            data[key] = sorted(data[key]) if data[key] is not None else None
        return {k: data[k] for k in ("model", "corpus", "examples", "max_tokens", "kinds", "seed", "layers", "heads", "mass", "all")}


def plan_examples(loaded, opts: ExtractOptions) -> tuple[list[Example], dict]:
    """The examples to record: per kind, synthesis then held-out, from disjoint documents (or every unit, with ``all``)."""
    from headprog.data.corpus import check_length, load_corpus

    check_length(opts.max_tokens, loaded.max_positions)
    corpus = load_corpus(opts.corpus)
    for kind in opts.kinds:
        if kind not in KINDS:
            raise StoreError(f"unknown example kind {kind!r}; expected one of {', '.join(KINDS)}")
    info = {"spec": opts.corpus, "name": corpus.name, "source": corpus.source, "license": corpus.license, "seed": opts.seed}
    examples: list[Example] = []
    if opts.all:
        for u in plan_all(corpus.documents, corpus.source, loaded, tuple(opts.kinds), opts.max_tokens):
            examples.append(Example(len(examples), "all", u.kind, u.doc_id, u.ids, tokenizer_surfaces(loaded.tokenizer, u.ids)))
        return examples, {**info, "all": True}
    split = corpus.split(seed=opts.seed)
    n_heldout = max(1, round(opts.examples * opts.heldout_fraction)) if opts.examples > 1 else 0
    counts = {"synthesis": opts.examples - n_heldout, "heldout": n_heldout}
    for kind in opts.kinds:
        for part, n in counts.items():
            if n == 0:
                continue
            for ids, doc_id in _sample(split.part(part), loaded, kind, n, opts.max_tokens, part):
                examples.append(Example(len(examples), part, kind, doc_id, ids, tokenizer_surfaces(loaded.tokenizer, ids)))
    return examples, info


def _sample(docs, loaded, kind: str, n: int, max_tokens: int, part: str) -> list[tuple[list[int], str]]:
    """(ids, document id) of ``n`` examples of one kind from one split."""
    from headprog.data.corpus import passages, sentences

    if kind in ("document", "line"):
        return [(u.ids, u.doc_id) for u in sample_whole(docs, loaded, kind, n, max_tokens, part)]
    if kind == "passage":
        seqs = passages(docs, loaded.tokenizer, max_tokens, n, add_bos=loaded.adds_bos, bos_token_id=loaded.bos_token_id)
    else:
        # Sentence bounds count text tokens only; BOS must fit in max_tokens too.
        longest = min(30, max_tokens - (1 if loaded.adds_bos else 0))
        if longest < 1:
            raise StoreError(f"max_tokens={max_tokens} leaves no room for a sentence")
        seqs = sentences(
            docs, loaded.tokenizer, n, min_tokens=min(15, longest), max_tokens=longest,
            add_bos=loaded.adds_bos, max_per_doc=1, bos_token_id=loaded.bos_token_id,
        )
    if len(seqs) < n:
        hint = " (sentences are 15-30 tokens, one per document; record a small file whole with --all)" if kind == "sentence" else ""
        raise StoreError(f"the corpus gave only {len(seqs)} {kind}s for the {part} split; {n} were asked for{hint}")
    return [(list(s.ids), s.doc_id) for s in seqs]


def shard_members(examples: list[Example], per_shard: int) -> list[list[int]]:
    """Group examples of equal kind into shards (similar lengths batch well)."""
    out: list[list[int]] = []
    for kind in KINDS:
        idx = [e.index for e in examples if e.kind == kind]
        out += [idx[i : i + per_shard] for i in range(0, len(idx), per_shard)]
    return out


def padded_batch(batch: list[Example], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Input ids and attention mask of a right-padded batch."""
    t = max(e.length for e in batch)
    ids = torch.full((len(batch), t), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), t), dtype=torch.long)
    for i, e in enumerate(batch):
        ids[i, : e.length] = torch.tensor(e.ids)
        mask[i, : e.length] = 1
    return ids, mask


def _forward_attentions(model, batch: list[Example], pad_id: int) -> list[torch.Tensor]:
    """Per layer, attentions (B, H, T, T) of a right-padded batch."""
    ids, mask = padded_batch(batch, pad_id)
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask, output_attentions=True, use_cache=False)
    return list(out.attentions)


@dataclass(frozen=True)
class ShardJob:
    """One shard to record: its number, its examples, and the layers and heads kept."""

    number: int
    examples: list[Example]
    layers: list[int]
    heads: list[int]

    @property
    def file(self) -> str:
        return f"shard-{self.number:05d}.safetensors"

    @property
    def members(self) -> list[int]:
        return [e.index for e in self.examples]


#: Runs shard jobs (locally, or on a cluster) and yields each job with its tensors as it completes, in any order.
ShardRunner = Callable[[list[ShardJob]], Iterable[tuple[ShardJob, dict[str, np.ndarray]]]]


def pad_id_of(loaded) -> int:
    """The token id padded batches are filled with."""
    return loaded.tokenizer.pad_token_id if loaded.tokenizer.pad_token_id is not None else 0


def extract(out_dir: str | Path, opts: ExtractOptions, *, progress: bool = True, stop_after_shards: int | None = None,
            runner: ShardRunner | None = None) -> Manifest:
    """Record attention into ``out_dir``; resumes a store made by the same command.

    ``runner`` records the shards elsewhere (``headprog.cluster``); whoever
    records them, this process alone writes the shards and the manifest.
    """
    from tqdm import tqdm

    out_dir = Path(out_dir)
    loaded, manifest, repaired = _prepare_store(out_dir, opts)
    done = {s["file"] for s in manifest.shards}
    shards = shard_members(manifest.examples, opts.shard_examples)
    jobs = [ShardJob(n, [manifest.examples[i] for i in m], manifest.layers, manifest.heads) for n, m in enumerate(shards)]
    jobs = [j for j in jobs if j.file not in done][:stop_after_shards]
    if runner is None:
        pad_id = pad_id_of(loaded)
        results = ((job, record_shard(loaded.model, job, opts, pad_id)) for job in jobs)  # lazy: one shard at a time
    else:
        results = runner(jobs)
    started = time.perf_counter()
    new_tokens = 0
    bar = tqdm(total=len(shards), desc="extract", unit="shard", disable=not progress, initial=len(done))
    for job, tensors in results:
        write_shard(out_dir / "shards" / job.file, tensors, job.members)
        manifest.shards.append(shard_record(out_dir / "shards" / job.file, job.members))
        manifest.shards.sort(key=lambda s: s["file"])  # the same manifest whatever order shards arrive in, or a repaired one
        new_tokens += sum(e.length for e in job.examples)
        atomic_write_text(out_dir / "manifest.json", manifest.to_json())
        bar.update(1)
    bar.close()
    if stop_after_shards is not None and len(manifest.shards) < len(shards):
        return manifest
    elapsed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in (out_dir / "shards").glob("*.safetensors"))
    tokens = sum(e.length for e in manifest.examples)
    manifest.complete = True
    manifest.stats = {
        "tokens": tokens,
        "bytes": size,
        "bytes_per_head_per_token": size / max(1, tokens * len(manifest.layers) * len(manifest.heads)),
        "last_run_seconds": round(elapsed, 2),
        "last_run_tokens_per_second": round(new_tokens / elapsed, 1) if elapsed > 0 and new_tokens else None,
        "last_run_repaired": repaired,
    }
    atomic_write_text(out_dir / "manifest.json", manifest.to_json())
    return manifest


def _prepare_store(out_dir: Path, opts: ExtractOptions):
    """Load the model, plan the examples, and write (or check and resume) the store's manifest; the damaged shards dropped to record again."""
    from headprog.data import models

    if opts.mass is not None and not 0 < opts.mass <= 1:
        raise StoreError(f"mass must be in (0, 1], got {opts.mass}")
    loaded = models.load(opts.model, attn_implementation="eager")
    layers = sorted(opts.layers) if opts.layers is not None else list(range(loaded.n_layers))
    heads = sorted(opts.heads) if opts.heads is not None else list(range(loaded.n_heads))
    bad = [l for l in layers if not 0 <= l < loaded.n_layers] + [h for h in heads if not 0 <= h < loaded.n_heads]
    if bad:
        raise StoreError(f"{loaded.name} has layers 0..{loaded.n_layers - 1} and heads 0..{loaded.n_heads - 1}; got {bad}")
    examples, corpus_info = plan_examples(loaded, opts)
    manifest = Manifest(
        model={"spec": loaded.spec, "name": loaded.name, "fingerprint": loaded.fingerprint, "family": loaded.family,
               "n_layers": loaded.n_layers, "n_heads": loaded.n_heads, "n_kv_heads": loaded.n_kv_heads},
        tokenizer={"style": detect_style(loaded.tokenizer), "adds_bos": loaded.adds_bos, "bos_token_id": loaded.bos_token_id,
                   "fingerprint": tokenizer_fingerprint(loaded.tokenizer)},
        feature_library=FEATURE_LIBRARY_VERSION,
        corpus=corpus_info,
        layers=layers,
        heads=heads,
        encoding="topmass" if opts.mass is not None else "dense",
        mass=opts.mass,
        examples=examples,
        options=opts.record(),
    )
    repaired: list[str] = []
    if (out_dir / "manifest.json").exists():
        previous = read_manifest(out_dir)
        if previous.plan_key() != manifest.plan_key():
            theirs, ours = previous.plan_key(), manifest.plan_key()
            if theirs["model"] != ours["model"]:
                what = (
                    f"was extracted from model {previous.model.get('name')} ({theirs['model']}), "
                    f"not from {loaded.name} ({loaded.fingerprint})"
                )
            else:
                what = "was made with other options (" + ", ".join(k for k in ours if theirs[k] != ours[k]) + " differ)"
            raise StoreError(f"{out_dir} holds a store that {what}; use a new --out folder, or delete this one to start over")
        damaged = damaged_shards(out_dir, previous.shards)
        for name, problem in damaged.items():
            log.warning("%s: shard %s is damaged (%s); recording it again", out_dir, name, problem)
            (out_dir / "shards" / name).unlink(missing_ok=True)
        repaired = sorted(damaged)
        manifest.shards = [s for s in previous.shards if s["file"] not in damaged]
        manifest.stats = previous.stats
    (out_dir / "shards").mkdir(parents=True, exist_ok=True)
    for stale in (out_dir / "shards").glob(".shard-*.tmp"):  # left by a run killed while writing
        stale.unlink(missing_ok=True)
    atomic_write_text(out_dir / "manifest.json", manifest.to_json())
    return loaded, manifest, repaired


def record_shard(model, job: ShardJob, opts: ExtractOptions, pad_id: int) -> dict[str, np.ndarray]:
    """The tensors of one shard: every example's kept heads, packed, by ``e{index}.L{layer}``.

    The one function that records attention, in a local run and on a cluster worker alike.
    """
    tensors: dict[str, np.ndarray] = {}
    for start in range(0, len(job.examples), opts.batch_size):
        batch = job.examples[start : start + opts.batch_size]
        attentions = _forward_attentions(model, batch, pad_id)
        for i, e in enumerate(batch):
            t = e.length
            for layer in job.layers:
                pats = attentions[layer][i, job.heads, :t, :t].float().numpy()
                key = f"e{e.index}.L{layer}"
                if opts.mass is not None:
                    for part, arr in pack_topmass(pats, opts.mass).items():
                        tensors[f"{key}.{part}"] = arr
                else:
                    tensors[key] = pack_dense(pats)
    return tensors


def write_shard(path: Path, tensors: dict[str, np.ndarray], members: list[int]) -> None:
    """Write a shard atomically: a reader sees all of it or none."""
    from safetensors.numpy import save_file

    with atomic_path(path) as tmp:
        # safetensors writes an array's raw buffer: strides must be C order.
        contiguous = {k: np.ascontiguousarray(v) for k, v in tensors.items()}
        save_file(contiguous, str(tmp), metadata={"examples": ",".join(map(str, members))})

"""Tiny randomly initialised GPT-2 and Llama models and the checks the hybrid tests share.

Used by the CPU tests (test_hybrid, test_tuning, ...) and the GPU tests (test_gpu); no environment
is set here, so each test module decides whether Triton interprets. Tiny models
test code paths only; no reported figure comes from them.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import torch

from headprog.compiler import reference
from headprog.features import compute_features, stack_features
from headprog.hybrid import HybridModel
from headprog.language import parse_file
from headprog.language.program_set import head_name
from headprog.data.tokens import tokenizer_surfaces

CLASSIC = {p.name: p for p in parse_file(Path(__file__).resolve().parents[2] / "headprog" / "library" / "classic.py").programs}

WORDS = ["<unk>", "<s>", "</s>", "<pad>"] + (
    "the a of and to in is was cat dog sat on mat it The A Paris France capital big red ran "
    ". , ! ? ; : 1 2 42 1999 ( ) \" -"
).split()
TEXT = "The cat sat on the mat . The dog ran to the mat , and the cat sat . Paris is the capital of France ! It was 1999 ."


def make_tokenizer(add_bos: bool):
    from tokenizers import Tokenizer, pre_tokenizers, processors
    from tokenizers.models import WordLevel
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(WordLevel(vocab={w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.WhitespaceSplit()
    if add_bos:
        tok.post_processor = processors.TemplateProcessing(single="<s> $A", pair="<s> $A <s> $B", special_tokens=[("<s>", 1)])
    return PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>", unk_token="<unk>", pad_token="<pad>")


def save_tiny_model(folder: Path, family: str, seed: int = 0, positions: int = 128) -> Path:
    """A tiny randomly initialised GPT-2 or Llama and a word-level tokenizer, saved to folder."""
    from transformers import GPT2Config, GPT2LMHeadModel, LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    if family == "gpt2":
        cfg = GPT2Config(vocab_size=len(WORDS), n_positions=positions, n_embd=32, n_layer=2, n_head=4, bos_token_id=1, eos_token_id=2)
        model = GPT2LMHeadModel(cfg)
    else:
        cfg = LlamaConfig(
            vocab_size=len(WORDS), hidden_size=32, intermediate_size=64, num_hidden_layers=3, num_attention_heads=4,
            num_key_value_heads=2, max_position_embeddings=positions, bos_token_id=1, eos_token_id=2,
        )  # fmt: skip
        model = LlamaForCausalLM(cfg)
    model.save_pretrained(folder)
    make_tokenizer(add_bos=family == "llama").save_pretrained(folder)
    return folder


def save_tiny_model_short_gpt2(folder: Path, family: str, seed: int = 0) -> Path:
    """The tiny models of save_tiny_model; GPT-2's with a 64-position limit, which the model, store and perplexity tests run into."""
    return save_tiny_model(folder, family, seed, positions=64 if family == "gpt2" else 128)


def write_piqa(path: Path) -> Path:
    """A three-item multiple-choice file in PIQA's format, in the tiny tokenizer's words."""
    rows = [("the cat sat on the", "mat .", "dog ran", 0), ("Paris is the", "big red", "capital of France", 1), ("It was", "1999 .", "a cat", 0)]
    path.write_text("".join(json.dumps({"goal": g, "sol1": a, "sol2": b, "label": y}) + "\n" for g, a, b, y in rows))
    return path


def token_ids(lm, text: str = TEXT) -> torch.Tensor:
    return lm.tokenizer(text, return_tensors="pt").input_ids


def assign_classic(lm, seed: int = 0) -> dict[tuple[int, int], object]:
    """A classic program for every head of the model (round robin, seeded)."""
    names = sorted(CLASSIC)
    rng = random.Random(seed)
    rng.shuffle(names)
    heads = [(layer, h) for layer in range(lm.n_layers) for h in range(lm.n_heads)]
    return {head: CLASSIC[names[i % len(names)]] for i, head in enumerate(heads)}


def quarter_of_heads(lm, seed: int = 0) -> list[tuple[int, int]]:
    heads = [(layer, h) for layer in range(lm.n_layers) for h in range(lm.n_heads)]
    return sorted(random.Random(seed).sample(heads, max(1, round(0.25 * len(heads)))))


def attention_modules(lm):
    if lm.family == "gpt2":
        return [(block.attn, block.attn.c_attn, block.attn.c_proj) for block in lm.model.transformer.h]
    return [(layer.self_attn, layer.self_attn.v_proj, layer.self_attn.o_proj) for layer in lm.model.model.layers]


class Capture:
    """Per layer: V (B, T, KV, D) from the value projection and the o_proj input (B, T, H, D)."""

    def __init__(self, lm):
        self.lm = lm
        self.values: dict[int, torch.Tensor] = {}
        self.outputs: dict[int, torch.Tensor] = {}
        self.handles = []
        d = lm.head_dim
        for layer, (_attn, vmod, omod) in enumerate(attention_modules(lm)):

            def v_hook(_m, _inp, out, layer=layer):
                if lm.family == "gpt2":
                    out = out[..., 2 * lm.n_heads * d :]
                self.values[layer] = out.detach().reshape(*out.shape[:2], -1, d).float().cpu()

            def o_hook(_m, args, layer=layer):
                x = args[0]
                self.outputs[layer] = x.detach().reshape(*x.shape[:2], -1, d).float().cpu()

            self.handles.append(vmod.register_forward_hook(v_hook))
            self.handles.append(omod.register_forward_pre_hook(o_hook))

    def close(self):
        for h in self.handles:
            h.remove()


def features_of(lm, ids: torch.Tensor, lengths=None) -> tuple[np.ndarray, np.ndarray]:
    rows = []
    lens = []
    for b, row in enumerate(ids.cpu().tolist()):
        n = len(row) if lengths is None else int(lengths[b])
        rows.append(compute_features(row[:n], tokenizer_surfaces(lm.tokenizer, row[:n])))
        lens.append(n)
    return stack_features(rows, length=ids.shape[1]), np.array(lens)


def check_heads_against_reference(lm, hybrid, ids, mask=None, atol=1e-5, native_atol=1e-6):
    """Every substituted head's output = reference pattern @ V (from the same run); native heads = native."""
    cap = Capture(lm)
    try:
        with torch.no_grad(), hybrid.native():
            lm.model(input_ids=ids, attention_mask=mask, use_cache=False)
        native_out = dict(cap.outputs)
        with torch.no_grad():
            hybrid(input_ids=ids, attention_mask=mask, use_cache=False)
    finally:
        cap.close()
    lengths = None if mask is None else mask.sum(1).cpu().numpy()
    feats, lens = features_of(lm, ids, lengths)
    n_rep = lm.n_heads // lm.n_kv_heads
    subs = set(hybrid.heads)
    checked = 0
    for layer in sorted({l for l, _ in subs}):
        for h in range(lm.n_heads):
            got = cap.outputs[layer][:, :, h].numpy()
            if (layer, h) in subs:
                program = hybrid.program((layer, h))
                v = cap.values[layer][:, :, h // n_rep].numpy()
                want = reference.outputs(program.expr, feats, lens, v, program.normalize, program.fallback)
                for b, n in enumerate(lens):
                    np.testing.assert_allclose(got[b, :n], want[b, :n], atol=atol, err_msg=f"{head_name(layer, h)} row {b}")
                checked += 1
            elif layer == min(l for l, _ in subs):  # same inputs as the native run up to here
                for b, n in enumerate(lens):
                    np.testing.assert_allclose(got[b, :n], native_out[layer][b, :n, h].numpy(), atol=native_atol)
    assert checked == len(subs)


def generate_and_recompute(lm, hybrid, ids, n_new: int):
    with torch.no_grad():
        out = hybrid.generate(
            ids, attention_mask=torch.ones_like(ids), max_new_tokens=n_new, min_new_tokens=n_new, do_sample=False,
            output_logits=True, return_dict_in_generate=True, pad_token_id=lm.tokenizer.pad_token_id,
        )  # fmt: skip
        seq = out.sequences
        full = hybrid(seq, use_cache=False).logits
    p = ids.shape[1]
    step_logits = torch.stack(out.logits, dim=1)
    recomputed = full[:, p - 1 : -1]
    return seq, step_logits, recomputed


BUNDLED_TEXT = (
    "The Eiffel Tower is in Paris. It was built in 1889, and the tower is 330 metres tall.\n"
    "Paris is the capital of France. The tower draws millions of visitors, and the tower is lit at night."
)


def zero_heads_logit_gap(lm, ids: torch.Tensor) -> float:
    """Max |logit difference| of a hybrid with a program for every head but none substituted, from native."""
    with torch.no_grad():
        native = lm.model(ids).logits
        with HybridModel(lm, assign_classic(lm)) as hybrid:
            same = hybrid(ids).logits
    return (same - native).abs().max().item()


def check_generation_matches_recompute(lm, hybrid, ids, n_new: int, atol: float = 1e-4):
    """Greedy KV-cache generation gives the tokens and logits of a full recompute of the sequence."""
    seq, step, full = generate_and_recompute(lm, hybrid, ids, n_new)
    assert seq.shape[1] == ids.shape[1] + n_new
    assert torch.equal(full.argmax(-1), seq[:, ids.shape[1] :])
    assert (step - full).abs().max().item() <= atol

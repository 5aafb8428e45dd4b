"""What every benchmark result records beside its figures: hardware, software, model, program set, command."""

from __future__ import annotations

import hashlib
import os
import platform
from typing import Any

from headprog.language.program_set import ProgramSet

__all__ = ["hardware", "software", "program_set_hash", "load_average"]


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def hardware(device: str = "cpu") -> dict[str, Any]:
    """The machine: CPU model and count, memory, and the GPU when ``device`` is ``cuda``."""
    info: dict[str, Any] = {"machine": platform.machine(), "processor": _cpu_name(), "cpus": os.cpu_count()}
    try:
        import psutil

        info["memory_gib"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:  # pragma: no cover - psutil comes with transformers' dependencies
        pass
    if device.startswith("cuda"):
        import torch

        info["gpu"] = torch.cuda.get_device_name(torch.device(device))
    return info


def software() -> dict[str, str]:
    """Versions of what the figures depend on."""
    import numba
    import torch
    import transformers

    import headprog

    versions = {
        "python": platform.python_version(),
        "headprog": getattr(headprog, "__version__", "unknown"),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "numba": numba.__version__,
        "torch_threads": str(torch.get_num_threads()),
    }
    try:
        import triton

        versions["triton"] = triton.__version__
    except ImportError:  # pragma: no cover - triton ships with torch on Linux
        pass
    return versions


def program_set_hash(pset: ProgramSet | None) -> str | None:
    """A short hash over every head's program hash: two runs with the same hash ran the same programs."""
    if pset is None:
        return None
    text = "\n".join(f"{name}:{rec.get('program_hash')}" for name, rec in sorted(pset.heads.items()))
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]


def load_average() -> float | None:
    """The 1-minute load average (other work on the machine inflates every figure)."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # pragma: no cover - not on every platform
        return None

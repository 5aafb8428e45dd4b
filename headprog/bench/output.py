"""Writing benchmark results: JSON and Markdown side by side, atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from headprog.io import atomic_write_text

__all__ = ["write_results"]


def write_results(name: str, payload: dict[str, Any], markdown: str, out_dir: Path) -> tuple[Path, Path]:
    """Write ``name.json`` (sorted keys) and ``name.md`` into ``out_dir`` atomically; their paths."""
    out_dir = Path(out_dir)
    json_path, md_path = out_dir / f"{name}.json", out_dir / f"{name}.md"
    atomic_write_text(json_path, json.dumps(payload, indent=2, sort_keys=True, default=str) + "\n")
    atomic_write_text(md_path, markdown)
    return json_path, md_path

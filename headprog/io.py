"""Files headprog writes: atomic writes, and the home folder of its caches.

Every artifact (program files, manifests, store shards, results) is written
through :func:`atomic_path`, so a reader or an interrupted job sees the old
file or the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["atomic_path", "atomic_write_text", "headprog_home"]


def headprog_home() -> Path:
    """Root of headprog's caches: ``$HEADPROG_HOME`` or ``~/.cache/headprog``."""
    env = os.environ.get("HEADPROG_HOME")
    return Path(env).expanduser() if env else Path.home() / ".cache" / "headprog"


def _read_umask() -> int:
    """The process's umask: from /proc on Linux, else by setting it and back (once, at import)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)  # elsewhere os.umask is the only reader, and it writes too
    os.umask(current)
    return current


#: The permission bits ``open()`` gives a new file in this process (0o644 under the usual umask).
NEW_FILE_MODE = 0o666 & ~_read_umask()


@contextlib.contextmanager
def atomic_path(path: Path, *, mode: int | None = None) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; renamed onto ``path`` when the block ends without error.

    The parent folder is made if missing; on an error the temporary file is
    removed and ``path`` is left as it was. ``mode``: permission bits for the
    finished file (default :data:`NEW_FILE_MODE`, what a plain ``open()``
    would give it: ``mkstemp``'s own 0o600 would leave program files and
    results unreadable to the rest of a team sharing the folder).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, NEW_FILE_MODE if mode is None else mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str, *, mode: int | None = None) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers see the old file or the new one, never half."""
    with atomic_path(path, mode=mode) as tmp:
        tmp.write_text(text, encoding="utf-8")

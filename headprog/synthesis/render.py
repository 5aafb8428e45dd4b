"""Writing a fitted program as text: the returned sum, its tables, its docstring and its file.

The offline search fits weights of library terms (:mod:`headprog.synthesis.terms`);
these functions turn them into a program through the language front end,
so that what a file says is exactly what was fitted (weights to three
significant digits).
"""

from __future__ import annotations

import re
from dataclasses import replace

from headprog.features import WORD_CLASSES, oldest_version
from headprog.language import format_file, ir, parse_text
from headprog.language.program import Header, Program, ProgramFile
from headprog.language.program_set import head_name
from headprog.synthesis.fit import rounded_weight
from headprog.synthesis.search import Fitted
from headprog.synthesis.terms import TableEntry, term_ir

__all__ = ["offline_program", "program_file_text", "render_program"]

#: The class codes a term compares ``word_class`` with, for the legend in a program's docstring.
_WORD_CLASS_CODE = re.compile(r"word_class\([qk]\) == (\d+)")


def _weight_text(w: float) -> str:
    return repr(rounded_weight(w))


def render_program(fitted: Fitted, layer: int, head: int) -> tuple[list[str], str]:
    """The named values and the returned expression of a fitted program (terms in library order).

    Negative weights are written as ``+ -w * term``, not ``- w * term``, so
    that programs differing only in their constants share one structure. The
    entries of a table family become one ``table(...)``, bound to the
    family's name on a line of its own (so a diff shows which table changed)
    and used where the family's first entry stands; an entry the head does
    not use is 0.0. A family all of whose entries are 0 is left out.
    """
    parts: list[str | TableEntry] = []
    tables: dict[str, list[str]] = {}
    for term, w in zip(fitted.terms, fitted.weights):
        entry = term.table
        if entry is None:
            if w != 0.0:
                parts.append(f"{_weight_text(w)} * ({term.text})")
            continue
        if entry.family not in tables:
            tables[entry.family] = ["0.0"] * entry.size
            parts.append(entry)  # stands for its whole family, rendered once every entry is known
        tables[entry.family][entry.index] = _weight_text(w)
    bindings, summands = [], []
    for part in parts:
        if isinstance(part, str):
            summands.append(part)
            continue
        values = tables[part.family]
        if all(float(v) == 0.0 for v in values):
            continue
        bindings.append(f"{part.binding} = table({part.by}, {', '.join(values)})")
        summands.append(f"({part.gate}) * {part.binding}" if part.gate else part.binding)
    return bindings, " + ".join(summands) or "0.0"


def offline_program(fitted: Fitted, layer: int, head: int) -> Program:
    """The fitted program of one head (softmax or linear), through the language front end."""
    name = head_name(layer, head)
    sinks = sorted({t.name for t in fitted.terms if t.family == "token sink"})
    bindings, body = render_program(fitted, layer, head)
    lines = "".join(f"    {b}\n" for b in bindings)
    used: set[str] = set()
    for term, w in zip(fitted.terms, fitted.weights):
        if w != 0.0:
            used |= {n.cls or n.name for n in ir.walk(term_ir(term.text)) if isinstance(n, ir.Feature)}
            if term.table is not None:
                used.add("table")
    text = (
        f'"""\nheadprog: 1\nfeatures: {oldest_version(used)}\n"""\n\n\n'
        f'@program(normalize="{fitted.normalize}", fallback="first", head="{name}")\n'
        f"def {name}(q, k):\n{lines}    return {body}\n"
    )
    program = parse_text(text, filename=f"{name}.py").programs[0]
    notes = []
    if sinks:
        notes.append("Token sinks: " + "; ".join(sinks))
    codes = sorted({int(c) for term, w in zip(fitted.terms, fitted.weights) if w != 0.0 and term.table is None for c in _WORD_CLASS_CODE.findall(term.text)})
    if any(w != 0.0 and term.table is not None and "word_class" in term.table.by for term, w in zip(fitted.terms, fitted.weights)):
        codes = list(range(len(WORD_CLASSES)))  # a table over word classes: its entries are the classes in code order
    if codes:
        notes.append("Word classes: " + ", ".join(f"{c} {WORD_CLASSES[c]}" for c in codes))
    return replace(program, label=fitted.family, doc=". ".join(notes) or None)


def program_file_text(program: Program, layer: int, head: int, model: dict, source: str, scores: dict | None) -> str:
    """A canonical program file for one head: the program under a header naming model, head, source, scores."""
    name = head_name(layer, head)
    program = replace(program, name=name, head=name)
    header = Header(
        features=program.features_version,
        model=f"{model.get('name')} ({model.get('fingerprint')})",
        head=name,
        label=program.label,
        source=source,
    )
    if scores:
        header = header.with_scores(**scores)
    return format_file(ProgramFile(header=header, programs=(program,), filename=f"{name}.py"))

"""The in-memory form of a program file: a header and one or more programs."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import cached_property

from headprog.errors import HeadprogError
from headprog.language import ir
from headprog.language.expr_printer import format_expr

#: Version of the program-file format (the ``headprog:`` header line).
FORMAT_VERSION = "1"

NORMALIZE_MODES = ("weights", "softmax")
FALLBACKS = ("first", "self", "uniform")
HEADER_KEYS = ("headprog", "features", "model", "head", "label", "source", "scores")


@dataclass(frozen=True)
class Header:
    """File-level metadata, written as ``key: value`` lines in the module docstring."""

    features: str = "v1"
    format: str = FORMAT_VERSION
    model: str | None = None
    head: str | None = None
    label: str | None = None
    source: str | None = None
    scores: tuple[tuple[str, str], ...] = ()

    def with_scores(self, **scores: object) -> Header:
        """A copy with ``scores`` replaced (values are printed with ``str``)."""
        return replace(self, scores=tuple((k, _fmt_score(v)) for k, v in scores.items()))

    @property
    def scores_dict(self) -> dict[str, str]:
        return dict(self.scores)


def _fmt_score(value: object) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


@dataclass(frozen=True)
class Program:
    """One head program: ``@program(...) def name(q, k): ...``.

    ``bindings`` are the named intermediate values in order; ``result`` is the
    returned expression, which may refer to bindings through :class:`ir.Local`.
    """

    name: str
    result: ir.Node
    bindings: tuple[tuple[str, ir.Node], ...] = ()
    normalize: str = "weights"
    fallback: str = "first"
    head: str | None = None
    label: str | None = None
    doc: str | None = None
    features_version: str = "v1"
    filename: str = "<program>"
    line: int = 1

    @cached_property
    def expr(self) -> ir.Node:
        """The returned expression with every binding inlined."""
        env: dict[str, ir.Node] = {}
        for name, node in self.bindings:
            env[name] = ir.substitute(node, env)
        return ir.substitute(self.result, env)

    @cached_property
    def semantic_text(self) -> str:
        """Canonical text of what the program computes (names and docs left out)."""
        return f"{self.normalize}|{self.fallback}|{self.features_version}|{format_expr(self.expr)}"

    @cached_property
    def hash(self) -> str:
        """Content hash: equal for programs that compute the same thing the same way."""
        return "sha256:" + hashlib.sha256(self.semantic_text.encode()).hexdigest()[:16]

    @cached_property
    def structure_hash(self) -> str:
        """Hash of the program with every numeric constant abstracted away."""
        text = f"{self.normalize}|{self.fallback}|{format_expr(self.expr, abstract_constants=True)}"
        return "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ProgramFile:
    """A parsed program file."""

    header: Header
    programs: tuple[Program, ...] = field(default_factory=tuple)
    filename: str = "<program>"

    def program(self, name_or_head: str | None = None) -> Program:
        """The program named (or targeting head) ``name_or_head``; the only one if None."""
        if name_or_head is None:
            if len(self.programs) != 1:
                names = ", ".join(p.name for p in self.programs)
                raise HeadprogError(f"{self.filename} holds {len(self.programs)} programs ({names}); name one")
            return self.programs[0]
        for p in self.programs:
            if name_or_head in (p.name, p.head):
                return p
        names = ", ".join(p.name for p in self.programs)
        raise HeadprogError(f"{self.filename} has no program or head named {name_or_head!r}; it has: {names}")

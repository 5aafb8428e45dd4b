"""Parse and validate program files: text → :class:`ProgramFile` with typed IR.

A program file is a restricted subset of Python syntax. It is parsed with
:mod:`ast` and every node is checked against a whitelist; Python never runs it.
Each rejection is a :class:`ProgramError` naming ``file:line:col``, what is
wrong and what is allowed instead.
"""

from __future__ import annotations

import ast
import re
import warnings
from pathlib import Path

from headprog.errors import ProgramError
from headprog.features import SUPPORTED_VERSIONS
from headprog.language import ir
from headprog.language.checks import MAX_CONSTANT, MAX_DEPTH, RESERVED, ExpressionChecker, describe
from headprog.language.program import (
    FALLBACKS,
    FORMAT_VERSION,
    HEADER_KEYS,
    NORMALIZE_MODES,
    Header,
    Program,
    ProgramFile,
)

MAX_FILE_BYTES = 256 * 1024
MAX_PROGRAMS = 64
MAX_BRACKET_DEPTH = 48
MAX_BINDINGS = 32

HEAD_NAME = re.compile(r"^L\d+H\d+$")
ALLOWED_SUMMARY = (
    "a program is `@program(normalize=..., fallback=...)` over `def name(q, k):` with "
    "`name = expression` lines and one `return expression`"
)


# ---------------------------------------------------------------------------
# Entry points


def parse_file(path: str | Path) -> ProgramFile:
    """Read and validate the program file at ``path``."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ProgramError(f"cannot read the file ({exc.strerror or exc})", filename=str(path)) from None
    return parse_text(data, filename=str(path))


def parse_text(source: str | bytes, filename: str = "<program>") -> ProgramFile:
    """Validate program text (``str`` or UTF-8 ``bytes``) and build its IR."""
    text = _decode(source, filename)
    if len(text.encode("utf-8")) > MAX_FILE_BYTES:
        raise ProgramError(f"the file is larger than {MAX_FILE_BYTES // 1024} KiB; split it", filename=filename)
    _check_brackets(text, filename)
    try:
        # Python's deprecation warnings (`1if`, "\d") become errors with a location,
        # instead of warnings printed against the caller's code.
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            module = ast.parse(text, filename=filename)
    except SyntaxError as exc:
        message = f"not valid syntax: {exc.msg}"
        if "integer string conversion" in exc.msg:
            message = f"an integer literal has thousands of digits; constants are at most {MAX_CONSTANT:g} in magnitude"
        raise ProgramError(message, filename=filename, line=exc.lineno or 1, col=exc.offset or 1) from None
    except (RecursionError, MemoryError) as exc:
        raise ProgramError(
            f"the file is nested too deeply to parse ({type(exc).__name__}); "
            f"expressions may nest at most {MAX_DEPTH} levels",
            filename=filename,
        ) from None
    except (ValueError, OverflowError) as exc:
        raise ProgramError(f"cannot be parsed: {type(exc).__name__}: {str(exc)[:100]}", filename=filename) from None
    try:
        return _FileChecker(filename, text).check(module)
    except RecursionError:
        raise ProgramError("the program is nested too deeply", filename=filename) from None


def parse_program(source: str, filename: str = "<program>") -> Program:
    """Validate text holding exactly one program and return it."""
    return parse_text(source, filename).program()


def _decode(source: str | bytes, filename: str) -> str:
    if isinstance(source, str):
        text = source
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate: no file can hold it
            before = text[: exc.start]
            raise ProgramError(
                "the text holds a lone surrogate character, which is not valid Unicode",
                filename=filename,
                line=before.count("\n") + 1,
                col=len(before) - (before.rfind("\n") + 1) + 1,
            ) from None
    else:
        try:
            text = source.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = source[: exc.start]
            line = before.count(b"\n") + 1
            col = exc.start - (before.rfind(b"\n") + 1) + 1
            raise ProgramError("the file is not valid UTF-8", filename=filename, line=line, col=col) from None
    if text.startswith("\ufeff"):  # a UTF-8 byte-order mark, as some editors write: not part of the program
        text = text[1:]
    if "\x00" in text:
        before = text[: text.index("\x00")]
        raise ProgramError(
            "the file contains a NUL character",
            filename=filename,
            line=before.count("\n") + 1,
            col=len(before) - (before.rfind("\n") + 1) + 1,
        )
    return text


def _check_brackets(text: str, filename: str) -> None:
    """Refuse absurd nesting before :mod:`ast` spends stack on it."""
    depth = 0
    line, col = 1, 0
    for ch in text:
        col += 1
        if ch == "\n":
            line, col = line + 1, 0
        elif ch in "([{":
            depth += 1
            if depth > MAX_BRACKET_DEPTH:
                raise ProgramError(
                    f"brackets nested more than {MAX_BRACKET_DEPTH} deep", filename=filename, line=line, col=col
                )
        elif ch in ")]}":
            depth = max(0, depth - 1)


# ---------------------------------------------------------------------------
# File structure


class _FileChecker:
    def __init__(self, filename: str, text: str = "") -> None:
        self.filename = filename
        # Lines as Python counts them, to turn ast's UTF-8 byte columns into character columns.
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")

    def error(self, node: ast.AST | None, message: str) -> ProgramError:
        line = getattr(node, "lineno", 1) or 1
        offset = getattr(node, "col_offset", 0) or 0
        if 0 < line <= len(self.lines):
            offset = len(self.lines[line - 1].encode("utf-8")[:offset].decode("utf-8", errors="ignore"))
        return ProgramError(message, filename=self.filename, line=line, col=offset + 1)

    def check(self, module: ast.Module) -> ProgramFile:
        body = list(module.body)
        if not body or not _is_docstring(body[0]):
            raise self.error(
                body[0] if body else None,
                'a program file starts with a header docstring, e.g. """\\nheadprog: 1\\nfeatures: v1\\n"""',
            )
        header = self.header(body[0])
        programs: list[Program] = []
        for stmt in body[1:]:
            if not isinstance(stmt, ast.FunctionDef):
                raise self.error(
                    stmt, f"{describe(stmt)} is not allowed at the top level; {ALLOWED_SUMMARY}"
                )
            programs.append(self.function(stmt, header))
        if not programs:
            raise self.error(body[0], f"the file holds no program; {ALLOWED_SUMMARY}")
        if len(programs) > MAX_PROGRAMS:
            raise self.error(body[0], f"more than {MAX_PROGRAMS} programs in one file")
        seen: dict[str, Program] = {}
        for p in programs:
            if p.name in seen:
                raise ProgramError(
                    f"a second program named {p.name!r} (the first is on line {seen[p.name].line})",
                    filename=self.filename,
                    line=p.line,
                )
            seen[p.name] = p
        return ProgramFile(header=header, programs=tuple(programs), filename=self.filename)

    def header(self, stmt: ast.Expr) -> Header:
        text: str = stmt.value.value  # type: ignore[attr-defined]
        values: dict[str, str] = {}
        # Line i of the value is line i of the file unless escapes (\n, a backslash-newline) hide line breaks.
        exact = (stmt.end_lineno or stmt.lineno) - stmt.lineno == text.count("\n")
        for offset, raw in enumerate(text.split("\n")):
            line = raw.strip()
            if not line:
                continue
            where = ast.Expr(lineno=stmt.lineno + (offset if exact else 0), col_offset=0)
            if "\\" in line or '"""' in line or not line.replace("\t", " ").isprintable():
                raise self.error(
                    where,
                    "header lines are printable text without backslashes or triple quotes; "
                    f"got {line[:60]!r}",
                )
            key, sep, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if not sep or key not in HEADER_KEYS:
                raise self.error(
                    where,
                    f"header lines are `key: value` with key one of {', '.join(HEADER_KEYS)}; got {line[:60]!r}",
                )
            if key in values:
                raise self.error(where, f"the header names {key!r} twice")
            values[key] = value
        fmt = values.get("headprog", FORMAT_VERSION)
        if fmt != FORMAT_VERSION:
            raise self.error(stmt, f"program-file format {fmt!r} is not supported; this headprog reads format {FORMAT_VERSION}")
        if "features" not in values:
            raise self.error(stmt, "the header must name the feature-library version, e.g. `features: v1`")
        if values["features"] not in SUPPORTED_VERSIONS:
            raise self.error(
                stmt,
                f"feature library {values['features']!r} is unknown; supported: {', '.join(SUPPORTED_VERSIONS)}",
            )
        if "head" in values and not HEAD_NAME.match(values["head"]):
            raise self.error(stmt, f"head {values['head']!r} must look like L3H5 (layer 3, head 5)")
        scores: list[tuple[str, str]] = []
        for item in values.get("scores", "").split():
            name, eq, value = item.partition("=")
            if not eq or not name.isidentifier():
                raise self.error(stmt, f"scores are `name=value` items separated by spaces; got {item!r}")
            scores.append((name, value))
        return Header(
            features=values["features"],
            format=fmt,
            model=values.get("model"),
            head=values.get("head"),
            label=values.get("label"),
            source=values.get("source"),
            scores=tuple(scores),
        )

    def function(self, fn: ast.FunctionDef, header: Header) -> Program:
        options = self.decorator(fn)
        args = fn.args
        names = [a.arg for a in args.args]
        if (
            names != ["q", "k"]
            or args.posonlyargs
            or args.kwonlyargs
            or args.vararg
            or args.kwarg
            or args.defaults
            or any(a.annotation for a in args.args)
        ):
            raise self.error(fn, f"a program takes exactly the two positions `(q, k)`; got ({', '.join(names)})")
        if fn.returns is not None or getattr(fn, "type_params", None):
            raise self.error(fn, "annotations are not part of the language")
        if fn.name in RESERVED or fn.name.startswith("_"):
            raise self.error(fn, f"{fn.name!r} cannot name a program (reserved or private)")
        body = list(fn.body)
        doc = None
        if body and _is_docstring(body[0]):
            doc = body.pop(0).value.value  # type: ignore[attr-defined]
        checker = ExpressionChecker(self.error, header.features)
        bindings: list[tuple[str, ir.Node]] = []
        result: ir.Node | None = None
        for i, stmt in enumerate(body):
            last = i == len(body) - 1
            if isinstance(stmt, ast.Return) and last:
                if stmt.value is None:
                    raise self.error(stmt, "`return` needs an expression: the score of key k for query q")
                result = checker.result(stmt.value)
            elif isinstance(stmt, ast.Return):
                raise self.error(stmt, "`return` must be the last line of a program")
            elif isinstance(stmt, ast.Assign):
                if len(stmt.targets) != 1 or not isinstance(stmt.targets[0], ast.Name):
                    raise self.error(stmt, "an assignment binds one plain name: `name = expression`")
                bindings.append(checker.bind(stmt.targets[0], stmt.value))
                if len(bindings) > MAX_BINDINGS:
                    raise self.error(stmt, f"more than {MAX_BINDINGS} named values")
            else:
                raise self.error(stmt, f"{describe(stmt)} is not allowed in a program; {ALLOWED_SUMMARY}")
        if result is None:
            raise self.error(fn, "a program ends with `return expression`")
        return Program(
            name=fn.name,
            result=result,
            bindings=tuple(bindings),
            normalize=options["normalize"],
            fallback=options["fallback"],
            head=options.get("head"),
            label=options.get("label"),
            doc=doc,
            features_version=header.features,
            filename=self.filename,
            line=fn.lineno,
        )

    def decorator(self, fn: ast.FunctionDef) -> dict[str, str]:
        if len(fn.decorator_list) != 1:
            where = fn.decorator_list[1] if len(fn.decorator_list) > 1 else fn
            raise self.error(where, "a program has exactly one decorator: @program(normalize=..., fallback=...)")
        deco = fn.decorator_list[0]
        options = {"normalize": "weights", "fallback": "first"}
        if isinstance(deco, ast.Name) and deco.id == "program":
            return options
        if not (isinstance(deco, ast.Call) and isinstance(deco.func, ast.Name) and deco.func.id == "program"):
            raise self.error(deco, "the decorator must be @program(...)")
        if deco.args:
            raise self.error(deco.args[0], "@program takes keyword arguments only")
        allowed = {"normalize": NORMALIZE_MODES, "fallback": FALLBACKS, "head": None, "label": None}
        for kw in deco.keywords:
            if kw.arg not in allowed:
                got = "**options" if kw.arg is None else repr(kw.arg)
                raise self.error(kw.value, f"@program accepts {', '.join(allowed)}; got {got}")
            if not (isinstance(kw.value, ast.Constant) and isinstance(kw.value.value, str)):
                raise self.error(kw.value, f"@program's {kw.arg} must be a string literal")
            value = kw.value.value
            choices = allowed[kw.arg]
            if choices is not None and value not in choices:
                raise self.error(kw.value, f"{kw.arg} must be one of {', '.join(map(repr, choices))}; got {value!r}")
            if kw.arg == "head" and not HEAD_NAME.match(value):
                raise self.error(kw.value, f"head {value!r} must look like L3H5 (layer 3, head 5)")
            if "\n" in value or len(value) > 200:
                raise self.error(kw.value, f"{kw.arg} must be one line of at most 200 characters")
            options[kw.arg] = value
        return options


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) and isinstance(stmt.value.value, str)

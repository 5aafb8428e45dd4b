"""Parse and validate program files: text → :class:`ProgramFile` with typed IR.

A program file is a restricted subset of Python syntax. It is parsed with
:mod:`ast` and every node is checked against a whitelist; Python never runs it.
Each rejection is a :class:`ProgramError` naming ``file:line:col``, what is
wrong and what is allowed instead.
"""

from __future__ import annotations

import ast
import math
import re
import warnings
from pathlib import Path

from headprog.compiler import ir
from headprog.compiler.ir import Type
from headprog.errors import ProgramError
from headprog.features import CLASSES, FEATURES, SUPPORTED_VERSIONS, features_in, has_builtin
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
MAX_NODES = 512
MAX_DEPTH = 40
MAX_BRACKET_DEPTH = 48
MAX_CONSTANT = 1e6
MAX_BINDINGS = 32
# Limits on the expression with named values written out (what the compiler
# walks): bindings reused many times would otherwise grow it exponentially.
MAX_INLINED_NODES = 2048
MAX_INLINED_DEPTH = 64

BUILTINS = ("min", "max", "abs", "exp", "decay", "last", "table")
MAX_TABLE = 64  # entries of one table(...)
RESERVED = {"q", "k", "program", "True", "False", *BUILTINS, *FEATURES}
HEAD_NAME = re.compile(r"^L\d+H\d+$")
ALLOWED_SUMMARY = (
    "a program is `@program(normalize=..., fallback=...)` over `def name(q, k):` with "
    "`name = expression` lines and one `return expression`"
)

_DESCRIBE = {
    ast.Import: "an import",
    ast.ImportFrom: "an import",
    ast.ClassDef: "a class definition",
    ast.FunctionDef: "a function definition",
    ast.Assign: "an assignment",
    ast.Expr: "an expression statement",
    ast.AsyncFunctionDef: "an async function",
    ast.For: "a loop",
    ast.AsyncFor: "a loop",
    ast.While: "a loop",
    ast.With: "a with-block",
    ast.AsyncWith: "a with-block",
    ast.Try: "a try-block",
    ast.Raise: "a raise statement",
    ast.Global: "a global statement",
    ast.Nonlocal: "a nonlocal statement",
    ast.Delete: "a del statement",
    ast.AugAssign: "an augmented assignment",
    ast.AnnAssign: "an annotated assignment",
    ast.If: "an if-statement (use `a if cond else b` inside an expression)",
    ast.Lambda: "a lambda",
    ast.ListComp: "a comprehension",
    ast.SetComp: "a comprehension",
    ast.DictComp: "a comprehension",
    ast.GeneratorExp: "a generator expression",
    ast.Attribute: "attribute access",
    ast.Subscript: "indexing",
    ast.Starred: "a starred expression",
    ast.List: "a list",
    ast.Tuple: "a tuple",
    ast.Set: "a set",
    ast.Dict: "a dict",
    ast.JoinedStr: "an f-string",
    ast.NamedExpr: "an assignment expression (:=)",
    ast.Await: "await",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.Assert: "an assert statement",
    ast.Pass: "a pass statement",
    ast.Break: "break",
    ast.Continue: "continue",
    ast.Match: "a match statement",
    ast.Slice: "a slice",
}

_BINOPS = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div"}
_CMPOPS = {ast.Eq: "eq", ast.NotEq: "ne", ast.Lt: "lt", ast.LtE: "le", ast.Gt: "gt", ast.GtE: "ge"}
_FEATURE_TYPE = {"cat": Type.CAT, "bool": Type.BOOL, "pos": Type.POS, "int": Type.INT}


def describe(node: ast.AST) -> str:
    """A short human name for a syntax node outside the language."""
    if isinstance(node, ast.BinOp):
        return f"the operator {type(node.op).__name__}"
    return _DESCRIBE.get(type(node), type(node).__name__)


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
        checker = _ExprChecker(self, header.features)
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


# ---------------------------------------------------------------------------
# Expressions


def position_bound(node: ir.Node, env: dict[str, ir.Node] | None = None) -> int | None:
    """An upper bound on a position expression as an offset from q (None: unbounded)."""
    if isinstance(node, ir.Var):
        return 0
    if isinstance(node, ir.Const):
        return int(node.value)
    if isinstance(node, ir.Local) and env is not None:
        return position_bound(env[node.name], env)
    if isinstance(node, ir.Feature) and node.type is Type.POS:
        inner = position_bound(node.arg, env)
        if inner is None:
            return None
        return inner - 1 if node.name == "last" else inner
    if isinstance(node, ir.Binary) and node.type is Type.POS:
        a, b = position_bound(node.a, env), position_bound(node.b, env)
        if node.op == "add" and a is not None and isinstance(node.b, ir.Const):
            return a + int(node.b.value)
        if node.op == "sub" and a is not None and isinstance(node.b, ir.Const):
            return a - int(node.b.value)
        if node.op == "min":
            return min(x for x in (a, b) if x is not None) if (a, b) != (None, None) else None
        if node.op == "max" and a is not None and b is not None:
            return max(a, b)
    return None


def _literal_position(node: ir.Node) -> ir.Node:
    """An integer literal where a position is expected is a position; so is min/max of such."""
    if isinstance(node, ir.Const) and node.type is Type.INT:
        return ir.Const(node.value, Type.POS)
    if isinstance(node, ir.Binary) and node.op in ("min", "max") and node.type is Type.INT:
        a, b = _literal_position(node.a), _literal_position(node.b)
        if a.type is Type.POS and b.type is Type.POS:
            return ir.Binary(node.op, a, b, Type.POS)
    return node


class _ExprChecker:
    def __init__(self, file: _FileChecker, version: str) -> None:
        self.file = file
        self.features = set(features_in(version))
        self.version = version
        self.env: dict[str, ir.Node] = {}
        self.inlined: dict[str, tuple[int, int]] = {}  # name -> (nodes, depth) written out
        self.nodes = 0

    def error(self, node: ast.AST, message: str) -> ProgramError:
        return self.file.error(node, message)

    def bind(self, target: ast.Name, value: ast.expr) -> tuple[str, ir.Node]:
        name = target.id
        if name in RESERVED or name.startswith("_"):
            raise self.error(target, f"{name!r} is reserved (a position, feature or built-in) or private; pick another name")
        if name in self.env:
            raise self.error(target, f"{name!r} is already bound; each name is bound once")
        node = self.expr(value, depth=1)
        self.inlined[name] = self._check_inlined(node, value)
        self.env[name] = node
        return name, node

    def result(self, value: ast.expr) -> ir.Node:
        node = self.expr(value, depth=1)
        self._check_inlined(node, value)
        if node.type is Type.CAT:
            raise self.error(value, "a program returns a number or a condition, not a token id; compare it, e.g. `token(k) == token(q)`")
        return node

    # -- helpers ----------------------------------------------------------

    def _count(self, node: ast.AST, depth: int) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.error(node, f"the program is larger than {MAX_NODES} expression nodes")
        if depth > MAX_DEPTH:
            raise self.error(node, f"the expression is nested deeper than {MAX_DEPTH} levels")

    def _check_inlined(self, node: ir.Node, where: ast.AST) -> tuple[int, int]:
        """Size and depth of ``node`` with named values written out; refuse it past the limits.

        Every compiler pass walks this form, so a chain of bindings that each use
        the previous one twice must not grow it exponentially, and a long
        ``a or b or ...`` / ``min(a, b, ...)`` (one IR level per operand) must
        stay shallow enough for recursive passes and generated code.
        """

        def measure(n: ir.Node) -> tuple[int, int]:
            if isinstance(n, ir.Local):
                return self.inlined[n.name]
            size, depth = 1, 0
            for child in n.children:
                s, d = measure(child)
                size, depth = size + s, max(depth, d)
            return size, depth + 1

        size, depth = measure(node)
        if size > MAX_INLINED_NODES:
            raise self.error(
                where,
                f"this expression, with named values written out, has {size} nodes; at most "
                f"{MAX_INLINED_NODES} are allowed (reuse of a name copies its whole expression)",
            )
        if depth > MAX_INLINED_DEPTH:
            raise self.error(
                where,
                f"this expression, with named values written out, nests {depth} levels deep; at most "
                f"{MAX_INLINED_DEPTH} are allowed (each operand of an and/or/min/max chain adds a level)",
            )
        return size, depth

    def _numeric(self, node: ir.Node, where: ast.AST, what: str) -> None:
        if node.type is Type.CAT:
            raise self.error(
                where,
                f"{what}: a token id (token, lower, prev_token) can only be compared with == or !=",
            )

    def _position(self, node: ir.Node, where: ast.AST, fname: str) -> ir.Node:
        """Coerce a feature argument to a position and check that it is causal."""
        node = _literal_position(node)
        if node.type is not Type.POS:
            raise self.error(
                where,
                f"the argument of {fname}() must be a position (q, k, q - 1, sentence_start(q), last(is_punct, q), 0); got a {node.type.value}",
            )
        bound = position_bound(node, self.env)
        if bound is None or bound > 0:
            raise self.error(
                where,
                f"{fname}({ast.unparse(where)}) may read a position after the query q; programs are causal and may read "
                "only positions <= q (q, k, q - n, k - n, 0, sentence_start(q), word_start(k), last(cls, q))",
            )
        return node

    # -- the walk ----------------------------------------------------------

    def expr(self, node: ast.expr, depth: int) -> ir.Node:
        self._count(node, depth)
        d = depth + 1
        if isinstance(node, ast.Constant):
            return self.constant(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
                c = self.constant(node.operand)
                if c.type is Type.BOOL:
                    raise self.error(node, "cannot negate True/False; use `not`")
                return ir.Const(-c.value, c.type)
            x = self.expr(node.operand, d)
            if isinstance(node.op, ast.Not):
                if x.type is not Type.BOOL:
                    raise self.error(node, "`not` takes a condition (a comparison or a boolean feature)")
                return ir.Unary("not", x, Type.BOOL)
            if isinstance(node.op, ast.USub):
                self._numeric(x, node, "cannot negate")
                if isinstance(x, ir.Const):  # -(-1), -(+2): a constant, as the printer writes it
                    if x.type is Type.BOOL:
                        raise self.error(node, "cannot negate True/False; use `not`")
                    return ir.Const(-x.value, Type.INT if x.type is Type.POS else x.type)
                return ir.Unary("neg", x, Type.INT if x.type in (Type.INT, Type.BOOL, Type.POS) else Type.NUM)
            if isinstance(node.op, ast.UAdd):
                self._numeric(x, node, "cannot apply unary +")
                return x
            raise self.error(node, "the operator ~ is not allowed; allowed: + - * / comparisons and/or/not")
        if isinstance(node, ast.BinOp):
            return self.binop(node, d)
        if isinstance(node, ast.BoolOp):
            values = [self.expr(v, d) for v in node.values]
            op = "and" if isinstance(node.op, ast.And) else "or"
            for v, src in zip(values, node.values):
                if v.type is not Type.BOOL:
                    raise self.error(src, f"`{op}` joins conditions; this operand is a {v.type.value} (compare it first)")
            out = values[0]
            for v in values[1:]:
                out = ir.Logic(op, out, v)
            return out
        if isinstance(node, ast.Compare):
            return self.compare(node, d)
        if isinstance(node, ast.IfExp):
            cond = self.expr(node.test, d)
            if cond.type is not Type.BOOL:
                raise self.error(node.test, "the condition of `a if cond else b` must be a comparison or boolean")
            a, b = self.expr(node.body, d), self.expr(node.orelse, d)
            for v, src in ((a, node.body), (b, node.orelse)):
                self._numeric(v, src, "a conditional expression yields a number")
            out_type = Type.INT if {a.type, b.type} <= {Type.INT, Type.BOOL} else Type.NUM
            return ir.Where(cond, a, b, out_type)
        if isinstance(node, ast.Call):
            return self.call(node, d)
        raise self.error(
            node,
            f"{describe(node)} is not allowed in an expression; allowed: numbers, q, k, features, "
            "+ - * /, comparisons, and/or/not, `a if c else b`, min/max/abs/exp/decay/table",
        )

    def constant(self, node: ast.Constant) -> ir.Const:
        v = node.value
        if isinstance(v, bool):
            return ir.Const(float(v), Type.BOOL)
        if isinstance(v, int):
            if abs(v) > MAX_CONSTANT:
                shown = str(v) if v.bit_length() <= 64 else f"with {v.bit_length()} bits"
                raise self.error(node, f"the constant {shown} is larger than {MAX_CONSTANT:g} in magnitude")
            return ir.Const(v, Type.INT)
        if isinstance(v, float):
            if not math.isfinite(v) or abs(v) > MAX_CONSTANT:
                raise self.error(node, f"the constant {v!r} must be finite and at most {MAX_CONSTANT:g} in magnitude")
            return ir.Const(v, Type.NUM)
        raise self.error(node, f"a {type(v).__name__} constant is not allowed; constants are numbers, True or False")

    def name(self, node: ast.Name) -> ir.Node:
        if node.id in ("q", "k"):
            return ir.Var(node.id)
        if node.id in self.env:
            bound = self.env[node.id]
            return ir.Local(node.id, bound.type, bound.deps)
        if node.id in FEATURES or node.id in BUILTINS:
            raise self.error(node, f"{node.id} is a function; call it, e.g. {node.id}(k)")
        if node.id in ("True", "False"):
            return ir.Const(float(node.id == "True"), Type.BOOL)
        raise self.error(node, f"unknown name {node.id!r}; names are q, k, features, built-ins and values bound above")

    def table(self, node: ast.Call, d: int) -> ir.Node:
        """``table(x, v0, v1, ...)``: a weight per value of an integer or class id."""
        if not has_builtin(self.version, "table"):
            raise self.error(node, f"table() needs feature library v4; this file declares {self.version}")
        args = node.args
        if not 2 <= len(args) <= MAX_TABLE + 1:
            raise self.error(node, f"table() takes an index and 1 to {MAX_TABLE} numeric constants, e.g. table(word_class(k), 0.5, -1.0); got {len(args)} arguments")
        x = self.expr(args[0], d)
        if x.type not in (Type.INT, Type.BOOL, Type.POS, Type.CAT):
            raise self.error(args[0], f"the index of table() is an integer, a condition or a class id such as word_class(k); got a {x.type.value}")
        values = []
        for a in args[1:]:
            v = self.expr(a, d)
            if not isinstance(v, ir.Const) or v.type is Type.BOOL:
                raise self.error(a, "the entries of table() are numeric constants")
            values.append(float(v.value))
        return ir.Table(x, tuple(values))

    def binop(self, node: ast.BinOp, d: int) -> ir.Node:
        op = _BINOPS.get(type(node.op))
        if op is None:
            raise self.error(node, f"{describe(node)} is not allowed; arithmetic is + - * and / by a constant")
        a, b = self.expr(node.left, d), self.expr(node.right, d)
        symbol = {"add": "+", "sub": "-", "mul": "*", "div": "/"}[op]
        self._numeric(a, node.left, f"cannot use {symbol}")
        self._numeric(b, node.right, f"cannot use {symbol}")
        if op == "div":
            if not isinstance(b, ir.Const) or b.type is Type.BOOL:
                raise self.error(node.right, "division is only by a numeric constant")
            if b.value == 0:
                raise self.error(node.right, "division by zero")
            return ir.Binary("div", a, ir.Const(float(b.value), Type.NUM), Type.NUM)
        if a.type is Type.POS and isinstance(b, ir.Const) and b.type is Type.INT and op in ("add", "sub"):
            return ir.Binary(op, a, b, Type.POS)
        if a.type is Type.POS and b.type is Type.POS and op == "sub":
            return ir.Binary(op, a, b, Type.INT)
        integer = {a.type, b.type} <= {Type.INT, Type.BOOL, Type.POS}
        return ir.Binary(op, a, b, Type.INT if integer else Type.NUM)

    def compare(self, node: ast.Compare, d: int) -> ir.Node:
        operands = [self.expr(node.left, d)] + [self.expr(c, d) for c in node.comparators]
        sources = [node.left, *node.comparators]
        out: ir.Node | None = None
        for i, op_node in enumerate(node.ops):
            op = _CMPOPS.get(type(op_node))
            if op is None:
                raise self.error(node, "allowed comparisons are == != < <= > >=; `is` and `in` are not")
            a, b = operands[i], operands[i + 1]
            cat = Type.CAT in (a.type, b.type)
            if cat:
                other = b if a.type is Type.CAT else a
                if op not in ("eq", "ne"):
                    raise self.error(sources[i], "token ids can only be compared with == or !=")
                if other.type is not Type.CAT and not (isinstance(other, ir.Const) and other.type is Type.INT):
                    raise self.error(sources[i], "a token id compares with another token id or an integer literal")
            cmp = ir.Compare(op, a, b)
            out = cmp if out is None else ir.Logic("and", out, cmp)
        assert out is not None
        return out

    def call(self, node: ast.Call, d: int) -> ir.Node:
        if not isinstance(node.func, ast.Name):
            raise self.error(node.func, f"{describe(node.func)} is not allowed; call features and built-ins by name")
        fname = node.func.id
        if node.keywords:
            raise self.error(node.keywords[0].value, f"{fname}() takes positional arguments only")
        args = node.args
        if fname in FEATURES:
            if fname not in self.features:
                raise self.error(node, f"{fname}() needs feature library {FEATURES[fname].since}; this file declares {self.version}")
            if len(args) != 1:
                raise self.error(node, f"{fname}() takes one position, e.g. {fname}(k); got {len(args)} arguments")
            arg = self._position(self.expr(args[0], d), args[0], fname)
            return ir.Feature(fname, arg, _FEATURE_TYPE[FEATURES[fname].type])
        if fname == "last":
            if len(args) != 2:
                raise self.error(node, "last() takes a class and a position, e.g. last(is_punct, q)")
            cls = args[0]
            if not (isinstance(cls, ast.Name) and cls.id in CLASSES):
                raise self.error(cls, f"the first argument of last() is one of: {', '.join(CLASSES)}")
            if cls.id not in self.features:
                raise self.error(cls, f"last({cls.id}, ...) needs feature library {FEATURES[cls.id].since}; this file declares {self.version}")
            arg = self._position(self.expr(args[1], d), args[1], "last")
            return ir.Feature("last", arg, Type.POS, cls.id)
        if fname in ("min", "max"):
            if len(args) < 2:
                raise self.error(node, f"{fname}() takes two or more arguments")
            values = [self.expr(a, d) for a in args]
            for v, src in zip(values, args):
                self._numeric(v, src, f"cannot take {fname}")
            if any(v.type is Type.POS for v in values):
                # A literal beside a position is a position: min(k, 0) stays a position.
                values = [ir.Const(v.value, Type.POS) if isinstance(v, ir.Const) and v.type is Type.INT else v for v in values]
            out = values[0]
            for v in values[1:]:
                kinds = {out.type, v.type}
                if kinds == {Type.POS}:
                    t = Type.POS
                elif kinds <= {Type.INT, Type.BOOL, Type.POS}:
                    t = Type.INT
                else:
                    t = Type.NUM
                out = ir.Binary(fname, out, v, t)
            return out
        if fname in ("abs", "exp"):
            if len(args) != 1:
                raise self.error(node, f"{fname}() takes one argument")
            x = self.expr(args[0], d)
            self._numeric(x, args[0], f"cannot take {fname}")
            t = Type.NUM if fname == "exp" or x.type is Type.NUM else Type.INT
            return ir.Unary(fname, x, t)
        if fname == "decay":
            if len(args) != 2:
                raise self.error(node, "decay() takes a distance and a half-life constant, e.g. decay(q - k, 4.0)")
            x = self.expr(args[0], d)
            self._numeric(x, args[0], "cannot decay")
            h = self.expr(args[1], d)
            if not isinstance(h, ir.Const) or h.type is Type.BOOL or h.value <= 0:
                raise self.error(args[1], "the half-life of decay() must be a positive numeric constant")
            return ir.Decay(x, float(h.value))
        if fname == "table":
            return self.table(node, d)
        if fname in self.env or fname in ("q", "k"):
            raise self.error(node.func, f"{fname} is a value, not a function")
        allowed = ", ".join(sorted(self.features)) + ", last, min, max, abs, exp, decay" + (", table" if has_builtin(self.version, "table") else "")
        raise self.error(node.func, f"unknown function {fname!r}; allowed: {allowed}")

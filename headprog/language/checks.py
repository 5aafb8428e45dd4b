"""Checking a program's expressions: each ``name = ...`` and ``return ...`` to typed IR, or a ProgramError.

The file parser (:mod:`headprog.language.parser`) checks a file's structure and
hands each program's expressions to :class:`ExpressionChecker`, with its own
error method, so that every message names the file, line and column. Here are
the language's names (built-ins, reserved names) and the limits on expressions.
"""

from __future__ import annotations

import ast
import math
from collections.abc import Callable

from headprog.errors import ProgramError
from headprog.features import CLASSES, FEATURES, features_in, has_builtin
from headprog.language import ir
from headprog.language.ir import Type

__all__ = [
    "BUILTINS",
    "MAX_CONSTANT",
    "MAX_DEPTH",
    "MAX_INLINED_DEPTH",
    "MAX_INLINED_NODES",
    "MAX_NODES",
    "MAX_TABLE",
    "RESERVED",
    "ExpressionChecker",
    "describe",
    "position_bound",
]

MAX_NODES = 512
MAX_DEPTH = 40
MAX_CONSTANT = 1e6
# Limits on the expression with named values written out (what the compiler
# walks): bindings reused many times would otherwise grow it exponentially.
MAX_INLINED_NODES = 2048
MAX_INLINED_DEPTH = 64

BUILTINS = ("min", "max", "abs", "exp", "decay", "last", "table")
MAX_TABLE = 64  # entries of one table(...)
RESERVED = {"q", "k", "program", "True", "False", *BUILTINS, *FEATURES}

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


class ExpressionChecker:
    """Checks the expressions of one program and builds their typed IR.

    ``error(node, message)`` makes the :class:`ProgramError` to raise (the file
    checker's, so that it names the file, line and column); ``version`` is the
    file's feature library. :meth:`bind` takes the ``name = ...`` lines in order,
    then :meth:`result` the ``return`` expression.
    """

    def __init__(self, error: Callable[[ast.AST | None, str], ProgramError], version: str) -> None:
        self._error = error
        self.features = set(features_in(version))
        self.version = version
        self.env: dict[str, ir.Node] = {}
        self.inlined: dict[str, tuple[int, int]] = {}  # name -> (nodes, depth) written out
        self.nodes = 0

    def error(self, node: ast.AST, message: str) -> ProgramError:
        return self._error(node, message)

    def bind(self, target: ast.Name, value: ast.expr) -> tuple[str, ir.Node]:
        """Check ``target = value`` (a name bound once, not reserved): (name, its IR)."""
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
        """Check the ``return`` expression: a number or a condition."""
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
        """Check one expression node (``depth``: its nesting) and build its IR."""
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
        """A number or True/False, within the constants' bound."""
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
        """q, k, a value bound above, or True/False."""
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
        """``+ - *`` and ``/`` by a constant, typed by their operands."""
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
        """A comparison or a chain of them (joined by ``and``)."""
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
        """A feature or built-in call, its arguments checked (feature positions causal)."""
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

"""Lowering of linear programs to bytecode: one decoding kernel serves every program.

A linear program's decode step (:mod:`headprog.compiler.linear`) needs only a
few scalar expressions per token: each running sum's key weight, query factor
and lower bound, the selected keys and their score, the match values and
their score. Compiled per program (``linear_decode`` in the Numba template),
a layer pays one kernel call per program per step, each with its own machine
code to fetch. Lowered here to a small postfix bytecode instead, the
expressions of every program of a layer run in one call of the hand-written
interpreter in :mod:`headprog.kernels.layer_decode`, which nothing needs to
compile per program.

The bytecode computes exactly what the generated Numba code computes (the
same float64 operations in the same order, the same lazy ``and``, ``or`` and
``where``), so both decode to the same bits.

A :class:`LinearBytecode` is the lowered form of the programs of one layer:
flat NumPy arrays a Numba kernel takes as they are.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from headprog.compiler.linear import LinearPlan
from headprog.features import ROW_SENTINEL, row_of
from headprog.kernels import layer_decode as ops
from headprog.kernels.fallback import FALLBACK_CODES
from headprog.language import ir

__all__ = ["LinearBytecode", "ProgramHeads", "lower_expressions", "lower_layer"]

_BINARY = {"add": ops.ADD, "sub": ops.SUB, "mul": ops.MUL, "div": ops.DIV, "min": ops.MIN, "max": ops.MAX}
_COMPARE = {"eq": ops.EQ, "ne": ops.NE, "lt": ops.LT, "le": ops.LE, "gt": ops.GT, "ge": ops.GE}
_UNARY = {"neg": ops.NEG, "not": ops.NOT, "abs": ops.ABS, "exp": ops.EXP}


@dataclass(frozen=True)
class ProgramHeads:
    """One linear program and the heads of a layer that run it (each reading KV head ``kvs[i]``)."""

    plan: LinearPlan
    fallback: str
    heads: tuple[int, ...]
    kvs: tuple[int, ...]


@dataclass(frozen=True)
class LinearBytecode:
    """The linear programs of one layer, lowered. Row layouts are those :mod:`headprog.kernels.layer_decode` reads."""

    code: np.ndarray  # (N, 3) int64: opcode, argument, argument
    consts: np.ndarray  # (C,) float64
    exprs: np.ndarray  # (E, 2) int64: [start, end) of each expression in ``code``
    programs: np.ndarray  # (P, PROGRAM_COLUMNS) int64, columns named ops.P_*
    sums: np.ndarray  # (S, 3) int64: key, query and lower-bound expression (-1: none) of each running sum
    log_ratios: np.ndarray  # (S,) float64: log of each running sum's per-step decay (0: none)
    sparse: np.ndarray  # (K,) int64: the expression of each selected key's position
    #: (M, MATCH_COLUMNS) int64: query expression, key feature row, term expression; for a match summed per value
    #: (values > 0): values, key weight and query factor expressions, strict, first slot in its program's value block
    matches: np.ndarray
    heads: np.ndarray  # (H, 2) int64: head written, KV head read
    stack_size: int
    acc_width: int  # running sums over all heads: the state's second dimension
    max_matches: int  # the most match terms of one program

    @property
    def itab(self) -> np.ndarray:
        """Every integer table in one array (a header of segment starts and counts, then the segments), as the kernel takes it."""
        segments = (self.code, self.exprs, self.sums, self.programs, self.heads, self.sparse, self.matches)
        header = np.zeros(ops.HEADER, dtype=np.int64)
        start = ops.HEADER
        for i, seg in enumerate(segments):
            header[i], header[ops.T_COUNT + i] = start, seg.shape[0]
            start += seg.size
        header[ops.T_STACK], header[ops.T_MAX_MATCHES], header[ops.T_RATIOS] = self.stack_size, self.max_matches, self.consts.size
        return np.concatenate([header, *(seg.ravel() for seg in segments)])

    @property
    def ftab(self) -> np.ndarray:
        """The constants, then the running sums' log decay ratios."""
        return np.concatenate([self.consts, self.log_ratios])

    def state(self, batch: int, dim: int) -> dict[str, np.ndarray]:
        """Fresh running sums for ``batch`` rows: ``acc`` (B, acc_width, D + 1) float64 and
        ``counters`` (B, sums + 2 programs) int64, the lows, kept and done of every row (all zero: start over)."""
        return {
            "acc": np.zeros((batch, self.acc_width, dim + 1)),
            "counters": np.zeros((batch, int(self.sums.shape[0]) + 2 * int(self.programs.shape[0])), dtype=np.int64),
        }


class _Assembler:
    """Appends expressions to one code array; each expression's jumps are relative to its start."""

    def __init__(self) -> None:
        self.code: list[list[int]] = []
        self.consts: list[float] = []
        self.const_index: dict[str, int] = {}
        self.exprs: list[tuple[int, int]] = []
        self.stack_size = 1
        self._start = 0
        self._depth = 0

    def const(self, value: float) -> int:
        key = float(value).hex()  # by bits: 0.0 and -0.0 stay apart
        if key not in self.const_index:
            self.const_index[key] = len(self.consts)
            self.consts.append(float(value))
        return self.const_index[key]

    def table(self, values: Sequence[float]) -> int:
        start = len(self.consts)
        self.consts.extend(float(v) for v in values)
        return start

    def expression(self, node: ir.Node) -> int:
        """Lower ``node``; returns its expression index."""
        self._start = len(self.code)
        self._depth = 0
        self._emit(node)
        self.exprs.append((self._start, len(self.code)))
        return len(self.exprs) - 1

    def _op(self, op: int, a: int = 0, b: int = 0, pushes: int = 0) -> int:
        self.code.append([op, a, b])
        self._depth += pushes
        self.stack_size = max(self.stack_size, self._depth)
        return len(self.code) - 1

    def _here(self) -> int:
        return len(self.code) - self._start

    def _patch(self, at: int) -> None:
        self.code[at][1] = self._here()

    def _emit(self, n: ir.Node) -> None:
        if isinstance(n, ir.Const):
            self._op(ops.CONST, self.const(n.value), pushes=1)
        elif isinstance(n, ir.Var):
            self._op(ops.VAR_Q if n.name == "q" else ops.VAR_K, pushes=1)
        elif isinstance(n, ir.Feature):
            row = row_of(n.name, n.cls)
            if isinstance(n.arg, ir.Var):  # q and k lie inside the sequence: a direct read, as the generated code does
                self._op(ops.FEAT_Q if n.arg.name == "q" else ops.FEAT_K, row, pushes=1)
            else:
                self._emit(n.arg)
                self._op(ops.FEAT, row, self.const(float(ROW_SENTINEL[row])))
        elif isinstance(n, ir.Unary):
            self._emit(n.x)
            self._op(_UNARY[n.op], self.const(ir.EXP_MAX_ARG) if n.op == "exp" else 0)
        elif isinstance(n, (ir.Binary, ir.Compare)):
            self._emit(n.a)
            self._emit(n.b)
            self._op(_BINARY[n.op] if isinstance(n, ir.Binary) else _COMPARE[n.op], pushes=-1)
        elif isinstance(n, ir.Logic):
            self._logic(n)
        elif isinstance(n, ir.Where):
            self._emit(n.cond)
            to_else = self._op(ops.JUMP_IF_ZERO, pushes=-1)
            self._emit(n.a)
            to_end = self._op(ops.JUMP, pushes=-1)  # the else branch pushes its own value
            self._patch(to_else)
            self._emit(n.b)
            self._patch(to_end)
        elif isinstance(n, ir.Decay):
            self._emit(n.x)
            self._op(ops.DECAY, self.const(math.log(2.0) / float(n.half_life)))
        elif isinstance(n, ir.Table):
            self._emit(n.x)
            self._op(ops.TABLE, self.table(n.values), len(n.values))
        else:
            raise TypeError(f"cannot lower {n!r} to bytecode")

    def _logic(self, n: ir.Logic) -> None:
        """``a and b`` / ``a or b`` as 1.0 or 0.0, the second operand evaluated only when it decides."""
        jump = ops.JUMP_IF_ZERO if n.op == "and" else ops.JUMP_IF_NONZERO
        self._emit(n.a)
        first = self._op(jump, pushes=-1)
        self._emit(n.b)
        second = self._op(jump, pushes=-1)
        self._op(ops.CONST, self.const(1.0 if n.op == "and" else 0.0), pushes=1)
        to_end = self._op(ops.JUMP, pushes=-1)
        self._patch(first)
        self._patch(second)
        self._op(ops.CONST, self.const(0.0 if n.op == "and" else 1.0), pushes=1)
        self._patch(to_end)


def lower_expressions(nodes: Sequence[ir.Node]) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """(code, consts, exprs, stack size) of expressions on their own, as :func:`headprog.kernels.layer_decode.evaluate` takes them."""
    asm = _Assembler()
    for node in nodes:
        asm.expression(node)
    code = np.asarray(asm.code, dtype=np.int64).reshape(-1, 3)
    return code, np.asarray(asm.consts or [0.0], dtype=np.float64), np.asarray(asm.exprs, dtype=np.int64).reshape(-1, 2), asm.stack_size


def lower_layer(programs: Sequence[ProgramHeads]) -> LinearBytecode:
    """Lower the linear programs of one layer (with the heads each serves) into one bytecode."""
    asm = _Assembler()
    rows, sums, log_ratios, sparse, matches, heads = [], [], [], [], [], []
    acc = 0
    for p in programs:
        plan = p.plan
        sum_start, sparse_start, match_start, head_start = len(sums), len(sparse), len(matches), len(heads)
        for g in plan.groups:
            lower = asm.expression(g.lower) if g.lower is not None else -1
            sums.append((asm.expression(g.key), asm.expression(g.query), lower))
            log_ratios.append(-math.log(2.0) / g.half_life if g.half_life else 0.0)
        sparse.extend(asm.expression(k) for k in plan.sparse_keys)
        sparse_score = asm.expression(plan.sparse) if plan.sparse is not None else -1
        next_slot = 0
        for m in plan.matches:
            summed = m.sums
            if summed is None:
                matches.append((asm.expression(m.query), row_of(m.key_feature), asm.expression(m.term), 0, -1, -1, 0, 0))
                continue
            matches.append((
                asm.expression(m.query), row_of(m.key_feature), asm.expression(m.term), summed.values,
                asm.expression(summed.key_weight), asm.expression(summed.query_factor), int(summed.strict), next_slot,
            ))
            next_slot += summed.values
        heads.extend(zip(p.heads, p.kvs))
        row = [0] * ops.PROGRAM_COLUMNS
        row[ops.P_SUM_START], row[ops.P_SUM_COUNT] = sum_start, len(plan.groups)
        row[ops.P_SPARSE_START], row[ops.P_SPARSE_COUNT], row[ops.P_SPARSE_SCORE] = sparse_start, len(plan.sparse_keys), sparse_score
        row[ops.P_MATCH_START], row[ops.P_MATCH_COUNT] = match_start, len(plan.matches)
        row[ops.P_HEAD_START], row[ops.P_HEAD_COUNT] = head_start, len(p.heads)
        row[ops.P_FALLBACK], row[ops.P_ACC_START] = FALLBACK_CODES[p.fallback], acc
        acc += len(p.heads) * len(plan.groups)
        row[ops.P_VALUE_START], row[ops.P_VALUE_COUNT] = acc, plan.value_rows  # per head, after the running sums
        acc += len(p.heads) * plan.value_rows
        rows.append(row)
    return LinearBytecode(
        code=np.asarray(asm.code, dtype=np.int64).reshape(-1, 3),
        consts=np.asarray(asm.consts or [0.0], dtype=np.float64),
        exprs=np.asarray(asm.exprs, dtype=np.int64).reshape(-1, 2),
        programs=np.asarray(rows, dtype=np.int64).reshape(-1, ops.PROGRAM_COLUMNS),
        sums=np.asarray(sums, dtype=np.int64).reshape(-1, 3),
        log_ratios=np.asarray(log_ratios, dtype=np.float64),
        sparse=np.asarray(sparse, dtype=np.int64),
        matches=np.asarray(matches, dtype=np.int64).reshape(-1, ops.MATCH_COLUMNS),
        heads=np.asarray(heads, dtype=np.int64).reshape(-1, 2),
        stack_size=asm.stack_size,
        acc_width=max(1, acc),
        max_matches=max((len(p.plan.matches) for p in programs), default=0),
    )

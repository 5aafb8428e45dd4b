"""Lowering to Triton: a program becomes a complete Python module of Triton kernels.

The generated part is small: the structure constants and three jit functions
(``row_values``: the q-only values hoisted out of every key loop; ``score``:
the program's expression on a tile of (q, k) pairs; ``selector_keys``: the
candidate keys of a selector row). The tiled kernels that loop over query
and key blocks are the hand-written ones in
:mod:`headprog.kernels.triton_template`, which this module completes.

Every score is computed in float32 from the float32 feature table, one Triton
expression per IR node. Subtrees without positions or features are folded at
compile time with the reference evaluator (float64, then rounded once), so a
constant never reaches Triton as an operation on two Python numbers.

The kernels run on CUDA tensors, or on CPU tensors under ``TRITON_INTERPRET=1``
(Triton's interpreter, used by the tests on machines without a GPU).

Numerics: float32 agrees with the float64 reference to ~1e-6 on patterns and
outputs, except where a program sits on a float32 edge: a comparison of
non-integers that rounds differently (``0.1 * (q - k) == 0.3`` holds in
float32 at q - k = 3, not in float64); weights that underflow float32
(``decay(q - k, 0.5)`` beyond ~150 tokens is 0, so a row of only such weights
takes its fallback); scores that overflow it (``exp(x) * exp(y)`` above ~3e38
is inf, and the row becomes NaN). Integer-valued quantities (positions,
counts, flags) are exact below 2**24.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from headprog.language import ir
from headprog.compiler import reference
from headprog.compiler.analysis import Structure
from headprog.compiler.codegen import check_generated, hoist, program_comment
from headprog.errors import HeadprogError
from headprog.features import ROW_SENTINEL, ROWS, row_of
from headprog.kernels.fallback import FALLBACK_CODES, fallback_values

_KIND_CODE = {"selector": 0, "band": 1, "dense": 2}
_BIN = {"add": "+", "sub": "-", "mul": "*", "div": "/"}
_CMP = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}

#: Block sizes: tl.dot needs every dimension >= 16; 64 keeps a float32 tile in registers on a GPU.
MIN_BLOCK = 16
MAX_BLOCK = 64


def _template_kernels() -> tuple[str, str]:
    """(imports, kernels) parts of the hand-written template."""
    from headprog.kernels import triton_template

    text = Path(triton_template.__file__).read_text()
    head, _, rest = text.partition("# --- generated ---")
    _, _, kernels = rest.partition("# --- kernels ---")
    imports = head[head.index("import triton") :]
    return imports, kernels


def _literal(value: float) -> str:
    """A float32-bound Python literal (parenthesised when negative; inf as 1e999)."""
    if math.isnan(value):
        return "(1e999 - 1e999)"
    if math.isinf(value):
        return "1e999" if value > 0 else "(-1e999)"
    text = repr(float(value))
    return f"({text})" if text.startswith("-") else text


_NO_FEATURES = np.zeros((len(ROWS), 1), dtype=np.float32)


def _foldable(n: ir.Node) -> bool:
    """Whether ``n`` is a compile-time constant.

    It is when it depends on neither q nor k and every feature inside it is
    read at a constant negative position (which reads the sentinel), so the
    reference evaluator computes it exactly without any feature table.
    """
    if n.deps:
        return False
    return all(
        _foldable(x.arg) and float(reference.evaluate(x.arg, _NO_FEATURES)) < 0
        for x in ir.walk(n)
        if isinstance(x, ir.Feature)
    )


class _TileEmitter:
    """Emits one float32 Triton expression per IR node.

    A node's emitted form is either a Python float (a folded constant) or the
    source text of a Triton value; operations keep at least one Triton operand.
    """

    def __init__(self, hoisted: dict[ir.Node, str], tables: dict[ir.Table, str] | None = None):
        self.hoisted = hoisted
        self.tables = {} if tables is None else tables  # each distinct table becomes one generated function

    def text(self, n: ir.Node) -> str:
        v = self(n)
        return _literal(v) if isinstance(v, float) else v

    def cond(self, n: ir.Node) -> str:
        """A non-constant node as a Triton boolean (true where non-zero), without a 0/1 round trip."""
        if isinstance(n, ir.Compare) and n not in self.hoisted:
            return f"({self.text(n.a)} {_CMP[n.op]} {self.text(n.b)})"
        if isinstance(n, ir.Unary) and n.op == "not" and n not in self.hoisted:
            return f"({self.text(n.x)} == 0.0)"
        return f"({self.text(n)} != 0.0)"

    def __call__(self, n: ir.Node) -> str | float:
        if n in self.hoisted:
            return self.hoisted[n]
        if _foldable(n):
            return float(reference.evaluate(n, _NO_FEATURES))
        e, t = self, self.text
        if isinstance(n, ir.Var):
            return "qf" if n.name == "q" else "kf"
        if isinstance(n, ir.Feature):
            row = row_of(n.name, n.cls)
            sentinel = _literal(float(ROW_SENTINEL[row]))
            pos = e(n.arg)
            if isinstance(pos, float):  # a constant position >= 0 (a negative one was folded): a scalar load
                return f"feat_at(Fb + {row} * T + {int(pos)}, n, {int(pos)}, {sentinel})"
            return f"feat(Fb + {row} * T, {pos}, n, {sentinel})"
        if isinstance(n, ir.Unary):
            if n.op == "not":
                return f"tl.where({self.cond(n.x)}, 0.0, 1.0)"
            x = t(n.x)
            return {
                "neg": f"(-{x})",
                "abs": f"tl.abs({x})",
                "exp": f"tl.exp(tl.minimum({x}, {ir.EXP_MAX_ARG!r}))",
            }[n.op]
        if isinstance(n, ir.Binary):
            a, b = t(n.a), t(n.b)
            if n.op in ("min", "max"):
                return f"tl.{n.op}imum({a}, {b})"
            return f"({a} {_BIN[n.op]} {b})"
        if isinstance(n, ir.Compare):
            return f"tl.where({self.cond(n)}, 1.0, 0.0)"
        if isinstance(n, ir.Logic):
            a, b = e(n.a), e(n.b)
            if isinstance(a, float) or isinstance(b, float):  # a constant side: decide here
                const, rest = (a, n.b) if isinstance(a, float) else (b, n.a)
                if (const != 0.0) == (n.op == "or"):
                    return 1.0 if n.op == "or" else 0.0
                return f"tl.where({self.cond(rest)}, 1.0, 0.0)"
            # Nested selects rather than & and |: either side may be a scalar (a feature at a
            # constant position), and Triton's interpreter turns ``scalar & tensor`` into int32.
            ca, cb = self.cond(n.a), self.cond(n.b)
            if n.op == "and":
                return f"tl.where({ca}, tl.where({cb}, 1.0, 0.0), 0.0)"
            return f"tl.where({ca}, 1.0, tl.where({cb}, 1.0, 0.0))"
        if isinstance(n, ir.Where):
            cond = e(n.cond)
            if isinstance(cond, float):
                return e(n.a) if cond != 0.0 else e(n.b)
            return f"tl.where({self.cond(n.cond)}, {t(n.a)}, {t(n.b)})"
        if isinstance(n, ir.Decay):
            return f"tl.exp2(-tl.maximum({t(n.x)}, 0.0) / {_literal(float(n.half_life))})"
        if isinstance(n, ir.Table):
            # A call, so the index (a tile load) is evaluated once (see _table_functions).
            return f"{self.tables.setdefault(n, f'table_{len(self.tables)}')}({t(n.x)})"
        raise TypeError(f"cannot lower {n!r}")


ALLOWED_NAMES = {
    # modules and runtime helpers
    "triton", "tl", "feat", "feat_at", "NEG_INF", "range", "pos", "ptr", "sentinel", "inside",
    # generated part
    "KIND", "WINDOW", "NKEYS", "SOFTMAX", "row_values", "score", "selector_keys",
    "Fb", "T", "n", "qf", "kf", "r",
    # template kernels
    "_key_blocks", "_support", "_tile_scores", "_candidate_ok", "_fallback_value", "_selector_rows",
    "_loop_rows", "head_output", "_store_fallback_below", "head_pattern",
    "q_start", "BLOCK_M", "BLOCK_N", "BLOCK_D", "hi", "lo", "qi", "ki", "ok", "ks", "kj", "j", "i",
    "FALLBACK", "w", "Vb", "svt", "svd", "offs_d", "dmask", "acc", "total", "s", "kk", "kidx", "v",
    "m_i", "k0", "offs_n", "sc", "logits", "m_new", "m_safe", "alpha", "p", "F", "L", "V", "FB", "O",
    "R", "D", "svb", "sfb", "sft", "sfd", "sob", "sot", "sod", "pid_m", "pid_b", "b", "n64", "offs_m",
    "rows", "fb", "out", "Pq", "empty", "P", "safe",
}  # fmt: skip


def _table_functions(tables: dict[ir.Table, str]) -> str:
    """One jit function per distinct ``table(...)``: nested selects on its index, read once as the argument.

    Empty without tables, so such a program's source is what it always was.
    """
    out = []
    for table, name in tables.items():
        chain = "0.0"
        for i in reversed(range(len(table.values))):
            chain = f"tl.where(x == {_literal(float(i))}, {_literal(float(table.values[i]))}, {chain})"
        out.append(f"@triton.jit\ndef {name}(x):\n    return {chain}\n")
    return "".join("\n\n" + f for f in out)


def generate(expr: ir.Node, structure: Structure, normalize: str, program_text: str, cache_key: str) -> str:
    """The full source of the Triton module for one program."""
    hoisted_nodes = hoist(expr, structure.keys)
    names = {node: f"r[{i}]" for i, node in enumerate(hoisted_nodes)}
    tables: dict[ir.Table, str] = {}
    plain = _TileEmitter({}, tables)
    with_rows = _TileEmitter(names, tables)
    row_tuple = ", ".join(plain.text(node) for node in hoisted_nodes) or "qf"
    keys = structure.keys or (ir.Const(0, ir.Type.POS),)
    key_tuple = ", ".join(with_rows.text(k) for k in keys)
    score_text = with_rows.text(expr)
    imports, kernels = _template_kernels()
    source = f'''"""Triton kernels generated by headprog for one head program. Do not edit.

cache key: {cache_key}
structure: {structure.describe()}
"""

# The program, quoted:
{program_comment(program_text)}

{imports.rstrip()}

KIND = tl.constexpr({_KIND_CODE[structure.kind]})
WINDOW = tl.constexpr({int(structure.window)})
NKEYS = tl.constexpr({len(keys)})
SOFTMAX = tl.constexpr({normalize == "softmax"}){_table_functions(tables)}


@triton.jit
def row_values(Fb, T, n, qf):
    return ({row_tuple},)


@triton.jit
def score(Fb, T, n, qf, kf, r):
    return {score_text}


@triton.jit
def selector_keys(Fb, T, n, qf, r):
    return ({key_tuple},)

{kernels.strip()}
'''
    check_generated(source, ALLOWED_NAMES | {"x", *tables.values()}, allowed_strings={"ieee"})
    return source


def _pow2(x: int) -> int:
    return 1 << max(int(x) - 1, 0).bit_length()


def _block(x: int) -> int:
    return min(MAX_BLOCK, max(MIN_BLOCK, _pow2(x)))


class TritonKernels:
    """The compiled Triton module of one program.

    ``pattern(features, lengths)``: NumPy in, (B, T, T) float32 NumPy out.
    ``output(features, values, lengths)``: ``pattern @ values`` without the
    pattern; values (B, T, D) as NumPy or torch, returned as the same type
    (torch on its own device and dtype). Inside, everything is a torch tensor
    on CUDA, or on the CPU when the kernels were built under ``TRITON_INTERPRET=1``.
    """

    def __init__(self, program, structure: Structure, program_text: str, key: str) -> None:
        from headprog.compiler.cache import load_generated

        self.program = program
        self.structure = structure
        self.source = generate(program.expr, structure, program.normalize, program_text, key)
        self.module = load_generated(key, self.source)

    # -- placement --------------------------------------------------------

    @property
    def interpreted(self) -> bool:
        """Whether the kernels run in Triton's interpreter (built under ``TRITON_INTERPRET=1``)."""
        from triton.runtime.interpreter import InterpretedFunction

        return isinstance(self.module.head_output, InterpretedFunction)

    def _device(self, values=None):
        import torch

        if values is not None and values.device.type == "cuda":
            return values.device
        if self.interpreted:
            return torch.device("cpu")
        if torch.cuda.is_available():
            return torch.device("cuda")
        raise HeadprogError(
            "the triton backend needs a CUDA GPU (or TRITON_INTERPRET=1 set before headprog loads the "
            "kernels, which is slow); use backend='numba' on a CPU"
        )

    def _inputs(self, features, lengths, device):
        import torch

        f = features if isinstance(features, torch.Tensor) else torch.from_numpy(np.ascontiguousarray(features, dtype=np.float32))
        f = f.to(device=device, dtype=torch.float32).contiguous()
        b, _, t = f.shape
        if isinstance(lengths, torch.Tensor):  # already on the device: no host round trip
            lens = lengths.to(device=device, dtype=torch.int64).reshape(-1).clamp(0, t)
        else:
            lens = torch.from_numpy(np.clip(np.asarray(lengths, dtype=np.int64).reshape(-1), 0, t)).to(device)
        if lens.shape[0] != b:
            raise HeadprogError(f"{lens.shape[0]} lengths for a batch of {b}")
        return f, lens

    def _blocks(self, t: int) -> tuple[int, int]:
        block_m = _block(t)
        if self.structure.kind == "band":
            return block_m, _block(min(t, self.structure.window + 1))
        return block_m, block_m

    # -- entry points -----------------------------------------------------

    def pattern(self, features, lengths):
        """The (B, T, T) float32 pattern, zero past each sequence's length."""
        import torch

        b, rows, t = features.shape
        if b == 0 or t == 0:
            return np.zeros((b, t, t), dtype=np.float32)
        device = self._device()
        f, lens = self._inputs(features, lengths, device)
        p = torch.zeros((b, t, t), dtype=torch.float32, device=device)
        block_m, block_n = self._blocks(t)
        grid = (-(-t // block_m), b)
        self.module.head_pattern[grid](
            f, lens, p, t, rows, FALLBACK=FALLBACK_CODES[self.program.fallback], BLOCK_M=block_m, BLOCK_N=block_n
        )
        return p.cpu().numpy()

    def output(self, features, values, lengths):
        """``pattern @ values`` for values (B, T, D), tile by tile; same type as ``values``."""
        import torch

        as_torch = isinstance(values, torch.Tensor)
        device = self._device(values if as_torch else None)
        v = values.detach() if as_torch else torch.from_numpy(np.asarray(values))
        v = v.to(device=device, dtype=torch.float32)
        b, t, d = v.shape
        out = torch.zeros((b, t, d), dtype=torch.float32, device=device)
        if b and t and d:
            f, lens = self._inputs(features, lengths, device)
            fallback = self.program.fallback
            # The uniform fallback is a prefix mean: accumulate it in float64 like the reference.
            fb = fallback_values(v.double() if fallback == "uniform" else v, fallback).to(torch.float32)
            block_m, block_n = self._blocks(t)
            grid = (-(-t // block_m), b)
            self.module.head_output[grid](
                f, lens, v, fb, out, t, f.shape[1], d,
                *v.stride(), *fb.stride(), *out.stride(),
                BLOCK_M=block_m, BLOCK_N=block_n, BLOCK_D=max(MIN_BLOCK, _pow2(d)),
            )  # fmt: skip
        if as_torch:
            return out.to(device=values.device, dtype=values.dtype)
        return out.cpu().numpy()

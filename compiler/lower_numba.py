"""Lowering to Numba: a program becomes a complete Python module of njit kernels.

The generated part is small: the structure constants and three scalar
functions (``row_values``: the q-only values hoisted out of the key loop;
``score``: the program's expression at one (q, k); ``selector_keys``: the
candidate keys of a selector row). The kernels that loop over rows and keys
are the hand-written ones in :mod:`headprog.kernels.numba_template`.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from headprog.language import ir
from headprog.compiler.analysis import Structure
from headprog.compiler.codegen import check_generated, dense_parts, distance_decays, hoist, program_comment
from headprog.compiler.linear import LinearPlan
from headprog.compiler.lower_bytecode import LinearBytecode, ProgramHeads, lower_layer
from headprog.features import ROW_SENTINEL, row_of
from headprog.kernels.fallback import FALLBACK_CODES, fallback_values
from headprog.kernels.layer_decode import decode_layer_serial

_KIND_CODE = {"selector": 0, "band": 1, "dense": 2}
_BIN = {"add": "+", "sub": "-", "mul": "*", "div": "/"}
_CMP = {"eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">="}


def _template_kernels() -> tuple[str, str, str]:
    """(imports, kernels, dense-block kernels) parts of the hand-written templates."""
    from headprog.kernels import numba_dense, numba_template

    text = Path(numba_template.__file__).read_text()
    head, _, rest = text.partition("# --- generated ---")
    _, _, kernels = rest.partition("# --- kernels ---")
    imports = head[head.index("import math") :]
    _, _, dense = Path(numba_dense.__file__).read_text().partition("# --- kernels ---")
    return imports, kernels, dense


class _ScalarEmitter:
    """Emits one float64 Python/Numba expression per IR node."""

    def __init__(self, hoisted: dict[ir.Node, str], direct: bool = False, tables: dict[ir.Table, str] | None = None):
        self.hoisted = hoisted
        self.direct = direct  # integer q and k are in scope
        self.tables = {} if tables is None else tables  # each distinct table becomes one generated function

    def __call__(self, n: ir.Node) -> str:
        if n in self.hoisted:
            return self.hoisted[n]
        e = self
        if isinstance(n, ir.Const):
            return repr(float(n.value))
        if isinstance(n, ir.Var):
            return "qf" if n.name == "q" else "kf"
        if isinstance(n, ir.Feature):
            row = row_of(n.name, n.cls)
            if self.direct and isinstance(n.arg, ir.Var):
                # q and k always lie inside the sequence: read without a bounds check.
                return f"float(F[b, {row}, {n.arg.name}])"
            return f"feat(F, b, {row}, {e(n.arg)}, n, {float(ROW_SENTINEL[row])!r})"
        if isinstance(n, ir.Unary):
            x = e(n.x)
            return {
                "neg": f"(-{x})",
                "not": f"(1.0 if {x} == 0.0 else 0.0)",
                "abs": f"abs({x})",
                "exp": f"math.exp(min({x}, {ir.EXP_MAX_ARG!r}))",
            }[n.op]
        if isinstance(n, ir.Binary):
            a, b = e(n.a), e(n.b)
            if n.op in ("min", "max"):
                return f"{n.op}({a}, {b})"
            return f"({a} {_BIN[n.op]} {b})"
        if isinstance(n, ir.Compare):
            return f"(1.0 if {e(n.a)} {_CMP[n.op]} {e(n.b)} else 0.0)"
        if isinstance(n, ir.Logic):
            return f"(1.0 if ({e(n.a)} != 0.0 {n.op} {e(n.b)} != 0.0) else 0.0)"
        if isinstance(n, ir.Where):
            return f"({e(n.a)} if {e(n.cond)} != 0.0 else {e(n.b)})"
        if isinstance(n, ir.Decay):
            # 2 ** (-x / h) as exp(-x * ln2 / h): exp is cheaper than pow.
            return f"math.exp(-max({e(n.x)}, 0.0) * {math.log(2.0) / float(n.half_life)!r})"
        if isinstance(n, ir.Table):
            # A call, so the index is evaluated once (see _table_functions).
            return f"{self.tables.setdefault(n, f'table_{len(self.tables)}')}({e(n.x)})"
        raise TypeError(f"cannot lower {n!r}")


ALLOWED_NAMES = {
    "math", "np", "njit", "prange", "feat", "KIND", "WINDOW", "NKEYS", "SOFTMAX",
    "row_values", "score", "selector_keys", "F", "b", "qf", "kf", "n", "r", "min", "max", "abs",
    "float", "int", "range", "_first_key", "is_new_key", "_row_max", "head_output", "head_pattern",
    "selector_pattern", "head_output_parallel", "head_output_serial", "head_pattern_parallel",
    "head_pattern_serial", "selector_pattern_parallel", "selector_pattern_serial", "lengths", "V", "FB", "B", "T", "D", "out", "idx", "q", "k", "acc", "total",
    "ks", "j", "s", "kk", "d", "m", "w", "P", "row", "fallback", "idx_out", "w_out", "i", "rescale",
    "NGROUPS", "GROUP_LOG_RATIO", "GROUP_HAS_LOWER", "ANY_LOWER", "NSPARSE", "NMATCH", "MATCH_ROWS",
    "group_key_weights", "group_query_factors", "group_lower_bounds", "sparse_key_list", "sparse_score",
    "match_query", "match_score", "linear_output", "linear_output_serial",
    "acc", "hist", "orders", "sorted_values", "vals", "o", "kw", "gq", "lo", "g", "first", "f", "mq", "v",
    "ratio", "scale", "HISTORY", "fallback_row", "decode_output", "decode_output_serial", "row_out", "offsets", "kvs", "heads", "G", "mx", "off", "h", "c", "mi", "_row_sum", "Vb", "kept", "output", "_sorted_match_keys", "_match_keys", "_add_key", "write_row", "count", "keys", "scores", "match_keys", "match_scores", "ratios", "linear_pattern", "linear_pattern_serial", "key_weight", "ratio_pow", "inv",
    "two_builds", "exp_nonpositive", "weights", "NDIST", "DIST_RATES", "distance_part", "key_part", "pair_part", "distance_table", "key_table", "dense_scores",
    "dense_scores_parallel", "dense_scores_serial", "dest", "dt", "kv", "q0", "df", "FLOAT32_LIMIT", "final",
    "MATCH_VALUES", "MATCH_STRICT", "MAX_VALUES", "match_key_weights", "match_query_factors", "value_slot",
    "_add_value_sums", "values", "own", "wanted", "added", "searched_only", "value_sums", "sums",
    "dense_decode", "dense_decode_serial", "scores", "top", "at",
}  # fmt: skip


def _table_functions(tables: dict[ir.Table, str]) -> str:
    """One njit function per distinct ``table(...)``: a bounds check and a load from a constant array.

    The index is a call argument, so it is read once; a load compiles much
    faster than a chain of comparisons. Empty without tables, so such a
    program's source is what it always was.
    """
    out = []
    for table, name in tables.items():
        values = ", ".join(repr(float(v)) for v in table.values)
        out.append(
            f"{name.upper()} = np.array([{values}], dtype=np.float64)\n\n\n"
            f'@njit(inline="always", cache=True)\ndef {name}(x):\n'
            f"    return {name.upper()}[int(x)] if 0.0 <= x < {float(len(table.values))!r} else 0.0\n"
        )
    return "".join("\n\n" + f for f in out)


def generate(expr: ir.Node, structure: Structure, normalize: str, program_text: str, cache_key: str, plan: LinearPlan | None = None) -> str:
    """The full source of the Numba module for one program."""
    hoisted_nodes = hoist(expr, structure.keys)
    names = {node: f"r[{i}]" for i, node in enumerate(hoisted_nodes)}
    tables: dict[ir.Table, str] = {}
    plain = _ScalarEmitter({}, tables=tables)
    with_rows = _ScalarEmitter(names, tables=tables)
    in_score = _ScalarEmitter(names, direct=True, tables=tables)
    row_tuple = ", ".join(plain(node) for node in hoisted_nodes) or "qf"
    keys = structure.keys or (ir.Const(0, ir.Type.POS),)
    key_tuple = ", ".join(with_rows(k) for k in keys)
    score_text = in_score(expr)
    linear_text = _linear_source(plan or NO_PLAN, tables)
    dense_text = _dense_source(expr, normalize == "softmax", names, tables)
    imports, kernels, dense_kernels = _template_kernels()
    source = f'''"""Numba kernels generated by headprog for one head program. Do not edit.

cache key: {cache_key}
structure: {structure.describe()}
"""

# The program, quoted:
{program_comment(program_text)}

{imports.rstrip()}

KIND = {_KIND_CODE[structure.kind]}
WINDOW = {int(structure.window)}
NKEYS = {len(keys)}
SOFTMAX = {normalize == "softmax"}{_table_functions(tables)}


@njit(inline="always", cache=True)
def row_values(F, b, qf, n):
    return ({row_tuple},)


@njit(inline="always", cache=True)
def score(F, b, q, k, n, r):
    qf = float(q)
    kf = float(k)
    return {score_text}


@njit(inline="always", cache=True)
def selector_keys(F, b, qf, n, r):
    return ({key_tuple},)


{linear_text}

{dense_text}

{kernels.strip()}


{dense_kernels.strip()}
'''
    table_names = {*tables.values(), *(name.upper() for name in tables.values())}
    check_generated(source, ALLOWED_NAMES | {"x"} | table_names, allowed_strings={"always", "mergesort"})
    return source


def _dense_source(expr: ir.Node, softmax: bool, names: dict[ir.Node, str], tables: dict[ir.Table, str]) -> str:
    """The stubs of :mod:`headprog.kernels.numba_dense`: the score split into key, distance and pair parts."""
    parts = dense_parts(expr, softmax)
    decays = distance_decays(parts.pair)
    at_distance = {} if parts.distance_node is None else {parts.distance_node: "df"}
    in_pair = _ScalarEmitter({**names, **{d: f"dt[{1 + i}, q - k]" for i, d in enumerate(decays)}}, direct=True, tables=tables)
    rates = [repr(math.log(2.0) / float(d.half_life)) for d in decays] or ["0.0"]
    return f'''# Dense programs in blocks (see headprog.kernels.numba_dense).
NDIST = {len(decays)}
DIST_RATES = ({", ".join(rates)},)


@njit(inline="always", cache=True)
def distance_part(df):
    return {_ScalarEmitter(at_distance, tables=tables)(parts.distance)}


@njit(inline="always", cache=True)
def key_part(F, b, k, n):
    kf = float(k)
    return {_ScalarEmitter({}, direct=True, tables=tables)(parts.key)}


@njit(inline="always", cache=True)
def pair_part(F, b, q, k, n, r, dt):
    qf = float(q)
    kf = float(k)
    return {in_pair(parts.pair)}'''


NO_PLAN = LinearPlan(groups=(), sparse=None, sparse_keys=(), matches=())


def _tuple(items: list[str], pad: str, cast: str = "") -> str:
    """A Numba tuple literal with at least one element (``cast`` makes it homogeneous)."""
    return "(" + ", ".join(f"{cast}({x})" if cast else x for x in (items or [pad])) + ",)"


def _tuple_function(name: str, position: str, items: list[str]) -> str:
    """A generated function of one position (``q`` or ``k``) returning a float64 tuple of ``items``."""
    return f'''@njit(inline="always", cache=True)
def {name}(F, b, {position}, n):
    {position}f = float({position})
    return {_tuple(items, "0.0", "np.float64")}'''


def _linear_source(plan: LinearPlan, tables: dict[ir.Table, str]) -> str:
    """The generated constants and functions of a linear program."""
    e = _ScalarEmitter({}, direct=True, tables=tables)
    groups = plan.groups
    log_ratio = [repr(-math.log(2.0) / g.half_life if g.half_life else 0.0) for g in groups]
    has_lower = [repr(g.lower is not None) for g in groups]
    lowers = [e(g.lower) if g.lower is not None else "0.0" for g in groups]
    match_rows = [str(row_of(m.key_feature)) for m in plan.matches]
    summed = [m.sums for m in plan.matches]
    match_values = [str(s.values if s is not None else 0) for s in summed]
    match_strict = [repr(s is not None and s.strict) for s in summed]
    key_weights = [e(s.key_weight) if s is not None else "0.0" for s in summed]
    query_factors = [e(s.query_factor) if s is not None else "0.0" for s in summed]
    match_cases = "\n".join(f"    if m == {i}:\n        return {e(m.term)}" for i, m in enumerate(plan.matches))
    sparse = e(plan.sparse) if plan.sparse is not None else "0.0"
    return f'''NGROUPS = {len(groups)}
GROUP_LOG_RATIO = {_tuple(log_ratio, "0.0")}
GROUP_HAS_LOWER = {_tuple(has_lower, "False")}
ANY_LOWER = {any(g.lower is not None for g in groups)}
HISTORY = {int(any(g.lower is not None for g in groups))}
NSPARSE = {len(plan.sparse_keys)}
NMATCH = {len(plan.matches)}
MATCH_ROWS = {_tuple(match_rows, "0")}
MATCH_VALUES = {_tuple(match_values, "0")}
MATCH_STRICT = {_tuple(match_strict, "False")}
MAX_VALUES = {max([s.values for s in summed if s is not None], default=1)}


{_tuple_function("group_key_weights", "k", [e(g.key) for g in groups])}


{_tuple_function("group_query_factors", "q", [e(g.query) for g in groups])}


{_tuple_function("group_lower_bounds", "q", lowers)}


{_tuple_function("sparse_key_list", "q", [e(k) for k in plan.sparse_keys])}


@njit(inline="always", cache=True)
def sparse_score(F, b, q, k, n):
    qf = float(q)
    kf = float(k)
    return {sparse}


{_tuple_function("match_query", "q", [e(m.query) for m in plan.matches])}


@njit(inline="always", cache=True)
def match_score(F, b, m, q, k, n):
    qf = float(q)
    kf = float(k)
{match_cases}
    return 0.0


{_tuple_function("match_key_weights", "k", key_weights)}


{_tuple_function("match_query_factors", "q", query_factors)}
'''


#: Below this many (query, key) pairs a call runs serially (see numba_template).
PARALLEL_MIN_PAIRS = 1 << 18


class NumbaKernels:
    """The compiled Numba module of one program, with NumPy-in/NumPy-out entry points."""

    def _kernel(self, name: str, features, lengths):
        t = features.shape[2]
        if name.startswith("linear_"):
            return getattr(self.module, f"{name}_serial")  # the only build (see numba_template)
        pairs = int(lengths.sum()) * (t if self.structure.kind == "dense" else max(1, self.structure.window + len(self.structure.keys)))
        return getattr(self.module, f"{name}_{'parallel' if pairs >= PARALLEL_MIN_PAIRS else 'serial'}")

    def __init__(self, program, structure: Structure, program_text: str, key: str) -> None:
        from headprog.compiler.cache import load_generated

        self.program = program
        self.structure = structure
        self.source = generate(program.expr, structure, program.normalize, program_text, key, structure.linear)
        self.module = load_generated(key, self.source)
        self._bytecode: dict[tuple, LinearBytecode] = {}  # per (kvs, heads) of decode calls
        self._distances = np.zeros((1, 0))  # a dense program's distance table for decoding (numba_dense)

    def pattern(self, features, lengths):
        t = features.shape[2]
        name = "linear_pattern" if self.structure.linear is not None else "head_pattern"
        return self._kernel(name, features, lengths)(features, lengths, t, FALLBACK_CODES[self.program.fallback])

    def sparse_pattern(self, features, lengths):
        """For selectors: (key indices, weights), each (B, T, NKEYS + 1)."""
        if self.structure.kind != "selector":
            raise ValueError("only selector programs have a sparse pattern")
        t = features.shape[2]
        return self._kernel("selector_pattern", features, lengths)(features, lengths, t, FALLBACK_CODES[self.program.fallback])

    def decode(self, features, lengths, values, offsets, kvs, heads, out, new, carried) -> None:
        """Decoding: write the last ``new`` queries' outputs of every row into ``out`` (B, H, new, D), in place.

        ``values`` (B, kv_heads, width, D) float32 and ``offsets`` (B,) are the
        cache's values and each row's left padding; ``carried`` is a dict the
        caller keeps for this group from step to step (a linear program's
        running sums live there).
        """
        if self.structure.kind == "dense" and self.structure.linear is None:
            distances = self._distances
            if distances.shape[1] < values.shape[2]:  # grown by doubling: built again once in a while, not each step
                distances = self._distances = self.module.distance_table(max(values.shape[2], 2 * distances.shape[1]))
            self.module.dense_decode_serial(features, lengths, values, offsets, kvs, heads, out, new, FALLBACK_CODES[self.program.fallback], distances)
            return
        if self.structure.linear is None:
            self.module.decode_output_serial(features, lengths, values, offsets, kvs, heads, out, new, FALLBACK_CODES[self.program.fallback])
            return
        # A linear program decodes through the bytecode kernel that decodes a hybrid layer's programs together.
        bytecode = self._bytecode.get((tuple(kvs), tuple(heads)))
        if bytecode is None:
            bytecode = lower_layer([ProgramHeads(self.structure.linear, self.program.fallback, tuple(heads), tuple(kvs))])
            self._bytecode[(tuple(kvs), tuple(heads))] = bytecode
        if "acc" not in carried or carried["acc"].shape[0] != len(lengths):
            carried.update(bytecode.state(len(lengths), values.shape[3]))
        query = np.zeros((len(lengths), 1, 1, values.shape[3]), dtype=np.float32)  # no native heads: never read
        decode_layer_serial(
            query, values, values, out, np.zeros((3, 0), dtype=np.int64), features, lengths, offsets, new, np.float32(1.0),
            bytecode.itab, bytecode.ftab, carried["acc"], carried["counters"],
        )

    def output(self, features, values, lengths, sums=None):
        """``pattern @ values``; a linear program also writes its running sums over each row's keys into ``sums``
        ((B, sums, D + 1) float64), when given: the state its decoding continues from."""
        as_torch = not isinstance(values, np.ndarray)
        v = values.detach().cpu().float().numpy() if as_torch else np.asarray(values, dtype=np.float32)
        if self.structure.kind == "dense" and self.structure.linear is None:
            out = self._dense_output(features, lengths, v)
        elif self.structure.linear is not None:
            final = sums if sums is not None else np.zeros((0, self.structure.linear.state_rows, v.shape[2] + 1))
            out = self.module.linear_output_serial(features, lengths, v, fallback_values(v, self.program.fallback), final)
        else:
            out = self._kernel("head_output", features, lengths)(features, lengths, v, fallback_values(v, self.program.fallback))
        if as_torch:
            import torch

            return torch.from_numpy(out).to(values.device, values.dtype)
        return out

    def _dense_output(self, features, lengths, v: np.ndarray) -> np.ndarray:
        """A dense program's output a block of query rows at a time: Numba writes the rows, torch weighs the values.

        Softmax rows come as scores, whose exp torch takes (vectorised, where
        Numba's is a scalar call per pair); weights rows come normalised. Numba
        gets torch's thread count for large blocks: the like-for-like with the
        native heads' SDPA, which uses every torch thread.
        """
        import torch

        from headprog.kernels.numba_runtime import thread_count

        batch, t, _ = v.shape
        out = np.zeros(v.shape, dtype=np.float32)
        dt = self.module.distance_table(t)
        code = FALLBACK_CODES[self.program.fallback]
        rows = max(DENSE_MIN_ROWS, min(t, DENSE_BLOCK_PAIRS // max(t, 1)))
        softmax = self.program.normalize == "softmax"
        with thread_count(torch.get_num_threads()):
            for b in range(batch):
                n = int(lengths[b])
                kv = self.module.key_table(features, b, n)
                vb = torch.from_numpy(v[b])
                for q0 in range(0, n, rows):
                    q1 = min(n, q0 + rows)
                    block = np.empty((q1 - q0, q1), dtype=np.float32)
                    parallel = (q1 - q0) * q1 >= PARALLEL_MIN_PAIRS
                    kernel = self.module.dense_scores_parallel if parallel else self.module.dense_scores_serial
                    kernel(features, b, n, q0, kv, dt, block, code)
                    weights, rows_out = torch.from_numpy(block), torch.from_numpy(out[b, q0:q1])
                    if softmax:
                        weights.sub_(weights.amax(dim=1, keepdim=True)).exp_()
                    torch.matmul(weights, vb[:q1], out=rows_out)
                    if softmax:
                        rows_out.div_(weights.sum(dim=1, keepdim=True))
        return out


#: A dense program's block of query rows holds about this many (query, key) pairs (4 MB of float32) ...
DENSE_BLOCK_PAIRS = 1 << 20
#: ... and at least this many rows, so a long sequence is not cut into slivers.
DENSE_MIN_ROWS = 64

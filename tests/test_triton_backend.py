"""The Triton backend against the reference, run in Triton's interpreter (no GPU needed).

``TRITON_INTERPRET=1`` is set before triton is imported, so every generated
kernel module loaded by these tests is interpreted on CPU torch tensors. One
test also compiles the same kernels for a CUDA target (to cubin, with the
ptxas bundled in the triton wheel), which catches code that only the
interpreter would accept, still without a GPU.
"""

from __future__ import annotations

import os
import shutil
import sys

os.environ["TRITON_INTERPRET"] = "1"  # before triton is imported, here or by headprog

import numpy as np  # noqa: E402
import pytest  # noqa: E402
import torch  # noqa: E402

from headprog.compiler import reference  # noqa: E402
from headprog.compiler.codegen import check_generated  # noqa: E402
from headprog.compiler.compiling import compile_program, quoted_program  # noqa: E402
from headprog.compiler.lower_triton import ALLOWED_NAMES, TritonKernels, generate  # noqa: E402
from helpers.kernel_cases import ATOL, PROGRAMS, check_against_reference, check_case, make_batch, make_program  # noqa: E402


@pytest.mark.parametrize("index", range(len(PROGRAMS)), ids=[p[0][:40] for p in PROGRAMS])
def test_matches_reference(index):
    check_case(index)


@pytest.mark.parametrize("index", [0, 5, 8, 16, 20], ids=["selector", "selector-dup", "band", "dense", "softmax"])
def test_long_sequences(index):
    body, normalize, fallback, _ = PROGRAMS[index]
    feats, lengths, values = make_batch([300, 129], seed=100 + index)
    check_against_reference(make_program(body, normalize, fallback), feats, lengths, values)


def test_every_structure_normalisation_and_fallback_is_covered():
    assert {p[3] for p in PROGRAMS} == {"selector", "band", "dense"}
    assert {p[1] for p in PROGRAMS} == {"weights", "softmax"}
    assert {(p[3], p[2]) for p in PROGRAMS if p[1] == "weights"} >= {
        (kind, fb) for kind in ("selector", "band", "dense") for fb in ("first", "self", "uniform")
    }


@pytest.mark.parametrize("d", [1, 5, 20])
def test_torch_values_any_head_dim(d):
    program = make_program(*PROGRAMS[7][:3])  # band
    feats, lengths, values = make_batch([23, 9], seed=7, d=d)
    want = reference.outputs(program.expr, feats, lengths, values, program.normalize, program.fallback)
    head = compile_program(program, "triton")
    got = head.output(feats, torch.from_numpy(values).double(), lengths)
    assert isinstance(got, torch.Tensor) and got.dtype == torch.float64 and got.device.type == "cpu"
    np.testing.assert_allclose(got.numpy(), want, atol=ATOL, rtol=ATOL)


def test_rows_and_columns_past_each_length_are_zero():
    program = make_program("1.0", "weights", "first")
    feats, lengths, values = make_batch([5, 1, 3], seed=3)
    lengths[2] = 0  # an empty sequence in the batch
    head = compile_program(program, "triton")
    p = head.pattern(feats, lengths)
    assert p[1, 1:].sum() == 0 and p[1, :, 1:].sum() == 0 and p[0, 5:].sum() == 0 and not p[2].any()
    np.testing.assert_allclose(p[0, 4, :5], 0.2, atol=ATOL)
    o = head.output(feats, values, lengths)
    assert not o[1, 1:].any() and not o[0, 5:].any() and not o[2].any()
    np.testing.assert_allclose(o[1, 0], values[1, 0], atol=ATOL)


def test_the_template_alone_is_a_uniform_head():
    from headprog.kernels import triton_template

    lengths = torch.tensor([3, 0, 20])
    p = torch.zeros((3, 20, 20))
    feats = torch.zeros((3, 18, 20))
    triton_template.head_pattern[(1, 3)](feats, lengths, p, 20, 18, FALLBACK=0, BLOCK_M=32, BLOCK_N=16)
    want = np.tril(np.ones((20, 20))) / np.arange(1, 21)[:, None]
    np.testing.assert_allclose(p[2].numpy(), want, atol=ATOL)
    np.testing.assert_allclose(p[0, :3, :3].numpy(), want[:3, :3], atol=ATOL)
    assert not p[0, 3:].any() and not p[0, :, 3:].any() and not p[1].any()


def test_source_quotes_the_program_and_hoists_row_values():
    program = make_program("(k == sentence_start(q)) * (count(q) > 1) + (q - k <= 2) * is_punct(k)")
    head = compile_program(program, "triton")
    source = head.source
    assert isinstance(head.kernels, TritonKernels)
    check_generated(source, ALLOWED_NAMES, allowed_strings={"ieee"})
    quoted = [line for line in source.splitlines() if line.startswith("# ")]
    for line in quoted_program(program).splitlines():
        if line.strip():
            assert "# " + line in quoted
    row_values = source.split("def row_values", 1)[1].split("@triton.jit", 1)[0]
    score = source.split("def score", 1)[1].split("@triton.jit", 1)[0]
    # sentence_start(q) and count(q) > 1 are computed once per query block, not per key tile
    assert "Fb + 9 * T, qf" in row_values and "Fb + 11 * T, qf" in row_values
    assert "Fb + 9 * T" not in score and "Fb + 11 * T" not in score
    assert "kf == r[0]" in score


def test_generated_code_rejects_a_name_outside_the_allowlist():
    from headprog.compiler.codegen import GeneratedCodeError

    program = make_program("k == q")
    source = generate(program.expr, compile_program(program, "triton").structure, "weights", "x", "key")
    with pytest.raises(GeneratedCodeError):
        check_generated(source.replace("return (qf,)", "return (open,)"), ALLOWED_NAMES, allowed_strings={"ieee"})


def _ptxas_available() -> bool:
    try:
        from triton.backends.compiler import GPUTarget  # noqa: F401
        from triton.backends.nvidia import compiler as nvidia
    except Exception:
        return False
    try:
        return bool(nvidia.get_ptxas().path)
    except Exception:
        return shutil.which("ptxas") is not None


_COMPILE_FOR_GPU = """
import importlib.util, sys
import triton
from triton.backends.compiler import GPUTarget

i32 = "i32"
OUTPUT = dict(F="*fp32", L="*i64", V="*fp32", FB="*fp32", O="*fp32", T=i32, R=i32, D=i32,
              svb=i32, svt=i32, svd=i32, sfb=i32, sft=i32, sfd=i32, sob=i32, sot=i32, sod=i32,
              BLOCK_M="constexpr", BLOCK_N="constexpr", BLOCK_D="constexpr")
PATTERN = dict(F="*fp32", L="*i64", P="*fp32", T=i32, R=i32, FALLBACK="constexpr", BLOCK_M="constexpr", BLOCK_N="constexpr")
target = GPUTarget("cuda", 90, 32)
for i, path in enumerate(sys.argv[1:]):
    spec = importlib.util.spec_from_file_location(f"compiled_{i}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    for fn, signature, constants in (
        (module.head_output, OUTPUT, {"BLOCK_M": 64, "BLOCK_N": 32, "BLOCK_D": 64}),
        (module.head_pattern, PATTERN, {"FALLBACK": i % 3, "BLOCK_M": 64, "BLOCK_N": 32}),
    ):
        assert triton.compile(triton.compiler.ASTSource(fn, signature, constants), target=target).asm["cubin"]
print("compiled", len(sys.argv) - 1)
"""


@pytest.mark.skipif(not _ptxas_available(), reason="triton's CUDA backend (ptxas) is not installed")
def test_kernels_compile_for_a_cuda_gpu(tmp_path):
    """The interpreter runs plain Python; this compiles the same sources the way a GPU run would.

    In a fresh process: Triton decides interpreted or compiled once, when it is imported.
    """
    import subprocess

    paths = []
    for index in (3, 5, 9, 19, 21):  # selectors, band, dense with constant positions, softmax
        body, normalize, fallback, _ = PROGRAMS[index]
        path = tmp_path / f"compiled_{index}.py"
        path.write_text(compile_program(make_program(body, normalize, fallback), "triton").source)
        paths.append(str(path))
    env = {k: v for k, v in os.environ.items() if k != "TRITON_INTERPRET"}
    env["TRITON_DEFAULT_FP_FUSION"] = "1"
    done = subprocess.run([sys.executable, "-c", _COMPILE_FOR_GPU, *paths], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-4000:]
    assert f"compiled {len(paths)}" in done.stdout


# ---------------------------------------------------------------------------
# Generated programs: a seeded random walk over the language.
#
# Comparisons only ever see whole numbers (positions, counts, distances, flags,
# integer constants) and constants are dyadic, so float32 and the float64
# reference agree exactly on every branch; see lower_triton's notes for the
# knife-edge cases this keeps out.

BOOL_FEATURES = ["is_punct", "is_sentence_end", "is_newline", "is_word_start", "is_capitalized", "is_digit"]


class ProgramWriter:
    def __init__(self, rng: np.random.Generator):
        self.rng = rng

    def pick(self, options):
        return options[int(self.rng.integers(len(options)))]

    def pos(self, depth: int) -> str:
        base = self.pick(["q", "k"])
        if depth <= 0:
            return base
        return self.pick([
            base,
            f"{base} - {int(self.rng.integers(1, 4))}",
            f"sentence_start({self.pos(depth - 1)})",
            f"word_start({self.pos(depth - 1)})",
            f"last({self.pick(BOOL_FEATURES)}, {self.pos(depth - 1)})",
            "0",
        ])  # fmt: skip

    def whole(self, depth: int) -> str:
        """An integer-valued expression."""
        if depth <= 0:
            return self.pick(["q - k", f"count({self.pos(0)})", f"{self.pick(BOOL_FEATURES)}({self.pos(0)})", str(int(self.rng.integers(-2, 5)))])
        d = depth - 1
        return self.pick([
            f"({self.pos(d)}) - ({self.pos(d)})",
            f"count({self.pos(d)})",
            f"{self.pick(BOOL_FEATURES)}({self.pos(d)})",
            f"({self.whole(d)}) + ({self.whole(d)})",
            f"({self.whole(d)}) * ({self.whole(d)})",
            f"min({self.whole(d)}, {self.whole(d)})",
            f"max({self.whole(d)}, {self.whole(d)})",
            f"abs({self.whole(d)})",
            f"-({self.whole(d)})",
        ])  # fmt: skip

    def cond(self, depth: int) -> str:
        d = max(depth - 1, 0)
        cat = self.pick(["token", "lower", "prev_token"])
        return self.pick([
            f"{cat}({self.pos(d)}) == {cat}({self.pos(d)})",
            f"{self.pick(['token', 'prev_token'])}({self.pos(d)}) != {self.pick(['token', 'prev_token'])}({self.pos(d)})",
            f"k == {self.pos(d)}",
            f"({self.whole(d)}) {self.pick(['<', '<=', '>', '>=', '==', '!='])} ({self.whole(d)})",
            f"q - k <= {int(self.rng.integers(0, 6))}",
            f"not ({self.cond(d)})" if depth > 0 else "True",
            f"({self.cond(d)}) and ({self.cond(d)})" if depth > 0 else "False",
            f"({self.cond(d)}) or ({self.cond(d)})" if depth > 0 else f"{self.pick(BOOL_FEATURES)}(k)",
        ])  # fmt: skip

    def num(self, depth: int) -> str:
        if depth <= 0:
            return self.pick([f"({self.cond(0)})", f"({self.whole(0)})", self.pick(["0.5", "1.5", "2.0", "0.25"])])
        d = depth - 1
        return self.pick([
            f"({self.num(d)}) + ({self.num(d)})",
            f"({self.num(d)}) - ({self.num(d)})",
            f"({self.cond(d)}) * ({self.num(d)})",
            f"({self.num(d)}) / {self.pick(['2.0', '4.0', '0.5'])}",
            f"decay({self.whole(d)}, {self.pick(['1.0', '2.0', '4.0'])})",
            f"exp(-abs({self.whole(d)}) / 2.0)",
            f"({self.num(d)}) if ({self.cond(d)}) else ({self.num(d)})",
            f"min({self.num(d)}, {self.num(d)})",
            f"max({self.num(d)}, {self.num(d)})",
            f"({self.cond(d)})",
        ])  # fmt: skip


@pytest.mark.parametrize("seed", range(24))
def test_generated_programs_match_reference(seed):
    rng = np.random.default_rng(1000 + seed)
    writer = ProgramWriter(rng)
    body = writer.num(3)
    if seed % 3 == 0:  # steer some programs into selector and band structures
        body = f"({writer.cond(1)} or k == {writer.pos(2)}) * (k == {writer.pos(2)}) * ({body})"
    elif seed % 3 == 1:
        body = f"(q - k <= {int(rng.integers(0, 20))}) * ({body})"
    normalize = "softmax" if seed % 4 == 3 else "weights"
    fallback = ("first", "self", "uniform")[seed % 3 if seed % 2 else (seed // 2) % 3]
    program = make_program(body, normalize, fallback)
    feats, lengths, values = make_batch([1, 45, 20], seed=2000 + seed)
    check_against_reference(program, feats, lengths, values)

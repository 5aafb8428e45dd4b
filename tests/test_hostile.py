"""Hostile input: everything outside the language is refused, quickly, and nothing runs.

A program file is parsed with :mod:`ast` and checked against a whitelist; it is
never executed. These tests hold the parser to that: a corpus of hostile texts
(each must raise :class:`ProgramError`, never another exception, never hang),
canaries whose side effect would show if any text were executed, and property
tests on random text and on random mutations of valid programs.
"""

from __future__ import annotations

import ast
import contextlib
import os
import re
import signal
import time
import uuid
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import headprog
from headprog.compiler.analysis import classify
from headprog.errors import ProgramError
from headprog.language import format_file, parse_text
from headprog.testing import ProgramGenerator

HEADER = '"""\nheadprog: 1\nfeatures: v1\n"""\n\n\n'
CLASSIC = Path(headprog.__file__).resolve().parent / "library" / "classic.py"
SECONDS = 5.0  # per input; parsing any of these takes milliseconds


def v4(text: str) -> str:
    """A file of :func:`prog` declaring feature library v4 (the table built-in)."""
    return text.replace("features: v1", "features: v4", 1)


def prog(body: str, deco: str = "@program", signature: str = "def p(q, k):") -> str:
    lines = "".join(f"    {line}\n" for line in body.strip("\n").split("\n"))
    return f"{HEADER}{deco}\n{signature}\n{lines}"


@contextlib.contextmanager
def deadline(seconds: float):
    """Turn a hang into a test failure (SIGALRM; the tests run in the main thread)."""
    if not hasattr(signal, "setitimer"):  # not on this platform: the elapsed-time checks still apply
        yield
        return

    def expired(signum, frame):
        raise TimeoutError(f"took longer than {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def refuse(source: str | bytes) -> ProgramError:
    """Parse ``source``; it must raise ProgramError (and nothing else), in time, with a location."""
    start = time.perf_counter()
    with deadline(SECONDS), pytest.raises(ProgramError) as info:
        parse_text(source, filename="hostile.py")
    assert time.perf_counter() - start < SECONDS
    err = info.value
    assert err.line >= 1 and err.col >= 1
    assert str(err).startswith(f"hostile.py:{err.line}:{err.col}: ")
    assert err.reason and "\n" not in err.reason
    return err


# ---------------------------------------------------------------------------
# The corpus: (name, source). Every entry must be refused.

HOSTILE: list[tuple[str, str | bytes]] = [
    # imports and the machinery to reach them
    ("import", HEADER + "import os\n"),
    ("from-import", HEADER + "from os import system\n"),
    ("import before header", "import os\n" + HEADER),
    ("import in program", prog("import os\nreturn k")),
    ("import after program", prog("return k") + "\nimport os\n"),
    ("__import__ call", prog("return __import__('os').system('true')")),
    ("__import__ name", prog("return __import__")),
    ("__import__ via NFKC", prog("return ＿＿import＿＿('os')")),
    ("importlib", prog("return importlib.import_module('os')")),
    ("builtins", prog("return __builtins__")),
    ("dunder attributes", prog("return k.__class__.__bases__[0].__subclasses__()")),
    ("dunder on a literal", prog("return ().__class__")),
    ("getattr", prog("return getattr(k, '__class__')")),
    ("globals", prog("return globals()")),
    ("vars", prog("return vars()")),
    ("open", prog("return open('/etc/passwd')")),
    ("open top level", HEADER + "open('/tmp/x', 'w')\n"),
    ("exec", prog("return exec('import os')")),
    ("eval", prog("return eval('1 + 1')")),
    ("compile", prog("return compile('1', 'f', 'eval')")),
    ("breakpoint", prog("return breakpoint()")),
    ("print", prog("return print('hi')")),
    ("os.system attribute", prog("return os.system('true')")),
    ("homoglyph feature", prog("return tоken(k) == 0")),  # Cyrillic о
    # Python constructs outside the language
    ("lambda", prog("return (lambda: 1)()")),
    ("lambda binding", prog("f = lambda x: x\nreturn f(k)")),
    ("lambda default", prog("return (lambda x=open('f'): x)()")),
    ("list comprehension", prog("return token([k for k in q]) == 0")),
    ("set comprehension", prog("return token({k for k in q}) == 0")),
    ("dict comprehension", prog("return token({k: k for k in q}) == 0")),
    ("generator", prog("return max(k for k in q)")),
    ("f-string", prog("return f'{k}'")),
    ("f-string with call", prog("return f'{open(\"x\")}'")),
    ("f-string docstring", HEADER + "@program\ndef p(q, k):\n    f\"\"\"{open('x')}\"\"\"\n    return k\n"),
    ("walrus", prog("return (x := k)")),
    ("walrus in decorator", prog("return k", deco='@program(normalize=(x := "weights"))')),
    ("starred", prog("return token(*k) == 0")),
    ("subscript", prog("return q[0]")),
    ("slice", prog("return q[0:1]")),
    ("string", prog("return 'k'")),
    ("bytes", prog("return b'k'")),
    ("await", prog("return await k")),
    ("yield", prog("return (yield k)")),
    ("yield from", prog("return (yield from k)")),
    ("class", HEADER + "class A:\n    x = open('f')\n"),
    ("program class", HEADER + "@program\nclass p:\n    pass\n"),
    ("nested def", prog("def f():\n    return 1\nreturn f()")),
    ("async def", HEADER + "@program\nasync def p(q, k):\n    return k\n"),
    ("global", HEADER + "global x\n"),
    ("global in program", prog("global k\nreturn k")),
    ("nonlocal", prog("nonlocal k\nreturn k")),
    ("if main", HEADER + "if __name__ == '__main__':\n    import os\n"),
    ("for", prog("for i in q:\n    pass\nreturn k")),
    ("while", prog("while True:\n    pass\nreturn k")),
    ("try", prog("try:\n    x = 1\nexcept:\n    x = 2\nreturn x")),
    ("with", prog("with open('x') as f:\n    pass\nreturn k")),
    ("raise", prog("raise SystemExit\nreturn k")),
    ("assert", prog("assert False\nreturn k")),
    ("del", prog("x = 1\ndel x\nreturn k")),
    ("match", prog("match k:\n    case 1:\n        pass\nreturn k")),
    ("semicolon import", prog("return k; import os")),
    ("code after return", prog("return k\nimport os")),
    # decorators, defaults, annotations: places Python evaluates at definition time
    ("other decorator", prog("return k", deco="@staticmethod")),
    ("expression decorator", prog("return k", deco="@__import__('os').system('true')")),
    ("decorator option call", prog("return k", deco="@program(normalize=open('x').read())")),
    ("decorator option lambda", prog("return k", deco='@program(normalize=(lambda: "weights")())')),
    ("decorator **", prog("return k", deco="@program(**{'normalize': 'weights'})")),
    ("decorator *", prog("return k", deco="@program(*['weights'])")),
    ("two decorators", prog("return k", deco="@program\n@program")),
    ("default argument", prog("return k", signature="def p(q, k=open('x')):")),
    ("annotation", prog("return k", signature="def p(q: open('x'), k):")),
    ("return annotation", prog("return k", signature="def p(q, k) -> open('x'):")),
    ("kw-only argument", prog("return k", signature="def p(q, *, k):")),
    ("**kwargs", prog("return k", signature="def p(q, k, **kw):")),
    # huge literals
    ("1e999", prog("return 1e999")),
    ("-1e999", prog("return -1e999")),
    ("1e999 * 0", prog("return 1e999 * 0")),
    ("10**1000", prog("return 10**1000")),
    ("4000-digit int", prog("return " + "9" * 4000)),
    ("5000-digit int", prog("return " + "9" * 5000)),
    ("huge hex", prog("return 0x" + "f" * 5000)),
    ("huge binary", prog("return 0b" + "1" * 20000)),
    ("400-digit float", prog("return " + "1" * 400 + ".0")),
    ("complex", prog("return 1e999j")),
    ("big constant", prog("return 1000001 * k")),
    # deep and large expressions
    ("parens 1000", prog("return " + "(" * 1000 + "k" + ")" * 1000)),
    ("brackets 1000", prog("return " + "[" * 1000 + "]" * 1000)),
    ("calls 1000", prog("return " + "abs(" * 1000 + "k" + ")" * 1000)),
    ("sum 100k", prog("return " + "+".join(["1"] * 100_000))),
    ("sum 20k", prog("return " + " + ".join(["k"] * 20_000))),
    ("not 60k", prog("return " + "not " * 60_000 + "k == 0")),
    ("not 100k", prog("return " + "not " * 100_000 + "k == 0")),
    ("minus 100k", prog("return " + "-" * 100_000 + "k")),
    ("invert 100k", prog("return " + "~" * 100_000 + "k")),
    ("ternary 10k", prog("return " + "1 if k == 0 else " * 10_000 + "0")),
    ("and 40k", prog("return " + " and ".join(["k == 0"] * 40_000))),
    ("compare chain 50k", prog("return " + " < ".join(["k"] * 50_000))),
    ("min 30k args", prog("return min(" + ", ".join(["k"] * 30_000) + ")")),
    ("min 500 args", prog("return min(" + ", ".join(["k"] * 500) + ")")),
    ("or 100 terms", prog("return " + " or ".join(f"k == {i}" for i in range(100)))),
    ("exponential bindings", prog("a0 = k\n" + "".join(f"a{i} = a{i - 1} + a{i - 1}\n" for i in range(1, 32)) + "return a31")),
    ("deep bindings", prog("".join(f"b{i} = " + "-" * 30 + ("k" if i == 0 else f"b{i - 1}") + "\n" for i in range(16)) + "return b15")),
    ("many bindings", prog("".join(f"x{i} = {i}\n" for i in range(1000)) + "return k")),
    ("many programs", HEADER + "\n".join(f"@program\ndef p{i}(q, k):\n    return k\n" for i in range(1000))),
    ("very long file", HEADER + "# filler\n" * 100_000),
    ("very long line", prog("return k" + " + 0" * 80_000)),
    ("very long header", '"""\nheadprog: 1\nfeatures: v1\nlabel: ' + "x" * 300_000 + '\n"""\n'),
    # bytes, encodings, odd characters
    ("not UTF-8", b'"""\nheadprog: 1\nfeatures: v1\n"""\n\xff\xfe\xfd'),
    ("latin-1 with cookie", b"# -*- coding: latin-1 -*-\n" + HEADER.encode() + b"# caf\xe9\n"),
    ("UTF-16", prog("return k").encode("utf-16")),
    ("truncated UTF-8", prog("return k").encode() + b"\xe2\x82"),
    ("NUL in text", HEADER + "\x00"),
    ("NUL in bytes", b'"""\nheadprog: 1\x00\n"""\n'),
    ("NUL in program", prog("return k\x00")),
    ("lone surrogate", prog("return k  # \ud800")),
    ("bidi override", prog("return k \u202e== 0")),
    ("zero-width space", prog("return k\u200b == 0")),
    ("vertical tab indent", HEADER + "@program\ndef p(q, k):\n\x0breturn k\n"),
    ("empty", ""),
    ("empty bytes", b""),
    ("whitespace", "  \n\n\t\n"),
    ("BOM only", "\ufeff"),
    ("comment only", "# headprog: 1\n"),
    ("header only", HEADER),
    ("garbage", "\x01\x02\x03 !@#$%^&*"),
    ("binary blob", bytes(range(256)) * 4),
    # headers that try to smuggle text into the printed file
    ("header triple quote", "'''\nheadprog: 1\nfeatures: v1\nlabel: \"\"\"\nimport os\n'''\n" + prog("return k")[len(HEADER):]),
    ("header backslash", '"""\nheadprog: 1\nfeatures: v1\nsource: \\\\"""\n'),
    ("header escape newline", '"""\nheadprog: 1\nfeatures: v1\nlabel: x\\nimport: os\n"""\n'),
    ("label newline", prog("return k", deco='@program(label="x\\nimport os")')),
    # table(...) (library v4): only an index and numeric constants
    ("table with a string", v4(prog("return table(k, 'os')"))),
    ("table of 10k entries", v4(prog("return table(k" + ", 1.0" * 10_000 + ")"))),
    ("table calling exec", v4(prog("return table(exec('1'), 1.0)"))),
    ("table in a table", v4(prog("return table(table(k, 1.0), 1.0)"))),
    ("table reading the future", v4(prog("return table(word_class(q + 1), 1.0)"))),
    ("table infinite entry", v4(prog("return table(k, 1e999)"))),
]


@pytest.mark.parametrize("source", [s for _, s in HOSTILE], ids=[n for n, _ in HOSTILE])
def test_hostile_input_is_refused(source):
    refuse(source)


def test_hostile_corpus_names_are_unique():
    names = [n for n, _ in HOSTILE]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "name,fragment",
    [
        ("import", "an import is not allowed at the top level"),
        ("__import__ name", "unknown name '__import__'"),
        ("dunder attributes", "attribute access is not allowed"),
        ("open", "unknown function 'open'"),
        ("exec", "unknown function 'exec'"),
        ("lambda", "a lambda is not allowed"),
        ("list comprehension", "a comprehension is not allowed"),
        ("f-string", "an f-string is not allowed"),
        ("walrus", "an assignment expression (:=) is not allowed"),
        ("1e999", "must be finite"),
        ("10**1000", "the operator Pow is not allowed"),
        ("5000-digit int", "an integer literal has thousands of digits"),
        ("huge hex", "is larger than 1e+06"),
        ("parens 1000", "brackets nested more than 48 deep"),
        ("sum 100k", "nested too deeply to parse"),
        ("not 60k", "nested too deeply to parse"),
        ("min 500 args", "nests 500 levels deep; at most 64"),
        ("exponential bindings", "nodes; at most 2048 are allowed"),
        ("not UTF-8", "the file is not valid UTF-8"),
        ("NUL in text", "the file contains a NUL character"),
        ("lone surrogate", "lone surrogate"),
        ("empty", "a program file starts with a header docstring"),
        ("class", "a class definition is not allowed at the top level"),
        ("other decorator", "the decorator must be @program(...)"),
        ("global", "a global statement is not allowed"),
        ("very long file", "the file is larger than 256 KiB"),
        ("many programs", "more than 64 programs in one file"),
        ("header triple quote", "without backslashes or triple quotes"),
        ("table with a string", "a str constant is not allowed"),
        ("table of 10k entries", "table() takes an index and 1 to 64 numeric constants"),
        ("table calling exec", "unknown function 'exec'"),
        ("table in a table", "the index of table() is an integer, a condition or a class id"),
        ("table reading the future", "word_class(q + 1) may read a position after the query q"),
        ("table infinite entry", "must be finite"),
    ],
)
def test_hostile_messages(name, fragment):
    source = dict(HOSTILE)[name]
    assert fragment in refuse(source).reason


@pytest.mark.parametrize(
    "source,line,col",
    [
        (b'"""\nheadprog: 1\nfeatures: v1\n"""\nx = 1 # \xff\n', 5, 9),
        ('"""\nheadprog: 1\nfeatures: v1\n"""\n\n# a\x00b\n', 6, 4),
        (prog("return k  # \ud800"), 9, 17),
    ],
)
def test_encoding_errors_are_located(source, line, col):
    err = refuse(source)
    assert (err.line, err.col) == (line, col)


def test_utf8_byte_order_mark_is_accepted():
    text = CLASSIC.read_text()
    assert format_file(parse_text(b"\xef\xbb\xbf" + text.encode())) == text
    assert format_file(parse_text("\ufeff" + text)) == text


# ---------------------------------------------------------------------------
# Canaries: texts that would leave a trace if anything ever executed them.


def _canary_sources(path: Path, env: str) -> list[str]:
    touch = f"open({str(path)!r}, 'w').write('executed')"
    setenv = f"__import__('os').environ.__setitem__({env!r}, '1')"
    both = f"({touch}, {setenv})"
    return [
        HEADER + f"import os\nos.environ[{env!r}] = '1'\n{touch}\n",
        HEADER + f"{both}\n",
        prog(f"x = {both}\nreturn k"),
        prog(f"return {both}"),
        prog(f"return k if {touch} else {setenv}"),
        prog("return k", deco=f"@program(normalize={touch})"),
        prog("return k", deco=f"@program(label=str({both}))"),
        prog("return k", deco=f"@{setenv} or program"),
        prog("return k", deco=f"@program\n@(lambda f: ({both}, f)[1])"),
        prog("return k", signature=f"def p(q, k={both}):"),
        prog("return k", signature=f"def p(q: {touch}, k: {setenv}):"),
        prog("return k", signature=f"def p(q, k) -> {both}:"),
        prog(f'return f"""{{{both}}}"""'),
        prog(f"return (lambda: {both})()"),
        prog(f"return [{both} for _ in range(1)]"),
        prog(f"return exec({both!r})"),
        prog(f"return eval({both!r})"),
        HEADER + f"class Canary:\n    {both}\n",
        HEADER + f"if __name__ == '__main__' or True:\n    {both}\n",
        prog("return k") + f"\n{both}\n",  # a valid program, then code: the whole file is refused
        f"{both}\n" + prog("return k"),
        f'"""\nheadprog: 1\nfeatures: v1\n"""\n{both}\n' + prog("return k")[len(HEADER):],
        HEADER + f"@program\ndef p(q, k):\n    return k\n    {both}\n",
        HEADER + f"@program\ndef p(q, k):\n    with open({str(path)!r}, 'w'):\n        pass\n    return k\n",
        HEADER + f"@program\ndef p(q, k):\n    try:\n        {both}\n    finally:\n        return k\n",
    ]


def test_nothing_is_executed(tmp_path):
    path = tmp_path / "canary"
    env = "HEADPROG_CANARY_" + uuid.uuid4().hex
    sources = _canary_sources(path, env)
    for source in sources:
        compile(source, "canary", "exec")  # each canary is valid Python: running it *would* leave a trace
        refuse(source)
        refuse(source.encode())
    assert not path.exists(), "a program file was executed"
    assert env not in os.environ, "a program file was executed"


def test_canary_texts_in_valid_programs_stay_inert(tmp_path):
    """Docstrings, comments and header values that hold code are data: accepted, printed, compiled, never run."""
    path = tmp_path / "canary"
    env = "HEADPROG_CANARY_" + uuid.uuid4().hex
    payload = f"__import__('os').environ.__setitem__({env!r}, '1'); open({str(path)!r}, 'w')"
    text = (
        f'"""\nheadprog: 1\nfeatures: v1\nlabel: {payload}\nsource: {payload}\n"""\n\n\n'
        f"# {payload}\n"
        f'@program(normalize="weights", fallback="first", label="{payload}")\n'
        f"def p(q, k):\n"
        f'    """\n    Ends the comment? {payload}\n    """ \n'
        f"    # {payload}\n"
        f"    return k == q - 1  # {payload}\n"
    )
    file = parse_text(text)
    printed = format_file(file)
    assert format_file(parse_text(printed)) == printed

    from headprog.compiler.compiling import compile_program
    from headprog.features import compute_features

    features = compute_features([5, 6, 7], ["a", " b", " c"])
    for backend in ("reference", "numba"):
        head = compile_program(file.program(), backend)
        pattern = head.pattern(features)
        np.testing.assert_allclose(pattern[0], [[1, 0, 0], [1, 0, 0], [0, 1, 0]])
    assert not path.exists(), "program text was executed"
    assert env not in os.environ, "program text was executed"


def test_language_modules_never_execute_text():
    """The front end has no route from text to execution: no eval/exec/compile/import machinery."""
    forbidden = {"eval", "exec", "compile", "__import__", "import_module", "runpy", "system", "popen", "literal_eval"}
    root = Path(headprog.__file__).resolve().parent / "language"
    for path in sorted(root.glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                name = node.id
            elif isinstance(node, ast.Attribute) and not (isinstance(node.value, ast.Name) and node.value.id == "re"):
                name = node.attr  # re.compile builds a regular expression; it runs nothing
            else:
                continue
            assert name not in forbidden, f"{path.name}:{node.lineno} uses {name}"


# ---------------------------------------------------------------------------
# Properties: random text, random bytes, random mutations of valid programs.


def _accepted_is_sound(source: str | bytes) -> None:
    """Parse ``source``: a ProgramError with a sane location, or a program that prints to a fixed point."""
    lines = (source.decode("utf-8", "replace") if isinstance(source, bytes) else source).count("\n") + 1
    try:
        with deadline(SECONDS):
            file = parse_text(source, filename="fuzz.py")
    except ProgramError as err:
        assert 1 <= err.line <= lines + 1, str(err)
        assert err.col >= 1, str(err)
        assert str(err).startswith(f"fuzz.py:{err.line}:{err.col}: ")
        return
    printed = format_file(file)
    again = parse_text(printed)
    assert format_file(again) == printed
    for a, b in zip(file.programs, again.programs, strict=True):
        assert a.hash == b.hash and a.structure_hash == b.structure_hash
        classify(a.expr, a.normalize)


FUZZ = settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))


@FUZZ
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    _accepted_is_sound(text)


@FUZZ
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data):
    _accepted_is_sound(data)


_BODY_ALPHABET = st.sampled_from(list("qk()+-*/<>=!., 0123456789_aeiklmnoprstuwx:\n\t'\"[]{}@#\\~%&|^;") + ["é", "\u2028", "\x0c", "\x00"])


@FUZZ
@given(st.text(alphabet=_BODY_ALPHABET, max_size=120))
def test_arbitrary_expression_text(body):
    _accepted_is_sound(f"{HEADER}@program\ndef p(q, k):\n    return {body}\n")
    _accepted_is_sound(f"{HEADER}@program({body})\ndef p(q, k):\n    return k\n")
    _accepted_is_sound(f'"""\nheadprog: 1\nfeatures: v1\n{body}\n"""\n\n@program\ndef p(q, k):\n    return k\n')


VOCAB = [
    "q", "k", "0", "1", "-1", "2.5", "1e999", "10**9", "True", "None", "'s'", "(", ")", "[", "]", ",", ":", "=",
    "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "//", "**", "%", "~", "and", "or", "not", "if", "else",
    "is", "in", "lambda", "for", "import", "return", "def", "class", "global", "yield", ":=", "@program", "@",
    "token", "lower", "prev_token", "is_punct", "sentence_start", "word_start", "count", "last", "min", "max",
    "abs", "exp", "decay", "table", "word_class", "open", "__import__", "exec", "eval", ".__class__", '"""', "\n", "\n    ", "#", "\\",
    'normalize="softmax"', 'fallback="self"', 'head="L1H2"', "label=", "headprog:", "features:", "v1", "v2",
]  # fmt: skip

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _seed_texts() -> list[str]:
    texts = [CLASSIC.read_text()]
    texts += [ProgramGenerator(seed).program_text() for seed in range(20)]
    texts += [
        prog("d = q - k\nreturn decay(d, 2.0) if d < 8 else 0"),
        prog("return 0 < q - k < 5 and min(q, k, 3) > 1"),
        prog('"""Doc."""\np = last(is_punct, q)\nreturn token(p) == token(k) and k > p', deco='@program(normalize="softmax", label="x")'),
        v4(prog("return table(word_class(k), 0.5, -1.0, 2.0) + (k == 0) * table(min(q, 3), 1.0, 0.25)")),
    ]
    return texts


SEEDS = _seed_texts()


@st.composite
def mutated(draw):
    text = draw(st.sampled_from(SEEDS))
    for _ in range(draw(st.integers(1, 4))):
        tokens = _TOKEN.findall(text)
        op = draw(st.sampled_from(["insert", "delete", "swap", "duplicate", "replace", "chars"]))
        i = draw(st.integers(0, max(len(tokens) - 1, 0)))
        if op == "insert":
            tokens.insert(i, draw(st.sampled_from(VOCAB)))
        elif op == "delete" and tokens:
            del tokens[i : i + draw(st.integers(1, 3))]
        elif op == "swap" and tokens:
            j = draw(st.integers(0, len(tokens) - 1))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        elif op == "duplicate" and tokens:
            tokens.insert(i, tokens[i])
        elif op == "replace" and tokens:
            tokens[i] = draw(st.sampled_from(VOCAB))
        text = "".join(tokens)
        if op == "chars":
            pos = draw(st.integers(0, len(text)))
            cut = draw(st.integers(0, 2))
            text = text[:pos] + draw(st.text(max_size=3)) + text[pos + cut :]
    return text


@FUZZ
@given(mutated())
def test_mutated_programs(text):
    _accepted_is_sound(text)

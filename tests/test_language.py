"""The program language: canonical printing, hashes, the example library, and error locations.

Hostile inputs (anything that must be refused without running) live in
``test_hostile.py``; this file is about programs that are meant to be right, and
about each class of mistake getting its own message at the right place.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import headprog
from headprog.compiler.analysis import classify
from headprog.errors import ProgramError
from headprog.features import CLASSES, FEATURES
from headprog.language import format_file, parse_file, parse_text
from headprog.testing import ProgramGenerator

LIBRARY = Path(headprog.__file__).resolve().parent / "library"
CLASSIC = LIBRARY / "classic.py"
DSL_DOC = Path(__file__).resolve().parents[1] / "docs" / "dsl.md"

HEADER = '"""\nheadprog: 1\nfeatures: v1\n"""\n\n\n'
V4 = HEADER.replace("v1", "v4")
#: Line of the first ``return`` in a file made by :func:`prog` (header, blank lines, decorator, def).
BODY_LINE = 9


def prog(body: str, deco: str = "@program", name: str = "p", header: str = HEADER) -> str:
    """A one-program file; ``body`` lines are indented by four spaces."""
    lines = "".join(f"    {line}\n" for line in body.strip("\n").split("\n"))
    return f"{header}{deco}\ndef {name}(q, k):\n{lines}"


def canonical(text: str) -> str:
    return format_file(parse_text(text))


def assert_fixed_point(text: str) -> str:
    """parse → print → parse → print gives the same text, and the hashes survive printing."""
    first = parse_text(text)
    once = format_file(first)
    second = parse_text(once)
    twice = format_file(second)
    assert once == twice, f"printer is not a fixed point:\n{once}\n---\n{twice}"
    for a, b in zip(first.programs, second.programs, strict=True):
        assert a.hash == b.hash
        assert a.structure_hash == b.structure_hash
        assert a.name == b.name and a.normalize == b.normalize and a.fallback == b.fallback
        assert (a.label, a.head, a.doc) == (b.label, b.head, b.doc)
    assert first.header == second.header
    return once


# ---------------------------------------------------------------------------
# The example library


def test_library_has_no_init():
    """headprog/library holds program files (data), not a Python package."""
    assert not (LIBRARY / "__init__.py").exists()
    assert (LIBRARY / "README.md").exists()


def test_library_is_canonical():
    text = CLASSIC.read_text()
    assert format_file(parse_file(CLASSIC)) == text
    assert_fixed_point(text)


EXPECTED_STRUCTURE = {
    "previous_token": ("selector", ["q - 1"]),
    "first_token": ("selector", ["0"]),
    "duplicate_token": ("dense", []),
    "induction": ("dense", []),
    "sentence_start_head": ("selector", ["sentence_start(q)"]),
    "recent_punctuation": ("selector", ["last(is_punct, q)"]),
    "local_decay": ("band", 7),
    "uniform_causal": ("dense", []),
    "previous_token_with_sink": ("selector", ["q - 1", "0"]),
    "induction_with_sink": ("dense", []),
    "sentence_start_and_previous": ("selector", ["sentence_start(q)", "q - 1"]),
    "soft_recency": ("dense", []),
}


def test_library_structures():
    """Each classic head lands in the structure class its docstring claims."""
    from headprog.language import format_expr

    file = parse_file(CLASSIC)
    assert [p.name for p in file.programs] == list(EXPECTED_STRUCTURE)
    for p in file.programs:
        kind, detail = EXPECTED_STRUCTURE[p.name]
        s = classify(p.expr, p.normalize)
        assert s.kind == kind, p.name
        if kind == "selector":
            assert [format_expr(key) for key in s.keys] == detail, p.name
        if kind == "band":
            assert s.window == detail
        assert p.label, p.name
        assert f"Structure: {kind}" in (p.doc or ""), p.name


def test_library_programs_have_distinct_hashes():
    file = parse_file(CLASSIC)
    assert len({p.hash for p in file.programs}) == len(file.programs)


# ---------------------------------------------------------------------------
# Canonical printing: a fixed point


HAND_WRITTEN = [
    "return k == q - 1",
    "return k == 0",
    "return 1",
    "return 1.5",
    "return True",
    "return k < q and token(k) == token(q)",
    "return k < q and prev_token(k) == token(q)",
    "return k == sentence_start(q)",
    "return k == word_start(q - 1)",
    "return k == last(is_punct, q)",
    "return k == last(is_newline, last(is_punct, q))",
    "return token(last(is_sentence_end, q) + 1) == token(k)",
    "d = q - k\nreturn decay(d, 2.0) if d < 8 else 0",
    "return (q - k <= 4) * decay(q - k, 1)",
    "return 0.8 * (k == q - 1) + 0.2 * (k == 0)",
    "return -0.5 * (q - k) + 2.0 * (k == 0)",
    # chained comparisons print back as chains
    "return 0 < q - k < 5",
    "return 0 < q - k <= 5 < q",
    "return k == q - 1 == sentence_start(q)",
    "return (0 < q - k < 5) == (k == 0)",
    "return not 0 < q - k < 5",
    "return k < q and 0 < q - k < 5",
    "return 0 < q - k < 5 and k < q",
    "return k == 0 or 0 < q - k < 5",
    "return k < q and (q < 5 and 5 < k)",
    # min / max with many operands print flat
    "return min(q - k, 3, count(k), count(q))",
    "return max(min(q - k, 3), min(count(k), 2), 1)",
    "return k == max(q - 3, sentence_start(q), 0)",
    "return min(q, k, 5) > 2",
    "return min(min(q - k, 3), 4)",
    "return min(q - k, min(3, 4))",
    # unary operators and negative constants
    "return -k",
    "return --k",
    "return -(-1)",
    "return - -1",
    "return +k",
    "return -(q - k) * 2",
    "return -1 * k",
    "return k - -1",
    "return -0.0 + k",
    "return 2 - (3 - k)",
    "return (2 - 3) - k",
    "return k / 2",
    "return k / -3.0 / 2",
    "return k / (2)",
    "return 1e-07 * k + 1e5",
    "return 123456.789 * (k == 0)",
    # boolean structure
    "return not k == 0",
    "return (not k == 0) + 1",
    "return not not is_punct(k)",
    "return is_punct(k) and is_word_start(k) or is_digit(q)",
    "return is_punct(k) and (is_word_start(k) or is_digit(q))",
    "return (is_punct(k) or is_digit(k)) and not is_newline(k)",
    "return (k == 0) == (q == 0)",
    "return (k == 0) != True",
    "return is_capitalized(k) * 3 + is_digit(k) * 0.5",
    # conditionals
    "return 1 if k == 0 else 2 if k == 1 else 3",
    "return (1 if k == 0 else 2) if q > 3 else 0",
    "return (1 if k == 0 else 2) + 1",
    "return exp(0.5 * (q - k)) if is_punct(k) else abs(q - k - 3)",
    # categorical comparisons
    "return token(k) == 464",
    "return token(k) != -1 and lower(k) == lower(q)",
    "return prev_token(k) == prev_token(q)",
    "return 464 == token(k)",
    # bindings
    "a = q - k\nb = a * a\nc = b + a\nreturn c if c < 10 else 0",
    "near = q - k < 4\nsame = token(k) == token(q)\nreturn near and same",
    "start = sentence_start(q)\nreturn k == start or k == start + 1",
    "p = last(is_punct, q)\nreturn token(p) == token(k) and k > p",
    # comments, odd spacing and redundant parentheses vanish
    "return ((k))   ==   (q-1)  # previous token",
    "x = (((q - k)))\n\n# a comment line\nreturn (x) < (3)",
]


@pytest.mark.parametrize("body", HAND_WRITTEN)
def test_fixed_point_hand_written(body):
    assert_fixed_point(prog(body))


@pytest.mark.parametrize("seed", range(150))
def test_fixed_point_generated(seed):
    text = ProgramGenerator(seed).program_text()
    assert_fixed_point(text)


@pytest.mark.parametrize(
    "body,printed",
    [
        ("return ((k))   ==   (q-1)", "return k == q - 1"),
        ("return k / 2", "return k / 2.0"),
        ("return decay(q - k, 2)", "return decay(q - k, 2.0)"),
        ("return +k", "return k"),
        ("return min(min(q, k), 1)", "return min(q, k, 1)"),
        ("return q < k and k < 3", "return q < k < 3"),
        ("return 1 * (0 < k < 3)", "return 1 * (0 < k < 3)"),
        ("return (k == 0) * 2", "return (k == 0) * 2"),
        ("return k - (q - 1)", "return k - (q - 1)"),
        ("return (k - q) - 1", "return k - q - 1"),
        ("return 1 if (k == 0) else (2)", "return 1 if k == 0 else 2"),
        ("return -(-1) + k", "return 1 + k"),
        ("return -(+2) * k", "return -2 * k"),
        ("return table(word_class(k), 1, -0.5, +2)", "return table(word_class(k), 1.0, -0.5, 2.0)"),
        ("return (k == 0) * table(min(q - k, 3), 0.25)", "return (k == 0) * table(min(q - k, 3), 0.25)"),
    ],
)
def test_canonical_text(body, printed):
    assert printed in canonical(prog(body, header=V4))


def test_fixed_point_of_whole_files():
    header = (
        '"""\nheadprog: 1\nfeatures: v1\nmodel: gpt2\nhead: L5H1\nlabel: induction, café ✓\n'
        'source: wikitext-103 valid, 200 sequences\nscores: iou=0.8123 n=200\n"""\n'
    )
    text = header + "\n\n".join(
        [
            '@program(normalize="softmax", fallback="uniform", head="L5H1", label="mixed \'quotes\'")\n'
            'def a(q, k):\n    """Doc with "quotes" inside."""\n    return 2.0 * (k == 0)',
            '@program(label=\'say "hi"\')\ndef b(q, k):\n    """Ends with a quote\\""""\n    return k == 0',
            "@program(label='tab\\there')\ndef c(q, k):\n    '''Has \"\"\" inside'''\n    return k == 0",
            '@program\ndef d(q, k):\n    """Escapes: \\x00 \\r \\\\ \\t"""\n    return k == 0',
            '@program()\ndef e(q, k):\n    """\n    A multi-line docstring.\n\n      Indented line.\n    """\n    return k == 0',
        ]
    )
    once = assert_fixed_point(text)
    file = parse_text(once)
    assert file.header.scores_dict == {"iou": "0.8123", "n": "200"}
    assert file.header.model == "gpt2" and file.header.head == "L5H1"
    assert [p.doc for p in file.programs][:4] == [
        'Doc with "quotes" inside.',
        'Ends with a quote"',
        'Has """ inside',
        "Escapes: \x00 \r \\ \t",
    ]
    assert [p.label for p in file.programs][:3] == ["mixed 'quotes'", 'say "hi"', "tab\there"]
    assert '@program(normalize="softmax", fallback="uniform", head="L5H1", label="mixed \'quotes\'")' in once


def test_canonical_header_order():
    text = '"""\nscores: iou=0.5\nlabel: x\nfeatures: v1\nmodel: m\n"""\n\n@program\ndef p(q, k):\n    return k == 0\n'
    assert canonical(text).startswith('"""\nheadprog: 1\nfeatures: v1\nmodel: m\nlabel: x\nscores: iou=0.5\n"""\n')


# A typed random expression generator: wider than ProgramGenerator in *syntax*
# (chains, many-operand min/max, unary operators, redundant parentheses, bindings).


_COMPARISONS = st.sampled_from(["<", "<=", "==", "!=", ">", ">="])


def _chain_text(operands: list[str], ops: list[str]) -> str:
    """``a < b <= c``: operands joined by comparison operators."""
    parts = [operands[0]]
    for op, x in zip(ops, operands[1:]):
        parts += [op, x]
    return " ".join(parts)


def _expr_strategy():
    leaf_pos = st.sampled_from(["q", "k", "q - 1", "k - 2", "0", "sentence_start(q)", "word_start(k)", "last(is_punct, q)"])
    consts = st.sampled_from(["0", "1", "3", "-2", "0.5", "1e-3", "2.25", "-0.0", "True", "False"])

    def num(children):
        return st.one_of(
            st.tuples(children, st.sampled_from(["+", "-", "*"]), children).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
            st.tuples(children, st.sampled_from(["2", "-4.0", "0.5"])).map(lambda t: f"({t[0]}) / {t[1]}"),
            children.map(lambda x: f"({x})"),
            children.map(lambda x: f"-({x})"),
            st.tuples(st.sampled_from(["min", "max"]), st.lists(children, min_size=2, max_size=4)).map(
                lambda t: f"{t[0]}({', '.join(t[1])})"
            ),
            children.map(lambda x: f"abs({x})"),
            children.map(lambda x: f"exp(0.1 * ({x}))"),
            children.map(lambda x: f"decay({x}, 3)"),
            st.tuples(children, children, children).map(lambda t: f"({t[0]}) if ({t[1]}) < 2 else ({t[2]})"),
            st.tuples(st.lists(children, min_size=2, max_size=4), st.lists(_COMPARISONS, min_size=3, max_size=3)).map(
                lambda t: "(" + _chain_text(t[0], t[1]) + ")"
            ),
            st.tuples(children, children, children).map(lambda t: f"(({t[0]}) > 0 and ({t[1]}) < 3 or not ({t[2]}) == 1)"),
        )

    base = st.one_of(
        consts,
        leaf_pos,
        st.sampled_from(["q - k", "count(k)", "is_punct(k)", "token(k) == token(q)", "prev_token(k) != 5", "lower(k) == lower(q - 1)"]),
    )
    return st.recursive(base, num, max_leaves=12)


@settings(max_examples=250, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(expr=_expr_strategy(), use_binding=st.booleans())
def test_fixed_point_random_syntax(expr, use_binding):
    body = f"x = {expr}\nreturn x * 2 + (x if x > 0 else 1)" if use_binding else f"return {expr}"
    try:
        text = prog(body)
        parse_text(text)
    except ProgramError:
        return  # e.g. a limit, or a comparison of a token id with a number: refusal is fine
    assert_fixed_point(text)


def test_chain_and_min_printing_stays_within_limits():
    """Printing must never make a valid program invalid (regression: duplicated chain
    operands and min(min(min(...))) nesting pushed printed text past the limits)."""
    big = " + ".join(f"count(q - {i})" for i in range(1, 38))  # nested exactly 40 deep
    assert_fixed_point(prog(f"return 0 < {big} < 5"))
    assert_fixed_point(prog("return min(" + ", ".join(f"q - {i}" for i in range(60)) + ") < k"))
    terms = [f"is_punct(k - {i})" for i in range(64)]
    while len(terms) > 1:  # a balanced sum: 319 nodes, shallow; written twice it would pass 512
        terms = [f"({a} + {b})" for a, b in zip(terms[::2], terms[1::2])]
    assert_fixed_point(prog(f"return 0 <= {terms[0]} <= 1"))


# ---------------------------------------------------------------------------
# Hashes


def _hash(body: str, deco: str = "@program") -> str:
    return parse_text(prog(body, deco, header=V4)).program().hash


def _shash(body: str, deco: str = "@program") -> str:
    return parse_text(prog(body, deco, header=V4)).program().structure_hash


SAME_SEMANTICS = [
    ("return k == q - 1", "return ((k)) == (q - 1)  # prev"),
    ("return k / 2", "return k / 2.0"),
    ("return decay(q - k, 2)", "return decay(q - k, 2.0)"),
    ("return +k", "return k"),
    ("return 0 < k < q", "return 0 < k and k < q"),
    ("return min(q, k, 3)", "return min(min(q, k), 3)"),
    ("d = q - k\nreturn decay(d, 2.0) if d < 8 else 0", "return decay(q - k, 2.0) if q - k < 8 else 0"),
    ("a = k == 0\nb = k == q - 1\nreturn a or b", "return k == 0 or k == q - 1"),
]


@pytest.mark.parametrize("a,b", SAME_SEMANTICS)
def test_equal_semantics_equal_hash(a, b):
    assert _hash(a) == _hash(b)
    assert _shash(a) == _shash(b)


def test_names_docs_labels_do_not_change_the_hash():
    a = parse_text(prog("return k == 0", name="sink")).program()
    b = parse_text(prog('"""The sink."""\nreturn k == 0', deco='@program(label="sink", head="L0H1")', name="other")).program()
    assert a.hash == b.hash


DIFFERENT_SEMANTICS = [
    ("return k == q - 1", "return k == q - 2"),
    ("return k == q - 1", "return k == q - 1", '@program(normalize="softmax")'),
    ("return k == q - 1", "return k == q - 1", '@program(fallback="self")'),
    ("return k < q", "return k <= q"),
    ("return token(k) == token(q)", "return lower(k) == lower(q)"),
    ("return k == last(is_punct, q)", "return k == last(is_newline, q)"),
    ("return 0.5 * (k == 0)", "return 0.25 * (k == 0)"),
    ("return q - k - 1", "return q - (k - 1)"),
    ("return decay(q - k, 2.0)", "return decay(q - k, 3.0)"),
    ("return 1", "return 1.0"),
]


@pytest.mark.parametrize("case", DIFFERENT_SEMANTICS)
def test_different_semantics_different_hash(case):
    a, b, *deco = case
    assert _hash(a) != _hash(b, *deco)


CONSTANTS_ONLY = [
    ("return k == q - 1", "return k == q - 2"),
    ("return 0.8 * (k == q - 1) + 0.2 * (k == 0)", "return 0.6 * (k == q - 3) + 0.4 * (k == 1)"),
    ("return decay(q - k, 2.0) if q - k < 8 else 0", "return decay(q - k, 5.5) if q - k < 16 else 0"),
    ("return k / 2", "return k / 7"),
    ("return token(k) == 464", "return token(k) == 13"),
    ("return table(word_class(k), 1.0, 2.0) + (k == 0)", "return table(word_class(k), -3.0, 0.5) + (k == 0)"),
]


@pytest.mark.parametrize("a,b", CONSTANTS_ONLY)
def test_structure_hash_ignores_constants(a, b):
    assert _hash(a) != _hash(b)
    assert _shash(a) == _shash(b)


@pytest.mark.parametrize(
    "a,b",
    [
        ("return k == q - 1", "return k == q + -1 - 0 * k"),
        ("return k == q - 1", "return k != q - 1"),
        ("return token(k) == 464", "return lower(k) == 464"),
        ("return k == 0", "return k == 0 and True"),
        ("return table(word_class(k), 1.0, 2.0)", "return table(word_class(q), 1.0, 2.0)"),
        ("return table(word_class(k), 1.0, 2.0)", "return table(word_class(k), 1.0, 2.0, 3.0)"),
    ],
)
def test_structure_hash_sees_structure(a, b):
    assert _shash(a) != _shash(b)


def test_structure_hash_sees_normalisation():
    assert _shash("return k == 0") != _shash("return k == 0", '@program(normalize="softmax")')


# ---------------------------------------------------------------------------
# Every rejection: its own message, at the right place.
#
# ``‸`` marks where the error must point; it is removed before parsing.

MARK = "‸"


def _locate(text: str) -> tuple[str, int, int]:
    assert text.count(MARK) == 1, text
    before = text[: text.index(MARK)]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    return text.replace(MARK, ""), line, col


def B(body: str, deco: str = "@program", name: str = "p") -> str:
    return prog(body, deco, name)


ERRORS = [
    # --- causality: reads after q
    ("q+1", B("return token(‸q + 1) == 0"), "may read a position after the query q"),
    ("k+1", B("return is_punct(‸k + 1)"), "may read a position after the query q"),
    ("constant position", B("return token(‸3) == 0"), "token(3) may read a position after the query q"),
    ("max with constant", B("return count(‸max(k, 2)) > 1"), "may read a position after the query q"),
    ("last past q", B("return k == last(is_punct, ‸q + 1)"), "last(q + 1) may read a position after the query q"),
    ("through a binding", B("x = k + 1\nreturn token(‸x) == 0"), "token(x) may read a position after the query q"),
    ("start + 1", B("return token(‸sentence_start(q) + 1) == 0"), "may read a position after the query q"),
    ("not a position", B("return token(‸q - k) == 0"), "must be a position"),
    ("float position", B("return token(‸0.5) == 0"), "must be a position"),
    # --- names and functions
    ("unknown feature", B("return ‸tokens(k) == 0"), "unknown function 'tokens'; allowed: count,"),
    ("unknown name", B("return ‸x + 1"), "unknown name 'x'"),
    ("feature not called", B("return ‸is_punct"), "is_punct is a function; call it, e.g. is_punct(k)"),
    ("calling a value", B("x = 1\nreturn ‸x(k)"), "x is a value, not a function"),
    ("method call", B("return ‸k.bit_length()"), "attribute access is not allowed"),
    # --- arity
    ("feature two args", B("return ‸token(k, q) == 0"), "token() takes one position, e.g. token(k); got 2 arguments"),
    ("feature no args", B("return ‸token() == 0"), "token() takes one position"),
    ("last one arg", B("return k == ‸last(q)"), "last() takes a class and a position"),
    ("last bad class", B("return k == last(‸token, q)"), "the first argument of last() is one of: is_punct"),
    ("decay one arg", B("return ‸decay(q - k)"), "decay() takes a distance and a half-life"),
    ("min one arg", B("return ‸min(k)"), "min() takes two or more arguments"),
    ("abs two args", B("return ‸abs(k, q)"), "abs() takes one argument"),
    ("keyword arg", B("return token(p=‸k) == 0"), "token() takes positional arguments only"),
    ("starred arg", B("return token(‸*k) == 0"), "a starred expression is not allowed"),
    # --- arithmetic
    ("div by variable", B("return k / ‸q"), "division is only by a numeric constant"),
    ("div by expression", B("return k / (‸1 + 1)"), "division is only by a numeric constant"),
    ("div by zero", B("return k / ‸0"), "division by zero"),
    ("div by 0.0", B("return k / ‸-0.0"), "division by zero"),
    ("div by bool", B("return k / ‸True"), "division is only by a numeric constant"),
    ("decay half-life 0", B("return decay(q - k, ‸0)"), "half-life of decay() must be a positive numeric constant"),
    ("decay half-life var", B("return decay(q - k, ‸k)"), "half-life of decay() must be a positive numeric constant"),
    ("table in a v3 file", prog("return ‸table(word_class(k), 1.0, 2.0)", header=HEADER.replace("v1", "v3")), "table() needs feature library v4; this file declares v3"),
    ("table no entries", prog("return ‸table(word_class(k))", header=V4), "table() takes an index and 1 to 64 numeric constants"),
    ("table too long", prog("return ‸table(k" + ", 1.0" * 65 + ")", header=V4), "table() takes an index and 1 to 64 numeric constants"),
    ("table real index", prog("return table(‸decay(q - k, 2.0), 1.0)", header=V4), "the index of table() is an integer, a condition or a class id"),
    ("table variable entry", prog("return table(k, 1.0, ‸q)", header=V4), "the entries of table() are numeric constants"),
    ("table bool entry", prog("return table(k, 1.0, ‸True)", header=V4), "the entries of table() are numeric constants"),
    ("power", B("return ‸k ** 2"), "the operator Pow is not allowed; arithmetic is + - * and / by a constant"),
    ("modulo", B("return ‸k % 2"), "the operator Mod is not allowed"),
    ("floor div", B("return ‸k // 2"), "the operator FloorDiv is not allowed"),
    ("bit not", B("return ‸~k"), "the operator ~ is not allowed"),
    ("negate bool", B("return ‸-True"), "cannot negate True/False; use `not`"),
    ("is", B("return ‸k is q"), "`is` and `in` are not"),
    ("in", B("return ‸k in q"), "`is` and `in` are not"),
    # --- constants
    ("too large", B("return k * ‸10000000"), "the constant 10000000 is larger than 1e+06"),
    ("too large float", B("return k * ‸2.5e6"), "must be finite and at most 1e+06"),
    ("inf", B("return k * ‸1e999"), "must be finite"),
    ("huge hex", B("return k * ‸0x" + "f" * 5000), "is larger than 1e+06"),
    ("string", B("return ‸'a'"), "a str constant is not allowed; constants are numbers, True or False"),
    ("bytes", B("return ‸b'a'"), "a bytes constant is not allowed"),
    ("complex", B("return k * ‸2j"), "a complex constant is not allowed"),
    ("none", B("return ‸None"), "a NoneType constant is not allowed"),
    ("ellipsis", B("return ‸..."), "constant is not allowed"),
    # --- token ids (CAT)
    ("return token id", B("return ‸token(k)"), "returns a number or a condition, not a token id"),
    ("token arithmetic", B("return ‸token(k) + 1"), "a token id (token, lower, prev_token) can only be compared with == or !="),
    ("token order", B("return ‸token(k) < token(q)"), "token ids can only be compared with == or !="),
    ("token vs float", B("return ‸token(k) == 1.5"), "a token id compares with another token id or an integer literal"),
    ("token vs position", B("return ‸token(k) == q"), "a token id compares with another token id or an integer literal"),
    ("not token", B("return ‸not token(k)"), "`not` takes a condition"),
    ("and token", B("return ‸token(k) and k == 0"), "`and` joins conditions; this operand is a cat"),
    ("or number", B("return k == 0 or ‸q - k"), "`or` joins conditions; this operand is a int"),
    ("min token", B("return min(‸token(k), 1)"), "cannot take min"),
    ("if token", B("return 1 if ‸token(k) else 0"), "the condition of `a if cond else b` must be a comparison or boolean"),
    ("token in branch", B("return ‸token(k) if k == 0 else 0"), "a conditional expression yields a number"),
    ("decay token", B("return decay(‸token(k), 2)"), "cannot decay"),
    # --- decorator
    ("positional option", B("return k", deco='@program(‸"weights")'), "@program takes keyword arguments only"),
    ("bad normalize", B("return k", deco='@program(normalize=‸"max")'), "normalize must be one of 'weights', 'softmax'; got 'max'"),
    ("bad fallback", B("return k", deco='@program(fallback=‸"last")'), "fallback must be one of 'first', 'self', 'uniform'; got 'last'"),
    ("unknown option", B("return k", deco='@program(speed=‸"fast")'), "@program accepts normalize, fallback, head, label; got 'speed'"),
    ("option **", B("return k", deco="@program(**‸opts)"), "got **options"),
    ("option not literal", B("return k", deco="@program(normalize=‸weights)"), "@program's normalize must be a string literal"),
    ("option f-string", B("return k", deco='@program(label=‸f"x{1}")'), "@program's label must be a string literal"),
    ("bad head option", B("return k", deco='@program(head=‸"layer3")'), "head 'layer3' must look like L3H5"),
    ("multi-line label", B("return k", deco='@program(label=‸"a\\nb")'), "label must be one line of at most 200 characters"),
    ("other decorator", B("return k", deco="@‸staticmethod"), "the decorator must be @program(...)"),
    ("dotted decorator", B("return k", deco="@‸program.options()"), "the decorator must be @program(...)"),
    ("two decorators", B("return k", deco="@program\n@‸cache"), "a program has exactly one decorator"),
    ("no decorator", HEADER + "‸def p(q, k):\n    return k\n", "a program has exactly one decorator"),
    # --- signature and names
    ("three params", HEADER + "@program\n‸def p(q, k, x):\n    return k\n", "a program takes exactly the two positions `(q, k)`; got (q, k, x)"),
    ("swapped params", HEADER + "@program\n‸def p(k, q):\n    return k\n", "takes exactly the two positions"),
    ("default param", HEADER + "@program\n‸def p(q, k=1):\n    return k\n", "takes exactly the two positions"),
    ("star args", HEADER + "@program\n‸def p(q, k, *rest):\n    return k\n", "takes exactly the two positions"),
    ("return annotation", HEADER + "@program\n‸def p(q, k) -> float:\n    return k\n", "annotations are not part of the language"),
    ("reserved name", HEADER + "@program\n‸def token(q, k):\n    return k\n", "'token' cannot name a program (reserved or private)"),
    ("private name", HEADER + "@program\n‸def _p(q, k):\n    return k\n", "'_p' cannot name a program"),
    ("duplicate program", HEADER + "@program\ndef p(q, k):\n    return k\n\n\n@program\n‸def p(q, k):\n    return q\n", "a second program named 'p' (the first is on line 8)"),
    # --- statements in a program
    ("missing return", HEADER + "@program\n‸def p(q, k):\n    x = k\n", "a program ends with `return expression`"),
    ("only docstring", HEADER + '@program\n‸def p(q, k):\n    """Nothing."""\n', "a program ends with `return expression`"),
    ("return not last", B("‸return k\nx = 1"), "`return` must be the last line of a program"),
    ("bare return", B("‸return"), "`return` needs an expression"),
    ("chained assign", B("‸x = y = k\nreturn x"), "an assignment binds one plain name"),
    ("tuple assign", B("‸x, y = k, q\nreturn x"), "an assignment binds one plain name"),
    ("bind reserved q", B("‸q = 1\nreturn k"), "'q' is reserved"),
    ("bind feature name", B("‸token = 1\nreturn k"), "'token' is reserved"),
    ("bind private", B("‸_x = 1\nreturn k"), "'_x' is reserved (a position, feature or built-in) or private"),
    ("bind twice", B("x = 1\n‸x = 2\nreturn x"), "'x' is already bound; each name is bound once"),
    ("self reference", B("x = ‸x + 1\nreturn x"), "unknown name 'x'"),
    ("if statement", B("‸if k == 0:\n    return 1\nreturn 0"), "an if-statement (use `a if cond else b` inside an expression) is not allowed in a program"),
    ("for loop", B("‸for i in q:\n    pass\nreturn 0"), "a loop is not allowed in a program"),
    ("while loop", B("‸while True:\n    pass\nreturn 0"), "a loop is not allowed"),
    ("import in body", B("‸import os\nreturn k"), "an import is not allowed in a program"),
    ("global in body", B("‸global x\nreturn k"), "a global statement is not allowed"),
    ("nested def", B("‸def f():\n    return 1\nreturn k"), "a function definition is not allowed in a program"),
    ("expression statement", B("‸open('x')\nreturn k"), "an expression statement is not allowed in a program"),
    ("augmented assign", B("x = 1\n‸x += 1\nreturn x"), "an augmented assignment is not allowed"),
    ("annotated assign", B("‸x: int = 1\nreturn x"), "an annotated assignment is not allowed"),
    ("pass", B("‸pass\nreturn k"), "a pass statement is not allowed"),
    ("try", B("‸try:\n    pass\nexcept Exception:\n    pass\nreturn k"), "a try-block is not allowed"),
    ("with", B("‸with k:\n    pass\nreturn k"), "a with-block is not allowed"),
    ("assert", B("‸assert k\nreturn k"), "an assert statement is not allowed"),
    ("del", B("x = 1\n‸del x\nreturn k"), "a del statement is not allowed"),
    # --- expressions outside the language
    ("lambda", B("return (‸lambda: 1)()"), "a lambda is not allowed"),
    ("list", B("return ‸[k]"), "a list is not allowed in an expression"),
    ("tuple", B("return ‸k, q"), "a tuple is not allowed"),
    ("dict", B("return ‸{}"), "a dict is not allowed"),
    ("set", B("return ‸{k}"), "a set is not allowed"),
    ("subscript", B("return ‸q[0]"), "indexing is not allowed"),
    ("comprehension", B("return token(‸[k for k in q]) == 0"), "a comprehension is not allowed"),
    ("generator", B("return token‸(k for k in q) == 0"), "a generator expression is not allowed"),
    ("f-string", B("return ‸f'{k}'"), "an f-string is not allowed"),
    ("walrus", B("return (‸x := k)"), "an assignment expression (:=) is not allowed"),
    # --- top level
    ("top-level import", HEADER + "‸import os\n", "an import is not allowed at the top level"),
    ("top-level assign", HEADER + "‸x = 1\n", "an assignment is not allowed at the top level"),
    ("top-level call", HEADER + "‸print('hi')\n", "an expression statement is not allowed at the top level"),
    ("top-level class", HEADER + "‸class A:\n    pass\n", "a class definition is not allowed at the top level"),
    ("top-level if", HEADER + "‸if True:\n    pass\n", "an if-statement"),
    ("top-level async", HEADER + "@program\n‸async def p(q, k):\n    return k\n", "an async function is not allowed at the top level"),
    ("no program", HEADER.replace('"""\nheadprog', '‸"""\nheadprog', 1), "the file holds no program"),
    # --- header
    ("no header", "‸import os\n", "a program file starts with a header docstring"),
    ("header not first", "@program\n‸def p(q, k):\n    return k\n", "a program file starts with a header docstring"),
    ("empty file", "‸", "a program file starts with a header docstring"),
    ("only a comment", "‸# nothing here\n", "a program file starts with a header docstring"),
    ("bytes header", '‸b"""\nfeatures: v1\n"""\n', "a program file starts with a header docstring"),
    ("unknown key", '"""\nheadprog: 1\nfeatures: v1\n‸colour: red\n"""\n', "header lines are `key: value` with key one of headprog, features, model"),
    ("no colon", '"""\nheadprog: 1\nfeatures: v1\n‸just words\n"""\n', "header lines are `key: value`"),
    ("duplicate key", '"""\nheadprog: 1\nfeatures: v1\n‸features: v1\n"""\n', "the header names 'features' twice"),
    ("missing features", '‸"""\nheadprog: 1\n"""\n', "the header must name the feature-library version, e.g. `features: v1`"),
    ("unknown features", '‸"""\nheadprog: 1\nfeatures: v9\n"""\n', "feature library 'v9' is unknown; supported: v1, v2, v3, v4"),
    ("v2 feature in a v1 file", B("return ‸is_function_word(k)"), "is_function_word() needs feature library v2; this file declares v1"),
    ("v2 class in a v1 file", B("return k == last(‸is_function_word, q)"), "last(is_function_word, ...) needs feature library v2"),
    ("v3 feature in a v1 file", B("return ‸word_class(k) == 4"), "word_class() needs feature library v3; this file declares v1"),
    ("format 2", '‸"""\nheadprog: 2\nfeatures: v1\n"""\n', "program-file format '2' is not supported; this headprog reads format 1"),
    ("bad head", '‸"""\nheadprog: 1\nfeatures: v1\nhead: layer 3\n"""\n', "head 'layer 3' must look like L3H5"),
    ("bad scores", '‸"""\nheadprog: 1\nfeatures: v1\nscores: iou\n"""\n', "scores are `name=value` items separated by spaces; got 'iou'"),
    ("escaped newlines", '‸"""headprog: 1\\nfeatures: v1\\nbogus: x"""\n', "header lines are `key: value`"),
    ("backslash", '"""\nheadprog: 1\nfeatures: v1\n‸source: C:\\\\data\n"""\n', "header lines are printable text without backslashes or triple quotes"),
    ("control char", '"""\nheadprog: 1\nfeatures: v1\n‸label: a\\x07b\n"""\n', "header lines are printable text"),
    ("triple quotes", "'''\nheadprog: 1\nfeatures: v1\n‸label: a\"\"\"b\n'''\n", "without backslashes or triple quotes"),
    # --- syntax and encoding
    ("syntax error", B("return k ==‸"), "not valid syntax"),
    ("unclosed paren", B("return ‸(k == 0"), "not valid syntax: '(' was never closed"),
    ("bad indent", B("return k\n ‸ return q"), "not valid syntax"),
    ("non-ascii column", B("café = k + ‸foo(k)\nreturn café"), "unknown function 'foo'"),
    ("non-ascii syntax column", B("café = k + ‸$\nreturn café"), "not valid syntax"),
]


@pytest.mark.parametrize("case", ERRORS, ids=[c[0] for c in ERRORS])
def test_error_location_and_message(case):
    _, marked, message = case
    text, line, col = _locate(marked)
    with pytest.raises(ProgramError) as info:
        parse_text(text, filename="head.py")
    err = info.value
    assert message in err.reason, f"{err.reason!r} lacks {message!r}"
    assert (err.line, err.col) == (line, col), f"{err} should point at {line}:{col}"
    assert str(err).startswith(f"head.py:{line}:{col}: ")


def test_every_error_message_is_distinct_per_class():
    """Different classes of mistake never share one catch-all message."""
    reasons = {}
    for name, marked, _ in ERRORS:
        text, _, _ = _locate(marked)
        with pytest.raises(ProgramError) as info:
            parse_text(text)
        reasons[name] = info.value.reason
    for a, b in [("q+1", "unknown feature"), ("div by zero", "div by variable"), ("bad normalize", "unknown option"),
                 ("missing return", "return not last"), ("unknown key", "missing features"), ("token order", "token arithmetic")]:
        assert reasons[a] != reasons[b]


def _limit_case(name: str):
    """Sources that break one size limit each, with where the error must point."""
    if name == "bindings":
        body = "".join(f"x{i} = {i}\n" for i in range(32)) + "‸x32 = 32\nreturn k"
        return B(body), "more than 32 named values"
    if name == "nodes":
        # 10 bindings of 61 nodes each; node 513 is the constant of the 8th term of the 9th binding.
        lines = []
        for i in range(10):
            terms = [f"k == {j}" for j in range(20)]
            if i == 8:
                terms[7] = "k == ‸7"
            lines.append(f"x{i} = " + " or ".join(terms))
        return B("\n".join(lines) + "\nreturn x0"), "the program is larger than 512 expression nodes"
    if name == "depth":
        return B("return " + "-" * 40 + "‸" + "-" * 5 + "k"), "the expression is nested deeper than 40 levels"
    if name == "depth sum":
        return B("return ‸" + " + ".join(["k"] * 50)), "nested deeper than 40 levels"
    if name == "brackets":
        return B("return " + "(" * 48 + "‸(" + "k" + ")" * 49), "brackets nested more than 48 deep"
    if name == "inlined nodes":
        body = "a0 = k\n" + "".join(f"a{i} = a{i - 1} + a{i - 1}\n" for i in range(1, 11)) + "a11 = ‸a10 + a10\nreturn a11"
        return B(body), "this expression, with named values written out, has 4095 nodes; at most 2048"
    if name == "inlined depth":
        return B("return ‸" + " or ".join(f"k == {i}" for i in range(70))), "nests 71 levels deep; at most 64"
    if name == "inlined depth via bindings":
        body = "".join(f"b{i} = " + "-" * 30 + ("k" if i == 0 else f"b{i - 1}") + "\n" for i in range(2)) + "b2 = ‸----b1\nreturn b2"
        return B(body), "with named values written out, nests 65 levels deep; at most 64"
    if name == "programs":
        text = HEADER.replace('"""\nheadprog', '‸"""\nheadprog', 1) + "\n\n".join(
            f"@program\ndef p{i}(q, k):\n    return k == {i}\n" for i in range(65)
        )
        return text, "more than 64 programs in one file"
    if name == "file size":
        return "‸" + HEADER + "# padding\n" * 30000, "the file is larger than 256 KiB; split it"
    raise KeyError(name)


LIMITS = ["bindings", "nodes", "depth", "depth sum", "brackets", "inlined nodes", "inlined depth", "inlined depth via bindings", "programs", "file size"]


@pytest.mark.parametrize("name", LIMITS)
def test_limits(name):
    marked, message = _limit_case(name)
    text, line, col = _locate(marked)
    with pytest.raises(ProgramError) as info:
        parse_text(text)
    assert message in info.value.reason
    assert (info.value.line, info.value.col) == (line, col), str(info.value)


def test_limits_are_not_too_tight():
    """Programs just inside every limit are accepted, and print within the limits."""
    ok = [
        B("".join(f"x{i} = {i}\n" for i in range(32)) + "return k"),
        B("return " + "-" * 39 + "k"),
        B("return " + "(" * 48 + "k" + ")" * 48),
        B("a0 = k\n" + "".join(f"a{i} = a{i - 1} + a{i - 1}\n" for i in range(1, 10)) + "return a9"),
        B("return " + " or ".join(f"k == {i}" for i in range(62))),
        B("return k * 1000000 + 1e6 - -1000000"),
        HEADER + "\n\n".join(f"@program\ndef p{i}(q, k):\n    return k == {i}\n" for i in range(64)),
    ]
    for text in ok:
        assert_fixed_point(text)


def test_parse_file_errors_name_the_file(tmp_path):
    missing = tmp_path / "nope.py"
    with pytest.raises(ProgramError, match="nope.py:1:1: cannot read the file"):
        parse_file(missing)
    bad = tmp_path / "bad.py"
    bad.write_text(prog("return token(q + 1) == 0"))
    with pytest.raises(ProgramError) as info:
        parse_file(bad)
    assert str(info.value).startswith(f"{bad}:{BODY_LINE}:18: ")


def test_bytes_and_text_agree():
    text = CLASSIC.read_text()
    assert format_file(parse_text(text.encode("utf-8"))) == format_file(parse_text(text))
    crlf = text.replace("\n", "\r\n")
    assert format_file(parse_text(crlf)) == text


# ---------------------------------------------------------------------------
# The language reference stays true to the implementation.


def test_dsl_doc_lists_every_feature():
    doc = DSL_DOC.read_text()
    for spec in FEATURES.values():
        assert re.search(rf"\| `{spec.name}\(p\)` \| {spec.type} \|", doc), f"docs/dsl.md lacks a row for {spec.name}"
    for cls in CLASSES:
        assert f"`{cls}`" in doc
    assert "last(cls, p)" in doc


def _doc_programs(doc: str) -> list[str]:
    blocks = re.findall(r"```python\n(.*?)```", doc, flags=re.S)
    return [b for b in blocks if "@program" in b and "def " in b]


def test_dsl_doc_examples_parse():
    """Every complete example in the reference parses, is canonical, and has the structure it claims."""
    doc = DSL_DOC.read_text()
    blocks = _doc_programs(doc)
    assert len(blocks) >= 8
    for block in blocks:
        if block.startswith("# error:"):
            continue  # the worked error example: test_dsl_doc_error_example_is_real
        text = block if block.startswith('"""') else HEADER + block
        file = parse_text(text)
        printed = format_file(file)
        assert printed.endswith(block.lstrip("\n")) or printed == block, f"not canonical in docs/dsl.md:\n{block}"
        for p in file.programs:
            claim = re.search(r"Structure: (selector|band|dense)", p.doc or "")
            if claim:
                assert classify(p.expr, p.normalize).kind == claim.group(1), p.name


def test_dsl_doc_error_example_is_real():
    """The worked error message in the reference is exactly what the parser says."""
    doc = DSL_DOC.read_text()
    block = re.search(r"```python\n(# error:.*?)```", doc, flags=re.S).group(1)
    shown = re.search(r"```text\n(head\.py:\d+:\d+: .*?)\n```", doc, flags=re.S).group(1)
    source = block.split("\n", 1)[1]
    with pytest.raises(ProgramError) as info:
        parse_text(source, filename="head.py")
    assert str(info.value) == shown

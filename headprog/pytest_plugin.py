"""pytest plugin (entry point ``pytest11``): a checkpoint's heads as a test.

In a test::

    def test_heads(headprog_check):
        headprog_check("programs/", model="ckpt/", corpus="tests/heads.txt", all=True)

fails the test with the heads that drifted (as ``headprog check`` prints
them). From the command line, ``pytest --headprog-programs programs/
--headprog-model ckpt/ --headprog-corpus tests/heads.txt`` adds one collected
item that runs the same check. The module imports nothing heavy: pytest loads
it in every session of an environment where headprog is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

__all__ = ["HeadprogCheckItem", "headprog_check", "run_check"]


def pytest_addoption(parser: Any) -> None:
    group = parser.getgroup("headprog", "headprog: check that a program set still reproduces a checkpoint's heads")
    group.addoption("--headprog-programs", metavar="DIR", help="program set to check (adds a headprog check item)")
    group.addoption("--headprog-model", metavar="CKPT", help="checkpoint to check (default: the model the programs name)")
    group.addoption("--headprog-store", metavar="DIR", help="attention store recorded from the checkpoint")
    group.addoption("--headprog-corpus", metavar="FILE", help="text to record from the checkpoint on the fly (whole documents, as extract --all)")
    group.addoption("--headprog-baseline", metavar="FILE", help="scores.json of `headprog score` on the same text: the reference")
    group.addoption("--headprog-tolerance", type=float, default=None, help="IoU drop that counts as drift (default 0.05)")
    group.addoption("--headprog-min-iou", type=float, default=None, help="absolute IoU floor instead")
    group.addoption("--headprog-layers", metavar="LIST", help="only heads of these layers, e.g. 0-3")


def run_check(programs: str, *, model: str | None = None, store: str | None = None, corpus: str | None = None,
              tolerance: float | None = None, min_iou: float | None = None, baseline: str | None = None,
              heads: list[str] | None = None, layers: list[int] | None = None, whole: bool | None = None,
              kinds: tuple[str, ...] | None = None, max_tokens: int = 128, examples: int = 16):
    """Run ``headprog check``; the CheckResult (its ``report()`` names the drifted heads).

    With neither ``store`` nor ``corpus`` the text is the program set's own
    held-out text. A ``corpus`` file is recorded whole (``extract --all``)
    unless ``whole=False`` or it is the bundled ``wiki``.
    """
    from headprog.audit.check import CheckOptions, check_checkpoint
    from headprog.audit.recording import RecordOptions
    from headprog.audit.scoring import load_scores

    options = CheckOptions(
        tolerance=0.05 if tolerance is None else tolerance, min_iou=min_iou,
        baseline=load_scores(baseline) if baseline else None, baseline_path=baseline,
    )  # fmt: skip
    whole = corpus not in (None, "wiki") if whole is None else whole
    record = RecordOptions(examples=examples, kinds=kinds or (("document",) if whole else ("passage", "sentence")), max_tokens=max_tokens, all=whole)
    return check_checkpoint(programs, model=model, store=store, corpus=corpus, heads=heads, layers=layers, record=record, options=options)


@pytest.fixture
def headprog_check() -> Callable[..., Any]:
    """``headprog_check(programs, model=..., store=... | corpus=..., tolerance=..., ...)``: fails the test if any head drifted."""

    def check(programs: str, **kwargs: Any):
        from headprog.errors import HeadprogError

        try:
            result = run_check(str(programs), **{k: (str(v) if k in ("model", "store", "corpus", "baseline") and v is not None else v) for k, v in kwargs.items()})
        except HeadprogError as exc:
            pytest.fail(f"headprog check could not run: {exc}", pytrace=False)
        if not result.passed:
            pytest.fail(result.report(), pytrace=False)
        return result

    return check


class HeadprogCheckItem(pytest.Item):
    """The item ``--headprog-programs`` adds: one check of the options' checkpoint."""

    def runtest(self) -> None:
        from headprog.errors import HeadprogError

        opt = self.config.getoption
        layers = opt("--headprog-layers")
        try:
            result = run_check(
                opt("--headprog-programs"), model=opt("--headprog-model"), store=opt("--headprog-store"),
                corpus=opt("--headprog-corpus"), tolerance=opt("--headprog-tolerance"), min_iou=opt("--headprog-min-iou"),
                baseline=opt("--headprog-baseline"), layers=_numbers(layers) if layers else None,
            )  # fmt: skip
        except HeadprogError as exc:
            raise HeadprogCheckFailure(f"headprog check could not run: {exc}") from None
        if not result.passed:
            raise HeadprogCheckFailure(result.report())

    def repr_failure(self, excinfo: Any, style: Any = None) -> str:
        if isinstance(excinfo.value, HeadprogCheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[str, int, str]:
        return self.config.getoption("--headprog-programs"), 0, self.name


def _numbers(text: str) -> list[int]:
    """``0-3,7`` -> [0, 1, 2, 3, 7]."""
    out: list[int] = []
    for part in text.split(","):
        lo, _, hi = part.partition("-")
        out += list(range(int(lo), int(hi) + 1)) if hi else [int(lo)]
    return out


class HeadprogCheckFailure(Exception):
    """A drifted head (or a check that could not run): reported as its text, without a traceback."""


def pytest_collection_modifyitems(session: Any, config: Any, items: list[Any]) -> None:
    programs = config.getoption("--headprog-programs")
    if programs:
        items.append(HeadprogCheckItem.from_parent(session, name=f"headprog_check[{programs}]"))

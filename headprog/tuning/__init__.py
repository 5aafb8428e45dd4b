"""Tuning program constants for what a head contributes to the model (KL to the native model), not for IoU."""

from headprog.tuning.linear_form import grow_terms, linear_form, with_coefficients
from headprog.tuning.tune import TuningError, TuningResult, tune_programs
from headprog.tuning.tuned_sets import tuned_heads, tuned_set_in, write_tuned

__all__ = ["TuningError", "TuningResult", "grow_terms", "linear_form", "tune_programs", "tuned_heads", "tuned_set_in", "with_coefficients", "write_tuned"]

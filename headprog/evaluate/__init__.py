"""Evaluation: perplexity, multiple-choice QA, and native-vs-hybrid comparisons with paired standard errors."""

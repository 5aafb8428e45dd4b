"""Audit and regression workflows over program sets: score, check, diff, per-head cost, targeted re-synthesis."""

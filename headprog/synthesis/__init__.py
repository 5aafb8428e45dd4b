"""Synthesis: find, for every head, the program that best reproduces its attention."""

"""Helpers the test modules share; test modules import from here, never from one another.

tests/ is on sys.path when pytest runs (rootdir-relative, as for any test folder
without an __init__.py), so these import as ``helpers.<module>``:

- ``helpers.tiny_models``: tiny random GPT-2 / Llama folders and the hybrid checks.
- ``helpers.kernel_cases``: kernel cases shared by the interpreted and the GPU Triton tests.
- ``helpers.program_sets``: writing a program set for a loaded model.
- ``helpers.tuning_cases``: the programs, calibration text and CLI arguments of the tuning and swap tests.
- ``helpers.fake_engine``: a scripted stand-in for the serving engine (the HTTP layer without a model).

Nothing here sets the environment: whether Triton interprets is each test module's
choice, made before triton is first imported.
"""

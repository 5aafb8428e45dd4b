"""Serving hybrid models: an engine thread with continuous batching behind an OpenAI-compatible HTTP API.

``requests`` holds what the HTTP layer and the engine exchange, ``engine`` the
engine, ``api`` the FastAPI app (``create_app``), ``schemas`` and ``errors``
the request and response shapes, ``metrics`` the Prometheus metrics. Nothing is
imported here, so ``headprog`` works without the ``serve`` extra (FastAPI,
uvicorn, prometheus-client).
"""

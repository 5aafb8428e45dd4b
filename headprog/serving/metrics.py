"""Prometheus metrics of one server, in a registry of its own.

Latencies are measured in the HTTP layer, from the moment each event reaches
the event loop: that is what a client sees, queueing and batching included.
Tokens per second is ``rate(headprog_generation_tokens_total[1m])``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["RequestTimer", "ServerMetrics"]

# Seconds. Time to first token includes queueing and the prefill; a decode step of a small batch is milliseconds.
TTFT_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
ITL_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
E2E_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class ServerMetrics:
    """The counters, gauges and histograms of one app; ``render()`` is the body of ``GET /metrics``."""

    def __init__(self, engine: Any) -> None:
        from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

        self.engine = engine
        self.registry = r = CollectorRegistry()  # one per app: two servers in one process do not mix
        Gauge("headprog_requests_running", "Requests in the engine's batch.", registry=r).set_function(lambda: engine.running)
        Gauge("headprog_requests_waiting", "Requests in the engine's queue.", registry=r).set_function(lambda: engine.waiting)
        self.ttft = Histogram("headprog_time_to_first_token_seconds", "From the request's arrival to its first token.", buckets=TTFT_BUCKETS, registry=r)
        self.itl = Histogram("headprog_inter_token_latency_seconds", "Between two successive tokens of one request.", buckets=ITL_BUCKETS, registry=r)
        self.e2e = Histogram("headprog_request_duration_seconds", "From a generation request's arrival to its last event.", buckets=E2E_BUCKETS, registry=r)
        self.requests = Counter("headprog_requests", "HTTP requests by route and status code.", ["route", "status"], registry=r)
        self.served = Counter("headprog_requests_served", "Generation requests by the program-set version that served them.", ["programs"], registry=r)
        self.prompt_tokens = Counter("headprog_prompt_tokens", "Prompt tokens of finished requests.", registry=r)
        self.generation_tokens = Counter("headprog_generation_tokens", "Tokens generated (each counted as it is sent).", registry=r)
        self.program_set = Info("headprog_program_set", "The program set serving new requests.", registry=r)

    def request(self, route: str, status: int) -> None:
        """Count one HTTP request."""
        self.requests.labels(route=route, status=str(status)).inc()

    def render(self) -> tuple[bytes, str]:
        """The exposition text and its content type."""
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        try:
            info = self.engine.programs_info()
            self.program_set.info({"version": str(info.get("version")), "programs": str(info.get("programs")), "heads": str(len(info.get("heads") or ()))})
        except Exception:  # a metrics scrape must not fail because the engine is down
            pass
        return generate_latest(self.registry), CONTENT_TYPE_LATEST


class RequestTimer:
    """Latencies of one generation request, recorded as its events arrive."""

    def __init__(self, metrics: ServerMetrics, arrived: float) -> None:
        self.metrics = metrics
        self.arrived = arrived
        self.last: float | None = None

    def token(self, now: float) -> None:
        """A token arrived at ``now`` (``time.monotonic()``)."""
        if self.last is None:
            self.metrics.ttft.observe(now - self.arrived)
        else:
            self.metrics.itl.observe(now - self.last)
        self.last = now
        self.metrics.generation_tokens.inc()

    def finished(self, now: float, prompt_tokens: int, programs: str) -> None:
        """The request ended normally."""
        self.metrics.e2e.observe(now - self.arrived)
        self.metrics.prompt_tokens.inc(prompt_tokens)
        self.metrics.served.labels(programs=programs).inc()

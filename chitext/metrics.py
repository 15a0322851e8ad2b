"""Prometheus metrics, one registry per app so tests can build many apps in one process."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram


@dataclass(frozen=True, slots=True)
class Metrics:
    registry: CollectorRegistry
    messages: Counter
    turn_seconds: Histogram
    errors: Counter
    http_requests: Counter

    @classmethod
    def create(cls) -> Metrics:
        registry = CollectorRegistry()
        return cls(
            registry=registry,
            messages=Counter(
                "chitext_messages",
                "Messages handled, by direction, channel and intent",
                ["direction", "channel", "intent"],
                registry=registry,
            ),
            turn_seconds=Histogram(
                "chitext_turn_seconds",
                "Time to answer one inbound message, by channel",
                ["channel"],
                registry=registry,
                buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            ),
            errors=Counter(
                "chitext_errors",
                "Errors, by where they happened",
                ["where"],
                registry=registry,
            ),
            http_requests=Counter(
                "chitext_http_requests",
                "HTTP requests, by route and status class",
                ["route", "status"],
                registry=registry,
            ),
        )

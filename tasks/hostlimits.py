"""Per-host politeness that holds across the whole run: a rate limit, a concurrency cap and a circuit breaker per host.

Every fetch in the process (discovery and article pages, every source, every stage) goes through
one registry keyed by host, so two sources on one host, or a feed and its articles, share one
limit. A host is `hostname:port`: the fault-injecting test server simulates several hosts as
listeners on distinct loopback ports.

Prefect's global concurrency limits would do this across processes, but each acquire is an API
round trip with retry latency: on this machine 6 one-second tasks under a limit of 2 took about
7 s instead of 3 (../shared/design/platform-notes.md, section 3), far too slow for one HTTP
request. A run is one process whose tasks run in threads, so this in-process registry is the
equivalent. Where a source asks for more spacing or fewer requests in flight than the host-wide
settings, the stricter value wins.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator
from urllib.parse import urlsplit

from incidentwire.settings import Settings
from tasks.fetch_policy import CircuitBreaker

DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class RequestLimits:
    """What one caller (a source) asks for: seconds between request starts and requests in flight."""

    delay_seconds: float
    concurrency: int

    @classmethod
    def of(cls, settings: Settings, delay: float | None = None, concurrency: int | None = None) -> "RequestLimits":
        """A source's limits, with the settings' defaults where it gives none."""
        return cls(
            settings.default_delay_seconds if delay is None else delay,
            concurrency or settings.default_concurrency,
        )


def host_key(url: str) -> str:
    """The host a URL belongs to for politeness: lower-case hostname and port."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{(parts.hostname or '').lower()}:{port or DEFAULT_PORTS.get(parts.scheme, 0)}"


class HostGate:
    """Spaces request starts to one host and caps the requests in flight to it."""

    def __init__(self, min_delay: float, max_concurrency: int) -> None:
        self.min_delay = min_delay
        self.max_concurrency = max(1, max_concurrency)
        self.in_flight = 0
        self.max_in_flight = 0
        self.requests = 0
        self._last_start: float | None = None
        self._cond = threading.Condition()

    @contextmanager
    def slot(self, limits: RequestLimits) -> Iterator[None]:
        """Hold one of the host's request slots, starting no sooner than the stricter delay allows."""
        cap = max(1, min(self.max_concurrency, limits.concurrency))
        delay = max(self.min_delay, limits.delay_seconds)
        with self._cond:
            while self.in_flight >= cap:
                self._cond.wait()
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            now = time.monotonic()
            start = now if self._last_start is None else max(now, self._last_start + delay)
            self._last_start = start
            self.requests += 1
        try:
            if start > now:
                time.sleep(start - now)
            yield
        finally:
            with self._cond:
                self.in_flight -= 1
                self._cond.notify_all()


@dataclass
class HostState:
    """Everything the run knows about one host."""

    gate: HostGate
    breaker: CircuitBreaker


class HostRegistry:
    """The process-wide table of hosts: one gate and one breaker each, created on first use."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._hosts: dict[str, HostState] = {}
        self._lock = threading.Lock()
        self._clock = clock  # the breakers' clock (tests move it past a cool-down)

    def get(self, url: str, settings: Settings) -> HostState:
        """The state of a URL's host (the settings of its first use set its limits)."""
        key = host_key(url)
        with self._lock:
            state = self._hosts.get(key)
            if state is None:
                state = HostState(
                    HostGate(settings.host_delay_seconds, settings.host_concurrency),
                    CircuitBreaker(settings.breaker_failures, settings.breaker_cooldown_seconds, self._clock),
                )
                self._hosts[key] = state
            return state

    def reset(self) -> None:
        """Forget every host: a new run starts with closed circuits."""
        with self._lock:
            self._hosts.clear()


HOSTS = HostRegistry()


def reset_hosts() -> None:
    """Start a run afresh: every host's circuit closed, no spacing carried over."""
    HOSTS.reset()

"""Fetch policy as data: failure kinds, which are transient, how long to wait, and a per-host circuit breaker."""

from __future__ import annotations

import random
import threading
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable

# Every failure a fetch can end in, by the stable name stored in fetch_failures.kind.
FAILURE_KINDS: dict[str, str] = {
    "timeout": "no bytes within timeout_seconds, or the request passed deadline_seconds (slow drip)",
    "reset": "the peer reset or dropped the connection",
    "connect_error": "the connection could not be made (refused, unreachable)",
    "network_error": "any other transport error",
    "truncated": "the body ended before its Content-Length",
    "length_mismatch": "more bytes arrived than the Content-Length announced",
    "http_429": "429 Too Many Requests, still after the retries (or a Retry-After beyond our cap)",
    "http_4xx": "a client error status (404, 410, ...): never retried",
    "http_5xx": "a server error status, still after the retries",
    "too_many_redirects": "more than max_redirects hops (a redirect loop ends here too)",
    "refused_scheme": "a URL or redirect to a scheme other than http(s): never requested",
    "refused_private": "a private, loopback or reserved address in production mode: never requested",
    "unresolvable": "the host name does not resolve",
    "circuit_open": "the host's circuit breaker is open: the request was not sent",
    "decompression_bomb": "the decoded body passed the size cap at an absurd compression ratio",
    "bad_encoding": "the Content-Encoding could not be decoded",
    "oversize_cut": "the body passed max_body_bytes: it was cut there and the page kept",
}
# Worth another attempt: the same request may well succeed a moment later.
TRANSIENT_KINDS = frozenset(
    {"timeout", "reset", "connect_error", "network_error", "truncated", "length_mismatch", "http_429", "http_5xx"}
)
# Evidence that the host itself is in trouble: these count towards opening its circuit.
HOST_FAILURE_KINDS = TRANSIENT_KINDS
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_AFTER_STATUSES = frozenset({429, 503})


def status_kind(status: int) -> str | None:
    """The failure kind of an HTTP status, or None for a usable (or not-modified) answer."""
    if status == 429:
        return "http_429"
    if 400 <= status < 500:
        return "http_4xx"
    if status >= 500:
        return "http_5xx"
    return None


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds asked by a Retry-After header, in either form (delta-seconds or HTTP-date); None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def backoff_seconds(base: float, attempt: int, rng: random.Random | None = None) -> float:
    """Exponential backoff with full jitter, so retrying clients do not stampede a host together."""
    return (rng or random).uniform(0, base * (2 ** (attempt - 1)))


def retry_delay(
    kind: str | None,
    status: int | None,
    retry_after: str | None,
    attempt: int,
    base_seconds: float,
    max_retry_after: float,
    rng: random.Random | None = None,
) -> float | None:
    """Seconds to wait before the next attempt, or None when this outcome must not be retried."""
    if kind not in TRANSIENT_KINDS:
        return None
    if status in RETRY_AFTER_STATUSES:
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            # Coming back sooner than asked would be rude; waiting longer than the cap stalls the run.
            return asked if asked <= max_retry_after else None
    return backoff_seconds(base_seconds, attempt, rng)


CLOSED, OPEN, TRIAL = "closed", "open", "trial"


class CircuitBreaker:
    """Opens after `threshold` consecutive failed fetches; after `cooldown` seconds lets one trial through."""

    def __init__(self, threshold: int, cooldown: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.threshold = max(1, threshold)
        self.cooldown = cooldown
        self.clock = clock
        self.consecutive_failures = 0
        self.opened_at: float | None = None
        self._trial_out = False
        self._lock = threading.Lock()

    @property
    def state(self) -> str:
        """closed, open, or trial (half-open: the cool-down is over)."""
        with self._lock:
            if self.opened_at is None:
                return CLOSED
            return OPEN if self.clock() - self.opened_at < self.cooldown else TRIAL

    def allow(self) -> str | None:
        """CLOSED or TRIAL if a fetch may go ahead (TRIAL: it is the one half-open probe), None if not."""
        with self._lock:
            if self.opened_at is None:
                return CLOSED
            if self.clock() - self.opened_at < self.cooldown or self._trial_out:
                return None
            self._trial_out = True
            return TRIAL

    def record(self, failed: bool, permit: str = CLOSED) -> None:
        """Count a finished fetch: a success closes the circuit, a failure may open (or reopen) it."""
        with self._lock:
            if permit == TRIAL:
                self._trial_out = False
            if not failed:
                self.consecutive_failures = 0
                self.opened_at = None
                return
            self.consecutive_failures += 1
            if permit == TRIAL or self.consecutive_failures >= self.threshold:
                self.opened_at = self.clock()

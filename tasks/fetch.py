"""Fetch stage: HTTP I/O only. Each fetch returns a FetchRecord; nothing here parses pages.

Every request goes through the run-wide host registry (tasks/hostlimits.py: rate limit,
concurrency cap, circuit breaker); retries follow tasks/fetch_policy.py. Redirects are followed
by hand so that each hop's scheme and address are checked before it is requested.
"""

from __future__ import annotations

import ipaddress
import random
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable, Mapping
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from incidentwire.settings import Settings
from tasks.fetch_body import FetchFailed, read_body, transport_kind
from tasks.fetch_policy import HOST_FAILURE_KINDS, RETRYABLE_STATUSES, retry_delay, status_kind
from tasks.hostlimits import HOSTS, HostRegistry, RequestLimits

__all__ = ["RETRYABLE_STATUSES", "FetchRecord", "FetchRefused", "fetch_url", "fetch_many", "make_session"]
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass
class FetchRecord:
    """What one HTTP fetch returned: body bytes, status, final URL, headers and timing."""

    url: str
    final_url: str
    status: int | None
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime
    elapsed_ms: int
    error: str | None = None
    source_id: str | None = None
    kind: str = "article"
    hint: dict = field(default_factory=dict)
    run_id: str | None = None
    failure_kind: str | None = None  # tasks.fetch_policy.FAILURE_KINDS; set with `error`
    attempts: int = 0  # requests sent (redirect hops of one attempt count once)
    cut_at: int | None = None  # the body passed max_body_bytes and was cut there (the page is kept)

    @property
    def ok(self) -> bool:
        """True when the fetch produced a usable 2xx body."""
        return self.error is None and self.status is not None and 200 <= self.status < 300


class FetchRefused(Exception):
    """A URL we will not fetch (bad scheme, private address in production mode)."""

    def __init__(self, message: str, kind: str = "refused_scheme") -> None:
        super().__init__(message)
        self.kind = kind


def make_session(settings: Settings) -> requests.Session:
    """A requests session that identifies us clearly."""
    session = requests.Session()
    session.headers["User-Agent"] = settings.user_agent
    session.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    # Only encodings we decode ourselves, under the size cap (see _Decoder).
    session.headers["Accept-Encoding"] = "gzip, deflate"
    return session


def check_url_allowed(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs, and private or loopback hosts unless explicitly allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"refused scheme {parts.scheme!r}: {url}", "refused_scheme")
    if not parts.hostname:
        raise FetchRefused(f"no host in URL: {url}", "refused_scheme")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, None)
    except socket.gaierror as exc:
        raise FetchRefused(f"cannot resolve {parts.hostname}: {exc}", "unresolvable") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            raise FetchRefused(
                f"refused private address {address} for {parts.hostname} "
                "(pass --allow-private-addresses for a local site)",
                "refused_private",
            )


def fetch_url(
    session: requests.Session,
    url: str,
    settings: Settings,
    limits: RequestLimits | None = None,
    sleep: Callable[[float], None] = time.sleep,
    extra_headers: dict[str, str] | None = None,
    hosts: HostRegistry | None = None,
    rng: random.Random | None = None,
) -> FetchRecord:
    """GET one URL politely, with retries on transient failures; never raises for per-URL errors.

    `limits` are the caller's (a source's) spacing and concurrency; without them only the
    host-wide settings apply. `sleep` waits between attempts (tests inject it).
    """
    hosts = hosts or HOSTS
    limits = limits or RequestLimits(settings.host_delay_seconds, settings.host_concurrency)
    started = time.monotonic()
    fetched_at = datetime.now(timezone.utc)
    try:
        check_url_allowed(url, settings.allow_private_addresses)
    except FetchRefused as exc:
        return _failed(url, url, fetched_at, started, exc.kind, str(exc), 0)
    breaker = hosts.get(url, settings).breaker
    permit = breaker.allow()
    if permit is None:
        message = f"circuit open for {urlsplit(url).netloc} after {breaker.consecutive_failures} failed fetches; not sent"
        return _failed(url, url, fetched_at, started, "circuit_open", message, 0)
    attempt = 0
    while True:
        attempt += 1
        fetched_at = datetime.now(timezone.utc)
        status, final_url, headers, body, cut_at = None, url, {}, b"", None
        try:
            status, final_url, headers, body, cut_at = _attempt(session, url, settings, limits, hosts, extra_headers)
            kind = status_kind(status)
            error = f"HTTP {status}" if kind else None
        except FetchRefused as exc:
            kind, error = exc.kind, str(exc)
        except FetchFailed as exc:
            kind, error = exc.kind, str(exc)
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            kind, error = transport_kind(exc), f"{type(exc).__name__}: {exc}"
        delay = retry_delay(
            kind, status, headers.get("retry-after"), attempt, settings.retry_backoff_seconds,
            settings.max_retry_after_seconds, rng,
        )
        if delay is None or attempt > settings.retries:
            breaker.record(kind in HOST_FAILURE_KINDS, permit)
            elapsed_ms = int((time.monotonic() - started) * 1000)
            return FetchRecord(
                url, final_url, status, headers, body, fetched_at, elapsed_ms,
                error=error, failure_kind=kind if error else None, attempts=attempt, cut_at=cut_at,
            )
        sleep(delay)


def fetch_many(
    urls: Iterable[str],
    settings: Settings,
    concurrency: int,
    delay_seconds: float,
    on_record: Callable[[FetchRecord], None] | None = None,
    extra_headers: Mapping[str, dict[str, str]] | None = None,
    hosts: HostRegistry | None = None,
) -> list[FetchRecord]:
    """Fetch URLs (in order) under one source's limits, held together with every other fetch of the run per host."""
    session = make_session(settings)
    limits = RequestLimits(delay_seconds, max(1, concurrency))
    urls = list(urls)

    def one(url: str) -> FetchRecord:
        headers = (extra_headers or {}).get(url) or None
        record = fetch_url(session, url, settings, limits, extra_headers=headers, hosts=hosts)
        if on_record:
            on_record(record)
        return record

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        return list(pool.map(one, urls))


def _failed(url: str, final_url: str, fetched_at: datetime, started: float, kind: str, error: str, attempts: int) -> FetchRecord:
    elapsed_ms = int((time.monotonic() - started) * 1000)
    return FetchRecord(url, final_url, None, {}, b"", fetched_at, elapsed_ms, error=error, failure_kind=kind, attempts=attempts)


def _attempt(
    session: requests.Session,
    url: str,
    settings: Settings,
    limits: RequestLimits,
    hosts: HostRegistry,
    extra_headers: dict[str, str] | None,
) -> tuple[int, str, dict[str, str], bytes, int | None]:
    """One attempt: the request and its redirect hops, each hop checked before it is sent."""
    current = url
    timeout = min(settings.timeout_seconds, settings.deadline_seconds)
    for hop in range(settings.max_redirects + 1):
        if hop:
            check_url_allowed(current, settings.allow_private_addresses)
        with hosts.get(current, settings).gate.slot(limits):
            deadline = time.monotonic() + settings.deadline_seconds
            response = session.get(current, timeout=timeout, stream=True, allow_redirects=False, headers=extra_headers)
            with response:
                headers = {key.lower(): value for key, value in response.headers.items()}
                if response.status_code in REDIRECT_STATUSES and headers.get("location"):
                    current = urljoin(current, headers["location"])
                    continue
                body, cut_at = read_body(response, headers, settings, deadline)
                return response.status_code, current, headers, body, cut_at
    raise FetchFailed(f"more than {settings.max_redirects} redirects from {url} (last: {current})", "too_many_redirects")

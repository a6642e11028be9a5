"""Fetch stage: HTTP I/O only. Each fetch returns a FetchRecord; nothing here parses pages."""

from __future__ import annotations

import ipaddress
import random
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Iterable
from urllib.parse import urlsplit

import requests

from incidentwire.settings import Settings

RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})


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

    @property
    def ok(self) -> bool:
        """True when the fetch produced a usable 2xx body."""
        return self.error is None and self.status is not None and 200 <= self.status < 300


class FetchRefused(Exception):
    """A URL we will not fetch (bad scheme, private address in production mode)."""


def make_session(settings: Settings) -> requests.Session:
    """A requests session that identifies us clearly."""
    session = requests.Session()
    session.headers["User-Agent"] = settings.user_agent
    session.headers["Accept"] = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    return session


def check_url_allowed(url: str, allow_private: bool) -> None:
    """Refuse non-http(s) URLs, and private or loopback hosts unless explicitly allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchRefused(f"refused scheme {parts.scheme!r}: {url}")
    if not parts.hostname:
        raise FetchRefused(f"no host in URL: {url}")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, None)
    except socket.gaierror as exc:
        raise FetchRefused(f"cannot resolve {parts.hostname}: {exc}") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            raise FetchRefused(
                f"refused private address {address} for {parts.hostname} "
                "(pass --allow-private-addresses for a local site)"
            )


class HostThrottle:
    """Spaces requests to each host by a minimum delay, shared by all worker threads."""

    def __init__(self, delay_seconds: float) -> None:
        self.delay_seconds = delay_seconds
        self._next_allowed: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, url: str) -> None:
        """Block until this URL's host may be contacted again."""
        if self.delay_seconds <= 0:
            return
        host = urlsplit(url).netloc
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next_allowed.get(host, 0.0))
            self._next_allowed[host] = slot + self.delay_seconds
        if slot > now:
            time.sleep(slot - now)


def fetch_url(
    session: requests.Session,
    url: str,
    settings: Settings,
    throttle: HostThrottle | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> FetchRecord:
    """GET one URL with retries on transient failures; never raises for per-URL errors."""
    started = time.monotonic()
    fetched_at = datetime.now(timezone.utc)
    try:
        check_url_allowed(url, settings.allow_private_addresses)
    except FetchRefused as exc:
        return FetchRecord(url, url, None, {}, b"", fetched_at, 0, error=str(exc))
    attempt = 0
    while True:
        if throttle:
            throttle.wait(url)
        fetched_at = datetime.now(timezone.utc)
        try:
            status, final_url, headers, body = _get_once(session, url, settings)
            error = None
        except (requests.RequestException, FetchRefused, OSError) as exc:
            status, final_url, headers, body = None, url, {}, b""
            error = f"{type(exc).__name__}: {exc}"
        transient = error is not None or status in RETRYABLE_STATUSES
        if not transient or attempt >= settings.retries:
            if error is None and status is not None and status >= 400:
                error = f"HTTP {status}"
            elapsed_ms = int((time.monotonic() - started) * 1000)
            return FetchRecord(url, final_url, status, headers, body, fetched_at, elapsed_ms, error=error)
        attempt += 1
        sleep(_backoff_seconds(settings.retry_backoff_seconds, attempt, headers.get("retry-after")))


def fetch_many(
    urls: Iterable[str],
    settings: Settings,
    concurrency: int,
    delay_seconds: float,
    on_record: Callable[[FetchRecord], None] | None = None,
) -> list[FetchRecord]:
    """Fetch URLs with a per-host delay and at most `concurrency` requests in flight."""
    session = make_session(settings)
    throttle = HostThrottle(delay_seconds)
    urls = list(urls)

    def one(url: str) -> FetchRecord:
        record = fetch_url(session, url, settings, throttle)
        if on_record:
            on_record(record)
        return record

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        return list(pool.map(one, urls))


def _get_once(session: requests.Session, url: str, settings: Settings) -> tuple[int, str, dict[str, str], bytes]:
    with session.get(url, timeout=settings.timeout_seconds, stream=True, allow_redirects=True) as response:
        for hop in [*response.history, response]:
            check_url_allowed(hop.url, settings.allow_private_addresses)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > settings.max_body_bytes:
                # Keep what fits under the cap: a huge page is cut, never loaded whole.
                chunks.append(chunk[: len(chunk) - (size - settings.max_body_bytes)])
                break
            chunks.append(chunk)
        headers = {key.lower(): value for key, value in response.headers.items()}
        return response.status_code, response.url, headers, b"".join(chunks)


def _backoff_seconds(base: float, attempt: int, retry_after: str | None) -> float:
    if retry_after:
        try:
            return min(float(retry_after), 60.0)
        except ValueError:
            pass
    # Exponential backoff with full jitter, so retrying clients do not stampede a host together.
    return random.uniform(0, base * (2 ** (attempt - 1)))

"""A fault-injecting news site on loopback, for the fault tests and the fault-matrix benchmark.

Each section is an RSS feed (`/<section>/feed.xml`) listing article pages (`/<section>/<n>.html`)
with invented incident reports. Any path can be given a fault from FAULTS. Several hosts are
simulated as several listeners on 127.0.0.1, one port each (a host is `hostname:port` to the
fetcher's per-host limits and circuit breakers, see tasks/hostlimits.py); every listener serves
every path, and a feed links to pages on its own listener. The server counts hits per path, the
most requests in flight per host, and the start time of every request per host.

    with FaultSite({"news": 10}, hosts=2) as site:
        site.inject("/news/3.html", "503_retry_after")
        print(site.url("/news/feed.xml", host=1))
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from incidentwire.faultcontent import DAY, make_articles, render_feed, render_page

# Every fault a path can be given, by name: what the server does.
FAULTS: dict[str, str] = {
    "timeout": "reads the request, then answers nothing for hold_seconds",
    "slow": "waits slow_seconds, then the page (a healthy but slow host)",
    "slow_drip": "sends the page one byte every drip_seconds, far beyond any deadline",
    "reset": "reads the request, then resets the connection (SO_LINGER 0, close)",
    "429_retry_after": "429 with Retry-After on the first request, then the page",
    "503_retry_after": "503 with Retry-After on the first request, then the page",
    "5xx_burst": "500, 502, 503 ... on the first `burst` requests, then the page",
    "always_503": "503 on every request, without Retry-After (a dead host)",
    "404": "404 Not Found",
    "410": "410 Gone",
    "redirect_chain": "three 301/302/307 hops, then the page",
    "redirect_loop": "302 between two URLs for ever",
    "redirect_to_file_scheme": "302 to file:///etc/passwd",
    "truncated": "Content-Length 500 bytes above the body, then close",
    "wrong_length": "Content-Length 200 bytes below the body, the whole body sent",
    "gzip_bomb": "Content-Encoding: gzip, a stream of zeros that decodes to bomb_bytes (1 GiB)",
    "oversize": "the page, then a comment padding the body to oversize_bytes, streamed in chunks",
    "binary": "random bytes served as text/html",
    "malformed": "a body that is not XML or HTML at all",
}
RECOVERABLE = frozenset({"429_retry_after", "503_retry_after", "5xx_burst", "redirect_chain"})
class _Dropped(Exception):
    """The handler dropped the connection on purpose; nothing more to write."""


class FaultSite:
    """The fault-injecting site: start it with `with`, inject faults by path, read its counters."""

    def __init__(
        self,
        sections: dict[str, int] | None = None,
        hosts: int = 1,
        day: date = DAY,
        hold_seconds: float = 3.0,
        drip_seconds: float = 0.05,
        retry_after: str = "1",
        burst: int = 2,
        slow_seconds: float = 0.2,
        bomb_bytes: int = 1 << 30,
        oversize_bytes: int = 50_000_000,
    ) -> None:
        self.articles = {s: make_articles(s, n, day) for s, n in (sections or {"news": 10}).items()}
        self.by_path = {a.path: a for section in self.articles.values() for a in section}
        self.faults: dict[str, str] = {}
        self.hold_seconds, self.drip_seconds, self.retry_after, self.burst = hold_seconds, drip_seconds, retry_after, burst
        self.bomb_bytes, self.oversize_bytes, self.slow_seconds = bomb_bytes, oversize_bytes, slow_seconds
        self.last_headers: dict[str, dict[str, str]] = {}  # path -> headers of its latest request
        self.hits: Counter[str] = Counter()  # path (no query) -> requests, every host
        self.starts: dict[int, list[float]] = {}  # host index -> monotonic start time of each request
        self.max_in_flight: dict[int, int] = {}
        self._in_flight: dict[int, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._servers = [self._make_server(index) for index in range(hosts)]
        self._threads: list[threading.Thread] = []

    def __enter__(self) -> "FaultSite":
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop every listener; held and dripping responses give up at once."""
        self._stopping.set()
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def base_url(self, host: int = 0) -> str:
        """http://127.0.0.1:<port> of one simulated host."""
        return f"http://127.0.0.1:{self._servers[host].server_address[1]}"

    def url(self, path: str, host: int = 0) -> str:
        """The absolute URL of a path on one simulated host."""
        return self.base_url(host) + path

    def inject(self, path: str, fault: str) -> None:
        """Give a path a fault from FAULTS (on every host)."""
        if fault not in FAULTS:
            raise ValueError(f"unknown fault {fault!r}; known: {', '.join(FAULTS)}")
        self.faults[path] = fault

    def reset_counters(self) -> None:
        """Forget hits, start times and in-flight peaks (between two runs over one site)."""
        with self._lock:
            self.hits.clear()
            self.starts.clear()
            self.max_in_flight.clear()

    def feed_path(self, section: str) -> str:
        """The RSS feed path of a section."""
        return f"/{section}/feed.xml"

    # -- serving -------------------------------------------------------------------------------

    def _make_server(self, index: int) -> ThreadingHTTPServer:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                site._serve(self, index)

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            block_on_close = False

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients hang up on bombs and drips by design

        return Server(("127.0.0.1", 0), Handler)

    def _serve(self, handler: BaseHTTPRequestHandler, host: int) -> None:
        path = urlsplit(handler.path).path
        with self._lock:
            self.hits[path] += 1
            self.last_headers[path] = dict(handler.headers.items())
            hit = self.hits[path]
            self.starts.setdefault(host, []).append(time.monotonic())
            self._in_flight[host] = self._in_flight.get(host, 0) + 1
            self.max_in_flight[host] = max(self.max_in_flight.get(host, 0), self._in_flight[host])
        try:
            self._answer(handler, host, path, hit)
        except (_Dropped, OSError):
            pass
        finally:
            self._leave(handler, host)

    def _leave(self, handler: BaseHTTPRequestHandler, host: int) -> None:
        """Count a request as no longer in flight (once)."""
        if getattr(handler, "_left_in_flight", False):
            return
        handler._left_in_flight = True  # type: ignore[attr-defined]
        with self._lock:
            self._in_flight[host] -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, host: int, path: str, hit: int) -> None:
        base = self.base_url(host)
        fault = self.faults.get(path)
        status, content_type, body = self._content(path, base)
        if fault is None or status != 200:
            return _send(handler, status, {"Content-Type": content_type}, body)
        if fault == "timeout":
            self._stopping.wait(self.hold_seconds)
            raise _Dropped()
        if fault == "slow":
            self._stopping.wait(self.slow_seconds)
            # counted out before the answer leaves: a client that has read it may start its next request before
            # this thread gets back, and the concurrency tests would see one request too many in flight
            self._leave(handler, host)
            return _send(handler, status, {"Content-Type": content_type}, body)
        if fault == "reset":
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            handler.connection.close()
            raise _Dropped()
        if fault in ("429_retry_after", "503_retry_after") and hit == 1:
            code = int(fault[:3])
            return _send(handler, code, {"Retry-After": self.retry_after, "Content-Type": "text/plain"}, b"busy")
        if fault == "5xx_burst" and hit <= self.burst:
            return _send(handler, (500, 502, 503)[(hit - 1) % 3], {"Content-Type": "text/plain"}, b"oops")
        if fault == "always_503":
            return _send(handler, 503, {"Content-Type": "text/plain"}, b"down")
        if fault in ("404", "410"):
            return _send(handler, int(fault), {"Content-Type": "text/plain"}, b"gone")
        query = urlsplit(handler.path).query
        if fault == "redirect_chain" and query != "hop=3":
            hop = int(query.removeprefix("hop=") or 0) + 1
            code = (301, 302, 307)[hop - 1]
            return _send(handler, code, {"Location": f"{path}?hop={hop}"}, b"")
        if fault == "redirect_loop":
            return _send(handler, 302, {"Location": f"{path}?loop={'b' if query == 'loop=a' else 'a'}"}, b"")
        if fault == "redirect_to_file_scheme":
            return _send(handler, 302, {"Location": "file:///etc/passwd"}, b"")
        if fault == "slow_drip":
            return self._drip(handler, content_type, body)
        if fault == "truncated":
            return _send(handler, 200, {"Content-Type": content_type}, body, length=len(body) + 500)
        if fault == "wrong_length":
            return _send(handler, 200, {"Content-Type": content_type}, body, length=len(body) - 200)
        if fault == "gzip_bomb":
            return self._bomb(handler)
        if fault == "oversize":
            return self._oversize(handler, content_type, body)
        if fault == "binary":
            noise = random.Random(path).randbytes(20_000)
            return _send(handler, 200, {"Content-Type": "text/html; charset=utf-8"}, noise)
        if fault == "malformed":
            return _send(handler, 200, {"Content-Type": content_type}, b"\x00\x01 {not: xml} <<< &&& \xff\xfe")
        _send(handler, status, {"Content-Type": content_type}, body)

    def _content(self, path: str, base: str) -> tuple[int, str, bytes]:
        if path == "/robots.txt":
            return 200, "text/plain", b"User-agent: *\nAllow: /\n"
        article = self.by_path.get(path)
        if article is not None:
            return 200, "text/html; charset=utf-8", render_page(article, base)
        for section, articles in self.articles.items():
            if path == self.feed_path(section):
                return 200, "application/rss+xml; charset=utf-8", render_feed(section, articles, base)
        return 404, "text/plain", b"not found"

    def _drip(self, handler: BaseHTTPRequestHandler, content_type: str, body: bytes) -> None:
        _head(handler, 200, {"Content-Type": content_type, "Content-Length": str(len(body))})
        for index in range(len(body)):
            if self._stopping.wait(self.drip_seconds):
                raise _Dropped()
            handler.wfile.write(body[index : index + 1])

    def _bomb(self, handler: BaseHTTPRequestHandler) -> None:
        _head(handler, 200, {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"})
        # Compressed as it is sent, so the server only spends what the client reads before it stops.
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        zeros = bytes(1 << 20)
        for _ in range(self.bomb_bytes >> 20):
            if self._stopping.is_set():
                raise _Dropped()
            handler.wfile.write(packer.compress(zeros))
        handler.wfile.write(packer.flush())

    def _oversize(self, handler: BaseHTTPRequestHandler, content_type: str, body: bytes) -> None:
        _head(handler, 200, {"Content-Type": content_type, "Content-Length": str(self.oversize_bytes)})
        handler.wfile.write(body + b"<!-- ")
        padding, sent = b"padding " * 8192, len(body) + 5
        while sent < self.oversize_bytes:
            if self._stopping.is_set():
                raise _Dropped()
            piece = padding[: self.oversize_bytes - sent]
            handler.wfile.write(piece)
            sent += len(piece)


def _head(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.end_headers()


def _send(
    handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str], body: bytes, length: int | None = None
) -> None:
    """Headers and body in one write, so a wrong Content-Length arrives together with the excess."""
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    handler.end_headers()
    handler.wfile.write(body)

"""The demo news site's HTTP server (standard library only): `start()` in-process, or `python -m demo_site.server`."""

from __future__ import annotations

import argparse
import threading
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from demo_site.site import SITE_EPOCH, Resource, build_site

_NOT_FOUND = Resource.of(
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Page not found</title></head>'
    "<body><h1>404 &ndash; Page not found</h1><p>The page you requested does not exist.</p></body></html>\n",
    "text/html; charset=utf-8",
    SITE_EPOCH,
)


class _Handler(BaseHTTPRequestHandler):
    """Serves the pre-rendered pages of the server it belongs to."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    server_version = "DemoNews/1.0"
    timeout = 30

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        """Answer a GET from the page table."""
        self._respond(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        """Answer a HEAD: the GET headers without the body."""
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        path = unquote(urlsplit(self.path).path) or "/"
        pages: dict[str, Resource] = self.server.pages  # type: ignore[attr-defined]
        resource = pages.get(path)
        if resource is None and not path.endswith("/") and path + "/" in pages:
            self.send_response(301)
            self.send_header("Location", self.server.base_url + path + "/")  # type: ignore[attr-defined]
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if resource is None:
            self._send(404, _NOT_FOUND, send_body)
        elif self._not_modified(resource):
            self.send_response(304)
            self.send_header("ETag", resource.etag)
            self.send_header("Last-Modified", format_datetime(resource.last_modified, usegmt=True))
            self.end_headers()
        else:
            self._send(200, resource, send_body)

    def _not_modified(self, resource: Resource) -> bool:
        etags = self.headers.get("If-None-Match")
        if etags is not None:
            return etags.strip() == "*" or resource.etag in [tag.strip() for tag in etags.split(",")]
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return resource.last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _send(self, status: int, resource: Resource, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", resource.content_type)
        self.send_header("Content-Length", str(len(resource.body)))
        if status == 200:
            self.send_header("Last-Modified", format_datetime(resource.last_modified, usegmt=True))
            self.send_header("ETag", resource.etag)
            self.send_header("Cache-Control", "public, max-age=300")
        self.end_headers()
        if send_body:
            self.wfile.write(resource.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        """Silence the per-request access log."""


class DemoSite:
    """A running demo site; use `.base_url`, then `.stop()` (or use it as a context manager)."""

    def __init__(self, httpd: ThreadingHTTPServer, thread: threading.Thread, base_url: str) -> None:
        self._httpd = httpd
        self._thread = thread
        self.base_url = base_url

    def stop(self) -> None:
        """Shut the server down and release its port."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def __enter__(self) -> "DemoSite":
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"DemoSite({self.base_url!r})"


def _serve(host: str, port: int) -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer((host, port), _Handler)
    httpd.daemon_threads = True
    public_host = "127.0.0.1" if host in ("", "0.0.0.0") else host
    base_url = f"http://{public_host}:{httpd.server_address[1]}"
    httpd.base_url = base_url  # type: ignore[attr-defined]
    httpd.pages = build_site(base_url)  # type: ignore[attr-defined]
    return httpd, base_url


def start(host: str = "127.0.0.1", port: int = 0) -> DemoSite:
    """Start the demo site in a daemon thread; port 0 picks a free port."""
    httpd, base_url = _serve(host, port)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="demo-site",
                              daemon=True)  # a short poll interval makes stop() quick
    thread.start()
    return DemoSite(httpd, thread, base_url)


def main(argv: list[str] | None = None) -> int:
    """Serve the demo site in the foreground until Ctrl-C."""
    parser = argparse.ArgumentParser(prog="python -m demo_site.server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to bind, 0 for any free port (default: 8000)")
    args = parser.parse_args(argv)
    httpd, base_url = _serve(args.host, args.port)
    print(base_url, flush=True)
    print(f"  Tigris Tribune RSS:   {base_url}/tigris/feed.xml\n"
          f"  Tigris world listing: {base_url}/tigris/world/\n"
          f"  Sahel Observer Atom:  {base_url}/sahel/atom.xml\n"
          f"  Khyber news sitemap:  {base_url}/khyber/news-sitemap.xml\n"
          "Press Ctrl-C to stop.", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

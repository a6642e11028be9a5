"""Shared fixtures: a real local HTTP server with routes a test defines, and temporary warehouses."""

from __future__ import annotations

import os
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPO = Path(__file__).resolve().parents[1]

# Prefect reads these at import: a project-local home, no telemetry (there is no network), quiet logs.
os.environ.setdefault("PREFECT_HOME", str(REPO / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
os.environ.setdefault("DO_NOT_TRACK", "1")


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect server for the whole session (it costs about 15 s to start)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear reason where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: dev data lives in the shared folder beside the repo (../shared)")
    return path


# schema.md's vocabularies, as a test checks them: written out, not imported from the code under test.
ATTACK_TYPES = {
    "armed_assault", "bombing_explosion", "assassination", "kidnapping", "facility_attack", "hijacking",
    "unarmed_assault", "airstrike_shelling", "clash", "unknown",
}
TARGET_TYPES = {
    "military", "police", "government", "civilians", "business", "religious", "educational", "journalists",
    "diplomatic", "infrastructure", "transport", "other",
}
WEAPONS = {"firearms", "explosives", "incendiary", "melee", "vehicle", "chemical", "unknown"}

# Columns that legitimately differ between two runs landing the same rows (the run, the fetch time).
VOLATILE_COLUMNS = {"articles": ("run_id", "fetched_at"), "fetch_failures": ("run_id", "at")}


def demo_flow_options(site, warehouse: Path) -> dict:
    """Keyword arguments that point the daily and backfill flows at a running demo site and a warehouse."""
    return {
        "sources_file": str(REPO / "sources" / "demo.yaml"),
        "warehouse": str(warehouse),
        "allow_private_addresses": True,
        "url_variables": {"base_url": site.base_url},
    }


@pytest.fixture(scope="session")
def demo_week(prefect_harness, tmp_path_factory):
    """The demo site, and a warehouse filled by one daily run per day of the demo week (one per session)."""
    from datetime import date, timedelta

    import yaml

    from demo_site.server import start
    from flows.pipeline import daily

    first_day = date.fromisoformat(yaml.safe_load((REPO / "demo_site" / "expected.yaml").read_text())["demo_week"]["first_day"])
    warehouse = tmp_path_factory.mktemp("daily") / "warehouse"
    with start() as site:
        options = demo_flow_options(site, warehouse)
        runs = [daily(date=str(first_day + timedelta(days=i)), **options) for i in range(7)]
        yield {"site": site, "warehouse": warehouse, "options": options, "runs": runs}


def sql(warehouse: Path, query: str, params=None) -> list[tuple]:
    """Rows of a query on a warehouse's DuckDB views."""
    from tasks import land

    connection = land.connect(warehouse)
    try:
        return connection.execute(query, params or []).fetchall()
    finally:
        connection.close()


def stable_rows(warehouse: Path, table: str) -> list[tuple]:
    """A table's rows, sorted, without the columns that differ from run to run."""
    columns = ", ".join(f'"{column}"' for column in VOLATILE_COLUMNS.get(table, ("run_id",)))
    return sql(warehouse, f"SELECT * EXCLUDE ({columns}) FROM {table} ORDER BY ALL")


Response = tuple[int, dict[str, str], bytes]


class RouteServer:
    """A ThreadingHTTPServer on a free loopback port that answers from a route table."""

    def __init__(self) -> None:
        self.routes: dict[str, Callable[[], Response] | Response] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []  # (path, request headers), in arrival order
        self.body_bytes: dict[str, int] = {}  # body bytes sent per path (a 304 sends none)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path)
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    status, headers, body = route() if callable(route) else route
                if status == 200 and _unchanged(self.headers, headers):
                    status, body = 304, b""  # conditional GET: the route's ETag / Last-Modified still match
                server.body_bytes[self.path] = server.body_bytes.get(self.path, 0) + len(body)
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # A short poll interval: shutdown() waits up to one interval, and every test stops a server.
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:<port>"""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        """Shut the server down."""
        self.httpd.shutdown()
        self.httpd.server_close()


def _unchanged(request_headers, response_headers: dict[str, str]) -> bool:
    """True when a conditional request's validators match the route's (exact comparison, as tests need)."""
    etag = response_headers.get("ETag")
    if etag and request_headers.get("If-None-Match"):
        return etag in [tag.strip() for tag in request_headers["If-None-Match"].split(",")]
    modified = response_headers.get("Last-Modified")
    return bool(modified) and request_headers.get("If-Modified-Since") == modified


@pytest.fixture
def route_server():
    """A local HTTP server; set `route_server.routes[path] = (status, headers, body)`."""
    server = RouteServer()
    yield server
    server.stop()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """An empty temporary warehouse folder."""
    path = tmp_path / "warehouse"
    path.mkdir()
    return path


def html_page(title: str, paragraphs: list[str], extra_head: str = "", lang: str = "en") -> bytes:
    """A small but realistic article page."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>{extra_head}</head>"
        f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<div class='ad'>Advertisement</div><article><h1>{title}</h1>{body}</article>"
        f"<aside><h3>Related stories</h3><ul><li><a href='/x'>Other news</a></li></ul></aside>"
        f"<footer>© 2026 Test Outlet</footer></body></html>"
    ).encode("utf-8")


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll until predicate() is true or the timeout passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()

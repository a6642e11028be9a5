from datetime import datetime, timezone

import pytest

from incidentwire.settings import Settings
from tasks import archive
from tasks.fetch import FetchRecord, FetchRefused, check_url_allowed, fetch_many, fetch_url, make_session

SETTINGS = Settings(allow_private_addresses=True, retries=2, retry_backoff_seconds=0.01, timeout_seconds=5)


def fetch(server, path, settings=SETTINGS):
    return fetch_url(make_session(settings), server.base_url + path, settings, sleep=lambda s: None)


def test_ok_page_returns_a_full_record(route_server):
    route_server.routes["/a"] = (200, {"Content-Type": "text/html; charset=utf-8", "ETag": '"x"'}, b"<p>hi</p>")
    record = fetch(route_server, "/a")
    assert record.ok and record.status == 200 and record.body == b"<p>hi</p>"
    assert record.headers["etag"] == '"x"' and record.final_url.endswith("/a")
    assert record.fetched_at.tzinfo is not None


def test_not_found_is_not_retried(route_server):
    record = fetch(route_server, "/missing")
    assert not record.ok and record.status == 404 and record.error == "HTTP 404"
    assert record.failure_kind == "http_4xx" and record.attempts == 1
    assert route_server.hits["/missing"] == 1


def test_transient_503_is_retried_then_succeeds(route_server):
    answers = iter([(503, {"Retry-After": "0"}, b""), (200, {"Content-Type": "text/html"}, b"ok")])
    route_server.routes["/flaky"] = lambda: next(answers)
    record = fetch(route_server, "/flaky")
    assert record.ok and route_server.hits["/flaky"] == 2


def test_redirect_is_followed(route_server):
    route_server.routes["/old"] = (301, {"Location": "/new"}, b"")
    route_server.routes["/new"] = (200, {"Content-Type": "text/html"}, b"moved here")
    record = fetch(route_server, "/old")
    assert record.ok and record.final_url.endswith("/new") and record.url.endswith("/old")


def test_body_is_cut_at_the_size_cap(route_server):
    route_server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"x" * 300_000)
    settings = Settings(allow_private_addresses=True, max_body_bytes=100_000)
    assert len(fetch(route_server, "/big", settings).body) == 100_000


def test_private_addresses_are_refused_in_production_mode(route_server):
    route_server.routes["/a"] = (200, {}, b"x")
    record = fetch(route_server, "/a", Settings(allow_private_addresses=False))
    assert not record.ok and "private address" in record.error and "/a" not in route_server.hits
    assert record.failure_kind == "refused_private" and record.attempts == 0
    with pytest.raises(FetchRefused, match="scheme"):
        check_url_allowed("file:///etc/passwd", allow_private=True)


def test_connection_refused_is_a_recorded_failure():
    record = fetch_url(make_session(SETTINGS), "http://127.0.0.1:1/", SETTINGS, sleep=lambda s: None)
    assert not record.ok and record.status is None and "ConnectionError" in record.error
    assert record.failure_kind == "connect_error" and record.attempts == SETTINGS.retries + 1


def test_fetch_many_keeps_order_and_calls_back(route_server):
    for i in range(5):
        route_server.routes[f"/p{i}"] = (200, {"Content-Type": "text/html"}, f"page {i}".encode())
    seen = []
    records = fetch_many([f"{route_server.base_url}/p{i}" for i in range(5)], SETTINGS, 3, 0.0, seen.append)
    assert [r.body for r in records] == [f"page {i}".encode() for i in range(5)]
    assert len(seen) == 5


def test_archive_round_trip_and_latest_ok(warehouse):
    url = "https://example.org/a"
    older = FetchRecord(url, url, 200, {"a": "b"}, b"\x00\xffbytes", datetime(2026, 3, 1, tzinfo=timezone.utc), 5)
    newer_failed = FetchRecord(url, url, 500, {}, b"", datetime(2026, 3, 2, tzinfo=timezone.utc), 5, error="HTTP 500")
    archive.write_record(warehouse, older)
    archive.write_record(warehouse, newer_failed)
    latest = archive.latest_ok_record(warehouse, url)
    assert latest.body == b"\x00\xffbytes" and latest.headers == {"a": "b"} and latest.fetched_at == older.fetched_at
    assert [r.url for r in archive.iter_latest_ok_records(warehouse)] == [url]
    assert archive.latest_ok_record(warehouse, "https://example.org/never") is None
    assert not list(warehouse.rglob("*.tmp"))

"""Network faults against the fault-injecting server: each fault's record, attempts, the breaker, per-host limits, the matrix."""

import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from incidentwire.faultserver import FAULTS, FaultSite
from incidentwire.settings import Settings
from tasks.fetch import fetch_many, fetch_url, make_session
from tasks.fetch_policy import TRANSIENT_KINDS, backoff_seconds, retry_after_seconds
from tasks.hostlimits import HostRegistry, RequestLimits

SETTINGS = Settings(
    allow_private_addresses=True, retries=2, retry_backoff_seconds=0.01, timeout_seconds=0.3, deadline_seconds=0.6,
    max_body_bytes=100_000, max_redirects=5, breaker_failures=100,
)
ATTEMPTS = SETTINGS.retries + 1
# fault -> (ok, failure kind, requests the server sees for the page)
OUTCOMES = {
    "timeout": (False, "timeout", ATTEMPTS),
    "slow_drip": (False, "timeout", ATTEMPTS),
    "reset": (False, "reset", ATTEMPTS),
    "429_retry_after": (True, None, 2),
    "503_retry_after": (True, None, 2),
    "5xx_burst": (True, None, 3),
    "always_503": (False, "http_5xx", ATTEMPTS),
    "404": (False, "http_4xx", 1),
    "410": (False, "http_4xx", 1),
    "redirect_chain": (True, None, 4),
    "redirect_loop": (False, "too_many_redirects", SETTINGS.max_redirects + 1),
    "redirect_to_file_scheme": (False, "refused_scheme", 1),
    "truncated": (False, "truncated", ATTEMPTS),
    "wrong_length": (False, "length_mismatch", ATTEMPTS),
    "gzip_bomb": (False, "decompression_bomb", 1),
    "oversize": (True, None, 1),
    "binary": (True, None, 1),
    "malformed": (True, None, 1),
    "slow": (True, None, 1),
}


@pytest.fixture
def site():
    with FaultSite({"news": 6}, hosts=2, hold_seconds=2.0, burst=2, retry_after="7", slow_seconds=0.15) as running:
        yield running


def fetch(site, path, settings=SETTINGS, host=0):
    """Fetch one page with a fresh host registry, recording the waits between attempts instead of sleeping."""
    sleeps = []
    record = fetch_url(make_session(settings), site.url(path, host), settings, sleep=sleeps.append, hosts=HostRegistry())
    return record, sleeps


def test_every_fault_has_an_expected_outcome():
    assert set(OUTCOMES) == set(FAULTS)


@pytest.mark.parametrize("fault", sorted(OUTCOMES))
def test_fault_is_survived_and_recorded(site, fault):
    site.inject("/news/1.html", fault)
    ok, kind, hits = OUTCOMES[fault]
    record, sleeps = fetch(site, "/news/1.html")
    assert record.ok is ok and record.failure_kind == kind
    assert site.hits["/news/1.html"] == hits
    if kind is not None:
        assert record.error and record.attempts == (ATTEMPTS if kind in TRANSIENT_KINDS else 1)
    else:
        assert record.error is None and record.status == 200
    # Waits happen only between attempts; a non-transient failure never waits.
    assert len(sleeps) == record.attempts - 1


def test_retry_after_is_honoured_in_seconds(site):
    site.inject("/news/1.html", "503_retry_after")
    record, sleeps = fetch(site, "/news/1.html")
    assert record.ok and sleeps == [float(site.retry_after)]


def test_retry_after_beyond_the_cap_ends_the_retries(site):
    site.inject("/news/1.html", "429_retry_after")
    settings = Settings(**{**SETTINGS.__dict__, "max_retry_after_seconds": 5.0})
    record, sleeps = fetch(site, "/news/1.html", settings)
    assert not record.ok and record.failure_kind == "http_429" and sleeps == [] and site.hits["/news/1.html"] == 1


def test_retry_after_http_date_form():
    now = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=42), usegmt=True), now) == 42.0
    assert retry_after_seconds("120") == 120.0
    assert retry_after_seconds(format_datetime(now - timedelta(hours=1), usegmt=True), now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_backoff_is_exponential_with_full_jitter():
    import random

    rng = random.Random(3)
    for attempt in (1, 2, 3, 4):
        waits = [backoff_seconds(0.5, attempt, rng) for _ in range(200)]
        ceiling = 0.5 * 2 ** (attempt - 1)
        assert all(0 <= w <= ceiling for w in waits) and max(waits) > ceiling / 2 and len(set(waits)) == 200


def test_slow_drip_is_cut_by_the_deadline_not_the_socket_timeout(site):
    site.inject("/news/1.html", "slow_drip")
    record, _ = fetch(site, "/news/1.html")
    # Each byte arrives well within timeout_seconds, so only the whole-request deadline can stop it.
    assert site.drip_seconds < SETTINGS.timeout_seconds
    assert record.failure_kind == "timeout" and "deadline" in record.error


def test_redirect_chain_ends_on_the_final_page(site):
    site.inject("/news/2.html", "redirect_chain")
    record, _ = fetch(site, "/news/2.html")
    assert record.ok and record.final_url.endswith("/news/2.html?hop=3") and record.url.endswith("/news/2.html")
    assert b"<article>" in record.body


def test_file_redirect_is_never_followed(site):
    site.inject("/news/1.html", "redirect_to_file_scheme")
    record, _ = fetch(site, "/news/1.html")
    assert record.failure_kind == "refused_scheme" and "file:///etc/passwd" in record.error and record.body == b""


def test_size_cap_applies_to_decoded_bytes(site):
    site.inject("/news/1.html", "oversize")
    site.inject("/news/2.html", "gzip_bomb")
    cut, _ = fetch(site, "/news/1.html")
    assert cut.ok and cut.cut_at == SETTINGS.max_body_bytes and len(cut.body) == SETTINGS.max_body_bytes
    assert cut.body.startswith(b"<!doctype html>")
    bomb, _ = fetch(site, "/news/2.html")
    assert bomb.failure_kind == "decompression_bomb" and bomb.body == b""


def test_gzip_page_is_decoded(route_server):
    import gzip

    page = b"<html><body><p>" + b"calm day " * 200 + b"</p></body></html>"
    route_server.routes["/z"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(page))
    record = fetch_url(make_session(SETTINGS), route_server.base_url + "/z", SETTINGS, hosts=HostRegistry())
    assert record.ok and record.body == page and record.cut_at is None


def test_extra_headers_are_sent_with_the_user_agent(site):
    settings = SETTINGS
    fetch_url(make_session(settings), site.url("/news/1.html"), settings, extra_headers={"If-None-Match": '"v1"'},
              hosts=HostRegistry())
    sent = site.last_headers["/news/1.html"]
    assert sent["If-None-Match"] == '"v1"' and sent["User-Agent"] == settings.user_agent and "contact" in sent["User-Agent"]


def test_breaker_opens_after_k_failures_then_lets_one_trial_through(site):
    now = [1000.0]
    hosts = HostRegistry(clock=lambda: now[0])
    settings = Settings(**{**SETTINGS.__dict__, "breaker_failures": 2, "breaker_cooldown_seconds": 60.0})
    session = make_session(settings)
    paths = [f"/news/{i}.html" for i in range(5)]
    for path in paths:
        site.inject(path, "always_503")
    records = [fetch_url(session, site.url(p), settings, sleep=lambda s: None, hosts=hosts) for p in paths[:4]]
    assert [r.failure_kind for r in records] == ["http_5xx", "http_5xx", "circuit_open", "circuit_open"]
    assert [site.hits[p] for p in paths[:4]] == [ATTEMPTS, ATTEMPTS, 0, 0] and records[2].attempts == 0
    # Other hosts are not affected.
    assert fetch_url(session, site.url("/news/5.html", host=1), settings, hosts=hosts).ok
    now[0] += 61  # cool-down over: one trial goes out; it fails, so the circuit opens again
    assert fetch_url(session, site.url(paths[4]), settings, sleep=lambda s: None, hosts=hosts).failure_kind == "http_5xx"
    assert fetch_url(session, site.url(paths[3]), settings, hosts=hosts).failure_kind == "circuit_open"
    now[0] += 61
    site.faults.clear()  # the host recovers: the trial succeeds and closes the circuit
    assert fetch_url(session, site.url(paths[3]), settings, hosts=hosts).ok
    assert fetch_url(session, site.url(paths[2]), settings, hosts=hosts).ok


def _two_sources_at_once(site, settings, limits_a, limits_b):
    """Two sources fetching from one host at the same time, through one registry, as a run does."""
    hosts = HostRegistry()
    pages = [f"/news/{i}.html" for i in range(6)]
    jobs = [(pages[:3], limits_a), (pages[3:], limits_b)]
    threads = [
        threading.Thread(
            target=fetch_many,
            args=([site.url(p) for p in job], settings, limits.concurrency, limits.delay_seconds),
            kwargs={"hosts": hosts},
        )
        for job, limits in jobs
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(site.starts[0])


def test_concurrency_cap_holds_across_two_sources_on_one_host(site):
    for i in range(6):
        site.inject(f"/news/{i}.html", "slow")
    settings = Settings(**{**SETTINGS.__dict__, "host_concurrency": 2})
    _two_sources_at_once(site, settings, RequestLimits(0.0, 3), RequestLimits(0.0, 3))
    # Each source alone would allow 3 in flight; together, the host-wide cap of 2 holds.
    assert site.max_in_flight[0] == 2


def test_rate_limit_holds_across_two_sources_on_one_host(site):
    delay = 0.1
    starts = _two_sources_at_once(site, SETTINGS, RequestLimits(delay, 2), RequestLimits(delay, 2))
    gaps = [b - a for a, b in zip(starts, starts[1:])]
    assert len(starts) == 6
    # Start times are taken by the server, so allow a fifth of the limit for scheduling between client and server.
    assert min(gaps) >= delay * 0.8


def test_stricter_host_floor_beats_a_source_asking_for_none(site):
    delay = 0.1
    settings = Settings(**{**SETTINGS.__dict__, "host_delay_seconds": delay})
    starts = _two_sources_at_once(site, settings, RequestLimits(0.0, 3), RequestLimits(0.0, 3))
    assert min(b - a for a, b in zip(starts, starts[1:])) >= delay * 0.8


def test_refused_private_address_is_never_sent(site):
    record = fetch_url(make_session(Settings()), site.url("/news/1.html"), Settings(), hosts=HostRegistry())
    assert record.failure_kind == "refused_private" and record.attempts == 0 and site.hits["/news/1.html"] == 0


@pytest.mark.flow
def test_fault_matrix_survives_everything(prefect_harness, tmp_path):
    from incidentwire.faultmatrix import EXPECTED, MatrixSize, run_matrix

    matrix = run_matrix(tmp_path, MatrixSize(healthy=6, timeout_seconds=0.2, deadline_seconds=0.5))
    print(matrix.table())
    assert matrix.completed
    names = {row.fault for row in matrix.rows}
    assert set(EXPECTED) <= names and "always_503 (dead host)" in names
    for row in matrix.rows:
        assert (row.survived, row.lost, row.duplicated) == (row.injected, 0, 0), row
    assert matrix.total.injected > len(EXPECTED) and matrix.duplicated_total == 0
    # The runs row counts every failure row, and by kind.
    assert matrix.runs_failed == matrix.failure_rows == sum(matrix.failures_by_kind.values())
    assert matrix.failures_by_kind["circuit_open"] >= 1


def test_redirect_to_a_private_address_is_refused_before_it_is_sent(route_server, monkeypatch):
    import socket
    import types

    def resolve(host, *args, **kwargs):
        # The test server stands in for a public site: only the first hop's host passes as public.
        if host == "127.0.0.1":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", 0))]
        return socket.getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr("tasks.fetch.socket", types.SimpleNamespace(getaddrinfo=resolve, gaierror=socket.gaierror))
    route_server.routes["/go"] = (302, {"Location": "http://10.255.255.1/internal"}, b"")
    production = Settings(**{**SETTINGS.__dict__, "allow_private_addresses": False})
    record = fetch_url(make_session(production), route_server.base_url + "/go", production, hosts=HostRegistry())
    assert route_server.hits["/go"] == 1
    assert record.failure_kind == "refused_private" and "10.255.255.1" in record.error
    assert record.attempts == 1  # refusals are final, never retried

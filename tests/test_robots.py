"""robots.txt and the User-Agent, over real HTTP: what the server sees is what we assert."""

import dataclasses
import socket
import time
from datetime import date

import pytest

from incidentwire import pipeline
from incidentwire.settings import USER_AGENT, Settings
from incidentwire.sources import Source
from tasks import archive, robots
from tests.conftest import RouteServer, html_page

DAY = date(2026, 3, 10)
STORY = [
    "Gunmen attacked a police checkpoint near Baqubah in Diyala province on Monday, killing two policemen, officials said.",
    "The attackers fled towards the orchards north of the city, and security forces launched a search operation.",
]
HTML = {"Content-Type": "text/html; charset=utf-8"}
TEXT = {"Content-Type": "text/plain"}


def feed(base: str, paths: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{path}</title><link>{base}{path}</link><pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate></item>"
        for path in paths
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>".encode()


def site(server: RouteServer, robots_txt: bytes | None, paths=("/news/a.html", "/private/b.html")) -> Source:
    """A feed listing `paths`, each a real article page, and a robots.txt (None: no route, so a 404)."""
    server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed(server.base_url, list(paths)))
    for path in paths:
        server.routes[path] = (200, HTML, html_page(path, STORY))
    if robots_txt is not None:
        server.routes["/robots.txt"] = (200, TEXT, robots_txt)
    return Source(id="t", kind="rss", urls=(server.base_url + "/feed.xml",), delay=0.0, concurrency=2)


def settings_for(warehouse, **overrides) -> Settings:
    return Settings(warehouse=warehouse, allow_private_addresses=True, retries=0, **overrides)


def test_disallowed_articles_are_recorded_never_requested(route_server, warehouse):
    source = site(route_server, b"User-agent: *\nDisallow: /private/\n")
    result = pipeline.collect_source(source, DAY, settings_for(warehouse), "run-1")
    assert [r.url.removeprefix(route_server.base_url) for r in result.records] == ["/news/a.html"]
    [row] = result.failures
    assert (row["kind"], row["stage"], row["url"]) == ("robots_disallowed", "fetch", route_server.base_url + "/private/b.html")
    assert "/private/b.html" not in route_server.hits and route_server.hits["/news/a.html"] == 1


def test_a_disallowed_listing_is_recorded_in_discover(route_server, warehouse):
    source = site(route_server, b"User-agent: *\nDisallow: /feed.xml\n")
    result = pipeline.collect_source(source, DAY, settings_for(warehouse), "run-1")
    [row] = result.failures
    assert (row["kind"], row["stage"], result.discovered) == ("robots_disallowed", "discover", 0)
    assert "/feed.xml" not in route_server.hits


def test_our_own_group_wins_over_the_star_group_with_wildcards(route_server, warehouse):
    rules = b"User-agent: *\nDisallow: /\n\nUser-agent: incidentwire\nDisallow: /*/b.html$\nAllow: /\n"
    source = site(route_server, rules, paths=("/news/a.html", "/news/b.html", "/news/b.html?page=2"))
    result = pipeline.collect_source(source, DAY, settings_for(warehouse), "run-1")
    fetched = sorted(r.url.removeprefix(route_server.base_url) for r in result.records)
    assert fetched == ["/news/a.html", "/news/b.html?page=2"]
    assert [f["url"].removeprefix(route_server.base_url) for f in result.failures] == ["/news/b.html"]


@pytest.mark.parametrize(
    "status, mode",
    [(200, robots.OBEY), (404, robots.ALLOW_ALL), (410, robots.ALLOW_ALL), (403, robots.ALLOW_ALL),
     (429, robots.DISALLOW_ALL), (500, robots.DISALLOW_ALL), (503, robots.DISALLOW_ALL)],
)
def test_robots_status_maps_to_the_crawler_convention(route_server, warehouse, status, mode):
    source = site(route_server, None)
    route_server.routes["/robots.txt"] = (status, TEXT, b"User-agent: *\nDisallow: /private/\n")
    result = pipeline.collect_source(source, DAY, settings_for(warehouse), f"run-{status}")
    policy = robots.for_run(f"run-{status}", settings_for(warehouse)).policy(source.urls[0])
    assert (policy.mode, policy.status) == (mode, status)
    fetched = {r.url.removeprefix(route_server.base_url) for r in result.records}
    expected = {"obey": {"/news/a.html"}, "allow_all": {"/news/a.html", "/private/b.html"}, "disallow_all": set()}[mode]
    assert fetched == expected
    if mode == robots.DISALLOW_ALL:  # the listing too is refused, with the reason recorded
        assert [f["kind"] for f in result.failures] == ["robots_disallowed"]
        assert f"HTTP {status}" in result.failures[0]["error"] and route_server.hits.get("/feed.xml") is None


def test_an_unreachable_robots_txt_disallows_its_host_only(route_server, warehouse):
    with socket.socket() as probe:  # a port nobody listens on: connection refused
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}"
    source = site(route_server, None)
    route_server.routes["/feed.xml"] = (
        200, {"Content-Type": "application/rss+xml"}, feed("", [route_server.base_url + "/news/a.html", dead + "/x.html"])
    )
    result = pipeline.collect_source(source, DAY, settings_for(warehouse), "run-1")
    assert [r.url for r in result.records] == [route_server.base_url + "/news/a.html"]
    [row] = result.failures
    assert row["url"] == dead + "/x.html" and row["kind"] == "robots_disallowed" and "unavailable" in row["error"]


def test_robots_txt_is_fetched_once_per_host_and_run_and_archived(route_server, warehouse):
    source = site(route_server, b"User-agent: *\nDisallow: /private/\n")
    second = Source(id="t2", kind="rss", urls=(route_server.base_url + "/feed.xml",), delay=0.0)
    settings = settings_for(warehouse)
    for each in (source, second):  # two sources, discovery and fetch: one robots.txt request
        pipeline.collect_source(each, DAY, settings, "run-1")
    assert route_server.hits["/robots.txt"] == 1
    pipeline.collect_source(source, DAY, settings, "run-2")
    assert route_server.hits["/robots.txt"] == 2
    stored = archive.latest_ok_record(warehouse, route_server.base_url + "/robots.txt")
    assert stored.kind == "robots" and stored.run_id == "run-2" and b"Disallow" in stored.body


def test_obey_robots_false_skips_robots_entirely(route_server, warehouse):
    source = site(route_server, b"User-agent: *\nDisallow: /\n")
    result = pipeline.collect_source(source, DAY, settings_for(warehouse, obey_robots=False), "run-1")
    assert len(result.records) == 2 and result.failures == [] and "/robots.txt" not in route_server.hits


def test_crawl_delay_spaces_requests_to_the_host(route_server, warehouse):
    arrivals: list[float] = []
    paths = ["/news/a.html", "/news/b.html", "/news/c.html"]
    source = site(route_server, b"User-agent: *\nCrawl-delay: 0.15\n", paths=paths)
    for path in paths:
        page = html_page(path, STORY)
        route_server.routes[path] = lambda page=page: (arrivals.append(time.monotonic()), (200, HTML, page))[1]
    settings = settings_for(warehouse)
    result = pipeline.collect_source(source, DAY, settings, "run-1")
    assert len(result.records) == 3
    assert robots.for_run("run-1", settings).delay_seconds(source.urls[0]) == 0.15
    gaps = [later - earlier for earlier, later in zip(sorted(arrivals), sorted(arrivals)[1:])]
    assert min(gaps) >= 0.15 * 0.9  # a lower bound the limiter guarantees (timer granularity aside)


def test_crawl_delay_is_capped_and_request_rate_counts():
    settings = Settings(max_crawl_delay_seconds=5.0, allow_private_addresses=True)
    fetched = {"/robots.txt": b"User-agent: *\nCrawl-delay: 86400\n"}
    cache = robots.RobotsCache(settings, lambda url: _record(url, fetched["/robots.txt"]))
    assert cache.delay_seconds("http://h.example/x") == 5.0
    rate = robots.policy_from_record(_record("http://h.example/robots.txt", b"User-agent: *\nRequest-rate: 1/4\n"))
    assert rate.delay_seconds("incidentwire") == 4.0


def test_every_request_carries_our_user_agent_with_a_contact(route_server, warehouse):
    source = site(route_server, b"User-agent: *\nAllow: /\n")
    pipeline.collect_source(source, DAY, settings_for(warehouse), "run-1")
    seen = {path: headers.get("User-Agent") for path, headers in route_server.requests}
    assert set(seen) == {"/robots.txt", "/feed.xml", "/news/a.html", "/private/b.html"}
    assert set(seen.values()) == {USER_AGENT}
    assert "contact:" in USER_AGENT and USER_AGENT.startswith(robots.agent_token(USER_AGENT) + "/")


def _record(url: str, body: bytes):
    from datetime import datetime, timezone

    from tasks.fetch import FetchRecord

    return FetchRecord(url, url, 200, {}, body, datetime.now(timezone.utc), 1)


def test_listings_are_spaced_by_the_source_delay_and_crawl_delay(route_server, warehouse):
    arrivals: list[float] = []
    feeds = ["/feed-1.xml", "/feed-2.xml", "/feed-3.xml"]
    source = site(route_server, b"User-agent: *\nCrawl-delay: 0.15\n", paths=[])
    for path in feeds:
        body = b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title></channel></rss>"
        route_server.routes[path] = lambda body=body: (arrivals.append(time.monotonic()), (200, {}, body))[1]
    source = dataclasses.replace(source, urls=tuple(route_server.base_url + path for path in feeds), delay=0.0)
    pipeline.discover_source(source, settings_for(warehouse), "run-1")
    assert len(arrivals) == 3
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
    assert min(gaps) >= 0.15 * 0.9  # the source asks for no delay; robots.txt's Crawl-delay still spaces its feeds

"""Conditional GET over real HTTP: an unchanged listing or refetched page costs a 304, not a download."""

from datetime import date
from pathlib import Path

import pytest

from incidentwire import pipeline
from incidentwire.settings import Settings
from incidentwire.sources import Source
from tasks import archive, land, revalidate
from tests.conftest import demo_flow_options, html_page, sql

DAY = date(2026, 3, 10)
STORY = [
    "Gunmen attacked a police checkpoint near Baqubah in Diyala province on Monday, killing two policemen, officials said.",
    "The attackers fled towards the orchards north of the city, and security forces launched a search operation.",
    "No group has claimed responsibility for the attack, the latest in a series of raids on checkpoints in the province.",
]
MODIFIED = "Tue, 10 Mar 2026 08:00:00 GMT"
VALIDATORS = {"etag": {"ETag": '"v1"'}, "last-modified": {"Last-Modified": MODIFIED}}


def feed(base: str, names: list[str]) -> bytes:
    items = "".join(
        f"<item><title>{name}</title><link>{base}/{name}.html</link><pubDate>{MODIFIED}</pubDate></item>" for name in names
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>".encode()


def site(server, validator: str = "etag") -> Source:
    """A feed and two article pages, each served with an ETag or a Last-Modified."""
    headers = VALIDATORS[validator]
    server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", **headers}, feed(server.base_url, ["a", "b"]))
    for name in ("a", "b"):
        page = html_page(f"Checkpoint attack {name}", [f"{name.upper()}: {STORY[0]}", *STORY[1:]])
        server.routes[f"/{name}.html"] = (200, {"Content-Type": "text/html; charset=utf-8", **headers}, page)
    return Source(id="t", kind="rss", urls=(server.base_url + "/feed.xml",), delay=0.0, concurrency=2)


def settings_for(warehouse) -> Settings:
    return Settings(warehouse=warehouse, allow_private_addresses=True, retries=0)


def sent(server, path: str) -> list[dict]:
    return [headers for seen, headers in server.requests if seen == path]


@pytest.mark.parametrize("validator, request_header", [("etag", "If-None-Match"), ("last-modified", "If-Modified-Since")])
def test_an_unchanged_listing_costs_a_304_and_still_gives_its_links(route_server, warehouse, validator, request_header):
    source = site(route_server, validator)
    settings = settings_for(warehouse)
    first = pipeline.collect_source(source, DAY, settings, "run-1")
    second = pipeline.collect_source(source, DAY, settings, "run-2")
    feed_size = len(route_server.routes["/feed.xml"][2])
    first_request, second_request = sent(route_server, "/feed.xml")
    assert request_header not in first_request and second_request[request_header] == list(VALIDATORS[validator].values())[0]
    assert route_server.body_bytes["/feed.xml"] == feed_size  # the second answer was a bodiless 304
    assert (first.not_modified, second.not_modified) == (0, 1)
    assert second.discovered == first.discovered == 2 and second.failures == []
    stored = archive.latest_ok_record(warehouse, source.urls[0])
    assert stored.run_id == "run-2" and len(stored.body) == feed_size and revalidate.REVALIDATED_HEADER in stored.headers


def test_a_changed_listing_is_downloaded_again(route_server, warehouse):
    source = site(route_server)
    settings = settings_for(warehouse)
    pipeline.collect_source(source, DAY, settings, "run-1")
    route_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml", "ETag": '"v2"'}, feed(route_server.base_url, ["a", "b", "c"]))
    again = pipeline.collect_source(source, DAY, settings, "run-2")
    assert again.not_modified == 0 and again.discovered == 3
    assert sent(route_server, "/feed.xml")[1]["If-None-Match"] == '"v1"'


def test_refetch_revalidates_archived_pages_once_per_run(route_server, warehouse):
    source = site(route_server)
    settings = settings_for(warehouse)
    links = pipeline.discover_source(source, settings, "run-1").links
    first = pipeline.fetch_links(source, links, settings, "run-1")
    daily_again = pipeline.fetch_links(source, links, settings, "run-2")  # daily: archived pages are not asked for
    assert (first.fetched, daily_again.from_archive, route_server.hits["/a.html"]) == (2, 2, 1)
    refetched = pipeline.fetch_links(source, links, settings, "run-3", refetch=True)
    assert (refetched.fetched, refetched.not_modified, route_server.hits["/a.html"]) == (2, 2, 2)
    assert sent(route_server, "/a.html")[1]["If-None-Match"] == '"v1"'
    assert route_server.body_bytes["/a.html"] == len(route_server.routes["/a.html"][2])  # sent once, in run-1
    assert sorted(r.body for r in refetched.records) == sorted(r.body for r in first.records)
    assert {r.run_id for r in refetched.records} == {"run-3"}
    # Another day of the same backfill lists them again: already confirmed in this run, not asked again.
    same_run = pipeline.fetch_links(source, links, settings, "run-3", refetch=True)
    assert (same_run.from_archive, route_server.hits["/a.html"]) == (2, 2)


def test_pages_confirmed_by_304_land_the_same_rows_once(route_server, warehouse):
    source = site(route_server)
    settings = settings_for(warehouse)
    landed = []
    for run_id in ("run-1", "run-2"):
        result = pipeline.collect_source(source, DAY, settings, run_id, refetch=True)
        articles, failures = pipeline.clean_records(result.records, {"t": "en"})
        assert failures == []
        pipeline.land_day(warehouse, DAY, pipeline.dedup_day(articles, [], 0.7), [])
        rows = land.read_rows(warehouse, "articles", [DAY])
        landed.append(sorted((row["id"], row["url"], row["body_text"]) for row in rows))
    assert result.not_modified == 3  # the feed and both pages
    assert landed[0] == landed[1] and len(landed[1]) == len({row[0] for row in landed[1]}) == 2


@pytest.mark.flow
def test_flows_count_304s_and_land_identical_tables(prefect_harness, tmp_path):
    from demo_site.server import start
    from flows.pipeline import backfill, daily

    warehouse = tmp_path / "warehouse"
    days = ["2026-03-10", "2026-03-11"]
    with start() as demo:
        options = demo_flow_options(demo, warehouse)
        runs = [daily(date=day, **options) for day in days]
        stable = "SELECT * EXCLUDE (fetched_at, run_id) FROM articles ORDER BY ALL"
        before = sql(warehouse, stable)
        refetch = backfill(start=days[0], end=days[-1], refetch=True, **options)
    listings = _archived(warehouse, runs[1]["run_id"], "listing")
    assert runs[0]["not_modified"] == 0 and runs[1]["not_modified"] == listings > 0
    # The backfill revalidates every listing (once per day) and every archived article: all unchanged.
    revalidated = _archived(warehouse, refetch["run_id"], "listing") + _archived(warehouse, refetch["run_id"], "article")
    assert refetch["not_modified"] == revalidated and refetch["fetched"] == runs[0]["fetched"] + runs[1]["fetched"]
    assert sql(warehouse, stable) == before
    assert sql(warehouse, "SELECT count(*) - count(DISTINCT id) FROM articles") == [(0,)]
    assert sql(warehouse, "SELECT sum(not_modified) FROM runs") == [(runs[1]["not_modified"] + refetch["not_modified"],)]


def _archived(warehouse: Path, run_id: str, kind: str) -> int:
    """Archived records of one run and kind that a 304 confirmed."""
    count = 0
    for path in (warehouse / archive.ARCHIVE_DIR).glob("*/*/*.raw.gz"):
        record = archive.read_record(path)
        count += record.run_id == run_id and record.kind == kind and revalidate.REVALIDATED_HEADER in record.headers
    return count

"""The plain-function pipeline steps the flows wrap: collect a source, clean, land."""

from datetime import date

from incidentwire import pipeline
from tasks import land
from incidentwire.settings import Settings
from incidentwire.sources import Source
from tests.conftest import html_page

DAY = date(2026, 3, 10)
STORY = [
    "Gunmen attacked a police checkpoint near Baqubah in Diyala province on Monday, killing two policemen, officials said.",
    "The attackers fled towards the orchards north of the city, and security forces launched a search operation.",
    "No group has claimed responsibility for the attack, the latest in a series of raids on checkpoints in the province.",
]


def feed(base: str) -> bytes:
    items = "".join(
        f"<item><title>{name}</title><link>{base}/{name}.html</link><pubDate>{stamp}</pubDate></item>"
        for name, stamp in (
            ("good", "Tue, 10 Mar 2026 08:00:00 GMT"),
            ("broken", "Tue, 10 Mar 2026 09:00:00 GMT"),
            ("yesterday", "Mon, 09 Mar 2026 09:00:00 GMT"),
        )
    )
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>".encode()


def setup_site(server) -> Source:
    server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, feed(server.base_url))
    server.routes["/good.html"] = (200, {"Content-Type": "text/html; charset=utf-8"}, html_page("Checkpoint attack", STORY))
    server.routes["/broken.html"] = (500, {}, b"oops")
    return Source(id="t", kind="rss", urls=(server.base_url + "/feed.xml",), delay=0.0, concurrency=2)


def test_collect_source_records_failures_and_reuses_the_archive(route_server, warehouse):
    source = setup_site(route_server)
    settings = Settings(warehouse=warehouse, allow_private_addresses=True, retries=1, retry_backoff_seconds=0.01)
    first = pipeline.collect_source(source, DAY, settings, "run-1")
    assert (first.discovered, first.fetched, first.from_archive) == (2, 1, 0)
    assert [(f["stage"], f["status"]) for f in first.failures] == [("fetch", 500)]
    assert "/yesterday.html" not in route_server.hits
    again = pipeline.collect_source(source, DAY, settings, "run-2")
    assert (again.fetched, again.from_archive) == (0, 1) and route_server.hits["/good.html"] == 1
    assert again.records[0].run_id == "run-1"  # the article keeps the run that first fetched it


def test_a_broken_feed_is_recorded_not_raised(route_server, warehouse):
    source = setup_site(route_server)
    route_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, b"<html>no feed here</html>")
    result = pipeline.collect_source(source, DAY, Settings(warehouse=warehouse, allow_private_addresses=True), "r")
    assert result.discovered == 0 and result.failures[0]["stage"] == "discover"


def test_clean_land_and_read_back(route_server, warehouse):
    source = setup_site(route_server)
    settings = Settings(warehouse=warehouse, allow_private_addresses=True, retries=0)
    records = pipeline.collect_source(source, DAY, settings, "r").records
    articles, failures = pipeline.clean_records(records, {"t": "en"})
    assert failures == [] and len(articles) == 1
    marked = pipeline.dedup_day(articles + articles, [], 0.7)
    pipeline.land_day(warehouse, DAY, marked, [])
    [row] = [pipeline.article_from_row(r) for r in land.read_rows(warehouse, "articles")]
    assert row.article_id == articles[0].article_id and row.body_text == articles[0].body_text

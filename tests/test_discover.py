from datetime import date, datetime, timezone

import pytest

from incidentwire.sources import Source
from tasks.discover import DiscoveryError, Link, links_for_date, parse_links, parse_sitemap
from tasks.fetch import FetchRecord

NOW = datetime(2026, 3, 10, tzinfo=timezone.utc)

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>https://news.example/2026/03/10/one.html?utm_source=rss</link>
<pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate></item>
<item><title>Two</title><link>https://news.example/two.html</link><pubDate>Mon, 09 Mar 2026 23:30:00 +0000</pubDate></item>
</channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>Three</title><link href="https://news.example/three"/><updated>2026-03-11T10:00:00Z</updated></entry></feed>"""
NEWS_SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://news.example/four</loc><lastmod>2026-03-12</lastmod>
<news:news><news:publication_date>2026-03-12T05:00:00+05:00</news:publication_date><news:title>Four</news:title></news:news></url>
</urlset>"""
SITEMAP_INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example/sitemap-1.xml</loc></sitemap></sitemapindex>"""
LISTING = b"""<html><body><ul class="story-list"><li><a class="headline" href="/five.html">Five</a></li>
<li><a class="headline" href="mailto:x@y">mail</a></li></ul><a href="/nav">Nav</a></body></html>"""


def record(body: bytes, url: str = "https://news.example/feed", status: int = 200) -> FetchRecord:
    return FetchRecord(url, url, status, {}, body, NOW, 1, error=None if status == 200 else f"HTTP {status}")


def source(kind: str, selector: str | None = None) -> Source:
    return Source(id="s", kind=kind, urls=("https://news.example/feed",), link_selector=selector)


def test_rss_entries_with_dates():
    links, children = parse_links(source("rss"), record(RSS))
    assert [l.title for l in links] == ["One", "Two"] and children == []
    assert links[0].published == datetime(2026, 3, 10, 8, tzinfo=timezone.utc)


def test_atom_entries():
    [link] = parse_links(source("atom"), record(ATOM))[0]
    assert link.url == "https://news.example/three" and link.published.day == 11


def test_news_sitemap_publication_date_in_utc():
    [link] = parse_links(source("news-sitemap"), record(NEWS_SITEMAP))[0]
    assert link.published == datetime(2026, 3, 12, 0, tzinfo=timezone.utc) and link.title == "Four"


def test_sitemap_index_gives_children():
    links, children = parse_links(source("sitemap"), record(SITEMAP_INDEX))
    assert links == [] and children == ["https://news.example/sitemap-1.xml"]


def test_listing_page_uses_the_selector_and_keeps_http_links():
    links, _ = parse_links(source("html", "ul.story-list a.headline"), record(LISTING))
    assert [l.url for l in links] == ["https://news.example/five.html"]


def test_broken_inputs_raise_discovery_errors():
    with pytest.raises(DiscoveryError, match="malformed feed"):
        parse_links(source("rss"), record(b"<html><body>not a feed</body></html>"))
    with pytest.raises(DiscoveryError, match="HTTP 500"):
        parse_links(source("rss"), record(b"", status=500))


def test_xml_entities_are_refused_and_never_expanded():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://n.example/&b;</loc></url></urlset>"""
    with pytest.raises(DiscoveryError, match="refused XML"):
        parse_links(source("sitemap"), record(bomb))
    # Behind the refusal, the sitemap parser itself does not expand entities either.
    links, _ = parse_sitemap(source("sitemap"), record(bomb))
    assert all("aaaaaaaaaa" not in l.url for l in links)


def test_links_for_date_keeps_that_day_and_undated_links():
    links = [
        Link("https://a/1", "s", datetime(2026, 3, 10, 1, tzinfo=timezone.utc)),
        Link("https://a/2", "s", datetime(2026, 3, 9, 23, tzinfo=timezone.utc)),
        Link("https://a/3", "s", None),
        Link("https://a/1", "s", datetime(2026, 3, 10, 1, tzinfo=timezone.utc)),
    ]
    assert [l.url for l in links_for_date(links, date(2026, 3, 10))] == ["https://a/1", "https://a/3"]

"""Discover stage: turn a fetched feed, sitemap or listing page into article links."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urljoin

import feedparser
from bs4 import BeautifulSoup
from lxml import etree

from incidentwire.sources import Source
from tasks.fetch import FetchRecord

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
# No entity expansion and no network: a feed is untrusted input.
_SAFE_XML = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)


class DiscoveryError(ValueError):
    """A feed, sitemap or listing page could not be read."""


@dataclass(frozen=True)
class Link:
    """An article link found by discovery, with what the listing said about it."""

    url: str
    source_id: str
    published: datetime | None = None
    title: str | None = None

    def hint(self) -> dict:
        """The listing's metadata, kept with the fetched record."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "source_id": self.source_id,
        }


def parse_links(source: Source, record: FetchRecord, max_entries: int = 2000) -> tuple[list[Link], list[str]]:
    """Links in one fetched listing, plus child sitemap URLs to follow (sitemap indexes)."""
    if not record.ok:
        raise DiscoveryError(f"{source.id}: {record.url}: {record.error or record.status}")
    if source.kind in ("rss", "atom"):
        return parse_feed(source, record)[:max_entries], []
    if source.kind in ("sitemap", "news-sitemap"):
        links, children = parse_sitemap(source, record)
        return links[:max_entries], children
    return parse_listing(source, record)[:max_entries], []


def parse_feed(source: Source, record: FetchRecord) -> list[Link]:
    """Entries of an RSS or Atom feed."""
    parsed = feedparser.parse(record.body, response_headers={"content-location": record.final_url})
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"{source.id}: malformed feed at {record.url}: {parsed.get('bozo_exception')}")
    links = []
    for entry in parsed.entries:
        href = entry.get("link")
        if not href:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc) if stamp else None
        links.append(Link(urljoin(record.final_url, href), source.id, published, entry.get("title")))
    return links


def parse_sitemap(source: Source, record: FetchRecord) -> tuple[list[Link], list[str]]:
    """URLs of a sitemap or news sitemap, and the child sitemaps of a sitemap index."""
    try:
        root = etree.fromstring(record.body, _SAFE_XML)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{source.id}: malformed sitemap at {record.url}: {exc}") from exc
    if root is None:
        raise DiscoveryError(f"{source.id}: empty sitemap at {record.url}")
    children = [loc.strip() for loc in root.xpath("//sm:sitemap/sm:loc/text()", namespaces=SITEMAP_NS)]
    links = []
    for node in root.xpath("//sm:url", namespaces=SITEMAP_NS):
        loc = node.findtext("sm:loc", namespaces=SITEMAP_NS)
        if not loc:
            continue
        stamp = node.findtext("news:news/news:publication_date", namespaces=SITEMAP_NS) or node.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        title = node.findtext("news:news/news:title", namespaces=SITEMAP_NS)
        links.append(Link(loc.strip(), source.id, parse_timestamp(stamp), title))
    return links, children


def parse_listing(source: Source, record: FetchRecord) -> list[Link]:
    """Links matched by the source's CSS selector on an HTML listing page."""
    soup = BeautifulSoup(record.body, "lxml")
    links, seen = [], set()
    for anchor in soup.select(source.link_selector or "a"):
        href = anchor.get("href")
        if not href:
            continue
        url = urljoin(record.final_url, href)
        if url.startswith(("http://", "https://")) and url not in seen:
            seen.add(url)
            links.append(Link(url, source.id, None, anchor.get_text(" ", strip=True) or None))
    return links


def parse_timestamp(text: str | None) -> datetime | None:
    """Parse an ISO 8601 date or datetime (as sitemaps give them) into UTC."""
    if not text:
        return None
    text = text.strip().replace("Z", "+00:00")
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=timezone.utc)
    return stamp.astimezone(timezone.utc)


def links_for_date(links: list[Link], day: date) -> list[Link]:
    """Links published on `day` (UTC), plus undated links whose date the page itself must tell."""
    kept, seen = [], set()
    for link in links:
        if link.url in seen:
            continue
        if link.published is None or link.published.date() == day:
            seen.add(link.url)
            kept.append(link)
    return kept

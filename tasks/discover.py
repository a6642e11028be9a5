"""Discover stage: turn a fetched feed, sitemap or listing page into article links."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlsplit

import defusedxml
import feedparser
from bs4 import BeautifulSoup
from defusedxml.ElementTree import DefusedXMLParser, ParseError
from feedparser.exceptions import ThingsNobodyCaresAboutButMe
from lxml import etree

from incidentwire.sources import Source
from tasks.fetch import FetchRecord

SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})
LINK_SCHEMES = frozenset({"http", "https"})  # javascript:, data:, file:, mailto: ... links are dropped
ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.IGNORECASE)
XML_REFUSED_KIND = "xml_refused"  # failure kind of a feed or sitemap declaring entities (bombs, XXE)
CLOSED_DOCUMENT = re.compile(rb"</[\w:.-]+>\s*$")  # a complete feed or sitemap ends with its root's end tag
RECOVERED_KIND = "malformed_recovered"  # failure kind of a malformed listing read in part (its good entries kept)


class DiscoveryError(ValueError):
    """A feed, sitemap or listing page could not be read; `kind` classifies it in fetch_failures."""

    def __init__(self, message: str, kind: str = "malformed_listing") -> None:
        super().__init__(message)
        self.kind = kind


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


@dataclass
class Listing:
    """What one fetched listing held: article links, child sitemaps, and a note if it was repaired."""

    links: list[Link]
    children: list[str]
    recovered: str | None = None  # set when a malformed feed or sitemap was read in part


def parse_links(source: Source, record: FetchRecord, max_entries: int = 2000) -> tuple[list[Link], list[str]]:
    """Links in one fetched listing, plus child sitemap URLs to follow (sitemap indexes)."""
    listing = read_listing(source, record, max_entries)
    return listing.links, listing.children


def read_listing(source: Source, record: FetchRecord, max_entries: int = 2000) -> Listing:
    """Read one fetched feed, sitemap or listing page; raise DiscoveryError when nothing usable is in it."""
    if not record.ok:
        raise DiscoveryError(f"{source.id}: {record.url}: {record.error or record.status}")
    if source.kind in ("rss", "atom", "sitemap", "news-sitemap"):
        refuse_xml_entities(source, record)
    if source.kind in ("rss", "atom"):
        links, recovered = _read_feed(source, record)
        return Listing(links[:max_entries], [], recovered)
    if source.kind in ("sitemap", "news-sitemap"):
        links, children, recovered = _read_sitemap(source, record)
        return Listing(links[:max_entries], children, recovered)
    links = parse_listing(source, record)
    if not links:
        # A listing page always holds links: none means a broken page, binary bytes or a changed layout.
        raise DiscoveryError(f"{source.id}: no article links match {source.link_selector!r} at {record.url}", "no_links")
    return Listing(links[:max_entries], [])


def refuse_xml_entities(source: Source, record: FetchRecord) -> None:
    """Refuse a feed or sitemap that declares entities (XML bombs, external entities), by defusedxml.

    Feeds and sitemaps never need their own entities. Only the prolog can declare them, so the
    check stops at the root element: it costs a few microseconds on a normal feed.
    """
    parser = DefusedXMLParser(target=_StopAtRoot(), forbid_dtd=False, forbid_entities=True, forbid_external=True)
    try:
        parser.feed(record.body)
        parser.close()
    except _RootReached:
        return
    except defusedxml.DefusedXmlException as exc:
        raise DiscoveryError(f"{source.id}: refused XML at {record.url}: {exc}", XML_REFUSED_KIND) from exc
    except ParseError:
        # Not well-formed before its root: the lenient parsers will try it, but never with entities.
        if ENTITY_DECLARATION.search(record.body.replace(b"\x00", b"")):
            raise DiscoveryError(f"{source.id}: refused XML at {record.url}: malformed, with entity declarations", XML_REFUSED_KIND)


def parse_feed(source: Source, record: FetchRecord) -> list[Link]:
    """Entries of an RSS or Atom feed."""
    return _read_feed(source, record)[0]


def _read_feed(source: Source, record: FetchRecord) -> tuple[list[Link], str | None]:
    parsed = feedparser.parse(record.body, response_headers={"content-location": record.final_url})
    if parsed.bozo and not parsed.entries:
        raise DiscoveryError(f"{source.id}: malformed feed at {record.url}: {parsed.get('bozo_exception')}")
    # feedparser also flags harmless things (no Content-Type given, a charset overridden): not malformed.
    malformed = parsed.bozo and not isinstance(parsed.get("bozo_exception"), ThingsNobodyCaresAboutButMe)
    links = []
    for entry in _without_cut_entry(parsed.entries, record.body) if malformed else parsed.entries:
        url = http_url(record.final_url, entry.get("link"))
        if not url:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = datetime.fromtimestamp(calendar.timegm(stamp), tz=timezone.utc) if stamp else None
        links.append(Link(url, source.id, published, entry.get("title")))
    recovered = None
    if malformed:
        recovered = f"{source.id}: malformed feed at {record.url}, {len(links)} entries kept: {parsed.get('bozo_exception')}"
    return links, recovered


def parse_sitemap(source: Source, record: FetchRecord) -> tuple[list[Link], list[str]]:
    """URLs of a sitemap or news sitemap, and the child sitemaps of a sitemap index."""
    links, children, _ = _read_sitemap(source, record)
    return links, children


def _read_sitemap(source: Source, record: FetchRecord) -> tuple[list[Link], list[str], str | None]:
    # A parser per call: its error log tells whether recovery dropped part of the document.
    # No entity expansion and no network either, a second guard behind refuse_xml_entities.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(record.body, parser)
    except etree.XMLSyntaxError as exc:
        raise DiscoveryError(f"{source.id}: malformed sitemap at {record.url}: {exc}") from exc
    if root is None:
        raise DiscoveryError(f"{source.id}: empty sitemap at {record.url}")
    if etree.QName(root).localname not in SITEMAP_ROOTS:
        raise DiscoveryError(f"{source.id}: not a sitemap at {record.url} (root element <{etree.QName(root).localname}>)")
    children = [
        url
        for loc in root.xpath("//sm:sitemap/sm:loc/text()", namespaces=SITEMAP_NS)
        if (url := http_url(record.final_url, loc))
    ]
    nodes = root.xpath("//sm:url", namespaces=SITEMAP_NS)
    links = []
    for node in _without_cut_entry(nodes, record.body) if len(parser.error_log) else nodes:
        url = http_url(record.final_url, node.findtext("sm:loc", namespaces=SITEMAP_NS))
        if not url:
            continue
        stamp = node.findtext("news:news/news:publication_date", namespaces=SITEMAP_NS) or node.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        title = node.findtext("news:news/news:title", namespaces=SITEMAP_NS)
        links.append(Link(url, source.id, parse_timestamp(stamp), title))
    recovered = None
    if len(parser.error_log):
        recovered = f"{source.id}: malformed sitemap at {record.url}, {len(links)} URLs kept: {parser.error_log[0].message}"
    return links, children, recovered


def parse_listing(source: Source, record: FetchRecord) -> list[Link]:
    """Links matched by the source's CSS selector on an HTML listing page."""
    soup = BeautifulSoup(record.body, "lxml")
    links, seen = [], set()
    for anchor in soup.select(source.link_selector or "a"):
        url = http_url(record.final_url, anchor.get("href"))
        if url and url not in seen:
            seen.add(url)
            links.append(Link(url, source.id, None, anchor.get_text(" ", strip=True) or None))
    return links


def http_url(base: str, href: object) -> str | None:
    """`href` resolved against `base` if it is an http(s) URL with a host; None for any other scheme."""
    if not isinstance(href, str) or not href.strip():
        return None
    url = urljoin(base, href.strip())
    parts = urlsplit(url)
    return url if parts.scheme.lower() in LINK_SCHEMES and parts.hostname else None


def _without_cut_entry(entries: list, body: bytes) -> list:
    # A document cut short (a dropped connection, the size cap) may end inside its last entry,
    # whose URL the lenient parser then returns cut: that entry is dropped, the others kept.
    if CLOSED_DOCUMENT.search(body[-512:].replace(b"\x00", b"")):
        return entries
    return entries[:-1]


class _RootReached(Exception):
    pass


class _StopAtRoot:
    """An ElementTree parser target that stops the parse at the root element (the prolog is read)."""

    def start(self, tag: str, attrib: dict) -> None:
        raise _RootReached

    def end(self, tag: str) -> None:
        pass

    def data(self, data: str) -> None:
        pass

    def close(self) -> None:
        pass


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

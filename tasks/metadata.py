"""Page metadata: title, publication time, canonical URL, language and author, from the markup.

Each field is read from an ordered list of sources (structured data first, then meta tags, then
visible markup, then the URL), so the rule order is data and the first sane value wins.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from datetime import datetime, timezone
from typing import Iterator
from urllib.parse import urljoin

from dateutil import parser as date_parser
from lxml import etree

from tasks.content import parse_document
from tasks.discover import parse_timestamp

# Meta tags that carry the publication time, best first (names are lower-cased).
PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "article.published",
    "published-date",
    "cxenseparse:recs:publishtime",
)
TITLE_META = ("og:title", "twitter:title", "title")
AUTHOR_META = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author")
LANGUAGE_META = ("content-language", "language", "dc.language", "og:locale")
# Zone names that dateutil does not know but news pages print after a time.
TIMEZONES = {
    "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600, "MST": -7 * 3600,
    "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600, "GMT": 0, "UTC": 0, "BST": 3600,
    "CET": 3600, "CEST": 7200, "EAT": 3 * 3600, "WAT": 3600, "IST": 19800, "PKT": 5 * 3600,
}
URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](\d\d)[/-](\d\d)(?:/|-|$)")
BYLINE_PREFIX = re.compile(r"^\s*(?:by|written by|por|par|von)\s+", re.IGNORECASE)
WHITESPACE = re.compile(r"\s+")
EARLIEST_YEAR = 1995  # before the web carried news pages; earlier stamps are placeholders like 0001-01-01
# Compiled once: a page's metadata reads a dozen paths, each a walk over the whole tree.
CANONICAL_LINK = etree.XPath("string(//link[@rel='canonical']/@href)")
META_WITH_CONTENT = etree.XPath("//meta[@content]")
JSON_LD_SCRIPTS = etree.XPath("//script[@type='application/ld+json']/text()")
FIRST_H1 = etree.XPath("//h1")
TITLE_TAG = etree.XPath("//title")
ITEMPROP_PUBLISHED = etree.XPath("//*[@itemprop='datePublished']/@content | //*[@itemprop='datePublished']/@datetime")
TIME_PUBLISHED = etree.XPath("//time[@pubdate or @itemprop='datePublished']/@datetime")
TIME_ANY = etree.XPath("//time/@datetime")
ITEMPROP_AUTHOR = etree.XPath("//*[@itemprop='author']//*[@itemprop='name'] | //*[@itemprop='author']")
REL_AUTHOR = etree.XPath("//a[@rel='author']")


def page_metadata(html: str, url: str, text: str | None = None) -> dict:
    """Title, publication time, canonical URL, language and author from the page's markup."""
    tree = parse_document(html)
    return tree_metadata(tree, url, text) if tree is not None else {}


def tree_metadata(tree, url: str, text: str | None = None) -> dict:
    """page_metadata on an already parsed page (tasks.content.parse_document), so a page is parsed once."""
    json_ld = json_ld_article(tree)
    meta = meta_tags(tree)
    canonical = CANONICAL_LINK(tree).strip() or meta.get("og:url")
    return {
        "title": extract_title(tree, json_ld, meta),
        "published_at": extract_published(tree, json_ld, meta, url),
        "canonical_url": urljoin(url, canonical) if canonical else None,
        "language": extract_language(tree, json_ld, meta, text),
        "author": extract_author(tree, json_ld, meta),
    }


def meta_tags(tree) -> dict[str, str]:
    """The page's <meta> values by lower-cased property, name or itemprop; the first of each wins."""
    tags: dict[str, str] = {}
    for node in META_WITH_CONTENT(tree):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or node.get("http-equiv") or "").lower()
        content = node.get("content").strip()
        if key and content:
            tags.setdefault(key, content)
    return tags


def json_ld_article(tree) -> dict:
    """The first JSON-LD item that looks like an article (has a headline or a publication date)."""
    for script in JSON_LD_SCRIPTS(tree):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _json_ld_items(data):
            if "datePublished" in item or "headline" in item:
                return item
    return {}


def extract_title(tree, json_ld: dict, meta: dict[str, str]) -> str | None:
    """The headline: JSON-LD, then OpenGraph/Twitter, then the first <h1>, then <title>."""
    for candidate in _title_candidates(tree, json_ld, meta):
        if isinstance(candidate, str):
            title = WHITESPACE.sub(" ", html_lib.unescape(candidate)).strip()
            if title:
                return title
    return None


def extract_published(tree, json_ld: dict, meta: dict[str, str], url: str) -> datetime | None:
    """The publication time in UTC: JSON-LD, meta tags, itemprop, <time>, then a date in the URL."""
    best: datetime | None = None
    for candidate in _published_candidates(tree, json_ld, meta):
        stamp = parse_page_date(candidate) if isinstance(candidate, str) else None
        if stamp is None:
            continue
        if ":" in candidate:
            # A later source with the time of day refines an earlier date-only one of the same day.
            return stamp if best is None or stamp.date() == best.date() else best
        best = best or stamp
    return best or url_date(url)


def extract_language(tree, json_ld: dict, meta: dict[str, str], text: str | None) -> str | None:
    """The declared language (ISO 639-1), or the one detected from the article text when none is declared."""
    declared = tree.get("lang") or tree.get("xml:lang") or json_ld.get("inLanguage")
    declared = declared if isinstance(declared, str) else None
    for name in LANGUAGE_META:
        declared = declared or meta.get(name)
    code = re.split(r"[-_,;\s]", declared.strip().lower())[0] if declared and declared.strip() else ""
    if re.fullmatch(r"[a-z]{2,3}", code):
        return code
    return detect_language(text) if text else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of a text's language, by py3langid over its first few thousand characters."""
    import py3langid  # loads a model on first use: only pages that declare no language pay for it

    sample = text[:3000].strip()
    return py3langid.classify(sample)[0] if len(sample) >= 40 else None


def extract_author(tree, json_ld: dict, meta: dict[str, str]) -> str | None:
    """The byline's names: JSON-LD author, meta tags, then rel=author or itemprop=author markup."""
    for candidate in _author_candidates(tree, json_ld, meta):
        author = _clean_author(candidate)
        if author:
            return author
    return None


def parse_page_date(text: str) -> datetime | None:
    """A page's date stamp in UTC, from ISO 8601 or the free forms pages use; None when implausible."""
    text = text.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return None
    stamp = parse_timestamp(re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text))
    if stamp is None:
        try:
            stamp = date_parser.parse(text, tzinfos=TIMEZONES, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
        stamp = stamp.replace(tzinfo=timezone.utc) if stamp.tzinfo is None else stamp
        stamp = stamp.astimezone(timezone.utc)
    if not EARLIEST_YEAR <= stamp.year <= datetime.now(timezone.utc).year + 1:
        return None
    return stamp


def url_date(url: str) -> datetime | None:
    """A /YYYY/MM/DD/ date in a URL, at midnight UTC."""
    match = URL_DATE.search(url)
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=timezone.utc)
    except ValueError:
        return None


def _json_ld_items(data) -> list[dict]:
    if isinstance(data, list):
        return [item for element in data for item in _json_ld_items(element)]
    if not isinstance(data, dict):
        return []
    if "@graph" in data:
        return _json_ld_items(data["@graph"])
    return [data]


def _json_ld_names(author) -> str | None:
    if isinstance(author, list):
        names = [_json_ld_names(item) for item in author]
        return ", ".join(name for name in names if name) or None
    if isinstance(author, dict):
        name = author.get("name")
        return name if isinstance(name, str) else None
    return author if isinstance(author, str) else None


def _clean_author(candidate: object) -> str | None:
    if not isinstance(candidate, str):
        return None
    author = WHITESPACE.sub(" ", html_lib.unescape(candidate)).strip(" ,|")
    author = BYLINE_PREFIX.sub("", author)
    # Profile links and social URLs sit in author tags on many sites; they are not names.
    if not author or "://" in author or author.startswith("www.") or len(author) > 120:
        return None
    return author


# The candidates come lazily, best first: most pages settle a field from JSON-LD or meta tags, before any tree walk.
def _title_candidates(tree, json_ld: dict, meta: dict[str, str]) -> Iterator[object]:
    yield json_ld.get("headline")
    yield from (meta.get(name) for name in TITLE_META)
    yield _first_text(tree, FIRST_H1)
    yield _first_text(tree, TITLE_TAG)


def _published_candidates(tree, json_ld: dict, meta: dict[str, str]) -> Iterator[object]:
    yield json_ld.get("datePublished")
    yield json_ld.get("dateCreated")
    yield from (meta.get(name) for name in PUBLISHED_META)
    for path in (ITEMPROP_PUBLISHED, TIME_PUBLISHED, TIME_ANY):
        yield from path(tree)


def _author_candidates(tree, json_ld: dict, meta: dict[str, str]) -> Iterator[object]:
    yield _json_ld_names(json_ld.get("author"))
    yield from (meta.get(name) for name in AUTHOR_META)
    yield _first_text(tree, ITEMPROP_AUTHOR)
    yield _first_text(tree, REL_AUTHOR)


def _first_text(tree, path: etree.XPath) -> str | None:
    nodes = path(tree)
    return (nodes[0].xpath("string()").strip() or None) if nodes else None

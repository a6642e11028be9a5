"""Clean stage: decode a fetched page, extract its article text and metadata."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urljoin

import charset_normalizer
import trafilatura
from lxml import html as lxml_html

from tasks.discover import parse_timestamp
from tasks.fetch import FetchRecord
from tasks.urls import canonical_url

# Lines that are page furniture, not article text, even when an extractor keeps them.
BOILERPLATE_LINES = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"^source link\.?$",
        r"^leave a (comment|reply)\.?$",
        r"^your email address will not be published\b.*$",
        r"^required fields are marked\b.*$",
        r"^(sign up|subscribe) (for|to) (our|the)\b.{0,80}$",
        r"^(share|tweet|share on \w+|whatsapp|email)( this( article| story)?)?\.?$",
        r"^advertisement\.?$",
        r"^(photo|image|picture)( credit)?:\s*\S.{0,60}$",
        r"^(related|more from|read more|also read|recommended)\b.{0,60}:?$",
        r"^(click here|follow us)\b.{0,80}$",
        r"^all rights reserved\b.*$",
        r"^©.*$",
    )
]
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)/")
WHITESPACE = re.compile(r"\s+")


class CleanError(ValueError):
    """A fetched page that holds no article we can use."""


@dataclass
class Article:
    """One cleaned article: text, metadata and identity."""

    article_id: str
    url: str
    canonical_url: str
    source: str
    title: str | None
    published_at: datetime | None
    fetched_at: datetime
    language: str | None
    author: str | None
    body_text: str
    content_hash: str
    date: date
    duplicate_of: str | None = None
    run_id: str | None = None


def decode_body(body: bytes, headers: dict[str, str]) -> str:
    """Decode page bytes by the declared charset, falling back to detection when absent or wrong."""
    declared = None
    content_type = headers.get("content-type", "")
    match = re.search(r"charset=([\w\-:.]+)", content_type, re.IGNORECASE)
    if match:
        declared = match.group(1)
    else:
        meta = META_CHARSET.search(body[:4096])
        if meta:
            declared = meta.group(1).decode("ascii", "ignore")
    if declared:
        try:
            return body.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(body).best()
        return str(best) if best is not None else body.decode("utf-8", "replace")


def article_text(html: str, url: str | None = None) -> str:
    """The article's body text, paragraphs separated by blank lines, boilerplate removed."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True) or ""
    return strip_boilerplate(text)


def strip_boilerplate(text: str) -> str:
    """Drop lines that match a known boilerplate pattern and join paragraphs with blank lines."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if line and not any(pattern.match(line) for pattern in BOILERPLATE_LINES):
            kept.append(line)
    return "\n\n".join(kept)


def page_metadata(html: str, url: str) -> dict:
    """Title, publication time, canonical URL, language and author from the page's markup."""
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return {}
    json_ld = _json_ld_article(tree)
    meta = {
        (node.get("property") or node.get("name") or node.get("itemprop") or "").lower(): node.get("content")
        for node in tree.xpath("//meta[@content]")
    }
    title = (
        json_ld.get("headline")
        or meta.get("og:title")
        or _first_text(tree, "//h1")
        or _first_text(tree, "//title")
    )
    published = (
        parse_timestamp(json_ld.get("datePublished"))
        or parse_timestamp(meta.get("article:published_time"))
        or parse_timestamp(meta.get("datepublished"))
        or parse_timestamp(meta.get("pubdate") or meta.get("date"))
        or _time_element(tree)
        or _url_date(url)
    )
    canonical = tree.xpath("string(//link[@rel='canonical']/@href)") or meta.get("og:url")
    language = tree.get("lang") or meta.get("content-language") or meta.get("og:locale")
    author = _json_ld_author(json_ld) or meta.get("author") or meta.get("article:author")
    return {
        "title": WHITESPACE.sub(" ", title).strip() if title else None,
        "published_at": published,
        "canonical_url": urljoin(url, canonical) if canonical else None,
        "language": language.split("-")[0].split("_")[0].lower() if language else None,
        "author": author,
    }


def clean_record(record: FetchRecord, default_language: str | None = None) -> Article:
    """Turn one fetched article page into an Article, or raise CleanError."""
    content_type = record.headers.get("content-type", "text/html")
    if "html" not in content_type and "xml" not in content_type and "text" not in content_type:
        raise CleanError(f"not an HTML page ({content_type}): {record.url}")
    html = decode_body(record.body, record.headers)
    if "\x00" in html[:2048]:
        raise CleanError(f"binary content served as HTML: {record.url}")
    metadata = page_metadata(html, record.final_url)
    body_text = article_text(html, record.final_url)
    if len(body_text) < 200:
        raise CleanError(f"no article text found ({len(body_text)} characters): {record.url}")
    canonical = canonical_url(metadata.get("canonical_url") or record.final_url)
    hint_published = parse_timestamp(record.hint.get("published")) if record.hint else None
    published = metadata.get("published_at") or hint_published
    fetched_at = record.fetched_at.astimezone(timezone.utc)
    return Article(
        article_id=hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20],
        url=record.url,
        canonical_url=canonical,
        source=record.source_id or (record.hint or {}).get("source_id") or "",
        title=metadata.get("title") or (record.hint or {}).get("title"),
        published_at=published,
        fetched_at=fetched_at,
        language=metadata.get("language") or default_language,
        author=metadata.get("author"),
        body_text=body_text,
        content_hash=content_hash(body_text),
        date=(published or fetched_at).date(),
        run_id=record.run_id,
    )


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 of an extracted text against the true article text (lower-cased tokens)."""
    predicted_tokens, expected_tokens = Counter(predicted.lower().split()), Counter(expected.lower().split())
    overlap = sum((predicted_tokens & expected_tokens).values())
    return 0.0 if not overlap else 2 * overlap / (sum(predicted_tokens.values()) + sum(expected_tokens.values()))


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace folded, so trivial reflows still match."""
    return hashlib.sha256(WHITESPACE.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()[:32]


def _json_ld_article(tree) -> dict:
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        candidates = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in candidates:
            if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
                return item
    return {}


def _json_ld_author(json_ld: dict) -> str | None:
    author = json_ld.get("author")
    if isinstance(author, list):
        author = author[0] if author else None
    if isinstance(author, dict):
        return author.get("name")
    return author if isinstance(author, str) else None


def _first_text(tree, xpath: str) -> str | None:
    nodes = tree.xpath(xpath)
    return nodes[0].text_content().strip() or None if nodes else None


def _time_element(tree) -> datetime | None:
    for value in tree.xpath("//time/@datetime"):
        stamp = parse_timestamp(value)
        if stamp:
            return stamp
    return None


def _url_date(url: str) -> datetime | None:
    match = URL_DATE.search(url)
    if not match:
        return None
    try:
        return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=timezone.utc)
    except ValueError:
        return None

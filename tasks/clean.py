"""Clean stage: decode a fetched page, extract its article text and metadata."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone

from tasks.content import extract_article_text, parse_document, tree_article_text
from tasks.discover import parse_timestamp
from tasks.fetch import FetchRecord
from tasks.encoding import binary_reason, decode_body, repair_mojibake
from tasks.metadata import detect_language, page_metadata, tree_metadata  # noqa: F401  (page_metadata: part of this module's API)
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
WHITESPACE = re.compile(r"\s+")
NOT_TEXT = "not_text"  # failure kind of a page whose bytes are an image, archive, PDF or other non-text
WORD_TOKEN = re.compile(r"\w+")


class CleanError(ValueError):
    """A fetched page that holds no article we can use; `kind` classifies it in fetch_failures."""

    def __init__(self, message: str, kind: str = "no_article") -> None:
        super().__init__(message)
        self.kind = kind


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


def article_text(html: str, url: str | None = None) -> str:
    """The article's body text, paragraphs separated by blank lines, boilerplate removed."""
    return strip_boilerplate(extract_article_text(html))


def strip_boilerplate(text: str) -> str:
    """Drop lines that match a known boilerplate pattern and join paragraphs with blank lines."""
    kept = []
    for line in text.splitlines():
        line = line.strip()
        if line and not any(pattern.match(line) for pattern in BOILERPLATE_LINES):
            kept.append(line)
    return "\n\n".join(kept)


def clean_record(record: FetchRecord, default_language: str | None = None) -> Article:
    """Turn one fetched article page into an Article, or raise CleanError."""
    content_type = record.headers.get("content-type", "text/html")
    if "html" not in content_type and "xml" not in content_type and "text" not in content_type:
        raise CleanError(f"not an HTML page ({content_type}): {record.url}", kind=NOT_TEXT)
    reason = binary_reason(record.body, record.headers)
    if reason:
        raise CleanError(f"binary content served as {content_type.split(';')[0]} ({reason}): {record.url}", kind=NOT_TEXT)
    html = decode_body(record.body, record.headers)
    if "\x00" in html[:2048]:
        raise CleanError(f"binary content served as HTML: {record.url}", kind=NOT_TEXT)
    tree = parse_document(html)  # parsed once: metadata reads it before the extractor prunes it
    metadata = tree_metadata(tree, record.final_url) if tree is not None else {}
    body_text = repair_mojibake(strip_boilerplate(tree_article_text(tree)) if tree is not None else "")
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
        title=_repaired(metadata.get("title") or (record.hint or {}).get("title")),
        published_at=published,
        fetched_at=fetched_at,
        language=metadata.get("language") or default_language or detect_language(body_text),
        author=_repaired(metadata.get("author")),
        body_text=body_text,
        content_hash=content_hash(body_text),
        date=(published or fetched_at).date(),
        run_id=record.run_id,
    )


def token_scores(predicted: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of an extracted text against the true text (lower-cased \\w+ tokens)."""
    predicted_tokens = Counter(WORD_TOKEN.findall(predicted.lower()))
    expected_tokens = Counter(WORD_TOKEN.findall(expected.lower()))
    if not predicted_tokens and not expected_tokens:
        return 1.0, 1.0, 1.0  # nothing expected and nothing extracted is a perfect answer
    overlap = sum((predicted_tokens & expected_tokens).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision = overlap / sum(predicted_tokens.values())
    recall = overlap / sum(expected_tokens.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-words F1 of an extracted text against the true article text (lower-cased \\w+ tokens)."""
    return token_scores(predicted, expected)[2]


def content_hash(text: str) -> str:
    """Hash of the text with case and whitespace folded, so trivial reflows still match."""
    return hashlib.sha256(WHITESPACE.sub(" ", text).strip().lower().encode("utf-8")).hexdigest()[:32]


def _repaired(value: str | None) -> str | None:
    return repair_mojibake(value) if value else value

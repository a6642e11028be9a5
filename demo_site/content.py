"""Content loader: outlets from content/outlets.yaml, articles from content/<outlet>/*.md."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
CHANNELS = ("rss", "atom", "news-sitemap", "sitemap", "listing")
_FILENAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-([a-z0-9-]+)\.md$")


@dataclass(frozen=True)
class Outlet:
    """A fictional news outlet served under /<key>/."""

    key: str
    name: str
    tagline: str
    nav: tuple[str, ...]
    utc_offset: str  # local time of the newsroom, e.g. "+03:00"
    host_tag: str  # stable name used in Atom tag: URIs and footers

    @property
    def tz(self) -> timezone:
        """The outlet's local timezone."""
        sign = -1 if self.utc_offset.startswith("-") else 1
        hours, minutes = (int(part) for part in self.utc_offset.lstrip("+-").split(":"))
        return timezone(sign * timedelta(hours=hours, minutes=minutes))


@dataclass(frozen=True)
class Article:
    """One article: front matter plus body paragraphs."""

    outlet: str
    slug: str
    title: str
    published: datetime
    updated: datetime
    author: str
    section: str
    summary: str
    channels: tuple[str, ...]
    paragraphs: tuple[str, ...]
    image_caption: str
    image_credit: str
    feed_query: str = ""
    canonical: bool = True
    author_is_org: bool = False

    @property
    def path(self) -> str:
        """The article's clean URL path, e.g. /tigris/2026/03/10/slug.html."""
        return f"/{self.outlet}/{self.published:%Y/%m/%d}/{self.slug}.html"

    @property
    def feed_path(self) -> str:
        """The path as feeds list it: with tracking parameters where the article has some."""
        return f"{self.path}?{self.feed_query}" if self.feed_query else self.path


def parse_time(text: str) -> datetime:
    """Parse an ISO 8601 datetime with an offset into an aware UTC datetime."""
    stamp = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    if stamp.tzinfo is None:
        raise ValueError(f"datetime without timezone: {text}")
    return stamp.astimezone(timezone.utc)


@lru_cache(maxsize=1)
def load_outlets() -> dict[str, Outlet]:
    """All outlets, keyed by URL prefix."""
    data = yaml.safe_load((CONTENT_DIR / "outlets.yaml").read_text(encoding="utf-8"))
    return {
        key: Outlet(key=key, name=o["name"], tagline=o["tagline"], nav=tuple(o["nav"]),
                    utc_offset=o["utc_offset"], host_tag=o["host_tag"])
        for key, o in data.items()
    }


def load_article(path: Path, outlet: str) -> Article:
    """Read one Markdown file with a YAML front matter block."""
    match = _FILENAME.match(path.name)
    if not match:
        raise ValueError(f"{path}: file name must be YYYY-MM-DD-slug.md")
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    published = parse_time(meta["published"])
    if published.date().isoformat() != match.group(1):
        raise ValueError(f"{path}: file date does not match published {published.isoformat()}")
    channels = tuple(meta["channels"])
    unknown = set(channels) - set(CHANNELS)
    if unknown:
        raise ValueError(f"{path}: unknown channels {sorted(unknown)}")
    paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", body.strip()) if p.strip())
    return Article(
        outlet=outlet,
        slug=match.group(2),
        title=meta["title"],
        published=published,
        updated=parse_time(meta.get("updated", meta["published"])),
        author=meta["author"],
        section=meta["section"],
        summary=meta["summary"],
        channels=channels,
        paragraphs=paragraphs,
        image_caption=meta["image_caption"],
        image_credit=meta["image_credit"],
        feed_query=meta.get("feed_query", ""),
        canonical=meta.get("canonical", True),
        author_is_org=meta.get("author_is_org", False),
    )


@lru_cache(maxsize=1)
def load_articles() -> tuple[Article, ...]:
    """Every article of every outlet, oldest first."""
    articles = [
        load_article(path, outlet)
        for outlet in load_outlets()
        for path in sorted((CONTENT_DIR / outlet).glob("*.md"))
    ]
    return tuple(sorted(articles, key=lambda a: (a.published, a.path)))


def articles_for(outlet: str, channel: str | None = None) -> list[Article]:
    """An outlet's articles, newest first, optionally only those listed in `channel`."""
    return [
        a for a in reversed(load_articles())
        if a.outlet == outlet and (channel is None or channel in a.channels)
    ]

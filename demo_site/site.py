"""Site builder: renders every page, feed and sitemap for one base URL into an in-memory table."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone

from demo_site import feeds, pages
from demo_site.content import articles_for, load_articles, load_outlets

HTML = "text/html; charset=utf-8"
SITE_EPOCH = datetime(2026, 3, 9, tzinfo=timezone.utc)  # Last-Modified of pages that never change
_PHOTO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">'
    '<rect width="800" height="450" fill="#c9c3b6"/><text x="400" y="235" font-family="sans-serif" '
    'font-size="28" text-anchor="middle" fill="#6b6559">photo</text></svg>'
)


@dataclass(frozen=True)
class Resource:
    """One servable response body with its headers' inputs."""

    body: bytes
    content_type: str
    last_modified: datetime
    etag: str = field(default="")

    @classmethod
    def of(cls, text: str, content_type: str, last_modified: datetime) -> "Resource":
        """Encode `text` as UTF-8 and derive a strong ETag from its bytes."""
        body = text.encode("utf-8")
        return cls(body, content_type, last_modified, '"' + hashlib.sha1(body).hexdigest()[:20] + '"')


# Each discovery document: path, renderer, outlet, channel of the articles it lists, content type.
FEEDS = (
    ("/tigris/feed.xml", feeds.render_rss, "tigris", "rss", "application/rss+xml; charset=utf-8"),
    ("/sahel/atom.xml", feeds.render_atom, "sahel", "atom", "application/atom+xml; charset=utf-8"),
    ("/khyber/news-sitemap.xml", feeds.render_news_sitemap, "khyber", "news-sitemap", "application/xml; charset=utf-8"),
    ("/khyber/sitemap.xml", feeds.render_sitemap, "khyber", "sitemap", "application/xml; charset=utf-8"),
)


def build_site(base_url: str) -> dict[str, Resource]:
    """Every URL path of the demo site mapped to its rendered resource."""
    base_url = base_url.rstrip("/")
    site: dict[str, Resource] = {}
    articles = load_articles()
    for article in articles:
        site[article.path] = Resource.of(pages.render_article(article, base_url), HTML, article.updated)
    for key, outlet in load_outlets().items():
        everything = articles_for(key)
        newest = feeds.newest(everything)
        site[f"/{key}/"] = Resource.of(pages.render_listing(key, base_url, outlet.name, everything), HTML, newest)
        for name in outlet.nav:
            listed = [a for a in everything if a.section == name]
            site[pages.section_path(key, name)] = Resource.of(
                pages.render_listing(key, base_url, name, listed), HTML, feeds.newest(listed) if listed else SITE_EPOCH
            )
    world = articles_for("tigris", "listing")
    site[pages.WORLD_LISTING] = Resource.of(
        pages.render_listing("tigris", base_url, "World & Region", world, world=True), HTML, feeds.newest(world)
    )
    for path, render, outlet, channel, content_type in FEEDS:
        site[path] = Resource.of(render(outlet, base_url), content_type, feeds.newest(articles_for(outlet, channel)))
    site["/"] = Resource.of(pages.render_root(base_url), HTML, SITE_EPOCH)
    site["/robots.txt"] = Resource.of(feeds.render_robots(base_url), "text/plain; charset=utf-8", SITE_EPOCH)
    site["/static/photo.svg"] = Resource.of(_PHOTO_SVG, "image/svg+xml", SITE_EPOCH)
    return site

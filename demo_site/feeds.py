"""XML renderers: the Tigris RSS 2.0 feed, the Sahel Atom feed, the Khyber sitemaps, and robots.txt."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from demo_site.content import Article, articles_for, load_outlets
from demo_site.pages import section_path


def _x(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _iso(stamp: datetime, zulu: bool = True) -> str:
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ") if zulu else stamp.strftime("%Y-%m-%dT%H:%M:%S+00:00")


def render_rss(outlet: str, base_url: str) -> str:
    """An RSS 2.0 feed of the outlet's articles listed in the 'rss' channel (RFC 822 dates)."""
    info = load_outlets()[outlet]
    items = articles_for(outlet, "rss")
    entries = "\n".join(
        f"""  <item>
    <title>{_x(a.title)}</title>
    <link>{_x(base_url + a.feed_path)}</link>
    <guid isPermaLink="true">{_x(base_url + a.path)}</guid>
    <pubDate>{format_datetime(a.published, usegmt=True)}</pubDate>
    <dc:creator>{_x(a.author)}</dc:creator>
    <category>{_x(a.section)}</category>
    <description>{_x(a.summary)}</description>
  </item>"""
        for a in items
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>{_x(info.name)}</title>
  <link>{base_url}/{outlet}/</link>
  <description>{_x(info.tagline)}</description>
  <language>en</language>
  <lastBuildDate>{format_datetime(max(a.updated for a in items), usegmt=True)}</lastBuildDate>
  <atom:link href="{base_url}/{outlet}/feed.xml" rel="self" type="application/rss+xml"/>
  <ttl>15</ttl>
{entries}
</channel>
</rss>
"""


def render_atom(outlet: str, base_url: str) -> str:
    """An Atom 1.0 feed of the outlet's articles listed in the 'atom' channel."""
    info = load_outlets()[outlet]
    items = articles_for(outlet, "atom")
    entries = "\n".join(
        f"""  <entry>
    <title type="text">{_x(a.title)}</title>
    <link rel="alternate" type="text/html" href="{_x(base_url + a.feed_path)}"/>
    <id>tag:{info.host_tag},{a.published:%Y-%m-%d}:{a.path}</id>
    <published>{_iso(a.published)}</published>
    <updated>{_iso(a.updated)}</updated>
    <author><name>{_x(a.author)}</name></author>
    <category term="{_x(a.section)}"/>
    <summary type="text">{_x(a.summary)}</summary>
  </entry>"""
        for a in items
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>{_x(info.name)}</title>
  <subtitle>{_x(info.tagline)}</subtitle>
  <id>tag:{info.host_tag},2026:/{outlet}/</id>
  <link rel="self" type="application/atom+xml" href="{base_url}/{outlet}/atom.xml"/>
  <link rel="alternate" type="text/html" href="{base_url}/{outlet}/"/>
  <updated>{_iso(max(a.updated for a in items))}</updated>
  <generator>Drupal</generator>
{entries}
</feed>
"""


def render_news_sitemap(outlet: str, base_url: str) -> str:
    """A Google News sitemap: <lastmod> plus <news:publication_date> (W3C datetime, UTC)."""
    info = load_outlets()[outlet]
    urls = "\n".join(
        f"""  <url>
    <loc>{_x(base_url + a.path)}</loc>
    <lastmod>{_iso(a.updated, zulu=False)}</lastmod>
    <news:news>
      <news:publication>
        <news:name>{_x(info.name)}</news:name>
        <news:language>en</news:language>
      </news:publication>
      <news:publication_date>{_iso(a.published, zulu=False)}</news:publication_date>
      <news:title>{_x(a.title)}</news:title>
    </news:news>
  </url>"""
        for a in articles_for(outlet, "news-sitemap")
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
"""


def render_sitemap(outlet: str, base_url: str) -> str:
    """A plain sitemap: the outlet's home and section pages plus every article in the 'sitemap' channel."""
    info = load_outlets()[outlet]
    articles = articles_for(outlet, "sitemap")
    newest = _iso(max(a.updated for a in articles), zulu=False)
    pages = [(f"/{outlet}/", newest, "hourly")] + [
        (section_path(outlet, name), newest, "hourly") for name in info.nav
    ] + [(a.path, _iso(a.updated, zulu=False), "weekly") for a in articles]
    urls = "\n".join(
        f"  <url><loc>{_x(base_url + path)}</loc><lastmod>{lastmod}</lastmod><changefreq>{freq}</changefreq></url>"
        for path, lastmod, freq in pages
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def render_robots(base_url: str) -> str:
    """robots.txt: everything allowed except /admin/; the Khyber sitemaps advertised."""
    return (
        "User-agent: *\n"
        "Disallow: /admin/\n"
        "\n"
        f"Sitemap: {base_url}/khyber/sitemap.xml\n"
        f"Sitemap: {base_url}/khyber/news-sitemap.xml\n"
    )


def newest(articles: list[Article]) -> datetime:
    """The latest update time among `articles`."""
    return max(a.updated for a in articles)

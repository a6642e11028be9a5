"""HTML renderer: fills the per-outlet templates in templates/<outlet>/ with content."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import datetime
from functools import lru_cache
from html import escape
from pathlib import Path
from string import Template
from urllib.parse import quote

from demo_site.content import Article, Outlet, articles_for, load_outlets

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
FEED_PATHS = {"tigris": "/tigris/feed.xml", "sahel": "/sahel/atom.xml", "khyber": "/khyber/sitemap.xml"}
WORLD_LISTING = "/tigris/world/"

# Boilerplate dropped between body paragraphs: {paragraph index after which: markup}.
_INSERTS = {
    "tigris": {
        3: '<aside class="newsletter-inline"><p><strong>Sign up for our daily briefing.</strong> '
        'The Morning Brief brings you the top stories from Iraq every day. '
        '<a href="/tigris/newsletter">Subscribe now</a></p></aside>',
        5: '<div class="ad ad-inarticle"><span class="ad-label">Advertisement</span>'
        '<div class="ad-slot" data-slot="inread-1"></div></div>',
    },
    "sahel": {
        4: '<div class="block-ad dfp-inline"><small>ADVERTISEMENT</small><div id="div-gpt-ad-inline"></div></div>',
    },
    "khyber": {
        2: '<div class="code-block code-block-3" style="margin:8px auto;text-align:center">'
        '<span class="td-adspot-title">- Advertisement -</span>'
        '<ins class="adsbygoogle" data-ad-slot="incontent"></ins></div>',
        4: '<div class="newsletter-cta"><p><strong>Sign up for our daily briefing</strong> &ndash; '
        'the Khyber Ledger in your inbox every morning. <a href="/khyber/newsletter/">Join free</a></p></div>',
    },
}


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    return Template((TEMPLATE_DIR / name).read_text(encoding="utf-8"))


def slugify(text: str) -> str:
    """Lower-case, hyphenated form of a section name: 'Burkina Faso' -> 'burkina-faso'."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def section_path(outlet: str, section: str) -> str:
    """The URL path of an outlet's section page."""
    return f"/{outlet}/{slugify(section)}/"


def render_article(article: Article, base_url: str) -> str:
    """The full HTML page of one article."""
    outlet = load_outlets()[article.outlet]
    url = base_url + article.path
    fields = {
        "title": escape(article.title),
        "summary": escape(article.summary),
        "author": escape(article.author),
        "author_slug": slugify(article.author),
        "section": escape(article.section),
        "section_url": section_path(article.outlet, article.section),
        "section_slug": slugify(article.section),
        "slug": article.slug,
        "post_id": str(int(hashlib.sha1(article.path.encode()).hexdigest()[:6], 16) % 90000 + 10000),
        "caption": escape(article.image_caption),
        "caption_attr": escape(article.image_caption, quote=True),
        "credit": escape(article.image_credit),
        "share": _share(url, article.title),
        "body": _body(article),
        "related": _related(article),
        "display_date": _display_date(article.published, outlet),
        "local_iso": article.published.astimezone(outlet.tz).isoformat(),
    }
    main = _template(f"{article.outlet}/article.html").substitute(fields)
    head = _head(article, outlet, base_url)
    return _layout(outlet, base_url, f"{article.title} | {outlet.name}", head, main, "single-article")


def render_listing(outlet_key: str, base_url: str, heading: str, articles: list[Article], world: bool = False) -> str:
    """An outlet's home or section page; the Tigris world page uses `ul.story-list a.headline`, without dates."""
    outlet = load_outlets()[outlet_key]
    if world:
        items = "\n".join(
            f'<li class="story-item"><a class="headline" href="{base_url}{a.path}">{escape(a.title)}</a>'
            f'<p class="teaser">{escape(a.summary)}</p><span class="section-tag">{escape(a.section)}</span></li>'
            for a in articles
        )
        listing = f'<ul class="story-list">\n{items}\n</ul>'
    else:
        listing = "\n".join(
            f'<div class="teaser-card"><h2 class="teaser-title"><a href="{base_url}{a.path}">{escape(a.title)}</a></h2>'
            f'<p>{escape(a.summary)}</p><p class="teaser-meta">{escape(a.section)} &middot; '
            f'{_display_date(a.published, outlet)}</p></div>'
            for a in articles
        ) or '<p class="empty">No stories in this section yet.</p>'
    main = (f'<div class="content-col section-page"><h1 class="section-title">{escape(heading)}</h1>\n{listing}\n'
            f'<nav class="pagination"><span class="current">1</span></nav></div>')
    head = f'<meta name="description" content="{escape(outlet.tagline, quote=True)}">'
    return _layout(outlet, base_url, f"{heading} | {outlet.name}", head, main, "section-page")


def render_root(base_url: str) -> str:
    """The site root: links to the three outlets and their feeds."""
    outlets = "\n".join(
        f'<li><a href="{base_url}/{o.key}/">{escape(o.name)}</a> ({escape(o.tagline)}) &ndash; '
        f'<a href="{base_url}{FEED_PATHS[o.key]}">feed</a></li>'
        for o in load_outlets().values()
    )
    return _template("index.html").substitute(outlets=outlets)


def _layout(outlet: Outlet, base_url: str, page_title: str, head: str, main: str, body_class: str) -> str:
    nav = "".join(
        f'<li class="menu-item"><a href="{section_path(outlet.key, name)}">{escape(name)}</a></li>'
        for name in outlet.nav
    )
    latest = articles_for(outlet.key)[:5]
    most_read = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in latest)
    return _template(f"{outlet.key}/layout.html").substitute(
        page_title=escape(page_title), head=head, main=main, nav=nav, most_read=most_read,
        tagline=escape(outlet.tagline), feed_url=base_url + FEED_PATHS[outlet.key], body_class=body_class,
    )


def _head(article: Article, outlet: Outlet, base_url: str) -> str:
    url = base_url + article.path
    lines = [f'<meta name="description" content="{escape(article.summary, quote=True)}">']
    if article.canonical:
        lines.append(f'<link rel="canonical" href="{url}">')
    if outlet.key == "tigris":
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": article.title,
            "description": article.summary,
            "articleSection": article.section,
            "datePublished": _iso(article.published),
            "dateModified": _iso(article.updated),
            "author": {"@type": "Organization" if article.author_is_org else "Person", "name": article.author},
            "publisher": {"@type": "NewsMediaOrganization", "name": outlet.name,
                          "logo": {"@type": "ImageObject", "url": f"{base_url}/static/photo.svg"}},
            "image": [f"{base_url}/static/photo.svg"],
            "inLanguage": "en",
        }
        payload = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
        lines.append(f'<script type="application/ld+json">\n{payload}\n</script>')
    elif outlet.key == "sahel":
        og = [
            ("og:site_name", outlet.name), ("og:type", "article"), ("og:url", url), ("og:title", article.title),
            ("og:description", article.summary), ("og:image", f"{base_url}/static/photo.svg"),
            ("article:published_time", _iso(article.published)), ("article:modified_time", _iso(article.updated)),
            ("article:section", article.section), ("article:author", article.author),
        ]
        lines += [f'<meta property="{k}" content="{escape(v, quote=True)}">' for k, v in og]
        lines.append('<meta name="twitter:card" content="summary_large_image">')
    # khyber: no structured metadata at all, only the visible <time> in the byline.
    return "\n".join(lines)


def _body(article: Article) -> str:
    inserts = dict(_INSERTS[article.outlet])
    if article.outlet == "khyber":
        inserts[1] = (f'<figure class="wp-block-image size-large"><img src="/static/photo.svg" alt="" width="1024" '
                      f'height="576"><figcaption class="wp-element-caption">{escape(article.image_caption)} '
                      f'{escape(article.image_credit)}</figcaption></figure>')
    if article.outlet == "tigris":
        first = next(iter(_related_articles(article)), None)
        if first is not None:
            inserts[2] = (f'<p class="read-more"><strong>Read more:</strong> '
                          f'<a href="{first.path}">{escape(first.title)}</a></p>')
    parts = []
    for index, paragraph in enumerate(article.paragraphs, start=1):
        parts.append(f"<p>{escape(paragraph, quote=False)}</p>")
        if index in inserts and index < len(article.paragraphs):
            parts.append(inserts[index])
    return "\n".join(parts)


def _related_articles(article: Article) -> list[Article]:
    others = [a for a in articles_for(article.outlet) if a.path != article.path]
    # Prefer stories already out when this one was published, then the same section, then the nearest in time.
    others.sort(key=lambda a: (a.published > article.published, a.section != article.section,
                               abs((a.published - article.published).total_seconds())))
    return others[:4]


def _related(article: Article) -> str:
    items = _related_articles(article)
    if article.outlet == "sahel":
        return "".join(f'<div class="views-row"><a href="{a.path}" hreflang="en">{escape(a.title)}</a></div>'
                       for a in items)
    return "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in items)


def _share(url: str, title: str) -> str:
    u, t = quote(url, safe=""), quote(title, safe="")
    return (f'<a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" rel="nofollow">'
            'Share on Facebook</a> '
            f'<a class="share-twitter" href="https://twitter.com/intent/tweet?url={u}&amp;text={t}" rel="nofollow">'
            'Tweet</a> '
            f'<a class="share-whatsapp" href="https://wa.me/?text={t}%20{u}" rel="nofollow">WhatsApp</a> '
            f'<a class="share-email" href="mailto:?subject={t}&amp;body={u}">Email</a>')


def _display_date(stamp: datetime, outlet: Outlet) -> str:
    local = stamp.astimezone(outlet.tz)
    if outlet.key == "tigris":
        return f"{local:%A} {local.day} {local:%B %Y}, {local:%H:%M} Baghdad time"
    if outlet.key == "sahel":
        return f"{local:%d/%m/%Y - %H:%M} GMT"
    return f"{local:%B} {local.day}, {local:%Y}"


def _iso(stamp: datetime) -> str:
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


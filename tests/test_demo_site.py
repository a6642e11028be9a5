"""The offline demo news site: server behaviour, feeds, pages and the answer key in demo_site/expected.yaml."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
import requests
import yaml
from bs4 import BeautifulSoup
from lxml import etree

from demo_site.server import start
from incidentwire.sources import load_registry
from tests.conftest import ATTACK_TYPES, TARGET_TYPES

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = yaml.safe_load((ROOT / "demo_site" / "expected.yaml").read_text(encoding="utf-8"))
ARTICLES = EXPECTED["articles"]
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "news": "http://www.google.com/schemas/sitemap-news/0.9"}
PERPETRATORS = {
    "Islamic State", "Islamic State West Africa Province", "Boko Haram", "Jama'at Nusrat al-Islam wal-Muslimin",
    "al-Shabaab", "Tehrik-i-Taliban Pakistan", "Balochistan Liberation Army", "Taliban", "Allied Democratic Forces",
    "Unknown",
}
FEEDS = {"rss": "/tigris/feed.xml", "atom": "/sahel/atom.xml", "news-sitemap": "/khyber/news-sitemap.xml",
         "sitemap": "/khyber/sitemap.xml", "listing": "/tigris/world/"}


@pytest.fixture(scope="module")
def site():
    """One demo site on a free port for the whole module."""
    with start(port=0) as running:
        yield running


@pytest.fixture(scope="module")
def http():
    """A shared requests session (keep-alive)."""
    with requests.Session() as session:
        yield session


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def _clean(url: str, base_url: str) -> str:
    """The path of an absolute URL on the live site, without its query string."""
    assert url.startswith(base_url + "/"), url
    return urlsplit(url).path


def _channel_items(site, http, channel: str) -> dict[str, datetime | None]:
    """Article path -> listed publication time for one discovery channel."""
    response = http.get(site.base_url + FEEDS[channel])
    assert response.status_code == 200
    if channel in ("rss", "atom"):
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.get("bozo_exception")
        return {_clean(e.link, site.base_url): _utc(e.published) if channel == "atom"
                else datetime(*e.published_parsed[:6], tzinfo=timezone.utc) for e in parsed.entries}
    if channel in ("news-sitemap", "sitemap"):
        root = etree.fromstring(response.content)
        items = {}
        for node in root.findall("sm:url", NS):
            path = _clean(node.findtext("sm:loc", namespaces=NS), site.base_url)
            stamp = node.findtext("news:news/news:publication_date", namespaces=NS)
            if path.endswith(".html"):
                items[path] = _utc(stamp) if stamp else None
        return items
    soup = BeautifulSoup(response.text, "lxml")
    return {_clean(a["href"], site.base_url): None for a in soup.select("ul.story-list a.headline")}


def _body_paragraphs(html: str, outlet: str) -> list[str]:
    container = {"tigris": "div.story-body", "sahel": "div.field--name-body", "khyber": "div.entry-content"}[outlet]
    body = BeautifulSoup(html, "lxml").select_one(container)
    return [p.get_text(" ", strip=True) for p in body.find_all("p", recursive=False) if not p.get("class")]


# --- the server -------------------------------------------------------------------------------------------


def test_base_url_is_live_and_has_no_trailing_slash(site, http):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", site.base_url)
    assert http.get(site.base_url + "/").status_code == 200


def test_unknown_paths_are_404(site, http):
    for path in ("/no/such/page.html", "/tigris/2026/03/10/missing.html", "/admin/"):
        response = http.get(site.base_url + path)
        assert response.status_code == 404
        assert response.headers["Content-Type"].startswith("text/html")


def test_content_types(site, http):
    expected = {"/tigris/feed.xml": "application/rss+xml", "/sahel/atom.xml": "application/atom+xml",
                "/khyber/news-sitemap.xml": "application/xml", "/khyber/sitemap.xml": "application/xml",
                "/tigris/world/": "text/html; charset=utf-8", "/robots.txt": "text/plain"}
    for path, content_type in expected.items():
        assert http.get(site.base_url + path).headers["Content-Type"].startswith(content_type), path


def test_robots_disallows_only_admin(site, http):
    text = http.get(site.base_url + "/robots.txt").text
    assert "User-agent: *" in text
    assert [line for line in text.splitlines() if line.startswith("Disallow")] == ["Disallow: /admin/"]


def test_conditional_get(site, http):
    url = site.base_url + ARTICLES[0]["path"]
    first = http.get(url)
    assert first.headers["ETag"] and first.headers["Last-Modified"]
    assert http.get(url, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    assert http.get(url, headers={"If-Modified-Since": first.headers["Last-Modified"]}).status_code == 304


def test_two_servers_have_their_own_urls():
    with start() as one, start() as two:
        assert one.base_url != two.base_url
        feed = requests.get(two.base_url + "/tigris/feed.xml").text
        assert two.base_url in feed and one.base_url not in feed


def test_command_line_prints_base_url():
    proc = subprocess.Popen([sys.executable, "-m", "demo_site.server", "--port", "0"], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        base_url = proc.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", base_url)
        assert requests.get(base_url + "/sahel/atom.xml", timeout=5).status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=5)


# --- feeds and discovery ----------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["rss", "atom"])
def test_feeds_parse_with_absolute_live_urls(site, http, channel):
    parsed = feedparser.parse(http.get(site.base_url + FEEDS[channel]).content)
    assert not parsed.bozo and len(parsed.entries) >= 10
    for entry in parsed.entries:
        assert entry.link.startswith(site.base_url + "/")
        assert entry.get("published_parsed")


def test_news_sitemap_has_lastmod_on_all_seven_days(site, http):
    root = etree.fromstring(http.get(site.base_url + FEEDS["news-sitemap"]).content)
    urls = root.findall("sm:url", NS)
    assert len(urls) >= 10
    days = set()
    for node in urls:
        assert node.findtext("sm:loc", namespaces=NS).startswith(site.base_url + "/")
        assert node.findtext("news:news/news:publication_date", namespaces=NS)
        days.add(_utc(node.findtext("sm:lastmod", namespaces=NS)).date())
    assert days == {date(2026, 3, d) for d in range(9, 16)}


def test_listing_page_has_no_dates_and_some_listing_only_stories(site, http):
    html = http.get(site.base_url + FEEDS["listing"]).text
    assert "<time" not in html and "2026" not in BeautifulSoup(html, "lxml").select_one("ul.story-list").get_text()
    listing_only = [a for a in ARTICLES if a["in_feed"] == ["listing"]]
    assert len(listing_only) >= 2


def test_channels_match_the_answer_key(site, http):
    for channel in FEEDS:
        listed = _channel_items(site, http, channel)
        expected = {a["path"]: a["published"] for a in ARTICLES if channel in a["in_feed"]}
        assert set(listed) == set(expected), channel
        for path, stamp in listed.items():
            if stamp is not None:
                assert stamp == _utc(expected[path]), path


def test_tracking_parameters_resolve_to_clean_canonical(site, http):
    links = [e.link for c in ("rss", "atom")
             for e in feedparser.parse(http.get(site.base_url + FEEDS[c]).content).entries if "utm_" in e.link]
    assert len(links) >= 2
    for link in links:
        soup = BeautifulSoup(http.get(link).text, "lxml")
        assert soup.find("link", rel="canonical")["href"] == link.split("?")[0]


def test_registry_points_at_the_live_feeds(site, http):
    sources = load_registry(ROOT / "sources" / "demo.yaml", {"base_url": site.base_url})
    assert {s.kind for s in sources} == {"rss", "html", "atom", "news-sitemap"}
    for source in sources:
        assert http.get(source.url).status_code == 200, source.id


# --- article pages ----------------------------------------------------------------------------------------


def test_enough_articles_outlets_and_days():
    assert 42 <= len(ARTICLES) <= 48
    assert set(Counter(a["outlet"] for a in ARTICLES)) == {"tigris", "sahel", "khyber"}
    assert {_utc(a["published"]).date() for a in ARTICLES} == {date(2026, 3, d) for d in range(9, 16)}


def test_every_article_is_served_with_boilerplate(site, http):
    for article in ARTICLES:
        response = http.get(site.base_url + article["path"])
        assert response.status_code == 200, article["path"]
        assert response.headers["Content-Type"] == "text/html; charset=utf-8"
        assert response.headers["ETag"] and response.headers["Last-Modified"]
        html = response.text
        assert '<html lang="en"' in html
        for text in ("Share on Facebook", "Tweet", "WhatsApp", "Sign up for our daily briefing", "Photo"):
            assert text in html, (article["path"], text)
        assert "advertisement" in html.lower()
        assert "Related stories" in html or "More from" in html
        assert 150 <= sum(len(p.split()) for p in _body_paragraphs(html, article["outlet"])) <= 450
        canonical = BeautifulSoup(html, "lxml").find("link", rel="canonical")
        if canonical is not None:
            assert canonical["href"] == site.base_url + article["path"]


def test_comment_form_on_khyber(site, http):
    html = http.get(site.base_url + next(a["path"] for a in ARTICLES if a["outlet"] == "khyber")).text
    text = BeautifulSoup(html, "lxml").get_text(" ", strip=True)
    assert "Leave a Comment" in text
    assert "Your email address will not be published. Required fields are marked *" in text


def test_page_metadata_differs_by_outlet(site, http):
    for article in ARTICLES:
        soup = BeautifulSoup(http.get(site.base_url + article["path"]).text, "lxml")
        published = _utc(article["published"])
        ld = soup.find("script", type="application/ld+json")
        og = soup.find("meta", property="article:published_time")
        if article["outlet"] == "tigris":
            data = json.loads(ld.string)
            assert data["@type"] == "NewsArticle" and data["headline"] and data["author"]["name"]
            assert _utc(data["datePublished"]) == published
        elif article["outlet"] == "sahel":
            assert ld is None and _utc(og["content"]) == published
        else:
            assert ld is None and og is None and soup.find("meta", property=re.compile("^og:")) is None
            assert datetime.fromisoformat(soup.find("time")["datetime"]) == published


def test_datelines_match_publication_day(site, http):
    for article in ARTICLES:
        lead = _body_paragraphs(http.get(site.base_url + article["path"]).text, article["outlet"])[0]
        match = re.match(r"[A-Z/ ,.a-z]+, March (\d+) \(", lead)
        if match:
            assert int(match.group(1)) == _utc(article["published"]).day, article["path"]


def test_syndicated_pair_has_identical_body(site, http):
    pair = EXPECTED["scenarios"]["syndicated"]
    original, copy = (next(a for a in ARTICLES if a["path"] == pair[k]) for k in ("original", "copy"))
    bodies = [_body_paragraphs(http.get(site.base_url + a["path"]).text, a["outlet"]) for a in (original, copy)]
    assert bodies[0] == bodies[1] and len(bodies[0]) >= 5
    assert original["outlet"] != copy["outlet"]
    assert copy["duplicate_of"] == original["path"]
    assert _utc(original["published"]) < _utc(copy["published"])


# --- the answer key ---------------------------------------------------------------------------------------


def test_answer_key_is_consistent():
    incidents = EXPECTED["incidents"]
    referenced = Counter(key for a in ARTICLES for key in a["incidents"])
    assert set(referenced) == set(incidents)
    for key, gold in incidents.items():
        assert gold["perpetrator"] in PERPETRATORS, key
        assert gold["attack_type"] in ATTACK_TYPES, key
        assert gold["target_type"] in TARGET_TYPES, key
        assert re.fullmatch(r"[A-Z]{2}", gold["country_code"]), key
        assert date(2026, 3, 7) <= date.fromisoformat(gold["event_date"]) <= date(2026, 3, 15), key
        assert all(isinstance(gold[f], int) and gold[f] >= 0 for f in ("killed", "wounded", "kidnapped")), key
        assert isinstance(gold["claimed"], bool), key
    for article in ARTICLES:
        for key in article["incidents"]:
            assert date.fromisoformat(incidents[key]["event_date"]) <= _utc(article["published"]).date()
    assert sum(1 for a in ARTICLES if "duplicate_of" in a) == 1


def test_scenarios_are_in_the_answer_key():
    scenarios, incidents = EXPECTED["scenarios"], EXPECTED["incidents"]
    by_path = {a["path"]: a for a in ARTICLES}
    revised = scenarios["revised_toll"]
    first, follow = by_path[revised["first_report"]], by_path[revised["follow_up"]]
    assert revised["incident"] in first["incidents"] and revised["incident"] in follow["incidents"]
    assert (_utc(follow["published"]).date() - _utc(first["published"]).date()).days == 1
    assert incidents[revised["incident"]]["killed"] == revised["final_killed"] > revised["initial_killed"]
    same = [incidents[k] for k in scenarios["same_day_same_province"]["incidents"]]
    assert same[0]["event_date"] == same[1]["event_date"] and same[0]["admin1"] == same[1]["admin1"]
    assert same[0]["location"] != same[1]["location"] and same[0]["attack_type"] != same[1]["attack_type"]
    two = scenarios["two_incident_article"]
    assert sorted(by_path[two["path"]]["incidents"]) == sorted(two["incidents"]) and len(two["incidents"]) == 2
    negatives = {a["path"] for a in ARTICLES if not a["incidents"]}
    assert set(scenarios["negatives"]) == negatives and len(negatives) >= 10
    assert set(scenarios["non_violence"]) < negatives and 3 <= len(scenarios["non_violence"]) <= 4
    countries = {gold["country"] for gold in incidents.values()}
    assert len(countries) >= 10
    assert len({gold["attack_type"] for gold in incidents.values()}) >= 7

"""Hostile or broken input over real HTTP: XML bombs and external entities, malformed listings,
non-http links, binary pages served as HTML, and pages in wrong, missing or mangled charsets."""

import gzip
import io
import random
import zipfile
from datetime import date, datetime, timezone

import pytest

from incidentwire import pipeline
from incidentwire.settings import Settings
from incidentwire.sources import Source
from tasks import land
from tasks.discover import DiscoveryError, http_url, read_listing
from tasks.fetch import FetchRecord

DAY = date(2026, 3, 10)
STAMP = "Tue, 10 Mar 2026 08:00:00 GMT"
RSS_HEAD = "<rss version='2.0'><channel><title>T</title>"
SITEMAP_HEAD = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
LAUGHS = "".join(
    f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)
)  # lol9 expands to 10^9 'lol's
BILLION_LAUGHS = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">{LAUGHS}]>'
QUADRATIC = f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "{"x" * 50_000}">]>'
EXTERNAL = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "file:///etc/passwd">]>'
PARAMETER = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'


def item(url: str, title: str = "Story") -> str:
    return f"<item><title>{title}</title><link>{url}</link><pubDate>{STAMP}</pubDate></item>"


def rss(prolog: str, body: str) -> bytes:
    return f"{prolog}{RSS_HEAD}{body}</channel></rss>".encode()


def record(body: bytes, url: str = "https://news.example/feed") -> FetchRecord:
    return FetchRecord(url, url, 200, {}, body, datetime(2026, 3, 10, tzinfo=timezone.utc), 1)


def source(kind: str, url: str = "https://news.example/feed", selector: str | None = None) -> Source:
    return Source(id="s", kind=kind, urls=(url,), link_selector=selector, delay=0.0, concurrency=2)


BOMBS = {
    "billion laughs": rss(BILLION_LAUGHS, item("https://n.example/a", "&lol9;")),
    "quadratic blowup": rss(QUADRATIC, item("https://n.example/a", "&big;" * 50_000)),
    "external entity (file:///etc/passwd)": rss(EXTERNAL, item("https://n.example/a", "&leak;")),
    "external parameter entity": rss(PARAMETER, item("https://n.example/a")),
    "billion laughs in UTF-16": rss(BILLION_LAUGHS.replace('"1.0"', '"1.0" encoding="utf-16"'), item("https://n.example/a", "&lol9;"))
    .decode()
    .encode("utf-16"),
    "entities behind leading garbage": b"\x00junk" + rss(BILLION_LAUGHS.replace('<?xml version="1.0"?>', ""), "&lol9;"),
}


@pytest.mark.parametrize("name", list(BOMBS))
@pytest.mark.parametrize("kind", ["rss", "sitemap"])
def test_xml_bombs_and_external_entities_are_refused(name, kind):
    body = BOMBS[name]
    if kind == "sitemap":  # the same prolog in front of a sitemap
        body = body.replace(RSS_HEAD.encode(), SITEMAP_HEAD.encode()).replace(b"</channel></rss>", b"</urlset>")
        if name == "billion laughs in UTF-16":
            body = BOMBS[name].decode("utf-16").replace(RSS_HEAD, SITEMAP_HEAD).encode("utf-16")
    with pytest.raises(DiscoveryError, match="refused XML") as refused:
        read_listing(source(kind), record(body))
    assert refused.value.kind == "xml_refused"


def test_a_bomb_feed_is_recorded_and_the_run_goes_on(route_server, warehouse):
    base = route_server.base_url
    route_server.routes["/bomb.xml"] = (200, {"Content-Type": "application/rss+xml"}, BOMBS["billion laughs"])
    route_server.routes["/good.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss("", item(base + "/a.html")))
    settings = Settings(warehouse=warehouse, allow_private_addresses=True, retries=0)
    bomb = pipeline.discover_source(source("rss", base + "/bomb.xml"), settings, "r")
    good = pipeline.discover_source(source("rss", base + "/good.xml"), settings, "r")
    assert bomb.links == [] and [(f["stage"], f["kind"], f["status"]) for f in bomb.failures] == [("discover", "xml_refused", 200)]
    assert [link.url for link in good.links] == [base + "/a.html"] and good.failures == []


def test_a_partly_broken_feed_keeps_its_good_entries_and_is_recorded(route_server, warehouse):
    base = route_server.base_url
    broken = rss("", item(base + "/a.html") + "<item><title>AT&T cut</title><link>" + base + "/b.html</link></item>" + item(base + "/c.html"))
    route_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, broken)
    settings = Settings(warehouse=warehouse, allow_private_addresses=True, retries=0)
    found = pipeline.discover_source(source("rss", base + "/feed.xml"), settings, "r")
    assert [link.url.removeprefix(base) for link in found.links] == ["/a.html", "/b.html", "/c.html"]
    [row] = found.failures
    assert row["kind"] == "malformed_recovered" and "3 entries kept" in row["error"]


@pytest.mark.parametrize("kind", ["rss", "sitemap"])
def test_a_listing_cut_short_drops_only_its_cut_last_entry(kind):
    if kind == "rss":
        body = rss("", item("https://n.example/a") + item("https://n.example/b")).split(b"</channel>")[0]
        body += b"<item><title>cut</title><link>https://n.example/c-is-lo"
    else:
        urls = "".join(f"<url><loc>https://n.example/{name}</loc></url>" for name in ("a", "b"))
        body = f'<?xml version="1.0"?>{SITEMAP_HEAD}{urls}<url><loc>https://n.example/c-is-lo'.encode()
    listing = read_listing(source(kind), record(body))
    assert [link.url for link in listing.links] == ["https://n.example/a", "https://n.example/b"]
    assert listing.recovered and "2 " in listing.recovered


@pytest.mark.parametrize(
    "kind, body",
    [
        ("rss", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))),
        ("sitemap", b"<html><body><p>We moved our sitemap.</p></body></html>"),
        ("html", random.Random(7).randbytes(4096)),
        ("html", b"<html><body><ul><li>no story links at all</ul>"),
    ],
)
def test_unreadable_listings_are_refused(kind, body):
    with pytest.raises(DiscoveryError):
        read_listing(source(kind, selector="a.headline"), record(body))


def test_unclosed_html_listings_still_give_their_links():
    body = b"<html><body><ul><li><a class=headline href='/a.html'>A<li><a class=headline href=/b.html>B</ul"
    listing = read_listing(source("html", selector="a.headline"), record(body, "https://news.example/world/"))
    assert [link.url for link in listing.links] == ["https://news.example/a.html", "https://news.example/b.html"]


HOSTILE_HREFS = [
    "javascript:alert(document.cookie)",
    " JavaScript:alert(1)",
    "file:///etc/passwd",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "mailto:tips@news.example",
    "ftp://news.example/file.txt",
    "vbscript:msgbox(1)",
]


@pytest.mark.parametrize("kind", ["rss", "sitemap", "html"])
def test_links_with_other_schemes_or_no_host_are_dropped_at_discovery(kind):
    assert http_url("https://news.example/", "http:///no-host") is None
    hrefs = [*HOSTILE_HREFS, "https://news.example/keep.html"]
    if kind == "rss":
        body = rss("", "".join(item(href.replace("&", "&amp;")) for href in hrefs))
    elif kind == "sitemap":
        body = f'<?xml version="1.0"?>{SITEMAP_HEAD}{"".join(f"<url><loc>{h}</loc></url>" for h in hrefs)}</urlset>'.encode()
    else:
        body = "".join(f'<a class="headline" href="{href}">x</a>' for href in hrefs).encode()
    listing = read_listing(source(kind, selector="a.headline"), record(body))
    assert [link.url for link in listing.links] == ["https://news.example/keep.html"]


STORY_EN = [
    "Gunmen attacked a police checkpoint near the café district of Baqubah on Monday, killing two policemen, officials said.",
    "The attackers fled towards the orchards north of the city – a naïve hope, one résident said – and troops began a search.",
    "No group has claimed responsibility for the “coordinated” attack, the latest in a series of raids on checkpoints.",
]
STORY_RU = [
    "Боевики напали на полицейский блокпост недалеко от Баакубы в понедельник, убив двух полицейских, сообщили официальные лица.",
    "Нападавшие скрылись в садах к северу от города, и силы безопасности начали поисковую операцию в провинции Дияла.",
    "Ни одна группа не взяла на себя ответственность за нападение, последнее в серии рейдов на блокпосты в провинции.",
]


def page(paragraphs: list[str], meta: str = "", lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<!doctype html><html lang='{lang}'><head>{meta}<title>Attack</title></head><body><article><h1>Attack</h1>{body}</article></body></html>"


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", "not a web page " * 100)
    return buffer.getvalue()


HTML_TYPE = {"Content-Type": "text/html"}
PAGES = {
    # path: (headers, body bytes, a phrase the landed text must hold, or None when the page is not text)
    "/cp1252-undeclared.html": (HTML_TYPE, page(STORY_EN).encode("cp1252"), "café district"),
    "/utf8-labelled-latin1.html": (
        {"Content-Type": "text/html; charset=iso-8859-1"}, page(STORY_EN).encode("utf-8"), "a naïve hope, one résident said"),
    "/cp1251-declared.html": (
        {"Content-Type": "text/html; charset=windows-1251"}, page(STORY_RU, lang="ru").encode("cp1251"), "полицейский блокпост"),
    "/cp1251-undeclared.html": (HTML_TYPE, page(STORY_RU, lang="ru").encode("cp1251"), "полицейский блокпост"),
    "/mojibake.html": (  # UTF-8 text once read as cp1252 and saved again as UTF-8: "café" became "cafÃ©"
        {"Content-Type": "text/html; charset=utf-8"},
        page([line.replace("–", ",") for line in STORY_EN[:2]] * 2).encode("utf-8").decode("cp1252").encode("utf-8"),
        "a naïve hope, one résident said",
    ),
    "/utf16-bom.html": (HTML_TYPE, page(STORY_EN).encode("utf-16"), "café district"),
    "/png.html": (HTML_TYPE, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, None),
    "/zip.html": (HTML_TYPE, _zip_bytes(), None),
    "/pdf.html": (HTML_TYPE, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 20, None),
    "/gzip.html": ({"Content-Type": "text/html; charset=utf-8"}, gzip.compress(page(STORY_EN).encode()), None),
    "/random.html": (HTML_TYPE, random.Random(11).randbytes(20_000), None),
    # Text-like bytes with one control byte in eight and no NUL: caught by the share of control bytes.
    "/controls.html": (HTML_TYPE, bytes(random.Random(5).choices(b"abcdefg \x01", k=5_000)), None),
}


def test_fetch_then_clean_lands_readable_text_and_refuses_binary(route_server, warehouse):
    base = route_server.base_url
    for path, (headers, body, _) in PAGES.items():
        route_server.routes[path] = (200, headers, body)
    route_server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"}, rss("", "".join(item(base + p) for p in PAGES)))
    settings = Settings(warehouse=warehouse, allow_private_addresses=True, retries=0)
    result = pipeline.collect_source(source("rss", base + "/feed.xml"), DAY, settings, "r")
    assert result.failures == [] and len(result.records) == len(PAGES)
    articles, failures = pipeline.clean_records(result.records, {})
    refused = {f["url"].removeprefix(base): f for f in failures}
    assert set(refused) == {path for path, (_, _, phrase) in PAGES.items() if phrase is None}
    assert {f["kind"] for f in refused.values()} == {"not_text"} and all(f["stage"] == "clean" for f in refused.values())
    texts = {article.url.removeprefix(base): article.body_text for article in articles}
    for path, (_, _, phrase) in PAGES.items():
        if phrase is not None:
            assert phrase in texts[path], (path, texts[path][:200])
            assert not any(mark in texts[path] for mark in ("Ã", "â€", "\ufffd", "Ð")), path
    pipeline.land_day(warehouse, DAY, articles, [])
    landed = {row["url"].removeprefix(base) for row in land.read_rows(warehouse, "articles", [DAY])}
    assert landed == set(texts) and not landed & set(refused)

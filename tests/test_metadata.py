"""Page metadata on recorded real pages (the Zyte benchmark's dev pages) and on small hand-made ones."""

import gzip
import json
from datetime import datetime, timezone

import pytest

from tasks.metadata import page_metadata, parse_page_date
from tests.conftest import shared_path

UTC = timezone.utc
# Values read by hand off each recorded page's markup (page id prefix, field, expected value).
RECORDED = [
    ("291a8bf3", "published_at", datetime(2019, 11, 20, 0, 47, tzinfo=UTC)),  # "November 19, 2019, 07:47 PM EST"
    ("291a8bf3", "author", "Joseph Tsidulko"),
    ("42aad16b", "published_at", datetime(2019, 11, 19, 7, 9, tzinfo=UTC)),  # JSON-LD "19 Nov 2019 07:09 GMT"
    ("42aad16b", "author", "Laura Winter"),
    ("57d46c9d", "published_at", datetime(2019, 11, 19, 21, 57, 1, tzinfo=UTC)),  # "+0000" offset without colon
    ("57d46c9d", "author", "Rodrigo Campos"),
    ("57d46c9d", "language", "en"),
    # JSON-LD says only "November 19, 2019"; the meta tag gives the time of day.
    ("8e3efab5", "published_at", datetime(2019, 11, 19, 11, 21, 8, tzinfo=UTC)),
    ("8e3efab5", "title", "Anthony Lynn: \u201cWe needed to win this game\u201d"),  # entities decoded
    # JSON-LD holds the placeholder 0001-01-01; the URL's date is the one to trust.
    ("65ce3a45", "published_at", datetime(2019, 11, 19, tzinfo=UTC)),
    ("0e014df6", "author", "Regan"),  # article:author is a Facebook URL, JSON-LD names the person
    ("eecd2575", "author", "GREG BEACHAM, AP Sports Writer"),  # "By " dropped
    ("63db31a1", "title", "Star Wars Jedi: Fallen Order review \u2013 shoots for the moon, lands among the stars"),
    ("11ea381a", "language", "pt"),
    ("3c6d3381", "language", "ru"),
]


def recorded_page(prefix: str) -> tuple[str, str]:
    folder = shared_path("data", "article-extraction")
    [path] = list((folder / "html").glob(f"{prefix}*.html.gz"))
    truth = {row["id"]: row for row in map(json.loads, (folder / "ground-truth.jsonl").read_text().splitlines())}
    return gzip.decompress(path.read_bytes()).decode("utf-8"), truth[path.name.split(".")[0]]["url"]


@pytest.mark.parametrize("prefix,field,expected", RECORDED, ids=[f"{p}-{f}" for p, f, _ in RECORDED])
def test_recorded_page_metadata(prefix, field, expected):
    html, url = recorded_page(prefix)
    assert page_metadata(html, url)[field] == expected


def test_recorded_pages_mostly_have_each_field():
    folder = shared_path("data", "article-extraction")
    rows = [json.loads(line) for line in (folder / "ground-truth.jsonl").read_text().splitlines()]
    found = {"title": 0, "published_at": 0, "canonical_url": 0, "author": 0}
    for row in rows:
        html = gzip.decompress((folder / "html" / f"{row['id']}.html.gz").read_bytes()).decode("utf-8")
        meta = page_metadata(html, row["url"])
        for field in found:
            found[field] += meta.get(field) is not None
        assert meta["published_at"] is None or meta["published_at"].year >= 1995
    # Floors a little under today's coverage on the 121 pages (title 121, date 109, canonical 118, author 97).
    assert found["title"] == len(rows) and found["published_at"] >= 105 and found["canonical_url"] >= 115
    assert found["author"] >= 90


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2026-03-10T07:30:00Z", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("2026-03-10T10:30:00+0300", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("March 10, 2026, 02:30 AM EST", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("Tue Mar 10 2026 07:30:00 GMT+0000", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("10 Mar 2026 07:30 GMT", datetime(2026, 3, 10, 7, 30, tzinfo=UTC)),
        ("0001-01-01T00:00:00Z", None),
        ("", None),
        ("not a date", None),
    ],
)
def test_parse_page_date(text, expected):
    assert parse_page_date(text) == expected


def test_json_ld_graph_with_several_authors_and_no_declared_language():
    ld = {"@graph": [{"@type": "WebSite", "name": "x"}, {"@type": "NewsArticle", "headline": "Blast in Mosul",
          "datePublished": "2026-03-10", "author": [{"name": "A. Writer"}, {"name": "B. Writer"}]}]}
    html = f"<html><head><script type='application/ld+json'>{json.dumps(ld)}</script></head><body><p>x</p></body></html>"
    text = "Une explosion a tué trois personnes à Mossoul mardi, selon la police irakienne et des sources médicales."
    meta = page_metadata(html, "https://a.example/x", text=text)
    assert meta["title"] == "Blast in Mosul" and meta["author"] == "A. Writer, B. Writer"
    assert meta["published_at"] == datetime(2026, 3, 10, tzinfo=UTC) and meta["language"] == "fr"


def test_broken_json_ld_and_url_authors_are_skipped():
    html = (
        "<html lang='en-GB'><head><script type='application/ld+json'>{broken</script>"
        "<meta name='author' content='https://facebook.com/outlet'><meta property='og:title' content='A &amp; B'>"
        "</head><body><a rel='author' href='/p/jo'>By Jo Reporter</a><time datetime='2026-03-12T09:00:00Z'>x</time></body></html>"
    )
    meta = page_metadata(html, "https://a.example/x")
    assert meta == {"title": "A & B", "published_at": datetime(2026, 3, 12, 9, tzinfo=UTC), "canonical_url": None,
                    "language": "en", "author": "Jo Reporter"}

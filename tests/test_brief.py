"""The daily brief on a small warehouse landed here: numbers checked by hand, self-contained HTML, escaping, Markdown."""

import json
import re
from datetime import date, datetime, timezone
from pathlib import Path

import lxml.html
import pytest

from tasks import land
from tasks.brief import format_range, gather
from tasks.brief_html import render_html
from tasks.brief_map import load_countries, view_for, WIDTH, HEIGHT
from tasks.brief_markdown import render_markdown, write_brief

HOSTILE_TITLE = '<script>alert("t")</script> Mali | raid & "ambush"'
HOSTILE_GROUP = "<img src=x onerror=alert(1)>"
URL_1 = "https://news.example/mali-raid?id=1&x=2"


def article(article_id: str, url: str, source: str, day: date, title: str = "T", duplicate_of: str | None = None) -> dict:
    at = datetime(day.year, day.month, day.day, 8, tzinfo=timezone.utc)
    return {"id": article_id, "url": url, "canonical_url": url, "source": source, "title": title, "published_at": at,
            "fetched_at": at, "language": "en", "body_text": "b", "content_hash": article_id, "duplicate_of": duplicate_of,
            "run_id": "r1"}


def incident(incident_id: str, day: str, country: str, killed, wounded, confidence: float, **extra) -> dict:
    return {"incident_id": incident_id, "event_date": day, "country": country, "killed": killed, "killed_low": killed,
            "killed_high": killed, "wounded": wounded, "wounded_low": wounded, "wounded_high": wounded,
            "confidence": confidence, "perpetrator": "Unknown", "attack_type": "armed_assault", **extra}


@pytest.fixture
def brief_warehouse(warehouse: Path) -> Path:
    """Incidents on the day (2), earlier in the week (1), earlier in the 90 days (1) and before them (1)."""
    day = date(2026, 3, 10)
    land.replace_partition(warehouse, "articles", day, [
        article("a1", URL_1, "s1", day, HOSTILE_TITLE),
        article("a2", "https://copy.example/1", "s1", day, duplicate_of="a1"),
        article("a4", "javascript:alert(2)", "s1", day, "hostile link")], ["id"])
    land.replace_partition(warehouse, "articles", date(2026, 3, 1), [
        article("a3", "https://quiet.example/1", "s2", date(2026, 3, 1))], ["id"])
    land.sync_partitions(warehouse, "incidents", [
        incident("i1", "2026-03-10", "Mali", 12, 3, 0.9, killed_low=7, killed_high=15, latitude=14.46, longitude=-3.88,
                 location="Boni", perpetrator="Jama'at Nusrat al-Islam wal-Muslimin"),
        incident("i2", "2026-03-10", "Iraq", 2, None, 0.5, latitude=33.34, longitude=44.4, perpetrator=HOSTILE_GROUP),
        incident("i3", "2026-03-07", "Iraq", 5, 4, 0.95, latitude=36.34, longitude=43.13, attack_type="bombing_explosion"),
        incident("i4", "2026-02-20", "Nigeria", 100, 0, 0.95),
        incident("i5", "2025-10-01", "Syria", 50, 0, 0.95)], lambda row: row["event_date"], ["incident_id"])
    land.sync_partitions(warehouse, "incident_articles", [
        {"incident_id": "i1", "article_id": "a1", "mention_index": 0, "url": URL_1, "article_date": "2026-03-10"},
        {"incident_id": "i1", "article_id": "a4", "mention_index": 0, "url": "javascript:alert(2)", "article_date": "2026-03-10"},
        {"incident_id": "i2", "article_id": "a1", "mention_index": 1, "url": URL_1, "article_date": "2026-03-10"}],
        lambda row: row["article_date"], ["incident_id", "article_id"])
    # The runs crawled 2026-03-10 and 2026-01-01 but started today: failures count by the day crawled.
    now = datetime(2026, 11, 24, tzinfo=timezone.utc)
    land.replace_partition(warehouse, "runs", now.date(), [
        {"run_id": "r1", "flow": "daily", "parameters": '{"date": "2026-03-10"}', "started_at": now, "status": "completed"},
        {"run_id": "r0", "flow": "daily", "parameters": '{"date": "2026-01-01"}', "started_at": now, "status": "completed"}],
        ["run_id"])
    land.replace_partition(warehouse, "fetch_failures", now.date(), [
        {"run_id": "r1", "source": "s1", "url": "https://a/1", "stage": "fetch", "kind": "timeout", "at": now},
        {"run_id": "r1", "source": "s1", "url": "https://a/2", "stage": "fetch", "kind": "timeout", "at": now},
        {"run_id": "r1", "source": "s2", "url": "https://a/3", "stage": "fetch", "kind": "http_5xx", "at": now},
        {"run_id": "r0", "source": "s2", "url": "https://a/4", "stage": "fetch", "kind": "reset", "at": now}], ["url"])
    return warehouse


def test_headline_numbers_rankings_and_quality_match_the_rows(brief_warehouse):
    brief = gather(brief_warehouse, days=7, low_confidence=0.8, silent_days=3, registry_sources=["s1", "s3"])
    assert brief.day == date(2026, 3, 10) and brief.start == date(2026, 3, 4)  # the latest day with incidents
    # day: i1 + i2; week: + i3; i4 and i5 are older than the week
    assert (brief.today.incidents, brief.today.killed, brief.today.wounded, brief.today.countries) == (2, 14, 3, 2)
    assert (brief.period.incidents, brief.period.killed, brief.period.wounded, brief.period.countries) == (3, 19, 7, 2)
    assert [i.incident_id for i in brief.incidents] == ["i1", "i2"]
    assert [s.url for s in brief.incidents[0].sources] == [URL_1, "javascript:alert(2)"]
    # the chart's 90 days (2025-12-11 on) hold i4 but not i5
    assert sorted((str(d), c, n, k) for d, c, n, k in brief.daily) == [
        ("2026-02-20", "Nigeria", 1, 100), ("2026-03-07", "Iraq", 1, 5), ("2026-03-10", "Iraq", 1, 2), ("2026-03-10", "Mali", 1, 12)]
    assert brief.attack_types == [("armed_assault", 2, 14), ("bombing_explosion", 1, 5)]
    assert len(brief.points) == 3 and brief.unmapped == 0
    quality = brief.quality
    assert quality.failures_by_kind == [("timeout", 2), ("http_5xx", 1)]  # r0 crawled another day
    assert (quality.articles, quality.duplicates, quality.duplicate_rate) == (3, 1, pytest.approx(1 / 3))
    assert quality.low_confidence == 1  # i2 at 0.5
    assert quality.silent_sources == [("s2", date(2026, 3, 1)), ("s3", None)]  # s3: in the registry, never landed


def test_silent_sources_come_from_the_latest_runs_registry(brief_warehouse, tmp_path):
    """Without a registry passed in, the brief reads the one the latest run crawled, with its source selection."""
    from tasks.brief import brief_from_settings

    registry = tmp_path / "sources.yaml"
    registry.write_text(
        "sources:\n"
        + "".join(f"  - {{id: {name}, kind: rss, url: 'http://127.0.0.1:{{port}}/{name}.xml'}}\n" for name in ("s1", "s2", "s3", "s4")))
    later = datetime(2026, 11, 25, tzinfo=timezone.utc)
    for selection, expected in (("s1,s3", ["s2", "s3"]), ("all", ["s2", "s3", "s4"])):
        parameters = json.dumps({"date": "2026-03-10", "sources": selection, "sources_file": str(registry)})
        land.replace_partition(brief_warehouse, "runs", later.date(), [
            {"run_id": "r2", "flow": "daily", "parameters": parameters, "started_at": later, "status": "completed"}], ["run_id"])
        quality = brief_from_settings(brief_warehouse, days=7).quality
        assert [source for source, _ in quality.silent_sources] == expected  # s2 landed but went quiet; s3, s4 never landed
    registry.unlink()  # a registry since moved away: the check falls back to the sources seen in the warehouse
    assert [source for source, _ in brief_from_settings(brief_warehouse, days=7).quality.silent_sources] == ["s2"]


def test_ranges_are_shown_only_where_they_differ():
    assert format_range(12, 7, 15) == "12 (7-15)"
    assert format_range(5, 5, 5) == "5"
    assert format_range(12, 7, None) == "12 (7+)"
    assert format_range(None, None, None) == "-"


def test_html_is_self_contained_and_escapes_hostile_text(brief_warehouse, tmp_path):
    html_path, md_path = write_brief(gather(brief_warehouse), tmp_path / "out")
    assert html_path == tmp_path / "out" / "brief-2026-03-10.html" and md_path.exists()
    html = html_path.read_text()
    tree = lxml.html.fromstring(html)
    assert not tree.xpath("//script | //link | //img | //iframe | //object | //embed | //@src | //@srcset | //@xlink:href",
                          namespaces={"xlink": "http://www.w3.org/1999/xlink"})
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html, re.I) and "@import" not in html
    # the only URLs are the source links: i1's and i2's landed article (a4's javascript: URL stays text)
    assert [(a.get("class"), a.get("href")) for a in tree.xpath("//*[@href]")] == [("source-link", URL_1)] * 2
    assert 'href="https://news.example/mali-raid?id=1&amp;x=2"' in html and "hostile link" in html
    assert "&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; Mali | raid &amp; &quot;ambush&quot;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert len(re.findall(r'class="bar"', html)) == 8  # 4 (day, country) cells, in both panels
    assert len(re.findall(r'class="incident-point"', html)) == 3
    assert re.search(r"Content-Security-Policy\" content=\"default-src 'none'", html)


def test_markdown_has_every_section_and_escapes_table_cells(brief_warehouse):
    text = render_markdown(gather(brief_warehouse))
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == ["# incidentwire daily brief, 2026-03-10", "## Headline numbers", "## Incidents on 2026-03-10",
                        "## Incidents and fatalities by country, last 90 days",
                        "## Most active perpetrators (2026-03-04 to 2026-03-10)", "## Attack types (2026-03-04 to 2026-03-10)",
                        "## Map", "## Data quality"]
    assert "| Day (2026-03-10) | 2 | 14 | 3 | 2 |" in text and "| Period (7 days) | 3 | 19 | 7 | 2 |" in text
    rows = [line for line in text.splitlines() if line.startswith("| 2026-03-10 |")]
    assert len(rows) == 2 and all(len(re.findall(r"(?<!\\)\|", row)) == 9 for row in rows)  # escaped | stays in its cell
    assert f"(<{URL_1}>)" in text and "(<javascript:" not in text
    assert "\\<img src=x onerror=alert\\(1\\)\\>" in text and "12 (7-15)" in text
    assert "- Fetch failures: 3 (timeout: 2, http\\_5xx: 1)" in text and "- Low-confidence incidents (confidence below 0.80): 1" in text


def test_an_empty_warehouse_gives_a_brief_that_says_so(warehouse):
    brief = gather(warehouse)
    assert brief.today.incidents == 0 and brief.incidents == [] and brief.points == []
    assert "No incidents landed for this day." in render_html(brief) and "None." in render_markdown(brief)


def test_country_outlines_decode_and_the_map_zooms_to_the_incidents(brief_warehouse):
    countries = {country.name: country for country in load_countries()}
    assert len(countries) == 177
    west, south, east, north = countries["Mali"].bbox  # Bamako, 12.65 N 8.0 W, lies in Mali's box
    assert west < -8.0 < east and south < 12.65 < north and -13 < west < -11 and 24 < north < 26
    points = gather(brief_warehouse).points
    view = view_for(points)
    assert view.west < -3.88 and view.east > 44.4 and view.east - view.west < 120  # zoomed: not the whole world
    for point in points:
        x, y = view.project(point.longitude, point.latitude)
        assert 0.05 * WIDTH < x < 0.95 * WIDTH and 0.05 * HEIGHT < y < 0.95 * HEIGHT  # inside, with a margin

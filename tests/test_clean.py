import gzip
import json
from datetime import datetime, timezone

import pytest

from tasks.clean import CleanError, article_text, clean_record, decode_body, page_metadata, strip_boilerplate, token_f1
from tasks.fetch import FetchRecord
from tests.conftest import html_page, shared_path

PARAGRAPHS = [
    "BAGHDAD – Gunmen attacked an army checkpoint in Diyala province on Monday, killing three soldiers, security sources said.",
    "The attack took place near the town of Muqdadiyah, a rural area where militant cells remain active years after 2017.",
    "No group has claimed responsibility for the attack, but officials blamed Islamic State sleeper cells.",
    "Source link",
    "Leave a Comment",
    "Your email address will not be published. Required fields are marked *",
]
JSON_LD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"headline": "Gunmen kill three soldiers in Diyala", "datePublished": "2026-03-10T07:30:00Z", '
    '"author": {"@type": "Person", "name": "Reem Saleh"}}</script>'
    '<link rel="canonical" href="https://tigris.example/2026/03/10/diyala.html">'
)


def record(body: bytes, url="https://tigris.example/2026/03/10/diyala.html?utm_source=rss", headers=None):
    headers = headers if headers is not None else {"content-type": "text/html; charset=utf-8"}
    return FetchRecord(url, url, 200, headers, body, datetime(2026, 3, 10, 9, tzinfo=timezone.utc), 3, source_id="t")


def test_clean_record_reads_text_and_metadata():
    article = clean_record(record(html_page("Diyala attack", PARAGRAPHS, JSON_LD)), "en")
    assert article.title == "Gunmen kill three soldiers in Diyala"
    assert article.published_at == datetime(2026, 3, 10, 7, 30, tzinfo=timezone.utc)
    assert article.canonical_url == "https://tigris.example/2026/03/10/diyala.html"
    assert article.author == "Reem Saleh" and article.language == "en" and article.source == "t"
    assert "killing three soldiers" in article.body_text
    for boilerplate in ("Source link", "Leave a Comment", "will not be published", "Advertisement", "Related stories"):
        assert boilerplate not in article.body_text
    assert str(article.date) == "2026-03-10" and len(article.article_id) == 20


def test_metadata_falls_back_to_open_graph_time_element_and_url():
    og = '<meta property="article:published_time" content="2026-03-11T10:00:00+03:00"><meta property="og:title" content="OG title">'
    meta = page_metadata(html_page("t", ["x"], og).decode(), "https://a.example/x")
    assert meta["published_at"] == datetime(2026, 3, 11, 7, tzinfo=timezone.utc) and meta["title"] == "OG title"
    timed = page_metadata("<html><body><time datetime='2026-03-12'>12 March</time></body></html>", "https://a.example/x")
    assert timed["published_at"].date().isoformat() == "2026-03-12"
    from_url = page_metadata("<html><body><p>x</p></body></html>", "https://a.example/2026/03/13/story")
    assert from_url["published_at"].date().isoformat() == "2026-03-13"


def test_pages_without_an_article_are_rejected_with_a_reason():
    with pytest.raises(CleanError, match="no article text"):
        clean_record(record(b"<html><body><nav>Home</nav></body></html>"))
    with pytest.raises(CleanError, match="not an HTML page"):
        clean_record(record(b"%PDF-1.4", headers={"content-type": "application/pdf"}))


def test_charset_is_detected_when_undeclared_or_wrong():
    text = "Les assaillants ont tué trois soldats près de Ménaka, a déclaré l'armée malienne."
    assert decode_body(text.encode("cp1252"), {}) .startswith("Les assaillants ont tué")
    assert decode_body(text.encode("utf-8"), {"content-type": "text/html; charset=bogus-charset"}) == text
    assert decode_body(text.encode("latin-1"), {"content-type": "text/html; charset=iso-8859-1"}) == text


def test_strip_boilerplate_on_the_seed_lines():
    seed = shared_path("seeds", "000_e8797aea7a97c89d.txt").read_text()
    cleaned = strip_boilerplate(seed)
    assert "Source link" not in cleaned and "Leave a Comment" not in cleaned and "will not be published" not in cleaned
    assert "claimed responsibility on Tuesday" in cleaned


def test_article_text_on_real_pages_reaches_the_floor():
    """A quality gate on real pages: token F1 over the Zyte dev pages stays above a pinned floor."""
    folder = shared_path("data", "article-extraction")
    truth = [json.loads(line) for line in (folder / "ground-truth.jsonl").read_text().splitlines()][:30]
    scores = []
    for item in truth:
        html = gzip.decompress((folder / "html" / f"{item['id']}.html.gz").read_bytes()).decode("utf-8", "replace")
        scores.append(token_f1(article_text(html, item["url"]), item["articleBody"]))
    mean_f1 = sum(scores) / len(scores)
    assert mean_f1 >= 0.97, f"mean token F1 {mean_f1:.3f} fell below the floor"


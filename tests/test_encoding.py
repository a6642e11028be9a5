"""Charsets: undeclared, wrongly declared, and mojibake repaired."""

from datetime import datetime, timezone

from tasks.clean import clean_record
from tasks.encoding import decode_body, declared_charset, repair_mojibake
from tasks.fetch import FetchRecord

FRENCH = "Les assaillants ont tué trois soldats près de Ménaka, a déclaré l'armée malienne à Gao."


def test_declared_charset_from_header_then_meta():
    assert declared_charset(b"", {"content-type": "text/html; charset=ISO-8859-1"}) == "ISO-8859-1"
    assert declared_charset(b"<meta charset='windows-1256'>", {}) == "windows-1256"
    assert declared_charset(b"<p>x</p>", {}) is None


def test_utf8_page_declared_latin1_is_read_as_utf8():
    assert decode_body(FRENCH.encode("utf-8"), {"content-type": "text/html; charset=iso-8859-1"}) == FRENCH


def test_real_latin1_page_stays_latin1():
    assert decode_body(FRENCH.encode("latin-1"), {"content-type": "text/html; charset=iso-8859-1"}) == FRENCH


def test_undeclared_non_utf8_is_detected():
    arabic = "قتل ثلاثة جنود في هجوم على نقطة تفتيش في ديالى يوم الاثنين، بحسب مصادر أمنية عراقية."
    assert decode_body(arabic.encode("cp1256"), {}) == arabic


def test_mojibake_is_repaired_and_clean_text_untouched():
    broken = FRENCH.encode("utf-8").decode("cp1252")
    assert "Ã©" in broken and repair_mojibake(broken) == FRENCH
    assert repair_mojibake(FRENCH) == FRENCH
    assert repair_mojibake("Price: 5 Â£") != "Price: 5 Â£"


def test_clean_record_repairs_double_encoded_body_and_title():
    paragraphs = "".join(f"<p>{FRENCH} Paragraphe {n} du récit, avec les détails de l'attaque.</p>" for n in range(4))
    page = f"<html lang='fr'><head><meta charset='utf-8'><title>Attaque à Ménaka</title></head><body><article><h1>Attaque à Ménaka</h1>{paragraphs}</article></body></html>"
    # The publisher's CMS double-encoded the page: UTF-8 bytes of text that was already mojibake.
    body = page.encode("utf-8").decode("cp1252").encode("utf-8")
    record = FetchRecord("https://s.example/a", "https://s.example/a", 200, {"content-type": "text/html; charset=utf-8"},
                         body, datetime(2026, 3, 10, tzinfo=timezone.utc), 1)
    article = clean_record(record)
    assert "tué trois soldats près de Ménaka" in article.body_text and article.title == "Attaque à Ménaka"

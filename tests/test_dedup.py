from dataclasses import replace
from datetime import date, datetime, timezone

from tasks.clean import Article, content_hash
from tasks.dedup import mark_duplicates, unique_by_id
from tasks.urls import canonical_url

STORY = (
    "Gunmen attacked an army checkpoint in Diyala province on Monday, killing three soldiers and wounding two, "
    "security sources said. The attack took place near Muqdadiyah, a rural area where militant cells remain "
    "active years after Iraq declared victory over Islamic State in 2017. No group has claimed responsibility. "
    "Iraq has seen relative security stability in recent years after the chaos of the 2003 invasion and years of "
    "sectarian conflict that followed. The recent attacks come as the government seeks the withdrawal of foreign "
    "forces from the country, and as officials warn that sleeper cells exploit security gaps between federal Iraq "
    "and the Kurdistan Region, where the army and the peshmerga do not coordinate their patrols."
)
OTHER = (
    "A roadside bomb struck a police patrol near Baqubah on Monday, wounding four policemen, officials said. "
    "The blast damaged two vehicles on the main road to Baghdad. Police cordoned off the area and opened an inquiry."
)


def article(article_id: str, text: str, hour: int, source: str = "a") -> Article:
    published = datetime(2026, 3, 10, hour, tzinfo=timezone.utc)
    return Article(article_id, f"https://{source}.example/{article_id}", f"https://{source}.example/{article_id}", source,
                   "t", published, published, "en", None, text, content_hash(text), date(2026, 3, 10))


def test_exact_copy_points_to_the_earlier_article():
    first, copy = article("a1", STORY, 8), article("b1", STORY.replace(" ", "  "), 9, "b")
    marked = {a.article_id: a.duplicate_of for a in mark_duplicates([copy, first], [])}
    assert marked == {"a1": None, "b1": "a1"}


def test_light_edit_is_a_near_duplicate_and_a_different_story_is_not():
    edited = STORY.replace("security sources said", "according to security sources") + " More details to follow."
    marked = {a.article_id: a.duplicate_of for a in mark_duplicates([article("a1", STORY, 8), article("b1", edited, 9), article("c1", OTHER, 10)], [])}
    assert marked == {"a1": None, "b1": "a1", "c1": None}


def test_copy_of_a_prior_day_article_points_to_it():
    prior = replace(article("p1", STORY, 1), date=date(2026, 3, 9))
    [marked] = mark_duplicates([article("n1", STORY, 8)], [prior])
    assert marked.duplicate_of == "p1"


def test_same_canonical_url_collapses_to_one_row():
    assert len(unique_by_id([article("a1", STORY, 8), article("a1", STORY, 9)])) == 1


def test_canonical_url_folds_tracking_amp_and_mobile_hosts():
    assert canonical_url("https://m.example.com/a/story.html?utm_source=x&id=3#top") == "https://www.example.com/a/story.html?id=3"
    assert canonical_url("https://example.com/story/amp/") == "https://example.com/story/"
    assert canonical_url("HTTPS://Example.com:443/x?fbclid=1") == "https://example.com/x"

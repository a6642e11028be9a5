import json
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

from tasks.clean import Article, content_hash
from tasks.dedup import mark_duplicates, unique_by_id
from tasks.dedup_eval import KINDS, evaluate_pairs, load_pairs, pair_article, predict_pair
from tasks.dedup_text import casualty_kind, fingerprint, story_lines

REPO = Path(__file__).resolve().parents[1]
GOLD = {row["id"]: row["text"] for row in map(json.loads, (REPO / "gold" / "dev.jsonl").read_text().splitlines())}
STORY = GOLD["g015"]  # SDF checkpoint attack in Deir al-Zour: four killed, a fifth died of wounds
BACKGROUND = STORY.split("\n\n")[-1]
OTHER = (
    "A roadside bomb struck a police patrol near Baqubah on Monday, wounding four policemen, officials said. "
    "The blast damaged two vehicles on the main road to Baghdad. Police cordoned off the area and opened an inquiry."
)


def article(article_id: str, text: str, hour: int, source: str = "a", url: str | None = None) -> Article:
    published = datetime(2026, 3, 10, hour, tzinfo=timezone.utc)
    url = url or f"https://{source}.example/{article_id}"
    return Article(article_id, url, url, source, "t", published, published, "en", None, text, content_hash(text),
                   date(2026, 3, 10))


def page(url: str, text: str, published: str) -> Article:
    """A pair side as the clean stage would build it (id from the canonical URL)."""
    return pair_article({"url": url, "text": text, "published": published}, datetime.now(timezone.utc))


def copy_of(first_text: str, second_text: str, **second: str) -> str | None:
    """duplicate_of of the second text when both arrive in one batch, the first an hour earlier."""
    marked = mark_duplicates([article("a1", first_text, 8), article("b1", second_text, 9, "b", second.get("url"))], [])
    assert marked[0].duplicate_of is None
    return marked[1].duplicate_of


# --- one example per kind of the labelled set ----------------------------------------------------------


def test_exact_copy_points_to_the_earlier_article():
    first, copy = article("a1", STORY, 8), article("b1", STORY.replace(" ", "  ").upper(), 9, "b")
    marked = {a.article_id: a.duplicate_of for a in mark_duplicates([copy, first], [])}
    assert marked == {"a1": None, "b1": "a1"}


def test_copy_with_other_furniture_and_a_trimmed_last_paragraph_is_a_duplicate():
    copy = STORY.replace("QAMISHLI, Syria (IW) – ", "Qamishli: ").rsplit("\n\n", 1)[0] + (
        "\n\nREAD MORE: Gunmen kill 9 in Kano market raid\n\nReporting by Amina Yusuf; Editing by Tom Hallett"
        "\n\nFollow us on X, Facebook and Telegram for the latest news."
    )
    assert copy_of(STORY, "Advertisement\n\n3 min read\n\n" + copy) == "a1"


def test_light_edit_is_a_near_duplicate_and_a_different_story_is_not():
    edited = STORY.replace("an SDF statement said", "according to an SDF statement") + " More details to follow."
    batch = [article("a1", STORY, 8), article("b1", edited, 9), article("c1", OTHER, 10)]
    assert {a.article_id: a.duplicate_of for a in mark_duplicates(batch, [])} == {"a1": None, "b1": "a1", "c1": None}


def test_rewrite_with_us_spelling_swapped_paragraphs_and_weekday_style_is_a_duplicate():
    first = GOLD["g001"]
    parts = first.replace("armoured", "armored").replace("late Monday", "Monday night").split("\n\n")
    parts[1], parts[2] = parts[2], parts[1]
    assert copy_of(first, "\n\n".join(parts)) == "a1"


def test_same_page_at_an_amp_or_mobile_address_with_a_slightly_different_text_is_a_duplicate():
    address = "https://www.tigristribune.example/news/2025/10/01/sdf-checkpoint-attack.html"
    amp_text = STORY.replace("\n\n", "\n\nAdvertisement\n\n", 1).replace(" in the area", "")
    for other in (address.replace("www.", "m.") + "?utm_source=twitter", address.replace(".html", ".amp.html"),
                  address.replace("https://www.", "http://")):
        first, second = page(address, STORY, "2025-10-01T08:00:00"), page(other, amp_text, "2025-10-01T10:00:00")
        [marked] = mark_duplicates([second], [first])
        assert marked.duplicate_of == first.article_id, other


def test_same_page_captured_with_a_cookie_notice_is_a_duplicate_by_its_address_alone():
    address = "https://www.tigristribune.example/news/2025/10/01/sdf-checkpoint-attack.html"
    cookies = ("We use cookies and similar technologies to improve your experience on our website, to analyse "
               "traffic and to show you personalised content. By continuing to browse the site you agree to our use "
               "of cookies. You can change your settings at any time in your browser preferences, and you can read "
               "more about how we process personal data in the privacy notice at the bottom of every page.")
    first = page(address, STORY, "2025-10-01T08:00:00")
    for url, expected in ((address.replace("www.", "m."), first.article_id),
                          (address.replace("https://www.", "http://"), first.article_id),
                          ("https://other.example/sdf-attack", None)):
        second = page(url, STORY + "\n\n" + cookies, "2025-10-01T10:00:00")
        assert mark_duplicates([second], [first])[0].duplicate_of == expected, url


def test_update_with_a_revised_toll_is_not_a_duplicate():
    update = STORY.replace("killing four fighters", "killing six fighters").replace(
        "A fifth fighter who was seriously wounded later died", "Two fighters who were seriously wounded later died")
    assert copy_of(STORY, update) is None
    appended = STORY + "\n\nTwo more wounded fighters died on Thursday, bringing the death toll to seven, the SDF said."
    assert copy_of(STORY, appended) is None


def test_the_same_page_updated_in_place_with_a_new_toll_is_not_a_duplicate():
    address = "https://www.tigristribune.example/news/2025/10/01/sdf-checkpoint-attack.html"
    first = page(address, STORY, "2025-10-01T08:00:00")
    later = page(address, STORY.replace("killing four", "killing seven"), "2025-10-02T08:00:00")
    assert mark_duplicates([later], [first])[0].duplicate_of is None


def test_different_attack_in_the_same_province_sharing_the_background_paragraph_is_not_a_duplicate():
    sibling = (
        "QAMISHLI, Syria (IW) – Gunmen on motorcycles shot dead two fighters of the Kurdish-led Syrian Democratic "
        "Forces (SDF) at a checkpoint in Syria's eastern Deir al-Zour province on Sunday, the SDF said.\n\n"
        "The attackers opened fire on the checkpoint near the town of Shuhail at night and fled, an SDF statement "
        "said.\n\nThe SDF blamed ISIS sleeper cells. The group did not immediately claim the attack.\n\n" + BACKGROUND
    )
    assert copy_of(STORY, sibling) is None


def test_follow_up_on_the_same_incident_is_not_a_duplicate():
    funeral = (
        "QAMISHLI, Syria (IW) – Hundreds of people attended funerals in Hasakah on Thursday for the fighters of the "
        "Syrian Democratic Forces killed in an attack on a checkpoint near Busayrah in Deir al-Zour province.\n\n"
        "Coffins draped in the yellow SDF flag were carried to the martyrs' cemetery, and commanders vowed to hunt "
        "down the cells behind the attack.\n\n" + BACKGROUND
    )
    assert copy_of(STORY, funeral) is None


# --- behaviour around the kinds -----------------------------------------------------------------------


def test_copy_of_a_prior_day_article_points_to_it():
    prior = replace(article("p1", STORY, 1), date=date(2026, 3, 9))
    [marked] = mark_duplicates([article("n1", STORY, 8)], [prior])
    assert marked.duplicate_of == "p1"


def test_copy_of_a_copy_points_to_the_original_and_a_copy_of_an_update_to_the_update():
    prior_copy = replace(article("p2", STORY + "\n\nSource: IW", 2), duplicate_of="p1")
    update = STORY.replace("killing four fighters", "killing six fighters")
    new = [article("n1", STORY + "\n\n— IW", 8), article("u1", update, 9),
           article("u2", update + "\n\nAdvertisement", 10)]
    marked = mark_duplicates(new, [article("p1", STORY, 1), prior_copy])
    assert [a.duplicate_of for a in marked] == ["p1", None, "u1"]


def test_a_typo_in_a_casualty_word_does_not_make_a_copy_look_like_an_update():
    typo = STORY.replace("seriously wounded", "seriously woundded").replace("killing four", "killling four")
    assert copy_of(typo, STORY) == "a1"
    assert [casualty_kind(w) for w in ("woundded", "wuonded", "kiling", "founded", "willing")] == \
        ["wounded", "wounded", "killed", None, None]


def test_same_canonical_url_collapses_to_one_row():
    assert len(unique_by_id([article("a1", STORY, 8), article("a1", STORY, 9)])) == 1


def test_fingerprint_ignores_syndication_furniture_and_folds_spelling_and_number_words():
    plain = fingerprint("Gunmen killed seventeen people in the centre of the town on Monday, police said.")
    dressed = fingerprint(
        "Listen to this article\n\nGunmen killed 17 people in the center of the town on Monday, police said.\n\n"
        "(Reporting by Omar Farah in Dakar; Editing by Lucia Ramos)\n\nPhoto: IW / File"
    )
    assert set(dressed.shingles) == set(plain.shingles) and plain.figures == dressed.figures == ((("killed", 17), 1),)
    assert story_lines("Advertisement\n\nThe attack.\n\nSign up for our morning briefing.") == ["The attack."]


def test_ages_years_and_distances_are_not_casualty_figures():
    found = fingerprint("A 67-year-old woman was killed 40 km from the town in 2024, and 3 people were wounded.")
    assert dict(found.figures) == {("wounded", 3): 1}


# --- the labelled set --------------------------------------------------------------------------------


def test_labelled_pairs_cover_every_kind_with_about_half_duplicates():
    pairs = load_pairs()
    assert len(pairs) >= 200 and len({pair["id"] for pair in pairs}) == len(pairs)
    assert {pair["kind"] for pair in pairs} == set(KINDS)
    assert 0.4 <= sum(pair["duplicate"] for pair in pairs) / len(pairs) <= 0.6
    assert all(not pair["duplicate"] for pair in pairs if pair["kind"] in ("update", "same_topic", "follow_up"))
    assert all(pair[side]["url"] and pair[side]["text"] for pair in pairs for side in ("a", "b"))


def test_quality_gate_on_the_labelled_pairs():
    result = evaluate_pairs(load_pairs())
    wrong = {kind: figures["wrong"] for kind, figures in result["by_kind"].items() if figures["wrong"]}
    assert result["precision"] >= 0.98, wrong
    assert result["recall"] >= 0.95, wrong


def test_evaluate_pairs_counts_a_miss_and_a_false_alarm():
    pairs = [pair for pair in load_pairs() if pair["kind"] in ("exact", "update")][:20]
    flipped = [{**pair, "duplicate": not pair["duplicate"]} for pair in pairs]
    result = evaluate_pairs(flipped)
    right_before = sum(predict_pair(pair) == pair["duplicate"] for pair in pairs)
    assert result["tp"] == 0 and result["fn"] + result["fp"] == right_before

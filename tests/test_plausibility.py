"""Plausibility checks: absurd figures, dates and places are flagged and kept, through extract, resolve and report."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from incidentwire import pipeline
from incidentwire.settings import Settings
from tasks import land, plausibility
from tasks.clean import clean_record
from tasks.extract import MIN_CONFIDENCE, extract_incidents
from tasks.extract.numbers import MAX_NUMBER
from tasks.fetch import fetch_url, make_session
from tasks.plausibility import FIGURE_CEILINGS, FLAG_PENALTIES, apply_checks, check_record, satire_signals
from tasks.report import summary
from tasks.resolve import resolve
from tests.conftest import html_page
from tests.test_resolve import mention

REPO = Path(__file__).resolve().parents[1]
PUBLISHED = date(2026, 3, 10)
# The same attack, told straight by two outlets and inflated to a million dead by a satire page.
STRAIGHT = [
    "KABUL - A suicide bomber blew himself up outside the Ministry of Interior in Kabul on Monday, killing 12 "
    "people and wounding 30 others, officials said.",
    "The Taliban claimed responsibility for the attack in a statement. Police sealed off the area and ambulances "
    "took the wounded to hospitals across the city.",
]
# Another outlet's report of the same attack, in its own words.
REWORDED = [
    "KABUL - A suicide attacker struck outside the Interior Ministry in the Afghan capital on Monday, killing 12 "
    "people and wounding 30, officials said.",
    "The Taliban said in a statement that it had carried out the bombing.",
]
SATIRE = [
    "KABUL - A suicide bomber blew himself up outside the Ministry of Interior in Kabul on Monday, killing "
    "1,000,000 people and wounding 12 others, officials said.",
    "The Taliban claimed responsibility for the attack in a statement. Witnesses said the blast was heard on the "
    "Moon, where it woke two astronauts.",
]


def test_a_satire_page_with_a_million_killed_is_kept_and_flagged():
    text = "\n\n".join(SATIRE)
    plain = extract_incidents(text, published=PUBLISHED)
    flagged = extract_incidents(text, published=PUBLISHED, title="[Satire] Kabul blast", url="https://example.org/humour/kabul")
    assert len(plain) == len(flagged) == 1
    [plain], [flagged] = plain, flagged
    # the figure is kept as the text gives it, never dropped or capped
    assert flagged["killed"] == plain["killed"] > FIGURE_CEILINGS["killed"]["default"]
    assert "1,000,000" in flagged["evidence"]["killed"]
    assert plain["flags"] == ["implausible_killed"]
    assert flagged["flags"] == ["implausible_killed", "satire"]
    assert flagged["confidence"] < plain["confidence"]
    json.dumps(flagged)


def test_flags_lower_confidence_by_their_penalties_and_never_raise_it():
    record = {"killed": 5000, "attack_type": "armed_assault", "confidence": 0.9, "evidence": {}}
    apply_checks(record, satire=True)
    expected = 0.9 - FLAG_PENALTIES["implausible"] - FLAG_PENALTIES["satire"]
    assert record["flags"] == ["implausible_killed", "satire"] and record["confidence"] == pytest.approx(expected)
    low = apply_checks({"killed": 5000, "confidence": 0.01, "evidence": {}})
    assert low["confidence"] == 0.01 and low["flags"] == ["implausible_killed"]
    floor = apply_checks({"killed": 5000, "wounded": 50000, "kidnapped": 5000, "confidence": 0.5, "evidence": {}}, satire=True)
    assert floor["confidence"] == plausibility.FLAGGED_CONFIDENCE_FLOOR and floor["killed"] == 5000
    clean = apply_checks({"killed": 5, "confidence": 0.7, "evidence": {}})
    assert clean["flags"] == [] and clean["confidence"] == 0.7


@pytest.mark.parametrize("figure", list(FIGURE_CEILINGS))
def test_ceilings_by_figure_and_attack_type(figure):
    for attack_type, ceiling in FIGURE_CEILINGS[figure].items():
        kind = "armed_assault" if attack_type == "default" else attack_type
        assert check_record({figure: ceiling, "attack_type": kind}) == []
        assert f"implausible_{figure}" in check_record({figure: ceiling + 1, "attack_type": kind})
    if len(FIGURE_CEILINGS[figure]) > 1:  # a type with a lower ceiling flags what another type allows
        low_type, low = min(((t, c) for t, c in FIGURE_CEILINGS[figure].items() if t != "default"), key=lambda p: p[1])
        assert check_record({figure: low + 1, "attack_type": "armed_assault"}) == []
        assert check_record({figure: low + 1, "attack_type": low_type}) == [f"implausible_{figure}"]


@pytest.mark.parametrize(
    ("evidence", "flagged"),
    [
        ("Dozens of fighters have been killed in the region since 2014, officials said.", True),
        ("Militants killed civilians in March 2019 in the same village.", True),
        ("The attack killed 2,014 people, the ministry said.", False),
        ("The ministry said 2014 people were killed.", False),  # a bare number that is not after a date word
    ],
)
def test_a_year_misread_as_a_toll_is_flagged(evidence, flagged):
    figure = int("".join(ch for ch in evidence if ch.isdigit()))
    assert ("year_as_killed" in check_record({"killed": figure, "evidence": {"killed": evidence}})) is flagged


def test_inconsistent_ranges_and_negative_figures():
    assert check_record({"killed": 5, "killed_low": 9, "killed_high": 3}) == ["inconsistent_killed"]
    assert check_record({"wounded": 20, "wounded_low": 5, "wounded_high": 10}) == ["inconsistent_wounded"]
    assert check_record({"killed": 7, "killed_low": 7, "killed_high": None}) == []
    assert check_record({"kidnapped": -3}) == ["inconsistent_kidnapped"]


def test_attackers_killed_far_above_the_victims_of_a_bombing():
    ceiling = plausibility.FEW_ATTACKERS_CEILING
    bombing = {"attack_type": "bombing_explosion", "killed": 9, "perpetrators_killed": ceiling + 1}
    assert check_record(bombing) == ["excess_perpetrators_killed"]
    assert check_record({**bombing, "killed": ceiling + 5}) == []  # more victims than attackers: a big attack
    assert check_record({**bombing, "perpetrators_killed": ceiling}) == []
    # troops killing many militants in a raid or clash is ordinary reporting
    assert check_record({**bombing, "attack_type": "clash"}) == []
    assert check_record({**bombing, "attack_type": "armed_assault", "suicide": True}) == ["excess_perpetrators_killed"]


def test_dates_in_the_future_or_long_past_are_flagged():
    slack, stale = timedelta(days=plausibility.FUTURE_SLACK_DAYS), timedelta(days=plausibility.STALE_DAYS)
    published = date(2026, 3, 10)
    assert check_record({"event_date": (published + slack).isoformat()}, published) == []  # time zones
    assert check_record({"event_date": (published + slack + timedelta(days=1)).isoformat()}, published) == ["future_date"]
    assert check_record({"event_date": published - stale}, published) == []
    assert check_record({"event_date": published - stale - timedelta(days=1)}, published) == ["stale_date"]
    assert check_record({"event_date": "1950-01-01"}) == ["stale_date"]  # before 1970, publication known or not
    assert check_record({"event_date": "2031-01-01"}) == []  # no publication date: nothing to compare with


def test_coordinates_outside_the_country_are_flagged():
    baghdad, paris = (33.34, 44.40), (48.86, 2.35)
    assert check_record({"country_code": "IQ", "latitude": baghdad[0], "longitude": baghdad[1]}) == []
    assert check_record({"country_code": "IQ", "latitude": paris[0], "longitude": paris[1]}) == ["outside_country"]
    assert check_record({"country_code": "IQ", "latitude": 95.0, "longitude": 10.0}) == ["outside_country"]
    assert check_record({"country_code": None, "latitude": paris[0], "longitude": paris[1]}) == []


@pytest.mark.parametrize(
    ("url", "title", "text", "satire"),
    [
        ("https://www.theonion.com/local-man-1850000000", None, None, True),
        ("https://news.example.org/satire/2026/03/blast", None, None, True),
        ("https://news.example.org/world/satire-festival-opens", None, None, False),
        (None, "Satire: Blast kills everyone", None, True),
        (None, "Blast kills everyone | Satire", None, True),
        (None, None, "Gunmen stormed a hotel. This article is satire and not to be taken seriously.", True),
        # news about satirists is news: the Charlie Hebdo attack must not be mistaken for a joke
        (None, "Gunmen kill 12 at satirical weekly Charlie Hebdo", "Gunmen attacked the satirical magazine Charlie Hebdo.", False),
        ("https://news.example.org/world/2026/03/paris", None, None, False),
    ],
)
def test_satire_signals(url, title, text, satire):
    assert satire_signals(url, title, text) is satire


def test_resolve_sets_aside_a_flagged_figure_when_other_reports_disagree():
    a = mention("a", 10, killed=12, killed_low=12, killed_high=12, flags=[])
    b = mention("b", 10, hour=12, killed=12, killed_low=10, killed_high=14, source="s2", flags=[])
    absurd = mention("c", 11, killed=1_000_000, killed_low=1_000_000, killed_high=1_000_000, source="s3",
                     flags=["implausible_killed"], evidence={"killed": "killing 1,000,000 people"}, confidence=0.4)
    [incident], assignment = resolve([a, b, absurd])
    assert len(set(assignment.values())) == 1  # one incident: the absurd report still joined it
    # the latest report would have won; it is flagged, so the latest credible one does, and the range ignores it
    assert (incident["killed"], incident["killed_low"], incident["killed_high"]) == (12, 10, 14)
    assert incident["evidence"]["killed"] != absurd["evidence"]["killed"]
    assert incident["flags"] == []
    # without the flag, that same report would have set the toll: the flag is what protects it
    [unprotected], _ = resolve([a, b, {**absurd, "flags": []}])
    assert unprotected["killed"] == 1_000_000


def test_resolve_keeps_a_flagged_figure_no_one_contradicts_and_the_incident_carries_the_flag():
    satire = mention("c", 11, killed=1_000_000, killed_low=1_000_000, killed_high=1_000_000,
                     flags=["implausible_killed", "satire"], confidence=0.05)
    silent = mention("d", 11, hour=12, killed=None, killed_low=None, killed_high=None, source="s2", flags=[])
    [incident], _ = resolve([satire, silent])
    assert incident["killed"] == 1_000_000
    # the other report gives no toll, so the figure stands flagged; it is not satire, so the incident is not
    assert incident["flags"] == ["implausible_killed"]
    [alone], _ = resolve([satire])
    assert alone["flags"] == ["implausible_killed", "satire"]


def test_a_satire_report_decides_no_field_a_straight_report_gives():
    joke = mention("a", 10, hour=6, perpetrator="Hamas", claimed=True, flags=["satire"], confidence=0.3)
    straight = mention("b", 10, source="s2", flags=[])
    [incident], _ = resolve([joke, straight])
    assert incident["perpetrator"] == straight["perpetrator"] and incident["flags"] == []
    assert incident["claimed"] is False
    [unprotected], _ = resolve([{**joke, "flags": []}, straight])
    assert unprotected["perpetrator"] == joke["perpetrator"] and unprotected["claimed"] is True


def test_resolve_prefers_an_unflagged_place():
    good = mention("b", 10, source="s2", flags=[])
    bad = mention("a", 10, hour=6, latitude=48.86, longitude=2.35, flags=["outside_country"])  # the first report
    [incident], _ = resolve([bad, good])
    assert (incident["latitude"], incident["longitude"]) == (good["latitude"], good["longitude"])
    assert incident["flags"] == []
    [unprotected], _ = resolve([{**bad, "flags": []}, good])
    assert (unprotected["latitude"], unprotected["longitude"]) == (bad["latitude"], bad["longitude"])


def _land_pages(route_server, warehouse: Path, pages: dict[str, bytes]) -> None:
    """Serve pages, fetch them over HTTP, then clean, extract, land and resolve them as the daily run does."""
    settings = Settings.from_env(warehouse=warehouse, allow_private_addresses=True)
    session = make_session(settings)
    published = f"{PUBLISHED.isoformat()}T09:00:00+00:00"
    meta = f"<meta property='article:published_time' content='{published}'>"
    articles = []
    for path, page in pages.items():
        route_server.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, page.replace(b"</title>", b"</title>" + meta.encode(), 1))
        record = fetch_url(session, route_server.base_url + path, settings)
        record.source_id = path.strip("/").split("/")[0]
        articles.append(clean_record(record, "en"))
    mentions, failures = pipeline.extract_mentions(articles)
    assert failures == []
    for day in sorted({a.date for a in articles}):
        pipeline.land_day(warehouse, day, [a for a in articles if a.date == day], [m for m in mentions if m["article_date"] == day])
    pipeline.resolve_warehouse(warehouse, settings.merge_window_days)


def test_a_satire_page_lands_flagged_through_resolve_and_the_summary_counts_it(route_server, warehouse):
    _land_pages(route_server, warehouse, {"/jokes/satire/kabul-blast": html_page("Kabul blast kills a million", SATIRE)})
    connection = land.connect(warehouse)
    try:
        [(killed, flags, confidence)] = connection.execute("SELECT killed, flags, confidence FROM incidents").fetchall()
        [(link_flags,)] = connection.execute("SELECT flags FROM incident_articles").fetchall()
    finally:
        connection.close()
    assert killed > FIGURE_CEILINGS["killed"]["default"]
    assert flags == link_flags == ["implausible_killed", "satire"]
    assert confidence < MIN_CONFIDENCE  # ranked below the extractor's own cut, yet landed
    text = summary(warehouse)
    assert "Flagged by plausibility checks" in text and "implausible_killed" in text and "satire" in text


def test_straight_reports_outweigh_the_satire_page_in_the_warehouse(route_server, warehouse):
    _land_pages(route_server, warehouse, {
        "/wire/kabul-blast": html_page("Kabul blast kills 12", STRAIGHT),
        "/daily/kabul-ministry-attack": html_page("Suicide attack on Kabul ministry", REWORDED),
        "/jokes/satire/kabul-blast": html_page("Kabul blast kills a million", SATIRE),
    })
    connection = land.connect(warehouse)
    try:
        incidents = connection.execute("SELECT killed, killed_high, flags, n_articles FROM incidents").fetchall()
        links = connection.execute("SELECT source, killed, flags FROM incident_articles ORDER BY source").fetchall()
    finally:
        connection.close()
    assert [n for *_, n in incidents] == [3]  # the three reports are one incident
    [(killed, killed_high, flags, _)] = incidents
    straight = [k for source, k, f in links if source != "jokes"]
    assert killed == max(straight) and killed_high == max(straight) and flags == []
    [(_, satire_killed, satire_flags)] = [link for link in links if link[0] == "jokes"]
    assert satire_killed > FIGURE_CEILINGS["killed"]["default"] and "satire" in satire_flags  # set aside, not lost


def test_checks_rarely_fire_on_real_news():
    """Gold articles are real reporting: at most 1 in 100 of their records may be flagged."""
    total = flagged = 0
    for name in ("dev.jsonl", "heldout.jsonl"):
        for line in (REPO / "gold" / name).read_text(encoding="utf-8").splitlines():
            document = json.loads(line)
            published = date.fromisoformat(document["published"][:10]) if document.get("published") else None
            for record in extract_incidents(document["text"], published=published):
                total += 1
                flagged += bool(record["flags"])
    assert total > 300 and flagged <= total / 100, (flagged, total)


def test_flags_land_as_a_list_column(warehouse):
    row = {**mention("a", 10), "flags": ["future_date"], "published_at": datetime(2026, 3, 10, tzinfo=timezone.utc)}
    land.replace_partition(warehouse, "mentions", date(2026, 3, 10), [row], sort_by=("article_id",))
    [read] = land.read_rows(warehouse, "mentions")
    assert read["flags"] == ["future_date"]


def test_a_toll_too_long_for_the_warehouse_is_capped_flagged_and_landed(warehouse):
    text = "Gunmen killed " + "9" * 40 + " people in Kabul on Monday, police said."
    [record] = extract_incidents(text, published=PUBLISHED)
    assert record["killed"] == MAX_NUMBER and "implausible_killed" in record["flags"]
    row = {**mention("a", 10), **record, "mention_index": 0}
    land.replace_partition(warehouse, "mentions", PUBLISHED, [row], sort_by=("article_id",))
    assert [r["killed"] for r in land.read_rows(warehouse, "mentions")] == [MAX_NUMBER]


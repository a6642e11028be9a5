from datetime import datetime, timezone

from tasks.resolve import resolve


def mention(article_id, day, hour=8, index=0, **fields):
    base = {
        "article_id": article_id,
        "mention_index": index,
        "source": fields.pop("source", "s1"),
        "published_at": datetime(2026, 3, day, hour, tzinfo=timezone.utc),
        "article_date": f"2026-03-{day:02d}",
        "event_date": f"2026-03-{day:02d}",
        "country": "Iraq",
        "country_code": "IQ",
        "admin1": "Diyala",
        "location": "Baqubah",
        "geo_precision": "place",
        "perpetrator": "Unknown",
        "attack_type": "bombing_explosion",
        "target_type": "police",
        "weapons": ["explosives"],
        "killed": 3,
        "killed_low": 3,
        "killed_high": 3,
        "wounded": None,
        "evidence": {"killed": f"{article_id} says 3"},
        "confidence": 0.7,
    }
    base.update(fields)
    return base


def test_revised_toll_updates_one_incident_with_the_latest_figure():
    first = mention("a", 10, killed=7, killed_low=7, killed_high=None, evidence={"killed": "at least 7 killed"})
    follow_up = mention("b", 11, event_date="2026-03-10", killed=12, killed_low=12, killed_high=12,
                        source="s2", evidence={"killed": "raising the death toll to 12"})
    incidents, assignment = resolve([follow_up, first])
    [incident] = incidents
    assert incident["killed"] == 12 and incident["killed_low"] == 7
    assert incident["evidence"]["killed"] == "raising the death toll to 12"
    assert incident["n_articles"] == 2 and incident["n_sources"] == 2
    assert incident["first_reported_at"] < incident["last_reported_at"]
    assert set(assignment.values()) == {incident["incident_id"]}


def test_two_incidents_same_day_same_province_stay_apart():
    bomb = mention("a", 10, location="Baqubah")
    raid = mention("b", 10, location="Muqdadiyah", attack_type="armed_assault", target_type="civilians")
    assert len(resolve([bomb, raid])[0]) == 2


def test_one_article_with_two_incidents_gives_two():
    assert len(resolve([mention("a", 10, index=0), mention("a", 10, index=1)])[0]) == 2


def test_far_apart_days_or_other_perpetrators_do_not_merge():
    assert len(resolve([mention("a", 10), mention("b", 13)])[0]) == 2
    assert len(resolve([mention("a", 10, perpetrator="Islamic State"), mention("b", 10, perpetrator="Hamas")])[0]) == 2


def test_ids_do_not_depend_on_input_order_and_late_reports_join():
    early, late = mention("a", 10), mention("b", 11, event_date="2026-03-10", source="s2")
    [alone], _ = resolve([early])
    [joined], _ = resolve([late, early])
    assert alone["incident_id"] == joined["incident_id"] and joined["n_articles"] == 2

"""Resolve: merging rules, figure resolution, stable ids, the warehouse step and the quality gate."""

import random
from datetime import date, datetime, timezone

import pytest

from incidentwire import pipeline
from tasks import land
from tasks.resolve import kept_assignment, resolve
from tasks.resolve_eval import REPORTS_FILE, load_demo_site, load_reports, pairwise_scores, score_articles

# Gazetteer points of Diyala towns: Buhriz is 6 km from Baqubah, Muqdadiyah 37 km.
BAQUBAH, BUHRIZ, MUQDADIYAH = (33.7466, 44.6437), (33.6990, 44.6620), (33.9783, 44.9369)
TARGET_PRECISION = TARGET_RECALL = 0.95
REPORTS_RECALL_FLOOR = 1.0


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
        "latitude": BAQUBAH[0],
        "longitude": BAQUBAH[1],
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


def admin1_only(article_id, day, location="Diyala province", **fields):
    """A report the gazetteer placed only in the province (the location it names, if any, is unresolved)."""
    return mention(article_id, day, location=location, geo_precision="admin1", latitude=None, longitude=None, **fields)


def country_only(article_id, day, **fields):
    """A report that names only the country ("an ambush in western Iraq")."""
    return mention(article_id, day, admin1=None, location=None, geo_precision="country", latitude=None, longitude=None, **fields)


def incident_count(*mentions):
    return len(resolve(list(mentions))[0])


def test_revised_toll_updates_one_incident_with_the_latest_figure():
    first = mention("a", 10, killed=7, killed_low=7, killed_high=None, evidence={"killed": "at least 7 killed"})
    follow_up = mention("b", 11, event_date="2026-03-10", killed=12, killed_low=12, killed_high=12,
                        source="s2", evidence={"killed": "raising the death toll to 12"})
    incidents, assignment = resolve([follow_up, first])
    [incident] = incidents
    assert incident["killed"] == 12 and incident["killed_low"] == 7 and incident["killed_high"] is None
    assert incident["evidence"]["killed"] == "raising the death toll to 12"
    assert incident["n_articles"] == 2 and incident["n_sources"] == 2
    assert incident["first_reported_at"] < incident["last_reported_at"]
    assert set(assignment.values()) == {incident["incident_id"]}


def test_disagreeing_exact_figures_span_a_range_and_a_later_zero_does_not_erase_a_toll():
    reports = [
        mention("a", 10, killed=4, killed_low=4, killed_high=4),
        mention("b", 10, hour=12, killed=6, killed_low=6, killed_high=6),
        mention("c", 11, event_date="2026-03-10", killed=0, killed_low=0, killed_high=0),
    ]
    [incident], _ = resolve(reports)
    assert (incident["killed"], incident["killed_low"], incident["killed_high"]) == (6, 4, 6)


def test_counts_and_reporting_times_cover_every_article_and_outlet():
    reports = [mention("a", 10, hour=9, source="wire"), mention("b", 10, hour=7, source="wire"),
               mention("c", 11, event_date="2026-03-10", hour=3, source="local")]
    [incident], _ = resolve(reports)
    assert (incident["n_articles"], incident["n_sources"]) == (3, 2)
    assert incident["first_reported_at"] == datetime(2026, 3, 10, 7, tzinfo=timezone.utc)
    assert incident["last_reported_at"] == datetime(2026, 3, 11, 3, tzinfo=timezone.utc)


def test_two_incidents_same_day_same_province_stay_apart():
    bomb = mention("a", 10, location="Baqubah")
    raid = mention("b", 10, location="Muqdadiyah", latitude=MUQDADIYAH[0], longitude=MUQDADIYAH[1],
                   attack_type="armed_assault", target_type="civilians")
    assert incident_count(bomb, raid) == 2


def test_one_article_with_two_incidents_gives_two():
    assert incident_count(mention("a", 10, index=0), mention("a", 10, index=1)) == 2


def test_far_apart_days_or_other_perpetrators_do_not_merge():
    assert incident_count(mention("a", 10), mention("b", 13)) == 2
    assert incident_count(mention("a", 10, perpetrator="Islamic State"), mention("b", 10, perpetrator="Hamas")) == 2


def test_a_town_inside_the_province_another_report_names_is_a_shared_place():
    assert incident_count(mention("a", 10), admin1_only("b", 10)) == 1
    assert incident_count(mention("a", 10), admin1_only("b", 10, admin1="Kirkuk")) == 2


def test_nearby_towns_are_one_place_and_distant_towns_are_not():
    near = mention("b", 10, location="Buhriz", latitude=BUHRIZ[0], longitude=BUHRIZ[1])
    far = mention("b", 10, location="Muqdadiyah", latitude=MUQDADIYAH[0], longitude=MUQDADIYAH[1])
    assert incident_count(mention("a", 10), near) == 1
    assert incident_count(mention("a", 10), far) == 2
    namesake = mention("b", 10, admin1="Kirkuk", latitude=35.47, longitude=44.39)  # same name, another province
    assert incident_count(mention("a", 10), namesake) == 2


def test_admin1_spellings_that_differ_by_a_generic_word_are_one_admin1():
    assert incident_count(admin1_only("a", 10, admin1="Muhafazat Diyala"), admin1_only("b", 10, admin1="Diyala Governorate")) == 1


def test_an_unknown_perpetrator_agrees_with_a_named_one_but_cannot_chain_two_groups():
    assert incident_count(mention("a", 10, perpetrator="Islamic State"), mention("b", 10)) == 1
    chain = [mention("a", 10, perpetrator="Islamic State"), mention("b", 10, hour=9), mention("c", 10, hour=10, perpetrator="Hamas")]
    assert incident_count(*chain) == 2


def test_groups_of_one_family_agree_and_unrelated_groups_do_not():
    def by(first, second):
        return incident_count(mention("a", 10, perpetrator=first), mention("b", 10, perpetrator=second))

    assert by("Boko Haram", "Islamic State West Africa Province") == 1
    assert by("Revolutionary Armed Forces of Colombia", "FARC dissidents") == 1
    assert by("al-Shabaab", "Boko Haram") == 2


def test_unresolved_places_with_different_names_agree_only_on_the_same_day():
    ambush = admin1_only("a", 10, location="Tiloa")
    assert incident_count(ambush, admin1_only("b", 10, hour=12, location="Banibangou")) == 1
    next_day = admin1_only("b", 11, location="Banibangou")
    assert incident_count(ambush, next_day) == 2
    assert incident_count(ambush, admin1_only("b", 11)) == 1  # the province alone names no other place


def test_a_bombing_and_an_assault_are_one_attack_only_when_both_name_the_group_on_the_same_day():
    siege = dict(perpetrator="al-Shabaab", attack_type="armed_assault")
    car_bomb = mention("a", 10, perpetrator="al-Shabaab", attack_type="bombing_explosion")
    assert incident_count(car_bomb, mention("b", 10, **siege)) == 1
    assert incident_count(car_bomb, mention("b", 10, attack_type="armed_assault")) == 2
    assert incident_count(car_bomb, mention("b", 11, **siege)) == 2


def test_attack_types_at_different_grain_merge_and_different_kinds_do_not():
    raid = dict(attack_type="armed_assault", target_type="military")
    assert incident_count(mention("a", 10, **raid), mention("b", 10, attack_type="facility_attack", target_type="military")) == 1
    assert incident_count(mention("a", 10, attack_type="clash"), mention("b", 10, attack_type="bombing_explosion")) == 2


def test_an_undated_report_stands_for_the_day_before_publication():
    assert incident_count(mention("a", 10), mention("b", 11, event_date=None)) == 1
    assert incident_count(mention("a", 10), mention("b", 14, event_date=None)) == 2


def test_a_vague_report_joins_the_incident_it_agrees_with_most():
    bomb = mention("a", 10, target_type="police")
    shooting = mention("b", 10, hour=9, location="Muqdadiyah", latitude=MUQDADIYAH[0], longitude=MUQDADIYAH[1],
                       attack_type="armed_assault", target_type="civilians")
    vague = admin1_only("c", 11, event_date="2026-03-10", attack_type="armed_assault", target_type="civilians")
    _, assignment = resolve([bomb, shooting, vague])
    assert assignment[("c", 0)] == assignment[("b", 0)] != assignment[("a", 0)]


def test_ids_do_not_depend_on_input_order_and_late_reports_join():
    early, late = mention("a", 10), mention("b", 11, event_date="2026-03-10", source="s2")
    [alone], _ = resolve([early])
    [joined], _ = resolve([late, early])
    assert alone["incident_id"] == joined["incident_id"] and joined["n_articles"] == 2


def test_a_rerun_with_the_previous_assignment_or_shuffled_input_gives_identical_rows():
    reports = [mention("a", 10), admin1_only("b", 10, hour=11), mention("c", 12), mention("d", 12, hour=9, attack_type="clash")]
    incidents, assignment = resolve(reports)
    shuffled = reports[:]
    random.Random(3).shuffle(shuffled)
    assert resolve(shuffled) == (incidents, assignment)
    assert resolve(shuffled, previous=assignment) == (incidents, assignment)


def test_a_backfilled_earlier_report_joins_without_renaming_the_incident():
    landed = mention("b", 11, event_date="2026-03-10")
    _, assignment = resolve([landed])
    backfilled = mention("a", 10, hour=6, source="s2")
    [fresh], _ = resolve([landed, backfilled])
    [kept], kept_links = resolve([landed, backfilled], previous=assignment)
    assert kept["incident_id"] == assignment[("b", 0)] != fresh["incident_id"]
    assert kept_links[("a", 0)] == kept["incident_id"] and kept["n_articles"] == 2
    assert kept["first_reported_at"] == backfilled["published_at"]


def test_a_changed_mention_is_placed_again_and_its_old_incident_keeps_its_id():
    reports = [mention("a", 10), mention("b", 10, hour=9)]
    incidents, assignment = resolve(reports)
    links = [{**m, "incident_id": assignment[(m["article_id"], 0)]} for m in reports]
    moved = mention("a", 10, location="Muqdadiyah", latitude=MUQDADIYAH[0], longitude=MUQDADIYAH[1])
    previous = kept_assignment(links, [moved, reports[1]])
    assert previous == {("b", 0): incidents[0]["incident_id"]}
    _, again = resolve([moved, reports[1]], previous=previous)
    assert again[("b", 0)] == incidents[0]["incident_id"] != again[("a", 0)]


def land_mentions(warehouse, mentions):
    for day in sorted({m["article_date"] for m in mentions}):
        rows = [m for m in mentions if m["article_date"] == day]
        land.replace_partition(warehouse, "mentions", date.fromisoformat(day), rows, sort_by=("article_id", "mention_index"))


def landed_ids(warehouse):
    return {(r["article_id"], r["mention_index"]): r["incident_id"] for r in land.read_rows(warehouse, "incident_articles")}


def test_resolve_warehouse_keeps_landed_ids_through_backfills_and_reruns(warehouse):
    landed = [mention("b", 11, event_date="2026-03-10"), mention("c", 12, attack_type="clash")]
    land_mentions(warehouse, landed)
    pipeline.resolve_warehouse(warehouse, 1)
    before = landed_ids(warehouse)
    land_mentions(warehouse, [mention("a", 10, hour=6, source="s2"), *landed])  # a backfill of an earlier day
    result = pipeline.resolve_warehouse(warehouse, 1)
    after = landed_ids(warehouse)
    assert after[("a", 0)] == after[("b", 0)] == before[("b", 0)] and after[("c", 0)] == before[("c", 0)]
    assert result["incidents"] == 2 and result["kept_links"] == 2
    rerun = pipeline.resolve_warehouse(warehouse, 1)
    assert rerun["incident_partitions"]["written"] == rerun["link_partitions"]["written"] == 0
    assert landed_ids(warehouse) == after


def test_pairwise_scores_count_pairs_and_leave_agreed_negatives_out():
    gold = {"a": {"x"}, "b": {"x"}, "c": {"x"}, "d": {"y"}, "e": set(), "f": set()}
    predicted = {"a": {"1"}, "b": {"1"}, "c": set(), "d": {"1"}, "e": set(), "f": {"2"}}
    scores = pairwise_scores(gold, predicted)
    assert (scores["true_pos"], scores["false_pos"], scores["false_neg"]) == (1, 2, 2)
    assert scores["precision"] == pytest.approx(1 / 3, abs=1e-4) and scores["recall"] == 0.3333
    assert scores["merge_recall"] == 1.0  # both missed pairs involve c, which the extractor missed
    assert {w["kind"] for w in scores["wrong_pairs"]} == {"false_merge", "not_extracted"}


def assert_quality(scores, recall_floor=TARGET_RECALL):
    wrong = [(w["kind"], w["pair"]) for w in scores["wrong_pairs"]]
    assert scores["precision"] >= TARGET_PRECISION, wrong
    assert scores["recall"] >= recall_floor, wrong


def test_demo_site_articles_merge_into_the_answer_key_incidents():
    scores = score_articles(load_demo_site())
    assert scores["true_pos"] >= 2  # the syndicated copy and the revised toll
    assert_quality(scores)


@pytest.mark.skipif(not REPORTS_FILE.exists(), reason="gold/reports.jsonl (multi-outlet labelled reports) not written yet")
def test_labelled_reports_merge_into_their_gold_incidents():
    # Recall is pinned under the measured 0.724, below the 0.95 target: each of the 32 missed pairs
    # involves a report the extractor got wrong (another country, town or date, a victim read as the
    # perpetrator, a roundup's incident not extracted), which no merging rule may bridge.
    assert_quality(score_articles(load_reports()), recall_floor=REPORTS_RECALL_FLOOR)


def test_a_report_naming_only_the_country_joins_the_one_incident_it_fits():
    placed = mention("a", 10, perpetrator="Islamic State")
    vague = country_only("b", 10, perpetrator="Islamic State", source="s2")
    assert incident_count(placed, vague) == 1
    assert incident_count(vague, placed) == 1  # whichever came first
    elsewhere = mention("c", 10, admin1="Anbar", location="Ramadi", latitude=33.42, longitude=43.30, attack_type="armed_assault")
    assert incident_count(placed, elsewhere, vague) == 2  # the bombing it fits, not the assault


def test_a_report_naming_only_the_country_stays_apart_when_two_incidents_fit():
    diyala = mention("a", 10)
    anbar = mention("b", 10, admin1="Anbar", location="Ramadi", latitude=33.42, longitude=43.30)
    vague = country_only("c", 10, source="s2")
    assert incident_count(diyala, anbar, vague) == 3


def test_two_names_for_one_states_forces_agree_and_a_town_and_an_unresolved_district_need_one_day():
    from tasks.resolve_rules import Place, perpetrators_agree, places_need_same_day

    assert perpetrators_agree("Iraqi air force", "Iraqi military")
    assert not perpetrators_agree("Iraqi military", "Islamic State")
    town = Place("khyber pakhtunkhwa", "dera ismail khan", True, True, 31.8, 70.9)
    district = Place("khyber pakhtunkhwa", "kurram", False, True, None, None)
    assert places_need_same_day(town, district)
    assert not places_need_same_day(town, Place("khyber pakhtunkhwa", "khyber pakhtunkhwa", False, False, None, None))


def test_a_weapon_one_report_names_replaces_anothers_unknown():
    incidents = resolve([mention("a1", 5, weapons=["unknown"]), mention("a2", 5, weapons=["firearms"])])[0]
    assert [i["weapons"] for i in incidents] == [["firearms"]]
    incidents = resolve([mention("a1", 5, weapons=["unknown"]), mention("a2", 5, weapons=["unknown"])])[0]
    assert [i["weapons"] for i in incidents] == [["unknown"]]

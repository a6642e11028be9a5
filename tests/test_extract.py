"""extract_incidents end to end: the seed article, the record shape, non-incidents, and dev-set scores."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from tasks.extract import extract_incidents
from tasks.extract.actors import canonical_name
from tasks.extract.text import fold
from tests.conftest import ATTACK_TYPES, TARGET_TYPES, WEAPONS

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
DEV_RECORDS = SHARED / "data" / "incidents-dev" / "records.jsonl"
SCHEMA_FIELDS = (
    "event_date", "date_text", "country", "country_code", "admin1", "location", "latitude", "longitude",
    "geo_precision", "perpetrator", "claimed", "attack_type", "suicide", "target_type", "weapons", "killed",
    "killed_low", "killed_high", "wounded", "wounded_low", "wounded_high", "perpetrators_killed", "kidnapped",
    "evidence", "confidence",
)

# Dev-set sample: the first DEV_SAMPLE records with year >= 2012. Floors sit a little under the
# scores measured when they were set (shown in comments), so a regression fails the test.
DEV_SAMPLE = 1500
DEV_FLOORS = {
    "killed_exact": 0.89,  # measured 0.900 (899 records with killed_in_text)
    "wounded_exact": 0.88,  # measured 0.893 (750 with wounded_in_text)
    "country_exact": 0.80,  # measured 0.816 (1,416 with a gold country)
    "perpetrator_registry": 0.57,  # measured 0.580 (750 whose gold names a registry group)
    "perpetrator_any": 0.44,  # measured 0.449 (979 with any gold perpetrator)
    "attack_type_exact": 0.80,  # measured 0.817 (all 1,500)
    "event_date_when_given": 0.74,  # measured 0.755 (106 where a date phrase was resolved)
    "nonempty": 0.94,  # measured 0.955: share of records that yield at least one incident
}


def seed_text() -> str:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds not found: the seed article lives in the shared folder beside the repo")
    return (SEEDS / "000_e8797aea7a97c89d.txt").read_text(encoding="utf-8")


def test_seed() -> None:
    incidents = extract_incidents(seed_text(), published=date(2024, 3, 26))
    assert len(incidents) == 1
    incident = incidents[0]
    assert (incident["perpetrator"], incident["claimed"]) == ("Islamic State", True)
    assert incident["target_type"] == "military"
    assert (incident["country"], incident["country_code"]) == ("Iraq", "IQ")
    assert incident["admin1"] in ("Diyala", "Salah ad Din Governorate")
    assert "Diyala" in incident["location"] and "Salahuddin" in incident["location"]
    assert incident["attack_type"] == "armed_assault"
    assert {"firearms", "explosives"} <= set(incident["weapons"])
    assert (incident["killed"], incident["killed_low"], incident["killed_high"]) == (5, 5, 5)
    assert (incident["wounded"], incident["wounded_low"], incident["wounded_high"]) == (5, 5, 5)
    assert (incident["event_date"], incident["date_text"]) == ("2024-03-25", "on Monday")
    assert incident["suicide"] is False
    assert incident["evidence"]["killed"].endswith("a commanding officer and four soldiers.")
    assert "five others had also been wounded" in incident["evidence"]["wounded"]
    assert incident["confidence"] >= 0.8


def test_seed_without_publication_date_has_no_event_date() -> None:
    incident = extract_incidents(seed_text())[0]
    assert incident["event_date"] is None and incident["date_text"] == "on Monday"


def test_published_may_be_an_iso_string() -> None:
    text = "Gunmen killed five villagers in Zamfara state on Monday, police said."
    as_date = extract_incidents(text, published=date(2025, 3, 4))
    assert extract_incidents(text, published="2025-03-04T10:00:00Z") == as_date
    assert as_date[0]["event_date"] == "2025-03-03"
    with pytest.raises(ValueError, match="ISO date"):
        extract_incidents(text, published="March 4")


def test_a_text_that_names_no_weapon_codes_unknown() -> None:
    incident = extract_incidents("Militants attacked a village in Borno state on Monday, killing 12 people.", published=date(2025, 3, 4))[0]
    assert incident["weapons"] == ["unknown"]


def test_record_shape_and_vocabularies() -> None:
    text = (
        "KABUL - A suicide bomber blew himself up outside a mosque in Kabul on Friday, killing at least 12 "
        "worshippers and wounding dozens, officials said. No group claimed responsibility, but the Taliban "
        "were blamed."
    )
    incidents = extract_incidents(text, published=date(2024, 3, 29), title="Mosque bombing in Kabul kills 12")
    assert len(incidents) == 1
    incident = incidents[0]
    assert set(SCHEMA_FIELDS) <= set(incident)
    json.dumps(incidents)  # JSON-serialisable
    assert incident["attack_type"] in ATTACK_TYPES and incident["target_type"] in TARGET_TYPES
    assert set(incident["weapons"]) <= WEAPONS
    assert (incident["killed_low"], incident["killed"], incident["killed_high"]) == (12, 12, None)
    assert (incident["wounded_low"], incident["wounded"]) == (24, 24)
    assert (incident["perpetrator"], incident["claimed"], incident["suspected"]) == ("Taliban", False, True)
    assert incident["suicide"] is True and incident["perpetrators_killed"] == 1
    assert incident["target_type"] == "religious"
    assert (incident["country"], incident["geo_precision"], incident["event_date"]) == ("Afghanistan", "place", "2024-03-29")
    assert 0.0 <= incident["confidence"] <= 1.0
    defaults = (None, False, [], "Unknown", "unknown", "other")
    for name in SCHEMA_FIELDS[:-2] + ("suspected",):
        if incident[name] not in defaults:
            assert name in incident["evidence"], f"{name} has no evidence"


def test_two_incidents_in_one_article() -> None:
    text = (
        "A car bomb killed five people at a market in Baghdad on Monday, police said.\n\n"
        "Separately, gunmen killed three soldiers at a checkpoint in Kirkuk on Sunday."
    )
    incidents = extract_incidents(text, published=date(2024, 3, 26))
    assert [(i["location"], i["killed"], i["event_date"]) for i in incidents] == [
        ("Baghdad", 5, "2024-03-25"),
        ("Kirkuk", 3, "2024-03-24"),
    ]
    assert [i["mention_index"] for i in incidents] == [0, 1]


@pytest.mark.parametrize(
    "text",
    [
        "Afghanistan's war has dragged on for two decades. More than 35,000 people have been killed since 2001, "
        "and the insurgency shows no sign of ending. Analysts say talks are the only way forward.",
        "Families gathered on Sunday to mark the tenth anniversary of the 2014 school massacre in Peshawar that "
        "killed 150 people. Speakers called for better security.",
        "A court in Paris on Tuesday sentenced a man to life in prison for his role in the 2015 attacks that "
        "killed 130 people.",
        "The government announced new security measures to combat terrorism and raise the army's budget.",
        "The striker fired a shot past the keeper in the 80th minute as the visitors' attack finally clicked. "
        "The home side were killed on the counter twice.",
        "Oil prices rose on Monday as traders weighed supply risks and central bank decisions.",
        "",
    ],
)
def test_non_incidents_return_nothing(text: str) -> None:
    assert extract_incidents(text, published=date(2024, 3, 26)) == []


def test_import_does_not_load_prefect() -> None:
    code = "import sys, tasks.extract; print('prefect' in sys.modules)"
    root = Path(__file__).resolve().parents[1]
    output = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert output.stdout.strip() == "False"


MONTHS = {m: i for i, m in enumerate("january february march april may june july august september october november december".split(), 1)}


def parse_context_date(text: str | None) -> date | None:
    """The publication date handed to the extractor: "January 13 1970"; "August 6-7 2012" takes the first day."""
    match = re.match(r"\s*([A-Za-z]+)\s+(\d{1,2})\b.*?(\d{4})\s*$", text or "")
    if not match or match.group(1).lower() not in MONTHS:
        return None
    try:
        return date(int(match.group(3)), MONTHS[match.group(1).lower()], int(match.group(2)))
    except ValueError:
        return None


def canonical_gold(name: str, country_code: str | None) -> str | None:
    """The registry's name for a gold perpetrator cell ("Boko Haram suspected", "ISIL; Taliban")."""
    for part in re.split(r";|\(|/| or | and |,", name):
        part = re.sub(r"(?i)suspected|claimed|\)", "", part).strip()
        canonical = canonical_name(part, country_code) if part else None
        if canonical:
            return canonical
    return None


def score_dev(records: list[dict]) -> dict[str, tuple[int, int]]:
    """(hits, total) per measure; the first incident of each text is compared with the record."""
    counts: dict[str, list[int]] = {name: [0, 0] for name in DEV_FLOORS}

    def tally(name: str, hit: bool) -> None:
        counts[name][0] += hit
        counts[name][1] += 1

    for record in records:
        published = parse_context_date(record["context"]["date"])
        found = extract_incidents(record["text"], published=published)
        predicted = found[0] if found else {}
        tally("nonempty", bool(found))
        if record["killed_in_text"]:
            tally("killed_exact", predicted.get("killed") == record["killed"])
        if record["wounded_in_text"]:
            tally("wounded_exact", predicted.get("wounded") == record["wounded"])
        if record["country"]:
            tally("country_exact", predicted.get("country") == record["country"])
        if record["perpetrator"]:
            gold = canonical_gold(record["perpetrator"], predicted.get("country_code"))
            name = predicted.get("perpetrator") or ""
            hit = gold == name if gold else fold(record["perpetrator"]) == fold(name)
            tally("perpetrator_any", hit)
            if gold:
                tally("perpetrator_registry", hit)
        tally("attack_type_exact", predicted.get("attack_type") == record["attack_type"])
        if published and predicted.get("event_date"):
            tally("event_date_when_given", predicted["event_date"] == published.isoformat())
    return {name: (hits, total) for name, (hits, total) in counts.items()}


def test_dev_set_scores() -> None:
    if not DEV_RECORDS.exists():
        pytest.skip("../shared/data/incidents-dev not found: the dev set lives in the shared folder beside the repo")
    with DEV_RECORDS.open(encoding="utf-8") as handle:
        records = [r for r in map(json.loads, handle) if r["year"] >= 2012][:DEV_SAMPLE]
    started = time.perf_counter()
    scores = score_dev(records)
    elapsed = time.perf_counter() - started
    report = {name: f"{hits}/{total} = {hits / total:.3f}" for name, (hits, total) in scores.items() if total}
    print(f"\nincidents-dev, first {len(records)} records with year >= 2012 ({len(records) / elapsed:.0f} texts/s):")
    for name, line in report.items():
        print(f"  {name:24s} {line}")
    failures = {name: report[name] for name, floor in DEV_FLOORS.items() if scores[name][1] and scores[name][0] / scores[name][1] < floor}
    assert not failures, f"below floor {DEV_FLOORS}: {failures}"


def test_retrospective_and_unspecific_articles_yield_no_incident() -> None:
    published = date(2026, 3, 11)
    verdict = (
        "BAGHDAD – An Iraqi court on Wednesday sentenced two men to death after convicting them of planning a 2023 "
        "bombing that killed four people at a bus station in Kirkuk. The court found that the men had built the "
        "explosive device and driven it to the station in a stolen car. A third defendant was acquitted. The men can "
        "appeal. Relatives of the victims welcomed the verdict."
    )
    assert extract_incidents(verdict, published=published) == []
    plan = (
        "BAGHDAD – Iraq will send additional army brigades and surveillance drones to the boundary between Diyala "
        "and Salahuddin provinces, the Joint Operations Command said on Sunday, after a week in which attacks in the "
        "two provinces killed soldiers and civilians. The spokesman did not say how many troops would be deployed. "
        "New observation towers would be built. Lawmakers welcomed the announcement. Similar plans were promised before."
    )
    assert extract_incidents(plan, published=published) == []


def test_figures_about_previous_seasons_are_background() -> None:
    text = (
        "RAMADI – Gunmen abducted five men who were hunting for desert truffles near the town of Rutba in Anbar "
        "province on Thursday, security officials said. In previous seasons dozens of truffle hunters have been killed "
        "or abducted in attacks blamed on Islamic State."
    )
    [incident] = extract_incidents(text, published=date(2026, 3, 13))
    assert incident["kidnapped"] == 5 and incident["killed"] == 0  # the abduction's toll, not "dozens" of past seasons


def test_country_hint_settles_a_town_name_found_in_several_countries() -> None:
    text = (
        "A policeman guarding a polio vaccination team was shot dead by unidentified gunmen in Bara on Wednesday "
        "morning, police said. The attackers fled on a motorcycle."
    )
    [hinted] = extract_incidents(text, published=date(2026, 3, 11), country_hint="PK")
    assert hinted["country_code"] == "PK"


def test_a_commemoration_and_a_yearly_total_are_not_incidents() -> None:
    published = date(2025, 4, 2)
    memorial = (
        "GARISSA, Kenya – Hundreds of students gathered at Garissa University on Wednesday to mark ten years since "
        "al-Shabaab gunmen stormed the campus and killed 148 people. Candles were lit in front of a memorial wall. "
        "A choir sang hymns. Survivors spoke of the siege. The university has since been rebuilt."
    )
    assert extract_incidents(memorial, published=published) == []
    total = "The monitoring group recorded more than 3,400 deaths in militancy-related violence across the country."
    assert extract_incidents(total, published=published) == []


def test_a_provincial_dateline_gives_the_subdivision_of_a_village_the_gazetteer_lacks() -> None:
    text = (
        "BENI, Congo (IW) – Attackers killed nine people overnight in the village of Kisimba, a local official said on "
        "Tuesday. Survivors said the assailants came at night and burned several huts."
    )
    [incident] = extract_incidents(text, published=date(2026, 5, 5))
    assert (incident["admin1"], incident["location"]) == ("North Kivu", "Kisimba")


def test_a_capital_dateline_does_not_place_an_incident_named_elsewhere() -> None:
    text = (
        "BOGOTA (IW) – Armed men killed two soldiers on Sunday near the hamlet of La Ceiba Vieja, in Colombia's "
        "south-west, the army said. The soldiers were guarding a power line."
    )
    [incident] = extract_incidents(text, published=date(2026, 5, 5))
    assert incident["country_code"] == "CO"
    assert incident["admin1"] is None


def test_the_islamic_state_province_the_article_names_is_the_perpetrator() -> None:
    text = (
        "NIAMEY (IW) – Islamic State fighters killed seven soldiers on Saturday near Ouallam, in Niger's Tillaberi "
        "region, the defence ministry said. The Islamic State Sahel Province said in a statement that its fighters "
        "carried out the attack."
    )
    [incident] = extract_incidents(text, published=date(2026, 5, 5))
    assert incident["perpetrator"] == "Islamic State Sahel Province"


def test_a_lead_that_recalls_an_earlier_raid_and_blame_for_both() -> None:
    text = (
        "PEMBA, Mozambique (IW) – Insurgents beheaded two farmers near the village of Mucojo in northern Mozambique on "
        "Thursday, two days after burning down a church and dozens of homes in the nearby village of Chai, officials said.\n\n"
        "The farmers had gone to check their cassava fields outside Mucojo.\n\n"
        "At Chai, about 20 fighters arrived on foot on Tuesday morning and set fire to the church and 40 houses. "
        "No one was hurt, the parish priest said.\n\n"
        "Police in Cape Delgado province blamed both attacks on the insurgents whom residents call al-Shabaab."
    )
    incidents = extract_incidents(text, published=date(2025, 8, 23))
    by_place = {i["location"]: i for i in incidents}
    assert set(by_place) == {"Mucojo", "Chai"}
    assert (by_place["Mucojo"]["event_date"], by_place["Mucojo"]["killed"]) == ("2025-08-21", 2)
    assert (by_place["Chai"]["event_date"], by_place["Chai"]["attack_type"], by_place["Chai"]["killed"]) == ("2025-08-19", "facility_attack", 0)
    assert {i["perpetrator"] for i in incidents} == {"Ansar al-Sunna (Mozambique)"}
    assert {i["admin1"] for i in incidents} == {"Cabo Delgado"}


def test_a_un_statement_rolling_up_two_attacks_yields_the_two() -> None:
    text = (
        "PORT SUDAN (IW) – The United Nations on Tuesday condemned two attacks in Sudan's Darfur region that it said had killed "
        "dozens of civilians in three days, among them an air strike on a crowded market in Nyala.\n\n"
        '"Markets are not targets," the UN coordinator said in a statement.\n\n'
        "According to the statement, at least 38 people were killed when aircraft bombed the livestock market in Nyala on Saturday morning.\n\n"
        "In a separate incident on Monday, shells fired into the Abu Shouk camp near El Fasher killed seven people."
    )
    incidents = extract_incidents(text, published=date(2025, 2, 19))
    assert sorted(i["killed"] for i in incidents) == [7, 38]


def test_a_yearly_tally_of_air_strikes_is_not_an_incident() -> None:
    text = (
        "YANGON (IW) – Myanmar's military has carried out more air strikes this year than in any year since it seized power, "
        "according to figures compiled by a monitoring group. The group said the strikes had killed at least 1,200 civilians this year."
    )
    assert extract_incidents(text, published=date(2025, 12, 29)) == []


def test_court_testimony_and_a_football_report_are_not_incidents() -> None:
    published = date(2026, 3, 3)
    trial = (
        "The prosecution told the court the militants shot dead five men and set fire to more than a dozen houses during "
        "the raid, which forced hundreds of families to flee to Mpeketoni town."
    )
    assert extract_incidents(trial, published=published) == []
    football = (
        "Their midfield was overrun, their defence bombarded with crosses, and a substitute completed the execution in "
        "stoppage time. The visitors were shot to pieces inside the first half hour."
    )
    assert extract_incidents(football, published=published) == []


def test_a_bus_bombing_placed_by_its_own_paragraphs_not_by_a_days_after_clause() -> None:
    text = (
        "OUAGADOUGOU (IW) – Nine passengers were killed when a bus struck an explosive device on a highway in eastern "
        "Burkina Faso on Monday, security sources said, days after al-Qaeda's local affiliate claimed to have inflicted "
        "heavy losses on troops in the Centre-North region.\n\n"
        "The bus hit the device about 40 km along the road between Fada N'Gourma and Kantchari, in the East region, "
        "a security source told IW. Three of the injured died overnight in hospital, bringing the toll to nine. "
        "Eleven other passengers were being treated at the regional hospital in Fada N'Gourma."
    )
    [incident] = extract_incidents(text, published=date(2025, 4, 15))
    assert (incident["admin1"], incident["killed"], incident["wounded"]) == ("Est", 9, 11)


def test_an_upazila_places_a_town_name_in_bangladesh() -> None:
    text = ("Unidentified people set fire to an office of the National Citizen Party in Gopalganj's Kotalipara upazila "
            "last night. No one was hurt as the office was closed at the time.")
    [incident] = extract_incidents(text, published=date(2025, 11, 9))
    assert incident["country_code"] == "BD"


def test_statistics_report_names_no_undated_incident() -> None:
    text = (
        "Attacks by armed groups in the country rose for a third year running in 2025, a Nairobi-based monitor said on Monday.\n\n"
        "In its annual conflict report, the monitor counted 912 attacks last year, which killed 1,340 people.\n\n"
        "Troops killed about 600 insurgents in operations, the report said.\n\n"
        "Most attacks in the north were blamed on al-Shabaab, which carried out dozens of roadside bombings.\n\n"
        "The monitor urged the government to fund local police.\n"
    )
    assert extract_incidents(text, date(2026, 1, 20)) == []

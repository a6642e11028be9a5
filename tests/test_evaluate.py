import io
import json

from incidentwire.evaluate import evaluate, read_gold
from tests.test_cli import run_cli

GOLD = [
    {"id": "a", "text": "x", "published": "2026-03-10", "incidents": [
        {"country": "Iraq", "killed": 5, "wounded": 5, "perpetrator": "Islamic State", "attack_type": "armed_assault",
         "event_date": "2026-03-09"},
        {"country": "Iraq", "killed": 3, "perpetrator": "Unknown", "event_date": "2026-03-08"},
    ]},
    {"id": "b", "text": "y", "published": "2026-03-10", "incidents": []},
]
PREDICTED = [
    {"id": "a", "incidents": [
        {"country": "Iraq", "killed": 3, "perpetrator": "Unknown", "event_date": "2026-03-08"},
        {"country": "Iraq", "killed": 5, "wounded": 4, "perpetrator": "ISIS", "attack_type": "armed_assault",
         "event_date": "2026-03-09"},
    ]},
    {"id": "b", "incidents": [{"country": "Mali", "killed": 1}]},
]


def lines(items) -> io.StringIO:
    return io.StringIO("".join(json.dumps(item) + "\n" for item in items))


def test_incidents_are_matched_and_fields_scored():
    table = {row[0]: row[1:] for row in evaluate(lines(GOLD), lines(PREDICTED)).table()}
    assert table["incident precision"] == (2, 3, 0.667) and table["incident recall"] == (2, 2, 1.0)
    assert table["killed"] == (2, 2, 1.0) and table["wounded"] == (0, 1, 0.0)
    assert table["perpetrator"] == (2, 2, 1.0)  # "ISIS" is the Islamic State's alias
    assert table["event_date"] == (2, 2, 1.0)


def test_incidents_dev_lines_score_figures_only_where_the_text_states_them():
    [doc] = read_gold(lines([{"id": "wiki-1", "text": "A bomb exploded.", "context": {"date": "August 6-7 2012"},
                              "killed": 4, "killed_in_text": False, "wounded": 2, "wounded_in_text": True}]))
    assert str(doc.published) == "2012-08-06" and doc.unscored == {"killed"} and doc.incidents[0]["wounded"] == 2


def test_eval_command_runs_the_extractor_on_the_gold_texts(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({
        "id": "s", "published": "2024-03-26",
        "text": "Gunmen killed four soldiers at an army checkpoint near Baqubah in Iraq's Diyala province on Monday, "
                "security sources said. Islamic State claimed responsibility.",
        "incidents": [{"country": "Iraq", "killed": 4, "perpetrator": "Islamic State", "event_date": "2024-03-25"}],
    }) + "\n")
    result = run_cli("eval", str(gold), "--format", "json")
    rows = {row["measure"]: row for row in map(json.loads, result.stdout.splitlines())}
    assert result.returncode == 0, result.stderr
    assert rows["incident recall"]["rate"] == 1.0 and rows["killed"]["rate"] == 1.0 and rows["event_date"]["rate"] == 1.0


def test_admin1_spellings_are_compared_through_the_gazetteer():
    from incidentwire.evaluate import same_value

    assert same_value("admin1", "Salahuddin", "Salah ad Din Governorate", {"country_code": "IQ"})
    assert same_value("admin1", "Nineveh", "Ninawa", {"country_code": "IQ"})
    assert not same_value("admin1", "Diyala", "Ninawa", {"country_code": "IQ"})
    # accents, hyphens and the gazetteer's local names compare as the gazetteer folds them
    assert same_value("admin1", "Tillabéri", "Tillaberi", {"country_code": "NE"})
    assert same_value("admin1", "Salah ad-Din", "Salah ad Din Governorate", {"country_code": "IQ"})
    assert same_value("admin1", "North Governorate", "Liban-Nord", {"country_code": "LB"})


def test_incidents_dev_fields_the_text_does_not_state_are_not_scored():
    from incidentwire.eval_gates import country_in_text, number_in_text, perpetrator_in_text, unscored_fields

    assert perpetrator_in_text("Islamic State", "Militants loyal to ISIS attacked the post.")
    assert not perpetrator_in_text("Islamic State", "The attack is the deadliest this year.")  # "is" is not IS
    assert perpetrator_in_text("Fatah; Al-Aqsa Martyrs' Brigades", "The Al-Aqsa Martyrs' Brigades claimed it.")
    assert country_in_text("Afghanistan", "A bomb exploded in Kabul.") and not country_in_text("Iraq", "A bomb exploded.")
    assert number_in_text(3, "three attackers were shot") and number_in_text(1, "The suicide bomber died.")
    record = {"perpetrator": "Taliban", "country": "Afghanistan", "attack_type": "unknown", "perpetrators_killed": 2,
              "killed_in_text": True, "wounded_in_text": False}
    assert unscored_fields(record, "Five people were killed in an attack.") == {
        "wounded", "perpetrator", "country", "admin1", "attack_type", "perpetrators_killed"}
    assert unscored_fields(record, "Two Taliban attackers died in Kabul.") == {"wounded", "attack_type"}


def test_naming_one_actor_of_a_multi_actor_gold_cell_counts():
    from incidentwire.evaluate import same_value

    assert same_value("perpetrator", "Fatah; Al-Aqsa Martyrs' Brigades", "Al-Aqsa Martyrs' Brigades", {})
    assert not same_value("perpetrator", "Fatah; Al-Aqsa Martyrs' Brigades", "Hamas", {})


def test_a_branch_matches_a_gold_cell_that_codes_only_its_parent():
    from incidentwire.evaluate import same_value

    assert same_value("perpetrator", "Islamic State", "Islamic State Sahel Province", {})
    assert not same_value("perpetrator", "Islamic State Sahel Province", "Islamic State", {})  # the parent is not the branch
    assert not same_value("perpetrator", "Unknown", "Hamas", {})


def test_incidents_dev_descriptions_that_name_no_group_are_coded_unknown():
    from incidentwire.eval_gates import schema_perpetrator

    assert schema_perpetrator("Islamist insurgents") == "Unknown"
    assert schema_perpetrator("Palestinian lone wolf") == "Unknown"
    assert schema_perpetrator("Militants") == "Unknown"
    assert schema_perpetrator("Fulani herdsmen") == "Fulani herdsmen"  # schema.md names Fulani militants
    assert schema_perpetrator("Boko Haram") == "Boko Haram"
    assert schema_perpetrator("Somali Coast Liberation Front") == "Somali Coast Liberation Front"
    [document] = read_gold([json.dumps({"id": "w1", "text": "Militants killed two police officers in Quetta.",
                                         "perpetrator": "Militants", "killed": 2, "killed_in_text": True})])
    assert document.incidents[0]["perpetrator"] == "Unknown" and "perpetrator" not in document.unscored


def test_a_gold_cell_is_read_as_the_groups_it_names():
    from incidentwire.eval_gates import gold_actors
    from incidentwire.evaluate import same_value

    assert gold_actors("ELN and FARC") == ["ELN", "FARC"]
    assert gold_actors("CSPPA, Hezbollah") == ["CSPPA", "Hezbollah"]
    assert gold_actors("Boko HaramSuspected") == ["Boko Haram"]
    assert gold_actors("Islamic State (claimed)") == ["Islamic State"]
    assert gold_actors("FARC militants") == ["FARC"] and gold_actors("Fulani militants") == ["Fulani militants"]
    assert gold_actors("Islamic State of Iraq and the Levant") == ["Islamic State of Iraq and the Levant"]  # one name
    assert same_value("perpetrator", "Taliban or Islamic State", "Islamic State", {})


def test_a_group_name_a_common_word_or_a_blocked_phrase_does_not_state_the_country():
    from incidentwire.eval_gates import country_in_text

    assert not country_in_text("Iraq", "Militants from the Islamic State of Iraq and the Levant killed seven people.")
    assert not country_in_text("Chad", "Boko Haram raided two villages on Lake Chad.")
    assert country_in_text("Iraq", "Militants from the Islamic State killed seven people in Mosul, Iraq.")


def test_an_empty_weapon_list_and_unknown_both_mean_no_weapon_named():
    from incidentwire.evaluate import same_value

    assert same_value("weapons", [], ["unknown"], {})
    assert same_value("weapons", ["unknown"], [], {})
    assert not same_value("weapons", ["unknown"], ["firearms"], {})
    assert same_value("weapons", ["firearms", "explosives"], ["explosives", "firearms"], {})

"""Figures that add up several incidents or a period are no single incident's toll."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract import extract_incidents
from tasks.extract.tallies import tally_start


@pytest.mark.parametrize("sentence", [
    "The defence minister said the two attacks had left five dead and seven injured.",
    "That brings the toll of the week's attacks to 27.",
    "This week's violence has killed at least 14 people in the province.",
    "Both raids killed a total of 19 people, police said.",
    "Gunmen killed four more people on Tuesday, bringing to 12 the number killed in the area this week.",
    "The attack raises to 27 the number of police officers killed in Cauca so far this year.",
])
def test_tallies_are_found(sentence: str) -> None:
    assert tally_start(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "Two more victims died in hospital, bringing the death toll from the attack to 12.",
    "Two more victims died in hospital, bringing to 12 the number killed in the attack.",
    "The two blasts killed 12 people at the market.",
    "The attack killed five soldiers.",
])
def test_one_incidents_toll_is_no_tally(sentence: str) -> None:
    assert tally_start(sentence) is None


def test_combined_figure_is_not_the_last_incidents_toll() -> None:
    text = (
        "CUCUTA, Colombia (IW) - ELN guerrillas killed five soldiers in an attack on a base in Tibu on Monday, the army said. "
        "On Tuesday, a car bomb exploded outside a police station in Cucuta, wounding seven people. "
        "The defence minister said the two attacks had left five dead and seven injured."
    )
    incidents = extract_incidents(text, published=date(2025, 11, 27))
    assert [i["killed"] for i in incidents][0] == 5
    assert len(incidents) == 2 and incidents[1]["killed"] != 5


def test_running_count_after_a_second_raid() -> None:
    text = (
        "GAO, Mali (IW) - Islamic State fighters killed 20 civilians in Menaka region on Monday, a local official said. "
        "They returned on Wednesday and killed seven more in a nearby camp. That brings the toll of the week's attacks to 27."
    )
    assert [i["killed"] for i in extract_incidents(text, published=date(2026, 2, 14))] == [20, 7]


def test_count_over_a_span_in_the_other_order() -> None:
    assert tally_start("The two raids brought the number of people killed in road ambushes this month to 38.") is not None
    assert tally_start("Two more died in hospital, bringing the death toll to 12.") is None


def test_second_days_clause_with_its_verb_gapped_is_its_own_incident() -> None:
    from tasks.extract.clause_split import split_separate_events

    parts = split_separate_events(
        "Militants killed 10 soldiers in Tahoua region on Monday and 12 civilians in Tillaberi region on Wednesday."
    )
    assert parts == ["Militants killed 10 soldiers in Tahoua region on Monday", "Killed 12 civilians in Tillaberi region on Wednesday."]
    assert split_separate_events("Gunmen killed 10 soldiers and 12 civilians in Tahoua on Monday.") == [
        "Gunmen killed 10 soldiers and 12 civilians in Tahoua on Monday."
    ]
    text = (
        "MAPUTO (IW) - Insurgents killed seven people in Mocimboa da Praia district on Sunday and five more in Muidumbe on "
        "Monday, bringing the number of civilians killed in Cabo Delgado since late September to 52, a monitoring group said."
    )
    found = sorted((i["event_date"], i["killed"]) for i in extract_incidents(text, published=date(2025, 10, 23)))
    assert found == [("2025-10-19", 7), ("2025-10-20", 5)]


def test_first_and_second_counted_off_in_one_sentence_split() -> None:
    from tasks.extract.clause_split import split_separate_events

    assert split_separate_events(
        "The first struck a police patrol near Baqubah, killing four officers, and the second hit a civilian car near "
        "Muqdadiyah, killing two farmers."
    ) == ["The first struck a police patrol near Baqubah, killing four officers", "The second hit a civilian car near Muqdadiyah, killing two farmers."]


def test_while_clause_with_victims_at_another_place_splits() -> None:
    from tasks.extract.clause_split import split_separate_events

    assert split_separate_events(
        "Gunmen shot dead seven passengers after stopping a bus in Kalat, while four Levies personnel were killed when "
        "militants attacked their post in Panjgur."
    ) == [
        "Gunmen shot dead seven passengers after stopping a bus in Kalat",
        "Four Levies personnel were killed when militants attacked their post in Panjgur.",
    ]
    sentence = "Gunmen killed five soldiers in Kalat, while three civilians were wounded in the crossfire in Kalat."
    assert split_separate_events(sentence) == [sentence]

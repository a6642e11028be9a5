"""Long victim subjects read up to their main verb (tasks/extract/subjects.py, used by casualties.py)."""

from __future__ import annotations

import pytest

from tasks.extract.casualties import extract_casualties
from tasks.extract.subjects import long_subject_predicate_start


def figures(*sentences: str) -> dict:
    result = extract_casualties(list(sentences))
    result.pop("evidence")
    return result


@pytest.mark.parametrize(
    "sentence, killed",
    [
        # a place or origin after the head noun
        ("Four boys from a farming hamlet died when a shell hit their school.", 4),
        # a unit named after the head noun
        ("Two officers of a highway patrol unit were shot and killed near the bridge.", 2),
        # a list of names between commas, with no comma closing it
        ("Six senior army commanders, including General Ba Tun and Colonel Maw are killed by a mine.", 6),
        # a relative clause with its own verb and a count of vehicles inside it
        ("Forty pilgrims, who were riding in 2 buses towards the shrine were killed by the gunmen.", 40),
        ("Five herders who had gone out to water their cattle at the river were later found dead.", 5),
        # a bracketed abbreviation and a modifier
        ("Seven Border Security Force (BSF) personnel on patrol were killed in the ambush.", 7),
    ],
)
def test_long_victim_subjects_reach_their_verb(sentence: str, killed: int) -> None:
    assert figures(sentence)["killed"] == killed


def test_long_subject_wounded() -> None:
    result = figures("Three nurses of the district clinic in Bamenda, Mezam division, are nursing injuries after the raid.")
    assert result["wounded"] == 3


@pytest.mark.parametrize(
    "sentence",
    [
        # an active verb: the count is the attackers, the later passive another clause's
        "Three gunmen stormed a village where residents were killed.",
        
        # a clause boundary before the verb
        "Three trucks of soldiers arrived after villagers were killed.",
    ],
)
def test_long_subject_gives_up_when_not_the_subject(sentence: str) -> None:
    assert figures(sentence)["killed"] != 3


def test_walk_stops_at_an_active_verb() -> None:
    sentence = "Three gunmen stormed a village where residents were killed."
    assert long_subject_predicate_start(sentence, len("Three gunmen")) is None


def test_a_second_verb_after_and_keeps_the_earlier_subject() -> None:
    result = figures("Two guards had been hurt, one of them badly, and were flown to the capital.")
    assert result["wounded"] == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 40 serving and retired judges have been murdered in the country since 2010.",
        "Rights groups say dozens of bus drivers and ticket sellers are killed every year by extortion gangs.",
    ],
)
def test_running_totals_after_a_long_subject_are_not_a_toll(sentence: str) -> None:
    assert not figures(sentence)["killed"]


def test_attackers_in_a_long_subject_stay_attackers() -> None:
    result = figures("Two fighters of the rebel group who had attacked the post were killed by troops.")
    assert result["perpetrators_killed"] == 2
    assert not result["killed"]

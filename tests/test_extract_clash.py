"""Clash knowledge: how news tells two armed sides fighting, as opposed to one side's attack."""

from __future__ import annotations

import pytest

from tasks.extract.clash import tells_fighting
from tasks.extract.types import extract_attack_type, is_strong_violence


@pytest.mark.parametrize(
    "sentence",
    [
        "Heavy fighting broke out between the Sudanese army and the Rapid Support Forces in El Fasher on Monday.",
        "Fighting erupted between two rival clans in Galmudug state on Tuesday over a land dispute.",
        "Kurdish fighters and Turkish-backed factions fought heavy battles near the Tishrin dam on Monday.",
        "The Ethiopian army fought Fano militiamen in the town of Debre Markos on Sunday.",
        "Malian soldiers and JNIM fighters fought for hours near Boulkessi.",
        "M23 rebels and Wazalendo militia fighters exchanged fire for several hours in Masisi.",
        "Eleven fighters were killed on both sides.",
    ],
)
def test_fighting_between_two_sides_is_told(sentence: str) -> None:
    assert tells_fighting(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The government vowed to keep fighting corruption in the ports.",
        "She fought for hours to save her brother's shop from the flood.",
        "The fight against terrorism will continue, the minister said.",
    ],
)
def test_a_fight_against_a_cause_is_not_fighting(sentence: str) -> None:
    assert not tells_fighting(sentence)


def test_an_outbreak_of_fighting_is_strong_violence() -> None:
    assert is_strong_violence("Heavy fighting broke out between the army and the rebels on Monday.")
    assert not is_strong_violence("The team kept fighting until the final whistle.")


def test_two_sides_fighting_is_a_clash_and_a_raid_is_not() -> None:
    sentences = [
        "M23 rebels and Wazalendo militia fighters exchanged fire for several hours in Masisi territory on Monday.",
        "Five civilians were killed by stray bullets.",
    ]
    assert extract_attack_type(sentences)[0] == "clash"
    assert extract_attack_type(["Kurdish fighters of the SDF and Turkish-backed factions fought heavy battles near the dam.",
                                "Eleven fighters were killed on both sides."])[0] == "clash"
    raid = ["Militants stormed a police post on Sunday night, killing four policemen.", "Fierce fighting followed."]
    assert extract_attack_type(raid)[0] == "armed_assault"


def test_air_strikes_called_into_a_battle_told_first_are_support() -> None:
    battle = [
        "Government troops and RSF fighters clashed in Babanusa on Monday, the army said.",
        "Army warplanes bombed RSF positions as the fighting raged, and the army said 40 RSF fighters were killed.",
    ]
    assert extract_attack_type(battle)[0] == "clash"
    strike = ["A drone strike killed five people at a market near Gondar on Tuesday, amid clashes between the army and Fano fighters."]
    assert extract_attack_type(strike)[0] == "airstrike_shelling"

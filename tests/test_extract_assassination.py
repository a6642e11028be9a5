"""Assassination knowledge: offices named as news in many countries writes them, and how a singled-out victim is told."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract import extract_incidents
from tasks.extract.assassination import aimed_role, is_assassination, office_target, singled_out_role


@pytest.mark.parametrize(
    "text, category",
    [
        ("Unidentified assailants gunned down a Union Parishad chairman in Cox's Bazar.", "government"),
        ("A barangay captain was killed in an ambush after gunmen fired at his vehicle.", "government"),
        ("The imam of a mosque was shot dead by motorcyclists as he walked home.", "religious"),
        ("A local journalist was shot dead outside his house.", "journalists"),
        ("A senior police commander was assassinated when a bomb planted under his car exploded.", "police"),
        ("Gunmen shot dead a brigade commander of the militia outside his home.", "military"),
        ("The village head of Kirawa, Lawan Bukar, was shot dead in his palace.", "government"),
        ("A prominent clan elder was killed in a targeted shooting.", "civilians"),  # no office: no target of its own
    ],
)
def test_the_office_of_the_person_singled_out(text: str, category: str) -> None:
    assert singled_out_role(text) == category


def test_a_leader_among_many_dead_or_after_another_killing_is_not_singled_out() -> None:
    assert singled_out_role("A bomber blew himself up in a market, killing 14 people, including a local council member.") is None
    assert singled_out_role("Troops shot and killed a man suspected of the attack that killed Rabbi Raziel Shevach.") is None
    assert office_target("A social leader was shot dead outside her home.") is None


def test_a_targeted_killing_needs_a_sign_of_aim_and_a_small_toll() -> None:
    shot = "Gunmen shot dead the mayor of a small town outside his home."
    assert is_assassination(shot, "armed_assault", 1)
    assert not is_assassination(shot, "armed_assault", 6)
    assert is_assassination("A district commissioner was killed in a roadside bomb attack on his convoy.", "bombing_explosion", 3)
    assert not is_assassination("A district commissioner was killed when a bomb went off in the market.", "bombing_explosion", 1)


def test_an_assassinated_cleric_is_a_religious_target() -> None:
    text = (
        "PESHAWAR - The imam of a mosque was shot dead by unidentified motorcyclists in Peshawar on Monday as he walked home "
        "after the dawn prayer, police said."
    )
    [incident] = extract_incidents(text, published=date(2026, 3, 10))
    assert (incident["attack_type"], incident["target_type"]) == ("assassination", "religious")


@pytest.mark.parametrize(
    "text, target",
    [
        ("The mayor of a town in Mexico's Michoacan state survived an ambush on Monday when gunmen opened fire on his convoy, "
         "state officials said. Two of his bodyguards were wounded.", "government"),
        ("A provincial governor in Afghanistan escaped unhurt on Sunday when a roadside bomb struck his convoy in Nangarhar, "
         "his spokesman said. Three of his guards were wounded.", "government"),
        ("Gunmen fired on the car of a Somali lawmaker in Mogadishu on Monday, wounding him and killing his driver, police said.", "government"),
    ],
)
def test_an_attack_aimed_at_an_office_holder_who_lived_is_an_assassination(text: str, target: str) -> None:
    [incident] = extract_incidents(text, published=date(2026, 3, 10))
    assert (incident["attack_type"], incident["target_type"]) == ("assassination", target)


def test_an_office_holder_merely_among_the_wounded_is_not_the_aim() -> None:
    text = "Gunmen opened fire on a crowded bus in Karachi on Monday, wounding six passengers, including a local councillor."
    assert aimed_role(text) is None

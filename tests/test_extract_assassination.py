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


@pytest.mark.parametrize(
    "text, category",
    [
        ("An imam who had spoken against the Islamic State group was shot dead in Kunduz city.", "religious"),
        ("A prosecutor investigating gang crimes was killed when a bomb exploded beside her car.", "government"),
        ("Juan López, a municipal councillor in Tocoa, was shot several times by gunmen as he left a church.", "government"),
        ("Union Parishad chairman Abul Kashem was shot dead at a tea stall.", "government"),
        ("A local Awami League leader was shot dead in Narsingdi district.", "government"),
        ("The leader of an opposition party was hacked to death on his way home.", "government"),
        ("A member of the House of Representatives was shot dead in his constituency.", "government"),
        ("A chef de colline was killed by men who threw a grenade into his house.", "government"),
        ("A senior Hezbollah-aligned commander was killed when a bomb planted under his vehicle exploded.", "other"),
        ("An aid agency head of office was shot dead by gunmen who stopped his car.", "other"),
        ("An environmental activist was murdered outside her home.", "civilians"),
    ],
)
def test_offices_told_with_a_clause_a_name_or_a_party(text: str, category: str) -> None:
    assert singled_out_role(text) == category


def test_an_office_holder_who_only_reports_a_killing_is_not_singled_out() -> None:
    assert singled_out_role("The district commissioner who toured the village said a farmer was shot dead by herders.") is None
    assert singled_out_role("Police commander Adamson Bungei said the guard was shot dead by robbers.") is None
    assert singled_out_role("A senior police official said the man was killed by a stray bullet.") is None


def test_a_close_aimed_attack_on_the_person_shows_the_aim() -> None:
    assert is_assassination("A district police chief was killed by gunmen while travelling in his vehicle.", "armed_assault", 1)
    assert is_assassination("Juan López, a municipal councillor in Tocoa, was shot several times as he left a church.", "armed_assault", 1)
    assert is_assassination("A bomb planted outside the home of a provincial council member detonated, killing him.", "bombing_explosion", 0)
    assert is_assassination("Attackers threw a grenade into the compound of a village chief, killing him and his wife.", "bombing_explosion", None)


def test_an_attack_on_an_office_holders_convoy_stays_his_assassination_with_his_guards_dead() -> None:
    text = "A suicide bomber targeted the convoy of the governor of Aden on Sunday, killing six of his guards. The governor survived."
    assert is_assassination(text, "bombing_explosion", 6)
    assert not is_assassination(text, "bombing_explosion", 25)
    crowd = "A suicide bomber blew himself up at a rally, killing 45 people, including a local leader of the JUI-F party."
    assert not is_assassination(crowd, "bombing_explosion", 45)


@pytest.mark.parametrize(
    "text, category",
    [
        ("Russia's ambassador to the country was shot dead at an art exhibition.", "diplomatic"),
        ("Gunmen killed the chairman of Ukum local government area on his way back from a meeting.", "government"),
        ("Motorcycle-borne gunmen shot dead a senior leader of the Jamiat Ulema-e-Islam in Chaman.", "government"),
    ],
)
def test_envoys_local_government_chairmen_and_party_leaders(text: str, category: str) -> None:
    assert singled_out_role(text) == category
    assert is_assassination(text, "armed_assault", 1)


def test_a_bomb_aimed_at_one_office_holder_and_not_at_a_patrol() -> None:
    assert aimed_role("A roadside bomb targeting the district governor of Baraki Barak killed three of his bodyguards.") == "government"
    assert aimed_role("A roadside bomb targeting a police patrol killed four officers.") is None


@pytest.mark.parametrize(
    "text, category",
    [
        ("Unknown gunmen shot dead the spokesman of the opposition party outside his house.", "government"),
        ("The head of the provincial education department was killed when a bomb hidden in his office exploded.", "government"),
        ("A Buddhist monk was shot dead while collecting alms as he walked to the temple.", "religious"),
        ("A blogger who criticised the government was hacked to death outside his home.", "journalists"),
        ("The commander of the district police was shot dead outside his home.", "police"),
    ],
)
def test_spokesmen_department_heads_monks_and_bloggers(text: str, category: str) -> None:
    assert singled_out_role(text) == category


def test_a_bomb_timed_to_an_office_holders_car_or_hidden_in_his_office() -> None:
    assert aimed_role("A roadside bomb exploded as the car of a provincial judge passed, killing the judge and his driver.") == "government"
    assert is_assassination("The head of the provincial education department was killed when a bomb hidden in his office exploded.",
                            "bombing_explosion", 1)
    assert singled_out_role("The head of a police intelligence directorate was shot dead outside his home.") == "police"

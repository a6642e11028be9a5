"""Round-8 paraphrase families for wounded, kidnapped and attackers killed (tasks/extract/casualty_patterns.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract import extract_incidents
from tasks.extract.casualties import extract_casualties


def figures(*sentences: str) -> dict:
    result = extract_casualties(list(sentences))
    result.pop("evidence")
    return result


@pytest.mark.parametrize(
    ("sentence", "taken"),
    [
        ("Bandits stormed a hamlet after dark and carted away 14 residents, among them two women.", 14),
        ("Armed men raided the settlement on Friday and made off with 11 people, a councillor said.", 11),
        ("Rebels stopped the coach on a mountain road and kept its 18 passengers at a farm overnight.", 18),
    ],
)
def test_people_carried_off_in_other_words(sentence: str, taken: int) -> None:
    assert figures(sentence)["kidnapped"] == taken


def test_rounding_up_is_not_a_kidnapping_verb() -> None:
    assert figures("Police rounded up 20 suspects after the riot in the old town.")["kidnapped"] is None


def test_wounded_in_care_without_a_wound_word() -> None:
    assert figures("Nine other recruits are receiving treatment at the garrison hospital.")["wounded"] == 9
    assert figures("Four labourers were undergoing treatment at a clinic in the district town.")["wounded"] == 4


def test_relative_clause_before_a_wound_phrase() -> None:
    result = figures("A girl who was selling tea beside the road received a shrapnel wound to the arm.")
    assert result["wounded"] == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Six guards were killed, and so were three of the assailants, state television said.",
        "Six guards died in the fighting, as did three of the attackers, the governor said.",
    ],
)
def test_attackers_killed_by_ellipsis(sentence: str) -> None:
    result = figures(sentence)
    assert (result["killed"], result["perpetrators_killed"]) == (6, 3)


def test_ellipsis_keeps_the_wounded_role() -> None:
    result = figures("Two porters were hurt, as were four shoppers, the clinic said.")
    assert result["killed"] == 0  # a report of wounded and no dead codes none killed
    assert result["wounded"] is not None


def test_armed_group_own_dead() -> None:
    result = figures("The militia said it overran the outpost and killed eight soldiers.", "Two of its own fighters died in the assault.")
    assert (result["killed"], result["perpetrators_killed"]) == (8, 2)
    result = figures("The rebel unit ambushed a convoy on Monday, killing four policemen, and lost three of its fighters.")
    assert (result["killed"], result["perpetrators_killed"]) == (4, 3)


def test_loss_of_soldiers_is_the_dead() -> None:
    assert figures("The army lost nine soldiers when its convoy was ambushed near the border.")["killed"] == 9


def test_carried_off_told_as_a_follow_up_sentence() -> None:
    text = (
        "RUTBA, Iraq (IW) - Gunmen attacked a group of shepherds in the western desert on Sunday, killing two of them, "
        "officials said. Three others had been taken away, including a boy of 15, the army said."
    )
    incidents = extract_incidents(text, date(2026, 3, 10))
    assert [i["kidnapped"] for i in incidents] == [3]


def test_loss_of_things_is_not_the_dead() -> None:
    assert figures("The visitors lost three quick wickets before lunch on the second day.")["killed"] is None


def test_including_aside_stops_at_its_own_verb() -> None:
    # the aside after "including" ends at the clause's verb; it does not reach the next clause's participle
    result = extract_casualties(["Officials said three soldiers, including a young lieutenant from Kano, were martyred, while two others were hurt."])
    assert (result["killed"], result["wounded"]) == (3, 2)


def test_a_wounded_victim_who_died_early_on_a_later_day_in_hospital_is_a_later_death() -> None:
    from tasks.extract.casualty_patterns import LATER_DEATHS_RE

    assert LATER_DEATHS_RE.search("One of them, a nurse, died late on Friday at the provincial hospital in Ica.")


def test_left_with_an_adverb_and_carried_away() -> None:
    result = extract_casualties(["Ten people were killed and 2 others were left severely injured when militants attacked."])
    assert (result["killed"], result["wounded"]) == (10, 2)
    assert extract_casualties(["Bandits carried away 30 villagers after storming a village."])["kidnapped"] == 30
    assert extract_casualties(["Thirty villagers were carried away by the bandits."])["kidnapped"] == 30


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("A car bomb exploded close to a jail; the bombing left no one killed or injured.", 0, 0),
        ("A bombing took place in Manbij without leaving any casualties.", 0, 0),
        ("One Israeli was killed and another lightly wounded by armed assailants.", 1, 1),
        ("Insurgents attacked a camp, leaving an army man dead and another one with minor injuries.", 1, 1),
        ("A Shiite religious scholar was shot and critically wounded by gunmen in Hangu.", 0, 1),
    ],
)
def test_zero_and_single_wounded_phrasings(sentence: str, killed: int, wounded: int) -> None:
    result = extract_casualties([sentence])
    assert (result["killed"], result["wounded"]) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        # victims named by their trade, church or family role
        ("A flight attendant and one suspected terrorist were killed in the attack.", 1, None),
        ("Gunmen killed a missionary and two parishioners.", 3, None),
        ("A bomb wounded a cashier and two shoppers.", 0, 3),
        # bodies counted with whose they were
        ("Ten corpses of soldiers were found after the ambush.", 10, None),
    ],
)
def test_victim_role_nouns_and_bodies_of(sentence: str, killed: int, wounded: int | None) -> None:
    result = extract_casualties([sentence])
    assert (result["killed"], result["wounded"]) == (killed, wounded)


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded", "attackers"),
    [
        # the count before a bare casualty verb with a quantity after it is the agent, not people who were killed
        ("Two gunmen killed seven people at a bar.", 7, None, None),
        ("The militants killed scores of villagers.", 40, None, None),
        ("A suicide bomber killed at least seven people in Baghdad.", 7, None, None),
        # a headline's bare participle before a place or time stays the dead
        ("Five people killed around midnight in Kabul.", 5, None, None),
    ],
)
def test_agent_count_before_a_quantity_object(sentence: str, killed: int, wounded: int | None, attackers: int | None) -> None:
    result = extract_casualties([sentence])
    assert (result["killed"], result["wounded"], result["perpetrators_killed"]) == (killed, wounded, attackers)


def test_number_of_people_killed_raised_to_a_new_total() -> None:
    # "raising the number of police killed in the attack to three": the later death is inside the new total
    text = (
        "A policeman wounded in Friday's attack on a checkpoint in Diyala died on Sunday, raising the number of "
        "police killed in the attack to three, a security source said."
    )
    assert [i["killed"] for i in extract_incidents(text, published=date(2025, 10, 6))] == [3]
    # the attackers' count stays theirs, and a tally over a year is background
    text = (
        "Troops raided a militant hideout in Zhob on Sunday, killing 12 militants, raising the number of militants "
        "killed in the operation to 14, the ISPR said."
    )
    assert [i["killed"] for i in extract_incidents(text, published=date(2025, 5, 6))] == [None]
    text = (
        "Gunmen shot dead a reporter in Veracruz on Monday, bringing the number of journalists killed in Mexico "
        "this year to 10, a press group said."
    )
    assert [i["killed"] for i in extract_incidents(text, published=date(2025, 5, 6))] == [1]


def test_ranked_later_death_on_another_day_follows_its_attack() -> None:
    # "A sixth victim died on Saturday": the rank counts on from the toll just told (5 + 1), not a new incident
    text = (
        "Gunmen opened fire on worshippers leaving a mosque in Zurmi on Friday, killing five people. "
        "A sixth victim died on Saturday, a local councillor said."
    )
    assert [i["killed"] for i in extract_incidents(text, published=date(2025, 9, 29))] == [6]

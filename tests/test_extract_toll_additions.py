"""One incident's toll built over several sentences (tasks/extract/toll_additions.py, read by casualties and tolls)."""

from __future__ import annotations

from datetime import date

from tasks.extract import extract_incidents
from tasks.extract.casualties import extract_casualties
from tasks.extract.toll_additions import continues_toll, fuller_official_count, named_late_death, ordinal_body


def killed(*sentences: str) -> tuple:
    result = extract_casualties(list(sentences))
    return result["killed"], result["wounded"], result["perpetrators_killed"]


def test_victims_told_apart_with_also_add_up() -> None:
    assert killed(
        "Three soldiers were killed when their vehicle struck a mine near Ayorou on Monday, a security source said.",
        "The explosion also killed two civilians travelling in a truck behind the convoy.",
    )[0] == 5
    assert killed(
        "A roadside bomb hit a joint patrol near Boni on Monday, killing a soldier and two police officers, a source said.",
        "A civilian guide travelling with the patrol also died, the source added.",
    )[0] == 4
    assert killed(
        "A suicide bomber rammed a car into a convoy on Saturday, killing seven soldiers and himself, officials said.",
        "Two passers-by also died and 15 people were wounded.",
    ) == (9, 15, 1)


def test_also_among_the_dead_and_recaps_do_not_add() -> None:
    assert killed(
        "Six people were killed when gunmen opened fire on a bus on Sunday, police said.",
        "A police officer was also among those killed.",
    )[0] == 6
    assert killed(
        "Six people died, including four soldiers, when a bomb exploded on Sunday, police said.",
        "A civilian driver was also killed.",
    )[0] == 6


def test_what_the_attackers_did_next_and_another_victim_add_up() -> None:
    assert killed(
        "Two members of the militia were shot dead as they tried to defend the village on Friday.",
        "The attackers then beheaded three fishermen they found on the beach.",
        "One woman also died as she fled.",
    )[0] == 6
    assert killed(
        "Rebels attacked a base with drones on Saturday, killing one soldier, the army said.",
        "Another soldier was killed by sniper fire as troops repelled the assault, and seven were wounded.",
    )[:2] == (2, 7)
    # "the four soldiers" points back at those already counted
    assert killed("Four soldiers were killed at a checkpoint on Tuesday.", "The attackers then killed the four soldiers' driver.")[0] >= 4


def test_later_deaths_without_a_count() -> None:
    assert ordinal_body("On Monday, police said the body of a fourth victim had been found in a paddy field.") == 4
    assert killed(
        "Two people were killed and at least 30 injured when rival factions clashed on Sunday, police said.",
        "On Monday, police said the body of a fourth victim had been found in a paddy field near the clash site.",
    )[0] == 4
    assert named_late_death("The injured were airlifted to Raipur, where head constable Suresh Kashyap succumbed during treatment.")
    assert not named_late_death("One of them, Suresh Kashyap, was discharged on Thursday.")
    assert killed(
        "Three policemen were killed and two others injured in an IED blast on Wednesday, police said.",
        "The injured were airlifted to Raipur, where head constable Suresh Kashyap succumbed during treatment on Thursday.",
    )[:2] == (4, 2)


def test_toll_reached_and_critically_injured_who_died() -> None:
    assert killed(
        "Gunmen attacked a convoy of passenger vehicles on Thursday, killing 38 people, officials said.",
        "The deputy commissioner said on Friday that the number of people killed had reached 42, after four critically injured passengers died overnight.",
        "At least 30 people were injured.",
    )[:2] == (42, 30)


def test_inverted_toll_with_a_phrase_and_the_bombers_own_count() -> None:
    assert killed("Killed in the attack were the driver, the conductor and seven pilgrims, including a child, officials said.")[0] == 9
    assert killed("A suicide bomber blew himself up near a ministry on Monday, killing himself and six others, a spokesman said.")[::2] == (6, 1)


def test_an_authoritys_fuller_count_after_an_unnamed_sources_at_least() -> None:
    first = "Jihadists attacked the town on Sunday, killing at least 15 soldiers and volunteer fighters, security sources said."
    later = "In a statement released on Tuesday, the army's general staff said the toll stood at 31 dead."
    assert fuller_official_count(first, True, later)
    assert not fuller_official_count("At least 19 were killed, the army said.", True, "Civil society groups put the toll at 26.")
    result = extract_casualties([first, later])
    assert (result["killed"], result["killed_low"]) == (31, 15)


def test_a_left_out_sentence_that_goes_on_with_the_toll_is_read() -> None:
    assert continues_toll("Search teams later found the bodies of five more villagers, bringing the toll to 23.")
    assert not continues_toll("The army said it had launched a pursuit.")
    text = (
        "BENI, DR Congo - Suspected ADF rebels raided the village of Mayi-Moya, north of Beni in North Kivu province, "
        "overnight on Tuesday, killing residents with machetes and firearms, local civil society said. By Wednesday "
        "afternoon, 18 bodies had been recovered. Search teams later found the bodies of five more villagers in the "
        "surrounding fields, bringing the toll to 23, said civil society president Kizito Bin Hangi."
    )
    (incident,) = extract_incidents(text, published=date(2025, 10, 2))
    assert incident["killed"] == 23


def test_a_subset_list_does_not_replace_a_provisional_toll() -> None:
    result = extract_casualties([
        "At least 51 people were killed in an attack on a displacement camp on Sunday night, according to a provisional report by humanitarian organisations.",
        "Among the dead were 32 women and children and three staff of a health centre.",
    ])
    assert (result["killed"], result["killed_low"]) == (51, 51)


def test_what_is_not_more_victims() -> None:
    # objects after "then", and a bare "another" that points back at an attacker
    assert killed(
        "Two police officers were killed and two others injured after militants ambushed a police convoy.",
        "The attackers then burned two police vehicles before fleeing the scene.",
    )[0] == 2
    assert killed(
        "At least one policeman was killed and four wounded in an attack in Grozny.",
        "A terrorist blew himself up, another was killed by security forces.",
    )[0] == 1


def test_victims_told_as_besides_those_counted() -> None:
    assert killed(
        "Gunmen attacked a police checkpoint on the highway on Sunday night, killing two officers, police said.",
        "In addition to the policemen, a truck driver who had stopped at the checkpoint was shot dead.",
    )[0] == 3
    assert killed(
        "A bomb exploded near a police van on Monday, killing four policemen, officials said.",
        "Besides the policemen, two passers-by lost their lives, while 14 people were injured.",
    )[:2] == (6, 14)
    assert continues_toll("A day later, the bodies of three other fishermen who had been reported missing were found on the shore.")

"""Attackers told inside a toll or as a side's own loss (tasks/extract/attacker_share.py)."""

from __future__ import annotations

import pytest

from tasks.extract.casualties import extract_casualties


def figures(*sentences: str) -> tuple:
    result = extract_casualties(list(sentences))
    return result["killed"], result["perpetrators_killed"]


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        ("Five people, including the bomber, were killed when a vest was detonated at a market.", 4, 1),
        ("The blast killed five people, including the bomber, and wounded 11.", 4, 1),
        ("At least seven people, including a police officer and six assailants, were killed in the attack.", 1, 6),
        ("At least ten people were killed, including five of the attackers, in two assaults.", 5, 5),
        ("Two suicide bombers attacked a mosque, killing three, including the two terrorists, and wounding nine.", 1, 2),
        # identity nouns in a list of the dead may be the victims: "six jihadists" at a restaurant the bomber struck
        ("Eight people were killed, including six jihadists, and 22 were wounded.", 8, None),
        ("Ten people, including two children, were killed.", 10, None),
    ],
)
def test_attackers_listed_in_a_toll(sentence: str, killed: int, attackers: int | None) -> None:
    assert figures(sentence) == (killed, attackers)


@pytest.mark.parametrize(
    ("sentences", "killed", "attackers"),
    [
        (("Gunmen raided a village, killing 11 residents.", "Vigilantes said the bandits lost five men in the fighting."), 11, 5),
        (("The Taliban attacked a post, killing five policemen.", "The Taliban insurgents suffered 6 deaths as well."), 5, 6),
        (("Two border guards were killed in an attack by terrorists.", "In the ranks of the terrorists, two people died."), 2, 2),
        # the state's side losing men is the victims' toll
        (("Militants ambushed a convoy.", "The army lost 12 soldiers in the ambush."), 12, None),
    ],
)
def test_a_sides_own_loss(sentences: tuple, killed: int, attackers: int | None) -> None:
    assert figures(*sentences) == (killed, attackers)


def test_attacker_among_the_dead() -> None:
    result = extract_casualties(["At least 20 people were killed in a suicide bombing at a rally.", "Police said the bomber was among the dead."])
    assert (result["killed"], result["perpetrators_killed"]) == (20, 1)


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        # a count told by ellipsis shares the verb before it, and a group's name stands for its fighters
        ("During the assault, six soldiers were killed, as well as 6 terrorists.", 6, 6),
        ("4 Russian commandos died in the raids as did six militants.", 4, 6),
        ("Three Afghan guards were killed, as well as all of the eight Taliban fighters.", 3, 8),
        ("Four policemen died, as did two children.", 6, None),
        # communique words and long hedges before the participle
        ("Four terrorists were eliminated by the security forces.", None, 4),
        ("Seven terrorists are also said to have been killed in the exchange of fire.", None, 7),
    ],
)
def test_attackers_told_by_ellipsis_or_communique(sentence: str, killed: int | None, attackers: int | None) -> None:
    assert figures(sentence) == (killed, attackers)


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        # the attackers told first are not one more victim before "along with"
        ("All five attackers were killed, along with nine civilians and two soldiers, officials said.", 11, 5),
        ("The bomber was killed along with three others.", 3, 1),
        ("The district chief was killed along with two of his guards.", 3, None),
    ],
)
def test_attackers_before_along_with(sentence: str, killed: int, attackers: int | None) -> None:
    assert figures(sentence) == (killed, attackers)


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        ("Eight policemen were killed in an attack south of Tikrit, while the militants had three killed.", 8, 3),
        ("The clashes caused at least 6 deaths of the Syrian Army and at least 10 deaths of the Islamic State.", 6, 10),
    ],
)
def test_a_sides_deaths_told_with_had_or_deaths_of(sentence: str, killed: int, attackers: int) -> None:
    assert figures(sentence) == (killed, attackers)


def test_a_second_source_after_though_only_widens() -> None:
    result = extract_casualties(["The bombing killed at least 24 people, though some news agencies reported up to 200 people dead."])
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (24, 24, 200)


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        # a named force's members hit by a bomb are its victims
        ("Two members of the Syrian Democratic Forces were killed when a car bomb exploded in Theban.", 2, None),
        ("Four Taliban fighters were killed when a roadside bomb struck their vehicle.", 4, None),
        # "militants" at a blast are as likely its bombers; a band's own device is its own loss
        ("Seven soldiers and three militants were killed when a car bomb exploded at a checkpoint.", 7, 3),
        ("Three militants were killed when their bomb exploded prematurely.", None, 3),
    ],
)
def test_dead_struck_by_someone_elses_bomb(sentence: str, killed: int | None, attackers: int | None) -> None:
    assert figures(sentence) == (killed, attackers)


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        ("Three assailants killed five people and injured 10 others before they were shot dead by police.", 5, 3),
        ("Five terrorists attacked the Ram temple in Ayodhya before being killed by security forces.", None, 5),
        ("Two men attacked a guard post and were shot dead by soldiers.", None, 2),
        # the responders who stormed a place, or people killed by a device, are not the attackers
        ("Three policemen stormed the house and were killed by a bomb.", None, None),
    ],
)
def test_attackers_told_killed_after_acting(sentence: str, killed: int | None, attackers: int | None) -> None:
    assert figures(sentence) == (killed, attackers)


@pytest.mark.parametrize(
    ("sentences", "killed", "attackers"),
    [
        (("Four gunmen stormed the hotel, killing 12 guests.", "All four were killed by special forces."), 12, 4),
        (("Two gunmen attacked the bank, killing a guard.", "Both were shot dead by the police."), 1, 2),
        (("Gunmen killed all five passengers.",), 5, None),
        (("Police opened fire on the protesters.", "All three were killed by police bullets."), 3, None),
    ],
)
def test_whole_band_killed_by_responders(sentences: tuple, killed: int | None, attackers: int | None) -> None:
    assert figures(*sentences) == (killed, attackers)


@pytest.mark.parametrize(
    ("sentence", "kidnapped"),
    [
        ("Gunmen kidnapped the priest along with two of his parishioners.", 3),
        ("The priest was abducted along with two of his parishioners.", 3),
        ("Bandits seized a farmer along with four of his workers.", 5),
    ],
)
def test_others_taken_along_with_the_one_named(sentence: str, kidnapped: int) -> None:
    assert extract_casualties([sentence])["kidnapped"] == kidnapped


def test_one_named_attacker_killed_after_acting() -> None:
    assert figures("A gunman killed six people and wounded four at a market before being shot dead by soldiers.") == (6, 1)


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers"),
    [
        # the attackers as a share in apposition: "three of them attackers" (not "three of them children")
        ("Gunmen stormed a hotel in Beledweyne on Sunday, killing 12 people, three of them attackers.", 9, 3),
        ("Gunmen stormed a hotel in Beledweyne on Sunday, killing 12 people, three of them children.", 12, None),
        # a definite back-reference to the attackers after the clause's place and time
        ("Eight people died in the blasts at a checkpoint in Bosaso on Sunday, including the two suicide bombers.", 6, 2),
        ("Eight people died in the blasts at a checkpoint in Bosaso on Sunday, including a suicide bomber.", 8, None),
        ("Five people were killed and 20 wounded in the blast in Bosaso on Sunday, including the bomber.", 5, None),
        # an inverted toll: "Among the 20 people killed ... were four of the gunmen"
        ("Among the 20 people killed in Sunday's raid on the village of Tawa were four of the gunmen.", 16, 4),
        ("Among the 20 people killed in the raid on Tawa were four children.", 20, None),
    ],
)
def test_attackers_told_later_in_the_toll_sentence(sentence: str, killed: int, attackers: int | None) -> None:
    assert figures(sentence) == (killed, attackers)

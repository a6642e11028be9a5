"""Victims told without a number (tasks/extract/lone_victims.py)."""

from __future__ import annotations

import pytest

from tasks.extract.lone_victims import named_victims, singular_is_attacker


def test_pronoun_killed_by_troops_is_the_attacker() -> None:
    sentence = "She was shot dead by soldiers guarding the gate, the army said."
    assert singular_is_attacker(sentence)
    assert named_victims([sentence]) is None


def test_civilian_killed_by_troops_stays_a_victim() -> None:
    sentence = "A fruit seller was shot dead by soldiers near the crossing, his family said."
    assert not singular_is_attacker(sentence)
    assert named_victims([sentence]) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "During the firefight, Havildar Amir Khan (age 31 years, resident of District Swat) and Sepoy Noor Ali "
        "(age 22 years, resident of District Kohat), having fought bravely, embraced shahadat.",
        "In the exchange of fire, Naik Sajid Hussain and Sepoy Imran Shah embraced martyrdom.",
        "Sergeant Lina Perez (27) and Private Juan Ortiz (22) were killed.",
    ],
)
def test_two_named_soldiers_with_particulars_are_two_dead(sentence: str) -> None:
    assert named_victims([sentence]) == (2, sentence)


def test_name_then_his_people_counts_the_named_one() -> None:
    from tasks.extract.lone_victims import named_owner_before
    sentence = "Okafor, his wife and his bodyguard were killed when the car was ambushed."
    assert named_owner_before(sentence, sentence.index("his"))
    # an opener that is no name does not count anyone more
    for sentence in ("However, his wife was wounded.", "In Maiduguri, her two sons were killed."):
        assert not named_owner_before(sentence, sentence.index("h", sentence.index(",")))


def test_attackers_leaving_their_dead_behind() -> None:
    from tasks.extract.lone_victims import left_behind_dead
    sentence = "The bandits withdrew into the forest after an hour, leaving behind the bodies of two of their comrades."
    assert left_behind_dead([sentence]) == (2, sentence)
    # no attacker named before: whose dead is not told
    assert left_behind_dead(["The villagers fled, leaving behind three of their dead."]) is None


@pytest.mark.parametrize(
    "text, wounded",
    [
        ("Gunmen opened fire on a taxi near Kandahar on Monday, killing a passenger. Their driver, who was hit in the arm, "
         "was taken to hospital, police said.", 1),
        ("Insurgents attacked a village near Konduga on Thursday, killing three farmers. A fourth man received a bullet in "
         "the thigh, a vigilante leader said.", 1),
        ("A soldier was killed and a second is in critical condition after an explosive attack on a patrol in Cauca on "
         "Wednesday, the army said.", 1),
        ("A mortar round landed near a market in Baidoa on Sunday, killing a child. The boy's mother was treated for "
         "shrapnel wounds at the regional hospital, a doctor said.", 1),
    ],
)
def test_the_wounded_told_by_their_care_follow_the_incident(text: str, wounded: int) -> None:
    from datetime import date

    from tasks.extract import extract_incidents

    (incident,) = extract_incidents(text, published=date(2025, 6, 10))
    assert incident["wounded"] == wounded


def test_a_body_taken_to_hospital_is_no_wounded_person() -> None:
    from tasks.extract.lone_victims import lone_casualty, lone_wounded

    assert lone_wounded("His body was taken to the district hospital, police said.") is None
    assert lone_casualty("He succumbed on the way to hospital, police said.")


def test_lone_wounded_by_a_bullet_or_escaping_with_wounds() -> None:
    from tasks.extract.lone_victims import lone_wounded

    assert lone_wounded("A passer-by was also struck by a bullet and taken to the medical complex.") is not None
    assert lone_wounded("One woman escaped with machete wounds and is being treated at Oicha hospital.") is not None
    assert lone_wounded("He remains in serious condition at a local hospital.") is not None
    # gunfire hits vehicles too
    assert lone_wounded("Their vehicle struck a roadside bomb and was also hit by gunfire.") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The baby's father was also wounded.",
        "A politician was shot four times in the leg outside his apartment.",
        "A station worker suffered deep cuts from flying glass.",
    ],
)
def test_more_lone_wounded_phrasings(sentence: str) -> None:
    from tasks.extract.lone_victims import lone_wounded

    assert lone_wounded(sentence) is not None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # two victims named as the killing verb's object, with ages or a possessive second one
        ("Gunmen shot dead Ali Khan, 34, and Rahim Shah, 41, in Khyber district on Monday, police said.", 2),
        ("Gunmen shot dead Fatima Bibi, 45, and her daughter Amina, 12, outside their home on Sunday.", 2),
        ("Gunmen killed Younis and his assistant in a neighbourhood of Kirkuk.", 2),
        ("Gunmen shot dead journalist Ali Khan and his driver in Khyber district on Monday.", 2),
    ],
)
def test_two_victims_named_as_the_object(sentence: str, killed: int) -> None:
    assert named_victims([sentence])[0] == killed


def test_named_pair_must_end_the_phrase_and_not_open_a_clause() -> None:
    # "and his brother was wounded" starts the next clause; "Afghan and Pakistani troops" is one group
    assert named_victims(["Gunmen shot dead Ali Khan and his brother was wounded in Khyber on Monday."])[0] == 1
    assert named_victims(["The blast killed Afghan and Pakistani troops near the border on Monday."]) is None


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        # a victim named as the verb's object, then his own people counted: the named one and them
        ("Gunmen killed Ahmed Khan and his two sons in Bajaur on Sunday, police said.", 3),
        ("Gunmen shot dead tribal elder Malik Jan, 60, and two of his guards in Kurram on Sunday, police said.", 3),
        ("Gunmen killed Ahmed Khan, his wife and their three children in Bajaur on Sunday, police said.", 5),
        # no name before the count: only the count
        ("Gunmen killed a village chief and his three bodyguards in Kurram on Sunday, police said.", 4),
    ],
)
def test_named_object_and_his_counted_people(sentence: str, killed: int) -> None:
    from datetime import date

    from tasks.extract import extract_incidents

    assert [i["killed"] for i in extract_incidents(sentence, published=date(2025, 5, 6))] == [killed]

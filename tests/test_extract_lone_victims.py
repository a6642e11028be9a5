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

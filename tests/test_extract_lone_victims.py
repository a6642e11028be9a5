"""Victims told without a number (tasks/extract/lone_victims.py)."""

from __future__ import annotations

from tasks.extract.lone_victims import named_victims, singular_is_attacker


def test_pronoun_killed_by_troops_is_the_attacker() -> None:
    sentence = "She was shot dead by soldiers guarding the gate, the army said."
    assert singular_is_attacker(sentence)
    assert named_victims([sentence]) is None


def test_civilian_killed_by_troops_stays_a_victim() -> None:
    sentence = "A fruit seller was shot dead by soldiers near the crossing, his family said."
    assert not singular_is_attacker(sentence)
    assert named_victims([sentence]) is not None

"""Wounded told by reference to the dead, and lone victims who died later (echo_counts.py, casualty_patterns.py)."""

from __future__ import annotations

import pytest

from tasks.extract.casualties import extract_casualties


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("A car bombing hit a camp killing at least 15 and wounding the same number of people.", 15, 15),
        ("Gunmen killed two soldiers and wounded as many civilians.", 2, 2),
        ("A dozen people were killed, and twice as many wounded.", 12, 24),
        ("Taliban attacked a checkpoint, killing ten and injuring around the same number, the governor said.", 10, 10),
        # one victim hurt or taken, then dead
        ("A bystander was also hit by the gunfire and later succumbed to his injuries.", 1, None),
        ("A shopkeeper was abducted by militants in Sopore and was later found dead.", 1, None),
        ("A guard was shot and fatally wounded.", 1, None),
    ],
)
def test_echoed_wounded_and_later_deaths(sentence: str, killed: int, wounded: int | None) -> None:
    result = extract_casualties([sentence])
    assert (result["killed"], result["wounded"]) == (killed, wounded)


def test_among_those_killed_lists_the_dead() -> None:
    assert extract_casualties(["Among those killed were two policemen and a child."])["killed"] == 3
    assert extract_casualties(["Among those wounded were four students."])["wounded"] == 4
    # after a total, the list is a subset of it
    assert extract_casualties(["The blast killed 14 people.", "Among those killed were two policemen and a child."])["killed"] == 14

"""Combining one role's figures across sentences (tasks/extract/tolls.py)."""

from __future__ import annotations

from tasks.extract.tolls import Observation, combine


def test_first_figure_stands_and_a_larger_one_widens_the_range() -> None:
    first = Observation("killed", 10, 10, 10, 0, "Ten died.")
    other = Observation("killed", 14, 14, 14, 1, "Others said 14 died.")
    low, best, high, _ = combine([first, other])
    assert (low, best, high) == (10, 10, 14)


def test_revision_replaces_and_additional_adds() -> None:
    first = Observation("killed", 3, 3, 3, 0, "Three died.")
    revised = Observation("killed", 5, 5, 5, 1, "The toll rose to five.", revision=True)
    more = Observation("killed", 1, 1, 1, 2, "One more died later.", additional=True)
    assert combine([first, revised, more])[:3] == (6, 6, 6)


def test_no_figures() -> None:
    assert combine([]) == (None, None, None, None)


def test_the_three_who_died_points_back_at_the_dead_already_told() -> None:
    from tasks.extract.casualties import extract_casualties
    result = extract_casualties([
        "Two bandits were killed when vigilantes repelled the raid on the village.",
        "\"We pray for the families of the two who died,\" the emir said.",
    ])
    assert (result["killed"], result["perpetrators_killed"]) == (None, 2)


def test_a_gapped_clause_adds_its_count() -> None:
    from tasks.extract.casualties import extract_casualties

    def killed(sentence: str) -> int | None:
        return extract_casualties([sentence], frozenset())["killed"]

    assert killed("Three people died on Saturday and two more on Sunday after a grenade attack, police said.") == 5
    assert killed("Gunmen killed four people in Kwall and six in Bassa on Sunday.") == 10
    assert killed("Gunmen killed two people in the village of Kwall and a third on the road to Bassa.") == 3
    # not a second toll: objects counted, a state of the wounded, a breakdown of the dead
    assert killed("The group detonated three car bombs in Dublin and one in Monaghan, killing 35 civilians.") == 35
    assert killed("Five people were killed and 12 in hospital.") == 5
    assert killed("Four people were killed (three of them immediately and a fourth at a hospital).") == 4


def test_an_ordinal_victim_in_the_figures_clause() -> None:
    from tasks.extract.casualties import extract_casualties

    result = extract_casualties(["Gunmen killed three worshippers at a church on Sunday and a fourth died later in hospital."], frozenset())
    assert result["killed"] == 4

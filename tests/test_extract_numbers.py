"""Number words, vague quantities and composed counts (tasks/extract/numbers.py)."""

from __future__ import annotations

import pytest

from tasks.extract.numbers import find_counts, parse_number, word_number_value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve", 12),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("one-hundred and thirty-two", 132),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("1,500", 1500),
        ("2.5 million", 2_500_000),
        ("17", 17),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_word_number_rejects_non_numbers() -> None:
    assert word_number_value("soldiers") is None


def _single(sentence: str):
    counts = find_counts(sentence)
    assert len(counts) == 1, counts
    return counts[0]


def test_composed_count_article_and_number() -> None:
    count = _single("killed a commanding officer and four soldiers")
    assert (count.low, count.best, count.high) == (5, 5, 5)


def test_composed_count_two_numbers() -> None:
    count = _single("thirteen soldiers and eleven civilians were killed")
    assert count.best == 24
    assert [part[0] for part in count.parts] == [13, 11]


def test_dozens_is_vague_with_low_24() -> None:
    count = _single("dozens of people were wounded")
    assert (count.low, count.best, count.high) == (24, 24, None)


def test_scores_and_hundreds() -> None:
    assert _single("scores of people").best == 40
    assert _single("hundreds of people").low == 200


def test_at_least_is_open_above() -> None:
    count = _single("at least 12 people")
    assert (count.low, count.best, count.high) == (12, 12, None)


def test_up_to_is_open_below() -> None:
    count = _single("up to 30 people")
    assert (count.low, count.best, count.high) == (None, 30, 30)


@pytest.mark.parametrize("text", ["between 10 and 15 people", "10-15 people", "10 to 15 people"])
def test_ranges_keep_low_as_best(text: str) -> None:
    count = _single(text)
    assert (count.low, count.best, count.high) == (10, 10, 15)


def test_plus_sign_means_at_least() -> None:
    count = _single("12+ people")
    assert (count.low, count.high) == (12, None)


def test_and_between_counts_is_not_a_range() -> None:
    counts = find_counts("killed one and 11 others were wounded")
    assert [c.best for c in counts] == [1, 11]


def test_comma_does_not_compose() -> None:
    counts = find_counts("killing 12 people, 5 of them children")
    assert [c.best for c in counts] == [12, 5]


def test_article_counts_need_a_person_noun() -> None:
    assert find_counts("the attack destroyed a building") == ()
    assert _single("the gunman was killed").singular_article


@pytest.mark.parametrize(
    "text",
    ["in 2017 the army", "on March 25 2024", "a 16-year-old boy", "at 10:30 am", "AK-47 rifles", "50 percent of voters"],
)
def test_years_times_ages_and_models_are_not_counts(text: str) -> None:
    assert all(c.best not in (2017, 25, 2024, 16, 10, 47, 50) for c in find_counts(text))


def test_partitive_noun_phrase() -> None:
    count = _single("At least four of the attackers were also killed")
    assert count.best == 4 and "attackers" in count.nouns


def test_an_official_of_a_place_and_his_bodyguard_are_two() -> None:
    [count] = find_counts("The vice mayor of Ampatuan town in Maguindanao del Sur and his bodyguard were killed")
    assert count.best == 2


def test_dash_before_a_smaller_number_is_not_a_range() -> None:
    counts = find_counts("The toll reached 13 - four officers and nine civilians.")
    assert [(c.best, c.low, c.high) for c in counts] == [(13, 13, 13), (13, 13, 13)]
    assert [(c.best, c.high) for c in find_counts("between 10 and 15 people")] == [(10, 15)]


def test_armed_after_a_determiner_describes_the_group() -> None:
    assert find_counts("three members of the armed group died")[0].nouns == "members of the armed group"


def test_a_list_that_breaks_down_its_first_group() -> None:
    counts = find_counts("killing six men, four Sunni and two Shia.")
    assert [(c.best, c.nouns) for c in counts] == [(6, "men")]
    assert find_counts("the imam, his son and 12 worshippers")[0].best == 14


def test_an_ordinal_before_body_is_one_more_dead() -> None:
    from tasks.extract.numbers import find_counts

    counts = find_counts("Divers recovered a fifth body from the river on Sunday.")
    assert [(c.best, c.nouns, c.qualifier) for c in counts] == [(1, "body", "additional")]


@pytest.mark.parametrize(
    "sentence, parts",
    [
        ("Three farmers and as many soldiers died.", ((3, "farmers"), (3, "soldiers"))),
        ("About 12 guards and as many drivers were hurt.", ((12, "guards"), (12, "drivers"))),
    ],
)
def test_as_many_repeats_the_number_for_a_second_group(sentence: str, parts: tuple) -> None:
    (count,) = find_counts(sentence)
    assert tuple((part[0], part[3]) for part in count.parts) == parts


@pytest.mark.parametrize("initialism", ["U.S.", "U.N.", "U.K."])
def test_dotted_initialism_stays_inside_the_noun_phrase(initialism: str) -> None:
    (count,) = find_counts(f"Four {initialism} contractors were hurt.")
    assert count.nouns == f"{initialism.lower()} contractors"


def test_bodies_not_composed_with_living_people() -> None:
    # "N bodies and M wounded people" are the dead and the hurt, two counts rather than one list
    counts = find_counts("The clinic took in four bodies and 11 people with wounds.")
    assert [(c.best, c.nouns) for c in counts] == [(4, "bodies"), (11, "people")]


def test_list_of_victims_each_with_a_name() -> None:
    # a name (and age) in commas after each listed victim does not break the list
    count = _single("shot a shepherd, Idris Musa, 30, his nephew, Bala Idris, and their neighbour")
    assert count.best == 3


def test_plural_group_and_their_companion_compose() -> None:
    # "N members of X and their driver": "their" points back to the plural group, so one count
    counts = find_counts("A drone hit the car, killing three members of a tribal militia and their cook.")
    assert [c.best for c in counts] == [4]
    counts = find_counts("Two members of the patrol in the northern hills and one of their guides were killed.")
    assert [c.best for c in counts] == [3]


def test_money_is_not_a_count_of_people() -> None:
    # a bounty or a ransom in a currency names no people, however large
    counts = find_counts("The cartel paid its hitmen two million shillings for every soldier killed.")
    assert [c.best for c in counts if c.best > 1000] == []
    counts = find_counts("The kidnappers demanded 50,000 dinars for the release of each hostage.")
    assert [c.best for c in counts if c.best > 1000] == []



def test_women_and_children_with_one_number_are_one_group() -> None:
    # "eight women and children": the number counts both nouns together, so a participle after them is theirs
    counts = find_counts("Raiders shot dead five herders and carried off eight women and children before dawn.")
    assert [(c.best, c.nouns) for c in counts] == [(5, "herders"), (8, "women and children")]


def test_and_inside_an_organisations_name_and_a_bracketed_aside() -> None:
    # "of the Water and Sewerage Corporation (WASCO) and their guard": the name's "and" and its acronym are one phrase
    counts = find_counts("Armed men seized two engineers of the Water and Sewerage Corporation (WASCO) and their guard.")
    assert [c.best for c in counts] == [3]
    # an aside in brackets between two groups still leaves them one list
    assert [c.best for c in find_counts("Four pilgrims (all from Kano) and their driver were killed.")] == [5]


def test_semicolon_list_of_named_people_is_one_count() -> None:
    # items that carry commas (name, age, relative clause) are separated by semicolons, the last by "; and"
    sentence = (
        "Doctors treated the guard, Peter Otieno, 40, who was stabbed in the back; the cook, Mary Wanjiru, 33; "
        "and a visitor, John Kamau, 57."
    )
    assert [c.best for c in find_counts(sentence)] == [3]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # "a couple" with no "of" is husband and wife: two people, and a noun that joins a list
        ("Attackers raided the village, killing a couple and their three children.", [5]),
        ("An elderly couple was killed when a shell hit their house.", [2]),
        ("Gunmen killed a young couple and their son.", [3]),
        ("Gunmen killed a husband and wife and their three children.", [5]),
        # "a couple of" stays a vague two of whatever follows
        ("A couple of hours later three people were killed.", [2, 3]),
    ],
)
def test_a_couple_is_two_people(sentence: str, values: list[int]) -> None:
    assert [c.best for c in find_counts(sentence)] == values


def test_second_group_owned_by_a_named_noun_joins_the_list() -> None:
    # "plus the church's two security guards": a possessive noun before the second count, like "his" or "their"
    assert [c.best for c in find_counts("Gunmen killed eleven worshippers, plus the church's two security guards.")] == [13]
    assert [c.best for c in find_counts("The bomb killed three soldiers and the mayor's two bodyguards.")] == [5]
    # objects stay apart: "the army's 12 trucks"
    assert [c.best for c in find_counts("They killed three soldiers and the army's 12 trucks were burned.")] == [3, 12]


def test_a_victims_name_with_lower_case_particles_keeps_the_groups_joined() -> None:
    # "al-", "bin", "de" are parts of the name in commas, so the "and" after it still joins the two groups
    sentence = "A drone struck a car on Tuesday, killing a commander, Col. Nasser al-Yafei, and three of his bodyguards."
    assert [c.best for c in find_counts(sentence)] == [4]
    assert [c.best for c in find_counts("Gunmen shot dead a trader, Ana de la Cruz, and her two sons.")][0] == 3

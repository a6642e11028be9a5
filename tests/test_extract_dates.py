"""Event dates from relative and absolute phrases (tasks/extract/dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract.dates import dateline_date, extract_event_date, find_date_phrases, live_blog_date, resolve_day_month, resolve_weekday

TUESDAY = date(2024, 3, 26)


@pytest.mark.parametrize(
    ("sentence", "expected", "phrase"),
    [
        ("Gunmen attacked an army post on Monday.", "2024-03-25", "on Monday"),
        ("The attack happened late Sunday night.", "2024-03-24", "late Sunday night"),
        ("Militants stormed a hotel on Tuesday.", "2024-03-26", "on Tuesday"),  # same weekday = publication day
        ("The bombing last Tuesday killed 5.", "2024-03-19", "last Tuesday"),
        ("Gunmen killed five people yesterday.", "2024-03-25", "yesterday"),
        ("Last night gunmen stormed a hotel.", "2024-03-25", "Last night"),
        ("A bomb exploded in the market this morning.", "2024-03-26", "this morning"),
        ("The bombing on March 10 killed 5.", "2024-03-10", "on March 10"),
        ("A blast on 25 December 2023 killed 3.", "2023-12-25", "on 25 December 2023"),
        ("During the night of March 23, assailants threw grenades.", "2024-03-23", "the night of March 23"),
    ],
)
def test_phrases_resolve_against_publication(sentence: str, expected: str, phrase: str) -> None:
    event_date, date_text, evidence = extract_event_date([sentence], TUESDAY)
    assert (event_date, date_text, evidence) == (expected, phrase, sentence)


def test_statement_date_yields_to_incident_date() -> None:
    sentence = "Islamic State claimed responsibility on Tuesday for an attack on Monday targeting an army post."
    assert extract_event_date([sentence], TUESDAY)[:2] == ("2024-03-25", "on Monday")


def test_statement_date_is_a_fallback() -> None:
    assert extract_event_date(["The defence ministry said on Monday that five soldiers were killed."], TUESDAY)[0] == "2024-03-25"


def test_since_is_not_an_event_date() -> None:
    assert extract_event_date(["It was the deadliest attack since 27 January."], TUESDAY)[0] is None


def test_month_day_without_year_after_publication_is_last_year() -> None:
    assert extract_event_date(["On December 30, militants attacked."], date(2024, 1, 5))[0] == "2023-12-30"


def test_relative_phrase_without_publication_date_is_unresolved() -> None:
    event_date, date_text, _ = extract_event_date(["An attack on Monday killed 3."], None)
    assert event_date is None and date_text == "on Monday"


def test_no_date_phrase() -> None:
    assert extract_event_date(["A bomb killed 3 people."], TUESDAY) == (None, None, None)


def test_may_the_verb_is_not_a_month() -> None:
    assert extract_event_date(["The toll may 5 times higher."], TUESDAY)[0] is None


def test_resolvers() -> None:
    assert resolve_weekday(0, TUESDAY) == date(2024, 3, 25)
    assert resolve_weekday(1, TUESDAY) == TUESDAY
    assert resolve_weekday(1, TUESDAY, strictly_before=True) == date(2024, 3, 19)
    assert resolve_day_month(31, 2, 2024, None) is None
    assert resolve_day_month(10, 3, None, None) is None


def test_dateline() -> None:
    assert dateline_date("BAGHDAD, March 25, 2024 (Reuters) - Gunmen killed ...") == date(2024, 3, 25)
    assert dateline_date("BAGHDAD (Reuters) - Gunmen killed ...") is None


@pytest.mark.parametrize(
    ("sentences", "published", "expected"),
    [
        pytest.param(
            ["Islamic State fighters overran a military base late on Sunday, killing five soldiers, military sources said on Tuesday.",
             "ISWAP claimed the raid in a post on its Telegram channels on Monday, publishing photographs of rifles."],
            date(2025, 2, 18), "2025-02-16", id="a claim posted later dates the claim",
        ),
        pytest.param(
            ["The death toll from a suicide car bombing at a police checkpoint in the capital rose to 11 on Saturday, police said.",
             "The attacker drove an explosives-laden minibus into a queue of vehicles on Friday afternoon."],
            date(2025, 8, 16), "2025-08-15", id="a toll that rose later",
        ),
        pytest.param(
            ["Naxals blew up a vehicle with an IED in Bijapur district on Monday afternoon.",
             "A head constable who was critically injured in the blast succumbed on Tuesday, taking the toll to eight.",
             "The figure rose to 17 on Wednesday evening after a search party found more bodies."],
            date(2026, 1, 21), "2026-01-19", id="a later death or a figure that rose",
        ),
        pytest.param(
            ["Gunmen have killed 17 persons in an overnight attack on Kopmur, a farming community in Plateau State.",
             "The assailants were said to have invaded the village at about 10pm on Sunday, shooting sporadically."],
            date(2025, 3, 18), "2025-03-16", id="the night the text names beats overnight",
        ),
    ],
)
def test_later_statements_and_deaths_do_not_date_the_attack(sentences: list[str], published: date, expected: str) -> None:
    assert extract_event_date(sentences, published)[0] == expected


def test_the_day_a_statement_was_made_and_a_roadside_bomb_day() -> None:
    from tasks.extract.dates import extract_event_date

    published = date(2025, 6, 13)  # a Friday
    lead = ("Conflicting figures emerged on Friday over how many police officers died when their vehicle ran over "
            "a roadside bomb in Mandera County on Tuesday.")
    assert extract_event_date([lead], published)[0] == "2025-06-10"
    later = "On Thursday he said two of the nine people wounded in the blast had died overnight."
    assert extract_event_date(["A bomb exploded in the market on Wednesday.", later], published)[0] == "2025-06-11"


def test_a_possessive_day_dates_the_attack_it_names() -> None:
    sentence = "Displaced people buried 15 victims of Sunday's CODECO attack on Tuesday, as the toll rose."
    assert extract_event_date([sentence], date(2026, 6, 16))[0] == "2026-06-14"


SATURDAY = date(2025, 3, 22)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        pytest.param(
            ["The militia claimed the raid on Friday in a radio message.", "Rebels had burned a clinic on Thursday."],
            "2025-03-20", id="a claim's object then its day dates the claim",
        ),
        pytest.param(
            ["The insurgents on Friday claimed the ambush near the dam.", "Four guards died on Wednesday."],
            "2025-03-19", id="a day right before a reporting verb dates the statement",
        ),
        pytest.param(
            ["On Friday, a man who said he led the gang claimed the abduction in a phone call.",
             "Nine traders went missing on Thursday night."],
            "2025-03-20", id="a sentence-opening day before a claim dates the claim",
        ),
        pytest.param(
            ["Three more villagers died on Friday of their injuries.", "The gunmen came on Wednesday."],
            "2025-03-19", id="a later death from wounds does not date the raid",
        ),
        pytest.param(
            ["The toll from Wednesday night's shooting rose to seven."],
            "2025-03-19", id="from a possessive day is not a period boundary",
        ),
        pytest.param(
            ["A mob beat two farmers to death yesterday.", "The union called a strike in the province for Monday."],
            "2025-03-21", id="a day set for something to come is no event date",
        ),
        pytest.param(
            ["In a video shared on Telegram on Friday, the group showed the burned checkpoint.",
             "The checkpoint fell on Wednesday."],
            "2025-03-19", id="a video shared on a platform dates the video",
        ),
        pytest.param(
            ["Residents buried the dead on Friday.",
             "Jets struck a hamlet in the forested hills of the remote northern border district on Thursday, killing eleven."],
            "2025-03-20", id="a consequence after the day ties it to the attack",
        ),
    ],
)
def test_statement_and_later_days_yield_to_the_attack_day(sentences: list[str], expected: str) -> None:
    assert extract_event_date(sentences, SATURDAY)[0] == expected


def test_a_dated_dateline_yields_to_the_day_the_text_names() -> None:
    sentence = ("TALA, Ruritania, March 22 (IW) – Drones loaded with explosives hit a barracks of the national guard "
                "in the north early Thursday, killing two.")
    assert extract_event_date([sentence], SATURDAY)[0] == "2025-03-20"


def test_a_weekday_of_last_week_is_in_the_week_before_publication() -> None:
    # published Tuesday 26 March 2024: "Thursday last week" is 21 March, not 14 March or the coming one
    sentences = ["A gunman shot three worshippers during Thursday prayers last week, the imam said."]
    assert extract_event_date(sentences, TUESDAY)[0] == "2024-03-21"
    assert extract_event_date(["Militants raided a depot on Saturday of last week."], TUESDAY)[0] == "2024-03-23"


def test_a_reaction_day_before_after_yields_to_the_attack_day() -> None:
    sentences = [
        "Traders shut the main market on Tuesday after bandits robbed and shot a grain dealer.",
        "The dealer was attacked on Sunday evening outside his warehouse, his family said.",
    ]
    assert extract_event_date(sentences, TUESDAY)[0] == "2024-03-24"
    # the killing told before the day keeps it: "were killed on Monday after militants ambushed their convoy"
    killed = ["Four soldiers were killed on Monday after militants ambushed their convoy."]
    assert extract_event_date(killed, TUESDAY)[0] == "2024-03-25"


@pytest.mark.parametrize(
    "later_death",
    [
        "She was moved to the provincial hospital and died there on Tuesday evening.",
        "One of the injured guards died on Tuesday at the army hospital in the capital.",
        "Three men were seriously wounded; one of them died on Tuesday morning.",
    ],
)
def test_a_wounded_victims_later_death_does_not_date_the_attack(later_death: str) -> None:
    sentences = ["Gunmen attacked the convoy on Sunday, killing two and wounding three.", later_death]
    assert extract_event_date(sentences, date(2026, 3, 5))[0] == "2026-03-01"


def test_a_death_told_with_the_attack_still_dates_it() -> None:
    sentences = ["Two soldiers died on Tuesday when their truck hit a mine near the border."]
    assert extract_event_date(sentences, date(2026, 3, 5))[0] == "2026-03-03"


@pytest.mark.parametrize(
    "sentence",
    [
        "The death toll from the roadside bomb that struck a police van in the hills of the northern district rose to seven on Tuesday.",
        "Families said the abductors phoned on Tuesday and asked for a ransom.",
    ],
)
def test_a_later_toll_or_a_kidnappers_call_dates_a_statement(sentence: str) -> None:
    sentences = ["Militants ambushed the patrol on Sunday.", sentence]
    assert extract_event_date(sentences, date(2026, 3, 5))[0] == "2026-03-01"


def test_the_day_an_attack_was_described_is_not_its_date() -> None:
    sentences = [
        "Two attacks that local officials described on Tuesday killed at least 15 people.",
        "Residents said a drone hit the village market late on Friday.",
    ]
    assert extract_event_date(sentences, date(2026, 6, 10))[0] == "2026-06-05"


@pytest.mark.parametrize(
    "sentences",
    [
        ["A governor on Wednesday appealed for reinforcements after gunmen raided a market on Monday."],
        ["The bishop on Wednesday condemned the killings, which happened on Monday."],
    ],
)
def test_appeal_and_condemnation_days_do_not_date_the_attack(sentences):
    """An appeal or a condemnation, like any statement, dates itself, not the attack."""
    assert extract_event_date(sentences, date(2031, 6, 12))[0] == "2031-06-09"


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a dateline with a region and any agency in brackets is the filing day, not the incident's
        (["KHOST, Afghanistan, March 26 (IW) - A tribal elder was found dead outside his house late last night."], "2024-03-25"),
        # the day a report came out dates the report: "in a bulletin published on Monday"
        (["In a bulletin published on Monday, the monitors said a wedding party had come under fire on Sunday."], "2024-03-24"),
        # a medium opening the sentence carries a statement: "On Monday, a Telegram channel of the group said"
        (["The ministry said a police post came under fire on Sunday.",
          "On Monday, a Telegram channel linked to the rebels said its fighters had carried out the raid."], "2024-03-24"),
        # a speaker placed somewhere opening the sentence after its day: "On Monday a police source in X, the ..., said"
        (["Two drivers were killed when gunmen attacked a supply convoy on the road between Gao and the river crossing "
          "late on Saturday, the army said.",
          "On Monday a police source in Gao, the regional capital, said two more of the drivers had died."], "2024-03-23"),
        # an incident that ran over two days is dated by the day it began
        (["The death toll from the weekend raid on a lakeside guesthouse rose to nine, police said on Tuesday.",
          "The standoff started late on Saturday when gunmen stormed the compound.",
          "Commandos ended it after a night of fighting, and the last attacker was shot dead early on Sunday."], "2024-03-23"),
        # a day coordinated with a statement's day is a statement's day too
        (["Two of the injured died in hospital on Sunday and Monday.",
          "Their convoy had come under fire north of the district centre late on Saturday."], "2024-03-23"),
    ],
)
def test_statement_and_filing_days_yield_to_the_incidents(sentences: list[str], expected: str) -> None:
    assert extract_event_date(sentences, TUESDAY)[0] == expected


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (["Sudan live: drone strikes on El Fasher", "Thursday 19 March 2026", "08:15 Army statement"], "2026-03-19"),
        (["LIVE: Clashes in Tripoli - Thursday, March 19"], "2026-03-19"),
        # not a live blog: its headings date nothing
        (["Villagers in fear after raid", "Thursday 19 March 2026"], None),
    ],
)
def test_a_live_blogs_heading_date(headings, expected) -> None:
    found = live_blog_date(headings, date(2026, 3, 19))
    assert (found[0] if found else None) == expected


def test_a_live_blogs_undated_entries_take_its_heading_date() -> None:
    from tasks.extract import extract_incidents

    text = (
        "Sudan live: drone strikes on El Fasher\nThursday 19 March 2026\n\n"
        "08:15 Army: drone hit market\nA drone struck the main market in El Fasher, killing seven traders, "
        "a medical charity said. The paramilitary force denied carrying out the strike.\n"
    )
    found = extract_incidents(text, published=date(2026, 3, 20))
    assert [r["event_date"] for r in found] == ["2026-03-19"]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("Rebels raided the camp in the night of Thursday 3 to Friday 4 April, a local chief said.", date(2025, 4, 6), date(2025, 4, 3)),
        ("During the night of 27 to 28 May, gunmen burned houses in two villages.", date(2025, 5, 30), date(2025, 5, 27)),
    ],
)
def test_a_night_told_as_two_days_belongs_to_its_first_day(sentence, published, expected) -> None:
    """ "the night of Saturday 11 to Sunday 12": every date inside the span resolves to the evening it began."""
    phrases = find_date_phrases(sentence, 0, published)
    assert phrases and {p.value for p in phrases if p.value is not None} == {expected}


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        ("Boko Haram fighters killed six fishermen near Lake Chad on 6 May, officials said.", date(2026, 5, 11), date(2026, 5, 6)),
        ("A bomb killed two people at a market in Baidoa on the 3rd.", date(2026, 5, 11), date(2026, 5, 3)),
        ("On the 14th, gunmen shot dead a chief in Afgoye.", date(2026, 5, 11), date(2026, 4, 14)),
        ("As many as 13 May have died in the attack.", date(2026, 5, 11), None),
        ("The battalion lost men on the 3rd floor of the building.", date(2026, 5, 11), None),
    ],
)
def test_a_day_of_may_and_a_bare_ordinal_day(sentence, published, expected) -> None:
    """'on 6 May' is the month, '13 May have died' the verb; 'on the 3rd' is a day of the month published (or the one before)."""
    values = [p.value for p in find_date_phrases(sentence, 0, published) if p.value is not None]
    assert (values[0] if values else None) == expected


def test_two_incidents_dated_by_day_of_month_stay_apart() -> None:
    """Two paragraphs each led by 'On 6 May' / 'On 9 May' are two incidents, each with its day."""
    from tasks.extract import extract_incidents

    text = (
        "MAIDUGURI (IW) - Boko Haram fighters killed six fishermen near Lake Chad on 6 May, officials said. "
        "On 9 May, the group abducted 15 women near Bama."
    )
    found = extract_incidents(text, published=date(2026, 5, 11))
    assert [r["event_date"] for r in found] == ["2026-05-06", "2026-05-09"]

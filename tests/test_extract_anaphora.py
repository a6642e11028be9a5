"""A group named once and then called by its kind (tasks/extract/anaphora.py)."""

from __future__ import annotations

from tasks.extract.actors import extract_perpetrator
from tasks.extract.anaphora import anaphoric_actor, anaphoric_agent


def test_the_jihadists_attacked_takes_up_the_group_named_before() -> None:
    article = [
        "The Islamic State Sahel Province has tightened its grip on the Menaka region in recent months, residents say.",
        "On Saturday, the jihadists attacked the village of Tinabaw, killing 11 herders, a local official said.",
    ]
    assert anaphoric_actor(article[1:], article, [], "ML") == ("Islamic State Sahel Province", article[1])
    result = extract_perpetrator(article[1:], "ML", [], article)
    assert (result["perpetrator"], result["claimed"], result["suspected"]) == ("Islamic State Sahel Province", False, True)


def test_the_group_by_its_local_name_in_mozambique() -> None:
    article = ["Residents say the insurgents known locally as 'al-Shabaab' have returned.", "The group beheaded two fishermen on Monday."]
    assert extract_perpetrator(article[1:], "MZ", [], article)["perpetrator"] == "Ansar al-Sunna (Mozambique)"


def test_what_is_not_an_anaphoric_agent() -> None:
    assert anaphoric_agent("The insurgents stormed Kirawa on Wednesday night.")
    assert anaphoric_agent("On Sunday the militants detonated a roadside bomb.")
    assert not anaphoric_agent("The gunmen attacked the village.")  # the incident's own unnamed attackers
    assert not anaphoric_agent("Suspected jihadists attacked the village.")  # not definite
    assert not anaphoric_agent("The militants have long held the hills.")  # no attack


def test_two_groups_named_before_leave_the_referent_open() -> None:
    article = ["Fighting between JNIM and the Islamic State has displaced thousands.", "The jihadists killed five herders on Monday."]
    assert anaphoric_actor(article[1:], article, [], "ML") is None
    # a state force named before is no referent
    article = ["The Malian army has deployed to Menaka.", "The jihadists killed five herders on Monday."]
    assert anaphoric_actor(article[1:], article, [], "ML") is None


def test_the_groups_fighters_are_the_group_named_before() -> None:
    article = ["Al-Shabaab has lost ground in central Somalia since 2022.", "The group's fighters stormed a hotel in Mogadishu on Friday."]
    assert anaphoric_actor(article[1:], article, [], "SO") == ("al-Shabaab", article[1])


def test_the_anaphor_inside_a_sources_report() -> None:
    assert anaphoric_agent("Local sources said the insurgents attacked the village of Chai on Wednesday.")
    assert anaphoric_agent("The army said the jihadists had attacked a base in Marte on Saturday.")
    assert not anaphoric_agent("Police said the gunmen attacked the village.")


def test_its_fighters_are_the_group_the_sentence_before_named() -> None:
    article = [
        "The Islamic State West Africa Province has controlled the islands of Lake Chad for years.",
        "Its fighters overran a military base in Malam Fatori on Monday, killing seven soldiers, officials said.",
    ]
    assert anaphoric_agent(article[1])
    assert anaphoric_actor(article[1:], article, [], "NG") == ("Islamic State West Africa Province", article[1])

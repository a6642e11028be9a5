"""Sentence splitting and incident grouping (tasks/extract/segment.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract.segment import foreground_end, group_mentions, is_background, parse_article, split_sentences
from tasks.extract.transcript import speaker_labels, strip_speaker


def test_split_keeps_abbreviations_and_initials() -> None:
    text = "Lt. Col. A. Khan said the U.S. embassy was hit. Mr. Smith agreed. Five people died."
    assert split_sentences(text) == ["Lt. Col. A. Khan said the U.S. embassy was hit.", "Mr. Smith agreed.", "Five people died."]


def test_boilerplate_and_headings_are_dropped_or_context() -> None:
    text = "Headline about an attack |\n\nBAGHDAD -\n\nGunmen killed five people.\n\nSource link\n\nLeave a Comment"
    article = parse_article(text, title="A title")
    assert article.sentences == ["Gunmen killed five people."]
    assert article.context[0] == "A title"
    assert "Baghdad" in article.context


def test_one_line_summary_is_its_own_body() -> None:
    article = parse_article("A bomb explodes at the home of an MP")
    assert article.sentences == ["A bomb explodes at the home of an MP"]


def test_background_detection() -> None:
    published = date(2024, 3, 26)
    assert is_background("More than 35,000 people have been killed since 2001.", published)
    assert is_background("In 2017 a bomb killed 30 people here.", published)
    assert not is_background("A bomb killed 30 people on Monday.", published)
    sentence = "Attacks killed 93 people, the bloodiest day since attacks in 2011 left 130 dead."
    assert 0 < foreground_end(sentence, published) < sentence.index("130")


def test_separate_places_become_separate_mentions() -> None:
    sentences = [
        "A car bomb killed five people in Baghdad on Monday.",
        "The blast also wounded 12 others.",
        "Separately, gunmen killed three soldiers in Kirkuk.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2024, 3, 26))] == [[0, 1], [2]]


def test_background_sentences_belong_to_no_mention() -> None:
    sentences = [
        "Gunmen killed four policemen at a checkpoint in Kandahar on Sunday.",
        "The Taliban claimed responsibility.",
        "The country has seen years of war.",
        "More than 35,000 people have been killed since 2001.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2024, 3, 26))] == [[0, 1]]


def test_a_later_death_in_another_town_stays_in_its_incident() -> None:
    sentences = [
        "Gunmen attacked a checkpoint in Busayrah on Wednesday, killing four fighters.",
        "A fifth fighter who was seriously wounded later died of his wounds in a hospital in Hasakah.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 12))] == [[0, 1]]


def test_a_bare_month_long_before_publication_is_background() -> None:
    sentence = "Talks were suspended in January after the group launched an offensive that killed dozens of people."
    assert foreground_end(sentence, date(2026, 6, 1)) is not None
    assert foreground_end(sentence, date(2026, 1, 20)) is None


def test_the_hospital_town_is_not_a_new_incident() -> None:
    sentences = [
        "Explosive devices dropped by drones hit the police station in Suarez, wounding two officers.",
        "The two officers suffered shrapnel wounds and were taken to a hospital in Cali.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 10))] == [[0, 1]]


def test_a_clause_reporting_a_separate_attack_is_its_own_incident() -> None:
    from tasks.extract.segment import split_separate_events

    sentence = ("Gunmen killed at least 30 worshippers at a mosque in Niger's Tillaberi region on Friday, "
                "and three soldiers died in a separate attack in the Tahoua region two days later, the government said.")
    head, tail = split_separate_events(sentence)
    assert head.endswith("on Friday") and tail.startswith("three soldiers died")
    assert split_separate_events("Gunmen killed five people in Kano, police said.") == ["Gunmen killed five people in Kano, police said."]


def test_a_sentence_returns_to_the_incident_reported_at_its_place_or_on_its_day() -> None:
    sentences = [
        "Gunmen killed 30 worshippers at a mosque in Niger's Tillaberi region on Friday",
        "three soldiers died in a separate attack in the Tahoua region, the government said.",
        "Armed men surrounded the mosque during Friday prayers and opened fire on the worshippers.",
        "In the Tahoua region, three soldiers were killed in an attack on their position near the town of Tillia.",
    ]
    mentions = group_mentions(sentences, date(2026, 4, 19))
    assert [m.indexes for m in mentions] == [[0, 2], [1, 3]]


def test_a_paragraph_led_by_another_day_is_another_incident() -> None:
    sentences = [
        "On Saturday, a roadside bomb struck a convoy in Kech district, killing a captain and five soldiers.",
        "On Sunday, unidentified men set fire to a mobile phone tower in Panjgur.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 12, 15))] == [[0], [1]]


def test_a_second_attack_joined_to_the_sentence_is_its_own_mention() -> None:
    article = parse_article(
        "PATTANI (IW) - Suspected insurgents shot dead a village headman in Thailand's southern province of Pattani "
        "on Monday evening, and a roadside bomb wounded five paramilitary rangers in neighbouring Yala early on Tuesday."
    )
    assert len(article.sentences) == 2
    assert len(group_mentions(article.sentences, date(2026, 3, 4))) == 2


def test_a_bare_month_at_the_start_of_a_sentence_is_history() -> None:
    assert is_background("In March, its fighters seized a passenger train with 400 people on board.", date(2025, 11, 30))


def test_a_lead_that_joins_two_incidents_on_different_days() -> None:
    article = parse_article(
        "Gunmen killed 21 villagers in the Tillaberi region on Sunday, and three more people died on Wednesday when a bus "
        "struck a mine in the same area, officials said.\n\n"
        "The assailants opened fire outside the mosque at midday, a councillor said. Eleven wounded people were taken to hospital.\n\n"
        "On Wednesday, the bus hit the mine on the road between Tera and Gotheye, killing three passengers."
    )
    assert article.sentences[1].startswith("Three more people died on Wednesday")
    mentions = group_mentions(article.sentences, date(2025, 6, 12), article.joined_tails)
    assert [m.indexes for m in mentions] == [[0, 2, 3], [1, 4]]


def test_a_paragraph_led_by_yesterday_is_another_incident() -> None:
    sentences = [
        "A roadside bomb killed two soldiers near Turbat on Wednesday, officials said.",
        "And yesterday, unidentified men torched two excavators near Gichk, police said.",
    ]
    assert len(group_mentions(sentences, date(2026, 3, 20))) == 2


def test_a_past_year_ends_the_foreground_at_its_clause() -> None:
    sentence = "Reporters face frequent threats, and several journalists were killed during the 2024 uprising."
    assert foreground_end(sentence, date(2026, 5, 22)) == sentence.index("several")


def test_a_clause_set_two_days_apart_joins_the_paragraph_on_its_place() -> None:
    article = parse_article(
        "Armed men set fire to 15 houses on the outskirts of Jiribam town in Manipur last night, two days after gunmen "
        "killed two farmers in the state's Bishnupur district, police said on Wednesday.\n\n"
        "The houses were doused with petrol. No one was hurt.\n\n"
        "On Sunday, a farmer and his son were shot dead near Phubala, in Bishnupur district, police said."
    )
    assert article.distinct_tails == frozenset({1})
    mentions = group_mentions(article.sentences, date(2025, 6, 11), article.joined_tails, article.distinct_tails)
    assert [m.indexes for m in mentions] == [[0, 3], [1, 4]]


def test_a_later_death_far_down_the_article_joins_its_only_incident() -> None:
    sentences = [
        "A crowd beat a gendarme to death and injured two of his colleagues late on Monday, officials said.",
        "The gendarmes had detained a driver at a checkpoint.",
        "Word spread quickly, and several hundred people gathered outside the post.",
        '"They were shouting at us," said one witness.',
        "Then the stones started flying.",
        "One of the injured gendarmes died of his wounds on Tuesday, bringing the death toll to two.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 7, 8))] == [[0, 5]]


def test_medics_treating_the_hurt_join_the_incident() -> None:
    sentences = [
        "Settlers attacked Palestinian farmers in the village of Burin early on Monday, beating them with clubs.",
        "The Palestinian Red Crescent said its crews treated five people and took two to hospital.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 6, 9))] == [[0, 1]]


def test_a_paragraph_set_in_the_second_incidents_city_returns_to_it() -> None:
    sentences = [
        "Artillery shells killed 11 people in the Abu Shouk displacement camp on Wednesday, volunteers said.",
        "An air strike on the city of Nyala killed at least 26 people on Tuesday, according to health officials.",
        "On Wednesday, another 17 people were wounded in the camp.",
        "In Nyala, the largest city in South Darfur, residents said a warplane struck a residential district.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 9, 11))] == [[0, 2], [1, 3]]


def test_the_paragraph_hours_later_details_the_leads_second_incident() -> None:
    article = parse_article(
        "Insurgents shot dead a village headman in Pattani on Monday evening, and a roadside bomb wounded five rangers "
        "in neighbouring Yala early on Tuesday, police said.\n\n"
        "The headman was riding home from evening prayers when two men on a motorcycle fired six shots at him. He died at the scene.\n\n"
        "About eight hours later, a bomb hidden in a culvert exploded under a pickup truck carrying rangers. "
        "Five rangers were taken to hospital with shrapnel wounds."
    )
    mentions = group_mentions(article.sentences, date(2026, 3, 3), article.joined_tails, article.distinct_tails)
    assert [m.indexes for m in mentions] == [[0, 2, 3], [1, 4, 5]]


def test_a_roundup_of_attacks_day_by_day() -> None:
    sentences = [
        "On Friday, an army patrol fought a gun battle lasting several hours with JNIM fighters near Konna.",
        "Five soldiers were killed and eight wounded, the army said.",
        "Late on Saturday, armed men rode into the village of Sokolo on motorbikes and whisked away four men.",
        "And on Sunday, residents of Kouakourou accused soldiers of killing at least 14 civilians during a dawn raid.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 11, 3))] == [[0, 1], [2], [3]]


def test_the_paragraph_that_tells_the_leads_second_method() -> None:
    article = parse_article(
        "Gunmen seized a passenger bus in central Mali at the weekend with its driver and 23 passengers aboard, while a drone "
        "strike in the north killed at least nine civilians late last night, officials said.\n\n"
        "The bus was travelling from Markala to Dioro on Saturday afternoon when armed men fired into the air.\n\n"
        "Far to the north, residents of Ber said a drone struck a crowd at a baptism, killing nine civilians."
    )
    mentions = group_mentions(article.sentences, date(2025, 6, 10), article.joined_tails, article.distinct_tails)
    assert [m.indexes for m in mentions] == [[0, 2], [1, 3]]


def test_a_lead_whose_second_attack_is_reported_by_residents() -> None:
    article = parse_article(
        "Militants killed 13 people in a raid on a farming village in Kebbi state, and residents of neighbouring Sokoto "
        "state said a military air strike late Wednesday killed at least 11 civilians, officials said."
    )
    assert len(article.sentences) == 2
    assert is_background("Air strikes have mistakenly killed hundreds of civilians across northern Nigeria since 2017.", date(2026, 1, 22))


def test_the_victims_home_province_is_not_another_incidents_place() -> None:
    sentences = [
        "Armed men blocked the N-25 highway in Kalat district of Balochistan early on Tuesday and shot dead seven passengers.",
        "They checked the identity cards of the passengers, took away seven men who were residents of Punjab and shot them dead.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 10))] == [[0, 1]]


def test_an_earlier_toll_on_another_day_is_the_same_incident() -> None:
    sentences = [
        "Chad's government declared three days of national mourning on Tuesday after suspected Boko Haram fighters "
        "attacked an army position on an island in the western Lac province, killing 12 soldiers.",
        "The attackers struck before dawn yesterday, landing on the island of Tchoukoutalia, near the town of Ngouboua, "
        "and opening fire on the garrison with machine guns, according to a military source.",
        "A first statement from the army general staff on Monday evening said seven soldiers had been killed.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 17))] == [[0, 1, 2]]


def test_a_paragraph_led_by_another_day_without_a_comma_starts_another_incident() -> None:
    sentences = [
        "The bomb, hidden in a motorcycle parked beside the police station in El Plateado, went off at about 9 p.m. on Saturday.",
        "A police sub-officer and two patrolmen were killed.",
        "On Monday morning at least four drones dropped improvised explosives on a base of the army in Potrerito, just south of Cali.",
        "Two soldiers sustained injuries, the army said.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 3, 18))] == [[0, 1], [2, 3]]


def test_the_shooting_came_days_after_another_attack() -> None:
    sentences = [
        "The mayor of a small town in Michoacan was shot dead late on Wednesday as he greeted residents at a festival.",
        "One of his bodyguards also lost his life.",
        "The shooting came three days after drones dropped explosives on homes in El Aguaje, a village in Aguililla.",
        "No one was killed in that attack, carried out on Sunday afternoon, but two women were wounded.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 11, 7))] == [[0, 1], [2, 3]]


def test_a_past_attack_dated_by_its_year_is_background() -> None:
    assert is_background("BLA fighters seized the Jaffar Express passenger train in March 2025, taking hundreds hostage.", date(2026, 2, 5))
    # a year inside a comparison or a relative clause leaves the main clause in the news
    assert not is_background(
        "A wave of attacks killed 93 people in the bloodiest day since coordinated attacks in January 2011 left 130 dead.", date(2012, 6, 13)
    )


def test_a_paragraph_led_by_another_province_starts_another_incident() -> None:
    sentences = [
        "Armed youth seized a passenger boat on the Sobat River in Upper Nile State on Saturday and are holding all 23 people aboard.",
        "One crew member was shot in the leg, but no one was killed, he said.",
        "In Jonglei, armed men raided a cattle camp near Duk Padiet, in Duk County, opening fire on herders.",
        "The county commissioner said seven herders were killed and four wounded.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 4, 20))] == [[0, 1], [2, 3]]


def test_burials_and_a_communique_on_later_days_stay_with_the_strike() -> None:
    sentences = [
        "A drone strike on a weekly market in central Mali on Tuesday killed at least 11 civilians, according to a local official.",
        "The strike hit the livestock section of the market at Soumpi, a village in the Tombouctou region.",
        "A deputy mayor said 11 bodies had been identified and buried on Wednesday and that about 20 people were wounded.",
        'The Malian army, in a communique on Wednesday, said its air force had carried out "precision strikes" in the Soumpi '
        'area on Tuesday and "neutralised several terrorists".',
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 5, 21))] == [[0, 1, 2, 3]]


def test_a_while_clause_in_another_region_and_a_leading_province_split_two_killings() -> None:
    article = parse_article(
        "Islamic State militants attacked a checkpoint of the Syrian Democratic Forces in eastern Syria on Sunday night, "
        "leaving three fighters dead, the SDF said, while in the country's south gunmen on a motorbike killed a local "
        "council official, according to a war monitor."
    )
    assert len(article.sentences) == 2
    more = ["In Daraa province, gunmen on a motorbike shot dead a member of the municipal council in the town of Jasim yesterday morning."]
    mentions = group_mentions(["Islamic State militants attacked a checkpoint in Deir al-Zour province on Sunday night, leaving three fighters dead."] + more, date(2025, 4, 22))
    assert [m.indexes for m in mentions] == [[0], [1]]


def test_a_monthly_tally_is_background() -> None:
    assert is_background("At least 612 people were killed in violence across Syria in January, the monitor said.", date(2026, 2, 2))


def test_a_while_clause_in_the_south_is_another_incident() -> None:
    article = parse_article(
        "Suspected Islamic State gunmen attacked a checkpoint of the Syrian Democratic Forces in the eastern province of "
        "Deir al-Zour, while in the south a local council chief was gunned down outside his home, a war monitor said."
    )
    assert len(article.sentences) == 2 and 1 in article.distinct_tails


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 5,600 people were killed in gang violence in Haiti in 2024, according to the United Nations.",
        "The regional health bureau has recorded 1,140 suspected cases and 23 deaths since early April.",
    ],
)
def test_a_last_year_total_and_a_count_since_a_month_are_background(sentence: str) -> None:
    assert is_background(sentence, date(2025, 5, 30))


def test_the_claim_of_the_only_incident_however_far_down() -> None:
    sentences = [
        "Gang members hijacked a passenger bus on National Route 1 in Haiti's Artibonite department yesterday.",
        "One passenger who tried to run was shot dead, witnesses said.",
        "The others were marched away.", "The bus had left Saint-Marc in the morning.", '"Every week we lose people."',
        "Nobody protects us, he said.",
        "The Gran Grif gang, which controls much of the lower Artibonite valley, claimed the hijacking in a video.",
    ]
    assert group_mentions(sentences, date(2026, 2, 18))[0].indexes == [0, 1, 6]


def test_an_earlier_count_and_a_later_death_on_other_days_stay_with_the_raid() -> None:
    raid = ["The death toll from a rebel raid on a village in Ituri province rose to 27 on Friday after volunteers found nine more bodies.",
            "Fighters stormed Lolwa late Tuesday, shooting some residents and hacking others to death with machetes.",
            "Officials had counted 18 dead on Wednesday."]
    assert [m.indexes for m in group_mentions(raid, date(2025, 6, 14))] == [[0, 1, 2]]
    beheading = ["Insurgents beheaded five villagers in a raid on Sunday on the village of Nguida, and a sixth victim succumbed to his injuries.",
                 "Three other people were being treated for machete wounds at the hospital in Pemba.",
                 "The man who died on Wednesday had been brought to Pemba with deep cuts to his neck."]
    assert [m.indexes for m in group_mentions(beheading, date(2025, 6, 14))] == [[0, 1, 2]]


def test_hours_later_in_another_town_is_another_incident() -> None:
    sentences = [
        "A police officer was killed and three others were wounded when drones dropped explosives on a police station in Suarez, Cauca, on Tuesday.",
        "Hours later, on Wednesday morning, a motorcycle packed with explosives blew up outside the main market in Jamundi, Valle del Cauca.",
        "No one was killed, but dozens of people were hurt, the town's health secretary said.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 3, 12))] == [[0], [1, 2]]


def test_wounded_still_being_treated_join_the_incident() -> None:
    sentences = [
        "Soldiers buried 17 troops at a military cemetery in Maiduguri on Wednesday, four days after jihadists overran a base.",
        "The army had initially reported that a lieutenant colonel and 13 soldiers were killed.",
        "Nine other soldiers are still being treated.",
    ]
    assert 2 in group_mentions(sentences, date(2025, 3, 13))[0].indexes


def test_the_first_of_three_attacks_that_have_left_three_dead_is_a_total() -> None:
    sentence = ("Insurgents set off a roadside bomb against a ranger patrol in Yala province on Sunday, the first of three "
                "attacks in four days that have left three people dead, officials said.")
    end = foreground_end(sentence, date(2025, 5, 14))
    assert end is not None and sentence[:end].endswith("on Sunday, ")


def test_a_digest_section_label_ends_the_incident_before_it() -> None:
    text = (
        "AFGHANISTAN - A suicide bomber killed 19 worshippers at a Sufi shrine in Mazar-i-Sharif on May 1. "
        "Islamic State Khorasan Province claimed the attack.\n\n"
        "WHAT WE'RE READING - A new report on the economics of kidnapping in the Sahel."
    )
    from tasks.extract import extract_incidents

    [incident] = extract_incidents(text, published=date(2026, 5, 3))
    assert incident["attack_type"] == "bombing_explosion"
    assert "kidnapping" not in " ".join(incident["evidence"].values())


def test_hours_earlier_starts_an_earlier_incident_on_the_same_day() -> None:
    from tasks.extract import extract_incidents

    text = (
        "On Monday morning, a female suicide bomber killed 13 people at a market in the town of Gwoza, police said. "
        "Hours earlier, fighters from ISWAP had attacked an army base in Konduga, killing four soldiers.\n\n"
        "On Tuesday, gunmen killed eight fishermen at a fishing settlement outside Monguno."
    )
    incidents = extract_incidents(text, published=date(2026, 4, 8))
    assert [(i["location"], i["killed"]) for i in incidents] == [("Gwoza", 13), ("Konduga", 4), ("Monguno", 8)]


def test_hours_later_starts_another_incident() -> None:
    from tasks.extract import extract_incidents

    two = (
        "Dozens of militants stormed a police station in Bannu at around 3:30 a.m., killing seven policemen. "
        "Hours later, gunmen opened fire on a police checkpost in Lakki Marwat, killing two constables."
    )
    assert len(extract_incidents(two, published=date(2026, 4, 19))) == 2


# --- Round of generalising fixes: roundups, announced incidents, match reports, trials, stale dates ---


def _incidents(text: str, published: date) -> list[dict]:
    from tasks.extract import extract_incidents

    return extract_incidents(text, published=published)


def test_a_roundups_capital_subheadings_each_open_an_incident_and_the_intro_is_dropped() -> None:
    text = (
        "A kidnapped trader, a burned warehouse and a firefight: the week's security news from the province.\n\n"
        "NORTHTOWN: TRADER SEIZED\n\n"
        "Armed men seized a grain trader outside Northtown on Monday night, relatives said.\n\n"
        "EASTVILLE: WAREHOUSE TORCHED\n\n"
        "Unknown men doused a warehouse with fuel and set it alight in Eastville on Wednesday, police said. Nobody was hurt.\n\n"
        "BACKGROUND\n\n"
        "Militants have killed hundreds of people in the province since 2019."
    )
    article = parse_article(text)
    mentions = group_mentions(article.sentences, date(2025, 6, 7))
    assert len(mentions) == 2
    assert all(article.sentences[m.indexes[0]].startswith(("Armed men", "Unknown men")) for m in mentions)


def test_an_accented_section_label_ends_the_incident_before_it() -> None:
    text = (
        "NORTHTOWN - Gunmen shot dead four farmers on Monday, the mayor said.\n\n"
        "SÃO BENTO - On Wednesday, a drone struck a house where a gang was said to be meeting."
    )
    article = parse_article(text)
    assert len(group_mentions(article.sentences, date(2025, 6, 7))) == 2


def test_a_day_and_time_of_day_lead_without_a_comma() -> None:
    from tasks.extract.segment import LEADING_DAY_RE

    assert LEADING_DAY_RE.match("On Tuesday night gunmen forced six guests into a van.")
    assert not LEADING_DAY_RE.match("On Monday the ministry said it had opened an inquiry.")


@pytest.mark.parametrize("opener", [
    "Separately, the army blamed the rebels for a blast on Tuesday that ruptured a gas line near Riverton.",
    "Further west, rebels burned down a customs post at Hillcrest on Tuesday.",
])
def test_a_sentence_that_announces_another_incident_starts_one(opener: str) -> None:
    text = "Gunmen killed six soldiers at a checkpoint in Lakeside on Sunday, officials said. " + opener
    article = parse_article(text)
    assert len(group_mentions(article.sentences, date(2025, 6, 7))) == 2


def test_another_bomb_made_safe_is_not_another_incident() -> None:
    text = "A car bomb killed two people at a crossroads in Lakeside on Sunday. Another bomb was disarmed by army engineers."
    article = parse_article(text)
    assert len(group_mentions(article.sentences, date(2025, 6, 7))) == 1


def test_a_later_toll_that_brings_the_count_up_stays_with_its_incident() -> None:
    text = (
        "Gunmen seized a coach near Hilltown on Monday night, killing two passengers, officials said. "
        "Police recovered a third body on Wednesday morning, bringing the death toll to three, an official said."
    )
    article = parse_article(text)
    assert len(group_mentions(article.sentences, date(2025, 6, 6))) == 1


def test_a_groups_long_campaign_is_background() -> None:
    sentence = "The group has since waged a campaign of ambushes and roadside bombs on army posts, killing dozens of troops."
    end = foreground_end(sentence, date(2025, 6, 6))
    assert end is not None and end < sentence.index("killing")


def test_a_time_shift_to_another_place_is_another_incident_on_the_same_day() -> None:
    text = (
        "A roadside bomb killed two rangers in Yala province late on Sunday, police said. "
        "About ten minutes later, two men on a motorbike sprayed a police post in Pattani province with automatic fire, "
        "wounding a constable."
    )
    incidents = _incidents(text, date(2025, 6, 4))
    assert len(incidents) == 2
    assert incidents[0]["event_date"] == incidents[1]["event_date"] == "2025-06-01"


def test_a_summarising_leads_day_comes_from_the_paragraph_that_details_it() -> None:
    text = (
        "Insurgents killed three farmers and burned a church in separate raids over the past week, officials said. "
        "In the deadliest of the attacks, fighters with machetes killed the farmers near Northtown on Thursday. "
        "On Saturday, insurgents entered Eastville and set fire to a church and 40 houses."
    )
    article = parse_article(text)
    assert len(group_mentions(article.sentences, date(2025, 6, 10))) == 2


def test_a_match_report_in_war_words_reports_no_incident() -> None:
    text = (
        "City massacred their rivals 5-0 in the derby on Sunday, ambushing them from the kick-off. "
        "Their striker fired a hat-trick past a shell-shocked goalkeeper, and the coach said his players killed the game. "
        "The visiting fans turned on their club long before the end of the match at the stadium. "
        "The win lifts City to second in the league table."
    )
    assert _incidents(text, date(2025, 6, 3)) == []


def test_a_verdict_story_retells_an_old_attack_and_reports_none() -> None:
    lead = "A court on Tuesday sentenced four men to life in prison for the 2021 bombing of a market in Northtown. "
    retold = (
        "The bombers blew themselves up among shoppers, killing 20 people and wounding dozens. "
        "The Islamic State group claimed the attack. "
        "\"Nothing brings my son back, but today justice was done,\" said a mother outside the court. "
        "Defence lawyers said they would appeal. The judge took two hours to read the ruling."
    )
    assert _incidents(lead + retold, date(2025, 6, 4)) == []
    news = "Separately, gunmen shot dead two police officers at a checkpoint in Eastville on Monday, police said."
    assert len(_incidents(lead + retold + " " + news, date(2025, 6, 4))) == 1


def test_an_attack_weeks_before_a_news_report_is_history() -> None:
    text = (
        "At least 500 people were killed in violence across the country in May, a monitor said on Monday. "
        "The deadliest single incident of the month was a car bomb in Northtown on May 2 that killed 11 people, it said. "
        "Most of the dead were civilians. The monitor has kept count since 2011. It publishes a report every month."
    )
    assert _incidents(text, date(2025, 6, 2)) == []


def test_where_a_source_sits_is_not_where_the_attack_was() -> None:
    text = (
        "Militants overran an army post in Abyan province late on Tuesday, killing five soldiers, officers said. "
        "A shell fired by rebels killed a boy in Taiz on Wednesday, officials said. "
        "The militants attacked the post in Mudiyah district with rifles and grenades, an officer said. "
        "At least eight soldiers were wounded, a medical source in Aden said."
    )
    article = parse_article(text)
    assert len(group_mentions(article.sentences, date(2025, 6, 19))) == 2


def test_a_guilty_plea_is_a_court_step_not_an_attack() -> None:
    text = (
        "A man from a small lakeside town pleaded guilty on Monday to threatening to shoot and kill a state senator, "
        "prosecutors said. He had left three voicemails at the senator's office in March, according to court papers. "
        "He faces up to ten years in prison when he is sentenced in February. His lawyer declined to comment. "
        "The senator thanked the police in a short statement."
    )
    assert is_background("He pleaded guilty to all four counts on Monday.", date(2025, 6, 4))
    assert _incidents(text, date(2025, 6, 4)) == []


def test_a_similar_ambush_told_for_comparison_is_no_second_incident() -> None:
    text = (
        "Rebels ambushed a police convoy escorting road builders in Eastville district, killing 14 officers. "
        "The rebels killed six officers in a similar ambush in the same district in March."
    )
    assert [i["killed"] for i in _incidents(text, date(2025, 6, 4))] == [14]


def test_hostages_freed_after_years_held_are_old_news() -> None:
    text = (
        "Two aid workers who had been held by the insurgents since 2021 were freed on Tuesday in an exchange of prisoners. "
        "They were handed over to officials at a border crossing in the south, an official said. "
        "Both men were in good health, their families said. The exchange followed months of talks. "
        "The government released three detained commanders in return."
    )
    assert _incidents(text, date(2025, 6, 4)) == []
    fresh = (
        "Gunmen seized two aid workers from their car on the road north of Eastville on Monday, police said. "
        "The kidnappers fled into the forest with their captives. No group has claimed the abduction. "
        "The charity suspended its work in the district. Police said a search was under way."
    )
    assert len(_incidents(fresh, date(2025, 6, 4))) == 1



def test_the_police_response_that_kills_the_attackers_is_the_same_incident() -> None:
    raid = (
        "Gang members stormed a farming village above Port-au-Prince late Monday, shooting residents and torching homes "
        "in an attack that left seven people dead, local officials said. Many families fled into the forest. "
        "The national police said officers reached the village before dawn on Tuesday and killed three gang members "
        "in an exchange of fire."
    )
    assert len(group_mentions(parse_article(raid).sentences, date(2025, 6, 4))) == 1
    reply = (
        "Militants attacked an army post in Yobe state on Monday, killing five soldiers, officials said. "
        "In its response, the army killed 12 insurgents in Borno state on Wednesday, a spokesman said."
    )
    assert len(group_mentions(parse_article(reply).sentences, date(2025, 6, 4))) == 1


def _incidents(text: str, published: date) -> list[dict]:
    from tasks.extract import extract_incidents

    return extract_incidents(text, published)


def test_roundup_label_with_country_after_comma_opens_a_section() -> None:
    text = (
        "A weekly digest of cross-border strikes.\n\n"
        "NORTH PROVINCE, ARMENIA - A drone hit a van near Goris on Monday, killing three passengers, officials said.\n\n"
        "SOUTH PROVINCE, GEORGIA - An artillery shell struck a farm outside Telavi on Thursday, destroying a barn, police said.\n"
    )
    assert len(_incidents(text, date(2026, 5, 10))) == 2


def test_live_blog_entries_are_separate_incidents_and_updates_return() -> None:
    text = (
        "08:15 - A drone struck a pickup truck near Marjayoun on Tuesday morning, killing two men inside, officials said.\n\n"
        "09:30 - A shell hit a family home in Tyre overnight, killing a farmer, the civil defence said.\n\n"
        "11:05 - A drone hit a scooter near Hermel around noon, wounding the rider, residents said.\n\n"
        "12:40 - The toll has risen: the farmer's wife died of her wounds in a hospital in Tyre.\n\n"
        "13:10 - The toll from the overnight shelling has risen to four, the ministry said.\n"
    )
    published = date(2026, 3, 10)
    article = parse_article(text)
    mentions = group_mentions(article.sentences, published)
    assert len(mentions) == 3
    assert 3 in mentions[1].indexes  # the later entry updates the Tyre strike
    assert all(4 not in m.indexes for m in mentions)  # a revised toll with no place is never an incident of its own


def test_aside_and_summary_sections_add_no_incidents() -> None:
    text = (
        "HIGHLIGHTS: A landmine on the Gao road has killed five herders.\n\n"
        "SITUATION: On Sunday, a vehicle carrying herders struck a landmine on the road out of Gao, killing five of them.\n\n"
        "RESPONSE: Counselling is offered to the families of those killed and abducted.\n\n"
        "BACKGROUND: Armed groups have attacked herders on this road many times.\n"
    )
    article = parse_article(text)
    mentions = group_mentions(article.sentences, date(2026, 4, 7))
    assert [m.indexes[0] for m in mentions] == [1]


def test_digest_first_item_with_its_own_day_is_kept_above_the_sections() -> None:
    text = (
        "Shopkeeper shot dead in Imphal\n\n"
        "A shopkeeper was shot dead by unidentified gunmen at his stall in Imphal on Monday, police said.\n\n"
        "SILCHAR: Two policemen hurt in grenade blast\n\n"
        "Two policemen were injured when a grenade was hurled at their post in Silchar on Tuesday, officials said.\n\n"
        "GUWAHATI: Rain disrupts traffic\n\n"
        "Heavy rain flooded several roads in the city on Tuesday.\n"
    )
    assert len(_incidents(text, date(2026, 6, 3))) == 2


def test_lead_hours_after_an_earlier_attack_tells_two_incidents() -> None:
    sentence = (
        "Three rebels were killed in a gunfight with troops in the hills of the district, the army said on Sunday, "
        "hours after a grenade was thrown at a police post in the town market."
    )
    assert len(parse_article(sentence).sentences) == 2
    assert parse_article(sentence).distinct_tails == frozenset({1})


def test_revised_count_without_the_word_toll_is_a_follow_up() -> None:
    text = (
        "A missile hit an apartment block in Kharkiv on Tuesday, the governor said.\n\n"
        "Officials first reported two dead; on Wednesday rescuers pulled a third body from the rubble.\n"
    )
    assert len(_incidents(text, date(2026, 2, 12))) == 1


def test_paragraph_led_by_a_situated_place_or_a_border_crossing_is_another_incident() -> None:
    published = date(2026, 7, 10)
    text = (
        "A bomb hidden in a motorbike exploded beside a ranger patrol on Monday in Bacho district, killing one ranger, police said.\n\n"
        "In neighbouring Pattani province, a teacher was gunned down on Wednesday as he rode home from school.\n"
    )
    article = parse_article(text)
    assert len(group_mentions(article.sentences, published)) == 2
    text = (
        "A glide bomb hit the market in Kupiansk on Thursday, killing three shoppers, officials said.\n\n"
        "Across the border, a drone struck a lorry near Valuyki late on Wednesday, killing its driver, who was taken to hospital in Belgorod.\n"
    )
    article = parse_article(text)
    assert len(group_mentions(article.sentences, published)) == 2


def _incidents(text: str, published: date) -> list[dict]:
    from tasks.extract import extract_incidents

    return extract_incidents(text, published=published)


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("1)", "2)", "3)"), ("(1)", "(2)", "(3)")])
def test_numbered_bulletin_items_are_separate_incidents_dated_by_their_headings(marks: tuple[str, str, str]) -> None:
    first, second, third = marks
    text = (
        "WATCH GROUP - FORTNIGHTLY SECURITY NOTE\n\n"
        "The monitors logged three incidents in the northern districts over the period.\n\n"
        f"{first}\n\nKolwa district - Monday 2 March, evening.\n\n"
        "Armed men raided the hamlet of Bakoro and shot dead three farmers.\n\n"
        f"{second}\n\nMerti district - Wednesday 4 March.\n\n"
        "An army lorry hit a roadside bomb near Garba Tula. Two soldiers were wounded.\n\n"
        f"{third}\n\nIsiolo - Friday 6 March.\n\n"
        "Gunmen opened fire on traders at a livestock market in Kinna, killing four of them."
    )
    incidents = _incidents(text, date(2026, 3, 9))
    assert [i["event_date"] for i in incidents] == ["2026-03-02", "2026-03-04", "2026-03-06"]


@pytest.mark.parametrize("opener", ["In the second case,", "In the other case,", "In another case,", "In the third case,"])
def test_a_register_that_counts_its_cases_starts_a_new_incident(opener: str) -> None:
    sentences = [
        "A trader was shot dead by two men on a motorbike in Ranipur on Saturday night, police said.",
        "His nephew was wounded in the leg.",
        f"{opener} attackers hurled a grenade at a pharmacy in Old Town early on Sunday, injuring two customers.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 9))] == [[0, 1], [2]]


@pytest.mark.parametrize("kind", ["gun battle", "clash", "firefight", "air strike", "explosion"])
def test_a_lead_clause_set_apart_by_any_event_noun_is_split(kind: str) -> None:
    sentence = (
        "Rebels burned a school and killed two guards in a raid on Lundi village on Tuesday, "
        f"and troops killed six fighters in a separate {kind} further east, officials said."
    )
    article = parse_article(sentence)
    assert len(article.sentences) == 2 and 1 in article.distinct_tails


@pytest.mark.parametrize("pursuit", [
    "Soldiers pursued the raiders through the night and killed two of them near Loyoro, an army spokesman said.",
    "Police gave chase and shot dead one of the attackers on the highway, the commander said.",
    "Troops tracked the gunmen to a forest and killed three of them on Wednesday.",
])
def test_the_pursuit_that_kills_attackers_is_no_incident_of_its_own(pursuit: str) -> None:
    sentences = [
        "Cattle raiders killed four herders at a kraal near Kotido on Tuesday evening.",
        "They drove off about 200 head of cattle.",
        pursuit,
    ]
    assert len(group_mentions(sentences, date(2026, 10, 8))) == 1


@pytest.mark.parametrize("more", [
    "Two other herders were injured and are admitted at the Moroto health centre.",
    "Three other passengers had been wounded, police in Kisumu said.",
    "The injured are being treated at a clinic in Garissa town.",
])
def test_more_victims_of_the_same_attack_stay_with_it(more: str) -> None:
    sentences = ["Gunmen killed five travellers on the road near Lodwar on Monday.", more]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 10, 8))] == [[0, 1]]


@pytest.mark.parametrize("claim", [
    "In a statement read on its radio station this morning, the group said its fighters had killed 21 soldiers.",
    "On its Telegram channel today, the group claimed its men had killed 30 troops.",
])
def test_a_claim_dated_by_its_statement_is_the_same_incident(claim: str) -> None:
    sentences = [
        "Militants of al-Shabaab attacked an army base in Hiran last night, officials said.",
        "Four soldiers were killed and seven wounded, the district commissioner said.",
        claim,
    ]
    assert len(group_mentions(sentences, date(2026, 3, 12))) == 1


def test_a_follow_up_paragraph_dates_a_summarising_lead() -> None:
    sentences = [
        "Militants attacked a police post, gunmen abducted four engineers and a bomb wounded two people in the province this week.",
        "In the worst attack, fighters stormed a police post in Turbat late on Tuesday, officials said on Wednesday.",
        "Two policemen were killed in the exchange of fire.",
        "On Monday, armed men abducted four engineers working on a dam near Hoshab and burned their vehicles.",
    ]
    mentions = group_mentions(sentences, date(2026, 1, 22))
    assert [m.indexes for m in mentions] == [[0, 1, 2], [3]]


@pytest.mark.parametrize("paragraph", [
    "On Friday, an army patrol ran into a band of rebels near Mbau and a gun battle lasting an hour followed.",
    "On Friday, insurgents ordered travellers off two lorries near Gujba and marched seven of them into the bush.",
])
def test_a_paragraph_led_by_another_day_tells_another_incident(paragraph: str) -> None:
    sentences = [
        "Insurgents beheaded two men in a raid on Nangade village on Tuesday night, residents said.",
        "More than 30 houses were burned.",
        paragraph,
    ]
    mentions = group_mentions(sentences, date(2026, 9, 21))
    assert len(mentions) == 2 and mentions[-1].indexes == [2]


@pytest.mark.parametrize("earlier", [
    "The first reports on Monday put the number of dead at 12.",
    "Initial figures given on Monday listed nine dead.",
])
def test_a_superseded_first_count_is_the_same_incident(earlier: str) -> None:
    sentences = [
        "Attackers went from house to house in Boga on Sunday night, killing 17 residents, a local leader said.",
        earlier,
    ]
    assert len(group_mentions(sentences, date(2026, 2, 4))) == 1


@pytest.mark.parametrize("lead", [
    "An appeals court on Monday upheld the convictions of three men found guilty of helping the gunmen who attacked a mall in 2013.",
    "The supreme court on Monday overturned the acquittal of a man accused of planning the 2015 bombing of a bus station.",
])
def test_an_appeal_ruling_retells_an_old_attack(lead: str) -> None:
    text = (
        f"{lead} The judges said the evidence was sound. Four gunmen stormed the building on Sept. 21, 2013, killing 67 people. "
        "Relatives of the victims welcomed the decision."
    )
    assert _incidents(text, date(2026, 6, 17)) == []


@pytest.mark.parametrize("aside", [
    "Trend: since January the network has recorded 40 incidents in the region.",
    "Outlook: kidnappings for ransom remain the main threat on the border.",
])
def test_a_labelled_comment_paragraph_ends_the_item_above_it(aside: str) -> None:
    sentences = ["Gunmen opened fire on fishermen near Darak on Saturday, killing six.", aside, "Abductions for ransom remain the main threat."]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 4, 16))] == [[0]]


@pytest.mark.parametrize("later", [
    "Two other officers wounded in the blast are still in hospital.",
    "The lorry, which carried a border patrol, had hit the device on the road between Kiwayu and Mararani, killing two constables.",
    "Police said the grenade had been thrown from a passing car, wounding three bystanders.",
])
def test_a_definite_reference_far_down_belongs_to_the_only_incident(later: str) -> None:
    sentences = [
        "A roadside bomb tore through a police truck in Lamu East on Tuesday, killing three officers, officials said.",
        "The dead were named on Thursday.",
        "\"We did everything we could,\" a nurse said.",
        "Relatives gathered outside the mortuary.",
        later,
    ]
    [mention] = group_mentions(sentences, date(2026, 5, 22))
    assert 4 in mention.indexes


@pytest.mark.parametrize("announce", [
    "Hours after the funerals, suspected militants struck again.",
    "The gunmen came back again the next night.",
    "Two days later the raiders attacked once again.",
])
def test_an_announced_return_of_the_attackers_opens_another_incident(announce: str) -> None:
    sentences = [
        "A bomb hit a police truck near Witu on Tuesday, killing three officers.",
        announce,
        "Villagers in Kiunga said armed men set fire to a phone mast on Wednesday night.",
    ]
    mentions = group_mentions(sentences, date(2026, 5, 22))
    assert [m.indexes[-1] for m in mentions] == [0, 2]


@pytest.mark.parametrize("lead", [
    "Hundreds gathered at the college on Thursday to mark eleven years since gunmen stormed the campus and killed 148 students.",
    "Families met at the market on Sunday to mark twenty years since a bomb killed 60 shoppers there.",
])
def test_a_commemoration_with_the_years_spelled_out_retells_an_old_attack(lead: str) -> None:
    text = f"{lead} Candles were lit where most of the victims were shot. The attackers were killed by troops after a long siege."
    assert _incidents(text, date(2026, 4, 2)) == []


def test_a_number_run_into_a_paragraph_is_no_bulletin_item() -> None:
    article = parse_article("1. A bomb killed two people in Dora. 2. Gunmen shot dead a family of five in Amil.")
    assert article.sentences == ["1.", "A bomb killed two people in Dora.", "Gunmen shot dead a family of five in Amil."]


def test_a_year_dates_the_whole_plain_clause_unless_it_names_a_recent_day() -> None:
    from tasks.extract.segment import _year_clause_start

    past = "BLA fighters seized the Jaffar Express in March 2025"
    assert _year_clause_start(past, past.index("2025")) == 0
    # the day says the main verb is recent news; only the year's own clause looks back
    recent = "On Monday gunmen stormed the depot they had raided in March 2025"
    assert _year_clause_start(recent, recent.index("2025")) > 0


@pytest.mark.parametrize(
    "retold",
    [
        "The woman killed was a nurse who had worked for an aid agency in Paris.",
        "The two men killed were drivers who had worked for a firm in Paris.",
        "The two guards injured in the chaos were flown to a clinic in Paris.",
    ],
)
def test_a_definite_reference_to_the_victims_retells_the_incident(retold: str) -> None:
    # the victims named back ("the man killed", "those abducted") never start an incident, wherever they came from
    text = f"Gunmen opened fire on a minibus near Kandahar on Monday, killing one passenger and wounding three. {retold}"
    mentions = group_mentions(parse_article(text).sentences, date(2025, 3, 4))
    assert len(mentions) == 1


def test_a_definite_subject_with_a_finite_verb_is_not_a_retelling() -> None:
    from tasks.extract.segment_patterns import ANAPHORA_RE

    assert ANAPHORA_RE.search("The man killed was an Iraqi driver.")
    assert not ANAPHORA_RE.search("The army killed three militants in the forest on Friday.")
    assert not ANAPHORA_RE.search("The police killed two suspects in Kaduna.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Al-Shabaab fighters abducted five Kenyan aid workers from a clinic in neighbouring Gedo region in March 2022 and held them for a year.",
        "Islamic State militants killed 14 soldiers guarding a fuel depot on the outskirts of the northern town of Menaka in 2023.",
    ],
)
def test_a_long_plain_clause_dated_by_a_past_year_is_history(sentence: str) -> None:
    # the year dates the main verb however many words the group, victims and place take up
    assert foreground_end(sentence, date(2026, 5, 22)) == 0


# Round 8: the same facts told in other article structures (own paraphrases).
@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # a later count of the same dead, told with "number" and the figure first
        ("Rebels raided the village of Kasenyi in Ituri late on Monday, killing at least 12 people, officials said.\n\n"
         "On Wednesday, volunteers recovered five more bodies in the fields, raising the number of dead to 17, a local chief said.",
         date(2026, 1, 22), 1),
        ("Gunmen killed nine farmers in an attack on Komanda on Tuesday, a local official said.\n\n"
         "Searchers pulled four more bodies from the bush on Thursday, bringing to 13 the number of people killed.",
         date(2026, 1, 23), 1),
        # captives found dead later are the same kidnapping
        ("Armed men seized a bus near Khuzdar on Monday night and took six passengers away, officials said.\n\n"
         "The bodies of two of the abducted men, both from Sindh, were found in a riverbed on Wednesday.",
         date(2026, 2, 5), 1),
    ],
)
def test_follow_ups_told_in_other_words_stay_one_incident(text: str, published: date, count: int) -> None:
    from tasks.extract import extract_incidents

    assert len(extract_incidents(text, published)) == count


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # an annual tally: a closing past-time phrase dates the whole clause
        ("A research group said on Monday that attacks by armed gangs killed 2,300 people in Nigeria's north-west last year.\n\n"
         "It counted 380 kidnappings, and said gangs raided villages in Katsina almost every week.", date(2026, 1, 13)),
        ("The UN agency said on Thursday that 40,000 people had fled their homes in the region since January.\n\n"
         "The agency noted that gunmen killed eleven teachers at a school near Mopti three years ago.", date(2026, 10, 15)),
        ("Militants killed 280 police officers and wounded 450 during the year, the think tank's report said.", date(2026, 1, 20)),
        # a report that looks back at an earlier attack
        ("The humanitarian office said on Friday that displacement had risen by a quarter.\n\n"
         "Its bulletin recalled the attack on a mosque in Fambita, where gunmen killed 44 worshippers last March.", date(2026, 10, 16)),
    ],
)
def test_reports_that_look_back_code_no_incident(text: str, published: date) -> None:
    from tasks.extract import extract_incidents

    assert extract_incidents(text, published) == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a lead that tells both, the second dated from the first
        ("A party leader was shot dead in Orangi Town on Saturday night, and a grenade was thrown at a shop in Lyari the next "
         "morning, police said.", date(2026, 3, 9)),
        # a police register's second case told as the subject
        ("Police registered a murder case after a cleric was shot dead in Orangi Town on Saturday night.\n\n"
         "A second FIR was lodged at the Chakiwara police station after men threw a grenade at a shop early on Sunday.",
         date(2026, 3, 9)),
        # a report's sections labelled in title case by the area
        ("Irumu territory: On 3 July, ADF combatants attacked the village of Ofaye, killing at least 18 civilians.\n\n"
         "Djugu territory: On 5 July, CODECO militiamen attacked the Rhoe displacement site, killing four people.",
         date(2026, 7, 8)),
        # a night that runs into another day leads the paragraph
        ("Gunmen killed four fighters at a checkpoint at Thiban on Monday night, the SDF said.\n\n"
         "Overnight into Thursday, men set fire to fuel tankers at a depot in al-Busayrah. No one was hurt.", date(2025, 8, 14)),
    ],
)
def test_a_second_incident_introduced_another_way_is_its_own(text: str, published: date) -> None:
    article = parse_article(text)
    mentions = group_mentions(article.sentences, published, article.joined_tails, article.distinct_tails, article.tail_days_before)
    assert len(mentions) == 2


def test_a_cricket_report_with_war_words_is_no_incident() -> None:
    from tasks.extract import extract_incidents

    text = (
        "Kerala's seamers tore through Delhi's batting on Saturday, bowling them out for 88 in the second innings to set up an "
        "easy seven-wicket win. \"We were slaughtered out there,\" the Delhi captain said of the collapse. "
        "Opener Arjun Nair hit four sixes to finish the chase before tea in front of a few hundred spectators at the stadium, "
        "and the victory lifts Kerala to the top of their group in the Ranji Trophy."
    )
    assert extract_incidents(text, date(2025, 11, 3)) == []


def _mention_count(text: str, published: date) -> int:
    article = parse_article(text)
    return len(group_mentions(article.sentences, published, article.joined_tails, article.distinct_tails, article.tail_days_before))


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph led by a compass part of the country, elsewhere and another day
        ("Two soldiers were killed when a roadside bomb hit their truck in Kunar province on Saturday, officials said.\n\n"
         "In the north of the country, a grenade was thrown at a police post in Balkh province early Sunday. Three officers were hurt."),
        ("Gunmen shot dead three traders at a market in Katsina state on Saturday, police said.\n\n"
         "In the country's south-east, a bomb exploded outside a church in Anambra state on Sunday, wounding four worshippers."),
        # a paragraph led by a neighbouring district the gazetteer may not know, on another day
        ("Four policemen were killed when militants stormed a police post in Kurram district on Monday night, officials said.\n\n"
         "In neighbouring Zorbagh district, a tribal elder was shot dead by men on a motorbike on Tuesday."),
    ],
)
def test_a_paragraph_led_by_another_part_of_the_country_is_another_incident(text: str) -> None:
    assert _mention_count(text, date(2026, 3, 11)) == 2


@pytest.mark.parametrize(
    "lead",
    [
        "Gunmen, bandits and insurgents killed more than 25 people in three separate attacks across the country since Friday, officials said.",
        "Attacks by armed groups killed at least 20 people and wounded dozens in the north over three days, officials said on Tuesday.",
    ],
)
def test_a_lead_that_tallies_several_attacks_is_no_incident_of_its_own(lead: str) -> None:
    text = (
        f"{lead}\n\n"
        "In Kano state, gunmen stormed the village of Dandi late on Saturday, shooting dead seven farmers, police said.\n\n"
        "In Yobe state, a suicide bomber blew himself up at a mosque in Gashua on Sunday, killing nine worshippers.\n\n"
        "In Kaduna state, bandits abducted 14 travellers on the Kaduna-Abuja highway early on Monday, a police spokesman said."
    )
    article = parse_article(text)
    mentions = group_mentions(article.sentences, date(2026, 3, 10), article.joined_tails, article.distinct_tails, article.tail_days_before)
    assert len(mentions) == 3  # the tally may still set the scene for the first, never count as a fourth


@pytest.mark.parametrize(
    "lead",
    [
        "Militants ambushed a supply column in eastern Chad and an air strike killed at least 12 people at a cattle market in the west of the country.",
        "Rebels attacked a border post in northern Mali, and a drone strike killed nine people at a wedding in the centre.",
    ],
)
def test_a_lead_joining_attacks_in_two_parts_of_the_country_is_two_incidents(lead: str) -> None:
    article = parse_article(lead)
    assert len(article.sentences) == 2
    assert 1 in article.distinct_tails


@pytest.mark.parametrize(
    "sentence",
    [
        "In Quetta, a shopkeeper, whose father was shot dead by gunmen in 2009, said he welcomed the law.",
        "A teacher, who was wounded in a bomb attack in 2014, told the hearing she still has nightmares.",
    ],
)
def test_a_relative_clause_dated_to_a_past_year_is_background(sentence: str) -> None:
    end = foreground_end(sentence, date(2026, 4, 20))
    assert end is not None and end <= sentence.index(", wh")


def test_a_statements_day_does_not_date_the_lead_clause() -> None:
    text = (
        "Militants attacked a convoy in western Niger, and a drone strike killed 15 people at a market in the centre of the "
        "country, in two attacks that officials described on Tuesday.\n\n"
        "In the Tillaberi region, residents said a drone hit the market of Banibangou late on Friday."
    )
    article = parse_article(text)
    mentions = group_mentions(article.sentences, date(2026, 6, 10), article.joined_tails, article.distinct_tails, article.tail_days_before)
    assert len(mentions) == 2
    assert any(1 in m.indexes and 2 in m.indexes for m in mentions)


def _mention_count(text: str, published: date) -> int:
    article = parse_article(text)
    return len(group_mentions(article.sentences, published, article.joined_tails, article.distinct_tails, article.tail_days_before))


def test_a_lead_announcing_separate_attacks_splits_its_joined_clauses() -> None:
    # "In separate attacks ..." tells the reader each joined clause is its own incident, even within one province
    text = (
        "In separate attacks on Thursday, gunmen shot dead a shopkeeper in Chaman and a bomb wounded three "
        "labourers in Pishin, officials said."
    )
    assert _mention_count(text, date(2026, 3, 7)) == 2


def test_a_paragraph_led_by_the_next_day_is_another_incident_in_news_copy() -> None:
    text = (
        "Raiders killed nine herders near Bukkuyum on Friday.\n\n"
        "The following day, fighter jets pounded a hideout in the nearby forest, killing 30 of the raiders, the air force said."
    )
    assert _mention_count(text, date(2026, 4, 6)) == 2


def test_the_next_day_in_a_chronicle_keeps_telling_the_same_entry() -> None:
    # a chronicle dated by calendar days, not the weekdays of news, often runs one entry over two days
    text = (
        "On 4 March a car bomb hit a police post in the town, killing four officers. "
        "The next day a second device exploded near the same post, killing two more people."
    )
    assert _mention_count(text, date(2026, 3, 20)) == 1


def test_attackers_who_return_on_another_day_make_a_second_incident() -> None:
    text = "Militiamen killed six farmers in Djugu on Saturday and returned on Monday evening, killing four more, a local chief said."
    assert _mention_count(text, date(2026, 5, 13)) == 2


def test_sabotage_of_a_named_installation_is_an_incident_even_without_casualties() -> None:
    text = "Rebels sabotaged a stretch of the crude oil pipeline near Saravena on Wednesday, the operator said."
    assert _mention_count(text, date(2026, 6, 4)) == 1
    assert _mention_count("Opposition deputies sabotaged the budget vote on Wednesday, the speaker said.", date(2026, 6, 4)) == 0


@pytest.mark.parametrize(
    "opener",
    [
        "A day after the ambush, troops hunting the gunmen clashed with them in the hills near Dalwa,",
        "Two days after the raid, bandits stormed a second village, Kuru,",
        "Hours after the bombing, militants attacked a checkpoint outside Dalwa,",
    ],
)
def test_a_later_attack_dated_from_the_first_is_its_own_incident(opener: str) -> None:
    sentences = [
        "Gunmen ambushed a police van near Gada on Monday, killing three officers, police said.",
        "Two other officers were wounded.",
        f"{opener} killing two people, the army said.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 11))] == [[0, 1], [2]]


def test_a_toll_dated_from_the_attack_stays_with_it() -> None:
    sentences = [
        "Gunmen ambushed a police van near Gada on Monday, killing three officers, police said.",
        "Two days after the ambush, the toll rose to five when two wounded officers died.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2026, 3, 11))] == [[0, 1]]


def _groups(text: str, published: date) -> list[list[int]]:
    article = parse_article(text)
    mentions = group_mentions(article.sentences, published, article.joined_tails, article.distinct_tails, article.tail_days_before)
    return [m.indexes for m in mentions]


def test_speaker_turns_of_a_broadcast_are_one_story() -> None:
    # each ANCHOR:/REPORTER: turn once read as a digest section, so the toll and the claim became incidents of their own
    text = (
        "ANCHOR: The toll from Sunday's raid on the cattle market at Ouatagouna has gone up.\n\n"
        "REPORTER: Officials here say nine herders died when gunmen on motorbikes fired on the pens.\n\n"
        "ANCHOR: Who was behind it?\n\n"
        "REPORTER: A jihadist group said on its channel that its fighters carried out the raid and killed fifteen men."
    )
    article = parse_article(text)
    assert not any(s.startswith(("ANCHOR", "REPORTER")) for s in article.sentences)
    assert _mention_count(text, date(2026, 4, 7)) == 1


def test_a_digest_with_one_label_per_section_is_no_transcript() -> None:
    lines = ["GAO: Gunmen killed two traders.", "MENAKA: A mine hit a truck.", "KIDAL: Rebels shelled a camp."]
    assert speaker_labels(lines) == frozenset()
    assert speaker_labels(["HOST: Welcome.", "GUEST: Thanks.", "HOST: What happened?"]) == {"HOST", "GUEST"}
    assert strip_speaker("GUEST: Thanks.", frozenset({"GUEST"})) == "Thanks."


def test_a_toll_restated_on_the_day_of_reporting_stays_with_its_attack() -> None:
    text = (
        "Gunmen attacked a customs post near Porga yesterday, killing four officers, the ministry said. "
        "The overall toll this morning stands at six dead."
    )
    assert _mention_count(text, date(2026, 6, 12)) == 1


def test_a_paragraph_led_by_a_kind_of_place_and_another_day_is_another_incident() -> None:
    text = (
        "A missile struck a block of flats in Kharkiv on Friday, killing three residents, officials said.\n\n"
        "In the frontline village of Kupiansk, a drone struck a tractor carrying farm hands on Sunday, the governor said. "
        "Two of them were hurt."
    )
    assert _groups(text, date(2026, 5, 4)) == [[0], [1, 2]]


def test_a_quoted_release_paragraph_is_read_by_its_opener() -> None:
    text = (
        '"On 3 May, troops raided a hideout near Dalwa and killed six insurgents in a firefight.\n\n'
        '"In another attack on the same day, insurgents ambushed a patrol near Gajiram, killing two soldiers."'
    )
    assert parse_article(text).sentences[1].startswith("In another attack")
    assert _mention_count(text, date(2026, 5, 5)) == 2


def test_a_court_that_found_the_accused_guilty_looks_back_at_the_attack() -> None:
    text = (
        "A court in Niamey sentenced two men on Tuesday over the raid on a market near Tera. "
        "The judges found both defendants guilty of terrorism for the raid, in which 17 traders were killed."
    )
    assert _mention_count(text, date(2026, 5, 6)) == 0


def test_a_dateline_may_name_two_scenes() -> None:
    """ "GAO / MENAKA -" is a dateline like "GAO -"."""
    article = parse_article("GAO / MENAKA - Gunmen killed 11 herders near Gao on Saturday, local officials said.")
    assert article.dateline == "GAO / MENAKA"
    assert article.sentences[0].startswith("Gunmen killed")


def test_a_pronoun_led_toll_takes_the_sentence_before_and_its_day() -> None:
    """ "They killed four ..." continues the raid the sentence before told, and that sentence's day dates it."""
    from tasks.extract.anaphora import opens_with_pronoun

    sentences = [
        "Armed men on horseback raided Gidan Bako village late on Sunday.",
        "They killed four farmers and carried off cattle, a community leader said.",
    ]
    mentions = group_mentions(sentences, date(2025, 9, 10))
    assert len(mentions) == 1 and mentions[0].indexes == [0, 1]
    assert mentions[0].day == date(2025, 9, 7)
    assert opens_with_pronoun("They opened fire on the crowd.")
    assert not opens_with_pronoun("They said the road was closed.")


def test_a_years_ago_told_in_words_dates_the_clause_before_it() -> None:
    """ "Families of the pupils seized from Kankara twelve years ago met on Friday": the seizure is history."""
    assert is_background("Families of the pupils seized from Kankara twelve years ago met on Friday.", date(2032, 12, 11))


def test_news_dated_months_or_years_after_an_old_attack_is_not_that_attack() -> None:
    sentence = "The bombing comes more than two years after a minister was shot dead at a rally in Cali."
    end = foreground_end(sentence, date(2026, 3, 1))
    assert end is not None and "shot" not in sentence[:end]


def test_a_place_phrase_before_a_clause_dated_by_an_old_year_leaves_it_history() -> None:
    """ "In Gao itself, gunmen raided a market in June 2019, killing 12": the year dates the whole clause."""
    assert is_background("In Gao itself, gunmen raided a market in June 2019, killing 12 traders.", date(2025, 4, 2))


def test_a_time_clause_closed_by_an_old_month_is_history() -> None:
    """ "The mayor's post fell empty when gunmen killed its holder in Mombasa in March": no news of violence left."""
    sentence = "The mayor's post fell empty when gunmen killed its holder in Mombasa in March."
    end = foreground_end(sentence, date(2025, 10, 20))
    assert end is not None and "killed" not in sentence[:end]


def test_a_toll_led_by_another_day_with_no_act_of_its_own_is_the_same_incident() -> None:
    """ "On Friday evening the authorities had put the number of dead at six": an earlier count, no new attack."""
    sentences = [
        "Gunmen stormed a guesthouse in Bosaso late on Thursday, killing 11 people, police said on Saturday.",
        "On Friday evening the authorities had put the number of dead at six.",
    ]
    assert [m.indexes for m in group_mentions(sentences, date(2025, 3, 8))] == [[0, 1]]


def test_deaths_at_the_scene_and_a_later_hospital_death_stay_in_the_incident() -> None:
    """Names that look like places ("Ica Torres") and a later day in a hospital town start no new incident."""
    sentences = [
        "Gunmen opened fire on a mayoral candidate outside a school in Chincha, Peru, on Sunday evening.",
        "The candidate, his bodyguard and his aide Luis Ica Torres died at the scene.",
        "Four other people were wounded.",
        "One of them, a nurse, died late on Monday at the provincial hospital in Pisco.",
    ]
    assert len(group_mentions(sentences, date(2025, 6, 10))) == 1


def test_a_numbered_item_telling_an_abduction_by_its_end_is_an_incident() -> None:
    """ "... were stopped by armed men and led away": a bulletin's item, told without the word kidnapped."""
    article = parse_article(
        "The mission condemns two attacks on local politicians this week.\n\n"
        "1. On Tuesday, a mayor and his bodyguard were stopped on a rural road near Saravena by men with rifles and led away.\n\n"
        "2. On Wednesday, a bomb went off outside a party office in Arauquita, injuring a guard."
    )
    assert len(group_mentions(article.sentences, date(2026, 2, 27))) == 2


def test_that_month_and_the_following_week_date_the_past() -> None:
    """An explainer's history: "that March" and "the following month" count from a past time, not from today."""
    published = date(2025, 10, 1)
    assert is_background("A rocket attack on the Ain al-Asad base wounded four contractors that March.", published)
    assert is_background("An air strike in Anbar killed two of the group's commanders the following month.", published)


def test_a_paragraph_led_by_another_province_with_another_days_toll_is_another_incident() -> None:
    """ "In Kunar province, the toll of Tuesday's attack ... has risen": another place and day, not the lead's attack."""
    sentences = [
        "Gunmen shot dead two health workers at a clinic near Jalalabad, in Nangarhar province, on Thursday, police said.",
        "In Kunar province, the toll of Tuesday's attack on a police checkpoint in Asadabad has risen to seven dead, a provincial official said.",
        "Three other policemen were wounded.",
    ]
    mentions = group_mentions(sentences, date(2025, 4, 12))
    assert [m.indexes for m in mentions] == [[0], [1, 2]]


def _groups(text: str, published: date) -> list[list[int]]:
    article = parse_article(text)
    return [m.indexes for m in group_mentions(
        article.sentences, published, article.joined_tails, article.distinct_tails, article.tail_days_before
    )]


def test_bulleted_items_open_like_paragraphs_and_may_retell_the_lead() -> None:
    # blind knowledge round: a press note lists one incident per dated item ("- Also on Friday, ..." is read without its
    # bullet); an item on the lead's day and place retells the lead
    bulletin = (
        "MAIDUGURI (IW) - Police in Borno State said on Saturday that they had recorded three attacks in 48 hours.\n"
        "- On Thursday, insurgents burned a health centre in Gwoza.\n"
        "- On Friday, a female suicide bomber killed six worshippers at a mosque in Konduga.\n"
        "- Also on Friday, gunmen abducted 9 loggers near Bama."
    )
    assert _groups(bulletin, date(2026, 9, 12)) == [[2], [3]]
    retold = (
        "BAMAKO (IW) - Malian soldiers killed 14 jihadists and lost three of their own in an ambush near Boni on Thursday, the army said.\n"
        "The armed forces general staff said in a communiqué:\n"
        "- On Thursday, a FAMa unit escorting a convoy was ambushed near Boni. The riposte neutralised 14 terrorists.\n"
        "- On Friday, a vehicle of the army struck an improvised explosive device between Douentza and Hombori, wounding two soldiers."
    )
    assert len(_groups(retold, date(2026, 3, 14))) == 2


def test_a_claim_or_toll_that_names_its_incident_by_place_goes_to_it() -> None:
    # blind knowledge round: "claimed the Lakki Marwat attack" after another incident was told
    text = (
        "PESHAWAR (IW) - Militants attacked a police station in Lakki Marwat on Thursday night, killing three policemen, officials said.\n"
        "Meanwhile, in North Waziristan, a roadside bomb wounded four soldiers on Friday.\n"
        "The Pakistani Taliban claimed the Lakki Marwat attack in a message to reporters."
    )
    assert _groups(text, date(2026, 4, 11)) == [[0, 2], [1]]
    blog = (
        "09:15 - Gunmen attacked a passenger coach near Kalat overnight, killing nine passengers, officials say.\n"
        "12:05 - Separately, a blast at a market in Quetta has wounded 11 people, police say.\n"
        "13:30 - The toll in the Kalat attack has risen to 11, a hospital official says."
    )
    assert _groups(blog, date(2026, 7, 18)) == [[0, 2], [1]]


def test_a_key_points_label_above_the_first_line_is_a_summary_not_a_dateline() -> None:
    article = parse_article("KEY POINTS:\n- At least 18 civilians were killed in Ndalya on 6 May.\nSITUATION OVERVIEW\nOn 6 May, ADF combatants killed 18 civilians in Ndalya.")
    assert article.dateline is None and article.sentences[0] == "KEY POINTS:"


def test_a_span_of_this_years_months_is_a_period_total() -> None:
    # blind knowledge round: a think tank's "between January and September" total is no incident
    text = (
        "ISLAMABAD (IW) - Militant attacks killed more than 900 people in Pakistan between January and September, a think tank said "
        "in a report on Wednesday.\nKhyber Pakhtunkhwa and Balochistan accounted for most of the deaths."
    )
    assert _groups(text, date(2026, 10, 3)) == []
    assert foreground_end("Gunmen killed 9 soldiers between September and December 1974.", date(2026, 10, 3)) is not None  # the year's own rule


def test_a_communique_contact_sentence_leads_its_clash() -> None:
    # blind knowledge round: "made contact with a column of terrorists" tells a clash without a violence word, and dates it
    text = (
        "MAIDUGURI (IW) - Troops on a clearance patrol made contact with a column of terrorists near Bita on Wednesday, the army said. "
        "Five terrorists were neutralised and one soldier was wounded.\n"
        "On Thursday, troops engaged the enemy near Gwoza, killing three terrorists and losing a soldier."
    )
    assert _groups(text, date(2026, 11, 14)) == [[0, 1], [2]]
    text = (
        "OUAGADOUGOU (IW) - A unit of the army engaged a group of armed individuals near Arbinda on Tuesday, the general staff said. "
        "The engagement left three soldiers dead."
    )
    assert _groups(text, date(2026, 11, 14)) == [[0, 1]]


def test_a_blame_that_names_the_victims_goes_to_their_incident() -> None:
    # blind knowledge round: "blamed ISWAP for the killing of the fishermen" after the next day's abduction was told
    text = (
        "MAIDUGURI (IW) - Jihadists killed nine fishermen near Lake Chad on Monday, a militia leader said.\n"
        "The following day, gunmen on motorcycles stormed Ngamdu village, some 60 km away, and abducted 14 women.\n"
        "The militia leader blamed ISWAP for the killing of the fishermen."
    )
    assert _groups(text, date(2026, 4, 11)) == [[0, 2], [1]]


def test_a_later_toll_and_a_safe_all_clear_follow_the_incident() -> None:
    from datetime import date

    from tasks.extract import extract_incidents

    lead = "Gunmen killed 12 villagers in Plateau state on Sunday, according to a provisional toll from the police. "
    (incident,) = extract_incidents(lead + "The final toll rose to 17, the state governor said on Monday.", published=date(2025, 6, 30))
    assert incident["killed"] == 17
    lead = "An air strike on a market in Tawila killed at least 21 people on Saturday, a doctor at the town's hospital said. "
    (incident,) = extract_incidents(lead + "The RSF-run civil administration put the toll at 40.", published=date(2025, 3, 16))
    assert (incident["killed"], incident["killed_high"]) == (21, 40)
    text = "A bomb exploded on a railway track near Jacobabad on Sunday. The train escaped and all passengers were safe, officials said."
    (incident,) = extract_incidents(text, published=date(2025, 6, 16))
    assert (incident["killed"], incident["wounded"]) == (0, 0)


def test_a_later_paragraph_led_by_the_group_keeps_its_actor() -> None:
    """'On 9 May, the group abducted 15 women' and 'On May 9 they kidnapped ...' are the group named just before."""
    from tasks.extract import extract_incidents

    for text in (
        "MAIDUGURI (IW) - Boko Haram fighters killed six fishermen near Lake Chad on 6 May, officials said. "
        "On 9 May, the group abducted 15 women near Bama.",
        "MANILA (IW) - Abu Sayyaf gunmen killed a soldier in Sulu on May 4. On May 9 they kidnapped two fishermen off Tawi-Tawi.",
    ):
        found = extract_incidents(text, published=date(2026, 5, 11))
        assert len(found) == 2 and found[1]["perpetrator"] == found[0]["perpetrator"] != "Unknown"


def test_day_named_toll_of_another_attack_is_its_own_incident() -> None:
    from tasks.extract import extract_incidents

    text = (
        "TILLABERI, Niger (IW) - Gunmen on motorbikes killed nine villagers in Tondikiwindi on Monday. "
        "The toll from Saturday's attack on a market in Ouallam rose to 21, officials said on Wednesday."
    )
    found = sorted((i["event_date"], i["killed"]) for i in extract_incidents(text, published=date(2025, 11, 27)))
    assert found == [("2025-11-22", 21), ("2025-11-24", 9)]


def test_reference_back_in_a_trailing_tally_does_not_join_the_clause() -> None:
    from tasks.extract import extract_incidents

    text = (
        "KADUNA, Nigeria (IW) - Gunmen killed eight worshippers in a church in Kauru on Sunday, and killed four more people "
        "in a nearby village on Tuesday, bringing to 12 the number killed in the area this week, police said."
    )
    found = sorted((i["event_date"], i["killed"]) for i in extract_incidents(text, published=date(2025, 11, 27)))
    assert found == [("2025-11-23", 8), ("2025-11-25", 4)]


def test_ranks_abbreviated_before_a_name_do_not_end_a_sentence() -> None:
    text = "Army Pfc. John Smith, 21, was killed when the convoy was hit. Insp. Musa Ali said Supt. Bello had confirmed it."
    assert split_sentences(text) == [
        "Army Pfc. John Smith, 21, was killed when the convoy was hit.", "Insp. Musa Ali said Supt. Bello had confirmed it.",
    ]


def test_a_day_that_dates_a_statement_about_past_deaths_starts_no_incident() -> None:
    lead = "Suspected militants attacked a village in Borno state on Saturday, killing seven people."
    assert len(group_mentions([lead, "On Monday, the health minister said 23 people had died."], date(2025, 3, 5))) == 1
    assert len(group_mentions([lead, "On Monday, gunmen killed four more people in Gwoza."], date(2025, 3, 5))) == 2

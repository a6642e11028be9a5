"""Killed / wounded / kidnapped / perpetrators killed with low-best-high (tasks/extract/casualties.py)."""

from __future__ import annotations

import pytest

from tasks.extract.casualties import extract_casualties


def figures(*sentences: str, claims: frozenset[int] = frozenset()) -> dict:
    result = extract_casualties(list(sentences), claims)
    result.pop("evidence")
    return result


def test_seed_sentences() -> None:
    result = figures(
        "Islamic State (ISIS) claimed responsibility on Tuesday for an attack on Monday targeting an army post "
        "in northern Iraq which security sources said had killed a commanding officer and four soldiers.",
        "The security sources said five others had also been wounded.",
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (5, 5, 5)
    assert (result["wounded"], result["wounded_low"], result["wounded_high"]) == (5, 5, 5)


def test_active_and_passive_forms() -> None:
    result = figures("A car bomb exploded in Musayyib, killing five people and injuring 13 others.")
    assert (result["killed"], result["wounded"]) == (5, 13)
    result = figures("At least 21 people were killed and more than 100 injured in a series of bombings.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (21, 21, None)
    assert result["wounded"] == 100


def test_figures_in_one_sentence_add_up() -> None:
    result = figures("Four were killed and twelve wounded in the van bombing and two were killed and four wounded in a mortar attack.")
    assert (result["killed"], result["wounded"]) == (6, 16)


def test_attackers_go_to_perpetrators_killed() -> None:
    result = figures(
        "Gunmen opened fire on the university, killing 20 people and wounding another 20.",
        "At least four of the attackers were also killed during the attack.",
    )
    assert (result["killed"], result["wounded"], result["perpetrators_killed"]) == (20, 20, 4)


def test_mixed_composed_count_is_split() -> None:
    result = figures("19 militants and seven soldiers were killed in the fighting.")
    assert (result["killed"], result["perpetrators_killed"]) == (7, 19)


def test_left_dead() -> None:
    result = figures("Militants attacked an army post, killing at least 10 soldiers and sparking a firefight that left 23 militants dead.")
    assert (result["killed"], result["perpetrators_killed"]) == (10, 23)


def test_revised_toll_replaces_first_figure() -> None:
    result = figures("A bomb killed 8 people.", "The death toll later rose to 12.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (12, 12, 12)
    result = figures("A bomb killed 8 people on Monday.", "Two of the wounded died in hospital, raising the death toll to 10.")
    assert result["killed"] == 10


def test_later_breakdown_is_not_added() -> None:
    result = figures("A wave of attacks killed 46 people.", "At least 31 were killed in four bombings in Baghdad, while 6 died in Taji.")
    assert result["killed"] == 46


def test_additional_deaths_are_added() -> None:
    result = figures("Five soldiers were killed in the ambush.", "Another two died later in hospital.")
    assert result["killed"] == 7


def test_claimed_figure_widens_range_but_is_not_best() -> None:
    result = figures(
        "Officials said 10 soldiers were killed in the attack.",
        "The Taliban said they killed 30 soldiers.",
        claims=frozenset({1}),
    )
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (10, 10, 30)


def test_aside_does_not_double_count() -> None:
    result = figures("Seven people, including a police officer, were killed after gunmen opened fire.")
    assert result["killed"] == 7


def test_including_is_a_subset() -> None:
    result = figures("The bomber killed at least 15 people, including 13 policemen and one soldier killed in the blast.")
    assert result["killed"] == 15


@pytest.mark.parametrize(
    ("sentence", "killed", "wounded"),
    [
        ("No one was hurt in the blast.", 0, 0),
        ("There were no casualties.", 0, 0),
        ("There were no reported casualties in the attack.", 0, 0),
        ("The police officers inside were unharmed.", 0, 0),
    ],
)
def test_no_casualties_is_zero(sentence: str, killed: int, wounded: int) -> None:
    result = figures(sentence)
    assert (result["killed"], result["wounded"]) == (killed, wounded)


def test_no_reports_of_casualties_is_unknown() -> None:
    result = figures("There were no immediate reports of casualties.")
    assert result["killed"] is None and result["wounded"] is None


def test_single_named_victim() -> None:
    assert figures("Governor Ahmed Khan was shot dead by gunmen.")["killed"] == 1


def test_suicide_bomber_counts_as_perpetrator_killed() -> None:
    result = figures("A suicide bomber blew himself up at a checkpoint, killing three policemen.")
    assert (result["killed"], result["perpetrators_killed"]) == (3, 1)


def test_kidnapped() -> None:
    assert figures("Gunmen kidnapped 276 schoolgirls from a school in Chibok.")["kidnapped"] == 276
    assert figures("Militants took 30 people hostage.")["kidnapped"] == 30


def test_agent_count_is_not_a_victim_count() -> None:
    result = figures("Two gunmen shot dead four people.")
    assert result["killed"] == 4 and result["perpetrators_killed"] is None


def test_dozens_killed() -> None:
    result = figures("Dozens of people were killed.")
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (24, 24, None)


def test_stabbed_people_are_wounded_unless_they_died() -> None:
    assert figures("A man stabbed two people at a bus stop.")["wounded"] == 2
    assert figures("A man stabbed two people to death.")["killed"] == 2


def test_non_person_counts_are_ignored() -> None:
    result = figures("At least 106 protesters in 21 cities have been killed.")
    assert result["killed"] == 106


def test_another_and_the_other_are_one_more_victim() -> None:
    assert figures("One soldier was killed and another was wounded when a bomb went off.")["wounded"] == 1
    assert figures("Gunmen opened fire on two engineers, killing one and wounding the other.")["wounded"] == 1


def test_possessive_victims_count_one() -> None:
    assert figures("The bomb killed eight members of the District Reserve Guard and their civilian driver.")["killed"] == 9


def test_sustained_and_suffered_injuries() -> None:
    assert figures("Five troopers were killed and three sustained bullet wounds.")["wounded"] == 3
    assert figures("Five people suffered light to moderate injuries in the blast.")["wounded"] == 5


def test_a_wounded_victim_who_later_died_adds_one_death() -> None:
    assert figures(
        "Gunmen attacked a checkpoint, killing four fighters.",
        "A fifth fighter who was seriously wounded later died of his wounds in a hospital.",
    )["killed"] == 5


def test_no_one_killed_or_hurt_is_zero_of_both() -> None:
    result = figures("Terrorists attacked a police station at Hombori. No one was killed or hurt in the attack.")
    assert (result["killed"], result["wounded"]) == (0, 0)


def test_ordinals_count_one_more_victim() -> None:
    assert figures("Two policemen were killed and a third was wounded.")["wounded"] == 1


def test_companions_and_onlookers_are_people() -> None:
    assert figures("A social leader was shot dead and his companion was injured.")["wounded"] == 1
    assert figures("The blast killed four passengers and injured an onlooker.")["wounded"] == 1


def test_an_adverb_between_the_verb_and_the_count() -> None:
    assert figures("A bomb killed a child and injured critically 5 others.")["wounded"] == 5


def test_a_ships_crew_taken_with_it_is_kidnapped() -> None:
    assert figures("The Houthis seized a bulk carrier and took its 22 crew members to the port of Hodeidah.")["kidnapped"] == 22


def test_one_of_his_bodyguards_joins_the_victim_past_a_place() -> None:
    from tasks.extract import extract_incidents

    sentence = "Gunmen shot dead the mayor of the town of Tacambaro in Michoacan state and one of his bodyguards late Saturday."
    assert extract_incidents(sentence)[0]["killed"] == 2
    named = "On Thursday, gunmen shot dead Abdirahman Nur, the district commissioner of Beledweyne, and one of his bodyguards."
    assert extract_incidents(named)[0]["killed"] == 2


def test_left_n_killed_and_headline_present_tense() -> None:
    from tasks.extract import extract_incidents

    assert figures("A suicide bombing in an academy of Kabul left at least 48 killed and 67 injured.")["killed"] == 48
    assert extract_incidents("Sikh militants massacre 34 Hindu bus passengers near a phony road block in Haryana.")[0]["killed"] == 34
    assert extract_incidents("Suicide bomber in Colombo kills Sri Lankan President Ranasinghe Premadasa.")[0]["killed"] == 1


def test_an_attack_that_has_killed_people_is_news_an_insurgency_that_has_is_background() -> None:
    from tasks.extract import extract_incidents

    assert extract_incidents("A rebel attack in the Congolese town of Beni has killed at least 11 people.")[0]["killed"] == 11
    assert extract_incidents("The insurgency has killed more than 35,000 people since 2009.") == []


def test_a_superseded_first_report_does_not_replace_the_revised_toll() -> None:
    result = figures(
        "The death toll from a night raid on the village of Boga has risen to 17, a local leader said.",
        "The first reports on Monday put the number of dead at 12.",
    )
    assert result["killed"] == 17


def test_a_hypothetical_toll_is_not_a_figure() -> None:
    assert figures("He had been hours from an attack that could have killed dozens of people.")["killed"] is None


def test_an_age_and_a_comma_list_are_read_as_people() -> None:
    assert figures("A driver rammed the crowd, killing a 67-year-old woman.")["killed"] == 1
    assert figures("Gunmen stormed the church, carrying off the pastor, his wife and 23 members of the congregation.")["kidnapped"] == 25


def test_bodies_pulled_from_the_rubble_are_the_dead() -> None:
    assert figures("Rescue workers said they had pulled 23 bodies from the wreckage of the market.")["killed"] == 23


@pytest.mark.parametrize(
    ("sentence", "role", "value"),
    [
        ("He said soldiers had neutralised 11 terrorists and recovered two gun trucks.", "perpetrators_killed", 11),
        ('He said troops had killed "a dozen terrorists" while repelling the assault.', "perpetrators_killed", 12),
        ("Two miners survived with wounds and walked for two days through the forest.", "wounded", 2),
        ("At least nine people with machete wounds were being treated at the general hospital.", "wounded", 9),
        ("The attack left both men with serious injuries.", "wounded", 2),
        ("Search teams found four more bodies, bringing the death toll from last weekend's attack to 11.", "killed", 11),
        ("A journalist who was beaten by a group of men on Monday night died of his injuries on Thursday.", "killed", 1),
    ],
)
def test_wire_phrasings(sentence: str, role: str, value: int) -> None:
    assert figures(sentence)[role] == value


def test_the_attackers_own_toll_names_no_victims() -> None:
    result = figures(
        "Two passengers were shot dead during the night.",
        'The group said its fighters had "executed" eleven soldiers travelling in civilian clothes.',
        claims=frozenset({1}),
    )
    assert "soldiers" not in result["victims"]
    assert (result["killed"], result["killed_high"]) == (2, 11)


def test_passengers_held_by_hijackers_are_kidnapped() -> None:
    assert figures("Gunmen hijacked a passenger coach on Tuesday and held 31 passengers for several hours.")["kidnapped"] == 31


def test_a_named_victim_and_her_driver_are_two() -> None:
    result = figures("Rosalía Benítez Ocampo, 46, mayor of San Miguel Totolapan, and her driver were killed when attackers opened fire.")
    assert result["killed"] == 2


def test_a_precise_toll_replaces_a_first_dozens() -> None:
    result = figures(
        "Rebels killed dozens of civilians in a night-time raid on a village, local officials said.",
        "The army's spokesman put the toll at 27 civilians.",
    )
    assert (result["killed_low"], result["killed"]) == (27, 27)


def test_guerrillas_killed_are_attackers() -> None:
    result = figures("Four other soldiers were wounded and seven guerrillas were killed, he said.")
    assert (result["perpetrators_killed"], result["killed"]) == (7, 0)  # wounded soldiers and no dead victims: 0 killed


def test_everyone_aboard_a_hijacked_coach() -> None:
    from tasks.extract.casualties import people_aboard

    sentence = "The Karachi-bound coach was carrying 26 passengers, its driver and a conductor when armed men blocked the highway."
    assert people_aboard([sentence]) == (28, sentence)
    assert people_aboard(["The bus hit a mine."]) is None


@pytest.mark.parametrize(
    ("sentence", "role", "value"),
    [
        ("A subedar and three sepoys were martyred when terrorists attacked a check post.", "killed", 4),
        ("In the ensuing exchange of fire, six khwarij were sent to hell, the statement said.", "perpetrators_killed", 6),
        ('"No life was lost in the Rim incident.', "killed", 0),
        ("There was no loss of life, the officer said.", "killed", 0),
    ],
)
def test_south_asian_and_local_press_phrasings(sentence: str, role: str, value: int) -> None:
    assert figures(sentence)[role] == value


def test_a_wounded_man_who_succumbed_is_not_also_wounded() -> None:
    result = figures(
        "Six jawans and a civilian driver were killed when naxals blew up their vehicle on Monday.",
        "A head constable who was critically injured in the blast succumbed on Tuesday, taking the toll to eight.",
        "Four other jawans sustained injuries.",
    )
    assert (result["killed"], result["wounded"]) == (8, 4)


def test_a_fuller_account_of_a_named_victim_and_his_companion() -> None:
    result = figures(
        "A district chief was killed yesterday when a bomb attached to his car exploded.",
        "Mawlawi Habibullah Zahid, the head of Surkh Rod district, and one of his bodyguards lost their lives in the blast.",
    )
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (2, 2, 2)


def test_a_toll_up_from_an_earlier_figure() -> None:
    result = figures(
        "The brothers were among 19 people who have now lost their lives after a suicide bomber blew herself up at the market "
        "on Saturday, officials said, up from the 15 dead announced at the weekend.",
        "Four of the wounded died overnight at the hospital.",
    )
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (19, 19, 19)


def test_no_soldiers_were_killed_and_teachers_nursing_injuries() -> None:
    assert figures("No soldiers were killed, the army said.")["killed"] == 0
    assert figures("Five teachers are nursing injuries after they were flogged by separatist fighters on Monday.")["wounded"] == 5


def test_a_bus_driven_off_with_its_driver_and_passengers_aboard() -> None:
    from tasks.extract.casualties import people_aboard

    sentence = "Gunmen seized a passenger bus and drove it into the bush with its driver and 23 passengers aboard."
    assert people_aboard([sentence]) == (24, sentence)


@pytest.mark.parametrize(
    ("sentences", "killed"),
    [
        (["The chief administrator was gunned down yesterday morning along with two of his bodyguards."], (3, 3, 3)),
        (["Two more people died on Sunday, bringing to nine the number of dead from Saturday night's massacre.",
          "Seven people were left dead at the scene."], (9, 9, 9)),
        (["Rebels killed at least 19 civilians late on Sunday, the army said, while civil society groups put the death toll at 26."], (19, 19, 26)),
        (["Seven people were killed late Wednesday, the centre said on Thursday, raising an earlier toll of three."], (7, 7, 7)),
    ],
)
def test_tolls_as_wires_write_them(sentences: list[str], killed: tuple) -> None:
    result = figures(*sentences)
    assert (result["killed_low"], result["killed"], result["killed_high"]) == killed


def test_members_of_an_armed_group_killed_are_attackers() -> None:
    result = figures("Five suspected members of the Bangsamoro Islamic Freedom Fighters were killed and three soldiers were wounded.")
    assert (result["perpetrators_killed"], result["killed"], result["wounded"]) == (5, 0, 3)
    assert figures("Two members of the security forces were killed.")["killed"] == 2


def test_none_of_the_seafarers_was_hurt() -> None:
    assert (figures("The manager said none of the seafarers was hurt.")["killed"]) == 0


def test_officials_figure_before_the_claim_in_one_sentence_stays_best() -> None:
    result = figures(
        "A suicide bomber killed seven people on Sunday, officials said, in an attack claimed by the Islamic State group.",
        'ISKP said on Telegram that one of its fighters had killed "more than 30 rafidah".',
        claims=frozenset({0, 1}),
    )
    assert (result["killed_low"], result["killed"]) == (7, 7)


def test_no_soldier_was_killed() -> None:
    assert figures("No soldier was killed, but three enlisted men sustained shrapnel and gunshot wounds.")["killed"] == 0


@pytest.mark.parametrize(
    ("sentence", "role", "value"),
    [
        # "of them" counts whoever was named last: the attackers here, so the army's toll is theirs
        ("Troops engaged bandits in a fierce gun battle near Yankuzo, neutralising 11 of them, the army said.", "perpetrators_killed", 11),
        ("Gunmen rounded up villagers and killed 11 of them.", "killed", 11),
        ("One soldier paid the supreme price while two others sustained injuries.", "killed", 1),
        ("An Israeli drone strike on a house killed a woman and her two teenage sons last night.", "killed", 3),
        ("A head constable and four jawans of the District Reserve Guard, along with the civilian driver of their hired vehicle, "
         "were killed when Maoists blew up their vehicle.", "killed", 6),
    ],
)
def test_antecedents_euphemisms_and_possessive_groups(sentence: str, role: str, value: int) -> None:
    assert figures(sentence)[role] == value


def test_only_the_later_death_adds_to_the_toll() -> None:
    lead = "Fighters attacked an army position on an island in Lac province, killing 12 soldiers."
    update = "An army spokesman said 11 soldiers lost their lives on the spot and a twelfth died of his wounds in hospital."
    assert figures(update)["killed"] == 12
    assert figures(lead, update)["killed"] == 12


def test_a_later_death_told_inside_the_toll_and_again_below_is_counted_once() -> None:
    lead = ("An Israeli strike on a car yesterday killed three people, including a 12-year-old girl, "
            "after a woman wounded in the attack died in hospital overnight.")
    detail = "The drone hit the car, killing the driver and his daughter instantly and wounding four people."
    again = "The sister, who had been taken to a hospital with shrapnel wounds, succumbed to her injuries before dawn."
    result = figures(lead, detail, again)
    assert (result["killed"], result["wounded"]) == (3, 4)


def test_the_attacker_shot_dead_and_no_one_else_killed() -> None:
    lead = ("A motorist rammed his car into a group of soldiers at the junction this morning, "
            "wounding three of them before he was shot dead, the military said.")
    result = figures(lead, "No one else was killed, the military said.")
    assert (result["killed"], result["wounded"], result["perpetrators_killed"]) == (0, 3, 1)


def test_everyone_held_on_board_a_commandeered_coach() -> None:
    sentence = ("Armed men commandeered a passenger coach on Monday night and forced the driver off the road, "
                "holding all 41 people on board for several hours.")
    assert figures(sentence)["kidnapped"] == 41


@pytest.mark.parametrize(
    ("sentences", "killed"),
    [
        (("A police sub-officer and two patrolmen were killed.",), 3),
        (("Gunmen opened fire, leaving two officers and a passer-by dead before security forces killed all four attackers.",), 3),
        (("The district chief and two of his bodyguards died when a bomber walked up to his vehicle.",
          "On Thursday he said two of the nine people wounded in the blast, a shopkeeper and a boy, had died overnight in hospital."), 5),
    ],
)
def test_hyphenated_people_and_wounded_who_died(sentences: tuple[str, ...], killed: int) -> None:
    assert figures(*sentences)["killed"] == killed


def test_ispr_statement_idioms() -> None:
    result = figures(
        "Own troops effectively engaged the khwarij and, in the ensuing intense exchange of fire, six khwarij were sent to hell.",
        '"However, during the intense exchange of fire, Captain Hamza Rauf, age 27 years, resident of District Sialkot, '
        'along with four brave soldiers, having fought valiantly, embraced shahadat," the statement continued.',
    )
    assert (result["killed"], result["perpetrators_killed"]) == (5, 6)


def test_a_lead_that_already_counts_the_later_deaths_and_a_second_source() -> None:
    lead = ("Ten soldiers were killed when jihadists ambushed a military convoy on Thursday, the ministry said, "
            "raising an earlier toll after four wounded soldiers died in hospital.")
    first = "In a first communique the ministry said six soldiers had been killed and 13 wounded."
    later = 'A second statement on Friday said four of the injured had "succumbed to their wounds".'
    riposte = 'The ministry said the troops\' riposte made it possible to "neutralise" 21 assailants.'
    result = figures(lead, first, later, riposte)
    assert (result["killed"], result["wounded"], result["perpetrators_killed"]) == (10, 13, 21)
    other_source = ("A drone strike on a market on Tuesday killed at least 11 civilians, according to a local official, "
                    "while a civil-society collective said 17 people lost their lives.")
    result = figures(other_source)
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (11, 11, 17)


def test_shot_him_dead_and_a_rubber_tapper_and_his_wife() -> None:
    assert figures("Gunmen broke into the residence of the village head, Alhaji Bello Dange, and shot him dead.")["killed"] == 1
    assert figures("Gunmen on a motorcycle shot dead a rubber tapper and his wife as they rode home.")["killed"] == 2


def test_a_surname_and_his_driver() -> None:
    assert figures("Fru and his driver were killed when gunmen opened fire on their car at Baba I.")["killed"] == 2
    assert figures("Soldiers and their driver were killed.")["killed"] == 1  # not a name: the soldiers are uncounted


@pytest.mark.parametrize(
    ("sentences", "role", "value"),
    [
        (("The death toll from a bomb attack on a passenger minibus in Kabul's mainly Shiite Dasht-e-Barchi neighbourhood "
          "on Thursday has risen to five, a police spokesman said.", "Police had earlier put the toll at three dead."), "killed", 5),
        (("A local journalist who was beaten by a gang of miscreants in Patiya upazila on Friday night died while "
          "undergoing treatment yesterday afternoon, police said.",), "killed", 1),
    ],
)
def test_a_long_toll_phrase_an_earlier_toll_and_a_long_relative_clause(sentences: tuple[str, ...], role: str, value: int) -> None:
    assert figures(*sentences)[role] == value


def test_workers_and_their_driver_held_aboard_a_seized_minibus() -> None:
    from tasks.extract.casualties import people_aboard

    sentence = ("Armed men seized a minibus carrying 14 Egyptian farm workers on Thursday night and are still holding "
                "the passengers and their Libyan driver.")
    assert people_aboard([sentence])[0] == 15


@pytest.mark.parametrize(
    ("sentence", "role", "value"),
    [
        ("Police have found the bodies of three of the nine gold miners abducted from a mine last Sunday.", "killed", 3),
        ("Gunmen hijacked a passenger bus early Wednesday and took away 19 of those on board.", "kidnapped", 19),
        ('Troops pursued the attackers, killing eight "takfiri elements" and seizing their weapons.', "perpetrators_killed", 8),
    ],
)
def test_bodies_found_people_taken_off_a_bus_and_takfiri_elements(sentence: str, role: str, value: int) -> None:
    assert figures(sentence)[role] == value


def test_dozens_of_soldiers_and_auxiliaries() -> None:
    assert figures("Dozens of soldiers and auxiliaries were killed on Sunday when jihadists overran a detachment in Sebba.")["killed"] == 24


def test_a_denial_after_the_groups_claim_is_the_report() -> None:
    claim = "The NRF said its fighters attacked a Taliban checkpoint in Khenj district, killing four Taliban fighters and wounding three."
    denial = '"None of our mujahideen were harmed, no one was killed or injured," the Taliban spokesman said on Sunday.'
    result = figures(claim, denial, claims=frozenset({0}))
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (0, 0, 4)
    assert result["wounded"] == 0


def test_a_toll_that_rose_after_two_injured_jawans_succumbed() -> None:
    sentence = ("The death toll in Monday's IED blast in Chhattisgarh's Bijapur district rose to eight after two injured "
                "jawans of the District Reserve Guard (DRG) succumbed to their injuries, officials said.")
    assert figures(sentence)["killed"] == 8


@pytest.mark.parametrize(
    ("sentences", "role", "value"),
    [
        (("Terrorists attacked a police check post in Lakki Marwat district on Thursday night, martyring three policemen.",), "killed", 3),
        (("Gunmen abducted two public school teachers and an electric cooperative lineman late Tuesday.",), "kidnapped", 3),
        (("Soldiers and grieving relatives buried 17 troops at a military cemetery on Wednesday, four days after jihadists overran a base.",
          "Three more soldiers died of their wounds at the division hospital on Tuesday."), "killed", 17),
    ],
)
def test_martyring_a_lineman_and_a_burial_that_counts_every_death(sentences: tuple[str, ...], role: str, value: int) -> None:
    assert figures(*sentences)[role] == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sergeant Ramil Dacanay, 33, was killed, and two privates were wounded.", {"killed": 1, "wounded": 2}),
        ("Two men on a motorcycle shot dead Ismail Yusoh, 58, the headman of Sako village.", {"killed": 1}),
        ("Troops recovered the bodies of three guerrillas, along with four M16 rifles and a shotgun.", {"perpetrators_killed": 3, "killed": None}),
        ("A gun battle left a soldier and three rebels dead, the army said, while the rebels claimed to have killed five troops.",
         {"killed": 1, "killed_high": 5, "perpetrators_killed": 3}),
    ],
)
def test_ages_weapons_and_a_rebel_claim_in_the_same_sentence(sentence: str, expected: dict) -> None:
    result = figures(sentence)
    assert {key: result.get(key) for key in expected} == expected


def test_machete_wounds_and_one_man_shot_in_the_shoulder() -> None:
    assert figures("Eleven other people sustained machete wounds.")["wounded"] == 11
    assert figures("A ranch hand who was shot in the shoulder hid in a corral and was later taken to hospital.")["wounded"] == 1


def test_members_of_a_group_killed_by_militants_are_victims() -> None:
    killed_by_militants = figures("Islamic State militants killed four fighters of the US-backed Syrian Democratic Forces (SDF).")
    killed_by_troops = figures("Troops killed five members of the Bangsamoro Islamic Freedom Fighters.")
    assert (killed_by_militants["killed"], killed_by_militants["perpetrators_killed"]) == (4, None)
    assert killed_by_troops["perpetrators_killed"] == 5


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed youth seized a passenger boat on the Sobat River on Saturday and are holding all 23 people who were aboard.",
        "Prosecutors said 19 of the 23 people taken from it were still missing.",
        "Gunmen raided the village, shot dead a herder and took away 23 people, including the village chief.",
    ],
)
def test_people_held_aboard_taken_from_a_bus_or_taken_away(sentence: str) -> None:
    assert figures(sentence)["kidnapped"] == 23


def test_a_report_of_only_wounded_or_abducted_tells_no_dead() -> None:
    result = figures("FARC dissidents attacked a police station with drones, wounding three officers.")
    assert (result["killed"], result["killed_low"], result["killed_high"], result["wounded"]) == (0, 0, 0, 3)
    assert figures("Gunmen abducted seven children from a coastal village.")["killed"] == 0
    assert figures("Gunmen attacked a police station overnight.")["killed"] is None  # no casualties told at all


# Rules added for issue 3 (casualty figures that generalise); sentences are our own paraphrases.
@pytest.mark.parametrize(
    "sentences, field, expected",
    [
        # "No one else was hurt": the dead stay counted, nobody else was wounded
        (["Attackers shot dead a shopkeeper in the market.", "No one else was hurt."], "wounded", 0),
        (["Attackers shot dead a shopkeeper in the market.", "No one else was hurt."], "killed", 1),
        # a zero for any group of people, killed or injured
        (["Arsonists burned a clinic overnight.", "No patients or nurses were killed or injured."], "wounded", 0),
        # singular and other kinds of wound
        (["Her cousin, who was standing nearby, sustained a gunshot wound to the arm."], "wounded", 1),
        (["Gang members beat the clerks, and three of the clerks sustained deep cuts."], "wounded", 3),
        # a participle clause after the victim noun ("a herder tending his goats nearby sustained ...")
        (["A herder tending his goats nearby sustained shrapnel wounds."], "wounded", 1),
        (["Three porters carrying supplies to the camp sustained bullet injuries."], "wounded", 3),
        # after a possessive an -ing word is an adjective, not a clause: the officer is counted
        (["The raid killed the unit's commanding officer and three soldiers."], "killed", 4),
        # a person hit by a projectile is wounded
        (["A girl walking home was hit by a stray bullet and is in stable condition."], "wounded", 1),
        (["The guard was hit in the shoulder and taken to a clinic."], "wounded", 1),
        # "wounded a third before fleeing": one more victim
        (["Gunmen shot dead two traders and wounded a third before fleeing."], "wounded", 1),
        # the passive of "leaving N dead"
        (["Four farmers and a boy were left dead after the raid."], "killed", 5),
        # "the number of fallen rose to N" revises the toll
        (["Two guards were killed in the raid.", "A third guard died later, so the number of fallen rose to three."], "killed", 3),
        # hostages freed tell how many were held
        (["Commandos stormed the building and freed all 14 hostages."], "kidnapped", 14),
        # the bomber's own death, stated after an aside
        (["The bomber, who had driven a van to the gate, died in the explosion."], "perpetrators_killed", 1),
        # Latin American armies' word for the guerrillas they kill
        (["Nine soldiers and six subversives died in the fighting."], "perpetrators_killed", 6),
    ],
)
def test_issue3_casualty_patterns(sentences: list[str], field: str, expected: int) -> None:
    assert extract_casualties(sentences)[field] == expected


def test_count_of_a_named_gang_is_not_people() -> None:
    # "members of the 100 Lions gang": a gang's name holds a number that counts nobody
    result = extract_casualties(["Members of the 100 Lions gang abducted five fishermen on Friday."])
    assert result["kidnapped"] == 5


def test_fuller_count_of_the_first_victim_replaces_it() -> None:
    # the lead names one victim; a later sentence lists him with others: one fuller count, not two sources
    result = extract_casualties([
        "A roadside bomb killed a district governor on Monday.",
        "The governor of the district, Ali Hassan, and three of his guards lost their lives when the bomb went off.",
    ])
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (4, 4, 4)


def test_eyewitness_figure_ranks_below_an_agency_figure() -> None:
    result = extract_casualties([
        "Residents reached by telephone said 20 people were killed.",
        "A UN report said at least 12 civilians had lost their lives.",
    ])
    assert (result["killed"], result["killed_low"]) == (12, 12)


def test_official_denial_before_a_claim_is_the_report() -> None:
    result = extract_casualties([
        "The army said no soldier was killed in the clash.",
        "The rebels said in a statement that their fighters had killed seven soldiers.",
    ], claim_indexes=frozenset({1}))
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (0, 0, 7)


def test_present_tense_shoot_dead_takes_its_object() -> None:
    # list entries and headlines tell the attack in the present tense
    result = figures("Raiders shoot dead at least six villagers and another four were hurt.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (6, 6, None)
    assert result["wounded"] == 4


def test_including_list_without_closing_comma_is_an_aside() -> None:
    result = figures("Nine people, including two traffic wardens were killed when the device went off.")
    assert result["killed"] == 9
    result = figures("At least 11 people including pupils, teachers and a guard have been wounded in the blast.")
    assert result["wounded"] == 11


def test_deaths_and_injuries_as_nouns() -> None:
    result = figures("The ambush on the outpost caused one death and three injuries.")
    assert (result["killed"], result["wounded"]) == (1, 3)
    result = figures("A parcel bomb went off at the depot, leaving at least two deaths and five injured.")
    assert (result["killed"], result["killed_low"], result["killed_high"], result["wounded"]) == (2, 2, None, 5)


def test_death_noun_after_a_counted_noun_is_not_a_toll() -> None:
    # "death squad" is a name, not a figure: only the victims of the verb count
    result = figures("Three members of a rogue death squad killed two shopkeepers in the market.")
    assert result["killed"] == 2


def test_pronoun_refers_back_to_the_people_counted() -> None:
    result = figures("Gunmen stopped three motorists on the highway, killing them all.")
    assert result["killed"] == 3
    result = figures("Bandits seized two herdsmen near the river and slit their throats.")
    assert result["killed"] == 2
    result = figures("Soldiers surrounded eight militants in a farmhouse, killing them.")
    assert (result["killed"], result["perpetrators_killed"]) == (None, 8)


def test_pronoun_does_not_count_people_already_counted() -> None:
    result = figures("Five villagers were killed when raiders took five villagers and beheaded them.")
    assert result["killed"] == 5


def test_one_wounded_person_without_a_number() -> None:
    result = figures("A guard was killed and another was wounded when the convoy was attacked.")
    assert (result["killed"], result["wounded"]) == (1, 1)
    result = figures("A driver was shot dead, while the head of the depot was seriously injured.")
    assert (result["killed"], result["wounded"]) == (1, 1)
    result = figures("The gunman was wounded and taken into custody.")
    assert result["wounded"] is None
    result = figures("A soldier was killed in the blast. No one else was hurt.")
    assert (result["killed"], result["wounded"]) == (1, 0)


def test_kidnapped_and_killed_and_present_passive_are_one_victim() -> None:
    assert figures("A local reporter was abducted and killed by unknown men.")["killed"] == 1
    assert figures("The provincial judge is murdered outside his home.")["killed"] == 1


def test_an_armed_group_named_as_the_dead_are_attackers() -> None:
    result = figures("Four guards were killed and six Taliban were killed when the Taliban tried to overrun the post.")
    assert (result["killed"], result["perpetrators_killed"]) == (4, 6)
    result = figures("Eleven Taliban fighters died in the clash with the police.")
    assert (result["killed"], result["perpetrators_killed"]) == (None, 11)
    # a person of the group, or a standing force's fighters, are victims
    assert figures("A Taliban district governor and his driver were killed by a roadside bomb.")["killed"] == 2
    assert figures("Three Syrian Democratic Forces fighters were killed when a mine went off.")["killed"] == 3


def test_wound_phrase_with_several_describing_words() -> None:
    assert figures("One constable suffered a slight bullet wound and was taken to a clinic.")["wounded"] == 1
    assert figures("Three guards received deep machete and stab injuries.")["wounded"] == 3
    assert figures("The two drivers sustained no injuries in the ambush.")["wounded"] == 0  # the zero, not a count of 2


def test_one_told_dead_outranks_a_claim_only_figure() -> None:
    result = figures(
        "A corporal lost his life in the firefight, the brigade said.",
        "The rebels said on their radio that their fighters had killed six soldiers.",
        claims=frozenset({1}),
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (1, 1, 6)


def test_perfect_tense_subject_is_the_killer() -> None:
    result = figures("The group said in a video that its gunman had killed 12 policemen.")
    assert result["killed"] == 12
    assert result["perpetrators_killed"] is None


def test_members_of_a_group_named_by_its_kind_are_attackers() -> None:
    result = figures("Two members of the armed group died in the exchange, and a soldier was wounded.")
    assert result["perpetrators_killed"] == 2
    assert result["killed"] in (None, 0)


def test_of_whom_after_attackers() -> None:
    result = figures("Villagers fought back against the raiders, three of whom were killed.")
    assert result["perpetrators_killed"] == 3


def test_part_of_the_wounded_who_died() -> None:
    result = figures("A bomb at the bus stand killed four people.", "Three of the ten injured died overnight in hospital.")
    assert (result["killed"], result["wounded"]) == (7, 10)


def test_now_total_already_counts_later_deaths() -> None:
    result = figures("The dead now number 20: 20 people have now died after the blast.", "Two of the wounded died on Monday.")
    assert result["killed"] == 20


def test_bodies_recovered_are_the_dead() -> None:
    assert figures("Rescuers said 11 bodies had been recovered from the ravine.")["killed"] == 11


def test_breakdown_after_a_dash_is_not_added() -> None:
    assert figures("The toll rose to 15 - six soldiers and nine villagers - the governor said.")["killed"] == 15
    assert figures("The raid killed nine people (seven farmers and two herders) and wounded four.")["killed"] == 9


def test_apposition_with_an_age_before_the_verb() -> None:
    result = figures("Five guards were hurt; one of them, Sergeant Ali Musa, 41, died on Sunday in a hospital in Kano.")
    assert (result["killed"], result["wounded"]) == (1, 5)


def test_any_adverb_before_the_participle() -> None:
    assert figures("Three herders were wrongly killed and two others hurt near the river.")["killed"] == 3


def test_militants_killed_by_an_air_strike_are_its_victims() -> None:
    result = figures("An air strike on a hideout killed nine suspected militants, officials said.")
    assert (result["killed"], result["perpetrators_killed"]) == (9, None)
    # the attackers of the incident stay attackers, whatever killed them
    result = figures("Gunmen stormed the camp, killing four guards; helicopters were called in and 12 assailants were neutralised.")
    assert (result["killed"], result["perpetrators_killed"]) == (4, 12)


def test_verb_with_a_complement_joined_by_and() -> None:
    assert figures("Two drivers were pulled from their lorry and shot dead.")["killed"] == 2
    assert figures("Five farmers were seized by raiders and later killed.")["killed"] == 5
    # an active casualty verb is not the joined verb: the subject stays the agent, not two wounded
    result = figures("Two attackers killed their landlord and injured three neighbours.")
    assert (result["wounded"], result["perpetrators_killed"]) == (3, None)


def test_two_named_victims_are_the_report_and_a_claim_only_widens() -> None:
    result = figures(
        "In the raid, Sergeant Luis Alberto Gómez and Private Mario Ruiz Castaño lost their lives.",
        'The rebels later said their commandos had killed "more than twenty" troops.',
        claims=frozenset({1}),
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (2, 2, 20)


def test_a_claimed_count_is_not_read_as_a_lone_victim() -> None:
    result = figures(
        "Four farm labourers clearing a field near Oksibil, in the highlands district, were killed by the attackers.",
        "A spokesman for the rebels said its unit had done it and said that nine labourers had been killed.",
        claims=frozenset({1}),
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (4, 4, 9)


def test_a_single_resident_ranks_below_the_hospital() -> None:
    result = figures(
        "An air strike on a cattle market killed at least 9 people, residents and a nurse said.",
        "A nurse at the district clinic said nine bodies had arrived there.",
        "A resident who said he had counted the graves put the toll at 15.",
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (9, 9, 15)


def test_a_monitors_running_total_is_not_the_toll() -> None:
    result = figures(
        "Gunmen killed three traders at a bus stop on Friday, police said.",
        "The state recorded more than 300 violent deaths in the first quarter of the year.",
        "Monitors have documented hundreds of civilian deaths in the district.",
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (3, 3, 3)


def test_a_wounded_victim_who_died_after_an_aside_is_added() -> None:
    result = figures(
        "Attackers opened fire on a bar, killing four men and wounding two, police said.",
        "One of the wounded, a young waiter, died in hospital on Friday.",
    )
    assert (result["killed"], result["wounded"]) == (5, 2)


def test_a_later_death_that_completes_a_breakdown_is_not_added_twice() -> None:
    result = figures(
        "Militants overran an outpost on Sunday, leaving six guards dead.",
        "A captain and four guards were killed in the first assault and three others were wounded.",
        "One of the wounded, a young recruit, died in hospital on Monday, a medic said.",
    )
    assert result["killed"] == 6


def test_an_earlier_killing_in_a_series_is_not_counted() -> None:
    result = figures(
        "Gunmen shot dead a policeman on Monday, in the third killing of a local official this year.",
    )
    assert result["killed"] == 1


def test_an_ordinal_body_adds_one() -> None:
    result = figures("Officials first reported two dead; on Friday rescuers pulled a third body from the rubble.")
    assert result["killed"] == 3


def test_attacker_shot_dead_by_troops_after_wounding_a_soldier() -> None:
    result = figures("A man stabbed a guard at the gate, lightly wounding him, before police shot him dead.")
    assert result["perpetrators_killed"] == 1
    result = figures("Police said one dacoit was killed when officers returned fire.")
    assert (result["perpetrators_killed"], result["killed"]) == (1, None)


def test_victims_told_with_the_post_they_manned() -> None:
    result = figures("Six militiamen manning a roadblock on the highway have been killed and two others wounded.")
    assert (result["killed"], result["wounded"]) == (6, 2)


# Round 5: families of phrasings, each with several members written for this test.
def test_revised_toll_with_a_long_place_phrase_before_its_verb() -> None:
    for text, expected in (
        ("The toll from Friday's car bombing near the main market in Garissa, in the north-east, has risen to 9 after two more victims died.", 9),
        ("The death toll from an ambush on a convoy outside Tillaberi, near the border, climbed to 12 on Sunday.", 12),
    ):
        assert figures(text)["killed"] == expected


def test_inverted_toll_names_any_people_before_the_participle() -> None:
    for text, expected in (
        ("One more soldier died in hospital on Tuesday, bringing to five the number of troops killed in the raid.", 5),
        ("A wounded farmer died overnight, raising to seven the number of villagers dead.", 7),
        ("A guard succumbed on Friday, taking to four the number of security personnel killed at the depot.", 4),
    ):
        assert figures(text)["killed"] == expected


def test_an_ordinal_victim_who_died_sets_the_toll() -> None:
    assert figures("A third ranger has died of injuries from the landmine blast on Sunday.")["killed"] == 3
    assert figures("Two guards were killed at once. A fourth victim later succumbed, doctors said.")["killed"] == 4
    assert figures("A fifth miner died in hospital, bringing the death toll to five.")["killed"] == 5
    result = figures(
        "A third policeman has died after a roadside bomb hit a patrol on Monday.",
        "The blast killed a sergeant and a constable outright and wounded two other officers.",
    )
    assert result["killed"] == 3


def test_people_hit_by_projectiles_are_wounded() -> None:
    assert figures("Three shoppers were hit by stray bullets during the gunfight.")["wounded"] == 3
    assert figures("Two children were struck by shrapnel when the shell landed.")["wounded"] == 2
    assert figures("A bystander received a bullet in the arm and is recovering.")["wounded"] == 1
    assert figures("The second guard was taken to hospital with a gunshot wound to the leg.")["wounded"] == 1


def test_people_marched_or_led_off_are_kidnapped() -> None:
    assert figures("Relatives said nine traders who were marched off a minibus by gunmen are still missing.")["kidnapped"] == 9
    assert figures("Four farmers were led away into the forest by the attackers.")["kidnapped"] == 4


def test_attacker_who_shot_a_victim_dead_is_not_the_dead() -> None:
    result = figures("When the guard tried to close the gate, one of the bandits shot him dead.")
    assert (result["killed"], result["perpetrators_killed"]) == (1, None)
    result = figures("The gunmen shot her dead in front of her shop.")
    assert (result["killed"], result["perpetrators_killed"]) == (1, None)
    assert figures("The gunman wounded a clerk before police shot him dead.")["perpetrators_killed"] == 1


def test_two_victims_named_by_one_name_and_an_age() -> None:
    assert figures("Kamal, 42, and Yusuf were killed as they crossed the field.")["killed"] == 2
    assert figures("Aisha, 17, and Fatima, 15, died at the scene.")["killed"] == 2


def test_inverted_running_tally_over_a_country_is_not_the_toll() -> None:
    result = figures("A radio host was shot dead on Monday, bringing to 8 the number of reporters killed in Honduras this year.")
    assert result["killed"] == 1


def test_hospital_intake_of_bodies_counts_the_dead() -> None:
    assert figures("The district hospital said it had received 14 bodies by nightfall.")["killed"] == 14
    assert figures("The city morgue took in 6 corpses after the shelling.")["killed"] == 6
    assert figures("A clinic said it had received 9 wounded people, some of them children.")["wounded"] == 9


def test_a_hospital_count_widens_the_officials_toll_but_does_not_replace_it() -> None:
    # gold/README.md: officials' figure is best, another source's only widens the range
    result = figures(
        "A police spokesman said three people had been killed and eight wounded in the blast.",
        "A hospital run by a medical charity said it had received 7 bodies and treated 19 wounded people.",
        "The group said in a statement that its fighter had killed 30 people.",
    )
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (3, 3, 30)
    assert (result["wounded_low"], result["wounded"], result["wounded_high"]) == (8, 8, 19)


def test_animals_counted_by_head_or_herd_are_not_people() -> None:
    result = figures("Raiders abducted two herders and took away about 40 head of cattle.")
    assert result["kidnapped"] == 2
    result = figures("The bandits abducted three boys and took away 12 herds of goats.")
    assert result["kidnapped"] == 3


@pytest.mark.parametrize(
    ("sentence", "kidnapped"),
    [
        ("Late on Friday, gunmen seized nine girls from a boarding school on the edge of town, parents said.", 9),
        ("Militants captured 14 soldiers when they overran the outpost.", 14),
        ("Bandits seized 30 villagers on their way to market.", 30),
        ("Troops captured two suspects after a chase.", None),
        ("Police seized 12 rifles from the house.", None),
    ],
)
def test_attackers_seizing_people_take_captives(sentence: str, kidnapped: int | None) -> None:
    assert figures(sentence)["kidnapped"] == kidnapped


def test_as_many_and_initialisms_reach_the_toll() -> None:
    result = figures("Five villagers and as many militiamen were killed when a mine went off.")
    assert result["killed"] == 10
    result = figures("Two U.N. engineers were injured when their convoy hit a mine.")
    assert result["wounded"] == 2


@pytest.mark.parametrize(
    ("sentence", "attackers_dead"),
    [
        ("A gunman sprayed a market with bullets, killing four shoppers before killing himself.", 1),
        ("The attacker wounded six students and then turned the gun on himself.", 1),
        ("Three militants held the hotel for a day, killing nine guests, before they blew themselves up.", 3),
        ("Two assailants stabbed a guard to death before committing suicide.", 2),
        ("A man shot a cashier in a supermarket before both killing themselves.", 2),
        ("The shooter took his own life after killing two worshippers.", 1),
    ],
)
def test_attackers_who_kill_themselves(sentence: str, attackers_dead: int) -> None:
    assert figures(sentence)["perpetrators_killed"] == attackers_dead


def test_self_killing_needs_a_death_and_a_headcount() -> None:
    # a kind of attack, not a death; and plural attackers with no count tell no number
    assert figures("Four women carried out suicide bombings at a market, killing one trader.")["perpetrators_killed"] is None
    assert figures("Unidentified people fired on a bus, wounding three, before killing themselves.")["perpetrators_killed"] is None


@pytest.mark.parametrize(
    ("sentence", "killed", "attackers_dead"),
    [
        ("Bandits raided a farm and killed two herders; soldiers later tracked them and killed five gang members.", 2, 5),
        ("The army said troops had shot dead 30 militia fighters after the raid on the base, which killed four soldiers.", 4, 30),
        ("Police backed by a helicopter reached the hamlet at dawn and killed three militiamen.", None, 3),
        ("Army commandos neutralised 12 Islamic State members near the border after the group killed a farmer.", 1, 12),
    ],
)
def test_armed_members_killed_by_state_forces(sentence: str, killed: int | None, attackers_dead: int) -> None:
    result = figures(sentence)
    assert (result["killed"], result["perpetrators_killed"]) == (killed, attackers_dead)


def test_civilians_killed_by_forces_stay_victims() -> None:
    result = figures("Residents said soldiers killed six members of one family during the search.")
    assert (result["killed"], result["perpetrators_killed"]) == (6, None)
    result = figures("Officials said insurgents killed four militia fighters guarding the village.")
    assert (result["killed"], result["perpetrators_killed"]) == (4, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Insurgents gunned down the sarpanch of a hamlet near the forest.",
        "Rebels killed a highway maintenance supervisor on the road to the mine.",
        "A gunman opened fire in a café, killing a visiting violin musician.",
        "Unknown men shot dead a shop owner in the bazaar.",
        "The militants killed an elderly religious scholar outside his home.",
    ],
)
def test_role_nouns_count_one_victim(sentence: str) -> None:
    assert figures(sentence)["killed"] == 1


# Round 8: paraphrase families of earlier first misses, in the helpers' own words.
@pytest.mark.parametrize(
    "sentences, killed",
    [
        # an inverted list: the state first, the casualties after it
        (["Killed were a police sergeant and four constables, the statement said."], 5),
        (["Gunmen raided the hamlet before dawn.", "The dead included three women and a baby, a nurse said."], 4),
        (["Among the dead were six herders and two boys, the governor said."], 8),
        # one of the dead named after a toll is a subset, not a count of its own
        (["The group claimed responsibility for a raid on a border post that killed its commander and four soldiers.", "The dead included the captain who led the unit, officers said."], 5),
        (["Gunmen killed six traders at the market.", "Among the dead was the market's chairman, police said."], 6),
        # the bodies of N, with the finding verb after them
        (["By evening the bodies of seven miners had been pulled out of the shaft."], 7),
        # a victim's name in commas between two joined groups
        (["The girl, Ana Lucia Torres, and an elderly street vendor were shot dead near the market."], 2),
        # "raising to N the number ... killed in <weekday>'s attack" is this incident's toll, not a running tally
        (["Three wounded guards died, raising to nine the number of people killed in Friday's ambush, police said."], 9),
        # a negative determiner before the lone victim: nobody died
        (["No policeman lost his life in the assault, the commander said."], 0),
        (["None of the troops was killed, a spokesman said."], 0),
        # a figure the first reports gave, replaced by a later one
        (["Shelling killed four people, according to initial reports.", "Doctors later said nine people had been killed."], 9),
    ],
)
def test_round8_killed_paraphrases(sentences, killed):
    assert figures(*sentences)["killed"] == killed


def test_group_claim_against_a_denial_in_one_sentence():
    result = figures("The rebels claimed they had killed seven soldiers, which the army denied, saying no soldier was killed.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (0, 0, 7)


# Round 9: new kinds of casualty fact, each tested in several phrasings of our own.
@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("A traffic patrolman and a fruit seller were shot dead near the market.", 2),
        ("Two watchmen and a ferryman were killed when the depot was attacked.", 3),
        ("A linesman and a fisherwoman died in the blast.", 2),
    ],
)
def test_man_compound_role_nouns_count_as_people(sentence: str, killed: int) -> None:
    assert figures(sentence)["killed"] == killed


@pytest.mark.parametrize(
    "sentence, role, value",
    [
        ("Three farmers were killed, one of them beheaded, when raiders entered the village.", "killed", 3),
        ("Four guards died, two of them shot at close range, in the night attack.", "killed", 4),
        ("Six people were wounded, two of them critically injured, after the grenade went off.", "wounded", 6),
    ],
)
def test_absolute_subset_aside_is_not_counted_again(sentence: str, role: str, value: int) -> None:
    assert figures(sentence)[role] == value


@pytest.mark.parametrize(
    "sentence",
    ["None of the four was killed.", "Neither of the two guards was killed, officials said.", "None of these three people died."],
)
def test_negated_subject_count_is_not_a_toll(sentence: str) -> None:
    assert figures(sentence)["killed"] == 0


@pytest.mark.parametrize(
    "sentence, wounded",
    [
        ("Three neighbours were cut by flying glass.", 3),
        ("Four shoppers were hurt by falling debris.", 4),
        ("Two sentries on night duty suffered shrapnel wounds.", 2),
    ],
)
def test_wounded_told_by_debris_or_past_a_modifier(sentence: str, wounded: int) -> None:
    assert figures(sentence)["wounded"] == wounded


@pytest.mark.parametrize(
    "sentence",
    [
        "Armed men raided a remote police post in the hills of the northern province on Friday night, killing one officer and seizing three others, the agency said.",
        "The attackers stormed the checkpoint, shot dead a soldier and captured four others before dawn.",
    ],
)
def test_people_seized_by_those_who_killed_are_kidnapped(sentence: str) -> None:
    result = figures(sentence)
    assert result["kidnapped"] in (3, 4)


def test_one_of_the_dead_named_after_a_claimed_toll_is_not_the_toll() -> None:
    """ "The dead included the captain" names one of the five already counted; it must not replace them."""
    from datetime import date

    from tasks.extract import extract_incidents

    text = (
        "KIRKUK, Iraq, May 5 (IW) – Islamic State claimed responsibility on Tuesday for an attack on an army post "
        "near Hawija that killed the post's commanding officer and four soldiers late on Monday.\n\n"
        "Three other soldiers were wounded when militants stormed the post, two army officers said. "
        "The dead included the captain who commanded the position, they said."
    )
    [incident] = extract_incidents(text, date(2026, 5, 5))
    assert (incident["killed"], incident["killed_low"], incident["killed_high"]) == (5, 5, 5)


def test_toll_that_now_stands_at_replaces_first_figure() -> None:
    # a present-tense total ("now stands at") is a revision, not another source's figure
    result = figures("Police first reported three dead after the raid.", "The death toll now stands at 10, a governor said.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (10, 10, 10)


def test_eliminated_attackers_are_perpetrators_killed() -> None:
    # communique wording: "eliminating N insurgents" is attackers killed, like "neutralising"
    result = figures("Troops beat back the raid on their outpost, eliminating 14 insurgents, a military statement said.")
    assert result["perpetrators_killed"] == 14
    assert result["killed"] is None


def test_witness_counting_bodies_and_injured_people() -> None:
    # bodies counted by a witness are the dead, and are not one list with the injured who follow
    result = figures('"I counted six bodies, and at least 15 people were hurt," a trader said.')
    assert result["killed"] == 6
    assert (result["wounded"], result["wounded_low"], result["wounded_high"]) == (15, 15, None)


def test_along_with_after_a_comma_adds_the_others() -> None:
    # "were killed, along with N others": the others set off by a comma are more dead, and attackers among them
    # (a bare group name) go to perpetrators killed
    result = figures("Four police officers were killed, along with a driver, in the ambush.")
    assert result["killed"] == 5
    result = figures("Officials said 30 villagers had died, along with 7 Taliban.")
    assert (result["killed"], result["perpetrators_killed"]) == (30, 7)


def test_correction_notice_figure_is_replaced() -> None:
    # a correction notice reports the first version's figure only to replace it
    result = figures(
        "Correction: A previous version of this report said six workers were killed.",
        "Officials say five workers died when the bomb went off.",
    )
    assert result["killed"] == 5
    result = figures("This story originally stated that 12 people were killed.", "The ministry says 10 people were killed.")
    assert result["killed"] == 10


def test_ordinal_later_death_with_an_aside() -> None:
    # "a third victim, <who>, died": the ordinal sets the toll even with a description in commas
    result = figures("Two guards died at the gate.", "A third victim, a cleaner who was hit by shrapnel, died in hospital on Friday.")
    assert result["killed"] == 3


def test_forces_killing_maoists_are_perpetrators_killed() -> None:
    # India's Maoist insurgents killed by police or a joint unit are the attackers' dead
    result = figures("Police commandos shot dead three Maoists in a gunfight in the forest.")
    assert (result["killed"], result["perpetrators_killed"]) == (None, 3)
    result = figures("A joint team of the police and the Special Task Force killed two Naxalites near the border.")
    assert result["perpetrators_killed"] == 2


def test_air_strike_killing_some_of_them_are_its_victims() -> None:
    # "a strike against militants ..., killing N of them": the strike's victims, not attackers who died
    result = figures("The air force said it carried out an air strike against insurgents hiding near the river, killing seven of them.")
    assert (result["killed"], result["perpetrators_killed"]) == (7, None)
    result = figures("A drone strike targeted militants gathered at a farmhouse on Sunday, killing four of them, the command said.")
    assert (result["killed"], result["perpetrators_killed"]) == (4, None)


def test_figure_answered_by_an_official_zero() -> None:
    # "X said N were killed, but Y said no one was": the zero is best and the disputed figure the upper bound
    result = figures("The rebels' radio said the ambush killed eight soldiers, but an army spokesman said no soldier was killed and three were lightly wounded.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (0, 0, 8)
    assert result["wounded"] == 3
    result = figures("Local media said four guards died, while the ministry insisted nobody was killed.")
    assert (result["killed"], result["killed_high"]) == (0, 4)


def test_local_leader_count_ranks_below_officials() -> None:
    # a community leader's or village head's count is the high end when the police give their own
    result = figures("Gunmen killed four farmers in the raid, a village head said.", "Police said two people were killed.")
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (2, 2, 4)
    result = figures("Police said one person died.", "Community leaders said three residents were killed.")
    assert (result["killed"], result["killed_high"]) == (1, 3)


def test_part_of_captives_found_dead() -> None:
    # "N of the M people taken ... have been found dead": the part is dead, the whole still counted as taken
    result = figures("Three of the seven fishermen abducted at sea last week have been found dead, officials said.")
    assert result["killed"] == 3
    result = figures("Two of the passengers taken off the bus by the gunmen were later killed.")
    assert result["killed"] == 2


def test_wounded_and_arrested_is_an_attacker() -> None:
    # police arrest attackers, not victims: someone "wounded and arrested" is not in wounded
    result = figures("Guards shot dead one of the robbers, and another was wounded and arrested, officials said.")
    assert result["wounded"] is None
    result = figures("Two gunmen were injured and taken into custody after the shootout.")
    assert result["wounded"] is None


def test_no_other_people_hurt_is_a_wounded_zero() -> None:
    # "No other officers were hurt" after a death: nobody wounded, the dead still counted
    result = figures("Gunmen shot dead a traffic officer at a junction.", "No other officers were hurt.")
    assert (result["killed"], result["wounded"]) == (1, 0)


def test_bodies_of_them_point_back_to_the_attackers() -> None:
    # "repelled the raiders ... found the bodies of N of them": the attackers' dead
    result = figures("Soldiers repelled the militants after a long firefight and recovered the bodies of five of them at dawn.")
    assert (result["killed"], result["perpetrators_killed"]) == (None, 5)


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("A missile struck a house in the town on Friday, killing a farmer, his wife and a cousin.", 3),
        ("The shelling killed a teacher, her three sons and two neighbours, officials said.", 6),
        ("Gunmen shot dead an imam, his brother and a shopkeeper outside the mosque.", 3),
    ],
)
def test_list_item_may_open_with_a_possessive(sentence: str, killed: int) -> None:
    assert figures(sentence)["killed"] == killed


@pytest.mark.parametrize(
    "sentence, killed",
    [
        ("A mine hit the patrol truck, killing three of its crew, whom the ministry named as Ali Said, Omar Nur and "
         "Hassan Ade, and a boy who was walking past.", 4),
        ("The blast killed two guards, who had just started their shift, and a passer-by.", 3),
    ],
)
def test_relative_clause_inside_a_victim_list(sentence: str, killed: int) -> None:
    assert figures(sentence)["killed"] == killed


def test_members_of_an_armed_band_in_a_composed_count_are_attackers() -> None:
    result = figures("Three police officers and four members of an armed gang died in the shootout on Sunday, police said.")
    assert (result["killed"], result["perpetrators_killed"]) == (3, 4)
    result = figures("A drone strike killed two members of a local armed group and their driver.")
    assert result["killed"] == 3


def test_armed_band_after_of_a_stays_in_the_noun_phrase() -> None:
    result = figures("Five fighters of a rival rebel faction and a herder were killed in the exchange.")
    assert (result["killed"], result["perpetrators_killed"]) == (1, 5)
    result = figures("Two sons of a village chief were killed when gunmen raided the market.")
    assert result["killed"] == 2


def test_colon_opens_the_breakdown_of_a_stated_toll() -> None:
    result = figures(
        "Officials say twelve people are now confirmed dead: seven police officers killed in the first volley, three "
        "civilians, and two more officers who died of their wounds in hospital."
    )
    assert result["killed"] == 12
    result = figures("Nine are dead: five killed on the spot and four who later died in hospital.")
    assert result["killed"] == 9


def test_one_of_them_after_a_death_toll_is_one_of_the_dead() -> None:
    result = figures(
        "Four policemen have been killed in a landmine blast near the camp.",
        "One of them succumbed to his injuries in hospital on Wednesday.",
    )
    assert result["killed"] == 4
    result = figures(
        "The blast killed two policemen and wounded five others.",
        "One of them succumbed to his injuries in hospital on Wednesday.",
    )
    assert result["killed"] == 3


def test_intruders_killed_by_guards_are_attackers() -> None:
    result = figures("Armed men crossed the border and fired on a post, killing a guard; troops killed three of the intruders.")
    assert (result["killed"], result["perpetrators_killed"]) == (1, 3)


def test_members_of_a_militia_named_against_a_group_are_victims() -> None:
    result = figures("Six members of an anti-Taliban militia were killed in a clash with Taliban fighters.")
    assert (result["killed"], result["perpetrators_killed"]) == (6, None)


def test_source_revising_its_bare_figure_replaces_the_toll() -> None:
    # "revised the figure to N": the noun of the toll is left bare, the new count replaces the first
    result = figures(
        "Gunmen raided a hamlet near the river, burning homes; local officials first counted eight dead.",
        "By Friday the district council had revised its count to 14 as more bodies were found.",
    )
    assert result["killed"] == 14


def test_church_lay_worker_shot_dead_is_counted() -> None:
    # the church's lay roles are people: "shot dead a deacon" counts one dead
    result = figures("Armed men stormed the parish during mass and shot dead a deacon at the gate, wounding three worshippers.")
    assert (result["killed"], result["wounded"]) == (1, 3)


def test_titled_person_and_the_others_killed_counts_both() -> None:
    # a title of address before the name ("The Rev.", "Sheikh", "Dr") still names one more victim
    result = figures("Sheikh Abdi Warsame and two of his students were shot dead outside the mosque.")
    assert result["killed"] == 3


def test_wounded_in_the_attack_then_died_is_a_death() -> None:
    # "a teacher wounded in last month's blast has died": the participle is a relative clause, the verb a death
    result = figures("A teacher injured in the grenade attack on the bus station, in the east of the city, has died.")
    assert result["killed"] == 1
    # the part of a whole: "two of the six people wounded ... had died" counts six wounded, not six dead
    result = figures("Officials said two of the six people wounded in the ambush had died in hospital.")
    assert result["killed"] == 2


def test_an_age_after_aged_is_not_a_count() -> None:
    # "aged 31" in an aside must not cut off the later death after it
    result = figures(
        "Gunmen fired on a minibus, killing two passengers and wounding four.",
        "One of the wounded, a trader aged 31, died of his injuries on Monday.",
    )
    assert result["killed"] == 3


def test_group_own_count_is_the_groups_only_from_where_it_is_told() -> None:
    # the army's figures before "the group said it had killed ..." stay the army's report; the group's count is the high end
    result = figures(
        "Three soldiers and four rebels died in the fighting near the dam, the army said, while the rebels said they had killed 15 soldiers."
    )
    assert (result["killed"], result["killed_low"], result["killed_high"], result["perpetrators_killed"]) == (3, 3, 15, 4)


def test_captors_killed_in_a_rescue_are_perpetrators() -> None:
    # "captors" are the kidnappers, told by what they hold
    result = figures("Police freed the two engineers in a dawn raid in which three of the captors were killed.")
    assert (result["killed"], result["perpetrators_killed"]) == (None, 3)


def test_civil_defence_count_ranks_below_a_hospitals() -> None:
    # README: a health ministry's or hospital's toll is best and a rescue service's higher count the high end
    result = figures(
        "The civil defence service said at least 20 people were killed when the market was shelled.",
        "Al-Shifa hospital said it had received 16 bodies and was treating 40 wounded.",
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (16, 16, 20)
    # alone, the rescue service's figure is the toll
    assert figures("Civil defence officials said six people were killed in the strike on the house.")["killed"] == 6


def test_office_holder_and_his_driver_are_two_dead() -> None:
    # "prefect" names an office holder; the name in commas after the title does not split the pair
    result = figures("Unknown gunmen shot dead the sub-prefect of Koulpelogo, Ali Sawadogo, and his driver on the road to the town.")
    assert result["killed"] == 2
    # a name opening the list is one more: "X, his nephew and his campaign coordinator died"
    assert figures("Mendoza, his nephew and his campaign coordinator died at the scene.")["killed"] == 3


def test_seized_motorcycles_are_not_kidnapped_people() -> None:
    result = figures("Troops said 12 militants were killed and about 15 motorcycles were seized.")
    assert (result["kidnapped"], result["perpetrators_killed"]) == (None, 12)


def test_members_of_the_armed_band_named_before_its_are_attackers() -> None:
    # "its" points back to the band the troops chased, so its dead are the attackers
    result = figures(
        "Gunmen ambushed a police convoy near the market, killing three officers.",
        "Reinforcements chased the armed gang into the hills, killed four of its members and detained two.",
    )
    assert (result["killed"], result["perpetrators_killed"]) == (3, 4)


def test_two_full_names_each_with_an_age_are_two_dead() -> None:
    result = figures("Constables Juan Pablo Rojas Mena, 31, and Diego Andrés Mora Ruiz, 26, were gunned down at the toll booth.")
    assert result["killed"] == 2


def test_dozens_of_wounded_is_a_wounded_count() -> None:
    # the state as a noun after "of", with no article: "scores of injured"; "two of the wounded" stays a partitive
    result = figures("The district hospital said it was treating scores of injured after the market blast, which killed nine people.")
    assert (result["killed"], result["wounded"], result["wounded_low"]) == (9, 40, 40)


def test_two_named_soldiers_with_ages_in_commas_are_two_dead() -> None:
    result = figures(
        "In the firefight, Havildar Gul Zaman, aged 36 and a native of Dir, and Sepoy Asad Khan, aged 22, "
        "having fought bravely, embraced shahadat, the army said."
    )
    assert result["killed"] == 2


def test_one_named_person_wounded_by_a_participle() -> None:
    result = figures("A grenade was thrown at the checkpost overnight, injuring Head Constable Niaz Ali, who is in hospital. No one was killed.")
    assert (result["killed"], result["wounded"]) == (0, 1)
    # a force's name before its members is no single person
    assert figures("The mortar hit the camp, wounding Border Police officers.")["wounded"] is None


def test_residents_in_a_relative_clause_are_the_source_not_the_dead() -> None:
    # "Three farmers who escaped said ..." is who speaks; the count after "said" is the figure, a residents' one
    result = figures(
        "Gunmen killed four villagers in the raid, a district official said.",
        "Three residents who escaped to the county town said nine people had been killed.",
    )
    assert (result["killed"], result["killed_low"], result["killed_high"]) == (4, 4, 9)


def test_a_periods_total_is_not_the_incidents_toll() -> None:
    # "over the past month, a total of N have been neutralised": a sum of many operations, not this one's dead
    result = figures(
        "Troops killed six militants in a raid on a hideout near the border on Monday, the army said.",
        "Over the past month, a total of 41 terrorists have been neutralised in operations across the province.",
    )
    assert result["perpetrators_killed"] == 6


@pytest.mark.parametrize(
    "sentence, roles",
    [
        ("No loss of human life is to be deplored, the prefect said.", {"killed": 0}),
        ("The army said there were no human losses.", {"killed": 0}),
        ("The patrol suffered no losses, a military source said.", {"killed": 0}),
        ("Troops killed seven attackers; no soldier was hurt, the ministry said.", {"killed": 0, "wounded": 0}),
        ("The train escaped and all passengers were safe, officials said.", {"killed": 0, "wounded": 0}),
        ("No one was injured, the emergency services said, and there was no report of deaths.", {"killed": 0, "wounded": 0}),
    ],
)
def test_zero_tolls_in_other_words(sentence: str, roles: dict) -> None:
    result = figures(sentence)
    assert {role: result[role] for role in roles} == roles


def test_no_immediate_reports_still_say_nothing() -> None:
    assert figures("There were no immediate reports of casualties.")["killed"] is None


def test_a_toll_echoed_by_the_participle_is_told_once() -> None:
    assert figures("Fourteen people were killed when gunmen raided the village of Kairu, killing 14, residents said.")["killed"] == 14
    # two killings, each with its own count: "after killing two guards ..., killing 2"
    assert figures("After killing two guards the gunman opened fire on passers-by, killing 2 and wounding 8.")["killed"] == 4


def test_a_zero_for_one_side_gives_way_to_a_victim_told_alone() -> None:
    result = figures(
        "Four people were killed while another was injured when militants attacked a school.",
        "A police vehicle responding to the attack ran over a mine, but no officer was injured.",
    )
    assert (result["killed"], result["wounded"]) == (4, 1)


def test_a_toll_revised_in_its_own_sentence_replaces_the_first() -> None:
    result = figures("An initial toll of four dead from the attack on a church was revised to nine on Monday, the administrator said.")
    assert (result["killed_low"], result["killed"], result["killed_high"]) == (9, 9, 9)


def test_a_provisional_toll_gives_way_to_a_later_figure() -> None:
    result = figures(
        "Gunmen killed 12 villagers on Sunday, according to a provisional toll from the police.",
        "Officials said on Monday that 17 villagers had been killed.",
    )
    assert result["killed"] == 17


def test_one_among_the_injured_along_with_others() -> None:
    result = figures("A gunman opened fire on worshippers in Kano, killing two.", "The imam was among those injured, along with three others.")
    assert (result["killed"], result["wounded"]) == (2, 4)


def test_a_finite_toll_echoed_with_who_the_people_were() -> None:
    assert figures("Bandits killed nine people in Zurmi on Sunday, killing nine villagers and rustling cattle.")["killed"] == 9
    # two killings: soldiers at the gate, then traders at a market
    assert figures("Gunmen killed two soldiers at the gate and later attacked a market, killing two traders.")["killed"] == 4


def test_soldiers_fallen_on_the_field_of_honour_are_killed() -> None:
    """A francophone army's idiom for its dead ('tombés au champ d'honneur') is a toll."""
    from tasks.extract.casualties import sentence_observations

    found = sentence_observations("Five Malian soldiers fell on the field of honour on Friday when their patrol was attacked.", 0)
    assert [(o.role, o.best) for o in found] == [("killed", 5)]


def test_a_burial_of_the_bodies_counts_the_attacks_dead() -> None:
    found = figures("The bodies of 23 victims of Tuesday night's ADF attack on Mangina were buried on Thursday in two mass graves.")
    assert found["killed"] == 23
    # a count of graves dug or of mourners is no toll
    assert figures("Two mass graves were dug for the victims on Thursday.").get("killed") is None

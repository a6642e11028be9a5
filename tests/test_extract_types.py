"""Attack type hierarchy, targets, weapons and suicide (tasks/extract/types.py, targets.py, types_refine.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tasks.extract.types import (
    extract_attack_type,
    extract_suicide,
    extract_weapons,
    is_event_sentence,
    is_strong_violence,
)
from tasks.extract.targets import extract_target_type
from tasks.extract.types_refine import refine_attack_type


@pytest.mark.parametrize(
    ("sentence", "attack_type"),
    [
        ("A car bomb exploded near a market.", "bombing_explosion"),
        ("Gunmen opened fire on worshippers.", "armed_assault"),
        ("ISIS said it had targeted the barracks with machine guns and grenades.", "armed_assault"),
        ("Militants threw a grenade at a police post.", "bombing_explosion"),
        ("Rockets fired from Syria hit the town.", "airstrike_shelling"),
        ("A rocket exploded near the airport.", "airstrike_shelling"),
        ("Suicide bombers blew themselves up and gunmen then opened fire.", "bombing_explosion"),
        ("Gunmen kidnapped 30 passengers from a bus.", "kidnapping"),
        ("The mayor was assassinated outside his home.", "assassination"),
        ("Hijackers seized the plane.", "hijacking"),
        ("A man rammed his car into pedestrians.", "unarmed_assault"),
        ("Attackers set fire to a church.", "facility_attack"),
        ("A man stabbed two people.", "armed_assault"),
        ("Clashes between the army and rebels left 10 dead.", "clash"),
        ("Something happened in the town.", "unknown"),
    ],
)
def test_attack_type(sentence: str, attack_type: str) -> None:
    assert extract_attack_type([sentence])[0] == attack_type


@pytest.mark.parametrize(
    ("sentence", "weapons"),
    [
        ("ISIS targeted the barracks with machine guns and grenades.", ["firearms", "explosives"]),
        ("Attackers armed with machetes hacked villagers.", ["melee"]),
        ("A petrol bomb was thrown at the house and set it ablaze.", ["incendiary"]),
        ("A truck rammed into the crowd.", ["vehicle"]),
        ("A chlorine gas attack hit the town.", ["chemical"]),
        ("The jet was shot down.", []),
    ],
)
def test_weapons(sentence: str, weapons: list[str]) -> None:
    assert extract_weapons([sentence])[0] == weapons


@pytest.mark.parametrize(
    ("sentence", "suicide"),
    [
        ("A suicide bomber blew himself up at the gate.", True),
        ("A suicide car bomb exploded.", True),
        ("The attacker detonated his explosive vest.", True),
        ("The gunman later committed suicide.", False),
        ("The shooter killed himself after the attack.", False),
    ],
)
def test_suicide(sentence: str, suicide: bool) -> None:
    assert extract_suicide([sentence])[0] is suicide


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Militants attacked an army post, killing a colonel and four soldiers.", "military"),
        ("A bomb exploded at a police checkpoint.", "police"),
        ("A suicide bomber struck a mosque during Friday prayers, killing 20 people.", "religious"),
        ("Gunmen stormed a school and abducted students.", "educational"),
        ("A car bomb exploded at a crowded market, killing 12 civilians.", "civilians"),
        ("Gunmen attacked a bus carrying passengers.", "transport"),
        ("A journalist was shot dead outside his newspaper office.", "journalists"),
        ("A bomb exploded near the US embassy.", "diplomatic"),
        ("Militants blew up a gas pipeline.", "infrastructure"),
        ("Gunmen attacked a hotel popular with foreigners.", "business"),
        ("A suicide bombing at a political rally killed the candidate.", "government"),
        ("Something happened.", "other"),
    ],
)
def test_target_type(sentence: str, target: str) -> None:
    assert extract_target_type([sentence])[0] == target


def test_sport_is_not_strong_violence() -> None:
    assert not is_strong_violence("Portugal allowed only one shot on goal and their attack was blunt.")
    assert is_strong_violence("Gunmen opened fire on a bus.")
    assert is_event_sentence("A bomb exploded.")
    assert not is_event_sentence("The committee met on Monday to discuss the budget.")


def test_armed_men_who_burn_a_place_and_hurt_no_one_make_a_facility_attack() -> None:

    text = ["Gunmen torched a secondary school in Geidam overnight, but no one was hurt."]
    assert refine_attack_type("armed_assault", text, 0, None, "educational") == "facility_attack"
    assert refine_attack_type("armed_assault", text, 2, None, "educational") == "armed_assault"


def test_aerial_bombing_and_ground_assault_with_rockets() -> None:
    assert extract_attack_type(["A military aircraft bombed a village school, killing 19."])[0] == "airstrike_shelling"
    assert extract_attack_type(["Fighters fired machine guns and rocket-propelled grenades at the base."])[0] == "armed_assault"
    # drone strikes told after the car bomb, as background, do not make it an air strike
    assert extract_attack_type(["A car bomb killed 12 soldiers.", "AQAP has been weakened by years of US drone strikes."])[0] == (
        "bombing_explosion")


def test_two_sided_fighting_is_a_clash() -> None:
    assert extract_attack_type(["Three police reservists and two militants were killed in a gun battle."])[0] == "clash"
    assert extract_attack_type(["Militants ambushed a patrol, and a gun battle followed."])[0] == "armed_assault"


def test_an_attack_by_a_named_group_that_kills_is_an_armed_assault() -> None:
    sentences = ["Seven police officers were killed in a Taliban attack in Nangarhar."]
    assert refine_attack_type("unknown", sentences, 7, None, "police", perpetrator_named=True) == "armed_assault"
    assert refine_attack_type("unknown", sentences, 7, None, "police", perpetrator_named=False) == "unknown"


def test_armed_men_named_as_the_attackers_make_an_armed_assault() -> None:

    for sentence in ("Militants attacked a police convoy in Achabal, leaving an officer injured.",
                     "Two officers were killed in a militant attack in the city of Sheikh Zuweid.",
                     "Four were killed in an attack by suspected PJAK rebels near Paveh."):
        assert refine_attack_type("unknown", [sentence], 1, 1, "police") == "armed_assault"
    assert refine_attack_type("unknown", ["A police post was attacked; three policemen were killed."], 3, None, "police") == "unknown"


def test_a_seized_ship_is_a_hijacking() -> None:
    sentence = "The Houthis seized a Liberian-flagged bulk carrier in the Red Sea on Sunday and took its 22 crew to Hodeidah."
    assert extract_attack_type([sentence])[0] == "hijacking"
    assert extract_attack_type(["Police seized weapons and ammunition in a raid on Sunday."])[0] != "hijacking"


def test_an_official_singled_out_and_shot_is_an_assassination() -> None:

    sentence = "Gunmen shot dead the mayor of Tacambaro and one of his bodyguards as they left a public event."
    assert refine_attack_type("armed_assault", [sentence], 2, None, "government") == "assassination"
    assert refine_attack_type("armed_assault", ["Gunmen shot dead five villagers."], 5, None, "civilians") == "armed_assault"


def test_mortar_attacks_and_bombs_dropped_from_drones_are_shelling_or_air_strikes() -> None:
    text = "Three people were killed in a mortar attack in Mogadishu. The attack saw bombs land near the palace."
    assert extract_attack_type([text])[0] == "airstrike_shelling"
    assert extract_attack_type(["Two were killed by a bomb dropped from an Islamic State drone."])[0] == "airstrike_shelling"


def test_the_victim_named_first_is_the_target() -> None:
    from tasks.extract import extract_incidents

    text = ("Gunmen shot dead the mayor of the town of Tacambaro and one of his bodyguards late Saturday. "
            "A municipal police officer was wounded in the attack.")
    [incident] = extract_incidents(text)
    assert incident["target_type"] == "government" and incident["killed"] == 2


def test_a_seized_bus_is_a_hijacking_and_a_beating_with_clubs_an_unarmed_assault() -> None:
    assert extract_attack_type(["Separatist fighters seized a passenger bus on the road to Bali."])[0] == "hijacking"
    assert extract_attack_type(["Settlers attacked farmers, beating them with clubs."])[0] == "unarmed_assault"
    assert "melee" in extract_weapons(["Settlers attacked farmers, beating them with clubs."])[0]


def test_the_responders_air_cover_is_not_an_air_strike() -> None:
    sentence = "Fighters overran a military base late on Sunday, killing five soldiers before reinforcements backed by fighter jets forced them back."
    assert extract_attack_type([sentence])[0] == "armed_assault"


def test_a_bomb_fixed_to_an_officials_car_is_an_assassination() -> None:
    text = ["A lawmaker and his driver were killed when a bomb planted under their car exploded."]
    assert refine_attack_type("bombing_explosion", text, 2, None, "government") == "assassination"
    assert refine_attack_type("bombing_explosion", ["A bomb hidden in a market stall exploded."], 2, None, "government") == "bombing_explosion"


def test_beating_someone_to_death_is_an_unarmed_assault() -> None:
    assert extract_attack_type(["A crowd armed with sticks and stones beat a gendarme to death late on Monday."])[0] == "unarmed_assault"


def test_explosive_laden_drones_are_an_air_attack() -> None:
    sentence = "Guerrillas attacked an army base with explosive-laden drones late Saturday, killing four soldiers."
    assert extract_attack_type([sentence])[0] == "airstrike_shelling"


def test_a_cordon_and_search_that_meets_fire_is_a_clash() -> None:
    sentences = [
        "An Army officer and two terrorists were killed in an encounter in the forests of Kishtwar on Friday.",
        "The gunfight broke out after troops launched a cordon-and-search operation. The terrorists opened fire.",
    ]
    assert extract_attack_type(sentences)[0] == "clash"


def test_an_official_ambushed_in_his_own_pickup_is_assassinated() -> None:
    text = [
        "The vice mayor and his bodyguard were killed in an ambush by gunmen last night.",
        "He was on his way home aboard his pickup when two men opened fire.",
    ]
    assert refine_attack_type("armed_assault", text, 2, None, "government") == "assassination"


def test_a_lead_that_calls_it_fighting_between_two_sides_is_a_clash() -> None:
    sentences = [
        "Seven people were killed when fighting erupted between rival armed groups in the capital late Wednesday.",
        "Radaa accused the 444 Brigade of launching an unprovoked attack to seize its positions.",
    ]
    assert extract_attack_type(sentences)[0] == "clash"


def test_a_hijacking_targets_the_conveyance_not_the_officials_aboard() -> None:
    from tasks.extract import extract_incidents

    text = ("Armed pirates hijacked a fishing dhow with 18 crew members on board off the coast of Eyl late Sunday, "
            "a local government official said.")
    [incident] = extract_incidents(text)
    assert (incident["attack_type"], incident["target_type"]) == ("hijacking", "transport")


def test_explosives_laden_drones_are_an_air_attack() -> None:
    sentence = "FARC dissidents attacked a police station with explosives-laden drones yesterday, wounding three officers."
    assert extract_attack_type([sentence])[0] == "airstrike_shelling"


def test_men_armed_with_sticks_and_rods_make_an_unarmed_assault() -> None:
    sentence = "About a hundred men armed with sticks, iron rods and brickbats charged at the procession."
    assert extract_attack_type([sentence])[0] == "unarmed_assault"


def test_whisking_people_away_is_a_kidnapping() -> None:
    sentence = "Gunmen raided a village late Sunday, shooting dead two people and whisking away eight others."
    assert extract_attack_type([sentence])[0] == "kidnapping"


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants shot dead a local leader of the ruling National Conference outside his home on Saturday evening.",
        "Gunmen broke into the residence of the village head of Shinaka, Alhaji Bello Dange, and shot him dead.",
        "The chief administrator of Ginchi town was gunned down yesterday morning.",
    ],
)
def test_an_official_or_local_leader_singled_out_is_an_assassination(sentence: str) -> None:
    assert refine_attack_type("armed_assault", [sentence], 1, None, "civilians") == "assassination"


def test_a_crowd_shot_dead_is_not_an_assassination() -> None:
    assert refine_attack_type("armed_assault", ["Gunmen shot dead three villagers at a market."], 3, None, "civilians") == "armed_assault"


@pytest.mark.parametrize("sentence", [
    "Gang members doused three parked buses with petrol and set them alight early on Sunday.",
    "Two men on a motorbike sprayed a police checkpoint in the old town with automatic fire.",
    "Three masked men beat an opposition municipal deputy with metal rods outside his home.",
    "On Thursday, armed men entered a primary school during morning lessons.",
])
def test_plainly_told_arson_shooting_beating_and_armed_men_are_events(sentence: str) -> None:
    assert is_event_sentence(sentence)


# --- issue 3: rules that generalise (types helper) ---


def test_news_sources_and_hospitals_are_not_the_target() -> None:
    # "police said", "an army spokesman" and a university hospital name who reported or treated, not who was hit
    assert extract_target_type(["Rebels torched two bulldozers at a road construction site, police said."])[0] == "business"
    assert extract_target_type(["A mortar round hit a camp for displaced families, an army spokesman said."])[0] == "civilians"
    text = ["Three traders were hurt in the market blast and taken to the Kano University Teaching Hospital."]
    assert extract_target_type(text)[0] == "civilians"
    assert extract_target_type(["Military jets bombed a village, killing nine people."])[0] == "civilians"


def test_party_offices_councils_and_venues_with_customers() -> None:
    assert extract_target_type(["Unknown men set fire to an office of the Green Unity Party overnight."])[0] == "government"
    assert extract_target_type(["Attackers set fire to a Union Parishad office."])[0] == "government"
    assert extract_target_type(["Gunmen burst into a snooker hall and shot at customers."])[0] == "business"
    assert extract_target_type(["Jawans of the District Reserve Guard died when an IED went off."], "jawans of the District Reserve Guard")[0] == "police"
    assert extract_target_type(["A drone hit a gas field, halting output."])[0] == "infrastructure"


def test_arms_recovered_afterwards_are_not_the_weapons_used() -> None:
    text = ["Militants opened fire on a patrol.", "Two rifles and a hand grenade were recovered from the scene."]
    assert extract_weapons(text)[0] == ["firearms"]
    text = ["A roadside bomb hit an army truck.", "Troops later seized pistols from a hideout."]
    assert extract_weapons(text)[0] == ["explosives"]
    assert extract_weapons(["Firefighters put out the blaze after arsonists struck."])[0] == ["incendiary"]


def test_fire_caused_by_a_blast_is_not_an_incendiary_weapon() -> None:
    assert extract_weapons(["The explosion set three parked cars ablaze."])[0] == ["explosives"]
    assert extract_weapons(["A drone struck the depot, setting fire to a fuel tank."])[0] == ["explosives"]
    # fire set by the attackers themselves still counts
    assert extract_weapons(["Gunmen torched homes and a bomb went off nearby."])[0] == ["firearms", "explosives", "incendiary"]


def test_shooting_verbs_and_drones_name_their_weapon() -> None:
    assert extract_weapons(["The attackers fired on the convoy from a hillside."])[0] == ["firearms"]
    assert extract_weapons(["A village chief was gunned down near his farm."])[0] == ["firearms"]
    assert extract_weapons(["Insurgents used automatic weapons against the post."])[0] == ["firearms"]
    assert extract_weapons(["Rockets were fired at the base overnight."])[0] == ["explosives"]
    assert extract_weapons(["A drone hit a car on the coast road."])[0] == ["explosives"]
    assert extract_weapons(["Helicopters and drones were called in after the raid."])[0] == []


def test_a_summary_lead_does_not_give_each_incident_every_method() -> None:
    sentences = [
        "Rebels burned a clinic and shelled a town, while gunmen abducted four farmers in a separate attack.",
        "Gunmen abducted the farmers near their fields.",
    ]
    assert extract_attack_type(sentences)[0] == "kidnapping"
    assert extract_weapons(sentences)[0] == ["firearms"]
    # one attack told with two methods is not a summary
    assert extract_attack_type(["Gunmen opened fire and then set the market ablaze.", "Six died."])[0] == "armed_assault"


def test_more_clash_and_method_cues() -> None:
    assert extract_attack_type(["Rebels and militiamen fought all day, with both sides firing mortars and machine guns."])[0] == "clash"
    text = ["Two militants died in an encounter.", "The militants opened fire on the search party, starting a gunfight."]
    assert extract_attack_type(text)[0] == "clash"
    assert extract_attack_type(["A small drone-like quadcopter dropped an explosive on a house."])[0] == "airstrike_shelling"
    assert extract_attack_type(["Four fighters were killed in strikes near the border village."])[0] == "airstrike_shelling"
    assert extract_attack_type(["A reporter who was beaten by a gang died in hospital."])[0] == "unarmed_assault"
    text = ["Armed men stopped two lorries and drove off with the vehicles and their three drivers."]
    assert extract_attack_type(text)[0] == "hijacking"


def test_an_official_named_in_apposition_or_bombed_is_assassinated() -> None:
    text = ["Two men on a scooter shot dead Musa Karim, 61, the village headman of Tanjung."]
    assert refine_attack_type("armed_assault", text, 1, None, "government") == "assassination"
    text = ["Rebels killed Hari Das (52), sarpanch of a nearby panchayat.", "They hacked him to death."]
    assert extract_attack_type(text)[0] == "armed_assault"
    assert refine_attack_type("armed_assault", text, 1, None, "government") == "assassination"
    assert refine_attack_type("armed_assault", ["The sarpanch's brother was shot dead."], 1, None, "civilians") == "armed_assault"
    text = ["A roadside bomb killed a district commissioner and two guards."]
    assert refine_attack_type("bombing_explosion", text, 3, None, "government") == "assassination"
    text = ["A car bomb killed twelve people outside a ministry."]
    assert refine_attack_type("bombing_explosion", text, 12, None, "government") == "bombing_explosion"


def test_an_official_named_as_the_one_killed_makes_a_government_target() -> None:
    text = ["Two riders shot dead Omar Said, 49, the mayor of Kora, as he sat outside a bakery."]
    assert extract_target_type(text)[0] == "government"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three farm hands were killed by Ansar Dine insurgents outside the hamlet.",
        "A shopkeeper was murdered by Islamic State fighters in the old quarter.",
        "Rebel guerrillas kill five herders near the river crossing.",
        "Armed militants massacred a family of seven on the outskirts of the town.",
    ],
)
def test_killings_by_named_armed_men_are_armed_assaults(sentence: str) -> None:
    attack_type, _ = extract_attack_type([sentence])
    assert refine_attack_type(attack_type, [sentence], 5, None, "civilians") == "armed_assault"


def test_killing_by_a_named_group_alone_is_not_yet_an_armed_assault() -> None:
    # the group with no fighters named says nothing of the method (README: unknown)
    sentence = "Five people died in an attack on their outpost, officials said."
    attack_type, _ = extract_attack_type([sentence])
    assert refine_attack_type(attack_type, [sentence], 5, None, "military") == "unknown"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two deminers were hurt when their pickup ran over a mine on the track to the village.",
        "A patrol vehicle struck a mine laid by the rebels, and gunfire followed for ten minutes.",
        "A boy was killed after he stepped on a mine near the school.",
    ],
)
def test_a_mine_set_off_by_its_victims_is_a_bombing(sentence: str) -> None:
    assert extract_attack_type([sentence])[0] == "bombing_explosion"
    assert "explosives" in extract_weapons([sentence])[0]


def test_raiders_who_shoot_people_and_burn_houses_make_an_armed_assault() -> None:
    # the toll is unknown, but people were shot: not a facility attack
    text = ["Armed herders raided a farming hamlet at dawn, shooting villagers and burning their huts."]
    assert refine_attack_type("armed_assault", text, None, None, "civilians") == "armed_assault"
    assert refine_attack_type("armed_assault", ["Raiders burned the village huts at dawn."], None, None, "civilians") == "facility_attack"


def test_a_groups_killing_raid_with_arson_is_an_armed_assault_unless_the_fire_killed() -> None:
    raid = ["Three farmers died in a raid by the insurgents, who then torched a granary and a chapel."]
    assert refine_attack_type("facility_attack", raid, 3, None, "civilians", perpetrator_named=True) == "armed_assault"
    assert refine_attack_type("facility_attack", raid, 3, None, "civilians", perpetrator_named=False) == "facility_attack"
    fire = ["Arsonists set a guesthouse ablaze and two lodgers burned to death."]
    assert refine_attack_type("facility_attack", fire, 2, None, "business", perpetrator_named=True) == "facility_attack"
    shot = ["Bandits torched a lorry and shot two men on the highway."]
    assert refine_attack_type("facility_attack", shot, None, 2, "civilians") == "armed_assault"


def test_the_responders_air_cover_is_not_the_attack_method() -> None:
    sentences = [
        "Rebels ambushed a patrol on a mountain road, firing rifles at the trucks.",
        "Soldiers supported by helicopter gunships later combed the hills.",
    ]
    assert extract_attack_type(sentences)[0] == "armed_assault"
    assert extract_attack_type(["Soldiers were hit by artillery near the front."])[0] == "airstrike_shelling"


@pytest.mark.parametrize("bomb", ["a glide bomb", "a guided aerial bomb", "two air-dropped bombs"])
def test_bombs_only_aircraft_release_are_air_strikes(bomb: str) -> None:
    assert extract_attack_type([f"Officials said {bomb} hit a street in the frontline town."])[0] == "airstrike_shelling"


def test_gunmen_who_only_throw_a_grenade_make_a_bombing() -> None:
    assert extract_attack_type(["Two gunmen lobbed a grenade into a police post, wounding three."])[0] == "bombing_explosion"
    # with shots fired, the grenade ranks below the shooting
    assert extract_attack_type(["Gunmen fired on the post and lobbed a grenade, wounding three."])[0] == "armed_assault"


def test_a_named_groups_attacks_on_a_target_are_an_armed_assault() -> None:
    sentences = ["Twelve guards were killed when the rebels launched attacks on two border posts."]
    assert refine_attack_type("unknown", sentences, 12, None, "police", perpetrator_named=True) == "armed_assault"
    # a year's tally of attacks is no attack on anything
    tally = ["More than 900 people were killed in attacks across the north last year, the group's report said."]
    assert refine_attack_type("unknown", tally, 900, None, "civilians", perpetrator_named=True) == "unknown"


def test_explosives_released_from_drones_are_an_air_attack() -> None:
    text = "Before dawn an army outpost near the river was hit by explosive charges released from two drones."
    assert extract_attack_type([text])[0] == "airstrike_shelling"


def test_spent_cartridge_shells_are_not_shelling() -> None:
    sentences = [
        "A gunman on a scooter opened fire on two traffic wardens, killing one.",
        "Investigators picked up empty shells of a 30-bore pistol at the spot; spent shells were sent to the lab.",
    ]
    assert extract_attack_type(sentences)[0] == "armed_assault"
    assert extract_weapons(sentences)[0] == ["firearms"]
    assert extract_weapons(["Artillery shells fell on the market."])[0] == ["explosives"]


def test_a_driver_forced_to_leave_the_road_is_a_hijacking() -> None:
    text = "Armed men halted a minibus and forced the driver to drive into the forest with its nine passengers, who were later abducted."
    assert extract_attack_type([text])[0] == "hijacking"


def test_people_taken_away_by_raiders_are_kidnapped_but_cattle_are_not() -> None:
    assert extract_attack_type(["Raiders shot two herders; three others, among them a boy, were taken away."])[0] == "kidnapping"
    assert extract_attack_type(["Raiders shot two herders and their goats were taken away."])[0] == "armed_assault"
    assert extract_attack_type(["Gunmen shot two men, who were taken away in an ambulance."])[0] == "armed_assault"


def test_drone_attacks_and_suicide_attacks_use_explosives() -> None:
    assert extract_weapons(["A drone attack set a fuel depot ablaze overnight, officials said."])[0] == ["explosives"]
    assert "explosives" in extract_weapons(["Four guards died in a suicide attack on the gate of the compound."])[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighters stormed the army camp at dusk with rifles and kamikaze drones, the military said.",
        "The rebels hit the outpost from three sides using machine guns and attack drones.",
        "Quadcopters and gunfire were used in the assault on the barracks, officials said.",
    ],
)
def test_drones_flown_with_guns_in_a_ground_assault_keep_it_an_armed_assault(sentence: str) -> None:
    assert extract_attack_type([sentence])[0] == "armed_assault"


def test_a_drone_strike_alone_is_still_from_the_air() -> None:
    assert extract_attack_type(["An armed drone struck a pickup truck outside the town, killing two men."])[0] == "airstrike_shelling"


@pytest.mark.parametrize(
    "history",
    [
        "Cells of the group have carried out dozens of shootings and bombings in the area since 2020.",
        "Its fighters have staged similar bombings against farmers in the district.",
        "The militia has stepped up attacks on outposts, increasingly using roadside bombs.",
    ],
)
def test_a_groups_record_does_not_set_the_method(history: str) -> None:
    sentences = ["Gunmen opened fire on a checkpoint on Sunday, killing four guards.", history]
    assert extract_attack_type(sentences)[0] == "armed_assault"
    assert "explosives" not in extract_weapons(sentences)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Masked men shot dead Salim Hamad al-Jubouri, the mukhtar of a village east of the city, on Friday.",
        "Gunmen on a motorbike shot dead Rolando Cruz, the barangay captain of a coastal village, on Monday.",
        "Attackers gunned down Abdul Karim bin Yusuf, a union council chairman, outside his home.",
    ],
)
def test_local_office_holders_under_other_titles_are_assassinated(sentence: str) -> None:
    assert extract_target_type([sentence])[0] == "government"
    assert refine_attack_type("armed_assault", [sentence], 1, None, "government") == "assassination"


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen shot dead a member of a district council outside his home on Sunday.",
        "Attackers on a motorbike shot dead a member of the provincial assembly near the market.",
    ],
)
def test_a_council_or_assembly_member_shot_dead_is_an_assassination(sentence: str) -> None:
    assert extract_target_type([sentence])[0] == "government"
    assert refine_attack_type("armed_assault", [sentence], 1, None, "government") == "assassination"


@pytest.mark.parametrize(
    "unused",
    [
        "One attacker was killed; his body was found wearing an unexploded suicide vest.",
        "Police said the dead gunman carried two unused grenades and an undetonated explosive belt.",
    ],
)
def test_a_device_that_never_went_off_is_not_the_method(unused: str) -> None:
    sentences = ["Militants stormed a checkpoint and opened fire on the guards, killing three.", unused]
    assert extract_attack_type(sentences)[0] == "armed_assault"
    assert extract_suicide(sentences)[0] is False



@pytest.mark.parametrize(
    "sentence",
    ["Two men fired several shots into the crowded cafe.", "Shots were fired at the convoy near the bridge."],
)
def test_shots_fired_name_firearms(sentence: str) -> None:
    assert "firearms" in extract_weapons([sentence])[0]


@pytest.mark.parametrize(
    "text",
    [
        "In a nearby district, the party's tehsil president was shot dead by two men on a motorbike on Friday.",
        "A ward chairman was gunned down outside his home in the town on Sunday, police said.",
        "Gunmen shot dead a village chairman as he left a mosque on Thursday.",
    ],
)
def test_a_local_chair_or_party_president_shot_dead_is_an_assassination(text: str) -> None:
    assert refine_attack_type("armed_assault", [text], 1, None, "government") == "assassination"


@pytest.mark.parametrize(
    "text",
    [
        "A bomb planted on a parked motorcycle killed a union council chairman and his driver on Saturday.",
        "A bomb hidden under a culvert killed a district commissioner as his car passed.",
    ],
)
def test_a_planted_bomb_that_kills_an_official_is_an_assassination(text: str) -> None:
    assert refine_attack_type("bombing_explosion", [text], 2, None, "government") == "assassination"


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants raided a border post late on Monday, killing three guards and seizing two others.",
        "Rebels attacked the checkpoint, shooting one soldier dead and capturing four, the army said.",
    ],
)
def test_people_seized_in_the_attack_make_it_a_kidnapping(sentence: str) -> None:
    assert extract_attack_type([sentence])[0] == "kidnapping"


def test_seizing_arms_or_ground_is_no_kidnapping() -> None:
    assert extract_attack_type(["Fighters stormed the base, killing five soldiers and seizing two armoured vehicles."])[0] == "armed_assault"
    assert extract_attack_type(["The insurgents attacked at dawn, capturing three villages."])[0] != "kidnapping"


def test_a_station_attacked_with_heavy_weapons_and_grenades_is_an_armed_assault() -> None:
    sentence = "About a dozen militants attacked the police station from two sides with heavy weapons and hand grenades."
    assert extract_attack_type([sentence])[0] == "armed_assault"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Jihadists ambushed a convoy of fuel tankers on the road to the border, killing two people.", "transport"),
        ("Militants ambushed a convoy near the border, killing two soldiers.", "military"),
        ("Gunmen attacked an internal security checkpoint outside the town, killing three members.", "police"),
    ],
)
def test_what_a_convoy_or_a_checkpoint_belongs_to(sentence: str, target: str) -> None:
    assert extract_target_type([sentence])[0] == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics said the new tax was killing the economy.",
        "Shares of the bank bombed after the results, and bread prices shot up by a fifth.",
        "The minister's resignation letter landed like a bombshell in the capital.",
    ],
)
def test_violence_words_as_figures_of_speech_are_no_event(sentence: str) -> None:
    assert not is_event_sentence(sentence)


def test_a_real_killing_next_to_a_figure_of_speech_is_still_an_event() -> None:
    assert is_event_sentence("Fuel prices exploded after gunmen killed two tanker drivers on the highway.")
    assert is_event_sentence("Gunmen killed the economy minister's driver.")


def test_people_seized_with_a_finite_verb_is_a_kidnapping() -> None:
    assert is_event_sentence("Armed men seized nine travellers from a minibus near the border.")
    assert extract_attack_type(["Armed men seized nine travellers from a minibus near the border."])[0] == "kidnapping"
    assert extract_attack_type(["Troops seized 40 rifles in a raid on the hideout."])[0] != "kidnapping"


@pytest.mark.parametrize(
    "sentence",
    ["Insurgents flew drones to drop grenades on a police post.", "A fighter jet bombed a rebel training camp."],
)
def test_drone_drops_and_a_single_jet_are_air_attacks(sentence: str) -> None:
    assert extract_attack_type([sentence])[0] == "airstrike_shelling"


def test_an_official_killed_when_his_car_was_fired_on_is_an_assassination() -> None:
    text = ["The deputy governor was killed when gunmen opened fire on his car near the provincial capital."]
    assert refine_attack_type("armed_assault", text, 1, None, "government") == "assassination"


@pytest.mark.parametrize(
    ("sentences", "victims", "target"),
    [
        (["A mob set fire to more than a dozen shops and a temple in the old town."], "", "business"),
        (["Gunmen kidnapped four employees of a mobile telecom company at a work site."], "employees", "business"),
        (["A bomb killed a schoolteacher in the town, police in the district said."], "schoolteacher", "educational"),
        (["A missile struck a fishing boat off the coast."], "", "transport"),
        (["Gunmen raided a gold mine and shot dead six diggers."], "", "business"),
        (["Jets struck hideouts in the hills, killing 20 insurgents."], "insurgents", "military"),
    ],
)
def test_target_kinds(sentences: list[str], victims: str, target: str) -> None:
    assert extract_target_type(sentences, victims)[0] == target


@pytest.mark.parametrize(
    ("sentences", "victims", "target"),
    [
        # Thai and Pakistani paramilitary Rangers are military; wildlife rangers are not
        (["A mine blew up a lorry full of Rangers on a border road, killing three of them."], "rangers", "military"),
        (["Poachers shot dead two park rangers in the game reserve."], "park rangers", "civilians"),
        # a utility's crew is infrastructure, not a business
        (["Shelling struck a minibus carrying linemen of the regional electricity company, wounding three."], "linemen", "infrastructure"),
        (["Two utility workers were hurt when a drone hit their repair crew's van."], "utility workers", "infrastructure"),
        # a school or mosque used as a shelter: its displaced people are the target
        (["Jets bombed a school where displaced people were sheltering, killing 20."], "people", "civilians"),
        (["A shell hit a mosque used as a shelter by families who had fled the fighting."], "", "civilians"),
        # a strike named by the armed men it was aimed at, with no victims' nouns
        (["The air force said it had carried out a strike against insurgents near the border, killing four."], "", "military"),
        (["Helicopters struck rebel hideouts in the hills overnight."], "", "military"),
        # the dead told as members of an armed group
        (["A drone hit a jeep, killing three members of a local tribal militia and their driver."], "members and driver", "military"),
        # civilians named only as unharmed, and an earlier event in a trailing clause, are no target
        (["The army said it struck the militants' camp and that no civilians were hurt."], "", "military"),
        (["Jets bombed homes in the valley, killing six farmers, two days after an attack on a border post."], "farmers", "civilians"),
        # where a killed official happened to be is circumstance, not the target
        (["Gunmen shot dead Musa Ali, 60, the village headman, as he sat outside a barber's shop."], "", "government"),
    ],
)
def test_round14_target_kinds(sentences: list[str], victims: str, target: str) -> None:
    assert extract_target_type(sentences, victims)[0] == target


def test_pronoun_victims_name_no_category() -> None:
    sentences = ["Jets carried out a strike against insurgents in the hills, killing five of them."]
    assert extract_target_type(sentences, "of them")[0] == "military"


def test_a_generic_victim_noun_does_not_make_a_shelter() -> None:
    # "passengers" count as civilians only through the generic entry: the bus stays transport
    assert extract_target_type(["A bomb ripped through a bus, killing nine passengers."], "passengers")[0] == "transport"


def test_earlier_event_clause_is_cut_from_how_it_happened() -> None:
    from datetime import date

    from tasks.extract import extract_incidents
    from tasks.extract.background import news_bounds
    sentence = "Jets struck a house, killing five, a day after a suicide bomber hit a market."
    assert sentence[slice(*news_bounds(sentence))].endswith("killing five")
    opener = "A day after the ambush, soldiers clashed with the rebels near Dalwa."
    assert opener[slice(*news_bounds(opener))] == " soldiers clashed with the rebels near Dalwa."
    incident = extract_incidents(
        "A drone strike on a farmhouse killed four people on Monday, hours after a suicide bomber struck a checkpoint "
        "in the same district, officials said.", date(2026, 3, 3),
    )[0]
    assert incident["attack_type"] == "airstrike_shelling" and incident["suicide"] is False


@pytest.mark.parametrize(
    "sentences, victims, expected",
    [
        (["A bomb hit a National Guard truck on a rural road, killing two guardsmen."], "two guardsmen", "military"),
        (["A roadside device struck a General Security vehicle near the town."], "", "police"),
        (["Gunmen opened fire on the state police patrol.", "They killed Ortiz and two other officers."], "Ortiz and two other officers", "police"),
    ],
)
def test_force_names_and_role_only_victims(sentences, victims, expected):
    """Militarised guards are military, General Security is police, and victims told only as officers take the text's force."""
    assert extract_target_type(sentences, victims)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Unknown gunmen shot dead a well-known religious scholar, Maulana Karim Dad, outside his seminary.",
        "Gunmen killed the imam, Yusuf Adamu, as he walked home from prayers.",
        "Two men on a motorbike shot dead Gul Zaman, a member of the local peace committee, near his house.",
    ],
)
def test_named_leader_shot_is_an_assassination(sentence):
    """A named religious leader or peace-committee member singled out and shot is an assassination."""
    target = extract_target_type([sentence], "")[0]
    assert refine_attack_type("armed_assault", [sentence], 1, None, target) == "assassination"


def test_arms_cache_found_in_hideout_is_not_the_method() -> None:
    """Guns and bomb parts found where the attackers hid are not arms used in the exchange."""
    sentences = [
        "Two gunmen died when police stormed a farmhouse near Kidal on Monday, officials said.",
        "An assault rifle, grenades and detonators were discovered in the hideout afterwards.",
    ]
    assert extract_attack_type(sentences)[0] == "armed_assault"
    assert extract_weapons(sentences)[0] == ["firearms"]


def test_accused_record_is_not_the_method() -> None:
    """An accusation over a side's record ("has been accused of killing hundreds in air raids") is history."""
    sentences = [
        "A village council member was shot dead by two men on a motorbike in Sagaing on Friday.",
        "The armed forces have long been accused by monitors of killing hundreds of villagers in air raids and shelling.",
    ]
    assert extract_attack_type(sentences)[0] == "armed_assault"
    assert extract_weapons(sentences)[0] == ["firearms"]


def test_local_administrator_is_a_government_target() -> None:
    """A township or ward administrator singled out and shot is a government target, and an assassination."""
    text = ["Gunmen shot dead a township administrator outside his office in Magway on Tuesday, residents said."]
    assert extract_target_type(text)[0] == "government"
    assert refine_attack_type("armed_assault", text, 1, None, "government") == "assassination"


def test_patrolmen_are_police_and_a_lone_officer_is_no_private_citizen() -> None:
    """Patrolmen are police; victims told only as "an officer" say which force elsewhere in the text."""
    text = ["Two patrolmen were gunned down at a roadblock outside Tumaco on Saturday afternoon."]
    assert extract_target_type(text)[0] == "police"
    assert extract_target_type(text, "each officer")[0] == "police"


def test_victims_counted_as_people_take_the_breakdown_after_a_colon() -> None:
    sentence = "A hospital official said eleven people had died: eight soldiers and three bystanders caught in the blast."
    assert extract_target_type([sentence], "people")[0] == "military"
    # without a breakdown, people stay private citizens
    assert extract_target_type(["A hospital official said eleven people had died in the blast."], "people")[0] == "civilians"


def test_people_forced_onto_the_attackers_vehicles_are_kidnapped() -> None:
    sentence = "Two nurses were stopped on the road to Kaura by armed men, forced into a waiting pickup and driven off."
    assert extract_attack_type([sentence])[0] == "kidnapping"


def test_a_fake_checkpoint_and_the_group_s_own_radio_station_are_not_the_target() -> None:
    sentences = [
        "A district councillor was stopped at a fake checkpoint near Saravena by gunmen and taken away.",
        "The rebels said on their radio station that they were holding him.",
    ]
    assert extract_target_type(sentences)[0] == "government"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jihadists attacked a VDP post near Djibo on Monday, killing five volunteers.",
        "Insurgents overran a position of the Volunteers for the Defence of the Homeland near Titao, killing four.",
    ],
)
def test_posts_of_burkina_fasos_state_armed_volunteers_are_military(sentence) -> None:
    """Burkina Faso's VDP guard posts for the army, like Nigeria's Civilian JTF (README): military."""
    assert extract_target_type([sentence])[0] == "military"


@pytest.mark.parametrize(
    "text, attack_type, weapons",
    [
        ("Separatist fighters burned down a primary school in Cameroon's Northwest region on Monday, officials said. No one was hurt.",
         "facility_attack", ["incendiary"]),
        ("Hoodlums set ablaze the office of the Independent National Electoral Commission in Ebonyi State on Sunday night. "
         "No casualties were recorded.", "facility_attack", ["incendiary"]),
    ],
)
def test_an_installation_blown_up_or_burned_with_no_one_hurt_is_an_incident(text: str, attack_type: str, weapons: list[str]) -> None:
    from tasks.extract import extract_incidents

    [incident] = extract_incidents(text, published=date(2026, 3, 10))
    assert (incident["attack_type"], incident["weapons"]) == (attack_type, weapons)


def test_the_installation_destroyed_is_the_target_when_no_one_is_hurt() -> None:
    from tasks.extract.targets import destroyed_property

    assert extract_target_type(["Militants blew up an electricity pylon near Sibi on Monday."])[0] == "infrastructure"
    assert extract_target_type(["Hoodlums set ablaze the office of the electoral commission on Sunday night."])[0] == "government"
    assert destroyed_property(["Gunmen set fire to vehicles parked outside the police station."]) is None  # where, not what


def test_something_blown_up_names_explosives() -> None:
    assert extract_weapons(["Maoist rebels blew up a bus in Dantewada district, killing five people."])[0] == ["explosives"]


def test_a_deal_that_blew_up_is_no_violence() -> None:
    assert not is_strong_violence("The merger talks blew up on Monday after the two sides failed to agree.")


def test_aid_workers_are_other_not_business() -> None:
    assert extract_target_type(["Gunmen ambushed a vehicle carrying three aid workers with an international NGO."])[0] == "other"
    assert extract_target_type(["Gunmen abducted two humanitarian workers from their car."], "humanitarian workers")[0] == "other"


@pytest.mark.parametrize(
    "text, attack_type",
    [
        ("A Palestinian driver rammed two Israeli soldiers near Ofra and was shot dead by other forces at the scene.", "unarmed_assault"),
        ("A man attacked two soldiers with his car, killing one of them. He died after being shot by the police.", "unarmed_assault"),
        ("Three people were wounded in a car-ramming attack near Dolev. The attacker was shot dead by troops.", "unarmed_assault"),
        ("Federal Prosecutor Siegfried Buback and his driver were shot by two Red Army Faction members.", "armed_assault"),
        # the response alone is all the text says of the method
        ("A man tried to attack a group of police officers. The attacker was shot dead by police after a struggle.", "armed_assault"),
    ],
)
def test_the_responders_fire_at_the_attacker_is_not_the_method(text: str, attack_type: str) -> None:
    assert extract_attack_type([text])[0] == attack_type


def test_a_car_bomb_is_no_vehicle_weapon() -> None:
    assert "vehicle" not in extract_weapons(["The Taliban attacked a compound with a car bomb in Charikar."])[0]


@pytest.mark.parametrize(
    "text, attack_type",
    [
        ("The Taliban attacked army outposts, leaving 14 soldiers killed and 21 others captive.", "kidnapping"),
        ("A person was killed and 6 others were captured, in a Taliban attack on a wedding ceremony.", "kidnapping"),
        ("Militants attacked a checkpoint, killing three. They also captured a police officer.", "kidnapping"),
        ("Troops captured three militants after a gun battle.", "clash"),  # an arrest, not a kidnapping
    ],
)
def test_people_the_attackers_took_captive_make_a_kidnapping(text: str, attack_type: str) -> None:
    assert extract_attack_type([text])[0] == attack_type


def test_aid_agencies_by_name_and_the_states_field_staff() -> None:
    assert extract_target_type(["Gunmen ambushed a vehicle of the World Food Programme in North Darfur, killing its driver."])[0] == "other"
    assert extract_target_type(["Armed men attacked a team of census enumerators, killing two of them."])[0] == "government"


def test_the_states_rank_and_file_shot_dead_are_no_assassination() -> None:
    from tasks.extract import extract_incidents

    text = "Gunmen shot dead two election workers transporting ballot papers in Nigeria's Rivers State on Sunday, the electoral commission said."
    [incident] = extract_incidents(text, published=date(2026, 3, 10))
    assert (incident["attack_type"], incident["target_type"]) == ("armed_assault", "government")


@pytest.mark.parametrize(
    "sentence",
    [
        "Five Malian soldiers fell on the field of honour on Friday, the army said.",
        "Residents accused soldiers of executing seven men in the village of Kasenyi.",
        "Ukrainian officials accused Russia of striking a residential building in Kharkiv overnight.",
    ],
)
def test_acts_told_without_a_casualty_word_are_strong_events(sentence) -> None:
    """Soldiers fallen on the field of honour, men executed, a building struck: each an act of violence."""
    from tasks.extract.types import is_event_sentence, is_strong_violence

    assert is_event_sentence(sentence) and is_strong_violence(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire burned the clinic for hours before firefighters arrived.",
        "Striking workers blocked the port on Monday.",
        "The ministry is executing a plan to rebuild the market.",
    ],
)
def test_burning_striking_and_executing_in_their_other_senses_are_not_strong(sentence) -> None:
    """What a fire did, a labour strike and carrying out a plan are no violence of their own."""
    from tasks.extract.types import is_strong_violence

    assert not is_strong_violence(sentence)


def test_a_clinic_burned_by_named_burners_is_strong_violence() -> None:
    """'ADF rebels burned a health centre' is an attack on an installation; 'the fire burned the clinic' is not."""
    from tasks.extract.types import is_strong_violence

    assert is_strong_violence("ADF rebels burned a health centre in the village of Mangodomu on Friday.")


def test_a_device_strapped_to_the_bomber_is_a_suicide_bombing() -> None:
    """'set off a device strapped to his body' names the method (a bombing) and the bomber's death with it (suicide)."""
    from tasks.extract.types import extract_suicide

    sentence = "A man set off a device strapped to his body at a checkpoint in Tarmiyah on Saturday, killing three soldiers."
    assert extract_suicide([sentence])[0]
    assert extract_attack_type([sentence])[0] == "bombing_explosion"

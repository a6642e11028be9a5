"""Un-claimed attribution without "blamed" (tasks/extract/blame_links.py) and its use in actors.py."""

from __future__ import annotations

import datetime

from tasks.extract import extract_incidents
from tasks.extract.actors import extract_perpetrator, find_groups
from tasks.extract.blame_links import (
    DEFINITE_KIND_BLAME_RE, blamed_by_link, denies_only, not_this_actor, pursued_attackers)

PUBLISHED = datetime.date(2025, 3, 12)


def actor(text: str) -> tuple[str, bool, bool]:
    incidents = extract_incidents(text, published=PUBLISHED)
    assert len(incidents) == 1
    return incidents[0]["perpetrator"], incidents[0]["claimed"], incidents[0]["suspected"]


def test_hallmarks_and_the_prime_suspect_are_blame() -> None:
    assert blamed_by_link("but it bore the hallmarks of ", "")
    assert blamed_by_link("the attack had all the signs of a ", "")
    assert blamed_by_link("Police said the ", " was the prime suspect.")
    assert not blamed_by_link("Police said the ", " has been active in the area.")
    text = ("MOGADISHU, Somalia – A car bomb tore through a busy market in Baidoa on Monday, killing at least 11 people, officials "
            "said. No group has claimed the bombing, but it bore the hallmarks of al-Shabaab, which has carried out similar "
            "attacks in the city.")
    assert actor(text) == ("al-Shabaab", False, True)


def test_the_group_whose_fighters_the_forces_hunt_for_the_attack_is_blamed() -> None:
    assert pursued_attackers("The army said it was hunting the ", " fighters who had planted the mine.")
    assert not pursued_attackers("The army said it was hunting the ", " fighters in the forest.")
    text = ("GAO, Mali (IW) – A bus hit a landmine on the road between Gao and Ansongo on Tuesday, killing 11 passengers. The "
            "army said it was hunting the Islamic State Sahel Province fighters who had planted the mine.")
    assert actor(text) == ("Islamic State Sahel Province", False, True)


def test_the_sides_of_a_feud_given_as_the_cause_are_not_the_actor() -> None:
    text = ("CHILPANCINGO, Mexico – Armed men executed seven people in a house in Chilpancingo, Guerrero, on Tuesday. State "
            "officials said the killings were linked to a turf war between Los Ardillos and Los Tlacos.")
    assert actor(text)[0] == "Unknown"
    # a war between a state and a group leaves the group a party whose attacks these are
    assert not not_this_actor("The strike was linked to the war between Israel and ", lambda: 1)
    assert not_this_actor("linked to a turf war between Los Ardillos and ", lambda: 2)


def test_a_groups_earlier_attacks_do_not_attribute_this_one() -> None:
    assert not_this_actor("The attack resembled earlier bombings by the ", lambda: 1)
    assert not not_this_actor("In a similar attack by ", lambda: 1)  # another incident of its own
    text = ("JALALABAD, Afghanistan – A sticky bomb attached to a Taliban police vehicle exploded in Jalalabad on Saturday, "
            "killing two officers. The attack resembled earlier bombings by the Islamic State's Khorasan branch, but no "
            "group claimed it.")
    assert actor(text)[0] == "Unknown"


def test_a_denial_alone_names_no_actor() -> None:
    assert denies_only("The Balochistan Liberation Army denied any role.")
    assert denies_only("The group rejected any link to the killings.")
    text = ("QUETTA (IW) – Two policemen were shot dead in Turbat on Tuesday. The Balochistan Liberation Army, which has "
            "attacked security forces in the region before, denied any role.")
    assert actor(text)[0] == "Unknown"
    # blamed and denying: still the blamed group, suspected
    text = ("QUETTA, Pakistan – Gunmen killed seven labourers at a construction site in Kech district on Monday. Officials "
            "blamed the Baloch Liberation Army, which denied involvement in a statement.")
    assert actor(text) == ("Balochistan Liberation Army", False, True)


def test_blame_on_the_rebels_points_back_at_the_group_named_before() -> None:
    assert DEFINITE_KIND_BLAME_RE.search("The army blamed the rebels for the ambush.")
    assert not DEFINITE_KIND_BLAME_RE.search("They were killed by suspected militants.")  # an adjective, not blame
    text = ("DAVAO, Philippines – The New People's Army has waged an insurgency since 1969. On Tuesday, an army patrol was "
            "ambushed in the hills of Agusan del Sur, leaving two soldiers dead. The army blamed the rebels for the ambush.")
    assert actor(text) == ("New People's Army", False, True)


def test_attackers_identified_as_a_kind_of_fighter_of_a_group_or_belonging_to_it() -> None:
    assert extract_perpetrator(
        ["At least 30 civilians were killed in an attack on the village of Zaongo on Tuesday.",
         "Residents said the assailants were jihadists of the JNIM, which controls much of the surrounding countryside."], "BF"
    )["perpetrator"] == "Jama'at Nusrat al-Islam wal-Muslimin"
    text = ("SRINAGAR, March 12 (IW) – A migrant worker was shot dead in Shopian district on Tuesday. Police said the two "
            "suspects arrested belonged to Lashkar-e-Taiba.")
    assert actor(text) == ("Lashkar-e-Taiba", False, True)


def test_registry_knows_more_armed_actors_named_without_a_claim() -> None:
    for text, name in [
        ("FLEC rebels ambushed a patrol in Cabinda.", "Front for the Liberation of the Enclave of Cabinda"),
        ("Police blamed the Black Axe confraternity for the killings.", "Black Axe"),
        ("Harakat al-Nujaba fighters fired rockets at the base.", "Harakat Hezbollah al-Nujaba"),
        ("Tehreek-e-Jihad Pakistan claimed the attack.", "Tehreek-e-Jihad Pakistan"),
    ]:
        assert [m.name for m in find_groups(text)] == [name]
    # "UPDF" is Bangladesh's hill party only there; in Uganda it is the army
    assert [m.name for m in find_groups("UPDF cadres shot dead two men.", "BD")] == ["United People's Democratic Front"]
    assert not [m for m in find_groups("UPDF soldiers patrolled the border.", "UG") if m.name == "United People's Democratic Front"]


def test_a_side_militia_named_without_an_act_is_not_the_actor() -> None:
    result = extract_perpetrator(["Gunmen killed four students near the campus, in a town where Black Axe and Eiye cultists "
                                  "are active, police said."], "NG")
    assert result["perpetrator"] == "Unknown"


def test_the_yemeni_town_radaa_is_no_libyan_militia() -> None:
    assert [m.name for m in find_groups("A suicide car bomb targeted Houthi forces in Rada'a, killing two troops.")] == ["Houthis"]
    assert [m.name for m in find_groups("Radaa fighters clashed with a rival brigade in Tripoli.")] == ["Radaa Special Deterrence Force"]


def test_a_sources_verdict_or_a_witness_naming_the_attackers_in_a_quote_is_blame() -> None:
    text = ("MAIDUGURI, Nigeria (IW) – Nine farmers were killed on Monday while working on their fields outside Dikwa, Borno "
            "State. \"This is the handiwork of Boko Haram,\" the local council chairman told IW by phone.")
    assert actor(text) == ("Boko Haram", False, True)
    text = ("JOS (IW) – Gunmen killed 17 people in an overnight raid on the village of Bokkos on Saturday, police said. \"They "
            "were Fulani militias; they spoke Fulfulde and came on motorcycles,\" a survivor told IW from hospital.")
    assert actor(text) == ("Fulani militants", False, True)


def test_a_group_only_said_to_operate_where_no_one_knows_who_did_it_is_not_blamed() -> None:
    text = ("MOGADISHU (IW) – A roadside bomb killed four soldiers near Marka on Monday. It was not immediately clear who was "
            "behind the blast, but al-Shabaab fighters operate throughout the Lower Shabelle region.")
    assert actor(text)[0] == "Unknown"
    # a pointer at the group in the same sentence still blames it
    assert extract_perpetrator(["A roadside bomb killed four soldiers near Marka on Monday.",
                                "No group has claimed the attack, but suspicion fell on ISWAP, which is active in the area."],
                               "NG")["perpetrator"] == "Islamic State West Africa Province"


def test_a_blamed_groups_description_is_no_name() -> None:
    text = ("ERBIL, Iraq (IW) – A drone attack targeted an oil field in Iraq's Kurdistan Region on Monday, causing a fire but no "
            "casualties. Kurdish officials blamed Iran-aligned armed factions but did not name a group.")
    assert actor(text)[0] == "Unknown"


def test_blame_told_as_a_noun_or_from_the_blamed_partys_side() -> None:
    assert blamed_by_link("A blast killed 18. Blame was placed on the ", "")
    assert blamed_by_link("Officials put the blame squarely on ", "")
    result = extract_perpetrator(["A bomb killed 18 people at a railway station.", "Blame was placed on the Mujahedin-e Khalq."], "IR")
    assert (result["perpetrator"], result["suspected"]) == ("People's Mojahedin Organization of Iran", True)
    result = extract_perpetrator(["A mortar shell hit the market, killing 68 people.", "The Army of Republika Srpska was blamed for the attack."])
    assert (result["perpetrator"], result["suspected"]) == ("Army of Republika Srpska", True)
    assert extract_perpetrator(["Police were blamed for the deaths of two protesters."])["perpetrator"] != "Police"


def test_a_peoples_raiders_as_the_subject_of_the_raid_keep_their_name() -> None:
    text = "LODWAR, Kenya (IW) – Pokot raiders killed three herders and drove off 200 cattle in Turkana county on Monday, police said."
    assert actor(text) == ("Pokot raiders", False, True)
    assert actor("JUBA (IW) – Cattle raiders killed five people in Jonglei on Monday.")[0] == "Unknown"
    assert actor("NAIROBI (IW) – Kenyan raiders killed two herders in Marsabit on Monday.")[0] == "Unknown"


def test_a_groups_remnants_are_the_group() -> None:
    text = ("BAGHDAD (IW) – A roadside bomb killed two soldiers near Tarmiyah on Monday. The army said Islamic State remnants "
            "planted the device.")
    assert actor(text) == ("Islamic State", False, True)

"""Gazetteer and place resolution (tasks/extract/gazetteer.py, tasks/extract/places.py)."""

from __future__ import annotations

import pytest

from tasks.extract.gazetteer import admin1_variants, build_gazetteer, load_gazetteer
from tasks.extract.place_cues import INSTITUTION_AFTER_RE
from tasks.extract.places import extract_place, section_heading
from tasks.extract.text import fold



def place(*sentences: str, context: list[str] | None = None) -> dict:
    result = extract_place(list(sentences), context)
    result.pop("evidence")
    return result


def kinds(key: str) -> set[tuple[str, str, str]]:
    return {(e.kind, e.country_code, e.name) for e in load_gazetteer().lookup(key)}


def test_a_cold_build_equals_the_cached_gazetteer() -> None:
    # How long a cold build takes is a benchmark figure (bench/run.py), never a test assertion.
    built, cached = build_gazetteer(), load_gazetteer()
    assert len(built.entries) == len(cached.entries) and built.names.keys() == cached.names.keys()
    assert len(built.entries) > 10_000


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("iraq", ("country", "IQ", "Iraq")),
        ("iran", ("country", "IR", "Iran")),
        ("syria", ("country", "SY", "Syria")),
        ("dr congo", ("country", "CD", "Democratic Republic of the Congo")),
        ("democratic republic of the congo", ("country", "CD", "Democratic Republic of the Congo")),
        ("ivory coast", ("country", "CI", "Ivory Coast")),
        ("palestine", ("country", "PS", "Palestine")),
        ("iraqi", ("demonym", "IQ", "Iraq")),
        ("nigerian", ("demonym", "NG", "Nigeria")),
        ("salahuddin", ("admin1", "IQ", "Salah ad Din Governorate")),
        ("salah ad din", ("admin1", "IQ", "Salah ad Din Governorate")),
        ("salah al din", ("admin1", "IQ", "Salah ad Din Governorate")),
        ("salah ad din governorate", ("admin1", "IQ", "Salah ad Din Governorate")),
        ("diyala province", ("admin1", "IQ", "Diyala")),
        ("khyber pakhtunkhwa", ("admin1", "PK", "Khyber Pakhtunkhwa")),
        ("kp", ("admin1", "PK", "Khyber Pakhtunkhwa")),
        ("borno state", ("admin1", "NG", "Borno")),
        ("mosul", ("place", "IQ", "Mosul")),
        ("baquba", ("place", "IQ", "Baqubah")),
    ],
)
def test_name_index(key: str, expected: tuple[str, str, str]) -> None:
    assert expected in kinds(key)


def test_admin1_variants_fold_accents_and_affixes() -> None:
    assert {"salah ad din", "salah ad din governorate"} <= admin1_variants("Salah ad Din Governorate")
    assert "kirkuk" in admin1_variants("Muhafazat Kirkuk")
    assert "diyala" in admin1_variants("Diyālá")


def test_admin1_centroid_is_mean_of_its_places() -> None:
    gazetteer = load_gazetteer()
    latitude, longitude = gazetteer.admin1_centroids[("IQ", "Diyala")]
    assert 33.0 < latitude < 35.0 and 44.0 < longitude < 46.0


def test_seed_place_phrase() -> None:
    result = place(
        "Islamic State claimed responsibility for an attack targeting an army post in northern Iraq.",
        "The attack took place between Diyala and Salahuddin provinces, a rural area.",
    )
    assert (result["country"], result["country_code"], result["admin1"]) == ("Iraq", "IQ", "Diyala")
    assert result["location"] == "between Diyala and Salahuddin provinces"
    assert result["geo_precision"] == "admin1"


def test_town_gives_place_precision_and_admin1() -> None:
    result = place("A car bomb exploded in the southern town of Musayyib, Iraq, killing five people.")
    assert (result["country_code"], result["geo_precision"], result["admin1"]) == ("IQ", "place", "Babil")
    assert result["latitude"] is not None


def test_large_city_alone_resolves_country() -> None:
    result = place("Two suicide bombings rocked the city of Peshawar.")
    assert (result["country"], result["admin1"], result["location"]) == ("Pakistan", "Khyber Pakhtunkhwa", "Peshawar")


def test_country_only_gives_country_precision() -> None:
    result = place("Gunmen killed three soldiers in northern Nigeria.")
    assert (result["country"], result["geo_precision"], result["location"]) == ("Nigeria", "country", None)


def test_demonym_is_a_fallback() -> None:
    assert place("The Iraqi army said five soldiers were killed.")["country"] == "Iraq"
    assert place("Nigerian troops repelled the attack.")["country"] == "Nigeria"
    assert place("A bomb exploded in the Somalian capital.")["country"] == "Somalia"


def test_country_in_context_disambiguates() -> None:
    assert place("Gunmen attacked a checkpoint in Borno State.")["country_code"] == "NG"
    assert place("A bomb killed 3 people.", context=["Blast in Kabul kills three"])["country"] == "Afghanistan"


def test_border_neighbour_does_not_win() -> None:
    result = place("A bomb exploded outside a police station in Gaziantep, close to the border with Syria.")
    assert result["country"] == "Turkey"


@pytest.mark.parametrize(
    "sentences, country",
    [
        # every neighbour in a list after "borders", not only the first
        (["Gunmen ambushed a convoy near Diapaga on Monday.", "The region borders Niger, Benin and Togo."], "Burkina Faso"),
        (["Militants attacked a police post in Bannu.", "Islamabad says the group operates from Afghan territory."], "Pakistan"),
        (["Troops clashed with militants near Parachinar on Tuesday.", "The army accuses the group of operating from Afghan soil."], "Pakistan"),
    ],
)
def test_neighbours_in_a_list_and_where_a_group_operates_from_are_not_the_scene(sentences, country) -> None:
    """Countries a region borders, and the country a group is said to operate from, do not outvote the scene."""
    assert place(*sentences)["country"] == country


def test_common_word_place_needs_a_locative_cue() -> None:
    assert place("Police said the attackers fled.")["country"] is None


def test_subdivision_with_suffix_beats_same_name_village() -> None:
    result = place("Militants attacked a village in Kunar province.")
    assert (result["country_code"], result["admin1"], result["geo_precision"]) == ("AF", "Konar", "admin1")


def test_unknown_village_name_kept_as_location() -> None:
    result = place("Boko Haram fighters stormed the village of Kawurizzz in Borno State, Nigeria.")
    assert result["country"] == "Nigeria" and result["admin1"] == "Borno"
    assert result["location"] in ("Borno State", "Kawurizzz")


def test_a_country_name_is_the_country_not_a_namesake_subdivision() -> None:
    assert place("Boko Haram militants raided a village in Niger close to the Nigerian border.")["country"] == "Niger"


def test_capital_acronyms_match_only_in_capitals() -> None:
    assert place("Car bomb kills four near a market in Mogadishu.")["country"] == "Somalia"


def test_names_inside_longer_names_do_not_place_the_incident() -> None:
    result = place("Five troopers of the Central Reserve Police Force were killed in an ambush in Chhattisgarh.")
    assert result["country"] == "India"


def test_foreign_victims_and_embassies_do_not_place_the_incident() -> None:
    assert place("A suicide bomber struck outside the Indian consulate in Jalalabad.")["country"] == "Afghanistan"
    assert place("A UN police officer from Mauritania was killed in an attack in Bria.")["country"] == "Central African Republic"


def test_a_shared_name_follows_the_country_the_other_names_favour() -> None:
    # "Beni" is a Congolese city and a Bolivian department; "Kurdistan" an Iranian province and an Iraqi region
    assert place("ADF rebels killed 12 civilians in Beni.")["country_code"] == "CD"
    assert place("Two bombs exploded in Baghdad and a third in Kurdistan.")["country_code"] == "IQ"


def test_direction_words_are_not_subdivisions() -> None:
    assert place("Clashes broke out in Western Mosul.")["country_code"] == "IQ"


def test_a_one_country_group_places_an_otherwise_vague_text() -> None:
    result = extract_place(["Two fighters were killed when a car bomb exploded in the town of Theban."], group_homes=["SY"])
    assert result["country"] == "Syria"


def test_a_small_town_without_a_cue_places_the_incident_when_nothing_else_does() -> None:
    assert place("A Pahalgam hotel was the target of a grenade attack which killed four people.")["country"] == "India"


def test_a_country_name_that_starts_a_longer_name_is_not_the_scene() -> None:
    result = place("Multiple car bombs exploded outside the Green Zone in Baghdad, near the Palestine Hotel.")
    assert result["country"] == "Iraq"


def test_an_attackers_home_town_is_not_the_scene() -> None:
    assert place("A Palestinian from Tulkarm stabbed a man and an elderly woman in Natanya.")["country"] == "Israel"
    assert place("A resident of the West Bank stabbed an Israeli man outside a mall in Petah Tikva.")["country"] == "Israel"


def test_a_demonyms_troops_weigh_less_than_the_province_they_are_in() -> None:
    result = place("A roadside bomb struck a convoy of Ethiopian troops in the Gedo region.")
    assert result["country"] == "Somalia" and result["admin1"] == "Gedo"


def test_a_demonym_before_a_noun_is_the_country_not_a_namesake_subdivision() -> None:
    assert place("Nine Kenyan soldiers were killed by a bomb in the Somali city of Dhobley.")["country"] == "Somalia"


def test_a_possessive_ends_a_name() -> None:
    result = place("Terrorists attacked an army patrol in Jammu and Kashmir's Kupwara district.")
    assert result["country"] == "India" and result["admin1"] in ("Jammu and Kashmir", "Kashmir")


def test_a_subdivision_inside_a_longer_name_weighs_little() -> None:
    result = place("Two civilians were killed in a Taliban attack in Nahri Saraj District in Helmand province.")
    assert result["country"] == "Afghanistan" and result["admin1"] == "Helmand"


def test_blocked_phrases_are_not_places() -> None:
    assert place("Part of the Battle of Mosul: five Peshmerga were killed by a car bomb.")["country"] == "Iraq"
    assert place("An IED exploded in the Old City of Mosul, injuring a man.")["country"] == "Iraq"


def test_a_loose_alternate_name_does_not_beat_a_places_own_name() -> None:
    # geonames lists "Mora" among Bilimora's (India) alternate names; Mora is a town in Cameroon
    assert place("Two suicide bombers detonated themselves in the northern town of Mora.")["country"] == "Cameroon"


def test_a_company_based_elsewhere_does_not_place_the_incident() -> None:
    result = place("Gunmen shot dead a representative of a Dubai-based harbour operator in Bosaso town.")
    assert result["country"] == "Somalia"


def test_a_border_town_is_on_its_own_side_of_the_border() -> None:
    assert place("A car bomb exploded in the Lebanese border town of Nabi Othman.")["country"] == "Lebanon"


def test_a_name_after_another_and_a_comma_places_it() -> None:
    assert place("A gunman opened fire at a baseball field in Alexandria, Virginia, wounding five.")["country"] == "United States"


def test_origins_and_operators_are_not_the_scene() -> None:
    assert place("A Frenchman of Tunisian descent rammed a guard at a mosque in Valence.")["country"] == "France"
    assert place("A United States-operated drone struck a compound in North Waziristan.")["country"] == "Pakistan"


def test_an_organisations_of_country_is_not_the_scene() -> None:
    result = place("A car bomb exploded outside the offices of the People's Mujahedin of Iran near Baghdad.")
    assert result["country"] == "Iraq"


def test_rockets_fired_from_a_country_land_in_another() -> None:
    assert place("Three rockets fired from an area in Syria crashed into the centre of Kilis.")["country"] == "Turkey"


def test_a_demonym_is_not_a_namesake_subdivision_unless_a_subdivision_word_follows() -> None:
    assert place("A car bomb exploded near the Somali Petroleum Ministry.")["country"] == "Somalia"
    assert place("Gunmen killed five traders in the Somali region.")["country"] == "Ethiopia"


def test_short_words_that_are_also_towns_do_not_place_an_incident() -> None:
    assert place("A vehicle of the SDF was shot at in al-Sabha town, killing a commander.")["country_code"] != "NO"


def test_a_town_inside_a_longer_name_places_an_otherwise_unplaced_incident() -> None:
    assert place("Two women were killed after four suicide bombers attacked the Haditha Asphalt Factory.")["country"] == "Iraq"


def test_a_namesake_village_in_another_province_than_the_one_named_is_not_chosen() -> None:
    result = place("Gunmen killed 17 villagers in a raid on the village of Kware in Zamfara State's Tsafe area.")
    assert result["admin1"] == "Zamfara"


def test_drc_places_fall_in_the_provinces_created_in_2015() -> None:
    # rg_cities1000 still files Bunia under the old "Eastern Province"
    assert {(e.name, e.admin1) for e in load_gazetteer().lookup("bunia")} == {("Bunia", "Ituri")}
    assert {e.admin1 for e in load_gazetteer().lookup("kisangani")} == {"Tshopo"}
    assert place("Gunmen killed six people in Bunia on Sunday.")["admin1"] == "Ituri"


def test_the_town_the_wounded_were_evacuated_to_is_not_the_scene() -> None:
    result = place(
        "Four soldiers were killed on Saturday near Ouallam, in the Tillaberi region of Niger.",
        "Nine soldiers were wounded and evacuated to Niamey.",
    )
    assert result["admin1"] == "Tillaberi"


def test_an_accented_place_name_is_not_the_country_it_spells() -> None:
    result = place("Drones hit the army base in Puerto Jordán, in the Colombian department of Arauca.")
    assert (result["country_code"], result["admin1"]) == ("CO", "Arauca")


def test_the_capital_named_without_its_name() -> None:
    result = place("A suicide car bomb hit a police checkpoint in Somalia's capital on Friday, in the district of Hodan.")
    assert result["admin1"] == "Banaadir"


def test_pakistans_tribal_areas_are_in_khyber_pakhtunkhwa_since_2018() -> None:
    assert {e.admin1 for e in load_gazetteer().lookup("miran shah")} == {"Khyber Pakhtunkhwa"}


def test_a_place_named_then_described_is_the_location() -> None:
    result = place("Guerrillas abducted four health workers on Saturday near El Plateado, a coca-growing town in Colombia's south-west.")
    assert result["location"] == "El Plateado"


def test_bangladesh_divisions_new_spelling() -> None:
    assert place("An attack on a rally in Noakhali's Senbagh upazila, in Chattogram division, Bangladesh.")["admin1"] == "Chittagong"


def test_a_month_is_never_a_place() -> None:
    result = place("Residents blamed the Ethiopian military, which has used armed drones against Fano fighters since the "
                   "insurgency began in August 2023.")
    assert result["country_code"] == "ET"


def test_somali_regions_by_their_somali_names() -> None:
    assert place("A roadside bomb exploded in Wanlaweyn district, Shabeellaha Hoose, Somalia.")["admin1"] == "Lower Shabeelle"


def test_where_two_wounded_workers_come_from_is_not_the_scene() -> None:
    result = place("Gunmen shot two labourers in Imphal, Manipur.", "Sahil Ansari (24) and Pintu Kumar (31), both from Bihar, were rushed to RIMS, Imphal.")
    assert result["admin1"] == "Manipur"


def test_a_continent_is_never_the_scene() -> None:
    result = place(
        "Communist guerrillas killed four Philippine soldiers in an ambush in the central province of Northern Samar on Tuesday.",
        "The army blamed the New People's Army, which has waged one of Asia's longest-running insurgencies since 1969.",
    )
    assert result["admin1"] == "Eastern Visayas" and result["location"] != "Asia"


@pytest.mark.parametrize(
    "sentence, scene, elsewhere",
    [
        ("Gunmen killed 19 soldiers near Banibangou in the Tillabéri region, and the wounded were being treated in Niamey.", "Tillaberi", "Niamey"),
        ("The toll rose to 12 after one of the injured passengers died at Civil Hospital Quetta; the attack was in Kalat.", "Balochistan", "Quetta"),
        ("A drone attack on the police station in Suárez killed three officers; one died of his wounds in Cali.", "Cauca", "Cali"),
        ("Labourers killed in an attack in Kalat on Friday were buried in their hometowns in south Punjab.", "Balochistan", "Punjab"),
        ("The clashes took place in Lubero territory in North Kivu, about 150 km north of Goma.", "North Kivu", "Goma"),
    ],
)
def test_hospitals_hometowns_and_reference_points_are_not_the_scene(sentence: str, scene: str, elsewhere: str) -> None:
    result = place(sentence)
    assert result["admin1"] == scene and result["location"] != elsewhere


def test_a_persons_name_is_not_a_town() -> None:
    result = place("A militia commander, Hassan Dhagax, said four of his men were killed in the clashes.")
    assert result["country_code"] is None  # not Hassan, India


def test_a_possessive_country_name_is_not_its_homonymous_state() -> None:
    result = place("Drones killed two people in the Tierra Caliente region of Mexico's western state of Michoacán.")
    assert (result["country_code"], result["admin1"]) == ("MX", "Michoacan")


def test_a_loose_alternate_name_does_not_carry_a_foreign_country() -> None:
    # geonames lists "Boni" among Bonn's alternate names; Boni here is a town in Mali
    result = place("A bus hit an explosive device between Boni and Hombori, the Malian army said.")
    assert result["country_code"] == "ML"


def admin1_names(key: str, country: str) -> set[str]:
    return {e.name for e in load_gazetteer().lookup(key) if e.kind == "admin1" and e.country_code == country}


def test_two_sources_spellings_of_one_subdivision_are_one_entry() -> None:
    # ISO 3166-2 and GeoNames spell some regions differently; each spelling finds the same entry
    assert admin1_names("atacora", "BJ") == admin1_names("atakora", "BJ") == {"Atakora"}
    assert admin1_names("tigrai", "ET") == admin1_names("tigray", "ET")
    assert admin1_names("oueme", "BJ") == admin1_names("queme", "BJ")
    # a compass word or a town of another subdivision keeps two names apart
    assert "West Kalimantan" not in admin1_names("kalimantan", "ID")
    assert "Atsinanana" not in admin1_names("antsiranana", "MG")


def test_an_arabic_subdivision_name_may_drop_its_final_h() -> None:
    assert "zawiya" in admin1_variants("Az Zawiyah") and admin1_names("zawiya", "LY") == {"Az Zawiyah"}


def test_a_quarter_named_like_a_famous_place_elsewhere_keeps_the_country() -> None:
    result = place("A police drone hit a house in the Brooklyn neighbourhood of Port-au-Prince on Sunday.")
    assert (result["country_code"], result["admin1"]) == ("HT", "Ouest")


def mention_weights(sentence: str, text: str) -> dict[str, float]:
    from tasks.extract.places import _mention_weights, find_place_mentions

    mention = next(m for m in find_place_mentions(sentence, 0) if m.text == text)
    return _mention_weights(mention, load_gazetteer())


def test_a_compass_named_department_needs_the_country_first() -> None:
    assert mention_weights("Gunmen killed four people in the West department.", "West department") == {}


def test_a_subdivision_only_iso_knows_is_weak_without_in() -> None:
    from tasks.extract.places import WEIGHTS

    assert mention_weights("A Bel Air resident said nine people died.", "Bel Air")["SC"] <= WEIGHTS["admin1_bare"]


def test_a_small_village_in_another_province_than_the_lead_names_is_not_chosen() -> None:
    result = place(
        "Troops and rebels fought in the uplands of Northern Samar on Friday.",
        "The clash began near the village of Balugo in Las Navas town.",
    )
    assert result["admin1"] == "Eastern Visayas"


def test_west_bank_places_take_the_governorate_of_the_nearest_seat() -> None:
    assert {e.admin1 for e in load_gazetteer().lookup("burin") if e.country_code == "PS"} == {"Nablus"}
    assert {e.admin1 for e in load_gazetteer().lookup("tammun") if e.country_code == "PS"} == {"Tubas"}
    assert admin1_names("ramallah and al bireh", "PS") == {"Ramallah"}
    result = place("Settlers beat farmers in the village of Burin on Monday, in the occupied West Bank.")
    assert (result["country_code"], result["admin1"]) == ("PS", "Nablus")


def test_of_namesakes_the_one_nearest_the_other_places_named() -> None:
    near_salfit = place("Settlers torched cars in the village of al-Mughayyir, east of Salfit, in the West Bank.")
    near_tubas = place("Settlers torched cars in the village of al-Mughayyir, west of Tubas, in the West Bank.")
    assert (near_salfit["admin1"], near_tubas["admin1"]) == ("Salfit", "Jenin")


def test_a_surname_after_a_particle_is_not_a_place() -> None:
    result = place("Police shot Joao Pereira dos Santos on Tuesday during a raid in Brazil's north-east.")
    assert result["country_code"] == "BR" and result["location"] != "Santos"


def test_a_subdivision_inside_a_longer_name_is_a_weak_vote() -> None:
    from tasks.extract.places import WEIGHTS

    assert max(mention_weights("An official was shot in Swidan Jazira.", "Jazira").values()) < WEIGHTS["admin1_bare"]


def test_the_shebelle_spelling_names_the_shabelle_regions() -> None:
    place = extract_place(["A roadside bomb hit a convoy in Somalia's Lower Shebelle region on Friday."])
    assert place["country_code"] == "SO"
    other = extract_place(["A roadside bomb hit a convoy in Somalia's Lower Shabelle region on Friday."])
    assert place["admin1"] is not None and place["admin1"] == other["admin1"]


def test_a_city_named_in_passing_yields_to_the_province_named_as_the_scene() -> None:
    place = extract_place([
        "Gunmen attacked a police post in a small town in the south of Sistan-Baluchestan on Friday.",
        "A militant group that Tehran calls a terrorist organisation later said its men had done it.",
    ])
    assert place["admin1"] == "Sistan and Baluchestan"


def test_a_possessive_state_names_the_district_of_that_state() -> None:
    place = extract_place(["A policeman was killed by a mine near a village in Chhattisgarh's Bijapur district on Monday."])
    assert place["admin1"] == "Chhattisgarh"


def test_a_possessive_country_still_cues_its_province() -> None:
    place = extract_place(["Militants kidnapped three farmers in Iraq's northern Ninawa province and shelled a village in eastern Diyala."])
    assert place["admin1"] == "Ninawa"


def test_the_new_papuan_provinces_are_named_in_english_or_indonesian() -> None:
    assert extract_place(["Rebels burned a clinic in Puncak regency, Papua Tengah province, on Monday."])["admin1"] == "Central Papua"
    assert extract_place(["Gunmen shot a teacher in Nangrahar province on Sunday."])["admin1"] == "Nangarhar"


@pytest.mark.parametrize(
    "aftermath",
    [
        "Two of the wounded died during their evacuation to Niamey.",
        "One wounded soldier died on Monday at the military hospital in Niamey.",
        "The injured were being treated at a regional referral hospital in Niamey.",
    ],
)
def test_a_hospital_or_evacuation_town_is_not_the_scene(aftermath: str) -> None:
    result = extract_place(["Gunmen attacked an army post near Tera in Niger on Saturday, killing ten soldiers.", aftermath])
    assert result["admin1"].startswith("Tillab")


@pytest.mark.parametrize(
    "militia",
    ["the Volunteers for the Defence of the Homeland", "a Coalition for the Salvation of the Homeland", "the Guardians of the Homeland"],
)
def test_a_place_word_ending_a_militias_name_is_not_a_place(militia: str) -> None:
    result = extract_place([f"Gunmen attacked a post of {militia} near Djibo in Burkina Faso, killing two."])
    assert result["country"] == "Burkina Faso"


def test_a_countrys_name_in_a_dateline_is_not_its_namesake_state() -> None:
    result = extract_place(["TOLUCA, Mexico (IW) - Gunmen killed four officers in a village of Michoacan state on Friday."])
    assert result["admin1"].startswith("Michoac")
    assert extract_place(["Gunmen killed a judge on a road in Mexico on Friday."])["admin1"] is None


def test_a_town_the_scene_is_measured_from_gives_its_province() -> None:
    result = extract_place(["Gunmen attacked a militia post in Koulbila, about 30 kilometres west of Fada Ngourma, in Burkina Faso on Monday."])
    assert result["admin1"] == "Est"


@pytest.mark.parametrize(
    "sentence",
    [
        "Shelling hit a clinic in Bani Suheila on Monday, according to Gaza's health ministry.",
        "A drone struck a car in Bani Suheila, Gaza civil defence officials said.",
        "An air strike flattened a house in Bani Suheila, the Gaza government media office said.",
    ],
)
def test_the_home_of_a_body_that_speaks_does_not_veto_the_scene(sentence: str) -> None:
    # the town lies in Khan Yunis governorate; "Gaza's health ministry" says who speaks, not where it happened
    assert extract_place([sentence])["admin1"] == "Khan Yunis"


def test_a_province_named_as_a_locator_still_picks_the_namesake() -> None:
    # the possessive that locates ("Gaza's ... district") is not an institution and keeps its veto
    assert INSTITUTION_AFTER_RE.match("'s Shati camp") is None
    assert INSTITUTION_AFTER_RE.match("'s civil defence agency")


def test_older_romanisation_of_a_thai_province() -> None:
    place = extract_place(["A bomb hit a ranger patrol in Narathiwas province on Monday."])
    assert (place["country_code"], place["admin1"]) == ("TH", "Narathiwat")


def test_a_ships_ports_of_call_and_the_gulf_it_sails_are_not_the_scene() -> None:
    """"had called at Nigerian ports", "the Gulf of Guinea": neither names the country where the ship was hit."""
    result = place("Pirates boarded a tanker in the Gulf of Guinea that had called at Nigerian ports.", context=["Lome, Togo"])
    assert result["country"] == "Togo"


@pytest.mark.parametrize(
    "sentence, admin1, location",
    [
        # where a bus set out from, and where it was going, are not where it was stopped
        ("Bandits ambushed a minibus travelling from Kano near Funtua, killing the driver.", "Katsina", "Funtua"),
        ("Gunmen stopped a lorry travelling from Jos to Kano near Zaria and abducted four traders.", "Kaduna", "Zaria"),
    ],
)
def test_a_journeys_ends_are_not_the_scene(sentence, admin1, location) -> None:
    result = place(sentence)
    assert (result["country"], result["admin1"], result["location"]) == ("Nigeria", admin1, location)


def test_a_victims_home_town_and_the_base_he_was_flown_to_are_not_the_scene() -> None:
    result = place(
        "A patrol came under fire on Sunday in the Menaka region.",
        "The dead soldier, Sergeant Amadou Traore, 27, from Sikasso, was flown to the military base in Gao.",
    )
    assert (result["country"], result["admin1"]) == ("Mali", "Ménaka")
    assert result["location"] not in ("Sikasso", "Gao")


def test_a_subdivisions_two_sources_spellings_are_one_subdivision() -> None:
    """Sudan's Gezira (ISO 3166-2) is GeoNames' Al Jazirah: one subdivision, whichever spelling the text uses."""
    assert {e.name for e in load_gazetteer().lookup("gezira") if e.kind == "admin1" and e.country_code == "SD"} == {"Al Jazirah"}
    result = place("Paramilitary fighters looted a market in the south of Gezira state, Sudan.")
    assert (result["country"], result["admin1"]) == ("Sudan", "Al Jazirah")


def test_nabatieh_spellings_name_lebanons_nabatiye() -> None:
    result = place("An Israeli drone struck a motorcycle on the road to Khiam in Nabatieh governorate.")
    assert (result["country"], result["admin1"]) == ("Lebanon", "Nabatiye")


def test_a_foreign_namesake_village_does_not_outvote_the_dateline_country() -> None:
    """Only a small town abroad shares the village's name: the dateline and the demonym decide the country."""
    result = extract_place(
        [
            "Gunmen killed at least 30 villagers overnight, a Burkinabe security source said.",
            "Survivors said the attackers arrived on motorbikes in Solhan and set fire to the market.",
        ],
        ["Dori, Burkina Faso"],
        header_lines=1,
    )
    assert result["country"] == "Burkina Faso"


def test_a_tie_between_the_attackers_demonyms_and_the_scene_goes_to_the_context() -> None:
    result = place(
        "An Israeli drone struck a motorcycle in the Bekaa valley on Sunday, killing its rider, a civil defence official said.",
        "The Israeli army said the rider was a Hezbollah fighter; an Israeli spokesman gave no name.",
        context=["Beirut", "Strikes have continued in Lebanon despite the truce."],
    )
    assert (result["country"], result["admin1"]) == ("Lebanon", "Beqaa")


def test_the_country_refugees_fled_is_not_the_scene() -> None:
    result = place(
        "A grenade thrown into a crowded bar killed a trader last night, police said.",
        context=["Grenade attack kills trader", "The town, in the Far North region, hosts thousands of people escaping the violence in neighbouring Chad."],
    )
    assert (result["country"], result["admin1"]) == ("Cameroon", "Far North")


def test_forces_named_by_nationality_abroad_do_not_settle_the_country() -> None:
    """Only demonyms ("Kenyan soldiers") vote for Kenya; the scene is a Somali region, so the context decides."""
    result = place(
        "Kenyan soldiers killed six militants in a raid on a camp in the Gedo region, the Kenyan army said.",
        "Two Kenyan soldiers were wounded.",
        context=["Kismayo, Somalia", "Kenya sent troops into Somalia in 2011 to fight al-Shabaab."],
    )
    assert (result["country"], result["admin1"]) == ("Somalia", "Gedo")


def test_a_roundups_section_heading_places_the_incidents_under_it() -> None:
    from datetime import date

    from tasks.extract import extract_incidents

    text = (
        "AFGHANISTAN WEEKLY: market blast in Herat, checkpoint shooting in Kunduz\n\n"
        "Our weekly round-up of security incidents across Afghanistan.\n\n"
        "KUNDUZ\nGunmen killed three policemen at a checkpoint in Chahar Dara district on Tuesday night. "
        "Police said the attackers fled on motorbikes.\n\n"
        "HERAT\nA bomb hidden in a handcart wounded five people at a crowded market on Wednesday, police said.\n"
    )
    found = extract_incidents(text, published=date(2026, 3, 14))
    assert [(r["country"], r["admin1"]) for r in found] == [("Afghanistan", "Kunduz"), ("Afghanistan", "Herat")]


@pytest.mark.parametrize(
    ("sentences", "first", "heading"),
    [
        (["Our round-up.", "NIGER \u2013 Tillaberi.", "Gunmen attacked a post."], 2, "NIGER \u2013 Tillaberi."),
        (["Our round-up.", "KASESE", "A bomb went off.", "Police blamed the ADF."], 3, "KASESE"),
        (["A bomb went off in Kasese on Monday.", "Police blamed the ADF."], 1, None),
    ],
)
def test_section_heading(sentences, first, heading) -> None:
    assert section_heading(sentences, first) == heading


@pytest.mark.parametrize(
    ("sentence", "admin1"),
    [
        # North Gaza is not named after a town: its places take it through its seat, Jabalia
        ("A drone strike killed three people in Beit Lahia in the northern Gaza Strip.", "North Gaza"),
        ("Shelling hit a school in Beit Hanoun on Friday.", "North Gaza"),
        ("An air strike flattened a house in Gaza City's Shejaia district.", "Gaza"),
        ("An Israeli strike hit a tent camp in Deir al-Balah on Monday, killing five.", "Deir El Balah"),
    ],
)
def test_gaza_strip_places_take_their_own_governorate(sentence, admin1) -> None:
    result = place(sentence)
    assert (result["country"], result["admin1"]) == ("Palestine", admin1)


def test_where_a_witness_flew_in_from_is_not_the_scene() -> None:
    result = place(
        "A car bomb exploded outside a restaurant in Kismayo, Somalia, on Friday.",
        "A Somali-Canadian who had flown in from Toronto a week earlier said the blast threw him to the floor.",
    )
    assert result["country"] == "Somalia"


def test_a_city_named_later_in_another_province_is_not_the_scene() -> None:
    """The lead names the province; a later sentence's capital, in another province, is background, not the scene."""
    found = place(
        "Gunmen shot dead the head of a hamlet in northern Nigeria's Kaduna State late on Sunday.",
        "The killing follows weeks of abductions on the highways, which have pushed up food prices in Abuja.",
    )
    assert found["admin1"] == "Kaduna"


def test_where_a_commentator_works_is_not_the_scene() -> None:
    """ "a security analyst in Nairobi said": the analyst's city, not where the attack happened."""
    found = place(
        "Militants attacked a police post in the north-east of the country on Monday.",
        "A security analyst in Nairobi said such raids had become more frequent near the Somali border.",
        context=["Kenya: militants attack police post"],
    )
    assert found["admin1"] != "Nairobi Area" and found["location"] != "Nairobi"


@pytest.mark.parametrize(
    "sentence, country, admin1",
    [
        # news spellings of towns GeoNames spells another way (place_aliases.yaml)
        ("Gunmen killed five people in Beledweyn on Monday.", "SO", "Hiiraan"),
        ("A drone hit a market in Maarat al-Numan.", "SY", "Idlib"),
        ("Rockets were fired at Sderot overnight.", "IL", "Southern District"),
        ("Russian shelling killed three people in Bakhmut.", "UA", "Donetsk"),
        ("Gunmen attacked a checkpoint near Grozny.", "RU", "Chechnya"),
        ("The army said fighters attacked Miranshah.", "PK", "Khyber Pakhtunkhwa"),
        ("Gang members killed 10 people in Durán on Tuesday.", "EC", "Guayas"),  # GeoNames: Eloy Alfaro
    ],
)
def test_news_spellings_of_conflict_towns_find_the_town(sentence, country, admin1) -> None:
    result = place(sentence)
    assert (result["country_code"], result["admin1"], result["geo_precision"]) == (country, admin1, "place")


@pytest.mark.parametrize(
    "sentence, country, admin1",
    [
        ("ADF rebels killed 12 villagers in Kiwanja on Sunday.", "CD", "North Kivu"),
        ("Insurgents beheaded five people in Macomia district.", "MZ", "Cabo Delgado"),
        ("The Arakan Army overran an outpost in Maungdaw township.", "MM", "Rakhine"),
        ("Jihadists killed 14 civilians in Seytenga on Tuesday.", "BF", "Sahel"),
    ],
)
def test_conflict_localities_geonames_lacks_resolve_to_their_subdivision(sentence, country, admin1) -> None:
    # no point is invented for them: the coordinates are the subdivision's
    result = place(sentence)
    assert (result["country_code"], result["admin1"], result["geo_precision"]) == (country, admin1, "admin1")
    assert result["location"]


def test_a_conflict_locality_named_without_a_place_cue_does_not_outvote_the_country() -> None:
    # like a small town's, a village's name counts only where the text names it as a place
    assert place("Kiwanja Mohamed, a trader, was shot dead in Kenya.")["country_code"] == "KE"


def test_a_country_named_like_its_subdivision_does_not_hide_the_town_before_it() -> None:
    # "Culiacan, Mexico": the country's name, not the State of Mexico, so Sinaloa's Culiacan stands
    result = place("Gunmen killed five people in Culiacan, Mexico, on Monday.")
    assert (result["country_code"], result["admin1"], result["location"]) == ("MX", "Sinaloa", "Culiacan")


@pytest.mark.parametrize(
    "name, country, admin1",
    [("Bryansk", "RU", "Brjansk"), ("Krasnodar Krai", "RU", "Krasnodarskiy"), ("North Khorasan", "IR", "Khorasan-e Shomali"),
     ("Benishangul-Gumuz", "ET", "Binshangul Gumuz"), ("Grand'Anse", "HT", "Grandans")],
)
def test_english_names_of_subdivisions_find_the_gazetteers_spelling(name, country, admin1) -> None:
    assert ("admin1", country, admin1) in kinds(fold(name))


def test_a_capital_that_speaks_for_its_government_does_not_hide_the_scene() -> None:
    # "Kyiv said": the government's voice; the town the bomb hit is the scene, in its own province
    result = place("Kyiv said a Russian glide bomb killed three civilians in Kostiantynivka on Monday.")
    assert (result["country_code"], result["admin1"], result["location"]) == ("UA", "Donetsk", "Kostiantynivka")


@pytest.mark.parametrize(
    "sentence, country",
    [
        ("The ISPR said four soldiers were killed in an exchange of fire on Sunday.", "PK"),
        ("Al-Shabaab fighters attacked an SNA base on Monday, killing eight soldiers.", "SO"),
        ("MONUSCO peacekeepers came under fire on Tuesday.", "CD"),
        ("Maoists killed two CRPF jawans in an ambush on Monday.", "IN"),
    ],
)
def test_forces_and_missions_named_instead_of_their_country_say_where(sentence, country) -> None:
    assert place(sentence)["country_code"] == country


def test_a_force_named_abroad_does_not_outvote_the_scene() -> None:
    # Kenya's KDF in Somalia's Gedo: the force's country is a weak vote, the named region the scene
    assert place("KDF troops repulsed an attack in Gedo region on Monday.")["country_code"] == "SO"


def test_a_place_name_with_a_possessive_is_found_as_texts_are_read() -> None:
    """ "Cox's Bazar": the tokenizer drops a possessive 's, and the gazetteer indexes the name that way too."""
    found = place("Two Rohingya men were shot dead near a camp in Cox's Bazar on Monday.")
    assert (found["country_code"], found["location"]) == ("BD", "Cox's Bazar")


@pytest.mark.parametrize("sentence, admin1", [
    ("Gunmen killed five people in Odesa on Monday.", "Odessa"),  # not Odessa, Texas: the tables romanise it differently
    ("A drone struck a block of flats in Kharkiv overnight.", "Kharkiv"),
])
def test_a_city_the_two_tables_spell_differently_keeps_its_size(sentence, admin1) -> None:
    found = place(sentence)
    assert (found["country_code"], found["admin1"], found["geo_precision"]) == ("UA", admin1, "place")


@pytest.mark.parametrize("sentence, admin1", [
    ("Maoists killed three policemen in Bijapur district on Monday.", "Chhattisgarh"),
    ("Maoists killed three policemen in Bijapur district of Chhattisgarh.", "Chhattisgarh"),
    ("A bomb killed three people in Vijayapura district, police said.", "Karnataka"),
])
def test_a_district_is_not_a_namesake_town_in_another_state(sentence, admin1) -> None:
    assert place(sentence)["admin1"] == admin1


def test_a_name_read_as_a_district_stays_the_district_in_later_sentences() -> None:
    found = place(
        "Suspected Maoists abducted two villagers in Bijapur district on Friday night.",
        "The Bijapur superintendent of police blamed the Maoists.",
        "In January, an IED blast in Bijapur's Kutru area killed eight jawans.",
    )
    assert found["admin1"] == "Chhattisgarh"

"""State forces as perpetrators (tasks/extract/state_forces.py)."""

from __future__ import annotations

import pytest

from tasks.extract.actors import extract_perpetrator
from tasks.extract.state_forces import find_state_agent, lead_state_strike, state_force_country


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Malian soldiers killed at least 20 villagers in Moura on Sunday, residents said.", "Malian army"),
        ("Residents said the dead were killed by Nigerian Air Force jets that bombed a wedding.", "Nigerian air force"),
        ("A Pakistani air strike hit a house in Khost, killing six children.", "Pakistani military"),
        ("The Sudanese Armed Forces shelled a market in El Fasher.", "Sudanese armed forces"),
        ("Burkina Faso's army massacred 50 civilians in Solenzo.", "Burkinabe army"),
    ],
)
def test_state_forces_acting_against_people_are_named(sentence: str, name: str) -> None:
    found = find_state_agent([sentence])
    assert found is not None and found.name == name and found.evidence == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "Nigerian troops killed 12 insurgents in Borno.",  # counter-insurgency: the victims are fighters
        "Four Malian soldiers were killed when their vehicle hit a mine near Boni.",  # the forces were the victims
        "A 16-year-old stabbed a policeman and was shot dead by Israeli troops.",  # a response to an attack
        "Unknown armed men attacked two check posts of Pakistani security forces, killing six soldiers.",
        "The Israeli Air Force struck 20 Hamas targets across the Gaza Strip.",  # a named group's positions
        "Militants from the Free Syrian Army killed four villagers.",  # a group whose name holds a demonym
    ],
)
def test_forces_that_respond_or_suffer_are_not_perpetrators(sentence: str) -> None:
    assert find_state_agent([sentence]) is None


def test_an_attack_with_a_group_named_keeps_the_group() -> None:
    result = extract_perpetrator(["Al-Shabaab fighters attacked a base; Somali soldiers killed three civilians in the crossfire."], "SO")
    assert result["perpetrator"] == "al-Shabaab"


def test_blamed_state_forces_are_suspected() -> None:
    result = extract_perpetrator(["Residents blamed Malian soldiers, who they said killed 20 herders near Diafarabé."], "ML")
    assert (result["perpetrator"], result["claimed"], result["suspected"]) == ("Malian army", False, True)


def test_registry_state_forces_only_when_they_act() -> None:
    assert extract_perpetrator(["18 Tatmadaw soldiers were killed when rebels attacked a base in Hpakant."], "MM")["perpetrator"] == "Unknown"
    assert extract_perpetrator(["Villagers blamed the Myanmar military for the air strike."], "MM")["perpetrator"] == "Myanmar military"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Malian army", "ML"), ("Sudanese Armed Forces", "SD"), ("Ethiopian National Defense Forces", "ET"),
        ("Myanmar military", "MM"), ("Japanese Red Army", None), ("Free Syrian Army", None), ("Islamic State", None),
    ],
)
def test_state_force_country_names_only_states(name: str, code: str | None) -> None:
    assert state_force_country(name) == code


def test_blame_on_the_federal_army_or_a_defense_force() -> None:
    from tasks.extract.actors import extract_perpetrator

    lead = "A drone strike on a market killed 21 civilians last Friday, residents said, blaming the federal army for the attack."
    assert extract_perpetrator([lead], "ET")["perpetrator"] == "Ethiopian army"
    named = "Residents blamed the Ethiopian National Defense Force (ENDF), the only party known to operate armed drones."
    assert extract_perpetrator([named], "ET")["perpetrator"] == "Ethiopian armed forces"
    denied = '"There were no Fano fighters in the market, only farmers," said one resident.'
    assert extract_perpetrator([denied], "ET")["perpetrator"] == "Unknown"


def test_a_lead_naming_the_striking_state_and_its_forces_confirming_the_strike() -> None:
    sentences = [
        "An Israeli drone strike on a house in the West Bank town of Tammun killed a woman and her two sons last night, "
        "two days after Israeli settlers torched homes near Ramallah.",
        'The Israeli military said it had struck "a terrorist who hurled an explosive device at troops".',
    ]
    result = extract_perpetrator(sentences, "PS")
    assert (result["perpetrator"], result["claimed"], result["suspected"]) == ("Israeli military", True, False)
    # without the confirmation it is the state's strike, not a claim
    assert extract_perpetrator(sentences[:1], "PS")["perpetrator"] == "Israeli military"
    assert extract_perpetrator(sentences[:1], "PS")["claimed"] is False


def test_a_state_strike_that_opens_the_incident_outranks_a_group_named_later() -> None:
    sentences = [
        "An Israeli air strike flattened a house in the southern Lebanese village of Yaroun late on Thursday, killing four members of one family.",
        "Hezbollah, which has not fired on Israel since the ceasefire took effect, did not immediately comment.",
    ]
    confirmation = 'The Israeli military said its aircraft had struck "a Hezbollah weapons storage facility" in Yaroun.'
    result = extract_perpetrator(sentences, "LB", article=sentences + ["It was a house.", confirmation])
    assert (result["perpetrator"], result["claimed"]) == ("Israeli military", True)


@pytest.mark.parametrize(
    ("lead", "confirmation", "force"),
    [
        ("A military air strike aimed at bandits hit traders returning from a weekly market yesterday near Tungar Kaura.",
         'The Nigerian Air Force said in a statement that its jets had struck "a confirmed terrorist enclave" on Wednesday.',
         "NG"),
        ("A drone strike on a weekly market in central Mali on Tuesday killed at least 11 civilians.",
         'The Malian army, in a communique on Wednesday, said its air force had carried out "precision strikes" in the area.',
         "ML"),
    ],
)
def test_forces_that_confirm_an_unattributed_strike_are_its_perpetrator(lead: str, confirmation: str, force: str) -> None:
    result = extract_perpetrator([lead], None, article=[lead, "Residents gave a higher figure.", confirmation])
    assert state_force_country(result["perpetrator"]) == force and result["claimed"] is True


# --- the incident country's own forces, named without the country ---


def test_army_confirming_its_own_strike_is_a_claim():
    from tasks.extract.state_forces import state_claims

    sentences = ["Residents said a drone hit the cattle market.", "The army confirmed it had carried out a strike near the market on Sunday."]
    assert state_claims(sentences, "ML", "ML") == sentences[1]
    assert state_claims(sentences, "ML", "NE") is None  # another country's army is not "the army"


def test_defence_ministry_confirming_troops_fired_is_a_claim():
    from tasks.extract.state_forces import state_claims

    sentence = "The Defence Ministry confirmed in a statement that troops on patrol had fired on the car after it failed to stop."
    assert state_claims([sentence], "MX", "MX") == sentence


def test_forces_opening_the_lead_as_agents_lead_the_incident():
    from tasks.extract.state_forces import lead_state_strike

    lead = ["Nigerian military jets bombed a village market in the north-west late Sunday, killing at least 14 traders, residents said."]
    assert lead_state_strike(lead).name.startswith("Nigerian")


def test_forces_shooting_an_attacker_do_not_lead_the_incident():
    from tasks.extract.state_forces import lead_state_strike

    assert lead_state_strike(["French police shot dead a man at a station after he reportedly stabbed two passengers."]) is None


def test_confirmation_with_the_day_after_the_statement():
    # "said in a statement on Monday that it had struck": the day may come after the statement
    lead = "A drone strike on a cattle fair near Gao on Saturday killed at least seven herders."
    confirmation = 'The Malian army said in a statement on Monday that it had struck "an enemy assembly point" near Gao.'
    result = extract_perpetrator([lead], "ML", article=[lead, "Relatives buried the dead.", confirmation])
    assert (result["perpetrator"], result["claimed"]) == ("Malian army", True)


def test_army_saying_its_air_force_struck_is_a_claim():
    from tasks.extract.state_forces import state_claims

    sentence = "The army said in a statement that its air force had hit rebel depots in the town."
    assert state_claims([sentence], "SD", "SD") == sentence


def test_blamed_army_over_a_group_named_inside_a_quoted_target():
    sentences = [
        "On Monday a strike hit homes in Geneina, according to local officials, who blamed the Sudanese army.",
        'The army said in a statement that its aircraft had struck "RSF weapons depots" in the town.',
    ]
    result = extract_perpetrator(sentences, "SD")
    assert (result["perpetrator"], result["claimed"]) == ("Sudanese army", True)


def test_army_jargon_in_quotes_confirms_the_strike():
    from tasks.extract.state_forces import state_claims

    sentence = 'The Israeli military said on Telegram that it had "eliminated a Hezbollah commander" in the strike.'
    assert state_claims([sentence], "IL") == sentence


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("A Russian guided aerial bomb hit a square in the small town, killing three residents.", "Russian forces"),
        ("A Turkish missile struck a farmhouse near the border, wounding a shepherd.", "Turkish forces"),
        ("Israeli artillery shelled the outskirts of the village, killing a farmer.", "Israeli forces"),
        ("A Russian cruise missile killed four people in an apartment block.", "Russian forces"),
    ],
)
def test_a_sides_munition_striking_people_names_its_forces(sentence: str, name: str) -> None:
    from tasks.extract.state_forces import lead_state_strike

    found = lead_state_strike([sentence])
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "sentence",
    [
        "A Palestinian rocket struck a house near the fence, wounding two.",  # factions, not a state, fire these
        "A Russian missile hit militant positions in the hills.",  # victims were fighters: the forces respond
        "Russian missiles were shot down over the capital overnight.",  # the munitions are the object
    ],
)
def test_munitions_that_do_not_make_a_state_the_actor(sentence: str) -> None:
    assert find_state_agent([sentence]) is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Kenyan Defence Forces said one of its helicopters had struck a camp near the border.", "Kenyan armed forces"),
        ("The Haitian National Police confirmed that a drone flown by its officers hit a house in the capital.", "Haitian police"),
        ("The Nigerian Air Force said an aircraft operated by one of its units struck a market by mistake.", "Nigerian air force"),
    ],
)
def test_forces_confirming_a_strike_by_craft_they_fly(sentence: str, name: str) -> None:
    from tasks.extract.state_forces import confirmed_strike

    found = confirmed_strike([sentence])
    assert found is not None and found.name == name


def test_forces_confirmation_opening_the_incident_names_them_despite_the_target_named() -> None:
    result = extract_perpetrator(
        ["The Haitian National Police confirmed that a drone operated by one of its units struck a house where gang "
         "leaders were said to be meeting, on Sunday.", "Neighbours said six people died, two of them children."],
        "HT",
    )
    assert result["perpetrator"] == "Haitian police" and result["claimed"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "After the ambush, the Turkish military said, jets struck hideouts used by the group on Saturday night.",
        "The Israeli military said troops had struck a launch site in the south.",
        "The Pakistani army said in a statement that soldiers attacked a compound near the border.",
    ],
)
def test_forces_statement_with_bare_craft_or_troops_is_a_confirmation(sentence: str) -> None:
    from tasks.extract.state_forces import confirmed_strike

    assert confirmed_strike([sentence]) is not None


def test_killed_in_strikes_near_a_place_reads_the_forces_confirmation_elsewhere() -> None:
    confirmation = "Later, the Turkish military said, warplanes hit caves used by the group in the mountains."
    result = extract_perpetrator(
        ["A local official said four fighters were killed in strikes near a hamlet in the district."],
        "IQ", article=[confirmation, "A local official said four fighters were killed in strikes near a hamlet in the district."],
    )
    assert result["perpetrator"] == "Turkish military" and result["claimed"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Late on Monday, an Israeli warplane struck a depot outside Brital, wounding three neighbours.",
        "Hours later, on Wednesday morning, a Russian missile slammed into a school in Kharkiv.",
        "Separately, a Turkish drone crashed into a car near Qamishli, killing two men.",
        "Overnight, a Russian glide bomb tore through an apartment block in Zaporizhzhia.",
    ],
)
def test_a_time_opener_or_an_impact_verb_keeps_the_striking_state(sentence: str) -> None:
    from tasks.extract.state_forces import lead_state_strike

    assert lead_state_strike([sentence]) is not None


def test_a_weapon_only_strike_takes_the_articles_own_name_for_the_forces() -> None:
    from tasks.extract.state_forces import StateForce, text_force_name

    force = StateForce("Israeli forces", "IL", "an Israeli warplane struck a depot")
    article = ["The Israeli military said the depot stored rockets.", "The Israeli army gave no figures."]
    assert text_force_name(force, article) == "Israeli military"
    assert text_force_name(force, ["Israeli forces have struck the area for weeks."]) == "Israeli forces"
    assert text_force_name(force, ["No one commented."]) == "Israeli forces"


def test_a_statement_that_covers_no_single_strike_is_no_confirmation() -> None:
    from tasks.extract.state_forces import confirmed_strike

    generic = "Russia's defence ministry, which does not comment on individual strikes, said its forces had hit enemy positions."
    assert confirmed_strike([generic]) is None
    assert confirmed_strike(["Russia's defence ministry said its forces had hit a fuel depot in Sumy."]) is not None


@pytest.mark.parametrize(
    ("sentence", "country", "name"),
    [
        ("Army jets bombed a cattle market in El Geneina on Sunday, killing 14 traders.", "SD", "Sudanese army"),
        ("Military helicopters fired on a wedding party near Kidal on Friday, killing seven guests.", "ML", "Malian military"),
    ],
)
def test_own_forces_without_a_country_word(sentence: str, country: str, name: str) -> None:
    found = find_state_agent([sentence], country)
    assert found is not None and found.name == name


def test_own_forces_hitting_militants_are_a_response() -> None:
    assert find_state_agent(["Army helicopters struck militant hideouts near Jilib on Monday."], "SO") is None


def test_force_acronym_confirms_its_strike() -> None:
    result = extract_perpetrator(
        ["A drone strike hit a motorbike near Nabatieh on Monday, killing its rider.",
         "The IDF said it had struck a Hezbollah field commander."], "LB",
    )
    assert (result["perpetrator"], result["claimed"]) == ("Israeli military", True)


def test_a_refugee_camp_is_not_an_attackers_camp() -> None:
    found = find_state_agent(["Israeli soldiers shot dead a teenager in Balata refugee camp on Tuesday, medics said."], "PS")
    assert found is not None and found.name == "Israeli army"


def test_a_foreign_state_blamed_by_its_name_is_its_forces() -> None:
    found = find_state_agent(["A rocket slammed into a warehouse in Kharkiv overnight.", "The mayor blamed Russia for the attack."], "UA")
    assert found is not None and found.name == "Russian forces"


def test_own_state_blamed_by_name_is_not_read_as_foreign_forces() -> None:
    assert find_state_agent(["Protesters blamed Kenya for the killings in the camp."], "KE") is None


@pytest.mark.parametrize(
    ("statement", "name"),
    [
        ("Russia's Defence Ministry said on Friday that Russian forces had struck a command post in the city.", "Russian forces"),
        ('Turkey\'s defence ministry said the Turkish military had "neutralised" five militants in an air operation.', "Turkish military"),
    ],
)
def test_a_ministry_confirming_its_forces_strike_by_their_national_name(statement: str, name: str) -> None:
    result = extract_perpetrator(["A drone strike hit a car near the village on Monday, killing two men.", statement], "IQ")
    assert (result["perpetrator"], result["claimed"]) == (name, True)


def test_a_confirmation_before_a_separate_account_does_not_confirm_it() -> None:
    ministry = "Russia's Defence Ministry said Russian forces had struck a depot in the city overnight."
    separate = "Separately, prosecutors said a Russian drone had hit a bus near Kupiansk, wounding four people."
    result = extract_perpetrator([separate, "They blamed Russian forces."], "UA", [ministry], [ministry, separate, "They blamed Russian forces."])
    assert (result["perpetrator"], result["claimed"], result["suspected"]) == ("Russian forces", False, True)


@pytest.mark.parametrize(
    "statement",
    [
        "U.S. Africa Command said on Friday that it had carried out an airstrike against militants near Jilib.",
        "AFRICOM said in a statement that it had conducted a strike on an ISIS-Somalia camp.",
        "U.S. Central Command said its forces had struck a drone launch site.",
    ],
)
def test_a_us_command_confirming_its_strike_claims_it_under_its_name(statement: str) -> None:
    result = extract_perpetrator([statement], "SO" if "Somalia" in statement or "Jilib" in statement else "YE")
    assert result["claimed"] and state_force_country(result["perpetrator"]) == "US"


def test_forces_that_cause_the_leads_casualties_act_though_their_statement_speaks_of_militants() -> None:
    result = extract_perpetrator(
        ["Six herders were killed on Friday after Chadian military helicopters bombed a cattle market near Kaiga.",
         "The army's theatre command said its aircraft had hit a Boko Haram logistics base in the area."],
        "TD",
    )
    assert result["perpetrator"] == "Chadian military"
    # the lead's own attackers keep the forces out
    assert find_state_agent(["Two soldiers died when militants attacked a post, and Malian troops then shelled the area."]) is None


def test_a_theatre_command_speaks_for_the_forces_by_its_operations_name() -> None:
    result = extract_perpetrator(
        ["Eleven traders were killed when a Nigerian Air Force jet struck a market at Dumba.",
         'The Air Component of Operation Safe Haven said its aircraft had "eliminated several bandits" near the market.'],
        "NG",
    )
    assert (result["perpetrator"], result["claimed"]) == ("Nigerian air force", True)


def test_police_opening_fire_in_a_round_up_item_and_owning_it() -> None:
    result = extract_perpetrator(
        ["In Kisumu, the lakeside city, police opened fire on Tuesday on a crowd of opposition supporters.",
         'A spokesman for the National Police Service in Kisumu, Mr Otieno, said officers had "used live ammunition" on looters.'],
        "KE",
    )
    assert (result["perpetrator"], result["claimed"]) == ("Kenyan police", True)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Police of the Republic of Mozambique", "MZ"), ("Armed Forces of the Philippines", "PH"),
     ("Revolutionary Armed Forces of Colombia", None), ("Armed Forces of National Liberation (Puerto Rico)", None)],
)
def test_forces_named_body_first_then_state(name: str, code: str | None) -> None:
    assert state_force_country(name) == code


def test_an_unattributed_strike_causing_the_deaths_is_owned_by_forces_giving_name_and_acronym() -> None:
    lead = "Rescuers say at least seven people died when a strike hit a school used as a shelter in Deir al-Balah."
    statement = 'The Israel Defense Forces (IDF) said it "struck militants operating inside a command centre" in the area.'
    result = extract_perpetrator([lead], "PS", article=[lead, "Medics said most of the dead were women.", statement])
    assert state_force_country(result["perpetrator"]) == "IL" and result["claimed"] is True


def test_an_air_strike_on_militants_leads_and_its_ministry_as_source_confirms_it() -> None:
    result = extract_perpetrator(
        ["Pakistani jets killed twelve Tehrik-i-Taliban Pakistan fighters in an air raid on a compound in Paktika on "
         "Sunday, the military said."],
        "AF",
    )
    assert (state_force_country(result["perpetrator"]), result["claimed"]) == ("PK", True)
    # troops on the ground firing at militants are a response, and an attack by others in the sentence keeps it so
    assert lead_state_strike(["Pakistani troops killed six militants who had attacked a checkpoint in Bannu."]) is None
    assert lead_state_strike(["Pakistani jets struck hideouts in Tirah after militants ambushed a convoy on Friday."]) is None


def test_forces_acknowledging_a_strike_by_an_unnamed_military_craft_own_it() -> None:
    lead = "Mourners buried eleven people in Tillaberi on Friday, a day after a military drone struck a cattle market near Banibangou."
    statement = "The Nigerien army acknowledged the strike, saying it had been aimed at bandits."
    result = extract_perpetrator([lead], "NE", article=[lead, statement])
    assert (state_force_country(result["perpetrator"]), result["claimed"]) == ("NE", True)
    # a denial owns nothing
    denied = extract_perpetrator([lead], "NE", article=[lead, "The Nigerien army denied carrying out the strike."])
    assert denied["claimed"] is False


def test_a_craft_flown_by_the_countrys_police_strikes_and_the_police_give_its_aim() -> None:
    lead = "A drone flown by a police team hit a compound in Croix-des-Bouquets on Monday, killing two people, neighbours said."
    aim = "The Haitian National Police said the strike was aimed at a gang commander."
    result = extract_perpetrator([lead], "HT", article=[lead, aim], follow_up=[aim])
    assert (state_force_country(result["perpetrator"]), result["claimed"]) == ("HT", True)


def test_a_craft_named_with_its_model_strikes_for_its_country():
    lead = "Syrian MiG-23 fighter jets struck a hideout of the Islamic State group near Palmyra on Friday, killing seven militants, the army said."
    assert lead_state_strike([lead]).country_code == "SY"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("FAMa soldiers opened fire on a wedding party near Mopti, killing six people.", "ML"),
        ("KDF troops shot dead two herders near Garissa on Monday.", "KE"),
    ],
)
def test_national_forces_named_by_their_own_acronym(sentence: str, country: str) -> None:
    from tasks.extract.state_forces import expand_force_acronyms

    assert state_force_country(lead_state_strike([expand_force_acronyms(sentence)]).name) == country


# Blind knowledge round: services and state-aligned militias that news names without a country word.
@pytest.mark.parametrize(
    ("sentence", "country", "name", "claimed"),
    [
        ("Frontier Corps personnel opened fire on protesters outside a checkpoint in Turbat, killing three men.", "PK", "Frontier Corps", False),
        ("Two villagers were killed when Central Reserve Police Force (CRPF) personnel fired on a crowd in Jiribam.", "IN", "Central Reserve Police Force", False),
        ("Members of the Civilian Joint Task Force beat two herders to death at a checkpoint near Konduga.", "NG", "Civilian Joint Task Force", False),
        ("Members of Mexico's National Guard opened fire on a pickup truck in Nuevo Laredo, killing five young men.", "MX", "Mexican national guard", False),
        ("Ukraine's SBU security service said on Wednesday its drones had struck an oil refinery in Ryazan.", "RU", "Security Service of Ukraine", True),
        ("Iran's Revolutionary Guards said they had fired ballistic missiles at a building in Erbil, killing four civilians.", "IQ",
         "Islamic Revolutionary Guard Corps", True),
    ],
)
def test_named_services_that_act_are_the_perpetrator(sentence: str, country: str, name: str, claimed: bool) -> None:
    result = extract_perpetrator([sentence], country)
    assert (result["perpetrator"], result["claimed"]) == (name, claimed)


@pytest.mark.parametrize(
    ("sentence", "country", "name"),
    [
        ("A CRPF trooper was killed and another wounded as Maoists set off three IED blasts in Bastar.", "IN", "Communist Party of India (Maoist)"),
        ("A grenade blast targeted a CRPF truck in Imphal resulting in one CRPF personnel killed and another one injured.", "IN", "Unknown"),
        ("At least four female suicide bombers were killed when civilian JTF foiled an attack in a suburb of Maiduguri.", "NG", "Unknown"),
        ("Two members of Iran's Basij forces were killed in a shootout with armed men near Zahedan.", "IR", "Unknown"),
        ("Militants stormed a Frontier Corps camp in Zhob overnight, killing seven soldiers.", "PK", "Unknown"),
    ],
)
def test_named_services_that_suffer_or_respond_are_not(sentence: str, country: str, name: str) -> None:
    assert extract_perpetrator([sentence], country)["perpetrator"] == name


@pytest.mark.parametrize(
    ("name", "code"),
    [("Frontier Corps", "PK"), ("CRPF", "IN"), ("SBU", "UA"), ("VDP", "BF"), ("Sudan Shield Forces", "SD"), ("Bello Turji", None)],
)
def test_named_services_count_as_their_countrys_forces(name: str, code: str | None) -> None:
    assert state_force_country(name) == code


@pytest.mark.parametrize(
    ("sentence", "country", "name"),
    [
        ("Pakistani artillery fire killed five civilians in Spin Boldak district on Saturday, a Taliban spokesman said.", "AF", "Pakistani military"),
        ("Junta aircraft struck a market in Rakhine State on Monday, killing at least 40 people, according to the Arakan Army and aid workers.",
         "MM", "Myanmar military"),
        ("A military airstrike on a village in northern Shan State killed nine people on Friday, the Ta'ang National Liberation Army said.",
         "MM", "Myanmar military"),
        ("A drone strike by the Malian army killed eight civilians at a market in Kidal region on Sunday, a Tuareg separatist coalition said.",
         "ML", "Malian army"),
        ("Airstrikes by the Saudi-led coalition hit a market in Saada province on Sunday, killing 14 people.", "YE", "Saudi-led coalition"),
    ],
)
def test_a_group_that_reports_a_state_strike_is_its_source_not_its_actor(sentence: str, country: str, name: str) -> None:
    result = extract_perpetrator([sentence], country)
    # "Burmese military" and "Myanmar military" are one actor, as eval counts them
    assert state_force_country(result["perpetrator"]) == state_force_country(name)
    assert result["evidence"]["perpetrator"] == sentence


def test_wire_style_us_with_stops_is_a_state() -> None:
    assert find_state_agent(["A U.S. airstrike killed three civilians near Jilib, relatives said."], "SO").country_code == "US"
    assert state_force_country("U.S. military") == "US"


@pytest.mark.parametrize(
    ("sentence", "country", "code"),
    [
        ("Israeli fire killed three Palestinians near an aid distribution site in Rafah on Tuesday.", "PS", "IL"),
        ("Two Palestinians were killed by Israeli gunfire near Khan Younis, medics said.", "PS", "IL"),
        ("Egyptian border guards shot dead a Sudanese migrant near the border on Monday.", "EG", "EG"),
        ("Security forces opened fire on protesters in Nairobi, killing two, Amnesty International said.", "KE", "KE"),
    ],
)
def test_forces_named_by_their_fire_their_border_guards_or_as_security_forces(sentence: str, country: str, code: str) -> None:
    found = find_state_agent([sentence], country)
    assert found is not None and found.country_code == code


@pytest.mark.parametrize(
    ("sentence", "country", "code"),
    [
        ("Shelling by Kyiv's forces killed two civilians in the centre of Donetsk on Thursday.", "UA", "UA"),
        ("Moscow's troops shelled a school in Kherson on Monday, killing three.", "UA", "RU"),
        ("Regime forces shelled the town of Ariha in Idlib province on Saturday, killing four children.", "SY", "SY"),
        ("Government troops opened fire on protesters in Omdurman on Thursday, killing three.", "SD", "SD"),
        ("Residents blamed regime forces for the shelling of the market.", "SY", "SY"),
    ],
)
def test_forces_named_by_their_capital_or_their_role(sentence: str, country: str, code: str) -> None:
    found = find_state_agent([sentence], country)
    assert found is not None and found.country_code == code


def test_a_capital_alone_is_a_place_and_its_possessive_the_state() -> None:
    assert state_force_country("Kyiv's forces") == "UA"
    assert find_state_agent(["Kyiv police said a man shot two people in a cafe on Friday."], "UA") is None


def test_a_ministry_named_by_its_capital_confirms_the_strike() -> None:
    found = extract_perpetrator(
        ["Russian forces struck an apartment block in Kharkiv with a glide bomb on Friday, killing six residents.",
         "Moscow's Defence Ministry said it had hit 'a command post of the Ukrainian armed forces' in the city."], "UA")
    assert found["perpetrator"].startswith("Russian") and found["claimed"] is True


def test_coalition_aircraft_in_yemen_are_the_saudi_led_coalition() -> None:
    found = extract_perpetrator(["Coalition aircraft struck a wedding party in Hajjah province on Sunday, killing 21 people."], "YE")
    assert (found["perpetrator"], found["suspected"]) == ("Saudi-led coalition", True)
    found = extract_perpetrator(["Coalition aircraft struck an Islamic State hideout near Mosul on Sunday."], "IQ")
    assert found["perpetrator"] != "Saudi-led coalition"


def test_a_general_staff_confirms_its_forces_strike() -> None:
    sentence = "Ukraine's General Staff said its forces had struck a Russian air base in Crimea overnight with long-range drones."
    found = extract_perpetrator([sentence], "UA")
    assert (found["perpetrator"], found["claimed"]) == ("Ukrainian military", True)


@pytest.mark.parametrize(
    ("sentences", "country", "code"),
    [
        (["A drone struck a bus in Horlivka on Monday, killing three passengers.", "Officials blamed Kyiv for the attack."], "UA", "UA"),
        (["A missile hit a supermarket in Kharkiv on Saturday, killing 14 shoppers.",
          "Ukrainian officials accused Moscow of deliberately targeting civilians."], "UA", "RU"),
    ],
)
def test_a_capital_blamed_by_name_or_accused_of_an_act_is_its_states_forces(sentences: list[str], country: str, code: str) -> None:
    found = extract_perpetrator(sentences, country)
    assert state_force_country(found["perpetrator"]) == code and found["suspected"] is True


def test_a_state_blamed_in_a_paragraph_after_the_account_is_the_actor() -> None:
    found = extract_perpetrator(["A missile hit a supermarket in Kharkiv on Saturday, killing 14 shoppers."], "UA",
                                follow_up=["Ukrainian officials accused Moscow of deliberately targeting civilians."])
    assert state_force_country(found["perpetrator"]) == "RU"
    assert find_state_agent(["Police said Kyiv residents were killed by falling debris."], "UA") is None


def test_a_states_bare_strike_on_a_groups_commander_is_its_own_operation() -> None:
    found = lead_state_strike(["An Israeli strike killed a Hezbollah commander in a car near Tyre on Wednesday."], "LB")
    assert found is not None and found.country_code == "IL"
    # troops killing a group's fighters at the scene stay a response
    assert lead_state_strike(["Nigerian troops killed 12 Boko Haram fighters who attacked a village in Borno."], "NG") is None


def test_the_pretext_for_killing_civilians_is_no_other_attacker() -> None:
    sentence = ("Nigerien troops killed 15 civilians in the village of Tassia, Tillaberi, on Sunday after mistaking them for "
                "jihadists, a local official said.")
    found = find_state_agent([sentence], "NE")
    assert found is not None and state_force_country(found.name) == "NE"
    # troops killing militants stay the response, not an attack
    assert find_state_agent(["Nigerien troops killed 15 jihadists near Tassia on Sunday, the army said."], "NE") is None

"""Nouns that count people: victims, attackers, and words that are never people."""

from __future__ import annotations

PERPETRATOR_NOUNS = frozenset(
    "militant militants attacker attackers assailant assailants gunman gunmen terrorist terrorists insurgent "
    "insurgents jihadist jihadists extremist extremists bomber bombers perpetrator perpetrators shooter shooters "
    "hijacker hijackers kidnapper kidnappers abductor abductors rebel rebels suspect suspects raider raiders "
    "infiltrator infiltrators guerrilla guerrillas guerilla guerillas jihadi jihadis bandit bandits separatist "
    "separatists assassin assassins khwarij khawarij kharijis takfiri takfiris hoodlums outlaws miscreants dacoit dacoits "
    # Latin American armies call the guerrillas they kill "subversives"; police call armed gang members "gangsters";
    # border guards call armed men who cross the line "intruders"
    "subversive subversives gangster gangsters intruder intruders "
    # kidnappers told by what they hold: "one of the captors was killed in the rescue"
    "captor captors hostage-taker hostage-takers".split()
)
PERSON_SINGULAR = frozenset(
    """
    soldier trooper officer policeman policewoman cop constable guard bodyguard commander colonel general major
    captain lieutenant sergeant corporal commando militiaman serviceman servicewoman jawan gendarme peacekeeper
    marine sailor airman pilot civilian man woman boy girl child baby infant toddler teenager teen youth student
    pupil teacher worker employee journalist reporter photographer cameraman official leader elder chief mayor
    governor deputy minister lawmaker legislator mp senator councillor councilor judge prosecutor lawyer
    politician candidate activist cleric imam priest pastor monk nun worshipper pilgrim farmer herder herdsman
    shepherd fisherman villager resident passenger driver tourist visitor guest customer shopper shopkeeper trader
    vendor businessman merchant doctor nurse medic volunteer refugee migrant member person individual bystander
    pedestrian relative wife husband son daughter brother sister father mother tribesman contractor engineer
    hostage captive victim fighter commissioner inspector director headmaster principal chairman spokesman
    administrator secretary staffer agent detective ranger warden councilman christian muslim blogger personnel
    writer activist national citizen schoolboy schoolgirl cadet recruit conscript gendarme groom bride
    subedar sepoy havildar naik sowar
    companion onlooker passerby passer-by friend colleague neighbour neighbor escort aide assistant interpreter
    translator patient prisoner inmate detainee labourer laborer miner porter waiter clerk watchman sentry
    caretaker nephew niece cousin uncle aunt grandson granddaughter grandfather grandmother parent kid lady
    conductor doorman janitor trustee defender mourner congregant devotee pensioner retiree gunner
    tapper carpenter tailor mechanic butcher baker farmhand logger hunter boatman motorcyclist cyclist motorist
    rider hawker beggar scavenger nomad pastoralist peasant settler labourer sheikh chieftain barber cook cleaner
    lineman linemen technician surveyor electrician plumber
    supervisor manager foreman overseer superintendent owner proprietor landlord tenant dealer broker banker accountant
    scholar professor lecturer rector dean diplomat ambassador consul envoy representative magistrate sheriff headman
    sarpanch mullah maulana mufti rabbi preacher seminarian musician singer artist poet athlete footballer chef steward
    surgeon pharmacist paramedic firefighter coworker co-worker seller
    usher deacon catechist chorister sacristan sexton verger evangelist
    prefect sub-prefect subprefect emir chairperson coordinator organiser organizer campaigner
    attendant stewardess hostess receptionist cashier bartender vigilante auditor enumerator midwife vaccinator
    missionary bishop archbishop muezzin chaplain schoolteacher headteacher tutor trainee apprentice trucker cabbie
    sweeper reservist registrar courier spouse widow orphan newborn grandchild stepson stepdaughter fiance fiancee
    boyfriend girlfriend housewife homeowner householder occupant commuter traveller traveler spectator worshiper
    churchgoer parishioner novice deminer undergraduate schoolchild seafarer crewmember deckhand fisherwoman diver
    prospector woodcutter herdboy goatherd drover mason bricklayer welder
    """.split()  # role nouns of victims told as "killed a road supervisor", "gunned down the village sarpanch"
)
PERSON_PLURAL_ONLY = frozenset("people persons personnel police children men women others crew troops staff bodies corpses grandchildren schoolchildren".split())
NON_PERSON_NOUNS = frozenset(
    """
    vehicle vehicles car cars truck trucks bus buses house houses home homes building buildings shop shops
    cattle cow cows goat goats sheep camel camels animal animals horse horses rocket rockets mortar mortars bomb
    bombs shell shells grenade grenades missile missiles round rounds bullet bullets attack attacks blast blasts
    explosion explosions incident incidents village villages town towns district districts province provinces
    country countries weapon weapons gun guns rifle rifles device devices ied ieds drone drones aircraft
    helicopter helicopters tank tanks kilogram kilograms kg tonnes hectares acres dollars euros series wave spate
    string number part half percent cases case years months days hours minutes weeks bombings shootings raids
    cities city locations location areas area places place regions region sites site states state times
    points goals games matches seasons votes seats shares jobs units copies miles metres meters
    gang gangs faction factions cartel cartels alliance alliances coalition organisation organisations
    organization organizations
    head heads herd herds flock flocks livestock poultry
    motorcycle motorcycles motorbike motorbikes bicycle bicycles boat boats
    """.split()  # "head", "herd", "flock": the measure words of animals ("took away about 30 head of cattle")
)


# Role nouns compounded with "-man"/"-woman" ("patrolman", "linesman", "fisherwoman") name people; these few
# words end the same way and do not
# The dead told by their bodies ("nine bodies were found"): people, but never one list with the living.
BODY_NOUNS = frozenset(("bodies", "body", "corpses", "corpse"))
NOT_MAN_COMPOUNDS = frozenset("human humans talisman ottoman caiman doberman abdomen specimen specimens regimen yemen".split())


def is_man_compound(word: str) -> bool:
    """True for a role noun built on "-man"/"-men"/"-woman"/"-women" ("patrolman", "watchmen")."""
    return len(word) >= 6 and word.endswith(("man", "men")) and word not in NOT_MAN_COMPOUNDS and word.isalpha()


def is_person_word(word: str) -> bool:
    """True for a noun that counts people ("soldiers", "policeman", "attackers")."""
    return (
        word in PERSON_SINGULAR or word in PERSON_PLURAL_ONLY or word in PERPETRATOR_NOUNS
        or word.rstrip("s") in PERSON_SINGULAR or (word.endswith("men") and word[:-3] + "man" in PERSON_SINGULAR)
        or word == "children" or is_man_compound(word)
    )


def captives(nouns: str) -> bool:
    """The counted noun phrase names people who can be held ("seven children"), not a vehicle ("a passenger bus") or attackers."""
    words = nouns.split(" of ")[0].split()
    head = words[-1] if words else ""
    return is_person_word(head) and head not in PERPETRATOR_NOUNS

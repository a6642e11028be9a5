"""Target type: which category of victim or property the text makes the object of the attack."""

from __future__ import annotations

import re

from .text import blank_spans, folded, join_sentences, sentence_at

# Target keywords: (category, base weight, pattern). More specific institutions weigh more
# than the generic "civilians" so "a bomb at a mosque killed 5 people" is religious.
TARGET_KEYWORDS: list[tuple[str, float, str]] = [
    ("military", 2.0, r"\bsoldiers?\b|\btroops?\b|\barmy\b|\bmilitary\b|\bservicem[ae]n\b|\bmarines?\b|\bparatroopers?\b|"
     r"\bpeacekeep\w*|\bbarracks\b|\bregiment\b|\bbattalion\b|\bgarrison\b|\boutposts?\b|\bjawans?\b|\bcommandos?\b|"
     r"\bmilitary\s+(?:base|convoy|post|vehicle|patrol)|\barmy\s+(?:post|base|camp|convoy|patrol)|\bFrontier\s+Corps\b|\bparamilitary\b"),
    # Thailand's and Pakistan's paramilitary Rangers; park and forest rangers guard wildlife, not the state's borders.
    # (A separate entry with the look-behinds after the word, so the search keeps its fast literal scan.)
    ("military", 2.0, r"\brangers?\b(?<!park\srangers)(?<!park\sranger)(?<!forest\srangers)(?<!forest\sranger)"
     r"(?<!wildlife\srangers)(?<!wildlife\sranger)"),
    # a convoy is the army's unless the text says what it carries: "a convoy of fuel tankers" is transport
    ("military", 1.4, r"\bsecurity\s+(?:forces|personnel|post|checkpoint|convoy)\b|"
     r"\bconvoy\b(?!\s+of\s+(?:about\s+|some\s+|around\s+|\d+\s+|[a-z]+ty\s+)?(?:[\w-]+\s+)?(?:tankers?|trucks?|lorries|buses|cars|vehicles|aid|traders|merchants|passengers|civilians|pilgrims|displaced))|\bmilitiam[ae]n\b|\bpatrols?\b|\bfighters\b"),
    # the dead told as members of an armed group, even when the victims' nouns say only "members" (README: a
    # militia on a state payroll is military; a man an army calls a member of a group is military)
    # (the killing verb first, so the group's members who attacked are not taken for its victims)
    ("military", 4.5, r"\b(?:killing|killed|kills|wounding|wounded)\s+(?:\w+\s+){0,3}?(?:members?|fighters)\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:armed\s+group|militia|rebel\s+group|armed\s+wing)\b"),
    # Burkina Faso's state-armed volunteers guard posts for the army (README: a Civilian JTF post is military)
    ("military", 2.2, r"\bVDPs?\b|\bVolunteers\s+for\s+the\s+Defen[cs]e\s+of\s+the\s+(?:Homeland|Fatherland)\b"),
    # Mexico's National Guard is a militarised force under the defence ministry (README): military, like its guardsmen
    ("military", 2.0, r"\bNational\s+Guard\b|\bguardsm[ae]n\b"),
    # "an internal security checkpoint": Syria's and Lebanon's interior-ministry forces are police, the
    # General Security service included (README)
    ("police", 2.2, r"\bGeneral\s+Security\b|\binternal\s+security\b|\bpolice\w*|\bpatrolm[ae]n\b|\bcops?\b|\bconstables?\b|\bgendarme\w*|\bborder\s+guards?\b|\bLevies\b"),
    # India's state police units fight as paramilitaries but are police (README: District Reserve Guard)
    ("police", 2.6, r"\bDistrict\s+Reserve\s+Guards?\b|\bDRG\b|\bCRPF\b|\bCentral\s+Reserve\s+Police\b|\bSpecial\s+Task\s+Force\b"),
    # a checkpoint the attackers set up to stop their victims ("an illegal checkpoint", "a fake roadblock") is no target
    ("police", 0.8, r"\bcheckpoints?\b(?<!illegal\scheckpoint)(?<!illegal\scheckpoints)(?<!fake\scheckpoint)(?<!fake\scheckpoints)"
     r"(?<!bogus\scheckpoint)(?<!makeshift\scheckpoint)(?<!impromptu\scheckpoint)"),
    ("government", 2.0, r"\bofficials?\b|\bgovernor\b|\bmayor\b|\b(?:sub-?)?prefects?\b|\bministers?\b|\bministry\b|\blawmakers?\b|\bparliament\w*|"
     r"\bMPs?\b|\bsenators?\b|\bpoliticians?\b|\bcommissioners?\b|\b(?:ward|township|village|town|municipal|sub-?district|district|local|county|provincial)\s+administrators?\b|\bcandidates?\b|\belection\w*|\bheadm[ae]n\b|\bvillage\s+chiefs?\b|\btribal\s+(?:chief|elder)s?\b|\bdeput(?:y|ies)\b|\bpolling\b|\bballot\b|\bcouncil\w*|"
     # the state's field staff: census enumerators, tax collectors, revenue and forest officials
     r"\b(?:census\s+)?enumerators?\b|\bcensus\s+(?:workers|officials|staff|teams?)\b|\btax\s+collectors?\b|"
     r"\bgovernment\s+(?:building|office|offices|compound|headquarters|employees|workers)|\bjudges?\b|\bcourt(?:house)?\b|"
     r"\bprosecutors?\b|\bpolitical\s+(?:rally|party|office)|\brally\b|\bcampaign\b|\bdistrict\s+(?:chief|office|headquarters)|"
     # a party's premises (GTD: political party) and village councils ("Union Parishad office", "panchayat")
     r"\bparty\s+(?:office|offices|headquarters|premises)\b|\b(?:offices?|headquarters|premises)\s+of\s+the\s+(?:[\w-]+\s+){1,4}?party\b|"
     r"\bunion\s+parishad\b|\bpanchayat\b|\bsarpanch\b(?!'s)|\bmunicipal\s+(?:office|building|council)\b"),
    ("religious", 2.3, r"\bmosques?\b|\bchurch(?:es)?\b|\btemples?\b|\bshrines?\b|\bsynagogues?\b|\bmonaster\w*|\bmadrassa?h?\w*|"
     r"\bseminar(?:y|ies)\b|\bworshipp?ers?\b|\bpilgrims?\b|\bclerics?\b|\bimams?\b|\bpriests?\b|\bpastors?\b|\bmonks?\b|"
     r"\bnuns\b|\bcongregation\b|\bprayers?\b|\breligious\s+(?:procession|gathering|leader|school)|\bAshura\b|\bprocession\b"),
    ("educational", 2.3, r"\bschools?\b|\buniversit\w*|\bcolleges?\b|\bstudents?\b|\bpupils?\b|\bteachers?\b|\bclassrooms?\b|"
     r"\bcampus\b|\bschool\s*teachers?\b|\bheadm(?:aster|istress)\b|\bschoolgirls?\b|\bschoolchildren\b|\bschoolboys?\b|\bkindergarten\b"),
    ("journalists", 2.5, r"\bjournalists?\b|\breporters?\b|\bnewspaper\b|\bTV\s+station|\btelevision\s+(?:station|channel|crew)|"
     r"(?<!\bits\s)(?<!\btheir\s)\bradio\s+station|\bbroadcaster\b|\bcameram[ae]n\b|\bphotographers?\b|\bmedia\s+(?:office|outlet|workers)"),
    ("diplomatic", 2.5, r"\bembass(?:y|ies)\b|\bconsulates?\b|\bdiplomat\w*|\bambassadors?\b|\bUN\s+(?:compound|mission|office|staff)"),
    # a utility's crews and vans are its infrastructure, not a business (README: a utility's repair crew)
    ("infrastructure", 2.2, r"\b(?:power|electricity|energy|water|gas|utility)\s+(?:company|companies|utilit(?:y|ies)|supplier|distributor|board)\b|"
     r"\b(?:repair|maintenance)\s+crews?\b|\belectricians\b|\blinem[ae]n\b|\butility\s+workers\b"),
    ("infrastructure", 2.0, r"\bpipelines?\b|\bpower\s+(?:station|plant|lines?|pylons?|grid)|\belectricity\b|\btransmission\s+towers?|"
     r"\btelecom\w*(?!\s+(?:company|companies|firm|operator|provider))|\b(?:mobile|cell)\s+(?:phone\s+)?towers?|\bbridges?\b|\bdams?\b|\bwater\s+(?:supply|plant|well)|"
     r"\boil\s+(?:wells?|fields?|facility|installation|refinery)|\bgas\s+(?:fields?|plants?|facilit(?:y|ies)|installations?)\b|\brailway\s+(?:line|track)s?|\brail\s+line"),
    ("transport", 1.8, r"\bbus(?:es)?\b|\bminibus\w*|\btrains?\b|\brailway\s+station|\bbus\s+(?:station|stop|terminal)|\bairports?\b|"
     r"\bairliner\b|\bplane\b|\bflight\b|\bpassengers?\b|\bferry\b|\btaxis?\b|\bcommuters?\b|"
     r"\b(?:merchant|cargo|container|commercial)\s+(?:ships?|vessels?)\b|\b(?:bulk\s+)?carrier\b|\btankers?\b|\bfreighters?\b|\bvessels?\b|"
     r"\bcrew(?:men|\s+members)?\b|\bsailors\b|\bseafarers\b|"
     # boats are transport like ships (README), fishing boats included
     r"\b(?:fishing\s+)?boats?\b|\btrawlers?\b"),
    # aid workers and NGO staff: GTD's NGO category, filed here under other (README: NGO workers taken from a convoy)
    ("other", 2.6, r"\b(?:aid|humanitarian|relief|NGO|charity)\s+(?:workers?|staff|staffers|convoys?|agenc(?:y|ies)|groups?|organi[sz]ations?|volunteers?)\b|"
     # the aid agencies by name: UN humanitarian agencies, the Red Cross movement, medical charities
     r"\bWorld\s+Food\s+Programme\b|\bWFP\b|\bUNICEF\b|\bUNHCR\b|\bICRC\b|\bRed\s+(?:Cross|Crescent)\b|\bM[ée]decins\s+Sans\s+Fronti[èe]res\b|"
     r"\bDoctors\s+Without\s+Borders\b|\bMSF\b|\bSave\s+the\s+Children\b|\bOxfam\b|\bNorwegian\s+Refugee\s+Council\b|"
     r"\b(?:non-governmental|nongovernmental)\s+organi[sz]ations?\b|\bworkers?\s+(?:with|for|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:NGO|charity|aid\s+(?:group|agency))\b"),
    ("business", 1.8, r"\bshops?\b|\bstores?\b|\bhotels?\b|\brestaurants?\b|\bcaf[eé]s?\b|\bbanks?\b|\bcompany\b|\bfactory\b|"
     r"\bbusiness\w*|\bshopping\s+(?:mall|centre|center)|\bsupermarkets?\b|\bnightclubs?\b|\bbars?\b|\bcinemas?\b|\bcasinos?\b|"
     r"\bcontractors?\b|\bconstruction\s+workers?\b|\bmining\s+(?:site|company)|\bworkers\b|\bemployees\b|"
     # a working mine is a business, never the landmine of a bombing
     r"\b(?:coal|gold|copper|tin|cobalt|diamond|jade|emerald)\s+mines?\b|"
     # a contractor's plant on a work site, and paying customers of a venue
     r"\bexcavators?\b|\bbackhoes?\b|\bbulldozers?\b|\bdump(?:er)?\s+trucks?\b|\bearth[-\s]?movers?\b|\bconstruction\s+(?:site|equipment|machinery|project|firm)s?\b|"
     r"\bcustomers\b|\b(?:pool|billiards?|snooker)\s+halls?\b|\bcar\s+wash\b|\bmoney\s+changers?\b|\bpetrol\s+stations?\b|\bfuel\s+stations?\b"),
    # a school, mosque or hall used as a shelter: the displaced people in it are the target, not the institution
    ("civilians", 2.8, r"\bdisplaced\s+(?:\w+\s+)?(?:families|people|persons|residents)\s+(?:were|are|had\s+been|have\s+been)\s+(?:sheltering|staying|living)\b|"
     r"\b(?:shelters?|sheltering)\s+(?:for|of)\s+(?:the\s+)?(?:displaced|refugees|families)\b|\bschool\s+shelter\b|\bused\s+as\s+(?:an?\s+)?shelter\b"),
    ("civilians", 1.0, r"\bcivilians?\b|\bvillagers?\b|\bresidents?\b|\bmarket(?:place)?s?\b|\bbazaars?\b|\bcrowds?\b|\bweddings?\b|"
     r"\bfunerals?\b|\bshoppers\b|\bpedestrians\b|\bhomes?\b|\bhouses?\b|\bvillages?\b|\bfamil(?:y|ies)\b|\bfarmers?\b|"
     r"\bchildren\b|\bwomen\b|\bherders?\b|\bfishermen\b|\brefugees?\b|\bcamp\s+for\s+displaced|\bdisplaced\s+people"),
]
# Armed men as the object of a strike or raid, named by what they are rather than counted among the victims: "an
# airstrike against al-Shabaab militants", "raided rebel hideouts" (README: a group's positions are military). The noun is
# found first and the verb or preposition looked for just before it, which keeps the search fast.
COMBATANT_TARGET_RE = folded(
    r"\b(?:militants|insurgents|rebels|jihadists|guerrill?as|hideouts?|rebel\s+positions|militant\s+positions)\b", re.IGNORECASE
)
COMBATANT_CUE_RE = folded(
    r"\b(?:against|on|targeting|targeted|struck|hit|raided|bombed|shelled)\s+(?:(?!by\b)[\w-]+\s+){0,2}?$", re.IGNORECASE
)
COMBATANT_TARGET_WEIGHT = 2.0
VICTIM_ORDER_PENALTY = 0.005  # per character into the victims' nouns
# Institutions named as the source of the news or as the attacker, not as the target: "police said",
# "an army spokesman", "military jets bombed", "blamed on the paramilitary RSF", "its media outlets",
# and hospitals named after a university or college where the wounded were treated.
NOT_TARGET_RE = folded(
    r"\b(?:police|army|military|officials?|troops|ministry)(?:'s)?\s+(?:\w+\s+){0,3}?(?:said|says|say|told|confirmed|reported|added|stated|"
    r"spokes(?:man|woman|person)|statement|officers?\s+said|sources?|media\s+wing|press\s+(?:release|office)|communiqu\w+)\b"
    r"|\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:police|army|military|officials?)\b"
    r"|\b(?:superintendent|inspector|commissioner|director)(?:[-\s]general)?\s+of\s+police\b"
    r"|\bpolice\s+(?:station|outpost)\s+limits\b|\bpolice\s+(?:colonel|chief|commander|spokes\w+)\b"
    r"|\b(?:military|army|air\s+force|government)\s+(?:jets?|warplanes?|aircraft|planes?|helicopters?|drones?|air\s*strikes?|artillery)\b"
    r"|\b(?:by|blamed\s+on)\s+(?:the\s+)?(?:\w+\s+)?(?:army|military|police|paramilitary|troops|soldiers|security\s+forces)\b"
    r"|\b(?:its|their|the\s+group's)\s+media\s+outlets?\b"
    r"|\b(?:University|College)\b[^.\n]{0,40}?\bHospital\b",
)
# Spans that name another scene than the attack's target, kept apart from NOT_TARGET_RE so each stays a fast regex.
OTHER_SCENE_RE = folded(
    # a trailing clause that sets the news after an earlier event: "..., a day after a village headman was shot dead",
    # "..., days after a deadly attack on a police station": what that event hit is not this incident's target
    r",\s+(?:just\s+|only\s+)?(?:a\s+day|a\s+week|(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:days|weeks)|days|hours|weeks)"
    r"\s+after\s+(?:a|an|the|another)\b[^.;]*"
    # where a lone victim happened to be, not what was attacked: "shot dead ... as he sat outside a tea shop"
    r"|\b(?:as|while)\s+(?:he|she)\s+(?:was\s+)?(?:sat|sitting|stood|standing|walked|walking|waited|waiting|drank|drinking|chatted|chatting)"
    r"\s+(?:(?:outside|near|in\s+front\s+of|at|in)\s+)(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,2}?\w+"
    # civilians named only as unharmed or as those an army says it spared: "no civilians were hurt", "harm to civilians"
    r"|\b(?:no|without)\s+(?:other\s+)?civilian(?:s|\s+casualties)?\b|\b(?:harm|danger|risk)\s+to\s+civilians\b",
    re.IGNORECASE,
)
# Words right before a target that make it the object of the attack.
TARGET_CUE_RE = folded(
    r"\b(?:attack(?:s|ed)?\s+(?:on|against)|attacked|attacking|targeting|targeted|against|stormed|raided|ambushed|at|inside|outside|"
    # what was bombed, burned or blown up is the target too
    r"bombing|torched|torching|(?:set|setting)\s+fire\s+to|burned|burnt|blew\s+up|blowing\s+up|sabotaged|"
    r"near|hit|struck|bombed|into|on)\s+(?:an?\s+|the\s+|two\s+|several\s+)?"
    # a count before the target: "torched more than 20 shops", "raided dozens of homes"
    r"(?:(?:more\s+than|at\s+least|over|some|about|nearly|dozens\s+of|scores\s+of|hundreds\s+of)\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
COMPILED_TARGETS = [(category, weight, folded(pattern, re.IGNORECASE)) for category, weight, pattern in TARGET_KEYWORDS]
COMPILED_TARGET_BY_CATEGORY = {
    category: folded("|".join(p for c, _, p in TARGET_KEYWORDS if c == category) + (r"|\bpeople\b|\bpersons\b" if category == "civilians" else ""), re.IGNORECASE)
    for category, _, _ in TARGET_KEYWORDS
}
# Armed men among the victims: a strike or raid on their positions hits a military target (README: a depot holding a
# group's rockets is military; a man an army calls a Hezbollah member is military).
VICTIM_COMBATANT_RE = folded(r"\b(?:militants?|insurgents?|rebels?|jihadists?|fighters|terrorists?|guerrill?as|militiam[ae]n|armed\s+group|militias?)\b", re.IGNORECASE)
VICTIM_CIVILIAN_RE = folded(r"\b(?:people|persons|men|boys|girls|passengers|residents|worshippers|students)\b", re.IGNORECASE)
# Victims counted only as "people", then broken down after a colon ("nine people are now confirmed dead: seven
# policemen and two civilians"): the breakdown names who they were.
GENERIC_VICTIMS_RE = re.compile(r"^\s*(?:(?:and\s+)?(?:people|persons)\s*)+$", re.IGNORECASE)
VICTIM_BREAKDOWN_RE = folded(r"\b(?:people|persons)\b[^.:;]{0,80}:\s*([^.;]{3,120})", re.IGNORECASE)
# Victims' nouns that are only pronouns ("of them", "them"): they name no category of their own.
PRONOUN_VICTIMS_RE = re.compile(r"^\s*(?:(?:and\s+)?(?:of\s+)?(?:them|those|these|him|her|us)\s*)+$", re.IGNORECASE)
# Victims told only by a rank or role inside some force ("Mendoza and two other officers", "three of its personnel"):
# which force is told elsewhere in the text, so they are not taken for private citizens.
ROLE_ONLY_VICTIMS_RE = folded(r"\b(?:officers?|personnel|agents?|operatives?)\b", re.IGNORECASE)
VICTIM_BONUS = 2.5
FIRST_SENTENCE_BONUS = 1.0
TARGET_CUE_BONUS = 2.0
TARGET_WEIGHTS = {category: weight for category, weight, _ in TARGET_KEYWORDS}


# An official or local leader singled out and killed, told in one clause ("gunmen shot dead the village head of Shinaka").
_OFFICIAL = (
    r"(?:(?:deputy\s+)?mayor|village\s+(?:head|chief)|headman|councill?or|council\s+(?:chairman|member|chief|head)|"
    r"(?:district|provincial|county)\s+(?:chief|governor|administrator|commissioner)|commissioner|"
    # a local administrator by his unit: Myanmar's ward and township administrators, a village administrator
    r"(?:ward|township|village|town|municipal|sub-?district|local)\s+administrator|governor|lawmaker|legislator|"
    r"senator|minister|judge|prosecutor|(?:local|party|political|tribal|community)\s+leader|chief\s+administrator|sarpanch(?!['’]s)|"
    # local office-holders under other names: Iraq's and Syria's mukhtar, the Philippines' barangay captain,
    # South Asia's union-council and ward chairmen, Nigeria's district head and traditional rulers
    r"mukhtar|barangay\s+(?:captain|chairman|chairperson|kagawad|official)|"
    r"(?:ward|union\s+council|local\s+council|village\s+council|municipal|district\s+council)\s+(?:chairman|chairperson|head|chief|councill?or)|"
    r"district\s+head|traditional\s+ruler|party\s+(?:official|office-bearer)|"
    # the chair of a local body or a party's local branch: "a village chairman", "the party's tehsil president"
    r"(?:village|ward|town|tehsil|taluka|union|district|municipal|provincial|city|local)\s+(?:chairman|chairperson|president)|"
    # an elected body's member told as such: "a member of a district council", "a member of the provincial assembly"
    r"member\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:district|provincial|local|municipal|village|city|town|county|regional|state)\s+(?:council|assembly)|"
    # Pakistan's and Afghanistan's government-backed local peace (aman) committees: their members are local office-holders
    r"member\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:peace|aman)\s+committee|(?:peace|aman)\s+committee\s+(?:member|chief|head|leader))"
)
OFFICIAL_SHOT_RE = folded(
    rf"\b(?:shot\s+dead|gunned\s+down|assassinated|hacked\s+to\s+death|killed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_OFFICIAL}\b"
    rf"|\b{_OFFICIAL}\b[^.;]{{0,120}}?\b(?:(?:was|were)\s+(?:shot\s+dead|gunned\s+down|assassinated|hacked\s+to\s+death)|"
    rf"(?:shot|hacked)\s+(?:him|her)\s+(?:dead|to\s+death))\b",
    re.IGNORECASE,
)
# The victim named, then his office in apposition: "shot dead Ali Musa, 58, the headman of ...",
# "killed Ram Lal (45), sarpanch of ...". Case-sensitive, so the name must be capitalised.
_NAME_WORD = r"(?:(?:al|el|ad|as|ash|ar|an|az|bin|ibn|abu|de|da|dos|del)[-\s])?[A-Z][\w'-]+"
OFFICIAL_NAMED_RE = re.compile(
    # name words may carry an Arabic article or a particle: "Khalaf Mahmoud al-Azzawi", "Ahmad bin Salleh"
    rf"\b(?:shot\s+dead|gunned\s+down|assassinated|hacked\s+to\s+death|killed)\s+(?:{_NAME_WORD}\s+){{1,3}}?{_NAME_WORD}"
    rf"(?:,?\s+\(?\d{{2}}\)?)?,\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_OFFICIAL}\b"
)
# A bombing told as the killing of one official: "a suicide bombing that killed a district governor".
OFFICIAL_BOMBED_RE = folded(
    # the device may be described first: "a bomb planted on a parked motorcycle killed a village council chairman"
    rf"\b(?:bomb\w*|blast|explosion|IED|device)\s+(?:(?:planted|hidden|placed|fixed|strapped|attached)\s+(?:[\w-]+\s+){{1,5}}?)?(?:that\s+)?(?:killed|assassinated)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_OFFICIAL}\b"
)
# An ambush of the official on the road in his own vehicle: "killed in an ambush ... on his way home aboard his pickup".


# What a property attack destroyed, by the category GTD files it under: when no one is counted among the victims, the
# installation blown up or burned is the target ("blew up a bridge", "set ablaze the electoral commission's office").
# The installation must be the verb's own object: words between are a determiner and modifiers, never a preposition or
# "and" ("set fire to vehicles parked outside the police station" burned vehicles, not the station).
_DESTROYED = (
    r"(?:blew\s+up|blown\s+up|blowing\s+up|set\s+ablaze|set\s+alight|set\s+fire\s+to|burn(?:ed|t)\s+down|razed|torched|sabotaged)\s+"
    r"(?:a\s+section\s+of\s+)?(?:(?!(?:near|outside|inside|in|at|of|and|to|on|by|belonging|beside|behind|next|with|from|parked)\b)[\w'-]+\s+){0,3}?"
)
PROPERTY_OBJECTS: list[tuple[str, str]] = [
    ("infrastructure", r"pylons?|pipelines?|power\s+lines?|railway\s+(?:tracks?|lines?|bridges?)|rail\s+(?:tracks?|lines?)|"
     r"(?:mobile|phone|telecom\w*|transmission|cell(?:phone)?|communications?|radio)\s+(?:masts?|towers?)|substations?|transformers?|bridges?|"
     r"culverts?|water\s+(?:tanks?|pipes?|plants?|pumps?)|oil\s+wells?|gas\s+(?:plants?|stations?)"),
    ("government", r"polling\s+(?:stations?|units?|centres?|centers?|booths?)|courthouses?|town\s+halls?|municipal\s+(?:buildings?|offices?)|"
     r"(?:electoral|election|government|district|council|tax|land\s+registry|registry)\s+offices?|"
     r"offices?\s+of\s+the\s+(?:[\w-]+\s+){0,5}?(?:commission|council|ministry|administration|party|government)|"
     r"(?:party\s+)?(?:offices?|headquarters)\s+of\s+the\s+(?:[\w-]+\s+){0,4}?party|party\s+(?:offices?|headquarters)"),
    ("educational", r"schools?|classrooms?|school\s+buildings?|universit(?:y|ies)|colleges?"),
    ("police", r"police\s+(?:stations?|posts?|outposts?)|gendarmerie\s+(?:posts?|stations?)"),
    ("religious", r"churches|church|mosques?|temples?|shrines?|synagogues?|monaster(?:y|ies)|madrass?as?"),
]
PROPERTY_OBJECT_RES = [(category, folded(rf"\b{_DESTROYED}(?:{objects})\b", re.IGNORECASE)) for category, objects in PROPERTY_OBJECTS]


def destroyed_property(sentences: list[str]) -> tuple[str, str] | None:
    """The category and sentence of the installation the lead says was blown up or burned, or None."""
    for sentence in sentences[:1]:  # later sentences tell aftermath and reprisals ("mobs then burned two mosques")
        found = [(m.start(), category) for category, pattern in PROPERTY_OBJECT_RES if (m := pattern.search(sentence))]
        if found:
            return min(found)[1], sentence
    return None


def extract_target_type(sentences: list[str], victims: str = "") -> tuple[str, str | None]:
    """The target category the text most clearly makes the object of the attack.

    `victims` holds the nouns of the casualty counts ("commanding officer and soldiers"); a
    category named there outweighs one only mentioned nearby.
    """
    best: tuple[float, str, str] | None = None
    if not victims.strip() and (destroyed := destroyed_property(sentences)):
        return destroyed  # no one counted among the victims: the installation destroyed is the target
    if GENERIC_VICTIMS_RE.match(victims):
        breakdown = next((m for s in sentences if (m := VICTIM_BREAKDOWN_RE.search(s))), None)
        victims = breakdown.group(1) if breakdown else victims
    if PRONOUN_VICTIMS_RE.match(victims):
        victims = ""  # "killing three of them": the victims are whoever was named before, not private citizens
    if victims:
        for category, weight, pattern in COMPILED_TARGETS:
            # plain "people" and "men" among the victims count for the generic civilians entry only, not the shelter one
            generic = category == "civilians" and weight == TARGET_WEIGHTS["civilians"]
            found = pattern.search(victims) or (generic and VICTIM_CIVILIAN_RE.search(victims))
            if found:
                # the victim named first is most often the one targeted ("the mayor ... and a police officer")
                score = weight + VICTIM_BONUS - VICTIM_ORDER_PENALTY * found.start()
                if best is None or score > best[0]:
                    best = (score, category, victims)
        if best is None and VICTIM_COMBATANT_RE.search(victims):  # only armed men named among the victims
            best = (TARGET_WEIGHTS["military"] + VICTIM_BONUS, "military", victims)
        if best is None and not ROLE_ONLY_VICTIMS_RE.search(victims):  # victims in no category ("20 Palestinians"): private citizens
            best = (TARGET_WEIGHTS["civilians"] + VICTIM_BONUS, "civilians", victims)
    text, starts = join_sentences(sentences)
    official = OFFICIAL_SHOT_RE.search(text) or OFFICIAL_NAMED_RE.search(text) or OFFICIAL_BOMBED_RE.search(text)
    if official:
        # an official named as the one killed is a victim: "shot dead Ali Musa, 58, the headman of ..."
        score = TARGET_WEIGHTS["government"] + VICTIM_BONUS
        if best is None or score > best[0]:
            best = (score, "government", sentences[sentence_at(sentences, starts, official.start())])
    text = blank_spans(blank_spans(text, NOT_TARGET_RE), OTHER_SCENE_RE)
    for category, weight, pattern in COMPILED_TARGETS:
        for match in pattern.finditer(text):
            index = sentence_at(sentences, starts, match.start())
            offset = match.start() - starts[index]
            score = weight + (FIRST_SENTENCE_BONUS if index == 0 else 0.0) - 0.001 * offset
            if TARGET_CUE_RE.search(text, max(starts[index], match.start() - 50), match.start()):
                score += TARGET_CUE_BONUS
            if best is None or score > best[0]:
                best = (score, category, sentences[index])
    for match in COMBATANT_TARGET_RE.finditer(text):
        if COMBATANT_CUE_RE.search(text, max(0, match.start() - 40), match.start()):
            index = sentence_at(sentences, starts, match.start())
            score = COMBATANT_TARGET_WEIGHT + (FIRST_SENTENCE_BONUS if index == 0 else 0.0) - 0.001 * (match.start() - starts[index])
            if best is None or score > best[0]:
                best = (score, "military", sentences[index])
    if best is None:
        return "other", None
    if best[2] is victims:
        return best[1], next((s for s in sentences if COMPILED_TARGET_BY_CATEGORY[best[1]].search(s)), sentences[0] if sentences else None)
    return best[1], best[2]

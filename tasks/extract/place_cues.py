"""Word patterns around a place name that say whether it names the scene: cues, neighbours, origins, people.

Split from places.py, which weighs the names these patterns mark.
"""

from __future__ import annotations

import re

from .text import folded

# Words before a name that make it a location ("in Mosul", "the northern town of Musayyib").
LOCATIVE_CUE_RE = folded(
    r"\b(?:in|near|at|outside|inside|of|from|across|around|into|on|to|toward|towards|between|and|via|through|"
    r"off|along|within|throughout|nearby)\s+(?:the\s+)?"
    # a country's possessive before the name: "in Iraq's northern Ninawa province", "in Burkina Faso's Centre-North region"
    r"(?:(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|northeastern|northwestern|"
    r"southeastern|southwestern|north-eastern|north-western|south-eastern|south-western|restive|remote|"
    r"troubled|volatile|capital|border|city|town|village|district|province|region|state|area|suburb|suburbs|either|nearby|"
    r"outskirts|neighbourhood|neighborhood|market|governorate|county|municipality|commune|locality|"
    r"settlement|camp|hamlet|tribal|rural|mountainous|oil-rich|northwest|northeast|southwest|southeast)\s+(?:of\s+)?){0,4}$",
    re.IGNORECASE,
)
# A named place the gazetteer may not know: "the village of Dalori", "Yahyakhel District".
PLACE_PHRASE_RES = [
    re.compile(
        r"\b(?:town|village|city|district|suburb|neighbourhood|neighborhood|area|locality|hamlet|camp|settlement|"
        r"commune|municipality|county)\s+of\s+((?:al-|el-|Al-|El-)?[A-Z][\w'-]+(?:\s+(?:al-|el-)?[A-Z][\w'-]+){0,3})"
    ),
    re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3})(?:district|District|village|town|area|neighbourhood|neighborhood|camp|subdistrict)\b"),
    # "near El Plateado, a coca-growing town": the place named, then what it is
    re.compile(
        r"\b(?:in|near|at|outside|around)\s+((?:[A-Z][\w'-]+)(?:\s+(?:de\s+|del\s+|la\s+|al-|el-)?[A-Z][\w'-]+){0,3}),\s+an?\s+"
        r"(?:[\w-]+\s+){0,3}?(?:town|village|city|hamlet|municipality|settlement|camp)\b"
    ),
]
# "near the border with Syria": a country named as a neighbour or origin, not the scene.
NEIGHBOUR_CUE_RE = folded(
    r"\bborder\s+(?:[\w-]+\s+){0,4}with\s+(?:the\s+)?$|"
    r"\b(?:fired|launched)\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:(?:an?\s+)?(?:[\w-]+\s+){0,8}?(?:area|region|territory|part)\s+(?:in|of)\s+)?$|"
    r"\b(?:border\s+with|bordering|borders|from\s+neighbou?ring|crossed\s+(?:over\s+)?from|crossing\s+from|fled\s+to|"
    r"based\s+in|backed\s+by|fled\s+from|returned\s+from|native\s+of|citizens?\s+of|nationals?\s+of)\s+(?:the\s+)?"
    # and every name in the list that follows: "the region borders Niger, Benin and Togo"
    r"(?:(?!(?:of|the|in|on|at|with|to|from|an?|and|where|which|who)\b)[\w'’-]+(?:\s+(?!(?:of|the|in|on|at|with|to|from|an?|and|where|which|who)\b)[\w'’-]+){0,2}"
    r"(?:,\s+and\s+|,\s+|\s+and\s+)){0,4}$",
    re.IGNORECASE,
)
# Before a name: another name and a comma ("Alexandria, Virginia", "Kiunga, Lamu County"): the name places the first.
APPOSITION_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
SUBDIVISION_AFTER_RE = re.compile(r"^\s+(?:region|regional|state|province|provincial)\b", re.IGNORECASE)
DISTRICT_AFTER_RE = re.compile(r"^\s+(?:district|region|state|province|county|department|governorate)\b", re.IGNORECASE)
# After a name: it names a quarter of a town ("the Bel Air neighbourhood of Port-au-Prince"), whose namesakes
# elsewhere (a Seychelles district, New York's Brooklyn) say nothing about the country.
QUARTER_AFTER_RE = re.compile(r"^\s+(?:neighbou?rhoods?|quarters?|suburbs?|slums?|townships?)\b", re.IGNORECASE)
# Before a name: it ends an organisation's name ("Patriotic Union of Kurdistan", "People's Mujahedin of Iran").
ORGANISATION_OF_RE = re.compile(
    r"\b(?:Union|Organi[sz]ation|Mujahedin|Mujahideen|Mojahedin|Front|Party|Army|Movement|Council|Brigades?|Liberation|"
    r"Committee|Congress|Federation|Bank|University|Church|League|Association|Alliance|"
    # militias and movements named for what they defend: "Volunteers for the Defence of the Homeland",
    # "Guardians of the Revolution", "Coalition for the Salvation of the Fatherland"
    r"Defen[cs]e|Defenders|Protection|Salvation|Resistance|Guardians|Sons|Rally|Coalition|Assembly)\s+(?:of|for)\s+(?:the\s+)?$"
)
# Before a name: it names a river or valley that crosses subdivisions ("the Valley of the Apurimac, Ene and Mantaro
# Rivers", "the Gulf of Aden"), not the subdivision or town of the same name.
FEATURE_OF_RE = re.compile(r"\b(?:Valley|Valleys|Basin|Gulf|Bay|Lake|Rivers?|Mouth|Delta)\s+of\s+(?:the\s+)?$")
NEIGHBOUR_AFTER_RE = folded(
    r"^\s*(?:border|frontier)\b(?!\s+(?:town|village|city|crossing|post|area|district|province|region|checkpoint))", re.IGNORECASE
)
# After a country or demonym: it names foreigners or a foreign actor, not the scene ("US-led", "the Canadian embassy").
FOREIGN_AFTER_RE = folded(
    r"^(?:-|\s+)(?:led|backed|based|funded|trained|allied|supported|brokered|embassy|embassies|consulate|consulates|"
    r"ambassador|diplomats?|nationals?|citizens?|tourists?|aid\s+workers?|envoy|president|prime\s+minister|foreign\s+minister|"
    r"operated|descent|origin|heritage|relief|aid|humanitarian)\b",
    re.IGNORECASE,
)
# A place named as the home of the body that gives the news: "Gaza's civil defence agency", "Kano's health ministry".
# It says whose officials speak, not which subdivision the scene lies in.
INSTITUTION_AFTER_RE = folded(
    r"^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:ministry|agency|authorit(?:y|ies)|civil\s+defen[cs]e|government|officials|"
    r"spokes(?:man|woman|person)|health\s+(?:ministry|department|officials)|emergency\s+services|rescue\s+services|commission)\b|"
    # a capital that speaks for its government ("Kyiv said", "Moscow has denied", "Tehran accused"): a voice, not the scene
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:said|says|claimed|claims|accused|accuses|denied|denies|warned|warns|announced|condemned|"
    r"blamed|insisted|confirmed|retorted|countered)\b",
    re.IGNORECASE,
)
# After a demonym: the country's own forces or government ("the Iraqi army"), which act on home soil.
FORCES_AFTER_RE = folded(
    r"^\s+(?:(?:national|special|security|armed|air|border|federal|government|military|army|police|\w+)\s+)?"
    r"(?:army|soldiers?|troops?|forces|police|policem[ae]n|security|military|government|officials?|authorities|peacekeep\w*|"
    r"army\s+soldiers?|servicem[ae]n|gendarmes?|commandos?|villagers?|civilians?)\b",
    re.IGNORECASE,
)
# Before a name: the people came from there ("a UN police officer from Mauritania").
ORIGIN_BEFORE_RE = folded(
    r"\b(?:officers?|soldiers?|troops|peacekeepers?|nationals?|citizens?|workers?|contractors?|tourists?|militants|"
    r"fighters|attackers|gunmen|migrants|refugees|pilgrims|students|man|woman|men|women|"
    r"boy|girl|youths?|teenagers?|Palestinians?|originally|(?:believed|said|thought)\s+to\s+be|hailing|hails|came|comes|(?:flew|flown|travell?ed|arrived)(?:\s+in)?|both|all|each)\s+from\s+(?:neighbou?ring\s+)?(?:the\s+)?$|"
    r"\bresidents?\s+of\s+(?:the\s+)?(?:[Dd]istrict\s+)?$|"
    # where a commentator works, not the scene: "a security researcher in Bamako said", "analysts in Nairobi"
    r"\b(?:analysts?|researchers?|experts?|academics?|scholars?|lecturers?|professors?|consultants?|diplomats?|observers?|"
    r"commentators?|think\s+tanks?)\s+(?:(?:who\s+is\s+|who\s+are\s+)?based\s+)?(?:in|at)\s+(?:the\s+)?$|"
    # where a group acts from, not the scene: "which it accuses of operating from Afghan soil"
    r"\b(?:operat(?:e|es|ed|ing)|infiltrat(?:e|es|ed|ing)|staged|launched\s+attacks)\s+from\s+(?:neighbou?ring\s+)?(?:the\s+)?$|"
    # refugees' home country: "hosts thousands who fled the war in Sudan", "families escaping the fighting in Mali"
    r"\b(?:fled|fleeing|flee|escaped|escaping)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|fighting|violence|conflict|unrest|insurgency|crisis)\s+"
    r"in\s+(?:neighbou?ring\s+)?(?:the\s+)?$|"
    # a group's history: "a rebel group that originated in Uganda", "founded in Pakistan"
    r"\b(?:originated|originating|founded|formed|born|created|headquartered|exiled)\s+in\s+(?:neighbou?ring\s+)?(?:the\s+)?$|"
    # where the wounded were taken: "evacuated to Niamey", "rushed to a hospital in Quetta"
    # the noun too: "two of the wounded died during their evacuation to Niamey"
    r"\b(?:evacuat(?:ed|ion)|airlift(?:ed)?|flown|rushed|transfer(?:red)?|taken|brought|referred)\s+to\s+(?:an?\s+(?:\w+\s+)?hospital\s+in\s+)?(?:the\s+)?(?:capital\s+)?$|"
    # where the victims came from: "reached their hometowns in south Punjab"
    # a person's home town after the age: "the soldier, Jon Doe, 34, from Quetta"
    r"\b\d{1,3},\s+from\s+$|"
    # a ship's ports of call or destination, not where it was hit: "had called at Israeli ports", "bound for Jeddah"
    r"\b(?:called|calling|docked\s+earlier)\s+at\s+(?:the\s+)?(?:port\s+of\s+)?$|"
    r"\b(?:bound|destined|headed)\s+for\s+(?:the\s+)?(?:port\s+of\s+)?$|\ben\s+route\s+(?:to|for)\s+(?:the\s+)?(?:port\s+of\s+)?$|"
    r"\b(?:home\s*towns?|home\s+villages?|native\s+(?:towns?|villages?|districts?))\s+in\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s+)?$",
    re.IGNORECASE,
)
# Before a name: a town the scene is measured from ("about 40 kilometres east of Fada N'Gourma"): not the scene, but
# nearly always in the scene's own province, so it still gives the admin1 when nothing nearer does.
DISTANCE_REFERENCE = (
    r"\b(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^)]*\)\s+)?(?:\w+\s+)?)(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?(?:\w+\s+)?$|"
)
DISTANCE_REFERENCE_RE = folded(DISTANCE_REFERENCE.rstrip("|"), re.IGNORECASE)
# Before a name: where the wounded lie, not where it happened ("being treated in Niamey", "died at Civil Hospital Quetta").
# Unlike ORIGIN_BEFORE_RE, such a place still ties its sentence to the incident when grouping sentences.
AFTERMATH_BEFORE_RE = folded(
    r"\b(?:treated|hospitali[sz]ed|admitted|recovering|died|succumbed)\s+"
    r"(?:(?:of|from|to)\s+(?:his|her|their)\s+(?:wounds|injuries)\s+)?(?:at|in|to)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:hospital|clinic|health\s+cent(?:re|er))\s+(?:in\s+)?)?(?:the\s+)?(?:capital\s+)?$|"
    # the hospital's town, however the death or care is told before it: "died on Monday at the Mission's
    # level-two hospital in Bouar", "was being treated for burns at a district hospital in Kasese"
    r"\b(?:died|succumbed|treated|admitted|hospitali[sz]ed|recovering|evacuated|rushed|transferred|airlifted|flown|referred)\b"
    r"[^.;]{0,50}?\b(?:hospital|clinic|health\s+cent(?:re|er)|medical\s+cent(?:re|er))\s+(?:in|at)\s+(?:the\s+)?$|"
    # where the wounded were flown: "evacuated by helicopter to the military base in Pichari"
    r"\b(?:evacuated|airlifted|flown|transferred|rushed)\s+(?:by\s+(?:helicopter|air|road)\s+)?to\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:base|airbase|airport|air\s+field|airfield|barracks)\s+(?:in|at|of)\s+(?:the\s+)?$|"
    # where travellers set out from or were going, not where they were stopped: "a bus travelling from Abuja",
    # "travelling from Quetta to Karachi"; like a destination it still ties the sentence to its incident
    r"\b(?:travell?(?:ing|ed)|driving|journeying|coming|returning|en\s+route)\s+from\s+(?:the\s+)?$|"
    r"\b(?:travell?(?:ing|ed)|driving|journeying|en\s+route)\s+from\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+to\s+(?:the\s+)?$|"
    # a reference point or a destination: "about 150 km north of Goma", "fleeing north towards Butembo"
    + DISTANCE_REFERENCE +
    r"\b(?:fled|fleeing|flee|pushing|pushed|advancing|advanced|heading|headed|moving|marching)\s+(?:\w+\s+){0,2}?towards?\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$",
    re.IGNORECASE,
)
# Before a name: a person's role, so the name is a person's ("A militia commander, Hassan Dhagax, said").
PERSON_BEFORE_RE = re.compile(
    r"\b(?:commander|spokes(?:man|woman|person)|official|governor|minister|chief|leader|mayor|resident|witness|elder|"
    r"colonel|general|captain|major|lieutenant|sergeant|president|director|officer|doctor|nurse|trader|farmer|"
    r"Dr|Mr|Mrs|Ms|Sheikh|Imam|Mullah|Col|Gen|Capt|Lt|Sgt|Maj)\.?,?\s+$"
)
# Before a name: a capitalised name and a surname particle ("Davi Ramos dos Santos", "Ana de Souza"): a person's surname.
SURNAME_PARTICLE_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]+\s+(?:dos|das|da|do|de|del|della|di|van|von|bin|ibn)\s+$")
# "Khan al-Baghdadi": a name followed by an Arabic article is the first word of a longer name.
ARABIC_NAME_AFTER_RE = re.compile(r"\s+(?:al|el|as|ad|ash|ar|an|az)-[A-Z]")
# The country's capital named without its name: "in Somalia's capital", "in the capital".
CAPITAL_REF_RE = folded(
    r"\b(?:in|of|across|near|outside|inside)\s+(?:the|(?:\w+)['’]s)\s+(?:[A-Z]\w+\s+)?capital\b(?!\s+(?:of|city\s+of)\b)", re.IGNORECASE
)
# A roundup's section heading on a line of its own: a place in capitals, maybe with a subdivision or a topic after a
# dash or colon ("NIGER – Tillaberi.", "MOGADISHU", "TURBAT: CONSTRUCTION EQUIPMENT SET ABLAZE").
SECTION_HEADING_RE = re.compile(r"^[A-Z][A-Z'’.&/ -]{2,40}(?:\s*[-–—:]\s*[A-Z][\w'’ -]{1,60}\.?)?$")

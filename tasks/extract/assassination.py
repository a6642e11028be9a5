"""GTD's assassination: a prominent person singled out and killed, told by the victim's office and how he was reached.

Written from general knowledge of how wire, local and NGO copy in many countries names office-holders, local
leaders, commanders, clerics and journalists, and of the phrasings that show one person was the aim ("shot dead
outside his home", "ambushed his convoy", "a targeted killing"), not from the gold articles. A prominent person
who dies among many others ("14 killed, including a council member") stays the attack's ordinary type.
"""

from __future__ import annotations

import re

from .text import folded

# Offices and standing, per the target category GTD files the person under. Local offices carry their country's
# own word: Iraq's mukhtar, Sudan's omda, Borno's bulama, Bangladesh's UP chairman, the Philippines' barangay
# captain, India's sarpanch and mukhiya, Pakistan's malik, Mexico's presidente municipal, Colombia's social leaders.
PROMINENT_ROLES: dict[str, tuple[str, ...]] = {
    "government": (
        r"(?:deputy\s+|vice[-\s]|former\s+|acting\s+)?mayor", r"(?:deputy\s+|lieutenant\s+|district\s+|provincial\s+)?governor",
        r"(?:district|deputy|county|regional|provincial|assistant)\s+commissioner", r"(?:sub-?)?prefect",
        r"(?:district|county|local|municipal|township|ward|village|sub-?district|chief)\s+(?:administrator|head|chief|officer)",
        r"omda", r"bulama", r"mukhtar", r"headm[ae]n", r"village\s+(?:head(?:man)?|chief|elder|leader|chairman|secretary)",
        r"chief\s+of\s+(?:the\s+)?(?:village|town|district|canton)", r"(?:traditional|paramount|local|tribal|clan)\s+(?:ruler|chief|leader|king)",
r"emir\s+of", r"district\s+head", r"malik",
        r"(?:UP|union\s+parishad|upazila|union)\s+(?:chairman|chairperson|member|vice[-\s]chairman)",
        r"barangay\s+(?:captain|chairman|chairperson|kagawad|official|councill?or)", r"sarpanch(?!['’]s)", r"mukhiya", r"panchayat\s+(?:member|head|president|pradhan)",
        r"(?:ward|city|town|municipal|county|district|local|village|regional)\s+(?:councill?or|council\s+member|council\s+chairman|chairman|chairperson)",
        r"councill?ors?", r"council\s+members?", r"municipal\s+president", r"alderman",
        r"(?:member\s+of\s+parliament|MP|lawmaker|legislator|senator|congress(?:man|woman)|assembly(?:man|woman)|MLA|MPA|MNA)",
        r"member\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:provincial|national|legislative|state|regional|district|county|municipal|city)\s+(?:assembly|council)",
        r"(?:deputy\s+|state\s+|junior\s+|cabinet\s+|former\s+)?minister", r"judge", r"magistrate", r"(?:public\s+|state\s+|federal\s+)?prosecutor",
        r"attorney[-\s]general", r"(?:mayoral|parliamentary|gubernatorial|presidential|senatorial|council|local|opposition)\s+candidate",
        r"candidate\s+for", r"(?:party|political|opposition|ruling[-\s]party)\s+(?:leader|official|chairman|secretary|president|organi[sz]er|office-bearer)",
        r"(?:local|district|provincial|regional)\s+(?:leader|official)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?party", r"politician",
        r"(?:senior|provincial|district|local|government|election|electoral)\s+officials?", r"election\s+(?:commissioner|officer)",
        r"(?:peace|aman)\s+committee\s+(?:member|chief|head|leader)", r"member\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:peace|aman)\s+committee",
        # francophone Africa's local chiefs: Burundi's chef de colline, the Sahel's chef de village and chef de canton
        r"chef\s+de\s+(?:colline|quartier|village|canton|zone)",
        r"member\s+of\s+(?:the\s+)?(?:House\s+of\s+(?:Representatives|Assembly|Commons)|Senate|Congress|National\s+Assembly|Parliament|Duma|Majlis|Lok\s+Sabha)",
        r"leader\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?party",
        # a political party or movement named after the leader: "a senior leader of the Jamiat Ulema-e-Islam"
        r"(?:senior|central|provincial|district|local|regional|state)\s+leader\s+of\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?"
        r"(?:party|league|congress|front|alliance|jamiat|jamaat|ulema-e-islam|union)",
        # Nigeria's local government chairmen and state commissioners, Mexico's regidores and síndicos, speakers
        r"chairman\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:local\s+government(?:\s+area)?|LGA|council|municipality|county|upazila)",
        r"local\s+government\s+(?:area\s+)?chairman", r"LGA\s+chairman", r"commissioner\s+for\s+\w+", r"regidor", r"síndico",
        r"(?:deputy\s+)?speaker\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:assembly|parliament|house)",
        r"spokes(?:man|woman|person)\s+(?:of|for)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:party|government|ministry|governor|council|movement|administration)",
        # a department's head, not the police's or the army's: "the head of the provincial education department"
        r"(?:director|head|chief)\s+of\s+(?:the\s+|an?\s+)?(?:(?!police|army|military|security|intelligence)[\w-]+\s+){0,3}?"
        r"(?:department|directorate|ministry|agency|authority|commission|bureau)", r"director[-\s]general",
        r"(?:tribal|clan)\s+sheikh", r"sheikh\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:tribe|clan)",
        # a party named between the level and the office: "a local Awami League leader", "a district PTI official"
        r"(?:local|district|provincial|regional|ward|town|city|upazila|municipal|county|state)\s+"
        r"(?:(?!police|army|military|security|rebel|militant|community|religious|tribal|clan|youth|business|social|gang|village)[\w'-]+\s+){1,3}?"
        r"(?:leader|official|chairman|secretary|organi[sz]er)",
    ),
    # elders and leaders of civil society hold no office: assassinated as persons, but GTD files them as private
    # citizens, so they set no target of their own
    "civilians": (
        r"(?:clan|tribal|community|village|religious\s+and\s+tribal)\s+elders?",
        r"(?:social|community|indigenous|peasant|land[-\s]rights?)\s+leader", r"human\s+rights\s+defender", r"community\s+board\s+president",
        r"(?:environmental|human\s+rights|rights|land|anti-mining|indigenous|political|opposition|student|trade\s+union|labou?r|civil\s+society)\s+activist",
        r"trade\s+union\s+leader",
    ),
    "police": (
        r"police\s+(?:chief|commander|commissioner|colonel|general|captain|major|superintendent|director)", r"chief\s+of\s+police",
        r"head\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?police", r"(?:deputy\s+)?superintendent\s+of\s+police", r"station\s+(?:house\s+)?officer",
        r"SHO", r"DSP", r"officer[-\s]in[-\s]charge\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?police\s+station",
        r"(?:police|counter-?terrorism)\s+intelligence\s+(?:chief|head|director)", r"commander\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?police", r"head\s+of\s+(?:a|the)\s+police\s+intelligence\s+directorate",
    ),
    "military": (
        r"(?:army|military|brigade|battalion|regiment|division|sector|militia|PMF|unit|base|garrison)\s+commander",
        r"commander\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:brigade|battalion|regiment|division|garrison|militia|army|base|forces)",
        r"(?:army|military)\s+(?:colonel|general|brigadier|major)", r"brigadier(?:[-\s]general)?", r"(?:major|lieutenant)[-\s]general",
        r"head\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:military\s+)?intelligence\s+directorate", r"military\s+intelligence\s+(?:chief|head)",
        r"(?:pro-government\s+)?militia\s+leader",
    ),
    "religious": (
        r"imam(?:\s+of\s+(?:a|the)\s+(?:[\w-]+\s+)?mosque)?", r"cleric", r"prayer\s+leader", r"mullah", r"maulana", r"mawlawi", r"muezzin",
        r"khatib", r"(?:religious|Islamic|Muslim|Sunni|Shia|Shiite)\s+(?:scholar|leader)", r"pastor", r"priest", r"bishop", r"rabbi",
        r"preacher", r"parish\s+priest", r"(?:Buddhist\s+)?monk", r"catechist", r"(?:Hindu\s+)?temple\s+priest",
    ),
    # envoys: GTD's diplomatic target
    "diplomatic": (r"ambassador", r"consul(?:[-\s]general)?", r"diplomat", r"chargé\s+d['’]affaires", r"charge\s+d['’]affaires"),
    # heads of aid agencies and NGOs (GTD's NGO target, which schema.md files as other), and armed groups' own
    # commanders singled out by a rival or an unknown hand ("a senior Hezbollah-aligned commander", "a rebel commander")
    "other": (
        r"(?:aid[-\s]agency|aid|NGO|charity|humanitarian)\s+(?:head|director|chief)", r"country\s+director",
        r"head\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:office|sub-office|mission|NGO|agency|charity)",
        r"(?:senior|top|prominent|field|local|rebel|militia|insurgent|[\w]+-(?:aligned|backed|linked|affiliated))\s+commander",
    ),
    "journalists": (
        r"journalist", r"reporter", r"(?:newspaper\s+|news\s+)?editor", r"photojournalist", r"news\s+anchor", r"radio\s+(?:presenter|host|journalist)",
        r"broadcaster", r"correspondent", r"blogger", r"(?:newspaper\s+)?publisher", r"cameraman", r"(?:TV|television)\s+(?:presenter|host)", r"columnist",
    ),
}
_ROLE_ALTERNATION = "|".join(role for roles in PROMINENT_ROLES.values() for role in roles)
# One scan for any office at all: most texts name none, and the phrasings below each scan for the offices again.
ROLE_PRESENT_RE = folded(rf"\b(?:{_ROLE_ALTERNATION})", re.IGNORECASE)
ROLE_RES = {category: folded(r"\b(?:" + "|".join(roles) + r")s?\b", re.IGNORECASE) for category, roles in PROMINENT_ROLES.items()}

_KILL = r"(?:shot\s+dead|gunned\s+down|assassinated|shot\s+and\s+killed|hacked\s+to\s+death|stabbed\s+to\s+death|killed|murdered|executed|slain)"
KILL_RE = folded(rf"\b{_KILL}\b", re.IGNORECASE)
# The person singled out as the object of the killing: "gunmen shot dead the mayor of X", "killed Ali Musa, 58, a ward councillor",
# "the imam of a mosque was shot dead", "a barangay captain was killed in an ambush".
# Phrasings that open with the killing or a comma; those that open with the office follow (SINGLED_OUT_ROLE_FIRST_RE),
# tried only where an office is named, since a scan for the long office alternation at every word is slow.
SINGLED_OUT_RE = folded(
    rf"\b{_KILL}\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_ROLE_ALTERNATION})s?\b"
    rf"|\b{_KILL}\s+(?:[A-Z][\w'-]+\s+){{1,3}}(?:\(?\d{{2}}\)?,?\s+)?,?\s*(?:a|an|the)?\s*(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_ALTERNATION})\b"
    # the office in apposition to the name: "Juan López, a municipal councillor in Tocoa, was shot several times"
    rf"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLE_ALTERNATION})\b[^.;,]{{0,60}},\s+(?:was|has\s+been|had\s+been)\s+"
    rf"(?:\w+\s+)?(?:{_KILL}|shot|ambushed|attacked)\b",
    re.IGNORECASE,
)
SINGLED_OUT_ROLE_FIRST_RE = folded(
    rf"(?:{_ROLE_ALTERNATION})s?\b(?:\s+(?:of|in|for|to)\s+[^.;,]{{1,60}}?)?(?:,\s+[^.;]{{1,60}}?,)?\s+(?:was|has\s+been|had\s+been)\s+"
    rf"(?:\w+\s+)?(?:{_KILL}|shot|ambushed|attacked)\b"
    # the office told with what the person did: "an imam who had spoken against IS was shot dead", "a prosecutor
    # investigating gang crimes was killed"
    rf"|(?:{_ROLE_ALTERNATION})s?\s+(?:who|whose|that)\s+(?:(?!said\b|says\b|told\b|added\b|confirmed\b|reported\b|announced\b|stated\b)[^.;]){{1,80}}?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:{_KILL}|shot)\b"
    rf"|(?:{_ROLE_ALTERNATION})s?\s+\w+ing\s+[^.;,]{{1,60}}?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:{_KILL}|shot)\b",
    re.IGNORECASE,
)
# The office before the name: "Union Parishad chairman Abul Kashem was shot", "Mayor Salvador Bastida was attacked".
# Case-sensitive for the name, so "the mayor said the man was shot" is not read as the mayor's killing.
ROLE_NAME_RE = re.compile(
    rf"(?i:(?:{_ROLE_ALTERNATION}))\s+(?:[A-Z][\w'.-]*\s+){{1,4}}?(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    rf"(?i:{_KILL}|shot|ambushed|attacked)\b"
)
# How news shows that one person was the aim, beyond the killing verb itself.
TARGETING_RE = folded(
    r"\b(?:shot\s+dead|gunned\s+down|assassinat\w*|shot\s+and\s+killed|shot\s+(?:him|her)\s+(?:dead|in\s+the\s+head)|targeted\s+(?:killing|shooting|attack)|"
    r"hit\s*m[ae]n|sicarios?|assassins?|hacked\s+(?:him|her)?\s*to\s+death|"
    r"(?:outside|near|at|in|inside)\s+(?:his|her)\s+(?:own\s+)?(?:home|house|residence|office|palace|farm|shop|compound)|"
    r"(?:ambush(?:ed)?|attack(?:ed)?|fired\s+(?:on|at|upon|into)|opened\s+fire\s+on|intercepted|blocked|sprayed)\s+(?:his|her)\s+(?:official\s+|private\s+|own\s+)?"
    r"(?:car|vehicle|convoy|motorcade|pickup|jeep|suv|motorbike|motorcycle|truck)|"
    r"(?:attack|ambush)\s+on\s+(?:his|her)\s+(?:car|vehicle|convoy|motorcade)|"
    r"(?:sticky|magnetic|limpet)\s+bombs?|bomb\s+(?:planted|attached|placed|fixed|hidden)\s+(?:under(?:neath)?|to|on|in)\s+(?:his|her)\s+(?:car|vehicle)|"
    r"(?:on|as)\s+(?:his|her)\s+way\s+(?:home|to|from|back)|dragged\s+(?:him|her)\s+(?:out|from)|received\s+threats|had\s+been\s+threatened|"
    # the victim caught at a moment of his day, and the marks of a close, aimed shooting
    r"(?:as|when|while)\s+(?:he|she)\s+(?:was\s+)?(?:left|leaving|walked|walking|stepped|stepping|arrived|arriving|returned|returning|drove|driving|"
    r"travell?ing|travell?ed|greeted|greeting|sat|sitting|prayed|praying|came\s+out|coming\s+out|hosting|opened|opening)|"
    r"(?:travell?ing|driving|riding)\s+in\s+(?:his|her)\s+(?:official\s+|own\s+)?(?:car|vehicle|jeep|pickup|suv)|"
    r"(?:stopped|intercepted|blocked)\s+(?:his|her)\s+(?:car|vehicle|convoy|motorcade|pickup|jeep|suv)|"
    r"shot\s+(?:\w+\s+)?(?:several|two|three|four|five|multiple|many)\s+times|(?:fired|opened\s+fire)\s+(?:on|at|upon)\s+(?:him|her)|"
    r"at\s+close\s+range|point[-\s]blank|pumped\s+bullets|in\s+front\s+of\s+(?:his|her)\s+(?:family|wife|husband|children|house|home|office)|"
    r"death\s+threats|was\s+the\s+target\s+of|"
    # South Asia's signature of a targeted killing: "motorcycle-borne gunmen", "two men on a motorbike", "intercepted him"
    r"(?:motorcycle|motorbike|bike)-borne|(?:on|riding)\s+(?:an?\s+|two\s+)?(?:motorcycles?|motorbikes?)|intercepted\s+(?:him|her))\b",
    re.IGNORECASE,
)
# The prominent person as one of many dead: "killing 14 people, including a council member".
AMONG_MANY_RE = folded(
    rf"\b(?:including|among\s+(?:them|whom|the\s+dead|the\s+victims|those\s+killed))\s+(?:(?:a|an|the|two|three)\s+)?(?:[\w'-]+\s+){{0,3}}?(?:{_ROLE_ALTERNATION})",
    re.IGNORECASE,
)
# An attack on a place with guards: the guards were the victims, not an official ("guards at the governor's office").
GUARDS_RE = folded(r"\b(?:security\s+)?guards?\s+(?:of|at|who)\b|\bpersonnel\b", re.IGNORECASE)
# A bomb aimed at the person: on his car, on his convoy, or at his home.
AIMED_BOMB_RE = folded(
    r"\b(?:sticky|magnetic|limpet)\s+bombs?|\bbomb\s+(?:planted|attached|placed|fixed|hidden)\s+(?:under(?:neath)?|to|on|in)\s+(?:his|her)\s+(?:car|vehicle)"
    r"|\b(?:attack|bomb|blast|explosion|IED|device)\s+(?:\w+\s+){0,3}?(?:on|targeting|hit|struck)\s+(?:his|her)\s+(?:car|vehicle|convoy|motorcade|home|house)\b"
    r"|\b(?:planted|attached|placed|fixed|hidden)\s+(?:under(?:neath)?|beneath|to|on|in)\s+(?:his|her)\s+(?:own\s+)?(?:car|vehicle|pickup|jeep|suv)\b"
    # a device set off beside the victim's car or home, or the police's word that he was the aim
    r"|\b(?:beside|next\s+to|near|outside|under(?:neath)?)\s+(?:his|her)\s+(?:car|vehicle|home|house|residence|office|convoy)\b"
    r"|\bwas\s+the\s+target\s+of\s+the\s+(?:attack|blast|bomb|bombing|explosion)\b"
    # a roadside bomb timed to the victim's car: "exploded as the judge's car passed", "as the car of a judge passed"
    r"|\bas\s+(?:his|her|the)\s+(?:car|vehicle|convoy|motorcade)\s+(?:(?:of\s+[^.;,]{1,40}?\s+)?passed|drove\s+by|went\s+by)\b"
    r"|\b(?:planted|attached|placed|fixed|hidden)\s+(?:under(?:neath)?|beneath|to|on|in|inside)\s+(?:his|her)\s+(?:office|home|house|residence|motorcycle|motorbike|desk)\b",
    re.IGNORECASE,
)


def singled_out_role(text: str) -> str | None:
    """The target category of a prominent person the text shows singled out and killed, or None."""
    match = _earliest(text, SINGLED_OUT_RE, (SINGLED_OUT_ROLE_FIRST_RE, ROLE_NAME_RE))
    if not match or AMONG_MANY_RE.search(text) or GUARDS_RE.search(text):
        return None
    if KILL_RE.search(text, 0, match.start()):
        return None  # someone else's killing told first: "shot dead a man suspected of the attack that killed Rabbi X"
    return _role_category(match.group(0))


# An attack aimed at an office-holder who lived (README: an ambush on a named mayor who survives is still an assassination):
# "the mayor survived an ambush", "gunmen fired on the car of a Somali lawmaker", "the governor's convoy was hit by a bomb".
# An attack aimed at one office-holder may kill his escort; GTD still files it as his assassination (attempt).
AIMED_MAX_KILLED = 10
_ESCORTED = r"(?:car|vehicle|convoy|motorcade|home|house|residence|office)"
AIMED_ROLE_FIRST_RE = folded(
    rf"(?:{_ROLE_ALTERNATION})s?\b(?:\s+(?:of|in|for)\s+[^.;,]{{1,60}}?)?(?:,\s+[^.;]{{1,60}}?,)?\s+(?:survived|escaped)\b"
    rf"|(?:{_ROLE_ALTERNATION})(?:'s|’s)\s+{_ESCORTED}\s+(?:was|came\s+under)\s+(?:\w+\s+)?(?:attacked|ambushed|hit|struck|targeted|fire|shot\s+at)\b",
    re.IGNORECASE,
)
AIMED_AT_OFFICE_RE = folded(
    rf"\b(?:fired\s+(?:on|at|upon|into)|opened\s+fire\s+on|ambushed|attacked|targeted|targeting|struck|hit)\s+(?:the\s+)?{_ESCORTED}\s+of\s+"
    rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_ALTERNATION})\b"
    # a roadside bomb timed to his car: "exploded as the car of a provincial judge passed"
    rf"|\bas\s+the\s+{_ESCORTED}\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_ALTERNATION})\s+(?:passed|drove\s+by|went\s+by)\b"
    # a device aimed at one office-holder: "a roadside bomb targeting the district governor of Baraki Barak"
    rf"|\b(?:bomb|blast|explosion|IED|device|attack|ambush)\s+(?:\w+\s+)?(?:targeting|targetting|aimed\s+at)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_ALTERNATION})\b(?!s)"
    # a device left at or thrown into an office-holder's home: "a bomb planted outside the home of a council member",
    # "threw a grenade into the compound of a village chief"
    rf"|\b(?:planted|placed|left|hidden|detonated|exploded|went\s+off|thrown|(?:threw|hurled|lobbed|tossed)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:grenade|bomb|explosive|device)s?)\s+"
    rf"(?:outside|at|near|into|in\s+front\s+of|beside|under)\s+(?:the\s+)?(?:{_ESCORTED}|compound|palace|gate)\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_ROLE_ALTERNATION})\b",
    re.IGNORECASE,
)


def aimed_role(text: str) -> str | None:
    """The target category of an office-holder an attack was aimed at, whether or not he died, or None."""
    match = _earliest(text, AIMED_AT_OFFICE_RE, (AIMED_ROLE_FIRST_RE,))
    if not match or AMONG_MANY_RE.search(text):
        return None
    return _role_category(match.group(0))


def _earliest(text: str, anywhere, role_first: tuple) -> re.Match | None:
    """The leftmost match of `anywhere`, or of a `role_first` pattern tried only where an office is named."""
    starts = [m.start() for m in ROLE_PRESENT_RE.finditer(text)]
    if not starts:
        return None  # every phrasing names an office
    found = [m for m in [anywhere.search(text)] if m]
    for pattern in role_first:
        found.extend(m for m in (pattern.match(text, start) for start in starts) if m)
    return min(found, key=lambda m: m.start(), default=None)


def _role_category(found: str) -> str | None:
    # government first: "the mayor's bodyguard" is not what decides
    return next((category for category, pattern in ROLE_RES.items() if pattern.search(found)), None)


def assassination_target(text: str, target_type: str) -> str:
    """The target of an assassination: the office of the person aimed at, where the reader saw only his escort or a private person."""
    aimed = aimed_role(text)
    if aimed and aimed != "civilians" and target_type in ("civilians", "other", "military", "police"):
        return aimed  # the escort was hurt, the office-holder was the aim
    if target_type in ("civilians", "other"):
        return office_target(text) or target_type
    return target_type


def office_target(text: str) -> str | None:
    """The target category of the singled-out victim's office; None for a private person or a leader without office."""
    category = singled_out_role(text)
    return None if category == "civilians" else category


def is_assassination(text: str, attack_type: str, killed: int | None) -> bool:
    """GTD's assassination: one to three dead, the first of them a prominent person reached in a way that shows he was the aim."""
    if killed in (None, 0, 1, 2, 3) and attack_type in ("armed_assault", "unknown", "bombing_explosion") and aimed_role(text) is not None:
        return True
    if killed is not None and killed <= AIMED_MAX_KILLED and attack_type in ("armed_assault", "bombing_explosion") and aimed_role(text) is not None:
        return True  # a suicide bomber who "targeted the governor's convoy, killing six of his guards": the aim decides, not the toll
    if killed not in (1, 2, 3) or singled_out_role(text) is None:
        return False
    if attack_type in ("armed_assault", "unknown", "unarmed_assault"):
        return bool(TARGETING_RE.search(text))
    if attack_type == "bombing_explosion":
        return bool(AIMED_BOMB_RE.search(text))
    return False

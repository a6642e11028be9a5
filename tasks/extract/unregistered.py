"""Groups the registry does not know: names read from claims, blame and agent phrases, and gangs the police name."""

from __future__ import annotations

import re

from .group_voice import _FIRST_VERB, _OWN_ACT, _OWN_SIDE, _SPEECH
from .registry import find_groups
from .text import folded

# "supporters of a rival faction of the BNP": undescribed partisans, coded Unknown
RIVAL_FACTION_BEFORE_RE = re.compile(r"\brival\s+(?:faction|wing)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Group names the registry does not know, read from claim sentences ("the Abdullah Azzam Brigades claimed").
GENERIC_GROUP_RE = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+){0,5}(?:Front|Army|Brigades?|Movement|Organi[sz]ation|Jihad|Militia|Battalions?|"
    r"Mujahideen|Mujahidin|Liberation\s+[A-Z]\w+|Emirate|Legion|Tigers|Squad|Partisans|Resistance|Jamaat|Ansar\s+[A-Z][\w-]+))\b"
)
# The named subject of a claim the registry does not know ("Shura Council of Benghazi Revolutionaries claimed responsibility").
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|al-\w+|el-\w+)"
CLAIMANT_RE = re.compile(
    rf"((?:{_NAME_WORD}\s+(?:(?:of|for|the|de|del|la|wal|and|al)\s+){{0,2}}){{0,6}}{_NAME_WORD})\s*(?:\([^)]{{1,20}}\)\s*)?"
    # "The Wrath of Olives group claimed": the kind of organisation may follow its name
    r"(?:\s+(?:group|organi[sz]ation|movement|militia|faction|outfit))?,?\s+"
    r"(?:(?:has|have|had|later|quickly|immediately|also|swiftly|reportedly|allegedly)\s+)*"
    r"(?:claimed|claims|took|accepted|admitted)\s+(?:\w+\s+){0,2}?(?:responsibility|credit)\b"
)
# A blamed actor the registry does not know ("police blamed the 5 Segonn gang"); a gang keeps "gang" in its name,
# as the police say it ("Ikrani gang").
BLAMED_NAME_RE = re.compile(
    rf"\b(?:blamed|blames|accused|attributed\s+to(?:\s+(?:the\s+)?(?:\w+\s+)?(?:group|organi[sz]ation))?"
    # an inquiry's pointer names the suspects: "investigations pointed to members of Los X", "suspicion fell on the Y"
    r"|(?i:investigations?|investigators|inquir(?:y|ies)|probes?|evidence|findings|clues|intelligence|suspicion)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:point(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:to|at)|fell\s+on|falls\s+on)"
    r"(?:\s+(?:suspected\s+)?(?:members?|fighters|militants|gunmen|elements|cadres)\s+(?:of|from))?"
    rf")\s+(?:the\s+)?((?:{_NAME_WORD}\s+(?:(?:of|for|the|de|del|la|wal|and|al)\s+)?){{0,6}}{_NAME_WORD}(?:\s+gang\b)?)"
    r"(?:\s+(?:gang|group|militia|cartel|coalition|faction|movement|rebels|militants|fighters))?"
)
# A blamed actor the registry does not know, as the subject of a passive blame ("The Army of Republika Srpska was blamed
# for the attack"): the same attribution as "officials blamed X", told from the blamed party's side.
PASSIVE_BLAMED_NAME_RE = re.compile(
    rf"(?:^|[,;:]\s+|\b[Tt]he\s+)((?:{_NAME_WORD}\s+(?:(?:of|for|the|de|del|la|wal|and|al)\s+){{0,2}}){{0,6}}{_NAME_WORD})\s+"
    r"(?:was|were|has\s+been|have\s+been|is|are)\s+(?:widely\s+|initially\s+|later\s+|also\s+)?blamed\s+for\b"
)
# A group introduced by name ("a group calling itself the Free Youth", "an eco-terrorist group named ITS").
NAMED_GROUP_RE = re.compile(
    rf"\b(?:group|organi[sz]ation|outfit|militia|movement|cell|faction)\s+(?:called|named|known\s+as|calling\s+itself)\s+(?:the\s+)?"
    rf"((?:{_NAME_WORD}\s+(?:(?:of|for|the|de|del|la|a|lo|wal|and|al)\s+)?){{0,6}}{_NAME_WORD})"
)
# The last word of an organisation's name ("Somali Coast Liberation Front", "Charles Martel Group").
_ORG_HEAD = (
    r"(?:Front|Army|Brigades?|Movement|Organi[sz]ation|Council|Group|Federation|Party|Commandos?|Forces|Militia|Battalions?|"
    r"Cartel|Network|Jamaat|Falcons|Cells|Committees?|Underground|Legion|Tigers|Squad|Resistance|Mujahideen|Jihad|Emirate)"
)
# two connectors may meet: "Front for the Liberation of the Enclave of Cabinda"
_GROUP_NAME = rf"(?:{_NAME_WORD}\s+(?:(?:of|for|the|de|del|la|wal|and|al|we)\s+){{0,2}}){{0,6}}{_NAME_WORD}"
# Up to three words that describe an armed group before its unregistered name ("the outlawed", "the anti-Arab",
# "islamic extremist"): a closed list, because "local SWAT units" or "the civilian JTF" are forces, not attackers.
_DESCRIPTORS = (
    r"(?:(?:outlawed|banned|proscribed|militant|separatist|extremist|radical|jihadist|islamist|islamic|terrorist|armed|rebel|"
    r"shadowy|little-known|obscure|fascist|neo-fascist|neo-nazi|far-right|far-left|communist|marxist|maoist|leftist|"
    r"left-wing|right-wing|rightist|nationalist|anarchist|insurgent|guerrilla|paramilitary|clandestine|underground|"
    r"anti-[\w-]+|pro-[\w-]+)\s+){0,3}?"
)
_ACTOR_NOUNS = r"(?:militants|fighters|terrorists|guerrillas|rebels|members|gunmen|insurgents|commandos|operatives)"
# Unregistered groups in an agent's place: "members of the Arab Revolutionary Council", "bombed by the
# Charles Martel Group", "Garo National Liberation Army (GNLA) militants shot dead", "EOKA B shot dead".
AGENT_GROUP_RES = (
    re.compile(
        rf"\b(?:[Mm]embers?|militants|fighters|terrorists|gunmen|guerrillas|rebels|insurgents|bomber|attackers|unit|cell)\s+"
        # descriptors before the name vary ("the islamic extremist group Komando Jihad", "the outlawed X Front")
        rf"(?:of|from|belonging\s+to)\s+(?:the\s+|an?\s+)?(?:{_DESCRIPTORS}(?:group|organi[sz]ation|outfit|party|movement|militia|faction)\s+|{_DESCRIPTORS})?({_GROUP_NAME})"
    ),
    re.compile(rf"\b(?:by|claimed\s+by|carried\s+out\s+by|blamed\s+on)\s+(?:the\s+)?{_DESCRIPTORS}({_GROUP_NAME})"),
    re.compile(
        rf"(?:^|[.;:,]\s+|\b(?:[Tt]he|[Ff]ive|[Tt]wo|[Tt]hree|[Ff]our|\d+)\s+)({_GROUP_NAME})\s*(?:\([\w-]{{2,10}}\)\s*)?(?:{_ACTOR_NOUNS}\s+)?"
        r"(?:(?:reportedly|allegedly)\s+)?"
        r"(?:attacked|stormed|storm|ambushed|killed|kill|shot|bombed|hijack(?:ed)?|set\s+fire|kidnapped|abducted|opened\s+fire|"
        r"detonated|raided|poison(?:ed)?|planted|massacred|executed|beheaded|carried\s+out|launched|fired)\b"
    ),
)
# A gang the registry does not know, named as the attackers' gang ("dacoits of the notorious Ikrani gang stormed a
# picket", "members of the Kala gang opened fire", "police blamed the Ikrani gang"): coders keep the name the police
# use, gang included, as suspected.
GANG_AGENT_RE = re.compile(
    r"(?:\b(?:[Dd]acoits|[Bb]andits|[Mm]embers?|[Gg]unmen|[Mm]en|[Gg]angsters|[Cc]riminals|[Hh]itmen|[Aa]ttackers)\s+(?:of|from|belonging\s+to)\s+"
    r"|\b(?:blamed|blamed\s+on|accused|attributed\s+to|by)\s+)"
    r"(?:the\s+)?(?:(?:notorious|dreaded|infamous|feared|powerful|local|rival|criminal)\s+)?((?:[A-Z][\w'’-]+\s+){1,3}gang)\b"
    r"|\b((?:[A-Z][\w'’-]+\s+){1,3}gang)\s+(?:members\s+|dacoits\s+|gunmen\s+)?"
    r"(?:attacked|stormed|ambushed|killed|shot|opened\s+fire|kidnapped|abducted|raided|torched|set\s+fire|bombed|hurled|lobbed)\b"
)
# An official names who the attackers were ("the attackers were Turkana warriors", "police believe the raiders were
# Kuki militants"): an unregistered people's or movement's fighters, kept under the name the text gives them.
IDENTIFIED_ATTACKERS_RE = re.compile(
    r"\b(?i:attackers|assailants|gunmen|raiders|arsonists|killers|perpetrators|culprits)\s+(?:were|are)\s+(?:(?i:all|probably|likely|suspected)\s+)?"
    r"((?:[A-Z][\w'’-]+\s+){1,3}(?i:warriors|militants|fighters|rebels|militiamen|herders|herdsmen|tribesmen|insurgents|guerrillas|separatists))\b"
    # or blames a community's fighters by name ("the commissioner blamed Murle armed youth from Pibor")
    r"|\b(?:blamed|blames|blaming|accused|accuses)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,2}(?:armed\s+youths?|youths|warriors|militiamen|raiders|tribesmen))\b"
    # or makes them the subject of the raid ("Pokot raiders killed three herders", "when Murle armed youth attacked")
    r"|(?:^|[,;:–—-]\s+|\b(?:when|as|after)\s+)((?:[A-Z][\w'’-]+\s+){1,2}(?:armed\s+youths?|warriors|raiders|tribesmen))\s+"
    r"(?:(?:had|have|reportedly|allegedly)\s+)?(?:killed|attacked|raided|stormed|ambushed|abducted|shot|torched|burned|burnt|overran)\b"
)
# Capitalised words that open a raid's subject without naming a people ("Armed raiders", "Cattle raiders").
RAIDER_NOT_NAME_WORDS = frozenset("armed unknown unidentified suspected cattle heavily masked local rival the some several many".split())
# A guerrilla's numbered unit named as such ("the 10th Front", "the 33rd Front"): FARC and its dissidents name their
# fronts by number, and coders keep the text's name. Only "Front": an army's "5th Brigade" or "103rd Division" is a force.
_NUMBERED_FRONT = r"\d{1,3}(?:st|nd|rd|th)\s+Front"
# Last words of an insurgent's name only: "the Syrian Army said its units had struck" is a state's force.
_VOICE_HEAD = r"(?:Front|Brigades?|Movement|Battalions?|Legion|Mujahideen|Resistance|Group|Organi[sz]ation|Jamaat|Commandos?)"
# Capitalised words that open a sentence's time or place adverbial, not a name ("On Sunday the 10th Front said").
_NOT_NAME_START = (
    r"(?:On|In|At|By|Last|Late|Early|Then|Later|Meanwhile|Earlier|Overnight|[A-Z][a-z]+day|January|February|March|April|"
    r"May|June|July|August|September|October|November|December)"
)
# The subject of a group's own account of its act ("the 10th Front said its fighters had repelled an attack and killed
# eight soldiers", "the Mountain Lions Brigade said in a statement that its men had ambushed the convoy"): the
# group the registry does not know is the claimant, named as the text names it.
VOICE_CLAIMANT_RE = re.compile(
    # the head may come first, its object after ("the Front for the Liberation of the Enclave of Cabinda said its fighters")
    rf"\b(?!{_NOT_NAME_START}\b)((?:{_NAME_WORD}\s+(?:(?:of|for|the|de|del|la|wal|and|al)\s+){{0,2}}){{0,5}}(?:{_NUMBERED_FRONT}|{_VOICE_HEAD})"
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?(?:{_NAME_WORD}\s+(?:(?:of|for|the|and)\s+){{0,2}}){{0,4}}{_NAME_WORD})?)"
    r"\s*(?:\([^)]{1,20}\)\s*)?"
    rf"(?i:(?:,[^,.;]{{1,100}},\s*)?{_SPEECH}\s*(?:that\s+)?{_OWN_SIDE}\s+(?:{_FIRST_VERB})?(?:{_OWN_ACT}))"
)
# Capitalised words before "gang" that describe it rather than name it ("Suspected gang members", "The gang").
GANG_NOT_NAME_WORDS = frozenset("the a an suspected rival local armed criminal street drug notorious one two three several".split())
# Before "members of X": they were harmed, so X is the victims' group ("killed four members of", "wounding two").
HARMED_MEMBERS_BEFORE_RE = folded(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|kidnapped|abducted|targeted|targeting|ambushed)\s+"
    r"(?:(?:at\s+least|more\s+than|about|some|around|nearly|up\s+to|an?|the|several|many|dozens|scores|\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+){0,3}$",
    re.IGNORECASE,
)
NOT_GROUP_WORDS = frozenset(
    "he she it they we police officials official authorities government ministry army military nobody no one the a an "
    "this that its their security spokesman spokesperson statement reports report media sources witnesses".split()
)
# Last words of names that armies and ministries do not take ("... Liberation Front", "... Movement").
INSURGENT_HEADS = frozenset("front movement brigade brigades organization organisation jihad mujahideen underground legion".split())
STATE_FORCE_WORDS = frozenset(
    "national security police defence defense armed military government ministry observatory republic coalition "
    "federal royal border central reserve rapid".split()
)




def _generic_group(sentence: str) -> str | None:
    for match in GENERIC_GROUP_RE.finditer(sentence):
        name = match.group(1).strip()
        words = name.lower().split()
        if len(words) >= 2 and not (set(words) & STATE_FORCE_WORDS):
            return re.sub(r"^(?:The|A)\s+", "", name)
    return None


def _named_gang(sentence: str) -> str | None:
    """An unregistered gang the sentence names as the attackers' ("Ikrani gang"), else None."""
    for match in GANG_AGENT_RE.finditer(sentence):
        words = (match.group(1) or match.group(2)).split()
        while words and words[0].lower() in GANG_NOT_NAME_WORDS:
            words.pop(0)
        if len(words) < 2 or HARMED_MEMBERS_BEFORE_RE.search(sentence, 0, match.start()):
            continue  # "The gang", "killed two members of the X gang": no name, or the victims' gang
        name = " ".join(words)
        if not find_groups(name) and not _state_force(name):
            return name
    return None


def _named_claimant(sentence: str, patterns: tuple[re.Pattern, ...] = (CLAIMANT_RE, VOICE_CLAIMANT_RE, NAMED_GROUP_RE, BLAMED_NAME_RE)) -> str | None:
    """The name of an unregistered group that claimed the attack, or that the text introduces or blames by name."""
    for pattern in patterns:
        match = pattern.search(sentence)
        if not match:
            continue
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1).strip(" ,."))
        # "the Zorro Brigade gang": a name that already says what the group is drops the description
        name = re.sub(rf"(\b{_ORG_HEAD})\s+gang$", r"\1", name)
        words = name.lower().split()
        if re.search(r"-(?:aligned|backed|linked|affiliated|allied|based|led|sponsored|inspired|supported)$", words[-1]):
            continue  # "blamed Iran-aligned armed factions": a description of the blamed, no name
        plain = words[0] not in NOT_GROUP_WORDS and not (set(words) & STATE_FORCE_WORDS)
        if len(words) >= 1 and (plain or _insurgent_name(words)) and len(name) >= 3:
            if len(words) == 1 and not (name.isupper() or "-" in name):
                continue  # one ordinary capitalised word is more often a person or place than a group
            return name
    return None


def _insurgent_name(words: list[str]) -> bool:
    """True for a name shaped like an armed group's, whatever words it shares with state bodies: "United National
    Liberation Front", "Army of Conquest" (but not "National Army" or "Army spokesman")."""
    return len(words) >= 3 and (words[-1] in INSURGENT_HEADS or (words[0] in ("army", "brigade", "brigades") and words[1] == "of"))


def _agent_group(sentence: str) -> str | None:
    """An unregistered group the sentence makes the actor, when its name is an organisation's."""
    for pattern in AGENT_GROUP_RES:
        for match in pattern.finditer(sentence):
            name = re.sub(r"^(?:The|A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Suspected)\s+", "", match.group(1).strip(" ,."))
            name = re.sub(r"^[\w-]+-(?:backed|linked|allied|affiliated|led)\s+", "", name)
            words = name.lower().split()
            if not words or words[0] in NOT_GROUP_WORDS or set(words) & STATE_FORCE_WORDS - {"national", "republic"}:
                continue
            if RIVAL_FACTION_BEFORE_RE.search(sentence, 0, match.start(1)):
                continue  # "supporters of a rival faction of the BNP": undescribed partisans, coded Unknown
            if pattern is AGENT_GROUP_RES[0] and HARMED_MEMBERS_BEFORE_RE.search(sentence, 0, match.start()):
                continue  # "a bomb killed four members of Iraq's Popular Mobilisation Forces": the victims' group
            acronym_follows = re.match(r"\s*\([A-Z][\w-]{1,9}\)", sentence[match.end(1) :])
            org_like = re.search(rf"\b{_ORG_HEAD}\b", name) or name.replace(" ", "").isupper() or acronym_follows
            if org_like and not _state_force(name) and not find_groups(name):
                return name
    return None


def _identified_attackers(sentence: str) -> str | None:
    """The unregistered fighters the sentence identifies the attackers as ("Turkana warriors"), else None."""
    from .state_forces import state_country

    match = IDENTIFIED_ATTACKERS_RE.search(sentence)
    if match is None:
        return None
    name = match.group(1) or match.group(2) or match.group(3)
    first = name.split()[0]
    # "the attackers were Pakistani militants": a nationality says where they came from, not which group
    if first.lower() in NOT_GROUP_WORDS or first.lower() in RAIDER_NOT_NAME_WORDS or state_country(first) or find_groups(name):
        return None
    return name


def _state_force(name: str) -> bool:
    """True for a country's own forces ("Sri Lankan Army", "Turkish Air Force", "Nigerian National Army")."""
    from .gazetteer import load_gazetteer

    # "Soldiers of the Nigerian Army", "Troops of the Malian Armed Forces": the force's men, named by their force
    name = re.sub(r"^(?:Soldiers|Troops|Officers|Personnel|Members|Men|Units|Elements)\s+of\s+(?:the\s+)?", "", name)
    rest = re.sub(r"\b(?:National|Army|Armed|Forces|Air|Force|Navy|Special|Defence|Defense|Border|Guards?|Republican|Royal)\b", " ", name).split()
    if not rest:
        return True
    return any(e.kind in ("demonym", "country") for e in load_gazetteer().lookup(" ".join(rest).lower()))

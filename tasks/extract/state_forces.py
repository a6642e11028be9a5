"""State forces as perpetrators: a country's army, air force or police named as the actor of an attack.

Coders name state forces as the text does ("Malian army", "Myanmar military"). The rules here fire only
where no armed group is named and the forces' victims are not attackers: troops killing insurgents or
shooting an attacker are the response to an incident, not its perpetrator.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from .gazetteer import _load_yaml, fold, load_gazetteer
from .registry import canonical_name, find_groups, load_registry
from .segment_patterns import NEW_INCIDENT_RE
from .state_roles import CAPITAL_POSSESSIVE_RE, OWN_ROLE_HEADS, bare_capital, capital_state, without_pretext
from .text import folded

# A country's name or demonym, one to three capitalised words, possibly possessive ("Burkina Faso's").
# Wire style writes two states with stops ("a U.S. drone strike", "U.K. forces"), which a word pattern cannot take.
_STATE = r"(?P<state>U\.S\.|U\.K\.|" + CAPITAL_POSSESSIVE_RE + r"|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+?)(?:['’]s)?"
# The forces, as texts name them; the value is the word the perpetrator's name ends with.
FORCE_HEADS = {
    "army": "army", "troops": "army", "soldiers": "army", "paratroopers": "army", "special forces": "army",
    "military": "military", "armed forces": "armed forces", "forces": "forces", "security forces": "security forces",
    "defence forces": "armed forces", "defense forces": "armed forces", "defence force": "armed forces",
    "defense force": "armed forces",
    "air force": "air force", "warplanes": "air force", "fighter jets": "air force", "jets": "air force",
    "military aircraft": "military", "aircraft": "air force", "drone": "military", "drones": "military",
    "navy": "navy", "marines": "navy", "junta": "military",
    "police": "police", "policemen": "police", "police officers": "police", "riot police": "police",
    "gendarmes": "gendarmerie", "gendarmerie": "gendarmerie", "national guard": "national guard",
    # border forces shoot migrants and smugglers ("Egyptian border guards shot dead a migrant", "Iranian border guards killed")
    "border guards": "border guards", "border guard": "border guards",
    # a side's munitions and gunships stand for its forces when they are what strikes ("A Russian guided aerial bomb
    # struck", "a Turkish missile hit"); the word before ("guided", "cruise") is read as the middle word
    **dict.fromkeys(
        ("missile", "missiles", "rocket", "rockets", "bomb", "bombs", "aerial bomb", "aerial bombs", "glide bomb",
         "glide bombs", "shell", "shells", "artillery", "helicopter", "helicopters", "gunship", "gunships", "warplane",
         # Gaza and West Bank copy names the forces by their fire ("Israeli fire killed three", "killed by Israeli gunfire")
         "fire", "gunfire", "tank fire", "sniper fire"),
        "forces",
    ),
}
# Munition heads whose country word often names a stateless people's factions, not a state ("a Palestinian rocket").
WEAPON_HEADS = frozenset(head for head, name in FORCE_HEADS.items() if name == "forces" and head != "forces")
NON_STATE_WEAPON_COUNTRIES = frozenset({"PS"})
_HEAD = "(?P<head>(?i:" + "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in FORCE_HEADS), key=len, reverse=True)) + "))"
# Words between a country and its forces ("Ethiopian National Defense Forces"), never a group's own name.
_MID = r"(?i:national|armed|security|special|border|federal|royal|government|regular|defen[cs]e|military)"
_HARM_VERB = (
    r"(?:killed|killing|shot|shooting|opened\s+fire|fired\s+(?:on|at|into)|bombed|bombing|struck|striking|shelled|shelling|"
    r"raided|stormed|massacred|executed|tortured|beat|torched|burned|razed|attacked|hit|dropped|pounded|"
    # a munition's impact: "A Russian drone slammed into a minibus", "a missile tore through a market"
    r"(?:slammed|crashed|smashed|ploughed|plowed)\s+into|(?:tore|ripped)\s+through)"
)
# "Malian soldiers killed 20 villagers", "the Nigerian Air Force jets bombed a market".
AGENT_FIRST_RE = re.compile(rf"\b{_STATE}\s+(?P<mid>\w+\s+)?{_HEAD}\s+(?:(?!(?:was|were|been|being|is|are|get|got)\b)\w+\s+){{0,2}}?(?P<verb>{_HARM_VERB})\b(?P<object>[^.;]{{0,80}})")
# "villagers killed by Malian soldiers", "an air strike by the Sudanese Armed Forces".
AGENT_AFTER_BY_RE = re.compile(
    rf"(?P<object>[^.;]{{0,80}}?)\b(?:killed|shot|bombed|struck|hit|massacred|executed|attacked|attack|strikes?|raid|shelling|"
    rf"bombardment|fire|gunfire|airstrikes?)\s+(?:\w+\s+){{0,3}}?by\s+(?:the\s+)?{_STATE}\s+(?:\w+\s+)?{_HEAD}\b"
)
# "residents blamed Malian soldiers".
_BLAME = r"\b(?:blamed|blames|blaming|accused|accuses|accusing|attributed\s+(?:it|the\s+\w+)\s+to)\s+(?:the\s+)?"
BLAMED_RE = re.compile(rf"{_BLAME}{_STATE}\s+(?P<mid>\w+\s+)?{_HEAD}\b(?P<object>)")
# "officials blamed Russia for the strike", "accused Pakistan of the attack": another state blamed by its name alone,
# which coders read as its forces.
BLAMED_STATE_RE = re.compile(rf"{_BLAME}{_STATE}\s+(?:for|of)\s+(?:(?:the\s+|this\s+|that\s+)?(?:\w+\s+)?(?i:strikes?|attacks?|bombing|shelling|blast|missile|drone|raid|killings?|massacre|explosion)|"
                             # the act as a gerund: "accused Moscow of deliberately targeting civilians"
                             r"(?:\w+ly\s+)?(?i:targeting|attacking|shelling|striking|bombing|killing|firing\s+on))\b")
# "residents blamed the military": the forces of the country the incident is in.
BLAMED_OWN_FORCES_RE = re.compile(
    rf"{_BLAME}(?:{_MID}\s+)?(?P<head>(?i:military|army|armed\s+forces|security\s+forces|junta|air\s+force|soldiers|troops|regime(?:\s+forces)?))\b"
)
# "a Pakistani air strike", "Nigerian military air strikes", "Ethiopian drone strikes".
STRIKE_RE = re.compile(
    rf"\b{_STATE}\s+(?:(?P<head>(?i:military|army|air\s+force|drone|navy))\s+)?(?P<verb>air\s*strikes?|airstrikes?|drone\s+strikes?|"
    r"drone\s+attacks?|shelling|bombardment|artillery\s+fire|strikes?(?=\s+(?:on|in|near|against|that|which|killed|hit|targeted|struck)\b))\b(?P<object>[^.;]{0,80})"
)
# The forces' own craft named by who flies it: "a drone operated by one of its units", "one of its helicopters".
_OWN_ASSET = (
    r"(?:(?:an?\s+)?(?:[\w-]+\s+)?(?:drones?|aircraft|jets|warplanes|helicopters?|gunships?)\s+(?:operated|flown|launched|deployed)\s+"
    r"by\s+(?:one\s+of\s+)?its\s+(?:own\s+)?(?:units?|forces|troops|officers|teams?|pilots?)|"
    r"one\s+of\s+its\s+(?:[\w-]+\s+)?(?:drones|aircraft|jets|warplanes|helicopters|gunships|units))"
)
# The forces confirming their own strike: "The Israeli military said it had struck a Hezbollah operative".
STATE_CLAIM_RE = re.compile(
    rf"\b{_STATE}\s+(?:{_MID}\s+)?(?:{_HEAD}|(?i:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff))(?:\s*\([A-Z]{{2,6}}\))?(?:,[^,.;]{{1,60}},)?\s+"
    # the day may follow the statement ("said in a statement on Friday that it had struck")
    # the attribution may stand inside the sentence ("In retaliation, the Turkish military said, jets hit shelters")
    r"(?:said|says|confirmed|acknowledged|announced),?\s+(?:on\s+\w+\s+)?(?:in\s+a\s+(?:brief\s+|short\s+|written\s+)?statement\s+(?:on\s+\w+\s+)?)?(?:that\s+)?"
    r"(?:(?:the\s+)?(?:jets|warplanes|fighter\s+jets|troops|soldiers|helicopters)|it|they|its\s+(?:[\w-]+\s+)?(?:aircraft|jets|warplanes|drones?|forces|troops|air\s+force|fighter\s+jets|unit|units)|"
    # a ministry speaks of its forces by their national name ("Russia's Defence Ministry said Russian forces had
    # struck", "Turkey's defence ministry said the Turkish military had neutralised"): the same confirmation
    r"(?:the\s+)?[A-Z][\w'’-]+\s+(?:armed\s+forces|forces|military|army|troops|air\s+force|jets|warplanes|drones)|"
    rf"{_OWN_ASSET})\s+"
    # armies' own jargon, often quoted: 'said on X that it had "eliminated two Hezbollah terrorists"'
    r"(?:had\s+|has\s+|have\s+)?[\"“]?(?:struck|targeted|carried\s+out|conducted|hit|attacked|launched|bombed|shelled|"
    r"eliminated|neutrali[sz]ed)\b"
)
# The forces owning the strike as a thing done ("The Nigerian Air Force acknowledged the strike", "the Pakistani military
# admitted carrying out the bombing"); a denial or a probe ("denied", "is investigating") is no such word.
STATE_ACKNOWLEDGED_RE = re.compile(
    rf"\b{_STATE}\s+(?:{_MID}\s+)?{_HEAD}(?:\s*\([A-Z]{{2,6}}\))?\s+(?:(?:later|has|had|have)\s+)?(?i:acknowledged|admitted|confirmed|owned\s+up\s+to)\s+"
    r"(?i:(?:carrying\s+out|conducting|launching)\s+)?(?i:the|its|an?)\s+(?i:(?:air|aerial|drone|missile)\s+)?(?i:strikes?|bombing|raid|attack)\b"
)


# The incident country's own forces confirming their act without naming the country: "The army confirmed it had
# carried out a strike near the village", "The Defence Ministry confirmed that troops on patrol had fired on the
# vehicle", "a spokesman for the military government said the air force had struck a camp".
OWN_FORCES_CLAIM_RE = re.compile(
    # a theatre command speaks for the forces by its operation's name ("The Air Component of Operation Hadin Kai said")
    r"\b(?i:the\s+)?(?i:army|military|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|air\s+force|"
    r"military\s+government|junta|(?:air|land|maritime)\s+component\s+of\s+operation\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?:['’]s\s+\w+)?(?:,[^,.;]{1,60},)?\s+"
    r"(?i:said|confirmed|acknowledged|announced)\s+(?i:on\s+\w+\s+)?(?i:in\s+a\s+(?:brief\s+|short\s+|written\s+)?statement\s+(?:on\s+\w+\s+)?)?(?i:that\s+)?"
    r"(?i:it|they|troops|soldiers|its\s+(?:[\w-]+\s+)?(?:aircraft|jets|warplanes|drones?|forces|troops|soldiers|units?)|its\s+air\s+force|"
    r"the\s+(?:air\s+force|troops|soldiers|army|military))(?:\s+on\s+patrol)?\s+"
    # armies' jargon, often quoted: 'its aircraft had "neutralised scores of terrorists"'
    r"(?i:had\s+|has\s+|have\s+)?[\"“]?(?i:struck|targeted|carried\s+out|conducted|hit|attacked|launched|bombed|shelled|fired\s+(?:on|at)|"
    r"eliminated|neutrali[sz]ed)\b"
)
# The forces' targets were attackers: a response, not the incident's perpetrator.
ATTACKERS_RE = folded(
    r"\b(?:militants?|insurgents?|jihadists?|terrorists?|attackers?|assailants?|gunm[ae]n|rebels?|fighters?|bandits?|"
    r"kidnappers?|suspects?|suspected|armed\s+(?:\w+\s+)?(?:man|men)|hideouts?|(?<!refugee\s)(?<!displaced\s)(?<!displacement\s)(?<!IDP\s)camps?|positions|bases?|perpetrators?|bombers?|extremists?|guerrillas?)\b"
    r"|\b(?:who|after\s+(?:he|she|they))\s+(?:had\s+)?(?:allegedly\s+|reportedly\s+)?(?:stabbed|attacked|rammed|opened\s+fire|tried|attempted|fired)",
    re.IGNORECASE,
)


# Another attacker in the incident: the state forces named are its target or its responders.
OTHER_ATTACKER_RE = folded(
    r"\b(?:gunm[ae]n|militants?|insurgents?|jihadists?|terrorists?|rebels?|bandits?|attackers?|assailants?|bombers?|"
    r"suicide|stabb(?:ed|ing)|rammed|ramming|roadside|landmines?|(?:land\s+)?mines?|improvised|IEDs?|car\s+bombs?|"
    r"uniforms?|guerrillas?|(?:armed|unknown|unidentified|masked)\s+men|bomb\s+attacks?|kidnappers?|extremists?|separatists?|gangs?|cartels?|hostages?|militiam[ae]n|militias?)\b",
    re.IGNORECASE,
)


# Before the forces' name: they are an object, not the agent ("check posts of", "striking").
OBJECT_BEFORE_RE = folded(
    # "members of Mexico's National Guard", "a unit of the Nigerian army": the forces' own people, who may be the agent
    r"\b(?:(?<!members\s)(?<!member\s)(?<!officers\s)(?<!soldiers\s)(?<!troops\s)(?<!unit\s)(?<!units\s)(?<!agents\s)(?<!elements\s)(?<!personnel\s)of|"
    r"on|at|against|targeting|striking|attacking|ambushing|killing|wounding|injuring)\s+(?:the\s+)?$", re.IGNORECASE
)


class StateForce(NamedTuple):
    """State forces named as an attack's actor."""

    name: str
    country_code: str
    evidence: str


@lru_cache(maxsize=512)
def state_country(words: str) -> str | None:
    """The ISO code when `words` is a country's name or demonym ("Malian", "Burkina Faso"), else None."""
    key = fold(re.sub(r"^the\s+", "", words.strip(), flags=re.IGNORECASE))
    codes = {e.country_code for e in load_gazetteer().lookup(key) if e.kind in ("country", "demonym")}
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {code: names[0] for code, names in (_load_yaml("countries.yaml").get("demonyms") or {}).items() if names}


def _demonym(code: str) -> str:
    return _demonyms().get(code) or load_gazetteer().country_name(code)


def _force_name(code: str, head: str | None) -> str:
    head_key = " ".join((head or "military").lower().split())
    return f"{_demonym(code)} {FORCE_HEADS.get(head_key, 'military')}"


def blamed_state(sentences: list[str], country_code: str | None = None) -> StateForce | None:
    """The state forces a source blames in the sentences ("residents blamed Malian soldiers", "accused Moscow of ...")."""
    for sentence in sentences:
        match = BLAMED_RE.search(sentence)
        found = _state_code(match.group("state")) if match else None
        if found is not None:
            return StateForce(_force_name(found[0], _head_words(match, found[1])), found[0], sentence)
        match = BLAMED_STATE_RE.search(sentence)
        # "blamed Kyiv for the attack", "accused Moscow of the strike": after a blame verb the bare capital is the state
        capital = bare_capital(match.group("state")) if match else None
        found = (_state_code(match.group("state")) or capital) if match else None
        # a capital blamed in its own country is its government's forces ("officials in Horlivka blamed Kyiv")
        if found is not None and not found[1] and country_code and (found[0] != country_code or capital):
            return StateForce(_force_name(found[0], "forces"), found[0], sentence)
        match = BLAMED_OWN_FORCES_RE.search(sentence)
        if match and country_code:
            return StateForce(_force_name(country_code, match.group("head")), country_code, sentence)
    return None


def find_state_agent(sentences: list[str], country_code: str | None = None) -> StateForce | None:
    """The state forces an incident's sentences make the actor of violence against people who are not attackers."""
    blamed = blamed_state(sentences, country_code)  # blame names the actor outright, whoever else the text mentions
    if blamed is not None:
        return blamed
    lead = lead_state_strike(sentences, country_code) or _lead_cause_clause(sentences)
    if lead is not None:
        return lead
    # a source closing the sentence ("..., a Tuareg separatist coalition said") is no other attacker
    if any(OTHER_ATTACKER_RE.search(without_pretext(without_source_tail(sentence))) for sentence in sentences):
        return None
    own = _own_forces_lead(sentences, country_code)
    if own is not None:
        return own
    for sentence in sentences:
        for pattern in (AGENT_FIRST_RE, AGENT_AFTER_BY_RE, STRIKE_RE):
            for match in pattern.finditer(sentence):
                if OBJECT_BEFORE_RE.search(sentence[max(0, match.start("state") - 30) : match.start("state")]):
                    continue  # "attacks aimed at striking Pakistani security forces": the forces were the target
                found = _state_code(match.group("state"))
                if found is None or _stateless_weapon(match, found) or ATTACKERS_RE.search(without_pretext(match.group("object"))) or find_groups(match.group("object")):
                    continue
                return StateForce(_force_name(found[0], _head_words(match, found[1])), found[0], sentence)
    return None


def lead_state_strike(sentences: list[str], country_code: str | None = None) -> StateForce | None:
    """The state whose strike opens the incident's first sentence ("An Israeli drone strike on a house ... killed"); with
    `country_code`, also that country's own forces named without it ("Junta aircraft struck", "A military airstrike on")."""
    found = _lead_state_strike(sentences)
    if found is None and country_code and sentences:
        found = _own_strike_lead([without_source_tail(sentences[0])], country_code)
        found = found._replace(evidence=sentences[0]) if found is not None else None
    return found


# The sentence's source closing it: "..., a Taliban spokesman said", "..., according to the Arakan Army and aid workers".
# A group that reports another's strike is its witness, not its actor.
SOURCE_TAIL_RE = re.compile(
    r",\s+(?:according\s+to\b[^.;]*|(?:the\s+|an?\s+)?[^,.;]{1,60}?\b(?:said|says|reported|told\s+[\w-]+(?:\s+[\w-]+)?)\b[^.;]*)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def without_source_tail(sentence: str) -> str:
    """The sentence without the source clause that closes it."""
    return SOURCE_TAIL_RE.sub(".", sentence)


# The incident country's forces' own strike with no country word: "A military airstrike on a village killed nine".
OWN_STRIKE_RE = re.compile(
    r"(?P<head>(?i:military|army|junta|air\s+force))\s+(?P<verb>(?i:air\s*strikes?|airstrikes?|drone\s+strikes?|bombardment|shelling))\b(?P<object>[^.;]{0,80})"
)


def _own_strike_lead(sentences: list[str], country_code: str) -> StateForce | None:
    """The incident country's forces opening the lead by their act or their strike, their victims not attackers."""
    found = _own_forces_lead(sentences, country_code)
    if found is not None:
        return found
    start = len(LEAD_OPENER_RE.match(sentences[0]).group())
    match = OWN_STRIKE_RE.match(sentences[0], start)
    if match is None or ATTACKERS_RE.search(sentences[0]) or OTHER_ATTACKER_RE.search(sentences[0]) or find_groups(sentences[0]):
        return None
    head = " ".join(match.group("head").lower().split())
    return StateForce(_force_name(country_code, _OWN_HEADS.get(head, head)), country_code, sentences[0])


def _lead_state_strike(sentences: list[str]) -> StateForce | None:
    """The state whose strike opens the incident's first sentence, read with a demonym or a country's name."""
    # "Pakistani military aircraft bombed houses ...": forces opening the sentence as the subject of a harm verb
    # lead it as surely as "A Pakistani air strike ..." does, unless their victims were attackers
    # the article may be a one-letter word the state pattern cannot take ("A Turkish missile hit ...")
    # a time adverbial may open the sentence before the strike ("Late on Monday, an Israeli warplane struck ...")
    if not sentences:
        return None
    first = without_source_tail(sentences[0])
    start = len(LEAD_OPENER_RE.match(first).group())
    lead = STRIKE_RE.match(first, start) or AGENT_FIRST_RE.match(first, start)
    found = _state_code(lead.group("state")) if lead else None
    if found is None or _stateless_weapon(lead, found):
        return None
    # an air strike that killed is an operation of its own, not a response at the scene: it leads even when it hit
    # militants ("Turkish warplanes killed five PKK militants in northern Iraq"), as long as no one else attacks in the
    # sentence; a strike on a group's "targets" that reports no dead is not yet an incident's lead
    # the rest of the sentence, without the forces' own words ("fighter jets") or the militants their strike killed
    outside = STRUCK_DEAD_RE.sub(" ", first[: lead.start()] + " " + first[lead.end("object") :])
    aerial = _aerial(lead, found[1]) and bool(KILLED_RE.search(first)) and not (ATTACKERS_RE.search(outside) or OTHER_ATTACKER_RE.search(outside) or find_groups(outside))
    if find_groups(lead.group("object")) and not aerial:
        return None
    if lead.re is AGENT_FIRST_RE and (ATTACKERS_RE.search(first) or OTHER_ATTACKER_RE.search(first)) and not aerial:
        return None  # "Israel's police shot and killed a man ... after he reportedly stabbed an officer": a response
    return StateForce(_force_name(found[0], _head_words(lead, found[1])), found[0], sentences[0])


KILLED_RE = re.compile(r"\b(?:killed|killing|kills|dead|wounded|wounding)\b", re.IGNORECASE)
# "..., killing five militants": the strike's dead, not someone else attacking in the sentence
STRUCK_DEAD_RE = re.compile(r"\b(?:killing|killed|kills)\s+(?:\w+\s+){0,3}?(?:militants|fighters|insurgents|rebels|terrorists|jihadists)\b", re.IGNORECASE)
AERIAL_HEADS = frozenset({"air force", "warplanes", "warplane", "fighter jets", "jets", "aircraft", "military aircraft", "drone", "drones", "helicopters", "helicopter gunships"})
# the craft may carry its model or role first: "F-16 fighter jets", "attack helicopters"
AERIAL_HEAD_ENDINGS = tuple(" " + head for head in AERIAL_HEADS)


def _aerial(match: re.Match, rest: str) -> bool:
    """True when the strike the match names came from the air (warplanes, drones, an air strike)."""
    if match.re is STRIKE_RE:
        # a state's bare "strike" is one from the air or afar ("An Israeli strike killed a Hezbollah commander")
        return bool(re.match(r"(?i:air\s*strikes?|airstrikes?|drone\s+(?:strikes?|attacks?)|strikes?$)", match.group("verb")))
    heads = (" ".join((match.group("head") or "").lower().split()), _head_words(match, rest) or "")
    return any(head in AERIAL_HEADS or head.endswith(AERIAL_HEAD_ENDINGS) for head in heads)


# The clause that gives the lead's casualties their cause: "nine fishermen were killed when a Nigerian Air Force jet
# bombed a settlement", "three people died after Indian troops opened fire on a crowd".
CAUSE_CLAUSE_RE = re.compile(r"\b(?:killed|died|dead|wounded|injured|hurt)\b[^.;]{0,80}?\b(?:when|as|after)\s+(?:an?\s+|the\s+)?")


def _lead_cause_clause(sentences: list[str]) -> StateForce | None:
    """State forces whose act the lead gives as the cause of its casualties, when the lead names no other attacker.

    Later sentences may speak of militants (the forces' own account of whom they hit): the lead's words decide.
    """
    if not sentences or OTHER_ATTACKER_RE.search(sentences[0]) or ATTACKERS_RE.search(sentences[0]):
        return None
    for cause in CAUSE_CLAUSE_RE.finditer(sentences[0]):
        match = AGENT_FIRST_RE.match(sentences[0], cause.end())
        found = _state_code(match.group("state")) if match else None
        if found is not None and not _stateless_weapon(match, found) and not find_groups(match.group("object")):
            return StateForce(_force_name(found[0], _head_words(match, found[1])), found[0], sentences[0])
    return None


# The incident country's own forces opening the lead with no country word ("Army warplanes bombed a market", "Junta
# jets struck a village"): local and wire copy datelined in the country leave the demonym out.
OWN_FORCES_AGENT_RE = re.compile(
    # or their craft named by who flies it ("A drone operated by a police unit struck a house")
    r"(?:(?i:drones?|aircraft|helicopters?|warplanes?)\s+(?i:operated|flown|launched)\s+by\s+(?i:an?\s+|the\s+)?)?"
    # or by role ("Regime forces shelled the town", "Government troops opened fire"): see state_roles
    r"(?P<head>(?i:army|military|junta|air\s+force|police|security\s+forces|(?:" + OWN_ROLE_HEADS + r")(?:\s+forces)?))(?:['’]s)?(?:\s+(?i:units?|teams?))?(?:\s+(?i:warplanes|jets|fighter\s+jets|aircraft|drones?|helicopters?|"
    rf"gunships?|artillery|troops|soldiers))?\s+(?:(?!(?:was|were|been|being|is|are)\b)\w+\s+)?(?P<verb>{_HARM_VERB})\b(?P<object>[^.;]{{0,80}})"
)
_OWN_HEADS = {"junta": "military"}


def _own_forces_lead(sentences: list[str], country_code: str | None) -> StateForce | None:
    """The incident country's forces when they open the first sentence as the subject of a harm verb against non-attackers."""
    if not sentences or not country_code:
        return None
    start = len(LEAD_OPENER_RE.match(sentences[0]).group())
    match = OWN_FORCES_AGENT_RE.match(sentences[0], start)
    if match is None or ATTACKERS_RE.search(match.group("object")) or find_groups(match.group("object")):
        return None
    head = " ".join(match.group("head").lower().split())
    return StateForce(_force_name(country_code, _OWN_HEADS.get(head, head)), country_code, sentences[0])


# What may stand before the striking forces at a sentence's start: time adverbials, each closed by a comma ("Late on
# Monday,", "Hours later, on Wednesday morning,", "Separately,"), then an article.
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
LEAD_OPENER_RE = re.compile(
    rf"(?:(?:(?:late|early|also|shortly|hours|minutes|days|then)\s+)?(?:on\s+|in\s+the\s+|before\s+|after\s+)?"
    rf"(?:later|earlier|overnight|meanwhile|separately|elsewhere|yesterday|last\s+night|{_DAY}|(?:early|late)\s+{_DAY}|"
    rf"(?:this|that|the\s+same)\s+(?:morning|afternoon|evening|night|day)|dawn|midnight)"
    rf"(?:\s+(?:morning|afternoon|evening|night))?,\s+"
    # the place a round-up opens its item with ("In Nampula, the country's third-largest city, police opened fire")
    r"|in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?:(?:the|a|an)\s+[^,.;]{1,60},\s+)?)*(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)


# State forces that texts name by an acronym or a native name with no country word: read as the country's forces.
FORCE_ACRONYMS = {
    "IDF": "Israeli military", "Tatmadaw": "Myanmar military",
    # national forces wire copy names by their own acronyms (ambiguous ones such as SAF, AFP, UPDF are left out)
    "FAMa": "Malian army", "FARDC": "Congolese army", "ENDF": "Ethiopian army", "KDF": "Kenyan army",
    "SSPDF": "South Sudanese army", "TNI": "Indonesian military", "ISPR": "Pakistani military",
    "BSF": "Indian border forces", "PNP": "Philippine police", "HNP": "Haitian police", "RAB": "Bangladeshi police",
}
# not the acronym in brackets after the full name ("The Israel Defense Forces (IDF) said"), which the name already reads
FORCE_ACRONYM_RE = re.compile(r"(?<!\()\b(?:the\s+)?(" + "|".join(FORCE_ACRONYMS) + r")\b")


def expand_force_acronyms(sentence: str) -> str:
    """The sentence with "the IDF" written as "the Israeli military", so the patterns that need a country word read it."""
    return FORCE_ACRONYM_RE.sub(lambda m: "the " + FORCE_ACRONYMS[m.group(1)], sentence)


def confirmed_strike(sentences: list[str]) -> StateForce | None:
    """State forces that confirm a strike as theirs ("The Nigerian Air Force said in a statement that its jets had
    struck ..."): the actor of an air strike the report itself leaves unnamed ("a military air strike ... hit traders")."""
    return next(_confirmations(sentences), None)


def confirmation_scope(sentences: list[str], context: list[str], article: list[str]) -> list[str]:
    """The sentences read for the forces' confirmation of this incident, each once.

    An incident the text opens as a separate account ("Separately, prosecutors said a Russian drone hit a van") is not
    confirmed by a ministry statement told before it: that statement answered the account it followed.
    """
    if sentences and NEW_INCIDENT_RE.match(sentences[0]) and sentences[0] in article:
        first = article.index(sentences[0])
        earlier = set(article[:first])
        return list(dict.fromkeys([*sentences, *(s for s in context if s not in earlier), *article[first:]]))
    return list(dict.fromkeys([*sentences, *context, *article]))


def state_claims(sentences: list[str], country: str, incident_country: str | None = None) -> str | None:
    """The sentence in which the forces of `country` confirm the strike as theirs, if any.

    Where `country` is the incident's own, "the army confirmed it had carried out a strike" names them too.
    """
    named = next((force.evidence for force in _confirmations(sentences) if force.country_code == country), None)
    if named is None:
        named = next((sentence for sentence in sentences if named_force_confirms(sentence, country)), None)
    if named is None and country == incident_country:
        named = next((sentence for sentence in sentences if OWN_FORCES_CLAIM_RE.search(sentence) or POLICE_FIRED_RE.search(sentence)), None)
    if named is None:
        # only for forces already found to be the actor: "the police said the strike had targeted a gang leader" gives
        # the aim of their own strike (of another's strike, an army says whom it killed, not what it aimed at)
        named = _sentence_naming_forces(sentences, STRIKE_AIM_RE, country)
    if named is None:
        # "Turkish warplanes killed five militants in an air strike ..., the Defence Ministry said": the forces' own
        # ministry as the source of the account of their strike
        named = next((sentence for sentence in sentences if TRAILING_FORCES_SOURCE_RE.search(sentence)
                      and (lead := lead_state_strike([sentence])) is not None and lead.country_code == country), None)
    if named is None:
        # only for forces already found to be the actor: "troops fired at suspects" elsewhere is a response
        named = _sentence_naming_forces(sentences, STATE_FIRED_RE, country)
    return named


def _sentence_naming_forces(sentences: list[str], pattern: re.Pattern, country: str) -> str | None:
    """The first sentence where `pattern` matches with `country`'s forces as its state."""
    return next((sentence for sentence in sentences for match in pattern.finditer(sentence)
                 if (found := _state_code(match.group("state"))) is not None and found[0] == country), None)


# The police, or their spokesman, saying officers fired or used their weapons: the police's own account of the shooting
# ("A spokesman for the national police in Nampula said officers had 'used firearms to contain vandals'", "Police said
# officers opened fire on the crowd").
POLICE_FIRED_RE = re.compile(
    r"\b(?i:police|(?:spokes(?:man|woman|person)|officials?)\s+for\s+the\s+[^,.;]{0,60}?\b(?i:police))\b(?:\s+(?i:service|force|command|department))?(?:\s+of\s+(?:the\s+)?[A-Z][^,.;()]{0,40}?)?(?:\s*\([A-Z]{2,6}\))?"
    r"(?:\s+in\s+[A-Z][\w-]+)?(?:,[^,.;]{1,60},)?\s+(?i:said|confirmed|acknowledged|admitted)\s+(?i:that\s+)?"
    r"(?i:its\s+)?(?i:officers|policemen|police\s+officers|agents)\s+(?i:had\s+|have\s+)?[\"“]?"
    r"(?i:used\s+(?:firearms|live\s+(?:ammunition|rounds|bullets)|their\s+(?:weapons|firearms))|opened\s+fire|fired\s+(?:on|at|into|live))\b"
)


# The forces' ministry or command as the trailing source of the sentence ("..., the Defence Ministry said on Thursday").
TRAILING_FORCES_SOURCE_RE = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+)?(?i:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|military|army|armed\s+forces|air\s+force)\s+"
    r"(?i:said|says|announced|confirmed|reported)\b(?:\s+on\s+\w+)?(?:,\s+(?:days|hours|a\s+day|weeks?)\s+after\b[^.;]*|\s+in\s+a\s+statement)?\s*[.!]?\s*$"
)


# The forces giving the aim of the strike: "The Haitian National Police said the strike had targeted a gang leader".
STRIKE_AIM_RE = re.compile(
    rf"\b{_STATE}\s+(?:{_MID}\s+)?(?i:army|military|armed\s+forces|police|air\s+force|defen[cs]e\s+forces)(?:\s*\([A-Z]{{2,6}}\))?\s+"
    r"(?i:said|says|confirmed)\s+(?i:that\s+)?(?i:the|its)\s+(?i:(?:air|drone)\s+)?(?i:strike|operation|raid)\s+(?i:had\s+|was\s+)?"
    r"(?i:targeted|aimed\s+at|been\s+aimed\s+at|was\s+aimed\s+at|hit)\b"
)


# A state's forces saying their troops fired, in the armies' usual account of a raid or a strike on the border ("The
# Israeli army said troops had fired 'towards suspects'", "said troops were carrying out an arrest and 'fired at
# suspects who hurled explosives'"): their own confirmation of the act.
STATE_FIRED_RE = re.compile(
    rf"\b{_STATE}\s+(?:{_MID}\s+)?(?i:army|military|armed\s+forces|police|defen[cs]e\s+forces)\s+(?i:said|says|confirmed|acknowledged)\s+(?i:that\s+)?"
    r"(?i:troops|soldiers|forces|its\s+(?:troops|soldiers|forces)|officers)\s+(?i:were\s+[^.;]{0,100}?\band\s+|had\s+|have\s+)?[\"“]?"
    r"(?i:fired\s+[\"“]?(?:at|on|towards|toward|into)|opened\s+fire)\b"
)


# A forces' statement that says it covers no single strike: a general communique, not the confirmation of this one.
GENERIC_STATEMENT_RE = folded(
    r"\b(?:does|do|did|would)\s+not\s+(?:usually\s+|normally\s+|generally\s+)?(?:comment|report)\s+on\s+(?:individual|specific|single|particular|such)\b",
    re.IGNORECASE,
)


def _confirmations(sentences: list[str]) -> Iterator[StateForce]:
    """Every state force that a sentence shows confirming a strike as its own, in text order."""
    for sentence in sentences:
        if GENERIC_STATEMENT_RE.search(sentence):
            continue  # "the ministry, which does not comment on individual strikes, said its forces had hit ...": no strike of this one
        expanded = expand_force_acronyms(sentence)
        for match in [*STATE_CLAIM_RE.finditer(expanded), *STATE_ACKNOWLEDGED_RE.finditer(expanded)]:
            found = _state_code(match.group("state"))
            if found is not None:
                yield StateForce(_force_name(found[0], _head_words(match, found[1])), found[0], sentence)


# The names texts give a state's forces as a body, for the perpetrator when the strike sentence names only its weapon.
_BODY_HEADS = r"(?:armed\s+forces|military|army|forces|air\s+force)"


def text_force_name(force: StateForce, texts: list[str]) -> str:
    """The article's own name for the forces when the strike names only a munition or craft ("an Israeli warplane
    struck ..." in an article that quotes "the Israeli military"): coders name state forces as the text does."""
    if any(force.name.lower() in text.lower() for text in texts):
        return force.name
    for text in texts:
        for match in re.finditer(rf"\b{_STATE}\s+(?P<head>(?i:{_BODY_HEADS}))\b", text):
            found = _state_code(match.group("state"))
            if found is not None and found[0] == force.country_code and not found[1]:
                return _force_name(found[0], match.group("head"))
    return force.name


def _stateless_weapon(match: re.Match, found: tuple[str, str]) -> bool:
    """True when the actor is a munition of a people whose factions, not a state, fire it ("a Palestinian rocket")."""
    return found[0] in NON_STATE_WEAPON_COUNTRIES and _head_words(match, found[1]) in WEAPON_HEADS


def _head_words(match: re.Match, rest: str) -> str:
    """The force's name, which may run over the matched parts: "Armed Forces", "Air Force jets"."""
    mid = (match.groupdict().get("mid") or "").strip().lower()
    head = " ".join((match.group("head") or "").lower().split())
    choices = [f"{rest} {mid} {head}", f"{mid} {head}", f"{rest} {head}", rest, head]
    return next((c.strip() for c in choices if " ".join(c.split()) in FORCE_HEADS), head)


def _state_code(words: str) -> tuple[str, str] | None:
    """The country the words name, and the words after it ("Nigerian Air Force" -> NG, "air force")."""
    if (code := capital_state(words)) is not None:
        return code, ""  # "Kyiv's forces", "Moscow's Defence Ministry": the capital stands for the state
    parts = words.split()
    if len(parts) > 1 and parts[0] in ("A", "An", "The"):
        parts = parts[1:]  # a sentence's first word: "An Israeli drone strike"
    for end in range(len(parts), 0, -1):
        # the country leads: "Free Syrian Army" and "Haftar's Libyan National Army" are not states' forces
        code = state_country(" ".join(parts[:end]))
        if code:
            return code, " ".join(parts[end:]).lower()
    return None


# State forces with a name of their own, which the registry finds like a group's: like "Malian army", they are an
# actor only where the text makes them act, blames them or has them confirm the strike. A US combatant command
# announces its own strikes abroad ("U.S. Africa Command said it had carried out an airstrike"); coders name it so.
# Services and state-aligned militias that news names without a country word (Frontier Corps, CRPF, SBU, CJTF, VDP) are
# marked `state_force` in data/groups.yaml.
NAMED_STATE_FORCES = {"Islamic Revolutionary Guard Corps": "IR", "U.S. Africa Command": "US", "U.S. Central Command": "US",
                      **load_registry().state_forces}
# After a named force: its own statement that it struck ("said on Thursday that it had carried out an airstrike").
NAMED_FORCE_CONFIRMS_AFTER_RE = folded(
    # the statement may come after the strike's news ("said later that it had hit")
    r"^\s*(?:\([A-Za-z]{2,10}\)\s*)?(?:,[^,.;]{1,60},\s*)?(?:said|says|confirmed|acknowledged|announced),?\s+(?:later\s+|afterwards\s+)?(?:on\s+\w+\s+)?"
    r"(?:in\s+a\s+(?:brief\s+|short\s+|written\s+)?statement\s+(?:on\s+\w+\s+)?)?(?:that\s+)?"
    # a corps speaks of itself in the plural too ("the Revolutionary Guards said they had fired missiles at")
    r"(?:it|they|its\s+(?:[\w-]+\s+)?(?:forces|aircraft|jets|warplanes|drones?|troops|units?))\s+(?:had\s+|has\s+|have\s+)?[\"“]?"
    r"(?:struck|targeted|carried\s+out|conducted|hit|attacked|launched|bombed|shelled|fired\s+(?:\w+\s+)?(?:missiles|rockets|drones|shells)|eliminated|neutrali[sz]ed)\b",
    re.IGNORECASE,
)


def named_force_confirms(sentence: str, country: str) -> bool:
    """True when a state force with a name of its own, of `country`, says in the sentence that it made the strike."""
    return any(
        NAMED_STATE_FORCES.get(mention.name) == country and NAMED_FORCE_CONFIRMS_AFTER_RE.match(sentence[mention.end :])
        for mention in find_groups(sentence)
    )


def state_force_country(name: str) -> str | None:
    """The country whose forces a perpetrator name denotes ("Malian army" -> "ML"), or None for other actors."""
    if name in NAMED_STATE_FORCES:
        return NAMED_STATE_FORCES[name]
    if (canonical := canonical_name(name.strip())) in NAMED_STATE_FORCES:
        return NAMED_STATE_FORCES[canonical]  # a gold cell may write the service's acronym ("CRPF", "SBU")
    if (body := FORCE_OF_STATE_RE.fullmatch(name.strip())) is not None:
        return _country_after_of(body.group("state"))
    match = re.fullmatch(rf"(?:the\s+)?{_STATE}\s+(?:{_MID}\s+)?{_HEAD}", name.strip(), re.IGNORECASE)
    found = _state_code(match.group("state")) if match else None
    if found is None or (found[1] and not re.fullmatch(rf"(?:{_MID}\s*)+", found[1])):
        return None  # "Japanese Red Army" names a group, not Japan's forces
    return found[0]


# Forces named by their body and then their state, as many constitutions name them ("Police of the Republic of
# Mozambique", "Armed Forces of the Philippines", "National Army of Colombia"); the body's words come first, so
# "Revolutionary Armed Forces of Colombia" stays a group.
FORCE_OF_STATE_RE = re.compile(
    r"(?:the\s+)?(?:(?i:national|armed|security|defen[cs]e|federal|royal)\s+)*"
    r"(?i:police|army|armed\s+forces|military|navy|air\s+force|defen[cs]e\s+forces|national\s+guard|gendarmerie)\s+of\s+(?P<state>[^,.;()]{3,60})"
)


def _country_after_of(words: str) -> str | None:
    """The country named after "of" in a force's name, its state's formal title allowed ("the Republic of Mozambique")."""
    parts = words.split()
    for start in range(len(parts)):
        if start == 0 or parts[start - 1].lower() in ("of", "the"):
            code = state_country(" ".join(parts[start:]))
            if code:
                return code
    return None

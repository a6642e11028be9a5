"""Attackers read by structure: a group as the subject of an attack verb, and a source's link between the attack and a group.

The older patterns read an attack verb right after a group's name and a few listed blame verbs before it. Reporters
put much more between the two: a head noun ("al-Shabaab militants"), a relative clause or a comma aside ("ADF rebels,
who have killed thousands since 2014, attacked"), a participle ("militants hiding in the forest had planted the
device"). And they tie an attack to a group without the word "blamed": "the assailants were X militants", "the men
who killed them were X fighters", "the killings were the work of X", "the device was planted by X", "an official
said fighters of X had laid the mine". This walks from the name to the verb, and reads those links as attribution.
"""

from __future__ import annotations

import re

from .text import folded

TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d]")
# Nouns that stand for the group's people right after its name ("JNIM fighters", "Ikrani gang dacoits").
HEAD_NOUNS = frozenset(
    "militants militant fighters fighter cadres cadre rebels rebel gunmen insurgents insurgent members men elements "
    "warriors guerrillas guerrilla jihadists operatives terrorists militiamen attackers bandits dacoits hitmen gangsters "
    # "Islamic State remnants planted the device": what is left of a defeated group, still the group
    "combatants commandos units unit cells cell remnants".split()
)
# Verbs whose subject carried out an attack (past or present), including laying the munition.
ATTACK_VERBS = frozenset(
    "attacked attack attacks stormed storm ambushed ambush killed kill kills shot opened kidnapped abducted raided "
    "torched burned burnt set bombed detonated planted laid placed hurled threw fired launched carried staged beheaded "
    "executed massacred hacked struck targeted seized overran assaulted mined blew lobbed shelled hijacked gunned "
    "murdered stabbed rammed assassinated".split()
)
# Words between the name and its verb that keep the group the subject: auxiliaries and adverbs of report.
AUXILIARIES = frozenset("had have has then also later reportedly allegedly apparently probably first again".split())
# Copulas: "X was behind the attack" links the group to it; any other verb ends the walk.
COPULAS = frozenset("was were is are".split())
LINK_AFTER_COPULA = frozenset("behind responsible".split())
# Words that open an aside about the group's people ("hiding in", "based in", "who crossed from"): skipped to its end.
ASIDE_OPENERS = frozenset("who which that based hiding operating holed camped armed dressed riding travelling believed "
                          "thought crossing coming active loyal".split())
CLAUSE_ENDS = frozenset(". ; : ! ?".split())
MAX_TOKENS = 28

# A source's report frame right before the group: "an official said (fighters of) X ...", "police believe X ...".
REPORT_FRAME_BEFORE_RE = folded(
    r"\b(?:said|says|told\s+[^,.;]{1,40}?|according\s+to\s+[^,.;]{1,40}?,|believes?|believed|suspects?|suspected|"
    r"reported|confirmed|alleged|added|insisted|maintained)\s+(?:that\s+)?"
    r"(?:(?:fighters|members|militants|cadres|men|elements|gunmen|operatives|insurgents)\s+(?:of|from|belonging\s+to)\s+)?"
    r"(?:suspected\s+|the\s+|an?\s+)*$",
    re.IGNORECASE,
)
_ATTACKER_NOUNS = (
    r"(?:attackers?|assailants?|gunmen|gunman|raiders?|arsonists?|bombers?|kidnappers?|abductors?|killers?|perpetrators?|"
    r"culprits?|infiltrators?|intruders?|militants|insurgents|men\s+who\s+[^,.;]{1,60}?|"
    # the people held for the attack: "the two men arrested were members of X", "the arrested suspects were X cadres"
    r"(?:(?:\w+\s+)?(?:men|suspects|youths|people|persons)\s+(?:arrested|detained|held|captured|caught)(?:\s+\w+)?)|(?:arrested|detained|captured)\s+(?:men|suspects|youths))"
)
_ACT_NOUNS = (
    r"(?:attacks?|killings?|blast|bombing|explosion|raid|ambush|abduction|kidnapping|shooting|massacre|murders?|assault|"
    r"arson|device|bomb|mine|landmine|IED|firing)"
)
# Before a group's name: the attack or its authors linked to it by a copula or a passive agent. "The assailants were
# (members of) X", "the three infiltrators, who escaped, were identified as X cadres", "the killings were the work of
# X", "the device was planted by X". The definite noun points back at this incident, so this is an attribution.
ATTRIBUTION_BEFORE_RE = folded(
    rf"\b(?:{_ATTACKER_NOUNS}(?:\s*,[^,.;]{{1,60}},)?\s+(?:were|was|are|is|had\s+been|have\s+been|belong(?:ed|s)?\s+to)\s+"
    r"(?:all\s+|probably\s+|likely\s+|allegedly\s+)?(?:(?:identified|named|described)\s+as\s+|(?:believed|thought|said)\s+to\s+be\s+)?"
    # "the assailants were jihadists of the JNIM", "belonged to X": the kind of fighter, or membership by its own verb
    r"(?:(?:members?|fighters|cadres|operatives|militants|part|men|elements|jihadists|insurgents|rebels|militiamen|gunmen|"
    r"guerrillas|combatants|terrorists)\s+(?:of|from)\s+)?"
    rf"|(?:the|this|that)\s+(?:\w+\s+)?{_ACT_NOUNS}(?:\s*,[^,.;]{{1,60}},)?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:probably\s+|likely\s+)?(?:(?:the\s+)?(?:work|handiwork|doing)\s+of|(?:planted|laid|placed|carried\s+out|committed|"
    r"perpetrated|organi[sz]ed|ordered|staged|launched|set\s+off|detonated)\s+by)\s+)"
    r"(?:suspected\s+|the\s+|an?\s+)*$",
    re.IGNORECASE,
)

# After the verb, a date of its own in the past ("was behind the hijacking of the train in March 2025", "since 2017"):
# the link is to an earlier attack, background for this one.
EARLIER_TIME_RE = folded(
    r"^[^.;]{0,120}?\b(?:(?:in|since|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d\d\b|last\s+year\b|(?:years?|months?)\s+ago\b)",
    re.IGNORECASE,
)


def subject_verdict(after: str) -> str | None:
    """Walk from a group's name to its verb: "agent" for an attack verb, "linked" for "was behind", else None."""
    tokens = TOKEN_RE.findall(after[:300])
    index, seen_head, in_aside = 0, False, False
    while index < len(tokens) and index < MAX_TOKENS:
        token = tokens[index]
        word = token.lower()
        if token in CLAUSE_ENDS:
            return None
        if token == "(":
            index = _skip_to(tokens, index, ")")
        elif token == ",":
            closing = _skip_to(tokens, index, ",")
            if closing >= len(tokens):
                return None  # no second comma: the clause after the name is another one
            index, in_aside = closing, False
        elif word in ATTACK_VERBS:
            return "agent"
        elif word in COPULAS:
            following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
            return "linked" if following in LINK_AFTER_COPULA else None
        elif word in AUXILIARIES:
            if word in {"had", "have", "has"} and index + 1 < len(tokens) and tokens[index + 1].lower() == "been":
                return None  # "had been attacked": the group was the target
        elif word in HEAD_NOUNS and not seen_head and index <= 1:
            seen_head = True
        elif word in ASIDE_OPENERS or (not in_aside and word.endswith("ing") and index <= 2):
            in_aside = True
        elif not in_aside:
            return None
        index += 1
    return None


def _skip_to(tokens: list[str], index: int, mark: str) -> int:
    """Index of the next `mark` after index, stopping at a clause end (returns len(tokens) when not found)."""
    for position in range(index + 1, min(len(tokens), index + 30)):
        if tokens[position] == mark:
            return position
        if tokens[position] in CLAUSE_ENDS:
            return len(tokens)
    return len(tokens)


def attributed(before: str, after: str) -> bool:
    """True when a source links this attack to the group: a copula or passive link, or a reported act."""
    if ATTRIBUTION_BEFORE_RE.search(before):
        return True
    verdict = subject_verdict(after)
    if verdict is not None and EARLIER_TIME_RE.search(after):
        return False
    return verdict == "linked" or (verdict == "agent" and bool(REPORT_FRAME_BEFORE_RE.search(before)))


# The group's people killed by the forces "in an encounter", "in a gunfight", "during an exchange of fire": the police
# account of a clash, whose other side is the group ("a joint team killed four Maoists in an encounter"). The kill verb
# right before the name would make the group a target; the exchange of fire makes it the clash's other party.
KILLED_BEFORE_RE = folded(
    r"\b(?:killed|killing|neutrali[sz]ed|gunned\s+down|shot\s+dead|eliminated)\s+(?:(?:at\s+least|up\s+to|some|about|"
    r"around|\w+|\d+|of\s+the|the)\s+){0,3}$",
    re.IGNORECASE,
)
EXCHANGE_OF_FIRE_RE = folded(
    r"\b(?:in|during|after)\s+(?:an?|the)\s+(?:\w+\s+)?(?:encounter|gun\s*fight|gun\s*battle|fire\s*fight|exchange\s+of\s+fire|"
    r"shoot-?out|clash|skirmish)\b",
    re.IGNORECASE,
)


def killed_in_exchange(before: str, sentence: str) -> bool:
    """True when the group's people are those the forces killed in an exchange of fire the sentence names."""
    return bool(KILLED_BEFORE_RE.search(before) and EXCHANGE_OF_FIRE_RE.search(sentence))


# After the group's name: the people the forces killed are this attack's attackers ("killed 12 Boko Haram fighters who
# attacked a village", "shot dead three militants who had stormed the post").
ATTACKERS_CLAUSE_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+)?(?:fighters|militants|insurgents|gunmen|members|attackers|terrorists|rebels|jihadists)\s+"
    r"who\s+(?:had\s+)?(?:attacked|stormed|raided|ambushed|assaulted|(?:tried|attempted)\s+to\s+(?:attack|storm|overrun|raid))\b",
    re.IGNORECASE,
)


def killed_attackers(before: str, after: str) -> bool:
    """True when the group's people the forces killed are the ones the sentence says carried out the attack."""
    return bool(KILLED_BEFORE_RE.search(before) and ATTACKERS_CLAUSE_AFTER_RE.match(after))


# A background sentence about the conflict the attack belongs to: the place "has been engulfed in violence since 2024,
# when a war broke out between" two factions, "a feud between X and Y erupted in 2023". The groups it names are the
# sides of a standing war, not this attack's actor.
STANDING_CONFLICT_RE = folded(
    r"\b(?:has|have|had)\s+been\s+(?:engulfed|gripped|wracked|racked|plagued|torn|convulsed|roiled|shaken|mired|caught\s+up)\s+"
    r"(?:by|in|with)\s+[^.;]{0,80}?\bsince\b"
    r"|\b(?:war|feud|conflict|fighting|turf\s+war|power\s+struggle|rivalry)\s+(?:broke\s+out|erupted|began|started|flared)\s+between\b",
    re.IGNORECASE,
)

# A sentence that opens on an earlier year ("In June 2024, residents accused soldiers of killings there after a Fano
# attack", "Back in 2019, ..."): history the article recalls, whose actors are not this attack's, unless it points
# back at this attack ("In 2011, an inquiry found the IRA responsible for the massacre": a later finding about it).
THIS_ATTACK_RE = folded(r"\b(?:the|this)\s+(?:attack|bombing|massacre|killings?|ambush|blast|shooting|raid|assault)\b", re.IGNORECASE)
PAST_DATED_OPENER_RE = folded(
    r"^\W*(?:back\s+)?(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)\s+)?(?:19|20)\d\d\s*,",
    re.IGNORECASE,
)


def recalled_history(sentence: str) -> bool:
    """True when a sentence opens on an earlier year and does not point back at this attack."""
    return bool(PAST_DATED_OPENER_RE.match(sentence)) and not THIS_ATTACK_RE.search(sentence)


# Who holds the place that was hit, around a group's name: the holder is not the attacker.
# Before a group name: it holds the place attacked ("a checkpoint manned by the SDF").
HOLDER_BEFORE_RE = folded(
    r"\b(?:manned|guarded|staffed)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE
)
# Before a group name: the place hit is "held/controlled by" it ("Nyala, the largest city held by the RSF"). Only
# for strikes from a distance (below): killers on the ground in a village "held by ISIS" are most likely ISIS.
HELD_BY_BEFORE_RE = folded(
    r"\b(?:town|city|capital|port|area|areas|territory|village|district|region|province|state|neighbou?rhood|camp|enclave|"
    r"island|zone|part|parts|stronghold)\s+(?:(?:that|which)\s+(?:is|was|are|were)\s+)?(?:still\s+|now\s+|long\s+)?"
    r"(?:held|controlled|run|occupied|besieged)\s+by\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$",
    re.IGNORECASE,
)
STANDOFF_ATTACK_RE = folded(
    r"\b(?:air\s*strikes?|aircraft|warplanes?|jets?|drones?|bombed|bombing|shells?|shelled|shelling|artillery|missiles?|rockets?|mortars?)\b",
    re.IGNORECASE,
)
# After a group name: it holds the place that was hit ("in Nyala, the RSF-held capital", "the Houthi-controlled port").
HELD_PLACE_AFTER_RE = folded(
    r"^-(?:held|controlled|run|occupied)\s+(?:\w+\s+)?(?:town|city|capital|port|area|areas|territory|village|district|region|"
    r"province|state|neighbou?rhood|camp|enclave|island|zone|part|parts)\b",
    re.IGNORECASE,
)
# Around a group name: a relative clause saying it holds the place hit ("Al-Nuhud, a town the RSF seized in May",
# "the camp that the militia has besieged"): the group is the place's holder, not the attacker.
HELD_PLACE_BEFORE_RE = folded(
    r"\b(?:town|city|capital|village|area|camp|district|region|base|territory|enclave|port|neighbou?rhood)\s+(?:that\s+|which\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
HELD_PLACE_VERB_AFTER_RE = folded(
    r"^\s*(?:has\s+|had\s+|have\s+)?(?:long\s+)?(?:seized|captured|took|taken|overran|overrun|held|holds?|controls?|controlled|occupied|occupies|besieged|besieges)\b",
    re.IGNORECASE,
)


# A sentence about an attack the text dates by its year ("Barsalogho remains associated with the August 2024 attack
# claimed by JNIM"): history recalled after the account, whose claim or blame is that attack's.
PAST_DATED_ATTACK_RE = folded(
    r"\b(?:the|an?|that|its)\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+)?"
    r"(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|massacres?|ambush(?:es)?|raids?|killings?|assaults?|siege|offensive|blasts?)\b",
    re.IGNORECASE,
)


# A group's past record of attacks like this one ("has carried out similar attacks", "has staged such bombings before",
# "has claimed previous attacks"), which background paragraphs give and which names no actor.
SIMILAR_ACTS_RE = folded(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:carried\s+out|staged|launched|conducted|"
    r"claimed|mounted|committed)\s+(?:many\s+|several\s+|numerous\s+|dozens\s+of\s+|a\s+series\s+of\s+)?(?:similar|such|previous|past|earlier|other)\b",
    re.IGNORECASE,
)
# After a blamed group's name, a relative clause giving its record ("pointed the finger at the BLA, which has carried
# out similar attacks"): the record qualifies the group the main clause blames, so the sentence is not background.
RECORD_CLAUSE_AFTER_RE = folded(r"^\s*(?:\([^)]*\)\s*)?,\s*(?:which|who)\s+(?:\w+\s+)?(?:has|have|had)\b", re.IGNORECASE)
# Before a group's name: a change in the rate of its attacks ("the region has seen a rise in attacks by the Pakistani
# Taliban", "amid a surge in killings blamed on X"): the conflict's trend, the context news gives an unclaimed attack, not
# an attribution of it. A collection ("a spate of attacks by Boko Haram left 7 dead", "the latest in a string of attacks
# by X") is the incident itself or holds it, so it stays an attribution.
TREND_BEFORE_RE = folded(
    r"\b(?:rise|surge|increase|upsurge|uptick|resurgence|escalation|spike)\s+(?:of|in)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks|violence|killings|bombings|kidnappings|abductions|raids|assaults|ambushes)\s+"
    r"(?:(?:by|from|blamed\s+on|attributed\s+to|claimed\s+by|linked\s+to)\s+)(?:suspected\s+|the\s+)*$",
    re.IGNORECASE,
)


# A source that names no actor and a group only said to be around ("The ministry did not name the attackers, but AQIM
# remains active in the mountains", "CODECO and the Zaire militia are both active in the area, but officials did not say
# who was responsible"): the reporter's context for the reader, not an attribution.
UNATTRIBUTED_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|would\s+not|declined\s+to)\s+(?:say|name|identify|specify)\s+(?:who|the\s+(?:attackers|assailants|gunmen|perpetrators|group))"
    r"|\bno\s+(?:group|one)\s+(?:has\s+|had\s+)?(?:yet\s+)?(?:been\s+blamed|claimed)",
    re.IGNORECASE,
)
PRESENCE_RE = re.compile(
    r"\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:both\s+|still\s+|also\s+|long\s+been\s+)?active\b|\boperates?\s+in\b|\bare\s+present\s+in\b",
    re.IGNORECASE,
)


def group_record(sentence: str, before: str, after: str, blamed_here: bool) -> bool:
    """True when the sentence gives a group's record or a trend of its attacks rather than this attack's actor."""
    if TREND_BEFORE_RE.search(before):
        return True
    if not blamed_here and UNATTRIBUTED_RE.search(sentence) and PRESENCE_RE.search(sentence):
        return True
    return bool(SIMILAR_ACTS_RE.search(sentence)) and not (blamed_here and RECORD_CLAUSE_AFTER_RE.match(after))

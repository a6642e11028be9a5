"""A group's own voice claiming an attack, and a group named only as the side that was hit (split from actors.py).

Wire copy often gives a claim through the group's people rather than the group: "a JNIM commander told the agency by
phone that his men had carried out the ambush", "the spokesman of the TTP told reporters the group was responsible",
"an ELN commander called a radio station to say the guerrillas had blown up the tower", or as a trailing source after
the group's own act ("X fighters attacked the outpost, the group said in a statement"). And it names a group as the
owner of what was attacked ("shot dead a Taliban district chief", "ambushed a convoy of the RSF"), which makes it the
victim, not the attacker.
"""

from __future__ import annotations

import re

from .text import folded

# Right before a group's name: its spokesman or commander is the speaker ("a commander of the Ambazonia Defence Forces").
VOICE_OF_BEFORE_RE = folded(
    r"\b(?:spokes(?:man|person|woman)|commander|leader|chief|emir|official|representative)\s+(?:of|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the role may carry a rank and be followed by the speaker's name ("deputy spokesman Colonel Gatluak Both Puok")
_ROLE = (
    r"(?:(?:deputy\s+|chief\s+)?(?:military\s+|official\s+|media\s+|senior\s+|local\s+|field\s+)?(?:spokes(?:man|person|woman)|commander|leader|emir|official)\s+"
    r"(?-i:(?:[A-Z][\w'’-]+\s+){1,5})?)"
)
_SPEECH = (
    # a commander's boast or admission in a video is the group's voice too ("boasted that his men had seized the travellers")
    r"(?:said|says|announced|stated|boasted|bragged|admitted|acknowledged|confirmed|declared|told\s+(?:[\w'’-]+\s+){1,5}?|(?:called|phoned|rang|contacted)\s+(?:[\w'’-]+\s+){1,5}?to\s+say|"
    # "said in a statement that": the speech verb and its channel are separate words
    r"(?:said\s+|told\s+(?:[\w'’-]+\s+){1,3}?)(?:by\s+(?:tele)?phone|in\s+a\s+(?:phone\s+call|statement|message|video))\s+|"
    # the group's own outlet: "said on its Telegram channel", "said via its social media accounts"
    r"said\s+(?:on|via|through)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:channels?|accounts?|websites?|pages?|radio|Telegram)\s+|"
    # a spokesman's post on a platform: "acknowledged on X that the rebels had fired", "wrote on Telegram that"
    r"(?:said|says|wrote|posted|announced|acknowledged|admitted|stated)\s+(?:on|via|in\s+a\s+post\s+on)\s+(?:X|Twitter|Telegram|Facebook|WhatsApp|social\s+media)\s+)"
)
# the group's side as the subject of the act: "it", "they", "the group", "his men", "its fighters"
_OWN_SIDE = (
    r"(?:it|they|the\s+(?:group|movement|rebels|guerrillas|militants|insurgents|fighters|organi[sz]ation)|"
    # the group's own name for its men, often quoted ('its "soldiers of the caliphate" had stormed the camp')
    r"(?:its|his|their|the\s+(?:group|movement)['’]s)\s+[\"“‘']?(?:\w+\s+)?(?:fighters|forces|units?|militants|members|men|mujahideen|guerrillas|"
    r"comrades|boys|cadres|combatants|soldiers|commandos|lions|heroes)(?:\s+of\s+the\s+\w+)?[\"”’']?)"
)
_OWN_ACT = (
    r"(?:(?:had|have|has|were|was)\s+)?[\"“‘']?(?:carried\s+out|attacked|targeted|launched|struck|hit|ambushed|stormed|raided|"
    r"bombed|shot\s+down|downed|seized|captured|kidnapped|abducted|executed|killed|blown\s+up|blew\s+up|planted|detonated|"
    r"overran|overrun|torched|burned|set\s+fire|taken|took|destroyed|repulsed|repelled|fired\s+(?:on|at|the|rockets|mortars|missiles|drones)|shelled|"
    # groups' own words for killing and holding people ("had liquidated 12 soldiers", the ELN's "retained" for kidnapped);
    # not "arrested", "detained", "eliminated" or "neutralised", which groups that govern (the Taliban, the Houthis) say
    # of the suspects their police catch
    r"liquidated|retained|punished|disciplined)\b"
    r"|(?:was|were)\s+(?:responsible|behind)\b"
)
# The group's voice naming the attacker as its own: "the Al-Aqsa Martyrs' Brigades said the gunman was one of its members".
# Only the attacker's nouns: a group naming the dead of a strike as its fighters claims nothing.
_OWN_ATTACKER = (
    r"(?:the\s+)?(?:gunman|gunmen|attacker|attackers|assailant|assailants|bomber|bombers|shooter|perpetrator|perpetrators)\s+"
    r"(?:was|were)\s+(?:one\s+of\s+|among\s+)?(?:its|their|the\s+group['’]s)\s+(?:own\s+)?(?:members|fighters|militants|cadres|men|mujahideen)\b"
)
# The act may be the second of two verbs sharing the side as subject: "its fighters had repelled an assault and killed
# eight soldiers", "its men surrounded the post and set it on fire".
_FIRST_VERB = r"(?:(?:had|have|has)\s+)?[a-z]+ed\b[^.;,]{0,60}?\band\s+"
# After a group's name (or its role noun): the group's voice says its side did the act.
# The group's wing or a possessive may stand between its name and its speaker ("Hamas's armed wing said", "The Houthis'
# military spokesman said").
_WING = r"(?:['’]s?)?\s*(?:(?:armed|military|militant|media)\s+(?:wing|arm)\s+)?"
VOICE_ACT_AFTER_RE = folded(
    rf"^{_WING}\s*(?:\([^)]*\)\s*)?(?:(?:movement|group|rebels|militants|insurgents|militia|fighters|guerrillas)\s+)?{_ROLE}?"
    rf"(?:,[^,.;]{{1,100}},\s*)?{_SPEECH}\s*(?:that\s+)?(?:{_OWN_SIDE}\s+(?:{_FIRST_VERB})?(?:{_OWN_ACT})|{_OWN_ATTACKER})",
    re.IGNORECASE,
)
# After "the spokesman of X": the appositive closes with a comma before the verb ("..., the spokesman of X, told ...").
VOICE_ACT_AFTER_APPOSITIVE_RE = folded(
    rf"^\s*(?:\([^)]*\)\s*)?,\s*{_SPEECH}\s*(?:that\s+)?{_OWN_SIDE}\s+(?:{_OWN_ACT})", re.IGNORECASE
)
# The sentence ends on the group itself as the source of the account of its own act ("..., the group said in a
# statement"). Only the bare group words: "the monitoring group said" or "the rights group said" is someone else.
TRAILING_OWN_SOURCE_RE = folded(
    r",\s+(?:the|a)\s+(?:(?:rebel|militant|insurgent|armed|jihadist|separatist|guerrilla)\s+)?"
    r"(?:group|rebels|insurgents|movement|guerrillas|militia|militants|outfit)\s+(?:said|says|claimed|announced|added)\b"
    r"(?:\s+(?:on\s+\w+|later|in\s+(?:a|an|its)\s+[^,.;]{1,40}|on\s+(?:its|their)\s+[^,.;]{1,40}|via\s+[^,.;]{1,40}))*\s*[.!]?\s*$",
    re.IGNORECASE,
)


_ATTACK_NOUN = (
    r"(?:attacks?|bombings?|blasts?|explosions?|ambush|raids?|assaults?|killings?|operations?|strikes?|abductions?|kidnappings?|"
    r"shooting|massacre|beheadings?|executions?)"
)
# The group's voice owning the act in other words than "its fighters did it". The act done "by its soldiers" ("Islamic
# State Khorasan Province said the explosion was carried out by its soldiers"), or the act as the group's revenge
# ("the Pakistani Taliban said the bombing was revenge for the killing of their commanders"): a group avenges what was
# done to it by acting.
# After the group's name, its claim as a noun or its pictures of the act: "A JNIM claim put the toll at 30", "Boko Haram
# released a video of the abducted students", "described the bombing as a martyrdom operation carried out by one of its
# fighters".
VOICE_CLAIM_NOUN_AFTER_RE = folded(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+)?claim(?:\s+of\s+responsibility)?\s+(?:put|puts|said|says|gave|gives|stated|listed|reported|named|described|showed|shows)\b"
    r"|^\s*(?:\([^)]*\)\s*)?(?:later\s+|also\s+|on\s+\w+\s+)?(?:released|published|posted|issued|circulated|shared|broadcast)\s+(?:on\s+\w+\s+)?(?:an?\s+)?(?:new\s+)?"
    r"(?:video|videos|photos|pictures|images|footage|audio\s+recording)\s+(?:[\w-]+\s+){0,3}?(?:of|from|showing)\s+(?:the|its|this|some\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:attack|raid|ambush|assault|operation|bombing|strike|abducted|kidnapped|captives|hostages|abduction|kidnapping|seizure)"
    r"|^\s*(?:\([^)]*\)\s*)?(?:said|says|described|called|termed|hailed|announced|stated|claimed)\b[^.;]{0,100}?\b(?:carried\s+out|conducted|executed|staged|"
    r"launched|mounted|perpetrated)\s+by\s+(?:one\s+of\s+)?(?:its|their|the\s+group['’]s)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|soldiers|mujahideen|men|militants|members|"
    r"guerrillas|combatants|cadres|commandos|martyrdom\s+seekers?|suicide\s+bombers?)\b",
    re.IGNORECASE,
)
VOICE_OWNS_ACT_AFTER_RE = folded(
    rf"^\s*(?:\([^)]*\)\s*)?(?:(?:movement|group|rebels|militants|insurgents|militia|fighters|guerrillas)\s+)?{_ROLE}?"
    rf"(?:,[^,.;]{{1,100}},\s*)?{_SPEECH}\s*(?:that\s+)?(?:the|this|that|its|[a-z]+day['’]s)\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUN}\s+"
    r"(?:(?:was|were|had\s+been)\s+(?:carried\s+out|conducted|executed|staged|launched|mounted|perpetrated|planned)\s+by\s+(?:one\s+of\s+)?"
    r"(?:its|their|the\s+group['’]s)\s+(?:\w+\s+)?(?:fighters|soldiers|mujahideen|men|militants|members|guerrillas|combatants|cadres|"
    r"units?|commandos|martyrdom\s+seekers?|suicide\s+bombers?)\b"
    # the revenge is for what was done to the group's own ("for the killing of their commanders", "for the arrest of its
    # members"): "revenge for the crimes of the occupation" is how groups praise attacks they do not claim
    r"|(?P<motive>(?:was|were)\s+(?:(?:in|an?|an\s+act\s+of)\s+)?(?:revenge|retaliation|reprisal|vengeance)\s+(?:for|against)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:its|their|the\s+group['’]s|his)\b))",
    re.IGNORECASE,
)


PRAISE_RE = folded(r"\b(?:prais|hail|welcom|heroic|laud|applaud|celebrat|bless|congratulat)", re.IGNORECASE)


# The group's man quoted in the first person: '"We carried out this attack," TTP spokesman X told AFP', 'a commander told
# AFP: "Our fighters attacked the checkpoint."'. The quote is the group's only when its spokesman or commander speaks.
WE_DID_IT_RE = folded(
    r"(?:[\"“‘]|(?<!\w)')\s*(?:[^\"”’]{0,80}?\b)?(?:we|our\s+(?:\w+\s+)?(?:fighters|men|mujahideen|brothers|soldiers|forces|comrades|boys|units?|guerrillas|lions|"
    r"heroes|cadres))\s+(?:have\s+|had\s+|were\s+|are\s+)?(?:carried\s+out|attacked|killed|targeted|ambushed|launched|struck|hit|stormed|raided|bombed|"
    r"kidnapped|abducted|executed|planted|detonated|shot|seized|destroyed|(?:are|were)\s+responsible|claim|did\s+(?:it|this))\b",
    re.IGNORECASE,
)
ROLE_AFTER_RE = folded(
    r"^['’]?s?\s*(?:\([^)]*\)\s*)?(?:(?:military|official|media|senior|local|field|deputy|chief)\s+)?"
    r"(?:spokes(?:man|person|woman)|commander|leader|emir|official|member)\b",
    re.IGNORECASE,
)


# The quote's speaker given as a pronoun, the group's man named in the sentence before ('A spokesman for X, who gave his
# name as Y, spoke to IW by phone. "Our men carried out the attack," he said.').
SPEAKER_PRONOUN_RE = folded(
    r"[\"”’']\s*,?\s*(?:he|she|the\s+(?:spokes(?:man|person|woman)|commander|man))\s+(?:said|told|added|says|insisted|declared)\b", re.IGNORECASE
)


def speaks_for(before: str, after: str) -> bool:
    """True when the words around a group's name make its spokesman, commander or member the one who speaks."""
    return bool(VOICE_OF_BEFORE_RE.search(before) or ROLE_AFTER_RE.match(after))


def first_person_claim(sentence: str) -> bool:
    """True when a sentence quotes its speaker, given as a pronoun, saying "we" or "our men" did the act."""
    return bool(WE_DID_IT_RE.search(sentence) and SPEAKER_PRONOUN_RE.search(sentence))


def voice_claims_act(before: str, after: str, sentence: str = "") -> bool:
    """True when the words around a group's name give its own spokesman or commander saying its side did the act."""
    if VOICE_ACT_AFTER_RE.match(after) or VOICE_CLAIM_NOUN_AFTER_RE.match(after):
        return True
    if sentence and speaks_for(before, after) and WE_DID_IT_RE.search(sentence):
        return True
    owned = VOICE_OWNS_ACT_AFTER_RE.match(after)
    # "hailed the heroic operation, saying it was revenge for ...": a motive given in praise is not the group's own act
    if owned and not (owned.group("motive") and PRAISE_RE.search(after)):
        return True
    return bool(VOICE_OF_BEFORE_RE.search(before) and VOICE_ACT_AFTER_APPOSITIVE_RE.match(after))


def trailing_own_source(sentence: str) -> bool:
    """True when the sentence closes with the group itself as the source ("..., the group said in a statement")."""
    return bool(TRAILING_OWN_SOURCE_RE.search(sentence))


_HARM_VERB = (
    r"(?:shot(?:\s+dead)?|gunned\s+down|killed|killing|ambushed|ambushing|attacked|attacking|stormed|raided|targeted|targeting|"
    r"hit|struck|shelled|bombed|abducted|kidnapped|assassinated|murdered|beheaded|executed|overran|seized)"
)
_DETERMINERS = r"(?:(?:a|an|the|one|two|three|four|five|six|several|\d+|senior|local|top|former|regional|district)\s+)"
# What a group owns or is: its people and posts ("a Taliban district chief", "three Houthi fighters' positions").
_OWNED_NOUNS = (
    r"(?:commanders?|leaders?|chiefs?|officials?|governors?|judges?|spokes(?:man|men)|members?|militiam[ae]n|"
    r"convoys?|patrols?|positions?|checkpoints?|bases?|camps?|posts?|outposts?|vehicles?|headquarters|offices?|"
    r"hideouts?|trucks?|boats?|depots?)"
)
# "shot dead a Taliban district chief": the group's name only qualifies the victim.
OWNER_MODIFIER_BEFORE_RE = folded(rf"\b{_HARM_VERB}\s+{_DETERMINERS}{{1,2}}$", re.IGNORECASE)
OWNED_NOUN_AFTER_RE = folded(rf"^\s+(?:[\w-]+\s+)?{_OWNED_NOUNS}\b", re.IGNORECASE)
# "ambushed a convoy of the Rapid Support Forces": the group owns what was hit.
OWNER_OF_BEFORE_RE = folded(
    rf"\b{_HARM_VERB}\s+{_DETERMINERS}{{0,2}}(?:[\w-]+\s+)?{_OWNED_NOUNS}\s+(?:of|belonging\s+to|run\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# "a senior Islamic State leader was among the five militants killed": the group's man is one of the dead.
AMONG_DEAD_AFTER_RE = folded(
    r"^\s+(?:[\w-]+\s+){0,2}?(?:leaders?|commanders?|members?|fighters?|emirs?|walis?|chiefs?)\s+(?:was|were)\s+among\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:killed|dead)\b",
    re.IGNORECASE,
)

# "a car bomb exploded near a headquarters of the Turkish-backed Free Syrian Army", "a blast outside a complex used by
# Hezbollah": the blast's place belongs to the group, which is its target, not its author.
BLAST_AT_OWNED_BEFORE_RE = folded(
    rf"\b(?:exploded|went\s+off|detonated|blew\s+up|blast|explosion)\s+(?:\w+\s+){{0,2}}?(?:near|outside|at|in\s+front\s+of|close\s+to|inside|"
    rf"by)\s+{_DETERMINERS}{{0,2}}(?:[\w-]+\s+)?(?:{_OWNED_NOUNS}|headquarter|complex|compound|building|premises)\s+"
    r"(?:of|belonging\s+to|run\s+by|used\s+by|held\s+by)\s+(?:the\s+)?(?:[\w-]+-(?:backed|led|allied|aligned|affiliated)\s+)?$",
    re.IGNORECASE,
)


def named_as_victim(before: str, after: str) -> bool:
    """True when a group's name only says whose people or post the attack hit."""
    if OWNER_OF_BEFORE_RE.search(before) or AMONG_DEAD_AFTER_RE.match(after) or BLAST_AT_OWNED_BEFORE_RE.search(before):
        return True
    return bool(OWNER_MODIFIER_BEFORE_RE.search(before) and OWNED_NOUN_AFTER_RE.match(after))

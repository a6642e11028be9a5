"""Perpetrators: who the text makes the actor, claims, blame and suspicion (the registry is in registry.py)."""

from __future__ import annotations

import re
from functools import lru_cache

# the registry lives in its own module; its names stay importable from here, where callers have always found them
from .registry import (  # noqa: F401
    GroupMention, Registry, alias_key, canonical_name, find_groups, home_country, load_registry, parent_group)
from .named_forces import force_acts_after
from .state_forces import NAMED_STATE_FORCES, blamed_state, state_country, confirmed_strike, text_force_name, find_state_agent, lead_state_strike, state_claims, state_force_country, confirmation_scope, named_force_confirms
from .claim_patterns import BLAME_RE, CLAIM_RE, DENIAL_RE, HABITUAL_BLAME_RE, HABITUAL_CLAIM_RE, NEGATED_CLAIM_RE, OTHER_ATTACK_CLAIM_RE  # noqa: F401
from .claim_sources import claims_other_attack, quoted_spokesman_group, unnamed_claimant
from .attribution import PAST_DATED_ATTACK_RE, ATTRIBUTION_BEFORE_RE, HELD_PLACE_AFTER_RE, HELD_PLACE_BEFORE_RE, HELD_PLACE_VERB_AFTER_RE, HELD_BY_BEFORE_RE, HOLDER_BEFORE_RE, STANDOFF_ATTACK_RE, STANDING_CONFLICT_RE, attributed, group_record, killed_attackers, killed_in_exchange, recalled_history, subject_verdict
from .group_voice import named_as_victim, trailing_own_source, voice_claims_act
from .anaphora import anaphoric_actor
from .blame_links import DEFINITE_KIND_BLAME_RE, SIDE_MILITIAS, blamed_by_link, denies_only, not_this_actor, presence_only, pursued_attackers
from .local_units import LOCAL_UNIT_GROUPS, local_unit_name
from .text import folded
from .unregistered import (  # noqa: F401  (kept importable from actors, where callers have found them)
    BLAMED_NAME_RE, CLAIMANT_RE, GENERIC_GROUP_RE, NAMED_GROUP_RE, PASSIVE_BLAMED_NAME_RE, RIVAL_FACTION_BEFORE_RE, VOICE_CLAIMANT_RE, _agent_group, _generic_group,
    _named_claimant, _named_gang, _identified_attackers,
)

UNKNOWN = "Unknown"
# A group in the sentences before an incident's own must be made its agent (2), blamed (4+) or claim it (9+).
LEAD_IN_MIN_SCORE = 2
# Aliases that are also ordinary people's trades: bystanders unless the text makes them act.
OCCUPATION_ALIASES = frozenset({"herders", "herdsmen", "herder", "herdsman"})
# After a group name: it only qualifies the group that follows ("al-Qaeda-linked al-Shabaab").
QUALIFIER_AFTER_RE = folded(
    r"^(?:-|\s+|'s\s+(?:[A-Z]\w+\s+)?)(?:affiliated|affiliate|linked|allied|ally|aligned|inspired|backed|loyal|splinter|faction|offshoot|"
    # "Boko Haram militants loyal to the Islamic State attacked": the allegiance describes the group named first
    r"branch|wing|breakaway)\b(?!\s+(?:to|with)\b)",
    re.IGNORECASE,
)
# After a group name, an adjective of affiliation: the group is named only as another's ally.
AFFILIATION_ADJECTIVE_RE = folded(r"^[-\s](?:linked|affiliated|aligned|allied|inspired|backed)\b", re.IGNORECASE)
# After a group name: it acted ("Boko Haram fighters stormed ...", "the Taliban attacked ...").
AGENT_AFTER_RE = folded(
    r"^\s*(?:\([A-Z]{2,8}\)\s+)?(?!(?:foiled|repelled|thwarted|repulsed|averted|prevented)\b)(?:\w+\s+){0,2}?(?:militants?|fighters?|gunmen|insurgents?|rebels?|members?|suicide\s+bombers?|bombers?|"
    r"jihadists?|attackers?|terrorists?|cells?|elements?|guerrillas?|operatives?|forces|militiamen|"
    # "FARC guerrillas assaulted the post", "rebels took over the town", "militants tried to storm the base"
    r"attacked|stormed|ambushed|killed|launched|carried\s+out|kidnapped|abducted|opened\s+fire|detonated|assaulted|"
    r"took\s+over|(?:tried|attempted)\s+to\s+(?:storm|assault|attack|overrun|seize|take)|"
    r"set\s+fire|seized|raided|overran|struck|targeted|shelled|fired|beheaded|executed|massacred|bombed|dropped|pounded|shot\s+dead|beat|"
    r"(?:\w+\s+)?(?:attacks?|bombings?|raids?|ambush(?:es)?|offensive|assaults?|car\s+bomb(?:ing)?s?)\s+(?:on|against|in|at|targeting|killed|kills|left))\b",
    re.IGNORECASE,
)
# "was killed", "have been abducted": the people just named were harmed.
_PASSIVE_HARM = (
    r"(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|shot|wounded|injured|executed|assassinated|kidnapped|abducted)\b"
)
# A group's members were the ones killed ("an SDF member was shot dead", "a member of the SDF was shot
# dead"), which names no agent; attackers die too, so this only keeps the group from outranking the attacker.
MEMBER_VICTIM_AFTER_RE = folded(rf"^\s*(?:\([^)]*\)\s*)?(?:members?|fighters?|commanders?|soldiers?|personnel|troopers?|jawans?|constables?|officers?|guards?|vigilantes?|volunteers?)\s+{_PASSIVE_HARM}", re.IGNORECASE)
# an adjective may stand before the name ("four members of the elite Revolutionary Guards were killed")
MEMBER_OF_BEFORE_RE = folded(r"\b(?:members?|fighters?|commanders?|soldiers?|leaders?|personnel|troopers?|officers?)\s+(?:of|from)\s+(?:the\s+|\w+['’]\s?s\s+)?(?:elite|feared|powerful|notorious|banned|outlawed)?\s*$", re.IGNORECASE)
PASSIVE_VICTIM_AFTER_RE = folded(rf"^\s*(?:\([^)]*\)\s*)?,?\s*{_PASSIVE_HARM}", re.IGNORECASE)
# After a group name, a possessive: its operations ("as part of Islamic State's revenge operations").
POSSESSIVE_AGENT_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:\w+\s+)?(?:revenge|attacks?|operations?|offensive|assaults?|bombings?|campaign|fighters|militants|gunmen|suicide\s+bombers?)\b",
    re.IGNORECASE,
)
# Before a group name: it was acted upon ("an operation against al-Shabaab").
TARGET_BEFORE_RE = folded(
    # "neutralised" and "eliminated": armies' words for the militants they killed
    r"\b(?:against|fighting|fight|fought|battle|battling|targeting|targeted|arrested|captured|detained|killed|killing|"
    r"neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating|"
    r"defeat|defeated|victory\s+over|offensive\s+on|raid\s+on|strikes\s+on|pressure\s+on|war\s+on|war\s+against|"
    r"hit|struck|at|on|near|inside|outside|into|bombed|shelled|conquered\s+\w+\s+from|"
    r"wounding|injuring|wounded|injured|"
    # "accuses Kabul of sheltering TTP fighters": the group is what another state shelters or arms, not this attack's actor
    r"shelter(?:s|ed|ing)?|harbou?r(?:s|ed|ing)?|hosting|arming|funding|financing|backing|supporting)"
    # a date after "on" says when, not whom ("On Sunday Taliban fighters attacked", "On January 30 the Nusra Front
    # claimed"), and "killed due to an IS attack" gives the cause; armies quote their own verbs ('had "neutralised" four')
    r"[\"”’]?\s+(?:(?!(?:in|at|on|near|during|by|from|after|when|while|as|and|but|due|because|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
    # an opening quote may stand before the object ("had struck \"RSF drone launch sites\"")
    r"september|october|november|december)\b)\w+\s+){0,3}[\"“‘]?$",
    re.IGNORECASE,
)
# After a group name: it was attacked ("an SDF checkpoint was attacked"). Its fighters being killed says nothing:
# attackers die too.
VICTIM_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:checkpoint|patrol|convoy|vehicles?|positions?|base|post|headquarters|office)\s+)?(?:\w+\s+){0,2}?"
    r"(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:attacked|targeted|ambushed|hit|struck|shelled|bombed)\b",
    re.IGNORECASE,
)
# After a group name: the munition is the group's, so the group struck even where a verb before it makes it look hit
# ("their truck hit an Al-Shabaab landmine", "struck by a Houthi drone"); a launcher or a drone unit is a target.
MUNITION_AFTER_RE = re.compile(
    r"^(?:['’]s)?\s+(?:(?:suicide|roadside|car|truck|improvised|explosive|guided|ballistic|attack|kamikaze)\s+)?"
    r"(?:landmines?|mines?|IEDs?|bombs?|rockets?|missiles?|drones?|mortars?|shells?|explosive\s+devices?)\b"
    r"(?!\s+(?:launchers?|launch|factor(?:y|ies)|depots?|workshops?|units?|cells?|teams?|squads?|sites?|storage|stockpiles?|"
    r"production|operators?|makers?|experts?|commanders?|facilit(?:y|ies)|warehouses?|caches?))",
    re.IGNORECASE,
)
# Before a group name: the forces met it in a clash ("ran into a column of", "a gun battle with").
CLASH_BEFORE_RE = folded(
    # "soldiers were killed in a gunfight against naxals", "a shootout with PKK militants": the other side of the exchange;
    # "four policemen were killed during a shooting against IS terrorists", "where troops are battling Taliban insurgents"
    r"\b(?:ran\s+into|clash(?:ed|es)?\s+with|(?:gun\s*battles?|gun\s*fights?|battles?|firefights?|shoot-?outs?|skirmish(?:es)?|"
    r"exchanges?\s+of\s+fire|shootings?|operations?|fighting)\s+(?:with|against)|exchanged\s+fire\s+with|fought\s+off|(?:were|are|was)\s+battling)\s+"
    r"(?:(?:a|an|the|about|some|around|column|group|unit|band|dozens|scores|\d+|of)\s+)*(?:\w+\s+)?$",
    re.IGNORECASE,
)
# Before a group name: where people come from ("insurgents from the terrorist group Al-Shabaab").
FROM_BEFORE_RE = folded(r"\bfrom\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.IGNORECASE)
# After a group name: a state's shelter for it ("giving the TTP sanctuary", "offering Hamas leaders a safe haven",
# "allowing the PKK bases"): the accusation is about a host state, not about this attack.
SANCTUARY_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:militants|fighters|leaders|leadership|members|commanders)\s+)?(?:an?\s+|the\s+)?(?:safe\s+)?"
    r"(?:sanctuary|sanctuaries|havens?|refuge|shelter|hideouts|bases\s+(?:in|on|inside|across))\b",
    re.IGNORECASE,
)
# Right before a name: it is the accused ("Bahrain accused Iran's Revolutionary Guards of ...", "blamed the IRGC").
ACCUSED_BEFORE_RE = folded(r"\b(?:accus|blam)\w*\s+(?:[A-Z][\w-]*['’]s\s+|the\s+)?(?:[\w-]+-(?:led|backed|based|linked|aligned|allied)\s+)?$")
# After a group name: it accuses someone else ("the PDF blamed the Myanmar military").
ACCUSER_AFTER_RE = folded(
    # or its people, in a relative clause ("SNA factions that control the town blamed the SDF")
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:factions|officials|leaders|commanders|fighters|spokesman|militia)\s+(?:(?:that|which|who)\s+[^,.;]{1,60}?\s+)?)?"
    r"(?:,[^,.;]{1,100},\s*)?(?:(?:has|have|had|also|quickly)\s+)*(?:blamed|blames|accused|accuses)\b", re.IGNORECASE
)
# After a group name: it only reacts to the attack ("Hamas praised the shooting but did not say its members were
# involved", "the Taliban condemned the bombing"): praise or condemnation is neither a claim nor blame.
REACTOR_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:movement|group|militants|leaders?|spokesman)\s+)?(?:,[^,.;]{1,100},\s*)?(?:(?:has|have|had|also|quickly|later|swiftly)\s+)*"
    r"(?:praised|praises|hailed|hails|lauded|lauds|welcomed|welcomes|applauded|celebrated|condemned|condemns|denounced|denounces)\b",
    re.IGNORECASE,
)
# After an armed group's name: it says it did the act ("Yemen's Houthi movement said on Wednesday it had attacked a
# ship"). CLAIM_RE leaves "said it had attacked" out because armies and police say it too; with a non-state group as
# the speaker it is the group's own claim.
GROUP_SAID_ACT_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:movement|group|rebels|militants|insurgents|militia|fighters)\s+)?"
    # the group's own mouthpiece speaks for it ("A Houthi military spokesman said", "an al-Shabaab commander told")
    r"(?:(?:military\s+|official\s+|media\s+)?(?:spokesman|spokesperson|spokeswoman|commander|leader|official)\s+)?(?:,[^,.;]{1,100},\s*)?"
    # the medium may stand between ("said via its Radio Andalus that its fighters had seized the base", "said on X")
    # or be named bare ("said on Radio Andalus that ...")
    r"(?:said|says|announced|stated)\s+(?:on\s+\w+\s+)?(?:(?:on|in|via|through)\s+(?:(?:its|their|a|an)\s+)?[^,.;]{1,50}?\s+)?(?:that\s+)?(?:it|they|its\s+(?:\w+\s+)?(?:fighters|forces|units?|militants|members|troops|soldiers|guerrillas))\s+"
    # the verb is often quoted: 'its forces had "targeted gatherings of the mercenaries"'
    r"(?:had\s+|have\s+|has\s+)?[\"“‘']?(?:carried\s+out|attacked|targeted|launched|struck|hit|ambushed|stormed|raided|bombed|shot\s+down|downed|"
    r"seized|captured|kidnapped|abducted|executed|shot\s+dead|killed|shelled|detonated|set\s+fire|fired)\b",
    re.IGNORECASE,
)
# Around a group name: the text ties this attack to it without the word "blamed" ("initial reports indicated the FARC
# were involved", "the bomber was identified as a member of Hamas"): blame, for that group only. An investigation or a
# rescue the group "was involved in" is not the attack.
INVOLVED_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:militants|fighters|rebels|members|insurgents)\s+)?(?:was|were|had\s+been|may\s+have\s+been)\s+(?:also\s+)?involved\b"
    r"(?!\s+in\s+(?:the\s+|an?\s+)?(?:investigation|search|rescue|talks|negotiations|peace|dealing|response|shootout|skirmish|clash|fighting))",
    re.IGNORECASE,
)
IDENTIFIED_MEMBER_BEFORE_RE = folded(
    r"\b(?:identified\s+(?:him\s+|her\s+|them\s+)?as|(?:said|named|described)\s+(?:him\s+|her\s+|them\s+)?(?:to\s+be|as))\s+(?:an?\s+)?(?:\w+\s+)?(?:members?|militants?|fighters?|operatives?|commanders?)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# After a group name: its officials or institutions speak ("Taliban officials said", "the Houthi-run health ministry").
SPEAKER_AFTER_RE = folded(
    # "Afghanistan's Taliban rulers", "the Houthi regime": the group as a government, accused or speaking, not attacking
    r"^(?:-run|-appointed|\s+(?:government|administration|authorities|officials?|rulers|regime|"
    r"ministry|governor|police|media|television|radio|news\s+agency)\b"
    # "the RSF-affiliated civil administration ... blamed the army": an institution on the group's side speaks
    r"|-(?:affiliated|aligned|allied|backed|controlled|linked|led)\s+(?:\w+\s+)?(?:administration|authorities|officials|ministry|"
    r"governor|government|media|television|radio|news\s+agency|outlets?)\b)"
    r"(?!\s+(?:were|was)\s+(?:\w+\s+)?(?:killed|attacked|targeted))",
    re.IGNORECASE,
)
# Before a group name: it only qualifies another group ("X, which is allied to al Qaeda, ...").
QUALIFIER_BEFORE_RE = folded(
    # the parent may carry its country's possessive ("linked to Turkey's Kurdistan Workers' Party")
    r"\b(?:allied|linked|loyal|affiliated|aligned|associated|tied|connected|close|allegiance)\s+(?:to|with)\s+(?:the\s+|[A-Z][\w-]+['’]s\s+)?"
    r"(?:(?:[\w'-]+\s+){1,4}(?:and|or)\s+(?:the\s+|to\s+)?)?$"
    r"|\b(?:offshoot|branch|faction|affiliate|wing|splinter\s+group|arm|ally|allies|rival|rivals|outfit|proxy|proxies)\s+of\s+(?:the\s+)?(?:[\w-]+-based\s+)?$"
    r"|\b(?:formed|founded|created|set\s+up|made\s+up)\s+by\s+(?:the\s+)?(?:former|ex-)?\s*$|\b(?:former|ex-)\s*$"
    # "X, a group that split off the TTP, claimed": the parent the appositive names
    r"|\b(?:split|splintered|broke\s+away|broken\s+away)\s+(?:off|from)\s+(?:the\s+)?$"
    # "ex-members of the Farc were killed by ELN militants": people who left the group
    r"|\b(?:former|ex-)\s*(?:members?|fighters?|combatants?|guerrillas?|militants?|rebels?)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
AGENT_BEFORE_RE = folded(
    # "officials blamed the bombing on the Taliban", "attributed the attack to ...": the act sits between verb and group;
    # "the bomb, which authorities blame on JI": any tense
    r"\b(?:by|blam(?:ed|es|e|ing)\s+on|attributed\s+to|claimed\s+by|carried\s+out\s+by|perpetrated\s+by|"
    r"blam(?:ed|es|e|ing)\s+(?:the\s+|this\s+|such\s+|these\s+)?(?:\w+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|"
    r"ambush|assault|explosions?|shootings?|violence|incident|abductions?|kidnappings?|murders?)\s+on|"
    r"attribut(?:ed|es|ing)\s+(?:the\s+|this\s+)?(?:\w+\s+){0,2}?(?:attacks?|bombings?|blasts?|killings?|ambush|assault|"
    r"explosions?|shootings?|incident|abductions?|kidnappings?|murders?)\s+to|"
    r"(?:attacks?|fire|gunfire|assault|ambush)\s+from|"
    # the passive agent is often the group's men, not the group: "mined by fighters of JNIM", "killed by suspected
    # members of the X", "abducted by gunmen from the Y"
    r"by\s+(?:suspected\s+|armed\s+|heavily\s+armed\s+)?(?:fighters|militants|members|gunmen|elements|men|operatives|insurgents|"
    r"cadres|combatants|jihadists|rebels|militiamen)\s+(?:of|from|belonging\s+to)|"
    # an investigator's pointer: "preliminary inquiries pointed to members of X", "suspicion fell on X"
    r"(?:point(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:to|at)|(?:suspicion|the\s+finger)\s+(?:\w+\s+)?(?:fell|falls|points|pointed)\s+(?:on|at|to))"
    r"(?:\s+(?:suspected\s+)?(?:members?|fighters|militants|gunmen|elements|cadres)\s+(?:of|from))?)"
    r"\s+(?:suspected\s+|the\s+|an?\s+)*$",
    re.IGNORECASE,
)


# A source says the act was done by the group ("an official said the road had been mined by fighters of JNIM",
# "residents said the village was torched by X"): the passive agent in reported speech is the source's attribution.
REPORTED_PASSIVE_AGENT_RE = folded(
    r"\b(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)?|according\s+to|believe[sd]?|reported|confirmed)\b[^.;]{0,160}?"
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?[\w-]+\s+by\s+(?:suspected\s+|armed\s+)?"
    r"(?:(?:fighters|militants|members|gunmen|elements|men|operatives|insurgents|cadres|combatants|jihadists|rebels|militiamen)\s+"
    r"(?:of|from|belonging\s+to)\s+)?(?:suspected\s+|the\s+|an?\s+)*$",
    re.IGNORECASE,
)
# After a group name: it only holds or garrisons a place ("where the army and its allies of Africa Corps maintain a
# base", "the Taliban have a presence in the area", "where JNIM is based"): a holder, not this attack's actor.
GARRISON_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:\w+\s+){0,2}?(?:(?:maintains?|maintained|keeps?|kept|has|have|had|holds?|held)\s+(?:a\s+|an\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?(?:base|bases|garrison|camp|camps|presence|outpost|stronghold)\b"
    r"|(?:is|are|was|were|remain|remains)\s+(?:\w+\s+)?(?:based|stationed|garrisoned|headquartered|present|active)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def is_claim(sentence: str) -> bool:
    """True when a sentence reports an affirmative claim of responsibility."""
    sentence = sentence.replace('"', " ")  # 'said its fighters had "repelled an enemy column"'
    return (
        bool(CLAIM_RE.search(sentence))
        and not NEGATED_CLAIM_RE.search(sentence)
        and not DENIAL_RE.search(sentence)
        and not HABITUAL_CLAIM_RE.search(sentence)
        and not OTHER_ATTACK_CLAIM_RE.search(sentence)
    )


def is_blame(sentence: str) -> bool:
    """True when a sentence blames or suspects someone of this attack, not as a standing accusation."""
    return bool(BLAME_RE.search(sentence)) and not HABITUAL_BLAME_RE.search(sentence)


def claim_sentence_indexes(sentences: list[str]) -> frozenset[int]:
    """Indexes of the sentences that report a claim of responsibility."""
    return frozenset(i for i, s in enumerate(sentences) if is_claim(s))


# Blame that points back at a group named earlier: "who blamed the same insurgent group", "blamed the same militants".
# Or a unit of it with the group as a bare definite noun ("blaming the Carlos Patino front of the dissidents"): news
# names the group once and then calls it by its kind.
SAME_GROUP_RE = folded(
    r"\b(?:blamed|blames|blaming|accused|accuses|accusing|attributed\s+(?:it|the\s+\w+)\s+to)\s+(?:the\s+)?same\s+(?:[\w-]+\s+){0,2}?"
    r"(?:group|militants|insurgents|rebels|jihadists|fighters|militia|gang|faction|organi[sz]ation)\b"
    r"|\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+|a\s+)(?:[\w'’-]+\s+){0,4}?(?:front|column|faction|unit|wing|cell|branch|"
    r"commander)\s+of\s+the\s+(?P<kind>dissidents|rebels|militants|insurgents|jihadists|separatists|guerrillas|group|militia)\b",
    re.IGNORECASE,
)
# An air or drone strike the lead gives no actor: "a military air strike aimed at bandits hit traders".
UNNAMED_STRIKE_RE = folded(
    r"\b(?:military\s+|police\s+)?(?:air\s*strikes?|airstrikes?|drone\s+strikes?|air\s+raids?)\b"
    # a bare "strikes" as the cause of harm, placed on the map ("were killed in strikes near the village")
    r"|\b(?:killed|wounded|injured|died|hit)\s+(?:\w+\s+)?(?:in|by)\s+(?:an?\s+|the\s+)?strikes?\s+(?=(?:on|near|in|at|against)\b)"
    # a military craft with no country word as the subject of the strike ("a military jet bombed a wedding")
    r"|\b(?:military|army|air\s+force)\s+(?:jets?|aircraft|warplanes?|drones?|helicopters?)\s+(?:bombed|struck|hit|fired\s+on)\b"
    # or as the agent of the clause that caused them ("were killed when a strike hit tents")
    r"|\b(?:killed|wounded|injured|died)\b[^.;]{0,60}?\b(?:when|after|as)\s+(?:an?\s+|the\s+)?strikes?\s+(?:hit|struck|slammed|tore|targeted|destroyed|flattened)\b",
    re.IGNORECASE,
)
# The group's own act, right after its name, in an "after ..." clause about another incident.
OTHER_ACT_AFTER_RE = folded(
    r"^\s*(?:had\s+)?(?:torched|attacked|stormed|killed|burned|set\s+fire|raided|abducted|kidnapped|shot|bombed|ambushed|struck)\b",
    re.IGNORECASE,
)


# An incident whose first sentence brings in attackers of its own, undescribed and without "the" ("Yesterday, gunmen
# attacked a post", "when unidentified armed men stormed the village"): a group the sentences before name belongs to
# another account, so the lead-in is not read for this one.
NEW_UNDESCRIBED_ATTACKERS_RE = folded(
    r"(?:^|[,;:]\s+|\b(?:when|as|after|where)\s+)(?:(?:a\s+(?:group|band|gang)\s+of|some|several|dozens\s+of|\d+|two|three|four|five)\s+)?"
    r"(?:(?:unidentified|unknown|armed|masked|heavily\s+armed|suspected)\s+)*(?:gunmen|armed\s+men|attackers|assailants|men\s+on\s+motorbikes)\s+"
    r"(?:(?:on\s+motorbikes|on\s+motorcycles|in\s+\w+)\s+)?(?:attacked|stormed|opened\s+fire|raided|ambushed|killed|shot|abducted|kidnapped|torched|burned)\b",
    re.IGNORECASE,
)


def _mention_score(sentence: str, mention: GroupMention) -> int:
    """How strongly a sentence makes a named group the perpetrator (0: it is the target)."""
    before = sentence[max(0, mention.start - 60) : mention.start]
    after = sentence[mention.end : mention.end + 160]
    if before.lower().endswith(("anti-", "anti ", "counter-", "pro-")):
        return 0  # "an anti-al-Qaeda militia": not the perpetrator
    if re.search(r"\w,?\s+(?:\w+\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE) and OTHER_ACT_AFTER_RE.match(after):
        return 0  # "..., two days after Israeli settlers torched homes": another incident's actor
    if not_this_actor(before, lambda: len({m.name for m in find_groups(sentence) if not state_force_country(m.name)})) and not is_claim(sentence):
        return 0  # "linked to a turf war between Los Ardillos and Los Tlacos", "resembled earlier bombings by X"
    if _foreign_state_prefix(before, mention):
        return 0  # "a soldier of the Uganda People's Defence Forces": that country's own army, not the group
    if RIVAL_FACTION_BEFORE_RE.search(before):
        return 0  # "supporters of a rival faction of the BNP": undescribed partisans, coded Unknown
    if re.search(r"\b(?:no|not\s+any|never\s+any)\s+$", before, re.IGNORECASE):
        return 0  # "There were no Fano fighters in the market": denied presence
    if (STANDING_CONFLICT_RE.search(sentence) or recalled_history(sentence)) and not is_claim(sentence):
        return 0  # "... since 2024, when a war broke out between factions", "In June 2024, ...": history's actors
    if claims_other_attack(after):
        return 0  # "The Islamic State claimed a similar bombing in 2017": another attack's claimant
    if group_record(sentence, before, after, bool(AGENT_BEFORE_RE.search(before)) or blamed_by_link(before, after)):
        return 0  # "ISKP has carried out similar attacks", "a rise in attacks by the TTP": the groups' record, not this attack
    if presence_only(sentence) and not (AGENT_BEFORE_RE.search(before) or ACCUSED_BEFORE_RE.search(before) or blamed_by_link(before, after)):
        return 0  # "It was not clear who was behind the blast, but al-Shabaab fighters operate in the region"
    if GARRISON_AFTER_RE.match(after) and not AGENT_BEFORE_RE.search(before):
        return 0  # "where its allies of Africa Corps maintain a base": where the group is, not what it did
    if QUALIFIER_BEFORE_RE.search(before):
        # "X, which is allied to al Qaeda": X is the actor; with no X named, the allegiance is all the text says
        return 0 if len({m.name for m in find_groups(sentence)}) > 1 else 1
    held_by = HELD_BY_BEFORE_RE.search(before) and STANDOFF_ATTACK_RE.search(sentence)
    if HOLDER_BEFORE_RE.search(before) or held_by or (HELD_PLACE_AFTER_RE.match(after) and not FROM_BEFORE_RE.search(before)) or (
        HELD_PLACE_BEFORE_RE.search(before) and HELD_PLACE_VERB_AFTER_RE.match(after)
    ):
        # "a checkpoint manned by the SDF", "Nyala, the RSF-held capital": the holder of what was hit; but
        # "rockets fired from ISIL-controlled territory" names where the attack came from
        return 0
    if SANCTUARY_AFTER_RE.match(after):
        return 0  # "accuses Kabul of giving the TTP sanctuary": the group is what another state shelters, not this attack's actor
    if ACCUSER_AFTER_RE.match(after) or SPEAKER_AFTER_RE.match(after):
        return 0  # "a checkpoint manned by the SDF", "the PDF blamed ...": the target's holder, the accuser
    if REACTOR_AFTER_RE.match(after) and not is_claim(sentence):
        return 0  # "Hamas praised the attack": a reaction; "X hailed the attack it claimed" stays a claim
    agent_before = bool(AGENT_BEFORE_RE.search(before)) or blamed_by_link(before, after)
    if ATTRIBUTION_BEFORE_RE.search(sentence[max(0, mention.start - 160) : mention.start]):
        return 2  # "the men who killed them were X fighters": the verb before names the attackers, not X's victims
    if MUNITION_AFTER_RE.match(after) and not VICTIM_AFTER_RE.match(after):
        return 2  # the group's own munition struck: it is the attacker whatever verb comes before
    if VICTIM_AFTER_RE.match(after) and not agent_before:
        return 0  # "an SDF checkpoint was attacked": the group's post was the target
    if named_as_victim(before, after) and not agent_before:
        return 0  # "shot dead a Taliban district chief", "ambushed a convoy of the RSF": whose people were hit
    # the possessive is part of the matched name ("al-Qaeda's"), but it is what makes "Sahel affiliate" a qualifier
    qualifier_after = ("'s" + after) if mention.text.endswith(("'s", "’s")) else after
    if QUALIFIER_AFTER_RE.match(qualifier_after) and find_groups(after):
        return 0  # "al-Qaeda-linked al-Shabaab": the group that follows is the perpetrator
    # also with an article: "Imam Shamil Battalion, an al-Qaeda affiliate, claimed"
    # or ranked ("the Estado Mayor Central, the largest FARC dissident faction, claimed": the EMC did)
    if QUALIFIER_AFTER_RE.match(qualifier_after) and re.search(r"[),]\s*(?:(?:an?|the)\s+(?:(?:[a-z]+est|main|leading|dominant|principal|local|regional)\s+)?)?$", before, re.IGNORECASE) and find_groups(before[-60:]):
        return 0  # "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, claimed": JNIM did
    if AFFILIATION_ADJECTIVE_RE.match(after) and len(find_groups(sentence)) > 1:
        return 0  # "Shabaab, the al-Qaeda-linked group, claimed": the other group named is the actor
    if TARGET_BEFORE_RE.search(before) and not agent_before:
        if CLASH_BEFORE_RE.search(before) or killed_in_exchange(before, sentence) or killed_attackers(before, after):
            return 1  # "a patrol ran into a column of Islamic State fighters": the other side of a clash
        if not (FROM_BEFORE_RE.search(before) and AGENT_AFTER_RE.match(after)):
            return 0  # "insurgents from the group Al-Shabaab killed 7 soldiers" is the exception
    members_harmed = MEMBER_VICTIM_AFTER_RE.match(after) or (MEMBER_OF_BEFORE_RE.search(before) and PASSIVE_VICTIM_AFTER_RE.match(after))
    if members_harmed and not agent_before:
        return 1
    possessive = mention.text.endswith(("'s", "’s")) or after.startswith(("'s", "’s"))
    if agent_before or (AGENT_AFTER_RE.match(after) and force_acts_after(mention.name, after)) or (possessive and POSSESSIVE_AGENT_AFTER_RE.match(after)) or (subject_verdict(after) and force_acts_after(mention.name, after, verdict=True)):
        return 2
    return 1


# The last word of a group's name that is also how national armies are named ("People's Defence Force").
FORCE_NAME_END_RE = re.compile(r"\b(?:Forces?|Army|Guards?|Defen[cs]e)$", re.IGNORECASE)


def _foreign_state_prefix(before: str, mention: GroupMention) -> bool:
    """True when a country's name right before a force-shaped group name makes it that country's army
    ("Uganda People's Defence Forces", "Rwanda Patriotic Army") and the group does not fight in that country."""
    if not FORCE_NAME_END_RE.search(mention.text):
        return False
    word = re.search(r"([A-Z][\w'’-]+)\s+$", before)
    code = state_country(word.group(1)) if word else None
    return code is not None and code not in _group_countries(mention.name)


def extract_perpetrator(
    sentences: list[str], country_code: str | None = None, context: list[str] | None = None,
    article: list[str] | None = None, follow_up: list[str] | None = None, lead_in: list[str] | None = None,
) -> dict:
    """Perpetrator, claimed and suspected flags with evidence for one incident's sentences.

    `context` holds sentences outside the incident (title, lead) used only to resolve
    "the group claimed responsibility" to a group named there; `article` is every sentence,
    searched only for state forces confirming their own strike; `follow_up` holds the sentences
    right after the incident that no incident took (reactions, attributions), read only for a
    claim or a blame when the incident's own sentences name no actor; `lead_in` holds the untaken
    sentences right before them, nearest first, read for a group they make the actor.
    """
    best = _best_mention(sentences, country_code, context, article)
    if best is None:
        # an actor the incident's own sentences name, even one the registry does not know, outranks a later paragraph's
        best = _unregistered_actor(sentences)
    if best is None and follow_up:
        # "The statement did not name the attackers. But the prefect told IW the arsonists belonged to 3R":
        # attribution often comes in a paragraph of its own after the account of the attack
        recent = [sentence for sentence in follow_up if not PAST_DATED_ATTACK_RE.search(sentence)]
        found = _best_mention(recent, country_code, [*reversed(sentences), *(context or [])])
        # a force with a name of its own saying it made the strike ("The IRGC said later it had hit ...") owns it as a claim does
        owned = found is not None and found[2] in NAMED_STATE_FORCES and named_force_confirms(found[3], NAMED_STATE_FORCES[found[2]])
        if found is not None and (found[0] >= 4 or owned):
            best = found
        if best is None and (blamed := blamed_state(follow_up[:2], country_code)) is not None:
            best = (4, 0, blamed.name, blamed.evidence)  # "Officials accused Moscow of targeting civilians": a paragraph of its own
    if best is None and lead_in and not NEW_UNDESCRIBED_ATTACKERS_RE.search(sentences[0] if sentences else ""):
        # "FARC guerrillas assaulted the post. The attack left three soldiers dead.": the lead names the attackers and
        # the toll sentence opens the incident; a group the lead only mentions (score 1) is not enough
        found = _best_mention(lead_in, country_code, context)
        if found is not None and found[0] >= LEAD_IN_MIN_SCORE:
            result = _with_state_forces(found, sentences, country_code, context, article, follow_up)
            # the incident's own sentences name no actor: the lead says who, not whether this is an incident
            return {**result, "from_lead_in": True}
    if best is None and article and (referent := anaphoric_actor(sentences, article, context or [], country_code)):
        best = (2, 0, *referent)  # "Al-Shabaab still holds the countryside. On Sunday the militants detonated a bomb ..."
    return _with_state_forces(best, sentences, country_code, context, article, follow_up)


def _best_mention(
    sentences: list[str], country_code: str | None, context: list[str] | None, article: list[str] | None = None
) -> tuple[float, int, str, str] | None:
    """The registry group the sentences most make the actor, as (score, -position, name, evidence)."""
    best: tuple[float, int, str, str] | None = None  # (score, -position, name, evidence)
    pending_claim = False  # a claim by the claimant's kind alone ("the jihadists claimed the raid"), no group found for it
    for index, sentence in enumerate(sentences):
        mentions = find_groups(sentence, country_code)
        claim = is_claim(sentence)
        claim_at = CLAIM_RE.search(sentence.replace("\"", " ")).start() if claim else 0
        denial = bool(DENIAL_RE.search(sentence)) or denies_only(sentence)
        blame = is_blame(sentence)
        previous_score = None
        claimed_here = False
        for position, mention in enumerate(mentions):
            said_act = not claim and not state_force_country(mention.name) and (
                GROUP_SAID_ACT_AFTER_RE.match(sentence[mention.end :])
                or voice_claims_act(sentence[max(0, mention.start - 60) : mention.start], sentence[mention.end : mention.end + 200], sentence)
            )
            if said_act and not (NEGATED_CLAIM_RE.search(sentence) or DENIAL_RE.search(sentence)):
                claim, claim_at = True, mention.end  # the group's own statement that it did the act
            if previous_score is not None and re.fullmatch(r"\s*\(\s*", sentence[mentions[position - 1].end : mention.start]):
                score = previous_score  # "Syrian Democratic Forces (SDF)": the acronym plays the name's role
            else:
                score = _mention_score(sentence, mention)
            previous_score = score
            if score == 2 and not claim and not state_force_country(mention.name) and trailing_own_source(sentence):
                claim, claim_at = True, mention.end  # "X fighters attacked the post, the group said": its own account
            # "U.S. Africa Command said it had carried out an airstrike": a named force's own confirmation makes it act
            confirms = mention.name in NAMED_STATE_FORCES and named_force_confirms(sentence, NAMED_STATE_FORCES[mention.name])
            if score == 1 and confirms:
                score = 2
            if score == 0 or (score == 1 and not (claim or blame) and (state_force_country(mention.name) or mention.text.lower() in OCCUPATION_ALIASES or mention.name in SIDE_MILITIAS)):
                continue  # state forces, and groups named by a trade ("traders and herders gathered"), only where the text makes them act
            if score == 1 and not claim and mention.name in NAMED_STATE_FORCES and not ACCUSED_BEFORE_RE.search(sentence[: mention.start]):
                # "Basij forces, affiliated with the Revolutionary Guards, were wounded": a corps with a name of its own
                # is far more often the target or the patron than the blamed party; it needs a verb or a claim
                continue
            if claim:
                # the group nearest the claim verb made the claim ("Turkey blamed IS; TAK claimed it")
                distance = abs(claim_at - mention.end) if mention.end <= claim_at else abs(mention.start - claim_at)
                score = 10 + max(0.0, 0.99 - distance / 200)
                claimed_here = True
            elif denial and not blame:
                continue
            elif blame or _tied_to_attack(sentence, mention) or REPORTED_PASSIVE_AGENT_RE.search(sentence[: mention.start]) or attributed(
                sentence[max(0, mention.start - 160) : mention.start], sentence[mention.end :]
            ):
                score += 3
            candidate = (score, -(index * 100 + position), mention.name, sentence)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        if claim and not mentions:
            referent = (
                _named_claimant(sentence) or _previous_group(sentences[:index], context or [], country_code) or _generic_group(sentence)
            )
            if referent:
                candidate = (9, -(index * 100), referent, sentence)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
            elif unnamed_claimant(sentence):
                pending_claim = True
        elif claim and not claimed_here and (named := _named_claimant(sentence, (CLAIMANT_RE, VOICE_CLAIMANT_RE, NAMED_GROUP_RE))):
            # "a group calling itself the Benue Liberation Front claimed the killings were revenge for attacks on herders": the
            # registry groups named are not the claimant (the herders are the object), the unregistered subject is
            candidate = (9, -(index * 100), named, sentence)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        elif blame and not mentions and (same := SAME_GROUP_RE.search(sentence) or DEFINITE_KIND_BLAME_RE.search(sentence)):
            # the group may be named a few paragraphs up, in another incident's sentences
            earlier = (article or [])[: (article or []).index(sentence)] if sentence in (article or []) else []
            referent = _previous_group(sentences[:index], [*(context or []), *reversed(earlier)], country_code, same.group("kind"))
            if referent:
                candidate = (4, -(index * 100), referent, sentence)
                if best is None or candidate[:2] > best[:2]:
                    best = candidate
        if not mentions and not claim and (speaker := quoted_spokesman_group(sentence, index, sentences, article, country_code)):
            candidate = (10, -(index * 100), speaker, sentence)  # 'A spokesman for X ... spoke by phone. "Our men did it," he said.'
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    if pending_claim and best is not None and 2 <= best[0] < 9 and not state_force_country(best[2]):
        # "The jihadists later claimed the raid. Residents said the attackers were Boko Haram fighters": the group the
        # incident names as the attackers is the one its unnamed claimant stands for
        best = (9, best[1], best[2], best[3])
    return best


def _tied_to_attack(sentence: str, mention: GroupMention) -> bool:
    """True when the sentence says this group was involved in the attack or that the attacker was one of its members."""
    before, after = sentence[max(0, mention.start - 80) : mention.start], sentence[mention.end : mention.end + 160]
    return bool(
        INVOLVED_AFTER_RE.match(after[:120])
        or IDENTIFIED_MEMBER_BEFORE_RE.search(before)
        or blamed_by_link(before, after)
        or pursued_attackers(before, after)
    )


def _unregistered_actor(sentences: list[str]) -> tuple[float, int, str, str] | None:
    """A group the registry does not know that the sentences name as claimant, blamed party or agent."""
    for index, sentence in enumerate(sentences):
        if HABITUAL_BLAME_RE.search(sentence):
            continue  # "officials have in the past blamed Iran-aligned factions for attacks on the field"
        name = _named_claimant(sentence, (NAMED_GROUP_RE, BLAMED_NAME_RE, PASSIVE_BLAMED_NAME_RE))
        if name and (fuller := _identified_attackers(sentence)) and fuller.startswith(name):
            name = fuller  # "blamed Lou Nuer armed youth": the community's fighters, as the text names them
        if name and not find_groups(name):
            return (4 if BLAME_RE.search(sentence) else 1, -(index * 100), name, sentence)
    for index, sentence in enumerate(sentences):
        name = _agent_group(sentence)
        if name:
            return (4 if BLAME_RE.search(sentence) else 2, -(index * 100), name, sentence)
    for index, sentence in enumerate(sentences):
        name = _named_gang(sentence) or _identified_attackers(sentence)
        if name:
            return (4, -(index * 100), name, sentence)
    return None


# The incident's own sentences say the forces have not spoken about this strike ("The army has not commented on this
# strike", "the military declined to comment", "made no comment"): a confirmation of another strike in the article is
# not theirs for this one.
NO_COMMENT_RE = folded(
    r"\b(?:military|army|armed\s+forces|air\s+force|IDF|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|junta|police)\b[^.;]{0,60}?(?:"
    r"\b(?:has|have|had|did|does|do|would|could)\s+not\s+(?:yet\s+|immediately\s+|publicly\s+)*(?:comment|confirm|acknowledge|respond)"
    r"|\b(?:hasn['’]t|haven['’]t|didn['’]t|won['’]t|wouldn['’]t)\s+(?:yet\s+|immediately\s+)?(?:comment|confirm|acknowledge|respond)"
    r"|\b(?:declined|refused)\s+to\s+(?:comment|confirm)|\bmade\s+no\s+comment|\bwas\s+not\s+(?:immediately\s+)?available\s+for\s+comment)"
    r"|\bno\s+(?:immediate\s+)?comment\s+from\s+(?:the\s+)?(?:[A-Z]\w+\s+)?(?:military|army|armed\s+forces|air\s+force|IDF|defen[cs]e\s+ministry|junta|police)\b",
    re.IGNORECASE,
)


def _with_state_forces(
    best: tuple[float, int, str, str] | None, sentences: list[str], country_code: str | None,
    context: list[str] | None, article: list[str] | None, follow_up: list[str] | None = None,
) -> dict:
    """The record's actor fields, letting state forces that the text makes the actor override a weak group."""
    if best is not None and best[0] < 9 and (state := lead_state_strike(sentences, country_code)) is not None:
        if state_force_country(best[2]) != state.country_code:
            best = None  # "An Israeli air strike flattened a house ...": the striking state, whatever group the text names later
    if best is None:
        state = find_state_agent(sentences, country_code)
        if state is None and UNNAMED_STRIKE_RE.search(" ".join(sentences[:1])):
            state = confirmed_strike(list(dict.fromkeys(sentences + list(article or []))))
        if state is None:
            # "the national police confirmed that a drone operated by one of its units struck a house": the incident's
            # own account is the forces' confirmation, so they are its actor whoever else (the gang it aimed at) it names
            state = confirmed_strike(sentences[:1])
        if state is not None:
            # the article in its own order: the forces' first name in it is the one coders take
            state = state._replace(name=text_force_name(state, list(dict.fromkeys(list(article or []) + sentences + list(context or [])))))
            # each sentence once: the article holds the incident's own sentences too
            confirmed = not NO_COMMENT_RE.search(" ".join(sentences + list(follow_up or [])[:2])) and state_claims(
                confirmation_scope(sentences, list(context or []), list(article or [])), state.country_code, country_code
            )
            if confirmed:
                return {"perpetrator": state.name, "claimed": True, "suspected": False,
                        "evidence": {"perpetrator": state.evidence, "claimed": confirmed}}
            best = (4 if BLAME_RE.search(state.evidence) else 2, 0, state.name, state.evidence)
    if best is None:
        return {"perpetrator": UNKNOWN, "claimed": False, "suspected": False, "evidence": {}}
    score, _, name, evidence = best
    if score < 9 and (forces := state_force_country(name)) is not None:
        # state forces the registry names ("Myanmar military") confirm their strikes as armies named by the text do
        confirmed = not NO_COMMENT_RE.search(" ".join(sentences + list(follow_up or [])[:2])) and state_claims(
            confirmation_scope(sentences, list(context or []), list(article or [])), forces, country_code
        )
        if confirmed:
            return {"perpetrator": name, "claimed": True, "suspected": False,
                    "evidence": {"perpetrator": evidence, "claimed": confirmed}}
    claimed = score >= 9
    # coders mark every named actor that did not claim as suspected, whether a source blamed it or the text tells
    # its act outright ("RSF fighters torched the stores, according to a monitoring group"): no one has owned it
    suspected = not claimed
    return {"perpetrator": name, "claimed": claimed, "suspected": suspected, "evidence": {"perpetrator": evidence, **({"claimed": evidence} if claimed else {})}}


def named_branch(name: str, texts: list[str], country_code: str | None) -> str:
    """A branch or local unit of the perpetrator that the article names ("the Islamic State Sahel Province", "the Kani
    Township People's Defence Force"), else the name."""
    registry = load_registry()
    if name in LOCAL_UNIT_GROUPS:
        return local_unit_name(name, [], texts, country_code)  # "the Mandalay People's Defence Force"
    if name not in registry.parents.values():
        return name
    for text in texts:
        for mention in find_groups(text, country_code):
            branch = mention.name
            if registry.parents.get(branch) == name and (country_code is None or country_code in _group_countries(branch)):
                return branch
    return name


def _group_countries(name: str) -> frozenset[str]:
    registry = load_registry()
    return registry.countries[registry.names.index(name)] if name in registry.names else frozenset()


def _previous_group(before: list[str], context: list[str], country_code: str | None, kind: str | None = None) -> str | None:
    """The group the nearest earlier sentence names; with `kind` ("dissidents"), only one whose name says it."""
    for sentence in [*reversed(before), *context]:
        mentions = [m for m in find_groups(sentence, country_code) if _mention_score(sentence, m) > 0]
        if kind:
            mentions = [m for m in mentions if kind in m.text.lower()] or mentions
        if mentions:
            return mentions[-1].name
    return None

"""Un-claimed attribution news writes without "blamed": hallmarks, the attackers' relative clause, a definite kind that
points back at a group named earlier, and the places a group's name stands where it is not the actor (the sides of a
feud, the author of earlier attacks, a party that only denied).

Written from knowledge of how wire and local copy attribute attacks, not fitted to any gold article.
"""

from __future__ import annotations

import re
from typing import Callable

from .text import folded

# Before a group's name: the reporter's or a source's pointer at it for this attack. "It bore the hallmarks of
# al-Shabaab", "had all the signs of a JNIM operation", "the TTP was the prime suspect" is handled after the name.
BLAME_LINK_BEFORE_RE = folded(
    r"\b(?:bore|bears|bear|had|has|have|carried|carries|showed|shows)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:hallmarks?|signature|trademarks?|marks|signs|fingerprints)\s+of\s+(?:an?\s+|the\s+)?(?:suspected\s+)?$"
    r"|\b(?:prime|main|chief|principal|leading)\s+suspects?\s+(?:(?:is|are|was|were)\s+)?(?:the\s+)?$"
    # the blame told as a noun: "Blame was placed on X", "officials put the blame squarely on X", "blame fell on X"
    r"|\bblame\s+(?:was\s+|is\s+|has\s+been\s+|had\s+been\s+)?(?:placed|put|laid|pinned|fixed|fell|falls|rests?|rested)\s+"
    r"(?:squarely\s+|firmly\s+)?on\s+(?:the\s+)?(?:suspected\s+)?$"
    r"|\b(?:put|puts|placed|places|laid|lays|pinned|pins)\s+(?:the\s+)?blame\s+(?:squarely\s+|firmly\s+)?(?:for\s+[^,.;]{1,40}?\s+)?"
    r"on\s+(?:the\s+)?(?:suspected\s+)?$"
    # a source's verdict in its own words: '"This is the handiwork of Boko Haram," the chairman said', "It was the work of X"
    r"|(?:^|[\"“‘]\s*)(?:this|that|it)\s+(?:is|was|looks\s+like)\s+(?:clearly\s+|surely\s+|certainly\s+|obviously\s+)?"
    r"(?:the\s+)?(?:handiwork|work|doing)\s+of\s+(?:the\s+)?$"
    # a witness naming the attackers in a quote: '"They were Fulani militants," a survivor said'
    r"|[\"“‘]\s*(?:they|these|those\s+men)\s+(?:were|are)\s+(?:all\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# After a group's name: it is named the suspect ("the TTP was the prime suspect", "X is suspected of").
SUSPECT_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:(?:militants|fighters|rebels|insurgents|members)\s+)?(?:was|were|is|are|remains?|remained)\s+"
    r"(?:the\s+)?(?:prime|main|chief|principal|leading|only|likely|most\s+likely)\s+suspects?\b",
    re.IGNORECASE,
)

# After a group's name: its people did this attack, in a relative clause ("hunting the ISSP fighters who had planted
# the mine", "X militants who stormed the camp fled towards the border"). The clause names the act, so the source
# ties the group to it even where a verb before (hunting, pursuing, tracking) makes it look like a target.
ACTORS_WHO_DID_AFTER_RE = folded(
    r"^\s*(?:\([^)]*\)\s*)?(?:[\w-]+\s+)?(?:fighters|militants|insurgents|gunmen|members|attackers|terrorists|rebels|jihadists|"
    r"militiamen|guerrillas|cadres|operatives|elements)\s+(?:who|that)\s+(?:had\s+|have\s+|allegedly\s+|reportedly\s+)*"
    r"(?:planted|laid|placed|attacked|stormed|raided|ambushed|carried\s+out|staged|launched|set\s+off|detonated|kidnapped|"
    r"abducted|killed|massacred|torched|burned|shelled|fired)\b",
    re.IGNORECASE,
)
# Before a group's name: the forces are after the attackers ("the army said it was hunting", "troops were pursuing").
PURSUIT_BEFORE_RE = folded(
    r"\b(?:hunting|hunt\s+for|hunt\s+down|pursuing|pursued|chasing|chased|tracking|tracking\s+down|searching\s+for|"
    r"manhunt\s+for|search\s+for)\s+(?:down\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)

# Before a group's name: it is one side of a standing feud the source gives as the attack's cause ("linked to a turf
# war between Los Ardillos and Los Tlacos", "amid a feud between the two gangs"): two sides, so no one actor. Only a
# feud given as the cause: "killed in clashes between troops and ISWAP" names the clash's party, which is coded.
FEUD_SIDE_BEFORE_RE = folded(
    r"\b(?:linked\s+to|amid|part\s+of|related\s+to|tied\s+to|connected\s+to|blamed\s+on|attributed\s+to|result\s+of|"
    r"fu?ell?ed\s+by|sparked\s+by|stemm(?:ed|ing)\s+from|rooted\s+in|because\s+of|due\s+to)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:war|feud|rivalry|dispute|vendetta|power\s+struggle|struggle|conflict)\s+"
    r"(?:(?:for|over)\s+[^,.;]{1,40}?\s+)?between\s+(?:the\s+)?(?:[^,.;]{1,60}?\s+(?:and|&)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# Before a group's name: the attacks the text compares this one to are its earlier ones ("resembled earlier bombings by
# the Khorasan branch", "like previous attacks claimed by X"): the group's record, no attribution of this attack. Not
# "similar" or "other": "in a similar attack by X on Monday" tells another incident of its own.
PRIOR_ACTS_BEFORE_RE = folded(
    r"\b(?:earlier|previous|past|prior|older)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|raids?|"
    r"killings?|ambush(?:es)?|massacres?|kidnappings?|abductions?|assaults?|operations?|strikes?)\s+"
    r"(?:(?:carried\s+out|claimed|staged|blamed\s+on|attributed\s+to)\s+)?(?:by|on|to)\s+(?:the\s+)?(?:suspected\s+)?$",
    re.IGNORECASE,
)

# A party's denial of its part in the attack, in the phrasings CLAIM patterns leave out ("denied any role", "denied
# playing any part", "rejected any link to"). A denial alone names no actor: only a source's blame does.
EXTRA_DENIAL_RE = folded(
    r"\b(?:den(?:ied|ies|ying)|rejected|rejects|disowned|disowns)\s+(?:any\s+|all\s+|a\s+)?(?:role|part|link|links|"
    r"connection|hand|participation|involvement)\b"
    r"|\bden(?:ied|ies|ying)\s+(?:playing|having)\s+(?:any\s+|a\s+)?(?:role|part|hand)\b"
    r"|\bsaid\s+(?:it|they)\s+(?:had|has|have)\s+(?:nothing|no\s+(?:role|part|hand|link))\s+(?:to\s+do\s+)?with\b",
    re.IGNORECASE,
)

# A definite kind that points back at the group named earlier, as the object of blame: "the army blamed the rebels",
# "officials accused the militants of the killings", "police blamed the insurgents for the ambush". The kind is kept
# so that a group whose name holds it ("FARC dissidents") is preferred. "The gunmen" and "the attackers" are this
# incident's own unnamed men, never a group named before.
DEFINITE_KIND_BLAME_RE = folded(
    r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+the\s+"
    r"(?:(?:local|armed|islamist|jihadist|maoist|communist|separatist)\s+)?"
    r"(?P<kind>rebels|militants|insurgents|jihadists|guerrillas|separatists|dissidents|extremists|militia|militiamen|group)"
    r"(?:['’]s?\s+(?:fighters|members|men))?\s*(?=for\b|of\b|over\b|[,.;]|$)",
    re.IGNORECASE,
)


def blamed_by_link(before: str, after: str) -> bool:
    """True when the text points at the group for this attack without "blamed": hallmarks, the prime suspect."""
    return bool(BLAME_LINK_BEFORE_RE.search(before) or SUSPECT_AFTER_RE.match(after))


def pursued_attackers(before: str, after: str) -> bool:
    """True when the forces pursue the group's people who the same clause says carried out the attack."""
    return bool(PURSUIT_BEFORE_RE.search(before) and ACTORS_WHO_DID_AFTER_RE.match(after))


def not_this_actor(before: str, armed_groups: Callable[[], int]) -> bool:
    """True when the group's name stands as the author of earlier attacks, or as one of two armed groups in a feud the
    source gives as the cause, not as the actor. A war between a state and a group ("linked to the war between Israel
    and Hamas") has the group as a party whose attacks these are, so it needs two armed groups named."""
    return bool(PRIOR_ACTS_BEFORE_RE.search(before) or (FEUD_SIDE_BEFORE_RE.search(before) and armed_groups() >= 2))


def denies_only(sentence: str) -> bool:
    """True when the sentence reports a party's denial in the phrasings the claim patterns leave out."""
    return bool(EXTRA_DENIAL_RE.search(sentence))


# Militias that are one side of a standing local war (Nigeria's rival cults, Libya's and Suwayda's factions): news
# names them far more often as the side attacked, a party to the feud or the army's ally than as the attacker. Like a trade's name, they are the actor only where the text makes them act, blames them or
# they claim.
SIDE_MILITIAS = frozenset({
    "Black Axe", "Eiye confraternity", "Suwayda Military Council", "Radaa Special Deterrence Force",
    "Stability Support Apparatus",
})


# The reporter says no one is yet known to have done it and names a group only as present ("It was not immediately
# clear who was behind the blast, but al-Shabaab fighters operate throughout the region"): context for the reader,
# not blame, unless the sentence also points at the group ("but suspicion fell on X").
UNCLEAR_WHO_RE = folded(
    r"\b(?:(?:was|is)\s+(?:not\s+(?:immediately\s+|yet\s+)?clear|unclear)|(?:remains?|remained)\s+unclear)\s+who\b"
    r"|\bno\s+(?:group|one|organi[sz]ation)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed\b",
    re.IGNORECASE,
)
PRESENCE_ONLY_RE = folded(
    r"\b(?:operat(?:e|es|ing)|roam(?:s|ing)?)\s+(?:freely\s+)?(?:in|throughout|across|around|near)\b"
    r"|\b(?:is|are|remains?|has\s+been|have\s+been)\s+(?:\w+\s+)?active\b"
    r"|\b(?:has|have|maintains?|maintained)\s+(?:a\s+|an\s+)?(?:strong\s+|large\s+|heavy\s+)?presence\b"
    r"|\b(?:controls?|controlled|holds?)\s+(?:much|most|large\s+parts|swathes)\s+of\b",
    re.IGNORECASE,
)


def presence_only(sentence: str) -> bool:
    """True when the sentence says the actor is unknown and names a group only as present in the area."""
    return bool(UNCLEAR_WHO_RE.search(sentence) and PRESENCE_ONLY_RE.search(sentence))

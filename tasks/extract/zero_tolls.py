"""Zero tolls in the other words news uses for "no one was hurt", and zeros told for one side only."""

from __future__ import annotations

import re

from .text import folded

# The people a side's zero names: "no soldier was hurt", "no passengers were injured"
_SIDE_NOUNS = (
    r"(?:soldiers?|troops|servicem[ae]n|personnel|civilians?|policem[ae]n|police(?:\s+officers?)?|officers?|guards?|residents?|"
    r"villagers?|passengers?|students?|pupils?|teachers?|worshippers?|staff|workers?|members\s+of\s+the\s+\w+|(?:\w+\s+)?occupants?)"
)
# Each pattern with the roles it zeroes, read with casualty_patterns.ZERO_PATTERNS.
OTHER_ZERO_PATTERNS: list[tuple[re.Pattern, tuple[str, ...]]] = [
    # French-language and wire copy: "no loss of human life is to be deplored", "there were no human losses"
    (folded(r"\bno\s+(?:loss\s+of\s+)?human\s+(?:li(?:fe|ves)|loss(?:es)?)\b", re.I), ("killed",)),
    (folded(r"\bno\s+human\s+casualties\b|\bno\s+(?:deaths|fatalities)\s+or\s+injuries\b", re.I), ("killed", "wounded")),
    # a side's own losses, as armies word them: "the patrol suffered no losses", "recorded no losses"
    (folded(r"\b(?:suffered|sustained|incurred|recorded|reported|had)\s+no\s+(?:\w+\s+)?loss(?:es)?\b", re.I), ("killed",)),
    # one side's zero: "no soldier was hurt", "no policemen were injured" (the attackers' dead are counted apart)
    (folded(rf"\bno\s+{_SIDE_NOUNS}\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hurt|injured|wounded|harmed)\b", re.I), ("killed", "wounded")),
    # everyone aboard or inside came out whole: "all passengers were safe", "all the pupils are safe"
    (folded(r"\ball\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}?(?:passengers|occupants|pupils|students|worshippers|staff|residents|crew)\s+(?:were|are)\s+(?:safe|unharmed|unhurt)\b", re.I), ("killed", "wounded")),
]

# One side's zero, and the words of a zero for everyone; the first without the second speaks for that side only
_SIDE_ZERO_RE = folded(rf"\bno\s+{_SIDE_NOUNS}\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:hurt|injured|wounded|harmed|killed)\b", re.I)
_EVERYONE_ZERO_RE = folded(r"\bno\s*-?\s*one\b|\bnobody\b|\bno\s+(?:casualties|injuries|victims)\b|\bunharmed|\bunhurt", re.I)


def side_zero_only(evidence: str | None) -> bool:
    """ "no officer was injured": a zero for one side, which gives way to a victim of another side told alone."""
    return bool(evidence) and _SIDE_ZERO_RE.search(evidence) is not None and _EVERYONE_ZERO_RE.search(evidence) is None

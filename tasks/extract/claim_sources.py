"""What a claim is about and who makes it: a group's claim of another attack than the one reported, recalled as
background, and a claim whose subject is only the claimant's kind ("the jihadists claimed the raid").

A "pro-<group>" outlet ("a pro-Shabaab website", "pro-Islamic State Telegram channels") is left as it was: such channels
are the group's supporters, not its own media, and what they post is not the group's claim.
"""

from __future__ import annotations

import re

from .claim_patterns import OTHER_ATTACK_CLAIM_RE
from .group_voice import first_person_claim, speaks_for
from .registry import find_groups
from .state_forces import state_force_country
from .text import folded

# Right after a group's name, before the claim words: the group is their subject ("The Islamic State (IS) group claimed").
_SUBJECT_GAP_RE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w'’-]+\s+){0,3}")


def claims_other_attack(after: str) -> bool:
    """True when the words after a group's name make it the claimant of another attack ("claimed a similar bombing in 2017")."""
    found = OTHER_ATTACK_CLAIM_RE.search(after[:160])
    return found is not None and bool(_SUBJECT_GAP_RE.fullmatch(after[: found.start()]))


# A claim whose subject is only the claimant's kind: "The jihadists later claimed the raid in a video", "the militant
# group took responsibility", "masked fighters said they had carried out the raid". When the incident names the
# attackers' group elsewhere ("Residents said the attackers were Boko Haram fighters"), that group is the claimant.
UNNAMED_CLAIMANT_RE = folded(
    r"(?:^|[.;:,]\s+|\b(?:and|but|while|when)\s+)(?:the\s+)?(?:masked\s+|armed\s+)?(?:(?:jihadist|militant|armed|rebel|insurgent|extremist|"
    r"islamist|separatist|guerrilla)\s+)?(?:group|militants|jihadists|insurgents|rebels|fighters|guerrillas|attackers|extremists|islamists|"
    r"separatists|outfit|organi[sz]ation|movement)\s+(?:(?:later|also|quickly|swiftly|then|subsequently|has|have|had)\s+){0,2}"
    r"(?:claimed|claims|took\s+(?:responsibility|credit)|owned|said\s+(?:that\s+)?(?:they|it)\s+had\s+carried\s+out)\b",
    re.IGNORECASE,
)


def unnamed_claimant(sentence: str) -> bool:
    """True when a claim's subject is only the claimant's kind ("the jihadists claimed", "the militant group took credit")."""
    return bool(UNNAMED_CLAIMANT_RE.search(sentence))


def quoted_spokesman_group(sentence: str, index: int, sentences: list[str], article: list[str] | None, country_code: str | None) -> str | None:
    """The group whose spokesman the sentence before introduces, when this one quotes him as "he" saying "we did it"
    ('A spokesman for X, who gave his name as Y, spoke to IW by phone. "Our men carried out the attack," he said.')."""
    if not first_person_claim(sentence):
        return None
    before = _sentence_before(sentence, index, sentences, article)
    for mention in find_groups(before, country_code):
        if not state_force_country(mention.name) and speaks_for(before[max(0, mention.start - 60) : mention.start], before[mention.end : mention.end + 60]):
            return mention.name
    return None


def _sentence_before(sentence: str, index: int, sentences: list[str], article: list[str] | None) -> str:
    """The article's sentence right before this one (the incident's own list may skip it), else the list's."""
    if article and sentence in article and (position := article.index(sentence)) > 0:
        return article[position - 1]
    return sentences[index - 1] if index > 0 else ""

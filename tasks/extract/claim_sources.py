"""What a claim is about: a group's claim of another attack than the one reported, recalled as background.

A "pro-<group>" outlet ("a pro-Shabaab website", "pro-Islamic State Telegram channels") is left as it was: such channels
are the group's supporters, not its own media, and what they post is not the group's claim.
"""

from __future__ import annotations

import re

from .claim_patterns import OTHER_ATTACK_CLAIM_RE

# Right after a group's name, before the claim words: the group is their subject ("The Islamic State (IS) group claimed").
_SUBJECT_GAP_RE = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:[\w'’-]+\s+){0,3}")


def claims_other_attack(after: str) -> bool:
    """True when the words after a group's name make it the claimant of another attack ("claimed a similar bombing in 2017")."""
    found = OTHER_ATTACK_CLAIM_RE.search(after[:160])
    return found is not None and bool(_SUBJECT_GAP_RE.fullmatch(after[: found.start()]))

"""A wounded toll told by reference to the dead: "killing 15 and wounding the same number", "as many", "twice as many"."""

from __future__ import annotations

import re

# the wound verb, then a count that only points back at the toll just given
ECHO_RE = re.compile(
    r"\b(?:wounding|injuring|wounded|injured|hurt|hurting)\s+(?:(?:around|about|roughly|nearly|almost|some)\s+)?"
    r"(?:(?P<times>twice|three\s+times)\s+)?(?:the\s+same\s+number|as\s+many)\b"
    r"|\band\s+(?:(?P<times2>twice|three\s+times)\s+)?as\s+many\s+(?:\w+\s+)?(?:were\s+)?(?:wounded|injured|hurt)\b",
    re.IGNORECASE,
)
FACTORS = {"twice": 2, "three times": 3}


def echoed_wounded(sentences: list[str], killed: int | None) -> tuple[int, str] | None:
    """The wounded told as "the same number" (or "twice as many") as the dead already counted, with the sentence."""
    if not killed:
        return None
    for sentence in sentences:
        match = ECHO_RE.search(sentence)
        if match:
            times = (match.group("times") or match.group("times2") or "").lower()
            return killed * FACTORS.get(" ".join(times.split()), 1), sentence
    return None

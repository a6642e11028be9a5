"""Whether a sentence continues the one before it: a subject pronoun whose actors that sentence introduced."""

from __future__ import annotations

import re


# A subject pronoun opening the sentence: its actors are the ones the sentence before introduced.
PRONOUN_SUBJECT_RE = re.compile(r"^\s*[\"'(]?(?:They|He|She)\s+(?!said\b|say\b|says\b|told\b|added\b)")


def opens_with_pronoun(sentence: str) -> bool:
    """True when the sentence opens with a subject pronoun ("They shot dead two vigilantes"), continuing the one before."""
    return bool(PRONOUN_SUBJECT_RE.match(sentence))

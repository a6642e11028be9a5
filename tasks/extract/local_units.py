"""Local units of a movement that texts name by their place ("the Kani Township People's Defence Force").

Myanmar's resistance is a network of township and city forces, each with the network's name behind its place's
("Mandalay People's Defence Force", "Kani Township PDF"). Coders keep the unit's full name where the text gives it,
and the network's name where it does not ("a People's Defence Force battalion in Gangaw township").
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer
from .registry import find_groups
from .state_forces import state_country
from .text import fold

# Movements whose local units take a place's name before the movement's.
LOCAL_UNIT_GROUPS = frozenset({"People's Defence Force"})
# One to three capitalised words right before the name, the last of them an administrative unit or a place.
PLACE_PREFIX_RE = re.compile(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)\s+$")
UNIT_WORDS = frozenset("township region district city division state".split())
NOT_PLACE_WORDS = frozenset("the a an local several some two three four five resistance anti-junta junta myanmar burma".split())


def local_unit_name(name: str, own: list[str], article: list[str], country_code: str | None) -> str:
    """The place-prefixed unit the text names for a movement perpetrator, from the incident's sentences, else the
    article's one such unit; else the movement's name."""
    if name not in LOCAL_UNIT_GROUPS:
        return name
    for texts, need_one in ((own, False), (article, True)):
        found = {unit for text in texts for unit in _units(text, name, country_code)}
        if found and (not need_one or len(found) == 1):
            return sorted(found)[0]
    return name


def _units(text: str, name: str, country_code: str | None) -> list[str]:
    units = []
    for mention in find_groups(text, country_code):
        if mention.name != name or not mention.text[0].isupper() or mention.text.isupper():
            continue  # the acronym ("Kani PDF") is left alone: coders spell out the name they keep
        match = PLACE_PREFIX_RE.search(text[max(0, mention.start - 60) : mention.start])
        if match is None:
            continue
        words = match.group(1).split()
        while words and words[0].lower() in NOT_PLACE_WORDS:
            words.pop(0)
        if words and (words[-1].lower() in UNIT_WORDS or _is_place(" ".join(words)) or _unlisted_place_name(words)):
            units.append(f"{' '.join(words)} {mention.text}")
    return units


def _unlisted_place_name(words: list[str]) -> bool:
    """True when the words can only be a place's name: proper nouns that are no common word, country or possessive.

    Many of Myanmar's townships are missing from the gazetteer or spelt otherwise ("Kalay", "Yinmabin"); the
    network's name right after them makes them the unit's place.
    """
    common = load_gazetteer().common_words
    return len(words) <= 2 and all(
        word.isalpha() and word[0].isupper() and word.lower() not in common and state_country(word) is None for word in words
    )


def _is_place(words: str) -> bool:
    return any(entry.kind not in ("country", "demonym") for entry in load_gazetteer().lookup(fold(words)))

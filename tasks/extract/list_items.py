"""Bulleted bulletin items and claims that name the incident they belong to, for incident grouping (segment.py)."""

from __future__ import annotations

import re
from datetime import date

from .registry import find_groups

# A bulleted line ("- On Friday, gunmen ...", "• 12 July: ..."): a bulletin or press note lists one incident per item,
# opened like a paragraph ("- Also on Friday, ..."); an item on another day or place than the incident above it is
# another incident, and an item may retell the wire lead's incident (a day and place that do not contradict it).
BULLET_RE = re.compile(r"^\s*[-–—•*▪●]\s+(?=\S)")

# "claimed the Lakki Marwat attack", "carried out the Mogadishu bombing", "blamed X for the Kalat killings": a
# statement that names its incident by place, which need not be the incident told last.
NAMED_INCIDENT_RE = re.compile(
    r"\b(?:the|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})\s+"
    r"(?:attacks?|bombings?|blasts?|ambush(?:es)?|killings?|massacres?|raids?|assaults?|kidnappings?|abductions?|"
    r"shootings?|explosions?|strikes?|hijacking|siege)\b"
)


# "blamed ISWAP for the killing of the fishermen", "the abduction of the students": the incident named by its victims
VICTIMS_NAMED_RE = re.compile(
    r"\bthe\s+(?:killings?|murders?|massacre|abduction|kidnapping|deaths?|beheading)\s+of\s+(?:the\s+)?(?:\d+\s+|[a-z]+\s+(?=[a-z]+\b))?"
    r"(?P<victims>[a-z]{4,})\b"
)
NOT_A_PLACE_RE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Christmas|Easter|Eid|Ramadan)\b"
)


# "the Israeli strike", "the Russian attack": who struck, not where
DEMONYM_RE = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|i)$")


def bullet_item(sentence: str) -> tuple[bool, str]:
    """Whether a sentence opens a bulleted item, and the sentence without its bullet."""
    match = BULLET_RE.match(sentence)
    return (True, sentence[match.end():]) if match else (False, sentence)


def same_scene(mention, places: set, day: date | None) -> bool:
    """Whether an item's day and place agree with an incident's: a timeline's items on one scene tell one incident."""
    if day is not None and mention.day is not None and day != mention.day:
        return False
    return not (places and mention.places and not places & mention.places)


def retold_item(mentions: list, items: list, places: set, day: date | None):
    """The incident a bulleted item retells: the latest one told outside the list whose day and place it does not
    contradict ("- On Thursday, a FAMa unit was ambushed near Boni" under a lead on Thursday's ambush), else None.

    Items never retell each other: each is its own incident.
    """
    return next((m for m in reversed(mentions) if m not in items and same_scene(m, places, day)), None)


def named_incident(sentence: str, mentions: list, sentences: list[str]):
    """The one incident, among several, whose sentences name the place ("the Kalat attack") or the victims ("the killing of
    the fishermen") a claim or blame names."""
    for match in NAMED_INCIDENT_RE.finditer(sentence):
        name = match.group("name")
        if NOT_A_PLACE_RE.match(name) or DEMONYM_RE.search(name) or find_groups(name):
            continue  # "the Taliban attack", "the Friday attack", "the Israeli strike": a group, a day or a people names no scene
        # where an incident was set ("near Kalat", "in Lakki Marwat", "the Pont-Sonde area"), not any naming of the place
        pattern = re.compile(r"\b(?:in|near|at|outside|around|of)\s+(?:the\s+)?" + re.escape(name) + r"\b")
        found = [m for m in mentions if any(pattern.search(sentences[i]) for i in m.indexes if sentences[i] != sentence)]
        if len(found) == 1:
            return found[0]
    for match in VICTIMS_NAMED_RE.finditer(sentence):
        pattern = re.compile(r"\b" + re.escape(match.group("victims")) + r"\b", re.IGNORECASE)
        found = [m for m in mentions if any(pattern.search(sentences[i]) for i in m.indexes if sentences[i] != sentence)]
        if len(found) == 1:
            return found[0]
    return None

"""Clauses of one sentence that report separate incidents: where a lead splits, and whether the text sets the parts apart."""

from __future__ import annotations

import re

from .segment_patterns import (
    CLAUSE_DAY_RE, CLAUSE_SPLIT_RE, DAY_JOIN_RE, HARM_VERB_RE, RELATIVE_LATER_RE, REPORTED_DAY_RE, SECOND_ATTACK_RE,
    SEPARATE_ATTACKS_LEAD_RE, SEPARATE_EVENT_RE,
)
from .text import folded
from .types import is_event_sentence


def split_separate_events(sentence: str) -> list[str]:
    """A sentence split before a clause that reports a separate incident, else the sentence itself."""
    marker = SEPARATE_EVENT_RE.search(sentence)
    if not marker:
        return _split_counted(sentence) or _split_second_attack(sentence)
    joins = [m for m in CLAUSE_SPLIT_RE.finditer(sentence, 0, marker.start()) if m.start() > 20]
    if not joins:
        return [sentence]
    join = joins[-1]
    head, tail = sentence[: join.start()].rstrip(" ,;"), sentence[join.end() :]
    if not (is_event_sentence(head) and is_event_sentence(tail)):
        return [sentence]
    return [head, tail]


# "The first struck a police patrol near Baqubah, killing four officers, and the second hit a car near Muqdadiyah": a
# sentence that counts the lead's attacks off one by one.
FIRST_OF_RE = re.compile(r"^\W*(?:In\s+)?the\s+first\b", re.IGNORECASE)
SECOND_OF_RE = re.compile(r",?\s+(?:and|while|whereas)\s+(?=the\s+(?:second|other|latter)\b)|;\s+(?=the\s+(?:second|other|latter)\b)", re.IGNORECASE)


def _split_counted(sentence: str) -> list[str] | None:
    """ "The first ..., and the second ...": the two counted parts, or None."""
    if not FIRST_OF_RE.match(sentence):
        return None
    join = SECOND_OF_RE.search(sentence)
    if join is None or join.start() < 20:
        return None
    head, tail = sentence[: join.start()].rstrip(" ,;"), sentence[join.end() :]
    if not (HARM_VERB_RE.search(head) and HARM_VERB_RE.search(tail)):
        return None
    return [head, tail[:1].upper() + tail[1:]]


# "Gunmen shot dead seven passengers in Kalat, while four Levies personnel were killed when militants attacked their post
# in Panjgur": a joined clause with victims of its own at a place of its own.
WHILE_VICTIMS_RE = re.compile(
    r",\s*(?:while|whereas)\s+(?=(?:\d+|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Aa]nother)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:was|were)\s+(?:killed|shot|wounded|injured|abducted|kidnapped)\b)"
)
PLACE_NAME_RE = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?(?:(?:town|village|city|district)\s+of\s+)?([A-Z][\w'’-]+)")


def _split_while_elsewhere(sentence: str) -> list[str] | None:
    """ "..., while four Levies personnel were killed ... in Panjgur": a clause whose victims are at another named place."""
    join = WHILE_VICTIMS_RE.search(sentence)
    if join is None or join.start() < 20:
        return None
    head, tail = sentence[: join.start()], sentence[join.end() :]
    head_places = {m.group(1) for m in PLACE_NAME_RE.finditer(head)}
    tail_places = {m.group(1) for m in PLACE_NAME_RE.finditer(tail)}
    if not (head_places and tail_places and not head_places & tail_places and HARM_VERB_RE.search(head)):
        return None
    return [head.rstrip(" ,;"), tail[:1].upper() + tail[1:]]


def _split_second_attack(sentence: str) -> list[str]:
    """ "..., and a roadside bomb wounded five rangers in Yala": a clause whose own weapon harms its own victims.

    Splitting only makes two sentences; whether they are two incidents is decided by their days and places.
    """
    match = SECOND_ATTACK_RE.search(sentence)
    if not match or match.start() < 20:
        return _split_while_elsewhere(sentence) or _split_by_day(sentence)
    head, tail = sentence[: match.start()].rstrip(" ,;"), sentence[match.end() :]
    days_after = bool(DAYS_AFTER_RE.match(match.group(0)))  # "fought a gun battle ..., two days after"
    if not ((days_after or HARM_VERB_RE.search(head)) and is_event_sentence(head) and is_event_sentence(tail)):
        return [sentence]
    return [head, tail[:1].upper() + tail[1:]]


def _split_by_day(sentence: str) -> list[str]:
    """ "Gunmen killed 21 villagers on Sunday, and three people died on Wednesday when a bus hit a mine": joined
    clauses that each harm people on a day of their own."""
    for join in DAY_JOIN_RE.finditer(sentence):
        if join.start() < 20:
            continue
        head, tail = sentence[: join.start()], sentence[join.end() :]
        head_days, tail_days = _clause_days(head), _clause_days(tail)
        if head_days and tail_days and not head_days & tail_days and HARM_VERB_RE.search(head) and HARM_VERB_RE.search(tail):
            if is_event_sentence(head) and is_event_sentence(tail):
                return [head.rstrip(" ,;"), tail[:1].upper() + tail[1:]]
    return _split_gapped(sentence)


# A second clause whose verb is gapped: "killed seven people in Macomia on Sunday and five more in Muidumbe on Monday",
# "killed 10 soldiers in Tahoua on Monday and 12 civilians in Tillaberi on Wednesday". The count opens it.
GAPPED_JOIN_RE = folded(
    r",?\s+and\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a\s+dozen|dozens)\s+"
    r"(?:more\s+|others?\s+|other\s+)?(?:[\w-]+\s+){0,2}?(?:in|at|near|outside)\s)",
    re.IGNORECASE,
)


def _split_gapped(sentence: str) -> list[str]:
    """ "Gunmen killed seven in Macomia on Sunday and five more in Muidumbe on Monday": the second day's clause, its
    gapped verb restored from the first ("Killed five more in Muidumbe on Monday")."""
    for join in GAPPED_JOIN_RE.finditer(sentence):
        head, tail = sentence[: join.start()], sentence[join.end() :]
        verbs = list(HARM_VERB_RE.finditer(head))
        if not verbs or HARM_VERB_RE.search(tail.split(",")[0]):
            continue
        head_days, tail_days = _clause_days(head), _clause_days(tail.split(",")[0])
        if head_days and tail_days and not head_days & tail_days:
            verb = head[verbs[-1].start() : verbs[-1].end()]
            return [head.rstrip(" ,;"), verb[:1].upper() + verb[1:] + " " + tail]
    return [sentence]


def _clause_days(clause: str) -> set[str]:
    """The day words of a clause that date an event, not a statement."""
    return {
        m.group(1).lower() for m in CLAUSE_DAY_RE.finditer(clause)
        if not REPORTED_DAY_RE.search(clause, max(0, m.start() - 40), m.start())
    }


DAYS_AFTER_RE = folded(r",\s+(?P<days>a|one|two|three|four|five|six|\d+)\s+days?\s+after\b", re.IGNORECASE)
# "..., hours after a grenade was thrown at a police vehicle": an earlier act the lead names, set apart by its time.
HOURS_AFTER_RE = folded(r",\s+(?:just\s+|only\s+|a\s+few\s+|several\s+)?hours\s+after\b", re.IGNORECASE)
DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def days_before(sentence: str) -> int | None:
    """How many days the clause after "..., two days after" lies before the one ahead of it."""
    match = DAYS_AFTER_RE.search(sentence)
    if not match:
        return None
    days = match.group("days").lower()
    return int(days) if days.isdigit() else DAY_COUNTS[days]


def _set_apart(sentence: str, head: str, tail: str) -> bool:
    """Whether the text itself makes a split-off clause another incident: "in a separate attack", "two days
    after", or a day of its own."""
    if SEPARATE_EVENT_RE.search(sentence) or DAYS_AFTER_RE.search(sentence) or HOURS_AFTER_RE.search(sentence) or RELATIVE_LATER_RE.search(tail):
        return True
    if WHILE_VICTIMS_RE.search(sentence) and _split_while_elsewhere(sentence):
        return True  # "..., while four Levies personnel were killed ... in Panjgur": another named place
    if FIRST_OF_RE.match(head) and re.match(r"The\s+(?:second|other|latter)\b", tail, re.IGNORECASE):
        return True  # "The first ..., and the second ...": the text counts them as two
    if SEPARATE_ATTACKS_LEAD_RE.match(head):
        return True  # "In separate attacks on Monday, ... and ...": the lead says the clauses are different incidents
    if re.match(r"In\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:south|north|east|west|centre|center|capital|province|region|state)\b", tail):
        return True  # "..., while in the south a local council chief was gunned down": another place
    head_parts, tail_parts = _compass_parts(head), _compass_parts(tail)
    if head_parts and tail_parts and not head_parts & tail_parts:
        return True  # "... in western Mali, and a drone strike killed 21 in the centre of the country": two regions
    head_days, tail_days = _clause_days(head), _clause_days(tail)
    return bool(head_days and tail_days and not head_days & tail_days)


# Where in a country a clause happens, by compass: "in western Mali", "in the centre of the country", "in the far north".
COMPASS_PART_RE = re.compile(
    r"\bin\s+(?:the\s+)?(?:far\s+)?(?:(?P<adj>north-?east|north-?west|south-?east|south-?west|north|south|east|west|centr)(?:ern|al)\s+[A-Z]"
    r"|(?P<noun>north-?east|north-?west|south-?east|south-?west|north|south|east|west|centre|center)\b)",
)


def _compass_parts(clause: str) -> set[str]:
    """The compass parts of a country a clause places itself in ("western Mali" -> west, "the centre" -> centre)."""
    parts = set()
    for match in COMPASS_PART_RE.finditer(clause):
        part = (match.group("adj") or match.group("noun")).replace("-", "")
        parts.add({"centr": "centre", "center": "centre"}.get(part, part))
    return parts

"""Plausibility checks: figures, dates and places no single incident can have are flagged, never dropped.

A careful coder who reads "1,000,000 killed" on a satire page neither lands it as fact nor throws it
away: the record keeps its figures, names every check it failed in `flags`, and its confidence drops
by each flag's penalty. Resolving (tasks.resolve_merge) then prefers the reports of a field that
passed its checks: a flagged figure becomes an incident's figure only when every report of it is
flagged, and then the incident carries the flag too. The rules are data, below.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable
from urllib.parse import urlsplit

# Ceilings for one incident, by figure and attack type ("default" for the rest). Above one, the
# figure is a war's, a year's or a country's total, a misread, or a joke.
# - killed 3,000: 9/11 (2,977 victims) is the deadliest attack on record; the deadliest after it
#   (Camp Speicher 2014, about 1,700; Baga 2015) stay below. Assassinations and unarmed assaults
#   (stabbings, rammings, poison) have killed at most a few hundred: 500 leaves a wide margin.
# - wounded 10,000: about 6,000 were injured on 9/11 and about 5,800 sought care after the 1995 Tokyo
#   sarin attack, the largest counts on record.
# - kidnapped 2,000: the largest hostage takings held about 1,100 (Beslan 2004), 850 (Moscow 2002)
#   and 800 (In Amenas 2013); mass school abductions in Nigeria took up to about 350.
# - perpetrators_killed 1,000: armies claim hundreds of militants killed in one operation; a thousand
#   is an offensive's tally, not an incident's.
FIGURE_CEILINGS: dict[str, dict[str, int]] = {
    "killed": {"default": 3000, "assassination": 500, "unarmed_assault": 500},
    "wounded": {"default": 10000, "assassination": 1000, "unarmed_assault": 6000},
    "kidnapped": {"default": 2000},
    "perpetrators_killed": {"default": 1000},
}
FIGURES = tuple(FIGURE_CEILINGS)
RANGED_FIGURES = ("killed", "wounded")
# A bombing, an assassination or a suicide attack has few attackers (the 2008 Mumbai attack had ten),
# though troops repelling a complex attack opened by a bomb may kill dozens (35 and 40 in two of our
# gold reports). More attackers killed than this, and more than all their victims, is a misread: in
# our gold set, a year's tally ("security forces say they killed more than 200 rebels last year").
# Raids, clashes and airstrikes are exempt: "troops killed 60 militants" with no victims is common.
FEW_ATTACKER_TYPES = frozenset({"bombing_explosion", "assassination"})
FEW_ATTACKERS_CEILING = 50
# A toll equal to a year, written as a bare year and right after a date word: "killed in 2014".
YEAR_RANGE = (1900, 2035)
YEAR_CONTEXT = r"(?:in|since|of|from|until|till|by|during|before|after|early|late|mid|" \
    r"january|february|march|april|may|june|july|august|september|october|november|december|" \
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?,?\s+"
# An event this long after publication is a misread date (a day's slack for time zones); one long
# before it is history, not news. GTD starts in 1970.
FUTURE_SLACK_DAYS = 1
STALE_DAYS = 366
EARLIEST_EVENT = date(1970, 1, 1)
# Coordinates this far (degrees) outside every gazetteer place of the record's country.
COUNTRY_BOX_MARGIN = 1.0
# Satire outlets and signals a satire page gives about itself (not a news story about satire:
# "the satirical weekly Charlie Hebdo" must not match, so body text only counts as a disclaimer).
SATIRE_HOSTS = frozenset({
    "theonion.com", "clickhole.com", "babylonbee.com", "thedailymash.co.uk", "newsthump.com",
    "waterfordwhispersnews.com", "thebeaverton.com", "theshovel.com.au", "der-postillon.com",
    "legorafi.fr", "elmundotoday.com", "duffelblog.com", "reductress.com", "worldnewsdailyreport.com",
})
SATIRE_PATH_RE = re.compile(r"/(?:satire|satirical|humou?r|parody|spoof)(?:/|$|\.html?$)", re.IGNORECASE)  # a section
SATIRE_TITLE_RE = re.compile(
    r"^\s*[\[(]?(?:satire|parody|spoof)\b[\])]?\s*[:|\-–—\])]|[|\-–—]\s*(?:satire|parody)\s*$", re.IGNORECASE
)
SATIRE_DISCLAIMER_RE = re.compile(
    r"\b(?:this|the above|our)\s+(?:article|story|piece|post|report|site|website)\s+is\s+(?:a\s+work\s+of\s+)?"
    r"(?:satire|satirical|parody|fiction)\b|\bsatire\s+disclaimer\b|\b(?:satire|parody)\s+(?:site|website)\s+for\s+entertainment\b",
    re.IGNORECASE,
)
# Confidence each flag takes away (the sum, down to FLAGGED_CONFIDENCE_FLOOR). A flagged record is
# kept whatever its confidence: the penalty ranks it, it never hides it.
FLAG_PENALTIES = {
    "implausible": 0.3, "year_as": 0.3, "inconsistent": 0.2, "excess_perpetrators_killed": 0.2,
    "future_date": 0.3, "stale_date": 0.15, "outside_country": 0.2, "satire": 0.4,
}
FLAGGED_CONFIDENCE_FLOOR = 0.05
# The field each flag casts doubt on ("*": the whole report), for resolving.
WHOLE_REPORT = "*"


def flag_scope(flag: str) -> str:
    """The field a flag casts doubt on: a figure, `event_date`, `place`, or `*` for the whole report."""
    if flag == "satire":
        return WHOLE_REPORT
    if flag in ("future_date", "stale_date"):
        return "event_date"
    if flag == "outside_country":
        return "place"
    if flag == "excess_perpetrators_killed":
        return "perpetrators_killed"
    for prefix in ("implausible_", "year_as_", "inconsistent_"):
        if flag.startswith(prefix):
            return flag.removeprefix(prefix)
    return WHOLE_REPORT


def doubted(flags: Iterable[str] | None, scope: str) -> bool:
    """True when one of `flags` casts doubt on `scope` (a whole-report flag doubts every field)."""
    return any(flag_scope(flag) in (scope, WHOLE_REPORT) for flag in flags or ())


def penalty(flag: str) -> float:
    """The confidence a flag takes away."""
    return next((value for key, value in FLAG_PENALTIES.items() if flag == key or flag.startswith(f"{key}_")), 0.0)


def satire_signals(url: str | None = None, title: str | None = None, text: str | None = None) -> bool:
    """True when the page says it is satire: a satire outlet, a satire section, a title tag or a disclaimer."""
    if url:
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower().removeprefix("www.")
        except ValueError:  # "http://[::1": a malformed URL says nothing either way
            parts, host = urlsplit(""), ""
        if host in SATIRE_HOSTS or any(host.endswith(f".{known}") for known in SATIRE_HOSTS):
            return True
        if SATIRE_PATH_RE.search(parts.path or ""):
            return True
    if title and SATIRE_TITLE_RE.search(title):
        return True
    return bool(text and SATIRE_DISCLAIMER_RE.search(text))


def check_record(record: dict, published: date | None = None, satire: bool = False) -> list[str]:
    """The names of the plausibility checks one incident record fails, sorted."""
    flags = set()
    attack_type = record.get("attack_type") or "unknown"
    evidence = record.get("evidence") or {}
    for name in FIGURES:
        value = record.get(name)
        if value is None:
            continue
        if value < 0:
            flags.add(f"inconsistent_{name}")
        ceilings = FIGURE_CEILINGS[name]
        if value > ceilings.get(attack_type, ceilings["default"]):
            flags.add(f"implausible_{name}")
        if _written_as_year(value, evidence.get(name)):
            flags.add(f"year_as_{name}")
    for name in RANGED_FIGURES:
        if not _range_consistent(record.get(f"{name}_low"), record.get(name), record.get(f"{name}_high")):
            flags.add(f"inconsistent_{name}")
    attackers = record.get("perpetrators_killed")
    victims = (record.get("killed") or 0) + (record.get("wounded") or 0)
    few = attack_type in FEW_ATTACKER_TYPES or bool(record.get("suicide"))
    if attackers is not None and few and attackers > FEW_ATTACKERS_CEILING and attackers > victims:
        flags.add("excess_perpetrators_killed")
    flags.update(_date_flags(_as_date(record.get("event_date")), published))
    if not _inside_country(record.get("country_code"), record.get("latitude"), record.get("longitude")):
        flags.add("outside_country")
    if satire:
        flags.add("satire")
    return sorted(flags)


def apply_checks(record: dict, published: date | None = None, satire: bool = False) -> dict:
    """Set a record's `flags` and lower its confidence by their penalties; its figures stay as they are."""
    flags = check_record(record, published, satire)
    record["flags"] = flags
    if flags and record.get("confidence") is not None:
        original = float(record["confidence"])
        lowered = max(FLAGGED_CONFIDENCE_FLOOR, original - sum(penalty(flag) for flag in flags))
        record["confidence"] = round(min(original, lowered), 2)  # the floor never raises a low confidence
    return record


def _written_as_year(value: int, evidence: str | None) -> bool:
    """True when `value` is a year and the evidence writes it bare after a date word ("since 2001")."""
    if not evidence or not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        return False
    return re.search(rf"\b{YEAR_CONTEXT}(?:the\s+)?{value}\b(?![,.]\d)", evidence, re.IGNORECASE) is not None


def _range_consistent(low: int | None, best: int | None, high: int | None) -> bool:
    """True when low <= best <= high wherever they are set, and no figure is negative."""
    values = [v for v in (low, best, high) if v is not None]
    if any(v < 0 for v in values):
        return False
    return values == sorted(values) and (low is None or high is None or low <= high)


def _date_flags(event: date | None, published: date | None) -> list[str]:
    if event is None:
        return []
    flags = []
    if event < EARLIEST_EVENT:
        flags.append("stale_date")
    if published is not None:
        if event > published + timedelta(days=FUTURE_SLACK_DAYS):
            flags.append("future_date")
        elif event < published - timedelta(days=STALE_DAYS) and "stale_date" not in flags:
            flags.append("stale_date")
    return flags


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _inside_country(code: str | None, latitude: float | None, longitude: float | None) -> bool:
    """True unless the coordinates lie off the globe or outside the box of the country's gazetteer places."""
    if latitude is None or longitude is None:
        return True
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return False
    box = country_boxes().get((code or "").upper())
    if box is None:
        return True  # a country the gazetteer has no places for: nothing to check against
    south, north, west, east = box
    margin = COUNTRY_BOX_MARGIN
    return south - margin <= latitude <= north + margin and west - margin <= longitude <= east + margin


@lru_cache(maxsize=1)
def country_boxes() -> dict[str, tuple[float, float, float, float]]:
    """Each country's (south, north, west, east), spanning its gazetteer places (GeoNames cities1000)."""
    from tasks.extract.gazetteer import load_gazetteer  # the gazetteer only when a record has coordinates

    boxes: dict[str, list[float]] = {}
    for kind, code, _, _, latitude, longitude, _ in load_gazetteer().entries:
        if latitude is None or longitude is None or kind not in ("place", "admin1", "admin2", "country"):
            continue
        box = boxes.get(code)
        if box is None:
            boxes[code] = [latitude, latitude, longitude, longitude]
        else:
            box[0], box[1] = min(box[0], latitude), max(box[1], latitude)
            box[2], box[3] = min(box[2], longitude), max(box[3], longitude)
    return {code: (box[0], box[1], box[2], box[3]) for code, box in boxes.items()}

"""The rules for when two reports may describe one incident, as data and small pure functions."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache

from tasks.extract.state_forces import state_force_country

UNKNOWN_PERPETRATOR = "Unknown"
UNKNOWN_TYPE = "unknown"
# Attack types that describe one event at different grain: a report of one may be the same
# incident as a report of the other. Pairs not listed (a bombing and a clash, say) never merge.
COMPATIBLE_ATTACK_TYPES = {
    frozenset(pair)
    for pair in (
        ("armed_assault", "clash"),
        ("armed_assault", "facility_attack"),
        ("armed_assault", "assassination"),
        ("armed_assault", "kidnapping"),  # gunmen who kill some villagers and take others away
        ("armed_assault", "hijacking"),
        ("armed_assault", "unarmed_assault"),
        # Raids on bases often add rockets or mortars, and reports differ on which they lead with.
        ("armed_assault", "airstrike_shelling"),
        ("bombing_explosion", "airstrike_shelling"),  # a drone-dropped bomb, a rocket or a blast
        ("bombing_explosion", "facility_attack"),  # a pipeline or a school blown up
        ("bombing_explosion", "assassination"),  # a car bomb that kills an official
        ("kidnapping", "hijacking"),
        ("clash", "airstrike_shelling"),
    )
}
# Types that one complex attack can show at once (a siege opened by a car bomb, an ambush opened by an
# IED), but that more often are two attacks: they agree only when both reports name the group and
# put the attack on the same day.
CORROBORATED_ATTACK_TYPES = {frozenset(("bombing_explosion", "armed_assault"))}
# Names that outlets use for one movement (a branch and its parent, a group and its media name):
# two reports naming groups of one family may report one incident. Matched on folded names.
PERPETRATOR_FAMILIES = (
    ("islamic_state", re.compile(
        r"\bislamic state\b|\bisis\b|\bisil\b|\bdaesh\b|\biswap\b|\biskp\b|\bboko haram\b|\bmaute\b|\bdawlah islamiyah\b|\babu sayyaf\b"
    )),
    ("al_qaeda", re.compile(r"\bal qaeda\b|\baqap\b|\baqim\b|\bjama at nusrat al islam\b|\bjnim\b|\bal shabaab\b")),
    ("taliban", re.compile(r"\btaliban\b|\bttp\b")),
    ("farc", re.compile(r"\bfarc\b|\brevolutionary armed forces of colombia\b")),
    ("maoists", re.compile(r"\bmaoists?\b|\bnaxal(?:ite)?s?\b")),
)
# Two towns this close are one place to two reports ("near Maiduguri" and "in Dalwa").
SAME_PLACE_KM = 15.0
# An undated report stands for the incident happening on any of these days before publication.
UNDATED_LOOKBACK_DAYS = 1
# Generic words around admin1 names that gazetteers and texts add or drop ("Kirkuk Governorate").
ADMIN1_NOISE = re.compile(
    r"\b(?:muhafazat|governorate|province|provincia|region|state|department|departement|district|wilayat|oblast)\b"
)
# A location this close in spelling to its admin1 names the admin1 ("Salah al-Din" in "Salah ad Din").
SAME_NAME_RATIO = 0.8
# Place agreement levels, as `places_agree` returns them. COUNTRY_ONLY: one report names only the
# country, so the places cannot disagree; such a report joins an incident only when exactly one fits.
NO_SHARED_PLACE, COUNTRY_ONLY, SAME_ADMIN1, SAME_PLACE = 0, 0.5, 1, 2


@dataclass(frozen=True, slots=True)
class Place:
    """Where a report puts the incident, normalised for comparison."""

    admin1: str
    location: str
    is_town: bool  # the gazetteer resolved the location to a point
    specific: bool  # the location names somewhere inside the admin1, not the admin1 itself
    latitude: float | None
    longitude: float | None

    @property
    def unplaced(self) -> bool:
        """True when the report names only the country ("an attack in western Niger")."""
        return not self.admin1 and not self.location


@dataclass(slots=True)
class Report:
    """The facts of one mention that merging compares, computed once."""

    mention: dict
    key: tuple[str, str, int]
    article_id: str
    country: str
    start: date  # the first day the incident may have happened on
    end: date  # the last
    perpetrator: str | None  # None when the report names no one
    attack_type: str
    target_type: str | None
    place: Place

    @classmethod
    def of(cls, mention: dict) -> "Report":
        """A mention's facts."""
        start, end = day_span(mention)
        perpetrator = mention.get("perpetrator")
        return cls(
            mention=mention,
            key=sort_key(mention),
            article_id=str(mention["article_id"]),
            country=mention.get("country_code") or "",
            start=start,
            end=end,
            perpetrator=None if not perpetrator or perpetrator == UNKNOWN_PERPETRATOR else perpetrator,
            attack_type=mention.get("attack_type") or UNKNOWN_TYPE,
            target_type=mention.get("target_type"),
            place=place_of(mention),
        )


def sort_key(mention: dict) -> tuple[str, str, int]:
    """Report order: publication time, then article id and position."""
    return (instant(mention.get("published_at")), str(mention["article_id"]), int(mention["mention_index"]))


def instant(value: object) -> str:
    """A publication time as comparable text: UTC, to the second."""
    if isinstance(value, datetime):
        value = (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
        return value.strftime("%Y-%m-%dT%H:%M:%S")
    return str(value or "")


def as_day(value: object) -> date | None:
    """A date from a date, datetime or ISO string."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def day_span(mention: dict) -> tuple[date, date]:
    """The days the incident may have happened: its event date, or else the days up to publication."""
    event = as_day(mention.get("event_date"))
    if event is not None:
        return event, event
    published = as_day(mention.get("article_date")) or as_day(mention.get("published_at"))
    if published is None:
        return date.min, date.min  # no date at all: matches nothing in time
    return published - timedelta(days=UNDATED_LOOKBACK_DAYS), published


def days_agree(a: Report, b_start: date, b_end: date, window_days: int) -> bool:
    """True when a report's days and a span of days lie within `window_days` of each other."""
    if a.start == date.min or b_start == date.min:
        return False
    window = timedelta(days=window_days)
    return a.start <= b_end + window and b_start <= a.end + window


def place_of(mention: dict) -> Place:
    """A mention's place, normalised."""
    is_town = mention.get("geo_precision") == "place"
    admin1, location = normalise_admin1(mention.get("admin1")), normalise_admin1(mention.get("location"))
    return Place(
        admin1,
        location,
        is_town,
        bool(location) and SequenceMatcher(None, location, admin1).ratio() < SAME_NAME_RATIO,
        mention.get("latitude") if is_town else None,
        mention.get("longitude") if is_town else None,
    )


def places_agree(a: Place, b: Place) -> int:
    """SAME_PLACE when two places name one town, SAME_ADMIN1 when they share only an admin1, COUNTRY_ONLY when one names no place, else 0."""
    if a.unplaced or b.unplaced:
        return COUNTRY_ONLY  # nothing to disagree on: merging decides by uniqueness (tasks.resolve)
    same_admin1 = a.admin1 == b.admin1
    if a.is_town and b.is_town:  # two Bijapurs in two states are two places; border towns can be one
        close = distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= SAME_PLACE_KM
        return SAME_PLACE if close or (same_admin1 and a.location == b.location) else NO_SHARED_PLACE
    if a.admin1 and b.admin1 and not same_admin1:
        return NO_SHARED_PLACE
    if a.specific and a.location == b.location:
        return SAME_PLACE
    return SAME_ADMIN1 if a.admin1 and same_admin1 else NO_SHARED_PLACE


def places_need_same_day(a: Place, b: Place) -> bool:
    """True when two reports name different places the gazetteer could not resolve.

    They may be one incident (an ambush "between Banibangou and Tiloa") or two villages hit a day
    apart, so they agree only when both reports put the incident on the same day. So do a town and a
    differently named place the gazetteer holds no town for ("Dera Ismail Khan" and "Kurram" district).
    """
    return a.specific and b.specific and not (a.is_town and b.is_town) and a.location != b.location


def attack_types_agree(a: Report, b: Report) -> bool:
    """True when two reports' attack types can describe one event."""
    first, second = a.attack_type, b.attack_type
    if UNKNOWN_TYPE in (first, second) or first == second or frozenset((first, second)) in COMPATIBLE_ATTACK_TYPES:
        return True
    if frozenset((first, second)) in CORROBORATED_ATTACK_TYPES:
        same_day = a.start <= b.end and b.start <= a.end
        return same_day and a.perpetrator is not None and b.perpetrator is not None
    return False


def perpetrators_agree(a: str | None, b: str | None) -> bool:
    """True when two perpetrators may be one: either unnamed, the same name, or one family."""
    return a is None or b is None or a == b or bool(perpetrator_families(a) & perpetrator_families(b))


@lru_cache(maxsize=4096)
def perpetrator_families(name: str) -> frozenset[str]:
    """The families a group's name belongs to, or the name itself when it belongs to none."""
    folded = normalise_name(name)
    families = frozenset(family for family, pattern in PERPETRATOR_FAMILIES if pattern.search(folded))
    state = state_force_country(name)
    if state is not None:
        families |= {f"state forces {state}"}  # "Iraqi air force" and "Iraqi military" are one actor
    return families or frozenset({folded})


def distance_km(lat_a: float | None, lon_a: float | None, lat_b: float | None, lon_b: float | None) -> float:
    """Great-circle distance, infinite when a point is missing."""
    if lat_a is None or lon_a is None or lat_b is None or lon_b is None:
        return math.inf
    phi_a, phi_b = math.radians(lat_a), math.radians(lat_b)
    d_phi, d_lambda = phi_b - phi_a, math.radians(lon_b - lon_a)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi_a) * math.cos(phi_b) * math.sin(d_lambda / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@lru_cache(maxsize=65536)
def normalise_name(value: object) -> str:
    """A place name folded for comparison: no accents, case, punctuation or doubled spaces."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


@lru_cache(maxsize=65536)
def normalise_admin1(value: object) -> str:
    """An admin1 name without the generic words around it ("Kirkuk Governorate" -> "kirkuk")."""
    return " ".join(ADMIN1_NOISE.sub(" ", normalise_name(value)).split())

"""Resolve stage: merge the incident mentions of several articles into real-world incidents."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

GEO_RANK = {"place": 3, "admin1": 2, "country": 1, None: 0}
# Attack types that describe the same event at different grain, so a report of one may
# be the same incident as a report of the other.
COMPATIBLE_ATTACK_TYPES = {
    frozenset({"armed_assault", "clash"}),
    frozenset({"armed_assault", "facility_attack"}),
    frozenset({"armed_assault", "assassination"}),
    frozenset({"bombing_explosion", "airstrike_shelling"}),
    # Raids on bases often add rockets or mortars, and reports differ on which they lead with.
    frozenset({"armed_assault", "airstrike_shelling"}),
}
FIGURE_FIELDS = ("killed", "wounded")
CATEGORICAL_FIELDS = ("perpetrator", "attack_type", "target_type")


@dataclass
class Cluster:
    """Mentions believed to report one incident."""

    members: list[dict] = field(default_factory=list)

    @property
    def first(self) -> dict:
        """The earliest-reported mention, which names the incident."""
        return self.members[0]


def mention_day(mention: dict) -> date | None:
    """The day a mention's incident happened, or failing that the day it was reported."""
    value = mention.get("event_date") or mention.get("article_date")
    if value is None:
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def compatible(mention: dict, cluster: Cluster, window_days: int) -> bool:
    """True when a mention can report the same incident as every member of a cluster."""
    return all(_pair_compatible(mention, member, window_days) for member in cluster.members)


def cluster_mentions(mentions: list[dict], window_days: int = 1) -> list[Cluster]:
    """Group mentions into incidents, comparing each only with clusters of its country and nearby days."""
    ordered = sorted(mentions, key=lambda m: (str(m.get("published_at") or ""), m["article_id"], m["mention_index"]))
    clusters: list[Cluster] = []
    index: dict[tuple[str, date | None], list[Cluster]] = defaultdict(list)
    for mention in ordered:
        day = mention_day(mention)
        country = mention.get("country_code") or ""
        candidates: list[Cluster] = []
        if day is not None:
            for offset in range(-window_days, window_days + 1):
                candidates.extend(index.get((country, day + timedelta(days=offset)), []))
        chosen = next((c for c in sorted(candidates, key=clusters.index) if compatible(mention, c, window_days)), None)
        if chosen is None:
            chosen = Cluster()
            clusters.append(chosen)
            index[(country, day)].append(chosen)
        chosen.members.append(mention)
    return clusters


def incident_id(cluster: Cluster) -> str:
    """A stable id: the hash of the first report's article and mention position."""
    first = cluster.first
    return hashlib.sha256(f"{first['article_id']}#{first['mention_index']}".encode()).hexdigest()[:20]


def merge_cluster(cluster: Cluster) -> dict:
    """One incident row from a cluster's mentions, figures resolved by schema.md's rules."""
    members = cluster.members
    latest_first = list(reversed(members))
    incident = {key: value for key, value in cluster.first.items() if key not in ("article_id", "mention_index")}
    evidence = dict(cluster.first.get("evidence") or {})
    for name in FIGURE_FIELDS:
        reported = [m for m in latest_first if m.get(name) is not None]
        if not reported:
            continue
        best = reported[0]  # the latest report wins: it carries revised tolls
        lows = [m.get(f"{name}_low") if m.get(f"{name}_low") is not None else m[name] for m in reported]
        highs = [m.get(f"{name}_high") for m in reported]
        incident[name] = best[name]
        incident[f"{name}_low"] = min(lows)
        incident[f"{name}_high"] = None if any(h is None for h in highs) else max(highs)
        _take_evidence(evidence, best, name)
    for name in ("kidnapped", "perpetrators_killed"):
        reported = [m for m in latest_first if m.get(name) is not None]
        if reported:
            incident[name] = reported[0][name]
            _take_evidence(evidence, reported[0], name)
    for name in CATEGORICAL_FIELDS:
        values = Counter(m.get(name) for m in members if m.get(name) not in (None, "Unknown", "unknown", "other"))
        if values:
            value = max(values, key=lambda v: (values[v], -_first_position(members, name, v)))
            incident[name] = value
            _take_evidence(evidence, next(m for m in members if m.get(name) == value), name)
    incident["claimed"] = any(m.get("claimed") for m in members)
    incident["suicide"] = any(m.get("suicide") for m in members)
    incident["weapons"] = sorted({w for m in members for w in (m.get("weapons") or [])})
    best_place = max(members, key=lambda m: GEO_RANK.get(m.get("geo_precision"), 0))
    for name in ("admin1", "location", "latitude", "longitude", "geo_precision", "country", "country_code"):
        incident[name] = best_place.get(name)
    dated = [m for m in members if m.get("event_date")]
    if dated:
        incident["event_date"], incident["date_text"] = dated[0]["event_date"], dated[0].get("date_text")
    reported_at = sorted(str(m.get("published_at")) for m in members if m.get("published_at"))
    incident.update(
        incident_id=incident_id(cluster),
        evidence=evidence,
        confidence=round(1 - _product(1 - float(m.get("confidence") or 0) for m in members), 3),
        n_articles=len({m["article_id"] for m in members}),
        n_sources=len({m.get("source") for m in members}),
        first_reported_at=members[0].get("published_at"),
        last_reported_at=max((m.get("published_at") for m in members if m.get("published_at")), default=None)
        if reported_at
        else None,
    )
    return incident


def resolve(mentions: list[dict], window_days: int = 1) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Incidents from all mentions, and each mention's (article_id, mention_index) -> incident_id."""
    incidents, assignment = [], {}
    for cluster in cluster_mentions(mentions, window_days):
        incident = merge_cluster(cluster)
        incidents.append(incident)
        for member in cluster.members:
            assignment[(member["article_id"], member["mention_index"])] = incident["incident_id"]
    return incidents, assignment


def _pair_compatible(a: dict, b: dict, window_days: int) -> bool:
    if a["article_id"] == b["article_id"]:
        return False  # one article's separate records are separate incidents by construction
    if (a.get("country_code") or "") != (b.get("country_code") or ""):
        return False
    day_a, day_b = mention_day(a), mention_day(b)
    if day_a is None or day_b is None or abs((day_a - day_b).days) > window_days:
        return False
    if a.get("geo_precision") == "place" and b.get("geo_precision") == "place":
        if _norm(a.get("location")) != _norm(b.get("location")):
            return False
    elif not (a.get("admin1") and a.get("admin1") == b.get("admin1")):
        return False
    perp_a, perp_b = a.get("perpetrator") or "Unknown", b.get("perpetrator") or "Unknown"
    if "Unknown" not in (perp_a, perp_b) and perp_a != perp_b:
        return False
    type_a, type_b = a.get("attack_type") or "unknown", b.get("attack_type") or "unknown"
    return "unknown" in (type_a, type_b) or type_a == type_b or frozenset({type_a, type_b}) in COMPATIBLE_ATTACK_TYPES


def _norm(value: object) -> str:
    return str(value or "").strip().lower()


def _take_evidence(evidence: dict, mention: dict, name: str) -> None:
    source_evidence = mention.get("evidence") or {}
    for key, value in source_evidence.items():
        if key == name or key.startswith(f"{name}_"):
            evidence[key] = value


def _first_position(members: list[dict], name: str, value: object) -> int:
    return next(i for i, m in enumerate(members) if m.get(name) == value)


def _product(values) -> float:
    result = 1.0
    for value in values:
        result *= value
    return result

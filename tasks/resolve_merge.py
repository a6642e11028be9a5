"""One incident row from the mentions that report it, figures resolved by schema.md's rules.

schema.md: when a later report revises a toll, the latest figure is best; when sources disagree, the
low/high range spans them all. A report that gives no figure does not count, and a later report of
none (zero) killed does not overturn an earlier toll: tolls get revised, they do not vanish.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

GEO_RANK = {"place": 3, "admin1": 2, "country": 1, None: 0}
RANGED_FIGURES = ("killed", "wounded")
SINGLE_FIGURES = ("kidnapped", "perpetrators_killed")
# Voted fields; these values say nothing and never outvote a real one.
VOTED_FIELDS = ("perpetrator", "attack_type", "target_type")
NON_VALUES = (None, "Unknown", "unknown", "other")
PLACE_FIELDS = ("admin1", "location", "latitude", "longitude", "geo_precision", "country", "country_code")
# Per-report fields that are not incident fields.
REPORT_FIELDS = ("article_id", "mention_index", "source", "url", "published_at", "article_date", "date")


def merge_cluster(members: list[dict], incident_id: str) -> dict:
    """One incident row from its mentions in report order (earliest first)."""
    first = members[0]
    incident = {key: value for key, value in first.items() if key not in REPORT_FIELDS}
    evidence = dict(first.get("evidence") or {})
    for name in RANGED_FIGURES:
        incident.update(resolve_ranged_figure(members, name, evidence))
    for name in SINGLE_FIGURES:
        best = best_report(members, name)
        if best is not None:
            incident[name] = best[name]
            _take_evidence(evidence, best, name)
    for name in VOTED_FIELDS:
        # The group that claimed the attack names it better than those who blame a group.
        claimed = [m for m in members if m.get("claimed")] if name == "perpetrator" else []
        winner = vote(claimed, name) or vote(members, name)
        if winner is not None:
            incident[name] = winner[name]
            _take_evidence(evidence, winner, name)
    named = [m for m in members if m.get("perpetrator") not in NON_VALUES]
    incident["claimed"] = any(m.get("claimed") for m in members)
    incident["suspected"] = not incident["claimed"] and any(m.get("suspected") for m in named)
    incident["suicide"] = any(m.get("suicide") for m in members)
    incident["weapons"] = sorted({w for m in members for w in (m.get("weapons") or [])})
    best_place = _best_place(members)
    for name in PLACE_FIELDS:
        incident[name] = best_place.get(name)
    _take_evidence(evidence, best_place, "location")
    _take_evidence(evidence, best_place, "admin1")
    dated = vote(members, "event_date")
    if dated is not None:
        incident["event_date"], incident["date_text"] = dated["event_date"], dated.get("date_text")
        _take_evidence(evidence, dated, "event_date")
    published = [m["published_at"] for m in members if m.get("published_at") is not None]
    incident.update(
        incident_id=incident_id,
        evidence=evidence,
        confidence=round(1 - _product(1 - float(m.get("confidence") or 0) for m in members), 3),
        n_articles=len({m["article_id"] for m in members}),
        n_sources=len({m.get("source") for m in members}),
        first_reported_at=min(published, key=_utc) if published else None,
        last_reported_at=max(published, key=_utc) if published else None,
    )
    return incident


def resolve_ranged_figure(members: list[dict], name: str, evidence: dict) -> dict:
    """`name`, `name_low`, `name_high` across reports: the latest figure is best, the range spans all."""
    best = best_report(members, name)
    if best is None:
        return {}
    counted = [m for m in members if m.get(name) is not None and (m[name] > 0 or best[name] == 0)]
    lows = [m.get(f"{name}_low") if m.get(f"{name}_low") is not None else m[name] for m in counted]
    highs = [m.get(f"{name}_high") for m in counted]
    _take_evidence(evidence, best, name)
    return {
        name: best[name],
        f"{name}_low": min(lows),
        f"{name}_high": None if any(h is None for h in highs) else max(highs),  # None: no upper bound
    }


def best_report(members: list[dict], name: str) -> dict | None:
    """The report whose figure for `name` wins: the latest, a positive figure over a later zero."""
    reported = [(index, m) for index, m in enumerate(members) if m.get(name) is not None]
    if not reported:
        return None
    return max(reported, key=lambda pair: (pair[1][name] > 0, pair[0]))[1]


def vote(members: list[dict], name: str) -> dict | None:
    """The earliest report of the value most reports give for `name` (non-values never win)."""
    counts = Counter(str(m.get(name)) for m in members if m.get(name) not in NON_VALUES)
    if not counts:
        return None
    top = max(counts.values())
    return next(m for m in members if m.get(name) not in NON_VALUES and counts[str(m.get(name))] == top)


def _best_place(members: list[dict]) -> dict:
    """The most precise place, the one most reports name when several are equally precise."""
    locations = Counter((m.get("geo_precision"), m.get("location")) for m in members)
    return max(
        members,
        key=lambda m: (GEO_RANK.get(m.get("geo_precision"), 0), locations[(m.get("geo_precision"), m.get("location"))]),
    )


def _take_evidence(evidence: dict, mention: dict, name: str) -> None:
    for key, value in (mention.get("evidence") or {}).items():
        if key == name or key.startswith(f"{name}_"):
            evidence[key] = value


def _utc(value: object) -> str:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).astimezone(timezone.utc).isoformat()
    return str(value)


def _product(values) -> float:
    result = 1.0
    for value in values:
        result *= value
    return result

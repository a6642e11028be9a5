"""One incident row from the mentions that report it, figures resolved by schema.md's rules.

schema.md: when a later report revises a toll, the latest figure is best; when sources disagree, the
low/high range spans them all. A report that gives no figure does not count, and a later report of
none (zero) killed does not overturn an earlier toll: tolls get revised, they do not vanish.

Plausibility (tasks.plausibility): as a careful coder sets aside the one outlet that printed an absurd
toll when the others agree, a report whose field failed a check (a flagged figure, date or place; every
field of a satire page) is left out of that field's choice and range whenever an unflagged report gives
the field. Only when none does is the flagged value taken, and then the incident carries the flag
(`standing_flags`). Set-aside reports keep their flags in `incident_articles`.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timezone

from tasks.plausibility import WHOLE_REPORT, doubted, flag_scope

GEO_RANK = {"place": 3, "admin1": 2, "country": 1, None: 0}
RANGED_FIGURES = ("killed", "wounded")
SINGLE_FIGURES = ("kidnapped", "perpetrators_killed")
# Voted fields; these values say nothing and never outvote a real one.
VOTED_FIELDS = ("perpetrator", "attack_type", "target_type")
NON_VALUES = (None, "Unknown", "unknown", "other")
PLACE_FIELDS = ("admin1", "location", "latitude", "longitude", "geo_precision", "country", "country_code")
# Per-report fields that are not incident fields.
REPORT_FIELDS = ("article_id", "mention_index", "source", "url", "published_at", "article_date", "date")
# The field whose presence says a report gives a flag scope's value.
SCOPE_FIELDS = {"place": "country_code"}


def merge_cluster(members: list[dict], incident_id: str) -> dict:
    """One incident row from its mentions in report order (earliest first)."""
    credible = trusted(members, WHOLE_REPORT)  # a satire page's claims count only when nothing else reports it
    first = credible[0]
    incident = {key: value for key, value in first.items() if key not in REPORT_FIELDS}
    evidence = dict(first.get("evidence") or {})
    for name in RANGED_FIGURES:
        incident.update(resolve_ranged_figure(trusted(members, name), name, evidence))
    for name in SINGLE_FIGURES:
        best = best_report(trusted(members, name), name)
        if best is not None:
            incident[name] = best[name]
            _take_evidence(evidence, best, name)
    for name in VOTED_FIELDS:
        # The group that claimed the attack names it better than those who blame a group.
        pool = trusted(members, name)
        claimed = [m for m in pool if m.get("claimed")] if name == "perpetrator" else []
        winner = vote(claimed, name) or vote(pool, name)
        if winner is not None:
            incident[name] = winner[name]
            _take_evidence(evidence, winner, name)
    named = [m for m in credible if m.get("perpetrator") not in NON_VALUES]
    incident["claimed"] = any(m.get("claimed") for m in credible)
    incident["suspected"] = not incident["claimed"] and any(m.get("suspected") for m in named)
    incident["suicide"] = any(m.get("suicide") for m in credible)
    weapons_told = {w for m in credible for w in (m.get("weapons") or [])}
    # one report's "unknown" says only that it named none: another's "firearms" settles it
    incident["weapons"] = sorted(weapons_told - {"unknown"} or weapons_told)
    best_place = _best_place(trusted(members, "place"))
    for name in PLACE_FIELDS:
        incident[name] = best_place.get(name)
    _take_evidence(evidence, best_place, "location")
    _take_evidence(evidence, best_place, "admin1")
    dated = vote(trusted(members, "event_date"), "event_date")
    if dated is not None:
        incident["event_date"], incident["date_text"] = dated["event_date"], dated.get("date_text")
        _take_evidence(evidence, dated, "event_date")
    published = [m["published_at"] for m in members if m.get("published_at") is not None]
    incident.update(
        incident_id=incident_id,
        evidence=evidence,
        flags=standing_flags(members),
        confidence=round(1 - _product(1 - float(m.get("confidence") or 0) for m in members), 3),
        n_articles=len({m["article_id"] for m in members}),
        n_sources=len({m.get("source") for m in members}),
        first_reported_at=min(published, key=_utc) if published else None,
        last_reported_at=max(published, key=_utc) if published else None,
    )
    return incident


def trusted(members: list[dict], scope: str) -> list[dict]:
    """The reports whose `scope` passed the plausibility checks, in order; all reports if none of those gives it."""
    plausible = [m for m in members if not doubted(m.get("flags"), scope)]
    return plausible if _gives(plausible, scope) else members


def standing_flags(members: list[dict]) -> list[str]:
    """The members' flags still in force on the incident: those on a field no unflagged report gives."""
    flags = {flag for m in members for flag in (m.get("flags") or ())}
    return sorted(
        flag for flag in flags
        if not _gives([m for m in members if not doubted(m.get("flags"), flag_scope(flag))], flag_scope(flag))
    )


def _gives(reports: list[dict], scope: str) -> bool:
    name = SCOPE_FIELDS.get(scope, scope)
    return any(name == WHOLE_REPORT or m.get(name) is not None for m in reports)


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

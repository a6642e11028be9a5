"""Resolve stage: merge the incident mentions of several articles into real-world incidents.

Two mentions may report the same incident when all of these hold (rules as data in tasks.resolve_rules):
- they come from different articles (one article's records are separate incidents by construction);
- same country, and their days lie within `window_days` (a mention's day is its event date; an
  undated mention stands for the days just before it was published, UNDATED_LOOKBACK_DAYS);
- they share a place: the same town (same name, or gazetteer points within SAME_PLACE_KM), or a town
  inside the admin1 the other report names, or the same admin1 when neither names a resolved town
  (two different unresolved place names in one admin1 must also share the day);
- their perpetrators agree (`Unknown` agrees with any group; PERPETRATOR_FAMILIES: "Boko Haram" and
  ISWAP, a branch and its parent) and their attack types agree at some grain (COMPATIBLE_ATTACK_TYPES:
  a raid called an armed assault by one outlet and a facility attack by another; a bombing and an
  assault only when both name the group and the day, as in a siege opened by a car bomb).
A cluster only holds mutually compatible mentions (complete linkage), so a vague report cannot chain
two different incidents together; a mention compatible with several clusters joins the one it agrees
with best (`affinity`). Candidate clusters come from (country, admin1 | place | grid cell, day)
blocks, so resolving is near-linear in the number of mentions.

Incident ids are stable. A new incident's id is the hash of its first report's (article_id,
mention_index), minted once; `resolve(..., previous=...)` keeps every previously assigned mention
in its incident, so reruns give identical rows, late or backfilled reports join existing incidents,
and no landed incident is renamed. Tables, as incidentwire.pipeline writes them:
- `articles`, `mentions`: replace (one date partition per landed day);
- `incidents`, `incident_articles`: merge (recomputed from the landed mentions, keeping landed ids:
  all of them, or the run's window and the incidents it touches (incidentwire/resolve_window.py);
  only partitions whose rows changed are rewritten, emptied partitions removed);
- `runs`, `fetch_failures`: append (one file per run).
Incident rows (figures, counts, first/last reported) are built by tasks.resolve_merge.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterable, Mapping

from tasks.resolve_merge import merge_cluster
from tasks.resolve_rules import (
    NO_SHARED_PLACE,
    Place,
    Report,
    as_day,
    attack_types_agree,
    days_agree,
    instant,
    perpetrators_agree,
    places_agree,
    places_need_same_day,
)

# Blocking cell for town coordinates: wider than SAME_PLACE_KM up to about 54 degrees of latitude.
GRID_DEGREES = 0.25
# Fields whose change means a landed mention must be placed again rather than keep its incident.
MATCH_FIELDS = (
    "country_code", "admin1", "location", "geo_precision", "latitude", "longitude", "event_date",
    "article_date", "published_at", "perpetrator", "attack_type",
)


@dataclass
class Cluster:
    """Reports believed to describe one incident, with the facts complete linkage checks against."""

    order: int
    incident_id: str | None = None
    reports: list[Report] = field(default_factory=list)
    article_ids: set[str] = field(default_factory=set)
    latest_start: date = date.min  # every member allows days from here...
    earliest_end: date = date.max  # ...to here, give or take the window
    perpetrators: set[str] = field(default_factory=set)
    attack_types: set[str] = field(default_factory=set)
    target_types: set[str] = field(default_factory=set)
    places: dict[Place, tuple[date, date]] = field(default_factory=dict)  # days every report there allows

    def add(self, report: Report) -> None:
        """Take a report in and narrow what later reports must agree with."""
        self.reports.append(report)
        self.article_ids.add(report.article_id)
        self.latest_start, self.earliest_end = max(self.latest_start, report.start), min(self.earliest_end, report.end)
        if report.perpetrator is not None:
            self.perpetrators.add(report.perpetrator)
        self.attack_types.add(report.attack_type)
        if report.target_type:
            self.target_types.add(report.target_type)
        start, end = self.places.get(report.place, (date.min, date.max))
        self.places[report.place] = (max(start, report.start), min(end, report.end))

    @property
    def first(self) -> Report:
        """The earliest report."""
        return min(self.reports, key=lambda report: report.key)


def affinity(report: Report, cluster: Cluster, window_days: int) -> tuple | None:
    """How well a report fits a cluster (higher is better), or None when it may not join it.

    A report joins only when it agrees with every member (complete linkage); among the clusters it may
    join, it prefers the same town, then more agreeing details, then the nearest days, then the oldest.
    """
    first = cluster.reports[0]
    if report.article_id in cluster.article_ids or report.country != first.country:
        return None
    if not days_agree(report, cluster.latest_start, cluster.earliest_end, window_days):
        return None
    if not all(perpetrators_agree(report.perpetrator, other) for other in cluster.perpetrators):
        return None
    if not all(_types_agree(report, other, cluster) for other in cluster.attack_types):
        return None
    place_scores = []
    for place, (start, end) in cluster.places.items():
        score = places_agree(report.place, place)
        if score == NO_SHARED_PLACE:
            return None
        if places_need_same_day(report.place, place) and not (report.start <= end and start <= report.end):
            return None
        place_scores.append(score)
    agreements = (
        (report.perpetrator in cluster.perpetrators)
        + (report.attack_type in cluster.attack_types)
        + (report.target_type in cluster.target_types)
    )
    gap = max(0, (report.start - cluster.earliest_end).days, (cluster.latest_start - report.end).days)
    return (max(place_scores), agreements, -gap, -cluster.order)


def cluster_mentions(
    mentions: list[dict], window_days: int = 1, previous: Mapping[tuple[str, int], str] | None = None
) -> list[Cluster]:
    """Group mentions into incidents; mentions in `previous` stay in the incident they were given."""
    reports = [Report.of(mention) for mention in mentions]
    clusters, placed = _previous_clusters(reports, previous or {}, window_days)
    blocks: dict[tuple, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        _index(blocks, cluster, window_days)
    for report in sorted((r for r in reports if id(r) not in placed), key=lambda r: r.key):
        best, best_score, seen, fits = None, None, set(), 0
        for key in _block_keys(report, window_days, neighbour_cells=True):
            for cluster in blocks.get(key, ()):
                if cluster.order in seen:
                    continue
                seen.add(cluster.order)
                score = affinity(report, cluster, window_days)
                fits += score is not None
                if score is not None and (best_score is None or score > best_score):
                    best, best_score = cluster, score
        if report.place.unplaced and fits > 1:
            best = None  # "an attack in Niger" fits two incidents there: it may be either, or a third
        if best is None:
            best = Cluster(order=len(clusters))
            clusters.append(best)
            best.add(report)
            _index(blocks, best, window_days)
        else:
            best.add(report)
    return clusters


def resolve(
    mentions: list[dict], window_days: int = 1, previous: Mapping[tuple[str, int], str] | None = None,
    taken: Iterable[str] = (),
) -> tuple[list[dict], dict[tuple[str, int], str]]:
    """Incidents from all mentions, and each mention's (article_id, mention_index) -> incident_id; `taken`: ids not to mint."""
    clusters = cluster_mentions(mentions, window_days, previous)
    taken = {*taken, *(c.incident_id for c in clusters if c.incident_id)}
    incidents, assignment = [], {}
    for cluster in clusters:
        if cluster.incident_id is None:
            cluster.incident_id = incident_id(cluster.first.mention, taken)
            taken.add(cluster.incident_id)
        members = [r.mention for r in sorted(cluster.reports, key=lambda r: r.key)]
        incidents.append(merge_cluster(members, cluster.incident_id))
        for member in members:
            assignment[(member["article_id"], int(member["mention_index"]))] = cluster.incident_id
    return incidents, assignment


def incident_id(mention: dict, taken: set[str]) -> str:
    """A new incident's id: the hash of its first report's article and mention position, unused so far."""
    seed = f"{mention['article_id']}#{mention['mention_index']}"
    candidate, attempt = hashlib.sha256(seed.encode()).hexdigest()[:20], 1
    while candidate in taken:  # the seed's old incident kept its id after the seed itself changed
        attempt += 1
        candidate = hashlib.sha256(f"{seed}#{attempt}".encode()).hexdigest()[:20]
    return candidate


def kept_assignment(previous_links: Iterable[dict], mentions: Iterable[dict]) -> dict[tuple[str, int], str]:
    """The landed (article_id, mention_index) -> incident_id of mentions whose matching fields are unchanged."""
    current = {(m["article_id"], int(m["mention_index"])): m for m in mentions}
    kept = {}
    for link in previous_links:
        key = (link["article_id"], int(link["mention_index"]))
        mention = current.get(key)
        if mention is not None and all(_same(link.get(name), mention.get(name)) for name in MATCH_FIELDS):
            kept[key] = link["incident_id"]
    return kept


def _previous_clusters(
    reports: list[Report], previous: Mapping[tuple[str, int], str], window_days: int
) -> tuple[list[Cluster], set[int]]:
    """Clusters rebuilt from a previous assignment (oldest first); a report that no longer fits is let go."""
    grouped: dict[str, list[Report]] = defaultdict(list)
    for report in reports:
        incident = previous.get((report.article_id, report.key[2]))
        if incident is not None:
            grouped[incident].append(report)
    clusters, placed = [], set()
    for incident, members in sorted(grouped.items(), key=lambda item: min(r.key for r in item[1])):
        cluster = Cluster(order=len(clusters), incident_id=incident)
        for report in sorted(members, key=lambda r: r.key):
            if not cluster.reports or affinity(report, cluster, window_days) is not None:
                cluster.add(report)
                placed.add(id(report))
        clusters.append(cluster)
    return clusters, placed


def _index(blocks: dict[tuple, list[Cluster]], cluster: Cluster, window_days: int) -> None:
    """File a cluster under its first report's blocks (the lookup widens by the window and cells).

    A report may join only if it agrees with every member, so it shares a block with the first one.
    """
    for key in _block_keys(cluster.reports[0], 0, neighbour_cells=False):
        blocks[key].append(cluster)


def _block_keys(report: Report, window_days: int, neighbour_cells: bool) -> Iterable[tuple]:
    """(country, admin1 | town name | coordinate cell | country | unplaced, day) for each day the report allows, +- window."""
    if report.start == date.min:
        return
    place = report.place
    cells = []
    if place.is_town and place.latitude is not None and place.longitude is not None:
        row, column = math.floor(place.latitude / GRID_DEGREES), math.floor(place.longitude / GRID_DEGREES)
        steps = (-1, 0, 1) if neighbour_cells else (0,)
        cells = [(row + d_row, column + d_column) for d_row in steps for d_column in steps]
    for offset in range(-window_days, (report.end - report.start).days + window_days + 1):
        day = report.start + timedelta(days=offset)
        # A report that names only the country looks at every incident there; a cluster it started is
        # filed under "unplaced" for every later report to look at.
        if neighbour_cells:  # looking up
            yield (report.country, "country" if place.unplaced else "unplaced", day)
        else:  # filing a cluster
            yield (report.country, "country", day)
            if place.unplaced:
                yield (report.country, "unplaced", day)
        if place.admin1:
            yield (report.country, "admin1", place.admin1, day)
        if place.location:
            yield (report.country, "location", place.location, day)
        for cell in cells:
            yield (report.country, "cell", cell, day)


def _types_agree(report: Report, attack_type: str, cluster: Cluster) -> bool:
    """True when a report's attack type agrees with every member of the cluster that has `attack_type`."""
    if report.attack_type == attack_type:
        return True
    return all(attack_types_agree(report, member) for member in cluster.reports if member.attack_type == attack_type)


def _same(landed: object, current: object) -> bool:
    if isinstance(landed, datetime) or isinstance(current, datetime):
        return instant(landed) == instant(current)
    if isinstance(landed, date) or isinstance(current, date):
        return as_day(landed) == as_day(current)
    if isinstance(landed, float) or isinstance(current, float):
        return landed is not None and current is not None and math.isclose(float(landed), float(current))
    return landed == current

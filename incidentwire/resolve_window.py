"""Resolve over the warehouse: the full resolve, and a windowed one that reads a bounded slice of history.

Windowed (`days` given, the days a run landed): the window is article days [min(days) - horizon,
max(days) + horizon]. Its mentions, and the landed links of that window, name the affected incidents;
every member link of those incidents is loaded too (an incident row's first/last_reported_at bound its
members' article days, found by a light scan of three `incidents` columns), so each incident is either
fully loaded or untouched. Only the loaded mentions are clustered, keeping their landed ids, and the
results are merged back: a partition is rewritten only where an affected incident or link sits and its
rows changed. Links are the source of truth for `previous`, so a rerun after a crash between the two
tables recomputes the same rows and repairs the links. Whenever the window holds every mention that a
changed one could match, the tables equal the full resolve's (tests/test_resolve_window.py).

A member outside the window was not landed again this run, so its landed link row stands for its mention.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable

import pyarrow as pa
import pyarrow.compute as pc

from tasks import land, resolve
from tasks.failpoints import failpoint
from tasks.resolve_rules import as_day

INCIDENT_SORT = ("incident_id",)
LINK_SORT = ("article_id", "mention_index")
INDEX_COLUMNS = ["incident_id", "first_reported_at", "last_reported_at"]


def resolve_warehouse(
    warehouse: Path, window_days: int, days: Iterable[date] | None = None, horizon_days: int = 30
) -> dict:
    """Merge landed mentions into incidents, keeping landed ids: all of them, or (with `days`) a bounded window."""
    if days is None:
        return resolve_full(warehouse, window_days)
    return resolve_window(warehouse, window_days, days, horizon_days)


def resolve_full(warehouse: Path, window_days: int) -> dict:
    """Merge every landed mention into incidents (tasks.resolve.kept_assignment keeps landed ids); rewrite changed partitions."""
    mentions = [as_mention(row) for row in land.read_rows(warehouse, "mentions")]
    previous = resolve.kept_assignment(land.read_rows(warehouse, "incident_articles"), mentions)
    incidents, assignment = resolve.resolve(mentions, window_days, previous)
    links = [{**mention, "incident_id": assignment[mention_key(mention)]} for mention in mentions]
    incident_stats = land.sync_partitions(warehouse, "incidents", incidents, incident_day, sort_by=INCIDENT_SORT)
    failpoint("resolve.between_tables")
    link_stats = land.sync_partitions(
        warehouse, "incident_articles", links, lambda row: row["article_date"], sort_by=LINK_SORT
    )
    return {
        "incidents": len(incidents),
        "kept_links": len(previous),
        "incident_partitions": incident_stats,
        "link_partitions": link_stats,
    }


def resolve_window(warehouse: Path, window_days: int, days: Iterable[date], horizon_days: int) -> dict:
    """Resolve only the incidents the window's mentions touch, merging the results into the landed tables."""
    # widened by the merge window (+1 for undated reports): a report at the horizon's edge sees every incident it could join
    window = window_of(days, horizon_days + window_days + 1)
    mentions = {mention_key(m): m for m in map(as_mention, land.read_rows(warehouse, "mentions", window))}
    link_days = set(window) | {as_day(m["article_date"]) for m in mentions.values()}
    link_parts = _rows_by_day(warehouse, "incident_articles", link_days)
    affected = {link["incident_id"] for rows in link_parts.values() for link in rows}
    index = IncidentIndex.scan(warehouse)
    member_days = {str(day) for _, first, last in index.lookup(affected).values() for day in days_between(first, last)}
    link_parts.update(_rows_by_day(warehouse, "incident_articles", member_days - set(link_parts)))
    old_links = [link for rows in link_parts.values() for link in rows if link["incident_id"] in affected]
    in_window = set(window)
    for link in old_links:
        # In the window a link without a mention is one the run removed; outside it the link is the mention.
        if mention_key(link) not in mentions and as_day(link["article_date"]) not in in_window:
            mentions[mention_key(link)] = as_mention(link)
    loaded = list(mentions.values())
    previous = resolve.kept_assignment(old_links, loaded)
    incidents, assignment = _resolve_unclashed(warehouse, index, loaded, window_days, previous, affected)
    replaced = affected | {incident["incident_id"] for incident in incidents}
    by_day: dict[str, list[dict]] = defaultdict(list)
    for incident in incidents:
        by_day[incident_day(incident)].append(incident)
    touched = set(by_day) | {day for day, _, _ in index.lookup(replaced).values()}
    incident_stats = _merge(warehouse, "incidents", touched, by_day, lambda row: row["incident_id"] in replaced, {})
    failpoint("resolve.between_tables")
    links_by_day: dict[str, list[dict]] = defaultdict(list)
    for mention in loaded:
        links_by_day[str(as_day(mention["article_date"]))].append({**mention, "incident_id": assignment[mention_key(mention)]})
    link_touched = set(links_by_day) | {str(as_day(link["article_date"])) for link in old_links}
    stale = lambda row: row["incident_id"] in affected or mention_key(row) in mentions  # noqa: E731
    link_stats = _merge(warehouse, "incident_articles", link_touched, links_by_day, stale, link_parts)
    return {
        "incidents": index.count_without(replaced) + len(incidents),
        "kept_links": len(previous),
        "loaded_mentions": len(loaded),
        "window": [str(window[0]), str(window[-1])] if window else [],
        "incident_partitions": incident_stats,
        "link_partitions": link_stats,
    }


@dataclass
class IncidentIndex:
    """incident_id, first/last_reported_at of every landed incident, per partition day (three columns only)."""

    parts: list[tuple[str, pa.Table]]

    @classmethod
    def scan(cls, warehouse: Path) -> "IncidentIndex":
        """Read the index columns of every `incidents` file."""
        parts = []
        for name in land.table_files(warehouse, "incidents"):
            day = name.split("/", 1)[0].removeprefix("date=")
            parts.append((day, land.read_table_file(warehouse, "incidents", name, columns=INDEX_COLUMNS)))
        return cls(parts)

    def lookup(self, ids: set[str]) -> dict[str, tuple[str, datetime | None, datetime | None]]:
        """id -> (partition day, first_reported_at, last_reported_at) for the given ids that are landed."""
        found, wanted = {}, pa.array(sorted(ids), pa.string())
        for day, table in self.parts:
            for row in table.filter(pc.is_in(table["incident_id"], value_set=wanted)).to_pylist():
                found[row["incident_id"]] = (day, row["first_reported_at"], row["last_reported_at"])
        return found

    def count_without(self, ids: set[str]) -> int:
        """Landed incidents not among `ids`."""
        wanted = pa.array(sorted(ids), pa.string())
        return sum(len(t) - (pc.sum(pc.is_in(t["incident_id"], value_set=wanted)).as_py() or 0) for _, t in self.parts)


def _resolve_unclashed(
    warehouse: Path, index: IncidentIndex, mentions: list[dict], window_days: int, previous: dict, affected: set[str]
) -> tuple[list[dict], dict]:
    """resolve.resolve, never minting the id of an unloaded incident that still has links (the full resolve keeps those)."""
    taken: set[str] = set()
    while True:
        incidents, assignment = resolve.resolve(mentions, window_days, previous, taken)
        minted = {incident["incident_id"] for incident in incidents} - set(previous.values()) - affected
        clashes = set()
        for incident, (_, first, last) in index.lookup(minted).items():
            # An id whose row a crashed run wrote but whose links it never did is free, as in the full resolve.
            links = land.read_rows(warehouse, "incident_articles", days_between(first, last))
            clashes.update(link["incident_id"] for link in links if link["incident_id"] == incident)
        if not clashes - taken:
            return incidents, assignment
        taken |= clashes


def _merge(warehouse: Path, table: str, days: set, new_by_day: dict, stale, cache: dict) -> dict:
    """Per partition day: drop the stale rows, add the recomputed ones, write only if the rows changed."""
    sort_by = INCIDENT_SORT if table == "incidents" else LINK_SORT
    stats = {"written": 0, "unchanged": 0, "removed": 0}
    for day in sorted(str(d) for d in days):
        old = cache[day] if day in cache else land.read_rows(warehouse, table, [day])
        rows = land.sorted_rows([row for row in old if not stale(row)] + new_by_day.get(day, []), sort_by)
        if not rows:
            if old:
                land.replace_partition(warehouse, table, day, [], sort_by)
                stats["removed"] += 1
            continue
        if old and land.to_arrow(table, old).equals(land.to_arrow(table, rows)):
            stats["unchanged"] += 1
            continue
        land.replace_partition(warehouse, table, day, rows, sort_by)
        stats["written"] += 1
    return stats


def _rows_by_day(warehouse: Path, table: str, days: Iterable[date | str]) -> dict[str, list[dict]]:
    """A table's rows of the given partition days, by day (days with no partition map to [])."""
    parts: dict[str, list[dict]] = {str(day): [] for day in days}
    for row in land.read_rows(warehouse, table, sorted(parts)):
        parts[row["date"]].append(row)
    return parts


def window_of(days: Iterable[date], horizon_days: int) -> list[date]:
    """Every day from min(days) - horizon to max(days) + horizon ([] when no day was processed)."""
    days = [as_day(day) for day in days]
    if not days:
        return []
    first, last = min(days) - timedelta(days=horizon_days), max(days) + timedelta(days=horizon_days)
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


def days_between(first: datetime | None, last: datetime | None) -> list[date]:
    """Article days a member published between `first` and `last` may carry (a day's slack for time zones)."""
    if first is None or last is None:
        return []
    start, end = first.date() - timedelta(days=1), last.date() + timedelta(days=1)
    return [start + timedelta(days=offset) for offset in range((end - start).days + 1)]


def as_mention(row: dict) -> dict:
    """A `mentions` (or `incident_articles`) row as resolve takes it: evidence parsed, partition and incident keys dropped."""
    mention = {key: value for key, value in row.items() if key not in ("date", "incident_id")}
    mention["evidence"] = json.loads(mention["evidence"]) if mention.get("evidence") else {}
    return mention


def mention_key(row: dict) -> tuple[str, int]:
    """A mention's (article_id, mention_index)."""
    return row["article_id"], int(row["mention_index"])


def incident_day(row: dict) -> str:
    """An incident's partition day: its event date, else the day it was first reported."""
    if row.get("event_date"):
        return str(row["event_date"])[:10]
    return str(row["first_reported_at"])[:10]

"""Windowed resolve: the same tables as the full resolve, reading a bounded slice and leaving the rest untouched."""

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from incidentwire import resolve_window as rw
from tasks import land

START = date(2026, 1, 1)
DAYS = 45
HORIZON = 20  # smaller than the default 30 so that 45 days of history reach past the window
REACH = HORIZON + 1 + 1  # the window is widened by the merge window (1 day here) and a day for undated reports
# Far-apart towns in different provinces: reports at different towns never merge.
TOWNS = {
    "Baqubah": ("Diyala", 33.7466, 44.6437),
    "Mosul": ("Nineveh", 36.3400, 43.1300),
    "Kirkuk": ("Kirkuk", 35.4681, 44.3922),
    "Ramadi": ("Anbar", 33.4258, 43.2992),
}


def day(n: int) -> date:
    return START + timedelta(days=n)


def mention(article_id, landed, event, town, country_code="IQ", index=0, **fields):
    admin1, latitude, longitude = TOWNS[town]
    row = {
        "article_id": article_id, "mention_index": index, "source": fields.pop("source", "s1"), "url": f"http://x/{article_id}",
        "published_at": datetime.combine(day(landed), datetime.min.time(), timezone.utc) + timedelta(hours=8),
        "article_date": day(landed), "event_date": day(event), "country": "Iraq", "country_code": country_code,
        "admin1": admin1, "location": town, "geo_precision": "place", "latitude": latitude, "longitude": longitude,
        "perpetrator": "Unknown", "attack_type": "bombing_explosion", "target_type": "police", "weapons": ["explosives"],
        "killed": 3, "killed_low": 3, "killed_high": 3, "evidence": {"killed": f"{article_id} says 3"}, "confidence": 0.7,
    }
    return {**row, **fields}


def history() -> dict[int, list[dict]]:
    """Mentions by landing day: two-report filler incidents every day, and three incidents reported over weeks."""
    by_day = {n: [] for n in range(DAYS)}
    for n in range(DAYS):
        country = ("IQ", "NG", "SO", "ML")[n % 4]  # a filler never meets its neighbours: other country or 4 days apart
        by_day[n] += [mention(f"f{n}a", n, n, "Ramadi", country), mention(f"f{n}b", n, n, "Ramadi", country, source="s2")]
    # A: three articles over four days, the last revising the toll.
    by_day[2].append(mention("a1", 2, 2, "Baqubah"))
    by_day[3].append(mention("a2", 3, 2, "Baqubah", source="s2"))
    by_day[5].append(mention("a3", 5, 2, "Baqubah", source="s3", killed=5, killed_low=5, killed_high=5))
    # C: reported on day 5 and again, 19 days later, on day 24: from day 26 on its reports straddle the window's edge.
    by_day[5].append(mention("c1", 5, 5, "Mosul", attack_type="armed_assault", weapons=["firearms"]))
    by_day[24].append(mention("c2", 24, 5, "Mosul", attack_type="armed_assault", weapons=["firearms"], killed=7))
    # B: a late report on day 38 joins an incident of day 20, inside the horizon.
    by_day[20].append(mention("b1", 20, 20, "Kirkuk"))
    by_day[21].append(mention("b2", 21, 20, "Kirkuk", source="s2"))
    by_day[38].append(mention("b3", 38, 20, "Kirkuk", source="s3", killed=4, killed_low=4, killed_high=4))
    return by_day


def land_day(warehouse: Path, n: int, rows: list[dict]) -> None:
    land.replace_partition(warehouse, "mentions", day(n), rows, sort_by=("article_id", "mention_index"))


def tables(warehouse: Path) -> dict[str, list[dict]]:
    return {
        table: sorted(land.read_rows(warehouse, table), key=lambda r: (r.get("incident_id"), r.get("article_id") or ""))
        for table in ("incidents", "incident_articles")
    }


def resolved_bytes(warehouse: Path) -> dict[str, bytes]:
    return {str(p.relative_to(warehouse)): p.read_bytes() for t in ("incidents", "incident_articles") for p in (warehouse / t).rglob("*.parquet")}


def files(warehouse: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(warehouse)): (p.stat().st_mtime_ns, p.read_bytes()) for p in warehouse.rglob("*.parquet")}


@pytest.fixture(scope="module")
def replayed(tmp_path_factory):
    """Both warehouses after landing and resolving day by day (windowed vs full), with per-day comparisons."""
    full, windowed = (tmp_path_factory.mktemp(name) / "warehouse" for name in ("full", "windowed"))
    by_day, mismatched = history(), []
    for n in range(DAYS - 1):
        for warehouse in (full, windowed):
            land_day(warehouse, n, by_day[n])
        rw.resolve_warehouse(full, 1)
        rw.resolve_warehouse(windowed, 1, [day(n)], HORIZON)
        if resolved_bytes(full) != resolved_bytes(windowed):  # one writer, so equal rows are equal bytes
            mismatched.append(n)
    return full, windowed, by_day, mismatched


def test_windowed_resolve_equals_the_full_resolve_after_every_day(replayed):
    full, windowed, _, mismatched = replayed
    assert mismatched == []
    assert tables(full) == tables(windowed)
    result = tables(windowed)
    by_article = {r["article_id"]: r["incident_id"] for r in result["incident_articles"]}
    # Checked by hand: the multi-day incidents each hold their reports, and the late reports joined them.
    assert by_article["a1"] == by_article["a2"] == by_article["a3"]
    assert by_article["c1"] == by_article["c2"] and by_article["b1"] == by_article["b2"] == by_article["b3"]
    incidents = {r["incident_id"]: r for r in result["incidents"]}
    assert (incidents[by_article["a1"]]["killed"], incidents[by_article["c1"]]["n_articles"]) == (5, 2)
    assert len(incidents) == (DAYS - 1) + 3  # a filler per day, and A, B, C


def test_last_day_reads_the_window_and_the_straddling_incident_only_and_touches_nothing_else(replayed, monkeypatch):
    full, windowed, by_day, _ = replayed
    last = DAYS - 1
    for warehouse in (full, windowed):
        land_day(warehouse, last, by_day[last])
    before = files(windowed)
    reads: list[tuple[str, set[date]]] = []
    read_rows = land.read_rows

    def counting(warehouse, table, days=None):
        reads.append((table, None if days is None else {date.fromisoformat(str(d)) for d in days}))
        return read_rows(warehouse, table, days)

    monkeypatch.setattr(land, "read_rows", counting)
    result = rw.resolve_warehouse(windowed, 1, [day(last)], HORIZON)
    monkeypatch.undo()
    rw.resolve_warehouse(full, 1)
    assert tables(full) == tables(windowed) and result["incidents"] == len(tables(full)["incidents"])

    window = {day(n) for n in range(last - REACH, last + REACH + 1)}
    assert all(days is not None for _, days in reads), "a windowed run never reads a whole table"
    assert set().union(*(days for table, days in reads if table == "mentions")) == window
    link_reads = [d for table, days in reads if table == "incident_articles" for d in days]
    link_days = set(link_reads)
    assert len(link_reads) == len(link_days), "each links partition is read once"
    # C (days 5 and 24) straddles the window's edge: its links from day 4 (a day's slack) on are read, A's (days 2-5) not.
    assert link_days - window == {day(n) for n in range(4, last - REACH)}

    after = files(windowed)
    new = {f"{table}/date={day(last)}/part-0.parquet" for table in ("incidents", "incident_articles")}
    assert set(after) == set(before) | new
    changed = {name for name in before if before[name] != after[name]}
    assert changed == set(), "only the new day's partitions are written"


def test_a_backfill_that_revises_and_moves_reports_and_a_crash_between_the_tables_converge(tmp_path, monkeypatch):
    full, windowed = tmp_path / "full", tmp_path / "windowed"
    by_day = history()
    for warehouse in (full, windowed):
        for n in range(DAYS):
            land_day(warehouse, n, by_day[n])
        rw.resolve_warehouse(warehouse, 1)
    # The backfill re-extracts day 3 (a2 now places the attack in Mosul: it leaves A), day 5 (c1 is gone),
    # days 20 and 21 (b1, b2 now date B a day later: it moves to another partition) and day 24 (C's toll revised).
    by_day[3] = [r if r["article_id"] != "a2" else mention("a2", 3, 2, "Mosul", source="s2") for r in by_day[3]]
    by_day[5] = [r for r in by_day[5] if r["article_id"] != "c1"]
    for n in (20, 21):
        by_day[n] = [{**r, "event_date": day(21)} if r["article_id"] in ("b1", "b2") else r for r in by_day[n]]
    by_day[24] = [r if r["article_id"] != "c2" else {**r, "killed": 9} for r in by_day[24]]
    backfilled = [day(n) for n in (3, 5, 20, 21, 24)]
    for warehouse in (full, windowed):
        for n in (3, 5, 20, 21, 24):
            land_day(warehouse, n, by_day[n])

    def crash(name):
        if name == "resolve.between_tables":
            raise SystemExit("crash")

    monkeypatch.setattr(rw, "failpoint", crash)
    with pytest.raises(SystemExit):
        rw.resolve_warehouse(windowed, 1, backfilled, HORIZON)
    monkeypatch.undo()
    rerun = rw.resolve_warehouse(windowed, 1, backfilled, HORIZON)
    rw.resolve_warehouse(full, 1)
    assert tables(full) == tables(windowed)
    assert rerun["incident_partitions"]["written"] == 0 and rerun["link_partitions"]["written"] > 0
    by_article = {r["article_id"]: r["incident_id"] for r in tables(windowed)["incident_articles"]}
    assert by_article["a1"] == by_article["a3"] != by_article["a2"] and by_article["a2"] != by_article["c2"]
    assert "c1" not in by_article and by_article["b1"] == by_article["b3"]
    incidents = {r["incident_id"]: r for r in tables(windowed)["incidents"]}
    assert (incidents[by_article["c2"]]["killed"], incidents[by_article["b1"]]["date"]) == (9, str(day(21)))

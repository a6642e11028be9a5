"""The daily brief's data: headline numbers, the day's incidents, trends and data quality, read from the warehouse views."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import duckdb

from tasks import land

logger = logging.getLogger(__name__)

CHART_DAYS = 90  # the trend chart always covers this many days up to the brief's day
TOP_LIST = 8  # rows in the perpetrator and attack-type lists

# An incident's day is its date partition: the event date, or the first report's date when it is unknown.
_INCIDENT_DAY = "date"


@dataclass(frozen=True)
class Headline:
    """Counts over a span of days."""

    incidents: int
    killed: int
    wounded: int
    countries: int


@dataclass(frozen=True)
class SourceLink:
    """One article that reports an incident."""

    url: str
    title: str
    source: str


@dataclass(frozen=True)
class BriefIncident:
    """One incident of the brief's day, with its ranges and every source article."""

    incident_id: str
    day: date
    country: str
    place: str
    perpetrator: str
    attack_type: str
    killed: int | None
    killed_low: int | None
    killed_high: int | None
    wounded: int | None
    wounded_low: int | None
    wounded_high: int | None
    confidence: float | None
    sources: list[SourceLink]


@dataclass(frozen=True)
class MapPoint:
    """An incident of the period with coordinates."""

    latitude: float
    longitude: float
    killed: int
    label: str


@dataclass(frozen=True)
class Quality:
    """The data-quality box."""

    failures_by_kind: list[tuple[str, int]]
    articles: int
    duplicates: int
    low_confidence: int
    low_confidence_threshold: float
    silent_sources: list[tuple[str, date | None]]  # source, its last article's date
    silent_days: int

    @property
    def duplicate_rate(self) -> float:
        """Share of the period's articles that are copies of another."""
        return self.duplicates / self.articles if self.articles else 0.0


@dataclass(frozen=True)
class Brief:
    """Everything the HTML and Markdown renderings show."""

    day: date
    days: int
    generated_at: datetime
    today: Headline
    period: Headline
    incidents: list[BriefIncident]
    daily: list[tuple[date, str, int, int]]  # day, country, incidents, killed (last CHART_DAYS days)
    perpetrators: list[tuple[str, int, int]]  # name, incidents, killed (the period)
    attack_types: list[tuple[str, int, int]]
    points: list[MapPoint]
    unmapped: int  # the period's incidents without coordinates
    quality: Quality

    @property
    def start(self) -> date:
        """First day of the period."""
        return self.day - timedelta(days=self.days - 1)


def latest_incident_day(connection: duckdb.DuckDBPyConnection) -> date | None:
    """The latest day that has incidents, or None on an empty warehouse."""
    return connection.execute(f"SELECT max({_INCIDENT_DAY}) FROM incidents").fetchone()[0]


def gather(
    warehouse: Path,
    day: date | None = None,
    days: int = 7,
    low_confidence: float = 0.8,
    silent_days: int = 3,
    registry_sources: list[str] | None = None,
) -> Brief:
    """Read the brief for `day` (default: the latest day with incidents) and the `days` days ending on it."""
    if days < 1:
        raise ValueError(f"--days must be at least 1, not {days}")
    connection = land.connect(warehouse)  # a Path or an s3:// URI (tasks/storage.py)
    try:
        day = day or latest_incident_day(connection) or datetime.now(timezone.utc).date()
        start = day - timedelta(days=days - 1)
        return Brief(
            day=day,
            days=days,
            generated_at=datetime.now(timezone.utc).replace(microsecond=0),
            today=_headline(connection, day, day),
            period=_headline(connection, start, day),
            incidents=_incidents(connection, day),
            daily=_rows(connection, f"""
                SELECT {_INCIDENT_DAY}, country, count(*), coalesce(sum(killed), 0)::BIGINT FROM incidents
                WHERE {_INCIDENT_DAY} BETWEEN ? AND ? GROUP BY ALL ORDER BY ALL""",
                [day - timedelta(days=CHART_DAYS - 1), day]),
            perpetrators=_top(connection, "perpetrator", start, day),
            attack_types=_top(connection, "attack_type", start, day),
            points=[MapPoint(*row) for row in _rows(connection, f"""
                SELECT latitude, longitude, coalesce(killed, 0), concat_ws(', ', coalesce(location, admin1), country)
                FROM incidents WHERE {_INCIDENT_DAY} BETWEEN ? AND ? AND latitude IS NOT NULL AND longitude IS NOT NULL
                ORDER BY killed DESC NULLS LAST, incident_id""", [start, day])],
            unmapped=_scalar(connection, f"""SELECT count(*) FROM incidents WHERE {_INCIDENT_DAY} BETWEEN ? AND ?
                AND (latitude IS NULL OR longitude IS NULL)""", [start, day]),
            quality=_quality(connection, start, day, low_confidence, silent_days, registry_sources or []),
        )
    finally:
        connection.close()


def _headline(connection: duckdb.DuckDBPyConnection, first: date, last: date) -> Headline:
    row = connection.execute(
        f"""SELECT count(*), coalesce(sum(killed), 0), coalesce(sum(wounded), 0), count(DISTINCT country)
        FROM incidents WHERE {_INCIDENT_DAY} BETWEEN ? AND ?""", [first, last]).fetchone()
    return Headline(*(int(value) for value in row))


def _incidents(connection: duckdb.DuckDBPyConnection, day: date) -> list[BriefIncident]:
    rows = _rows(connection, f"""
        SELECT incident_id, {_INCIDENT_DAY}, country, coalesce(location, admin1, country), perpetrator, attack_type,
               killed, killed_low, killed_high, wounded, wounded_low, wounded_high, confidence
        FROM incidents WHERE {_INCIDENT_DAY} = ? ORDER BY killed DESC NULLS LAST, incident_id""", [day])
    # Articles are joined on their date partition too, so only the reporting articles' files are opened.
    links: dict[str, list[SourceLink]] = {}
    for incident_id, url, title, source in _rows(connection, f"""
        WITH links AS (SELECT DISTINCT ia.incident_id, ia.article_id, ia.article_date FROM incident_articles ia
                       JOIN incidents i USING (incident_id) WHERE i.{_INCIDENT_DAY} = ?)
        SELECT l.incident_id, a.canonical_url, coalesce(a.title, a.canonical_url), a.source
        FROM links l JOIN articles a ON a.id = l.article_id AND a.date = l.article_date
        ORDER BY l.incident_id, a.published_at, a.canonical_url""", [day]):
        links.setdefault(incident_id, []).append(SourceLink(url, title, source))
    return [BriefIncident(*row, sources=links.get(row[0], [])) for row in rows]


def _top(connection: duckdb.DuckDBPyConnection, column: str, first: date, last: date) -> list[tuple[str, int, int]]:
    return _rows(connection, f"""
        SELECT coalesce({column}, 'unknown'), count(*), coalesce(sum(killed), 0)::BIGINT FROM incidents
        WHERE {_INCIDENT_DAY} BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1 LIMIT {TOP_LIST}""", [first, last])


def _quality(
    connection: duckdb.DuckDBPyConnection, first: date, last: date, threshold: float, silent_days: int, registry: list[str]
) -> Quality:
    # fetch_failures are partitioned by the run's start date; the day a run crawled is its `date` parameter
    # (a backfill's `end`), which is what matters when the brief looks at a past period.
    failures = _rows(connection, """
        WITH crawled AS (
          SELECT run_id, coalesce(TRY_CAST(json_extract_string(parameters, '$.date') AS DATE),
                                  TRY_CAST(json_extract_string(parameters, '$.end') AS DATE), started_at::DATE) AS day
          FROM runs)
        SELECT coalesce(f.kind, f.stage || '_error'), count(*) FROM fetch_failures f
        LEFT JOIN crawled c USING (run_id)
        WHERE coalesce(c.day, f.date) BETWEEN ? AND ? GROUP BY 1 ORDER BY 2 DESC, 1""", [first, last])
    articles, duplicates = connection.execute(
        "SELECT count(*), count(duplicate_of) FROM articles WHERE date BETWEEN ? AND ?", [first, last]).fetchone()
    low = _scalar(connection, f"SELECT count(*) FROM incidents WHERE {_INCIDENT_DAY} BETWEEN ? AND ? AND confidence < ?",
                  [first, last, threshold])
    quiet_from = last - timedelta(days=silent_days - 1)
    last_seen = dict(_rows(connection, "SELECT source, max(date) FROM articles WHERE date <= ? GROUP BY 1", [last]))
    for source in registry:
        last_seen.setdefault(source, None)
    silent = sorted(((s, d) for s, d in last_seen.items() if d is None or d < quiet_from), key=lambda item: item[0])
    return Quality(failures, int(articles), int(duplicates), low, threshold, silent, silent_days)


def _rows(connection: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[tuple]:
    return connection.execute(sql, params).fetchall()


def _scalar(connection: duckdb.DuckDBPyConnection, sql: str, params: list) -> int:
    return int(connection.execute(sql, params).fetchone()[0])


def format_range(best: int | None, low: int | None, high: int | None) -> str:
    """A figure with its range where sources disagree or the text is vague: "12 (7-15)", "12 (7+)", "5"."""
    if best is None and low is None and high is None:
        return "-"
    shown = "?" if best is None else str(best)
    if (low is None or low == best) and (high is None or high == best) and best is not None:
        return shown
    if high is None:
        return f"{shown} ({low}+)"
    return f"{shown} ({'?' if low is None else low}-{high})"


def is_web_link(url: str | None) -> bool:
    """Only http(s) URLs become links (a javascript: or data: URL in a landed row stays text)."""
    return bool(url) and url.split(":", 1)[0].lower() in ("http", "https")


def brief_from_settings(warehouse: Path, day: date | None = None, days: int | None = None,
                        registry_sources: list[str] | None = None) -> Brief:
    """gather() with the thresholds of the Settings object (INCIDENTWIRE_* variables apply)."""
    from incidentwire.settings import Settings

    settings = Settings.from_env()
    if registry_sources is None:
        registry_sources = latest_run_sources(warehouse)
    return gather(warehouse, day, days or settings.brief_days, settings.low_confidence_threshold,
                  settings.silent_source_days, registry_sources)


def latest_run_sources(warehouse: Path) -> list[str]:
    """The source ids the latest run was asked to crawl, read from its registry file (none if it is gone)."""
    from incidentwire.sources import registry_ids

    connection = land.connect(warehouse)
    try:
        row = connection.execute("SELECT parameters FROM runs ORDER BY started_at DESC, run_id DESC LIMIT 1").fetchone()
    except duckdb.Error:
        return []  # no runs table yet
    finally:
        connection.close()
    parameters = json.loads(row[0]) if row and row[0] else {}
    try:
        return registry_ids(parameters["sources_file"], parameters.get("sources"))
    except (KeyError, OSError, ValueError, TypeError, AttributeError) as exc:
        logger.info("brief: no registry for the silent-source check (%s: %s)", type(exc).__name__, exc)
        return []

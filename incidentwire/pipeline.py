"""The pipeline's steps as plain functions: the Prefect flows wrap these, tests call them directly."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

from incidentwire.settings import Settings
from incidentwire.sources import Source
from tasks import archive, clean, dedup, discover, land, resolve
from tasks.fetch import FetchRecord, fetch_many, fetch_url, make_session

log = logging.getLogger("incidentwire")
DEDUP_LOOKBACK_DAYS = 7
MAX_LISTINGS_PER_SOURCE = 50  # feeds, sitemaps and child sitemaps fetched per source and run


@dataclass
class SourceResult:
    """What collecting one source for one day produced."""

    source_id: str
    discovered: int = 0
    fetched: int = 0
    from_archive: int = 0
    records: list[FetchRecord] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)


@dataclass
class DayResult:
    """Counts for one processed day."""

    day: date
    discovered: int = 0
    fetched: int = 0
    from_archive: int = 0
    failed: int = 0
    cleaned: int = 0
    duplicates: int = 0
    mentions: int = 0
    failures: list[dict] = field(default_factory=list)


def failure(source_id: str | None, url: str, stage: str, error: str, status: int | None = None) -> dict:
    """One row for the fetch_failures table."""
    return {
        "source": source_id,
        "url": url,
        "stage": stage,
        "status": status,
        "error": error,
        "at": datetime.now(timezone.utc),
    }


def discover_source(source: Source, settings: Settings, run_id: str) -> tuple[list[discover.Link], list[dict]]:
    """Fetch a source's feeds, sitemaps or listing pages (archiving them) and return their links."""
    session = make_session(settings)
    links: list[discover.Link] = []
    failures: list[dict] = []
    pending = list(source.urls)
    seen_listings: set[str] = set()
    while pending and len(seen_listings) < MAX_LISTINGS_PER_SOURCE:
        listing_url = pending.pop(0)
        if listing_url in seen_listings:
            continue
        seen_listings.add(listing_url)
        record = fetch_url(session, listing_url, settings)
        record.source_id, record.kind, record.run_id = source.id, "listing", run_id
        archive.write_record(settings.warehouse, record)
        try:
            found, children = discover.parse_links(source, record, settings.max_feed_entries)
        except discover.DiscoveryError as exc:
            failures.append(failure(source.id, listing_url, "discover", str(exc), record.status))
            log.warning("source %s: %s", source.id, exc)
            continue
        links.extend(found)
        pending.extend(children)
    return links, failures


def claim_links(links_by_source: list[tuple[Source, list[discover.Link]]], day: date) -> list[list[discover.Link]]:
    """Each source's links for `day`; a URL listed by several sources goes to the first in registry order."""
    claimed: set[str] = set()
    result = []
    for _, links in links_by_source:
        mine = [link for link in discover.links_for_date(links, day) if link.url not in claimed]
        claimed.update(link.url for link in mine)
        result.append(mine)
    return result


def fetch_links(
    source: Source, links: list[discover.Link], settings: Settings, run_id: str, refetch: bool = False
) -> SourceResult:
    """Fetch a source's article links, reusing archived copies (with `refetch`, only this run's)."""
    result = SourceResult(source.id, discovered=len(links))
    to_fetch: list[discover.Link] = []
    for link in links:
        cached = archive.latest_ok_record(settings.warehouse, link.url)
        if cached is not None and refetch and cached.run_id != run_id:
            cached = None  # refetch: download again, but only once per run however many days list it
        if cached is not None:
            result.records.append(cached)
            result.from_archive += 1
        else:
            to_fetch.append(link)
    hints = {link.url: link.hint() for link in to_fetch}

    def keep(record: FetchRecord) -> None:
        # Archive each page as soon as it arrives, so a crash loses no finished fetch.
        record.source_id, record.kind, record.run_id = source.id, "article", run_id
        record.hint = hints.get(record.url, {})
        archive.write_record(settings.warehouse, record)

    delay = settings.default_delay_seconds if source.delay is None else source.delay
    concurrency = source.concurrency or settings.default_concurrency
    for record in fetch_many(hints, settings, concurrency, delay, on_record=keep):
        if record.ok:
            result.records.append(record)
            result.fetched += 1
        else:
            result.failures.append(failure(source.id, record.url, "fetch", record.error or "failed", record.status))
    return result


def collect_source(
    source: Source, day: date, settings: Settings, run_id: str, refetch: bool = False
) -> SourceResult:
    """Discover one source's links for a day and fetch each (or reuse its archived copy)."""
    links, failures = discover_source(source, settings, run_id)
    [mine] = claim_links([(source, links)], day)
    result = fetch_links(source, mine, settings, run_id, refetch)
    result.failures[:0] = failures
    return result


def clean_records(records: Iterable[FetchRecord], languages: dict[str, str]) -> tuple[list[clean.Article], list[dict]]:
    """Clean a batch of fetched pages; pages that hold no article are recorded and skipped."""
    articles, failures = [], []
    for record in records:
        try:
            articles.append(clean.clean_record(record, languages.get(record.source_id or "")))
        except clean.CleanError as exc:
            failures.append(failure(record.source_id, record.url, "clean", str(exc), record.status))
        except Exception as exc:  # a parser bug on one page must not sink the batch
            failures.append(failure(record.source_id, record.url, "clean", f"{type(exc).__name__}: {exc}"))
    return articles, failures


def prior_articles(warehouse: Path, day: date) -> list[clean.Article]:
    """Articles landed in the days before `day`, for cross-day duplicate detection."""
    days = [day - timedelta(days=offset) for offset in range(DEDUP_LOOKBACK_DAYS, 0, -1)]
    return [article_from_row(row) for row in land.read_rows(warehouse, "articles", days)]


def dedup_day(articles: list[clean.Article], prior: list[clean.Article], threshold: float) -> list[clean.Article]:
    """One row per article id, with copies marked by duplicate_of."""
    return dedup.mark_duplicates(dedup.unique_by_id(articles), prior, threshold)


def extract_mentions(
    articles: Iterable[clean.Article], country_hints: dict[str, str] | None = None
) -> tuple[list[dict], list[dict]]:
    """Incident mentions of the articles that are not copies of another."""
    from tasks.extract import extract_incidents

    mentions, failures = [], []
    for article in articles:
        if article.duplicate_of:
            continue
        published = article.published_at.date() if article.published_at else article.date
        try:
            hint = (country_hints or {}).get(article.source)
            found = extract_incidents(article.body_text, published=published, title=article.title, country_hint=hint)
        except Exception as exc:  # one article's failure is logged and skipped
            failures.append(failure(article.source, article.url, "extract", f"{type(exc).__name__}: {exc}"))
            continue
        for index, incident in enumerate(found):
            mentions.append(
                {
                    **incident,
                    "article_id": article.article_id,
                    "mention_index": index,
                    "source": article.source,
                    "url": article.url,
                    "published_at": article.published_at or article.fetched_at,
                    "article_date": article.date,
                    "run_id": article.run_id,
                }
            )
    return mentions, failures


def land_day(warehouse: Path, day: date, articles: list[clean.Article], mentions: list[dict]) -> None:
    """Replace one day's articles and mentions."""
    rows = [article_row(article) for article in articles]
    land.replace_partition(warehouse, "articles", day, rows, sort_by=("id",))
    land.replace_partition(warehouse, "mentions", day, mentions, sort_by=("article_id", "mention_index"))


def resolve_warehouse(warehouse: Path, window_days: int) -> dict:
    """Merge every landed mention into incidents, keeping the incident ids already landed.

    `incidents` and `incident_articles` are merged, not rebuilt: a landed mention whose matching
    fields are unchanged stays in its incident (tasks.resolve.kept_assignment), so a rerun lands
    identical rows, a late or backfilled report joins the incident already landed, and no landed
    incident is renamed. Only partitions whose rows changed are rewritten.
    """
    mentions = land.read_rows(warehouse, "mentions")
    for mention in mentions:
        mention["evidence"] = json.loads(mention["evidence"]) if mention.get("evidence") else {}
        mention.pop("date", None)
    previous = resolve.kept_assignment(land.read_rows(warehouse, "incident_articles"), mentions)
    incidents, assignment = resolve.resolve(mentions, window_days, previous)
    links = [
        {**mention, "incident_id": assignment[(mention["article_id"], mention["mention_index"])]} for mention in mentions
    ]
    incident_stats = land.sync_partitions(
        warehouse, "incidents", incidents, _incident_day, sort_by=("incident_id",)
    )
    link_stats = land.sync_partitions(
        warehouse, "incident_articles", links, lambda row: row["article_date"], sort_by=("article_id", "mention_index")
    )
    return {
        "incidents": len(incidents),
        "kept_links": len(previous),
        "incident_partitions": incident_stats,
        "link_partitions": link_stats,
    }


def record_run(warehouse: Path, run: dict, failures: list[dict]) -> None:
    """Append the run's row and its failure rows, then rebuild the DuckDB file."""
    started: datetime = run["started_at"]
    land.append_rows(warehouse, "runs", started.date(), run["run_id"], [run])
    land.append_rows(warehouse, "fetch_failures", started.date(), run["run_id"], [{**f, "run_id": run["run_id"]} for f in failures])
    land.build_database(warehouse)


def article_row(article: clean.Article) -> dict:
    """An Article as an `articles` table row."""
    row = asdict(article)
    row["id"] = row.pop("article_id")
    row.pop("date")
    return row


def article_from_row(row: dict) -> clean.Article:
    """An `articles` table row back as an Article."""
    return clean.Article(
        article_id=row["id"],
        url=row["url"],
        canonical_url=row["canonical_url"],
        source=row["source"],
        title=row["title"],
        published_at=row["published_at"],
        fetched_at=row["fetched_at"],
        language=row["language"],
        author=row.get("author"),
        body_text=row["body_text"],
        content_hash=row["content_hash"],
        date=date.fromisoformat(str(row["date"])),
        duplicate_of=row["duplicate_of"],
        run_id=row["run_id"],
    )


def _incident_day(row: dict) -> str:
    if row.get("event_date"):
        return str(row["event_date"])[:10]
    return str(row["first_reported_at"])[:10]

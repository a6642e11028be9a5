"""The pipeline's steps as plain functions: the Prefect flows wrap these, tests call them directly."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, NamedTuple

from incidentwire.resolve_window import resolve_warehouse  # noqa: F401  (the flows and tests call it from here)
from incidentwire.settings import Settings
from incidentwire.sources import Source
from tasks import archive, clean, dedup, discover, land, revalidate, robots
from tasks.failpoints import failpoint
from tasks.fetch import FetchRecord, fetch_many, make_session
from tasks.hostlimits import RequestLimits

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
    not_modified: int = 0  # refetched pages the server answered 304 (counted in fetched too)
    records: list[FetchRecord] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)


@dataclass
class DayResult:
    """Counts for one processed day."""

    day: date
    discovered: int = 0
    fetched: int = 0
    from_archive: int = 0
    not_modified: int = 0  # conditional GETs answered 304: listings and refetched pages
    failed: int = 0
    cleaned: int = 0
    duplicates: int = 0
    mentions: int = 0
    failures: list[dict] = field(default_factory=list)


def failure(
    source_id: str | None,
    url: str,
    stage: str,
    error: str,
    status: int | None = None,
    kind: str | None = None,
    attempts: int | None = None,
) -> dict:
    """One row for the fetch_failures table (`kind`: tasks.fetch_policy.FAILURE_KINDS, else `<stage>_error`)."""
    return {
        "source": source_id,
        "url": url,
        "stage": stage,
        "kind": kind or f"{stage}_error",
        "attempts": attempts,
        "status": status,
        "error": error,
        "at": datetime.now(timezone.utc),
    }


class Discovered(NamedTuple):
    """A source's discovered links, its failure rows, and how many listings were answered 304."""

    links: list[discover.Link]
    failures: list[dict]
    not_modified: int = 0


def discover_source(source: Source, settings: Settings, run_id: str) -> Discovered:
    """Fetch a source's feeds, sitemaps or listing pages (conditionally, archiving them) and return their links."""
    session = make_session(settings)
    rules = robots.for_run(run_id, settings)
    links: list[discover.Link] = []
    failures: list[dict] = []
    not_modified = 0
    pending = list(source.urls)
    seen_listings: set[str] = set()
    while pending and len(seen_listings) < MAX_LISTINGS_PER_SOURCE:
        listing_url = pending.pop(0)
        if listing_url in seen_listings:
            continue
        seen_listings.add(listing_url)
        allowed, reason = rules.allowed(listing_url)
        if not allowed:
            failures.append(failure(source.id, listing_url, "discover", reason, kind=robots.DISALLOWED_KIND, attempts=0))
            log.warning("source %s: %s: %s", source.id, listing_url, reason)
            continue
        # A listing is spaced like the source's articles, and by the host's robots.txt Crawl-delay.
        delay = max(settings.default_delay_seconds if source.delay is None else source.delay, rules.delay_seconds(listing_url) or 0.0)
        limits = RequestLimits.of(settings, delay, source.concurrency)
        record, unchanged = revalidate.fetch_revalidated(
            session, listing_url, settings, "listing", source.id, run_id, limits
        )
        not_modified += unchanged
        try:
            listing = discover.read_listing(source, record, settings.max_feed_entries)
        except discover.DiscoveryError as exc:
            kind = record.failure_kind or exc.kind  # the fetch's own kind, else why the parse failed
            failures.append(failure(source.id, listing_url, "discover", str(exc), record.status, kind, record.attempts))
            log.warning("source %s: %s", source.id, exc)
            continue
        if listing.recovered:
            row = failure(source.id, listing_url, "discover", listing.recovered, record.status, discover.RECOVERED_KIND)
            failures.append(row)
            log.warning("source %s: %s", source.id, listing.recovered)
        links.extend(listing.links)
        pending.extend(listing.children)
    return Discovered(links, failures, not_modified)


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
    source: Source, links: list[discover.Link], settings: Settings, run_id: str, refetch: bool = False,
    keep_bodies: bool = True,
) -> SourceResult:
    """Fetch a source's article links, reusing archived copies (with `refetch`, revalidating those of earlier runs)."""
    result = SourceResult(source.id, discovered=len(links))
    # Without keep_bodies the records are body-less: every one is archived, and the flow reads bodies back per batch.
    kept = (lambda record: record) if keep_bodies else (lambda record: replace(record, body=b""))
    rules = robots.for_run(run_id, settings)
    to_fetch: list[discover.Link] = []
    revalidating: dict[str, FetchRecord] = {}
    for link in links:
        cached = archive.latest_ok_record(settings.warehouse, link.url)
        if cached is not None and refetch and cached.run_id != run_id:
            # refetch: ask again, but only once per run however many days list it; a 304 reuses this copy
            revalidating[link.url], cached = cached, None
        if cached is not None:
            result.records.append(kept(cached))
            result.from_archive += 1
            continue
        allowed, reason = rules.allowed(link.url)
        if allowed:
            to_fetch.append(link)
        else:
            result.failures.append(failure(source.id, link.url, "fetch", reason, kind=robots.DISALLOWED_KIND, attempts=0))
    hints = {link.url: link.hint() for link in to_fetch}
    conditional = {url: revalidate.validators(cached) for url, cached in revalidating.items() if url in hints}
    reused: dict[str, FetchRecord] = {}

    def keep(record: FetchRecord) -> None:
        # Archive each page as soon as it arrives, so a crash loses no finished fetch.
        record.source_id, record.kind, record.run_id = source.id, "article", run_id
        record.hint = hints.get(record.url, {})
        if record.url in revalidating and revalidate.is_not_modified(record):
            record = reused[record.url] = revalidate.reuse(revalidating[record.url], record)
        archive.write_record(settings.warehouse, record)
        failpoint("fetch.after_archive")

    delay = settings.default_delay_seconds if source.delay is None else source.delay
    delay = max([delay, *(rules.delay_seconds(url) or 0.0 for url in hints)])  # robots.txt Crawl-delay
    concurrency = source.concurrency or settings.default_concurrency
    for record in fetch_many(hints, settings, concurrency, delay, on_record=keep, extra_headers=conditional):
        if record.url in reused:
            result.records.append(kept(reused[record.url]))
            result.fetched += 1
            result.not_modified += 1
        elif record.ok:
            result.records.append(kept(record))
            result.fetched += 1
            if record.cut_at:  # kept, but cut at the size cap: visible in fetch_failures
                message = f"body cut at max_body_bytes ({record.cut_at} bytes); page kept"
                result.failures.append(failure(source.id, record.url, "fetch", message, record.status, "oversize_cut", record.attempts))
        else:
            error = record.error or "failed"
            result.failures.append(failure(source.id, record.url, "fetch", error, record.status, record.failure_kind, record.attempts))
    return result


def collect_source(
    source: Source, day: date, settings: Settings, run_id: str, refetch: bool = False
) -> SourceResult:
    """Discover one source's links for a day and fetch each (or reuse its archived copy)."""
    links, failures, not_modified = discover_source(source, settings, run_id)
    [mine] = claim_links([(source, links)], day)
    result = fetch_links(source, mine, settings, run_id, refetch)
    result.failures[:0] = failures
    result.not_modified += not_modified
    return result


def clean_records(records: Iterable[FetchRecord], languages: dict[str, str]) -> tuple[list[clean.Article], list[dict]]:
    """Clean a batch of fetched pages; pages that hold no article are recorded and skipped."""
    articles, failures = [], []
    for record in records:
        try:
            articles.append(clean.clean_record(record, languages.get(record.source_id or "")))
        except clean.CleanError as exc:
            failures.append(failure(record.source_id, record.url, "clean", str(exc), record.status, exc.kind))
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
            found = extract_incidents(
                article.body_text, published=published, title=article.title, country_hint=hint, url=article.url
            )
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
    failpoint("land.between_tables")
    land.replace_partition(warehouse, "mentions", day, mentions, sort_by=("article_id", "mention_index"))


def record_run(warehouse: Path, run: dict, failures: list[dict]) -> None:
    """Append the run's row and its failure rows, then rebuild the DuckDB file."""
    started: datetime = run["started_at"]
    land.append_rows(warehouse, "fetch_failures", started.date(), run["run_id"], [{**f, "run_id": run["run_id"]} for f in failures])
    land.append_rows(warehouse, "runs", started.date(), run["run_id"], [run])  # last: the run's row marks it done
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


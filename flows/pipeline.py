"""The daily and backfill flows: thin orchestration over the stage tasks."""

from __future__ import annotations

import json
from collections import Counter
import logging
import uuid
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from typing import Callable, Iterable, Iterator

from prefect import flow

from incidentwire import pipeline, stream
from incidentwire.settings import Settings
from incidentwire.sources import Source, load_registry, select_sources
from flows import runners
from tasks import archive, discover, runlog, prefect_tasks as t
from tasks.fetch import FetchRecord
from tasks.hostlimits import reset_hosts

log = logging.getLogger("incidentwire")
IN_FLIGHT = 3  # clean or extract batches submitted and unfinished at once: bounds the texts held


def parse_day(value: str | date | None) -> date:
    """A run date from a 'YYYY-MM-DD' string, a date, or None for today (UTC)."""
    if value is None or value == "today":
        return datetime.now(timezone.utc).date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"not a date (expected YYYY-MM-DD): {value!r}") from exc


def _logger() -> logging.Logger:
    """Prefect's run logger inside a flow (it reaches the UI), the module logger elsewhere."""
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:
        return log


def _settings(warehouse: str | None, sources_file: str | None, allow_private_addresses: bool | None) -> Settings:
    return Settings.from_env(
        warehouse=warehouse, sources_file=sources_file, allow_private_addresses=allow_private_addresses
    )


def _run_id() -> str:
    try:
        from prefect.runtime import flow_run

        return str(flow_run.id or uuid.uuid4())
    except Exception:
        return str(uuid.uuid4())


def _cleaned(record_batches: Iterable[list[FetchRecord]], sources: list[Source], failures: list[dict]) -> Iterator[list]:
    """Clean fetched pages a batch at a time, a task per batch, a few batches in flight (failures into `failures`)."""
    languages = {source.id: source.language for source in sources}
    for cleaned, batch_failures in stream.bounded(lambda batch: t.clean_batch.submit(batch, languages), record_batches, IN_FLIGHT):
        failures.extend(batch_failures)
        yield cleaned


def _process_day(spill: stream.DaySpill, sources: list[Source], settings: Settings, counts: pipeline.DayResult) -> pipeline.DayResult:
    """Dedup, extract and land one day's spilled articles (those published on that day)."""
    day = spill.day
    prior, bands = stream.prior_signatures(settings.warehouse, day, spill.store)
    kept = t.dedup_spill(spill, prior, bands, settings.near_duplicate_threshold)
    del prior, bands
    hints = {source.id: source.country for source in sources if source.country}
    mentions, failures = stream.extract_spill(
        spill, kept, lambda chunk: t.extract_batch.submit(chunk, hints), settings.batch_size, IN_FLIGHT
    )
    counts.failures.extend(failures)
    t.land_spill(settings.warehouse, spill, kept, mentions)
    stream.remove(spill)
    counts.cleaned = len(kept)
    counts.duplicates = sum(1 for _, duplicate_of in kept.values() if duplicate_of)
    counts.mentions = len(mentions)
    counts.failed = len(counts.failures)
    _logger().info(
        "%s: %d discovered, %d fetched (%d from archive), %d articles, %d duplicates, %d incident mentions, %d failures",
        day, counts.discovered, counts.fetched, counts.from_archive, counts.cleaned, counts.duplicates,
        counts.mentions, counts.failed,
    )
    return counts


def _spill_days(cleaned: Iterable[list], spill_for: Callable[[date], stream.DaySpill | None]) -> None:
    """Spill each cleaned article to its publication day's spill; days with no spill are dropped."""
    for articles in cleaned:
        by_day: dict = {}
        for article in articles:
            by_day.setdefault(article.date, []).append(article)
        for day, mine in by_day.items():
            spill = spill_for(day)
            if spill is not None:
                spill.add(mine)


def _collect_day(day: date, sources: list[Source], settings: Settings, run_id: str, refetch: bool) -> pipeline.DayResult:
    counts = pipeline.DayResult(day)
    with stream.spill_root() as (root, store):
        spill = stream.DaySpill(day, root, store)
        clean_failures: list[dict] = []
        _spill_days(_cleaned(_fetched_batches(day, sources, settings, run_id, refetch, counts), sources, clean_failures), {day: spill}.get)
        counts.failures.extend(clean_failures)  # after the fetch failures, as when the day was cleaned at once
        return _process_day(spill, sources, settings, counts)


def _fetched_batches(
    day: date, sources: list[Source], settings: Settings, run_id: str, refetch: bool, counts: pipeline.DayResult
) -> Iterator[list[FetchRecord]]:
    """Discover and fetch every source, yielding its pages in batches (bodies read back from the archive) as each source ends."""
    # Discover and fetch stay on threads in this process, whatever the runner: host limits live here (flows/runners.py).
    with runners.io_submitter() as submit:
        discovered = []
        for source, future in [(s, submit(t.discover_source, source=s, settings=settings, run_id=run_id)) for s in sources]:
            try:
                links, failures, not_modified = future.result()
                counts.not_modified += not_modified
            except Exception as exc:  # a broken source is recorded and skipped; the run goes on
                links, failures = [], [pipeline.failure(source.id, source.url, "source", f"{type(exc).__name__}: {exc}")]
            counts.failures.extend(failures)
            discovered.append((source, links))
        claimed = pipeline.claim_links(discovered, day)
        futures = [submit(t.fetch_links, source=source, links=links, settings=settings, run_id=run_id, refetch=refetch,
                          keep_bodies=False) for source, links in zip(sources, claimed)]
        for source, future in zip(sources, futures):
            try:
                result = future.result()
            except Exception as exc:
                counts.failures.append(pipeline.failure(source.id, source.url, "source", f"{type(exc).__name__}: {exc}"))
                continue
            counts.discovered += result.discovered
            counts.fetched += result.fetched + result.from_archive
            counts.from_archive += result.from_archive
            counts.not_modified += result.not_modified
            counts.failures.extend(result.failures)
            for batch in stream.batches(result.records, settings.batch_size):
                yield [stream.with_body(settings.warehouse, record) for record in batch]


def _finish(flow_name: str, run_id: str, parameters: dict, started: datetime, days: list[pipeline.DayResult],
            settings: Settings, incidents: int, status: str, message: str | None = None) -> dict:
    failures = [f for d in days for f in d.failures]
    run = {
        "run_id": run_id,
        "flow": flow_name,
        "parameters": json.dumps(parameters, sort_keys=True, default=str),
        "started_at": started,
        "finished_at": datetime.now(timezone.utc),
        "status": status,
        "discovered": sum(d.discovered for d in days),
        "fetched": sum(d.fetched for d in days),
        "from_archive": sum(d.from_archive for d in days),
        "not_modified": sum(d.not_modified for d in days),
        "failed": len(failures),
        "failures_by_kind": json.dumps(Counter(f.get("kind") or f"{f['stage']}_error" for f in failures), sort_keys=True),
        "cleaned": sum(d.cleaned for d in days),
        "duplicates": sum(d.duplicates for d in days),
        "mentions": sum(d.mentions for d in days),
        "incidents": incidents,
        "message": message,
    }
    t.record_run(settings.warehouse, run, failures)
    t.publish_report(settings.warehouse)
    return run


def _load_sources(settings: Settings, sources: str | list[str], url_variables: dict | None) -> list[Source]:
    return select_sources(load_registry(settings.sources_file, url_variables), sources)


@contextmanager
def _guarded(flow_name: str, arguments: dict) -> Iterator[None]:
    """Hold the warehouse lock for a flow's whole run: a second run waits, then fails naming the holder."""
    settings = _settings(arguments.get("warehouse"), None, None)
    shown = json.dumps({k: v for k, v in arguments.items() if k != "url_variables"}, sort_keys=True, default=str)
    with runlog.guarded_run(settings.warehouse, flow_name, _run_id(), shown, settings.lock_timeout_seconds, _logger()):
        reset_hosts()  # a new run: every host's circuit closed, its limits fresh
        yield


@flow(name="daily", log_prints=True)
def daily(
    date: str | None = None,
    sources: str | list[str] = "all",
    sources_file: str | None = None,
    warehouse: str | None = None,
    allow_private_addresses: bool | None = None,
    url_variables: dict[str, str] | None = None,
) -> dict:
    """Crawl every source for one day (today, UTC, by default) and land its tables."""
    arguments = dict(
        date=date, sources=sources, sources_file=sources_file, warehouse=warehouse,
        allow_private_addresses=allow_private_addresses, url_variables=url_variables,
    )
    with _guarded("daily", arguments):
        started = datetime.now(timezone.utc)
        settings = _settings(warehouse, sources_file, allow_private_addresses)
        day = parse_day(date)
        run_id = _run_id()
        selected = _load_sources(settings, sources, url_variables)
        counts = _collect_day(day, selected, settings, run_id, refetch=False)
        resolved = t.resolve_incidents(settings.warehouse, settings.merge_window_days, [day], settings.resolve_horizon_days)
        every_source_failed = selected and all(
            any(
                f["source"] == s.id and f["stage"] in ("discover", "source") and f.get("kind") != discover.RECOVERED_KIND
                for f in counts.failures
            )
            for s in selected
        )
        status = "failed" if every_source_failed else ("completed_with_failures" if counts.failures else "completed")
        parameters = {"date": str(day), "sources": sources, "sources_file": str(settings.sources_file)}
        run = _finish("daily", run_id, parameters, started, [counts], settings, resolved["incidents"], status)
        if every_source_failed:
            raise RuntimeError(f"every source failed for {day}; see the fetch_failures table (run {run_id})")
        return run


@flow(name="backfill", log_prints=True)
def backfill(
    start: str,
    end: str,
    sources: str | list[str] = "all",
    refetch: bool = False,
    sources_file: str | None = None,
    warehouse: str | None = None,
    allow_private_addresses: bool | None = None,
    url_variables: dict[str, str] | None = None,
) -> dict:
    """Rebuild the tables for a date range: from the raw archive, or with refetch=True from the network."""
    arguments = dict(
        start=start, end=end, sources=sources, refetch=refetch, sources_file=sources_file, warehouse=warehouse,
        allow_private_addresses=allow_private_addresses, url_variables=url_variables,
    )
    with _guarded("backfill", arguments):
        started = datetime.now(timezone.utc)
        settings = _settings(warehouse, sources_file, allow_private_addresses)
        first, last = parse_day(start), parse_day(end)
        if last < first:
            raise ValueError(f"backfill end {last} is before start {first}")
        days = [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
        run_id = _run_id()
        selected = _load_sources(settings, sources, url_variables)
        results = []
        if refetch:
            for day in days:
                results.append(_collect_day(day, selected, settings, run_id, refetch=True))
        else:
            wanted_ids = {source.id for source in selected}
            records = (r for r in archive.iter_latest_ok_records(settings.warehouse) if r.source_id in wanted_ids)
            cleaning = pipeline.DayResult(first)
            with stream.spill_root() as (root, store):
                spills = {day: stream.DaySpill(day, root, store) for day in days}
                _spill_days(_cleaned(stream.batches(records, settings.batch_size), selected, cleaning.failures), spills.get)
                for day in days:
                    counts = pipeline.DayResult(day)
                    results.append(_process_day(spills.pop(day), selected, settings, counts))
                    # From the archive, a day's discovered and fetched pages are the articles it holds.
                    counts.discovered = counts.fetched = counts.from_archive = counts.cleaned
            results.append(cleaning)
        resolved = t.resolve_incidents(settings.warehouse, settings.merge_window_days, days, settings.resolve_horizon_days)
        status = "completed_with_failures" if any(r.failures for r in results) else "completed"
        parameters = {"start": str(first), "end": str(last), "sources": sources, "refetch": refetch}
        return _finish("backfill", run_id, parameters, started, results, settings, resolved["incidents"], status)


    # INCIDENTWIRE_TASK_RUNNER=dask (say, a deployment's job variable) sends the CPU stages to Dask.


daily, backfill = runners.from_env(daily), runners.from_env(backfill)

"""Conditional GET: revalidate an archived copy with If-None-Match / If-Modified-Since; a 304 reuses its body."""

from __future__ import annotations

from dataclasses import replace

import requests

from incidentwire.settings import Settings
from tasks import archive
from tasks.fetch import FetchRecord, fetch_url
from tasks.hostlimits import RequestLimits

NOT_MODIFIED = 304
REVALIDATED_HEADER = "x-incidentwire-not-modified"  # marks an archived copy a 304 confirmed (not downloaded again)
# Headers of a 304 that update the archived copy's (RFC 9111 section 4.3.4); the body and its type never change.
REFRESHED_HEADERS = ("etag", "last-modified", "cache-control", "expires", "date")


def validators(cached: FetchRecord | None) -> dict[str, str]:
    """Request headers that revalidate an archived copy: its ETag and Last-Modified, sent back verbatim."""
    if cached is None or not cached.ok:
        return {}
    headers = {}
    if cached.headers.get("etag"):
        headers["If-None-Match"] = cached.headers["etag"]
    if cached.headers.get("last-modified"):
        headers["If-Modified-Since"] = cached.headers["last-modified"]
    return headers


def is_not_modified(response: FetchRecord) -> bool:
    """True when the server answered 304 Not Modified (no body was sent)."""
    return response.status == NOT_MODIFIED and response.error is None


def reuse(cached: FetchRecord, response: FetchRecord) -> FetchRecord:
    """The archived copy a 304 confirmed: its body, status and type; the 304's time, run, source and hint."""
    refreshed = {key: value for key, value in response.headers.items() if key in REFRESHED_HEADERS}
    return replace(
        cached,
        fetched_at=response.fetched_at,
        elapsed_ms=response.elapsed_ms,
        headers={**cached.headers, **refreshed, REVALIDATED_HEADER: response.fetched_at.isoformat()},
        source_id=response.source_id or cached.source_id,
        kind=response.kind,
        hint=response.hint or cached.hint,
        run_id=response.run_id,
    )


def fetch_revalidated(
    session: requests.Session,
    url: str,
    settings: Settings,
    kind: str,
    source_id: str | None,
    run_id: str,
    limits: RequestLimits | None = None,
) -> tuple[FetchRecord, bool]:
    """Fetch `url`, conditionally when the archive holds a copy; archive the result; True when it was a 304.

    A 304 archives the confirmed copy under this run (its body re-stored from the archive, not
    downloaded), so this run's later readers and a rerun after a crash find it like any fetch.
    """
    cached = archive.latest_ok_record(settings.warehouse, url)
    record = fetch_url(session, url, settings, limits, extra_headers=validators(cached) or None)
    record.source_id, record.kind, record.run_id = source_id, kind, run_id
    unchanged = cached is not None and is_not_modified(record)
    if unchanged:
        record = reuse(cached, record)
    archive.write_record(settings.warehouse, record)
    return record, unchanged

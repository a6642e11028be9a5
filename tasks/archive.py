"""Raw archive: every fetched body, gzip-compressed, keyed by URL and fetch time."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Iterator

from tasks import storage
from tasks.fetch import FetchRecord

ARCHIVE_DIR = "raw"


def url_key(url: str) -> str:
    """A stable, filesystem-safe key for a URL."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def record_path(warehouse: Path, record: FetchRecord) -> Path:
    """Where a record lives: raw/<key[:2]>/<key>/<fetched_at>.raw.gz."""
    key = url_key(record.url)
    stamp = record.fetched_at.strftime("%Y%m%dT%H%M%S%fZ")
    return storage.local_dir(warehouse) / ARCHIVE_DIR / key[:2] / key / f"{stamp}.raw.gz"


def write_record(warehouse: Path, record: FetchRecord) -> Path:
    """Store one fetch atomically: a JSON header line, a newline, then the raw body bytes."""
    path = record_path(warehouse, record)
    path.parent.mkdir(parents=True, exist_ok=True)
    header = {
        "url": record.url,
        "final_url": record.final_url,
        "status": record.status,
        "headers": record.headers,
        "fetched_at": record.fetched_at.isoformat(),
        "elapsed_ms": record.elapsed_ms,
        "error": record.error,
        "source_id": record.source_id,
        "kind": record.kind,
        "hint": record.hint,
        "run_id": record.run_id,
    }
    payload = json.dumps(header, sort_keys=True).encode("utf-8") + b"\n" + record.body
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_record(path: Path) -> FetchRecord:
    """Load one archived record."""
    with gzip.open(path, "rb") as gz:
        payload = gz.read()
    header_bytes, _, body = payload.partition(b"\n")
    header = json.loads(header_bytes)
    return FetchRecord(
        url=header["url"],
        final_url=header["final_url"],
        status=header["status"],
        headers=header["headers"],
        body=body,
        fetched_at=datetime.fromisoformat(header["fetched_at"]),
        elapsed_ms=header["elapsed_ms"],
        error=header["error"],
        source_id=header.get("source_id"),
        kind=header.get("kind", "article"),
        hint=header.get("hint") or {},
        run_id=header.get("run_id"),
    )


def latest_ok_record(warehouse: Path, url: str) -> FetchRecord | None:
    """The newest successful fetch of a URL, or None if it was never fetched successfully."""
    key = url_key(url)
    folder = storage.local_dir(warehouse) / ARCHIVE_DIR / key[:2] / key
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.raw.gz"), reverse=True):
        try:
            record = read_record(path)
        except (OSError, EOFError, ValueError):
            continue  # a damaged file is skipped; an older good copy may still serve
        if record.ok:
            return record
    return None


def iter_latest_ok_records(warehouse: Path, kind: str = "article") -> Iterator[FetchRecord]:
    """Every URL's newest successful record of one kind, for re-extraction without the network."""
    root = storage.local_dir(warehouse) / ARCHIVE_DIR
    if not root.is_dir():
        return
    for shard in sorted(root.iterdir()):
        for folder in sorted(shard.iterdir()):
            for path in sorted(folder.glob("*.raw.gz"), reverse=True):
                try:
                    record = read_record(path)
                except (OSError, EOFError, ValueError):
                    continue
                if record.ok:
                    if record.kind == kind:
                        yield record
                    break

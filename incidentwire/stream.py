"""Bounded memory per day: cleaned articles spill their text to disk, dedup keeps only compact signatures.

A day's cleaned articles are written batch by batch to temporary Parquet files, bucketed by the first
character of their id, and their texts to a TextStore; only a body-less copy (the "stub") and the
text's LSH band keys stay in memory (tasks/dedup_compact.py). After dedup the buckets are read back
in id order, one at a time, to extract incident mentions and to write the day's `articles` partition:
so the landed rows and their order are those of `pipeline.land_day` over the whole list, while at
most one bucket of article texts (about a sixteenth of the day) is held at once.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import deque
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from incidentwire import pipeline
from tasks import archive, dedup, dedup_compact, land
from tasks.clean import Article
from tasks.fetch import FetchRecord

SEQ = "spill_seq"  # the spilled row's position among the day's cleaned articles
SPILL_PREFIX = "incidentwire-spill-"  # followed by the owning process id, so a later run can sweep a killed run's folder
READ_ROWS = 500  # rows per batch when reading prior days back for their band keys


class DaySpill:
    """One day's cleaned articles: rows in bucketed temporary Parquet files, stubs and band keys in memory."""

    def __init__(self, day: date, root: Path, store: dedup_compact.TextStore) -> None:
        self.day = day
        self.folder = Path(root) / str(day)
        self.store = store
        self.stubs: list[Article] = []  # body_text, title and author dropped (dedup needs none); position = SEQ
        self.bands: dict[str, np.ndarray] = {}  # by content hash: the same text has the same band keys
        self.files = 0

    def add(self, articles: list[Article]) -> None:
        """Spill a batch of this day's articles (rows to Parquet, texts to the store); keep stubs and band keys."""
        buckets: dict[str, list[dict]] = {}
        self.store.put([(article.content_hash, article.body_text) for article in articles])
        for article in articles:
            row = {**pipeline.article_row(article), SEQ: len(self.stubs)}
            buckets.setdefault(_bucket(article.article_id), []).append(row)
            self.stubs.append(_signature(article, self.bands))
        for bucket, rows in buckets.items():
            folder = self.folder / bucket
            folder.mkdir(parents=True, exist_ok=True)
            table = land.to_arrow("articles", rows).append_column(SEQ, pa.array([r[SEQ] for r in rows], pa.int64()))
            pq.write_table(table, folder / f"{self.files}.parquet")
            self.files += 1

    def rows_in_id_order(self, kept: dict[int, str | None]) -> Iterator[list[dict]]:
        """The kept rows (SEQ -> duplicate_of) with their texts, a bucket at a time, sorted by id."""
        if not self.folder.is_dir():
            return
        for folder in sorted(self.folder.iterdir(), key=lambda path: path.name):
            rows = []
            for path in sorted(folder.glob("*.parquet")):
                for row in pq.read_table(path).to_pylist():
                    if row[SEQ] in kept:
                        row["duplicate_of"] = kept[row[SEQ]]
                        rows.append(row)
            rows.sort(key=lambda row: str(row.get("id") or ""))  # land.replace_partition's key
            yield rows


def _signature(article: Article, bands: dict[str, np.ndarray]) -> Article:
    """The body-less stub dedup keeps of an article, its text's band keys recorded in `bands` by content hash."""
    if article.content_hash not in bands:
        bands[article.content_hash] = dedup_compact.text_bands(article.content_hash, article.body_text)
    return replace(article, body_text="", title=None, author=None)


def _bucket(article_id: str) -> str:
    # a prefix of the id: buckets in name order, each sorted, give the whole day sorted by id
    return "b" + "".join(f"{ord(char):04x}" for char in article_id[:1])


def dedup_spill(spill: DaySpill, prior: list[Article], bands: dict[str, np.ndarray], threshold: float) -> dict[int, tuple[int, str | None]]:
    """SEQ -> (rank in dedup order, duplicate_of) for the one row kept per article id, as pipeline.dedup_day marks them."""
    seq_of = {id(stub): seq for seq, stub in enumerate(spill.stubs)}
    unique = dedup.unique_by_id(spill.stubs)
    bands_of = lambda content_hash: spill.bands.get(content_hash, bands.get(content_hash))  # noqa: E731
    marked = dedup_compact.mark_duplicates(unique, prior, bands_of, spill.store, threshold)
    return {seq_of[id(stub)]: (rank, done.duplicate_of) for rank, (stub, done) in enumerate(zip(unique, marked))}


def prior_signatures(warehouse: Path, day: date, store: dedup_compact.TextStore) -> tuple[list[Article], dict[str, np.ndarray]]:
    """Stubs and band keys of the articles landed in the lookback days before `day`, read a batch at a time.

    Their texts go to `store`, for the comparisons dedup makes with them.
    """
    stubs: list[Article] = []
    bands: dict[str, np.ndarray] = {}
    for offset in range(pipeline.DEDUP_LOOKBACK_DAYS, 0, -1):
        earlier = day - timedelta(days=offset)
        for parquet in land.partition_files(warehouse, "articles", earlier):  # local or S3 (tasks/storage.py)
            for batch in parquet.iter_batches(batch_size=READ_ROWS):
                rows = batch.to_pylist()
                store.put([(row["content_hash"], row["body_text"]) for row in rows])
                for row in rows:
                    stubs.append(_signature(pipeline.article_from_row({**row, "date": str(earlier)}), bands))
    return stubs, bands


@contextmanager
def spill_root(parent: Path | None = None) -> Iterator[tuple[Path, dedup_compact.TextStore]]:
    """A temporary folder for a run's spills and its text store (both removed when the run's processing ends)."""
    parent = Path(parent or tempfile.gettempdir())
    sweep_stale_spills(parent)
    with tempfile.TemporaryDirectory(prefix=f"{SPILL_PREFIX}{os.getpid()}-", dir=parent) as root:
        store = dedup_compact.TextStore(Path(root) / "texts.sqlite")
        try:
            yield Path(root), store
        finally:
            store.close()


def sweep_stale_spills(parent: Path) -> list[Path]:
    """Remove spill folders left in `parent` by runs whose process is gone (killed before its cleanup ran)."""
    removed = []
    for folder in parent.glob(f"{SPILL_PREFIX}*-*"):
        owner = folder.name[len(SPILL_PREFIX) :].split("-", 1)[0]
        if folder.is_dir() and owner.isdigit() and not _process_alive(int(owner)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0 checks existence without touching the process
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, owned by someone else
    return True


def batches(items: Iterable, size: int) -> Iterator[list]:
    """`items` in lists of at most `size`, lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def bounded(submit: Callable, work: Iterable, window: int) -> Iterator:
    """Results of `submit(item)` in order, with at most `window` submitted and unfinished at once."""
    pending: deque = deque()
    for item in work:
        pending.append(submit(item))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def with_body(warehouse: Path, stub: FetchRecord) -> FetchRecord:
    """A body-less fetch record (fetch_links(keep_bodies=False)) with its body read back from the raw archive."""
    return replace(stub, body=archive.read_record(archive.record_path(warehouse, stub)).body)


def remove(spill: DaySpill) -> None:
    """Delete a processed day's spilled files."""
    shutil.rmtree(spill.folder, ignore_errors=True)


def extract_spill(spill: DaySpill, kept: dict[int, tuple[int, str | None]], submit: Callable, size: int, window: int) -> tuple[list[dict], list[dict]]:
    """Mentions and failure rows of the kept, non-copy articles: `submit(articles)` per batch, a bucket's texts at a time."""
    mentions: list[dict] = []
    failures: list[dict] = []
    rank_of_url: dict[str, int] = {}
    for rows in spill.rows_in_id_order({seq: duplicate_of for seq, (_, duplicate_of) in kept.items()}):
        originals = []
        for row in rows:
            if not row["duplicate_of"]:
                originals.append(pipeline.article_from_row({**row, "date": str(spill.day)}))
                rank_of_url[row["url"]] = kept[row[SEQ]][0]
        for found, failed in bounded(submit, batches(originals, size), window):
            mentions.extend(found)
            failures.extend(failed)
    failures.sort(key=lambda row: rank_of_url.get(row["url"], 0))  # dedup order, as when the whole day was extracted at once
    return mentions, failures


def land_spill(warehouse: Path, spill: DaySpill, kept: dict[int, tuple[int, str | None]], mentions: list[dict]) -> int:
    """Replace the spill's day of `articles` (streamed in id order) and of `mentions`, as pipeline.land_day does."""
    from tasks.failpoints import failpoint

    duplicate_of = {seq: value for seq, (_, value) in kept.items()}
    landed = land.replace_partition_batches(warehouse, "articles", spill.day, spill.rows_in_id_order(duplicate_of))
    failpoint("land.between_tables")
    land.replace_partition(warehouse, "mentions", spill.day, mentions, sort_by=("article_id", "mention_index"))
    return landed

"""Dedup over compact signatures: the marks of tasks.dedup.mark_duplicates without every text in memory.

In memory per article: its LSH band keys (in one sorted numpy array for the whole day, not a dict
entry per band) and what CopyIndex keeps by hash and address. A text's full fingerprint (shingles,
figures, names) is computed again from the text, read from a TextStore, only when an article is
compared with another (same address or LSH candidate), and kept in a small LRU cache.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Callable

import numpy as np

from tasks import dedup
from tasks.clean import Article
from tasks.dedup_text import BANDS, Fingerprint, fingerprint

LOADED_CACHE_SIZE = 2_000  # full fingerprints recomputed for comparisons, most recent kept
BANDS_CACHE_SIZE = 20_000  # band keys by content hash: a backfill's prior days are not fingerprinted again
_bands_cache: OrderedDict[str, np.ndarray] = OrderedDict()


def text_bands(content_hash: str, text: str) -> np.ndarray:
    """A text's LSH band keys (cached by content hash, as tasks.dedup caches whole fingerprints)."""
    found = _bands_cache.get(content_hash)
    if found is not None:
        _bands_cache.move_to_end(content_hash)
        return found
    found = _bands_cache[content_hash] = fingerprint(text).bands
    if len(_bands_cache) > BANDS_CACHE_SIZE:
        _bands_cache.popitem(last=False)
    return found


class TextStore:
    """Article texts by content hash in a SQLite file, for recomputing fingerprints on demand."""

    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=OFF")  # a scratch file: nothing to recover after a crash
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE IF NOT EXISTS texts (hash TEXT PRIMARY KEY, body TEXT NOT NULL)")

    def put(self, items: list[tuple[str, str]]) -> None:
        """Store (content hash, text) pairs; a hash already stored keeps its text (the same text)."""
        with self._lock, self._db:
            self._db.executemany("INSERT OR IGNORE INTO texts VALUES (?, ?)", items)

    def get(self, content_hash: str) -> str:
        """The text with this content hash."""
        with self._lock:
            row = self._db.execute("SELECT body FROM texts WHERE hash = ?", (content_hash,)).fetchone()
        if row is None:
            raise KeyError(f"no stored text for content hash {content_hash}")
        return row[0]

    def close(self) -> None:
        """Close the SQLite file."""
        self._db.close()


class LazyPrint:
    """A fingerprint whose band keys are at hand; its other fields are computed from the text when first read."""

    __slots__ = ("bands", "_hash", "_load")

    def __init__(self, bands: np.ndarray, content_hash: str, load: Callable[[str], Fingerprint]) -> None:
        self.bands, self._hash, self._load = bands, content_hash, load

    def __getattr__(self, name: str):
        return getattr(self._load(self._hash), name)


class BandIndex(dedup.CopyIndex):
    """CopyIndex with every position's band keys known up front: one sorted array instead of a dict per band."""

    def __init__(self, bands: np.ndarray) -> None:
        super().__init__()
        flat = bands.reshape(-1)
        order = np.argsort(flat, kind="stable")  # equal keys keep ascending positions
        self.keys = flat[order]
        self.positions = (order // BANDS).astype(np.int32)

    def _add_bands(self, position: int, found: Fingerprint) -> None:
        pass  # every position's band keys are already in the arrays

    def _candidates(self, found: Fingerprint) -> list[int]:
        # as CopyIndex._candidates: positions already added that share band keys, most shared first
        added = len(self.ids)
        hits: dict[int, int] = {}
        starts = np.searchsorted(self.keys, found.bands, "left").tolist()
        ends = np.searchsorted(self.keys, found.bands, "right").tolist()
        for start, end in zip(starts, ends):
            same = self.positions[start:end]
            for position in same[: int(np.searchsorted(same, added))].tolist():
                hits[position] = hits.get(position, 0) + 1
        ranked = sorted(hits, key=lambda position: (-hits[position], position))
        return ranked[: dedup.MAX_CANDIDATES]


def mark_duplicates(
    new: list[Article], prior: list[Article], bands_of: Callable[[str], np.ndarray], store: TextStore, threshold: float
) -> list[Article]:
    """tasks.dedup.mark_duplicates for body-less articles: band keys by content hash, texts from `store`."""
    loaded: OrderedDict[str, Fingerprint] = OrderedDict()

    def load(content_hash: str) -> Fingerprint:
        found = loaded.get(content_hash)
        if found is None:
            found = loaded[content_hash] = fingerprint(store.get(content_hash))
            if len(loaded) > LOADED_CACHE_SIZE:
                loaded.popitem(last=False)
        loaded.move_to_end(content_hash)
        return found

    in_order = sorted(prior, key=dedup._order_key) + sorted(new, key=dedup._order_key)  # mark_duplicates' positions
    rows = [bands_of(article.content_hash) for article in in_order]
    index = BandIndex(np.stack(rows) if rows else np.zeros((0, BANDS), np.uint64))
    del rows, in_order
    return dedup.mark_duplicates(
        new, prior, threshold, print_of=lambda article: LazyPrint(bands_of(article.content_hash), article.content_hash, load),
        index=index,
    )

"""Dedup stage: mark copies by exact content hash, canonical URL and near-duplicate text.

A copy (`duplicate_of` set) is an article that adds nothing to an earlier one: the same text, the same page
at another address, or the same story with other furniture or light edits. A later version that carries
new casualty figures (a revised toll) is not a copy: extraction must see it.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import datetime, timezone
from typing import Callable

import numpy as np

from tasks.clean import Article
from tasks.dedup_text import Fingerprint, fingerprint, new_figures, new_name_weight
from tasks.urls import url_key

URL_MIN_OVERLAP = 0.5  # the same address with an unrelated text (a reused slug, a live page) is not a copy
MAX_NEW_NAMES = 2  # names a light edit may add (a demonym, "Thursday" for "yesterday"); see new_name_weight
MAX_CANDIDATES = 25  # LSH candidates verified per article, most band collisions first
FINGERPRINT_CACHE_SIZE = 20_000  # a 7-day lookback of about 2,500 articles a day, so backfills reuse prior days' work
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_cache: OrderedDict[str, Fingerprint] = OrderedDict()


def unique_by_id(articles: list[Article]) -> list[Article]:
    """One row per article id (the same canonical URL reached through several links)."""
    seen: dict[str, Article] = {}
    for article in sorted(articles, key=_order_key):
        seen.setdefault(article.article_id, article)
    return list(seen.values())


def article_fingerprint(article: Article) -> Fingerprint:
    """The article's text fingerprint, cached by content hash (prior days are fingerprinted every run)."""
    found = _cache.get(article.content_hash)
    if found is not None:
        _cache.move_to_end(article.content_hash)
        return found
    found = _cache[article.content_hash] = fingerprint(article.body_text)
    if len(_cache) > FINGERPRINT_CACHE_SIZE:
        _cache.popitem(last=False)
    return found


def overlap(earlier: Fingerprint, later: Fingerprint) -> float:
    """Share of the later text's shingles that the earlier text has (a trimmed copy scores 1)."""
    shared = len(np.intersect1d(earlier.shingles, later.shingles, assume_unique=True))
    return shared / max(len(later.shingles), 1)


def adds_facts(earlier: Fingerprint, later: Fingerprint) -> bool:
    """True when the later text has a casualty figure or more than a few names the earlier one lacks."""
    return bool(new_figures(earlier, later)) or new_name_weight(earlier, later) > MAX_NEW_NAMES


class CopyIndex:
    """Earlier articles by content hash, page address and LSH band, for finding what a new article copies."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.prints: list[Fingerprint] = []
        self.by_hash: dict[str, int] = {}
        self.by_url: dict[str, int] = {}
        self.buckets: dict[int, int | list[int]] = {}

    def add(self, article: Article, found: Fingerprint) -> None:
        """Register an article (its first position wins for hash and address)."""
        position = len(self.ids)
        self.ids.append(article.article_id)
        self.prints.append(found)
        self.by_hash.setdefault(article.content_hash, position)
        for key in _url_keys(article):
            self.by_url.setdefault(key, position)
        self._add_bands(position, found)

    def _add_bands(self, position: int, found: Fingerprint) -> None:
        for band in found.bands.tolist():
            bucket = self.buckets.get(band)
            if bucket is None:
                self.buckets[band] = position
            elif isinstance(bucket, int):
                self.buckets[band] = [bucket, position]
            else:
                bucket.append(position)

    def original_of(self, article: Article, found: Fingerprint, threshold: float) -> str | None:
        """Id of the earlier article this one copies, or None."""
        exact = self.by_hash.get(article.content_hash)
        if exact is not None:
            return self.ids[exact]
        for key in _url_keys(article):
            same_page = self.by_url.get(key)
            if same_page is None:
                continue
            # the same address needs less overlap (captures differ) but the same facts: sites reuse slugs
            earlier = self.prints[same_page]
            if overlap(earlier, found) >= URL_MIN_OVERLAP and not adds_facts(earlier, found):
                return self.ids[same_page]
        best, best_overlap = None, threshold
        for position in self._candidates(found):
            earlier = self.prints[position]
            score = overlap(earlier, found)
            if score >= best_overlap and not adds_facts(earlier, found):
                best, best_overlap = position, score + 1e-9  # ties go to the earliest
        return self.ids[best] if best is not None else None

    def _candidates(self, found: Fingerprint) -> list[int]:
        hits: dict[int, int] = {}
        for band in found.bands.tolist():
            bucket = self.buckets.get(band)
            for position in (bucket,) if isinstance(bucket, int) else bucket or ():
                hits[position] = hits.get(position, 0) + 1
        ranked = sorted(hits, key=lambda position: (-hits[position], position))
        return ranked[:MAX_CANDIDATES]


def mark_duplicates(
    new: list[Article], prior: list[Article], threshold: float = 0.7,
    print_of: Callable[[Article], Fingerprint] = article_fingerprint, index: CopyIndex | None = None,
) -> list[Article]:
    """Return `new` with duplicate_of set where an earlier article (prior or new) has the same content.

    `threshold` is the share of a new text's word shingles the earlier text must have (see `overlap`).
    duplicate_of names the first article of a chain of copies; an article already landed on an earlier day
    under the same id (listed again) points at that row, its own id. `print_of` and `index` let articles
    whose texts are not held in memory be marked the same way (tasks/dedup_compact.py).
    """
    index = index if index is not None else CopyIndex()
    root_of: dict[str, str] = {}
    for article in sorted(prior, key=_order_key):
        index.add(article, print_of(article))
        root_of.setdefault(article.article_id, article.duplicate_of or article.article_id)
    marked: dict[str, Article] = {}
    for article in sorted(new, key=_order_key):
        found = print_of(article)
        original = index.original_of(article, found, threshold)
        root = root_of.get(original, original) if original else None
        marked[article.article_id] = replace(article, duplicate_of=root)
        root_of.setdefault(article.article_id, root or article.article_id)
        index.add(article, found)
    return [marked[article.article_id] for article in new]


def _url_keys(article: Article) -> tuple[str, ...]:
    return tuple(dict.fromkeys((url_key(article.url), url_key(article.canonical_url))))


def _order_key(article: Article) -> tuple:
    return (article.published_at or article.fetched_at or _EPOCH, article.article_id, article.source, article.url)

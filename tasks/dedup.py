"""Dedup stage: mark copies by exact content hash, canonical URL and MinHash near-duplicates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timezone

from datasketch import MinHash, MinHashLSH

from tasks.clean import Article

SHINGLE_WORDS = 5
NUM_PERMUTATIONS = 128
WORD = re.compile(r"\w+")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def unique_by_id(articles: list[Article]) -> list[Article]:
    """One row per article id (the same canonical URL reached through several links)."""
    seen: dict[str, Article] = {}
    for article in sorted(articles, key=_order_key):
        seen.setdefault(article.article_id, article)
    return list(seen.values())


def minhash(text: str) -> MinHash:
    """MinHash signature of a text's word shingles."""
    words = WORD.findall(text.lower())
    signature = MinHash(num_perm=NUM_PERMUTATIONS, seed=7)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    signature.update_batch([s.encode("utf-8") for s in shingles])
    return signature


def mark_duplicates(new: list[Article], prior: list[Article], threshold: float = 0.7) -> list[Article]:
    """Return `new` with duplicate_of set where an earlier article (prior or new) has the same content."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERMUTATIONS)
    root_of: dict[str, str] = {}
    by_hash: dict[str, str] = {}
    order = sorted(prior, key=_order_key) + sorted(new, key=_order_key)
    new_ids = {article.article_id for article in new}
    marked: dict[str, Article] = {}
    order_index: dict[str, int] = {}
    for article in order:
        original = by_hash.get(article.content_hash)
        signature = minhash(article.body_text)
        if original is None:
            matches = [m for m in lsh.query(signature) if m != article.article_id]
            original = min(matches, key=lambda m: order_index[m]) if matches else None
        if article.article_id in new_ids:
            root = root_of.get(original, original) if original else None
            marked[article.article_id] = replace(article, duplicate_of=root)
            root_of[article.article_id] = root or article.article_id
        else:
            root_of[article.article_id] = article.duplicate_of or article.article_id
        by_hash.setdefault(article.content_hash, article.article_id)
        if article.article_id not in lsh:
            lsh.insert(article.article_id, signature)
            order_index[article.article_id] = len(order_index)
    return [marked[article.article_id] for article in new]


def _order_key(article: Article) -> tuple:
    return (article.published_at or article.fetched_at or _EPOCH, article.article_id, article.source, article.url)

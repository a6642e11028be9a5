"""Score the dedup stage on labelled article pairs (gold/dedup_pairs.jsonl)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

from tasks.clean import Article, content_hash
from tasks.dedup import mark_duplicates
from tasks.urls import canonical_url

PAIRS_PATH = Path(__file__).resolve().parents[1] / "gold" / "dedup_pairs.jsonl"
KINDS = ("exact", "boilerplate", "edit", "url_variant", "update", "same_topic", "follow_up")


def load_pairs(path: Path = PAIRS_PATH) -> list[dict]:
    """The labelled pairs, one JSON object per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def pair_article(side: dict, fallback_time: datetime) -> Article:
    """One side of a pair as the clean stage would have built it (id from the canonical URL)."""
    canonical = canonical_url(side["url"])
    published = datetime.fromisoformat(side["published"]) if side.get("published") else fallback_time
    if published.tzinfo is None:
        published = published.replace(tzinfo=timezone.utc)
    return Article(
        article_id=hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20],
        url=side["url"],
        canonical_url=canonical,
        source=urlsplit(side["url"]).hostname or "",
        title=side.get("title"),
        published_at=published,
        fetched_at=published,
        language="en",
        author=None,
        body_text=side["text"],
        content_hash=content_hash(side["text"]),
        date=published.date(),
    )


def predict_pair(pair: dict, threshold: float = 0.7) -> bool:
    """True when mark_duplicates, given `a` as an earlier day's article, marks `b` as its copy."""
    start = datetime(2026, 1, 1, 8, tzinfo=timezone.utc)
    first = pair_article(pair["a"], start)
    second = pair_article(pair["b"], max(first.published_at, start) + timedelta(hours=2))
    [marked] = mark_duplicates([second], [first], threshold)
    return marked.duplicate_of is not None


def evaluate_pairs(pairs: list[dict], threshold: float = 0.7) -> dict:
    """Precision, recall and F1 of duplicate detection over labelled pairs, with the wrong pairs by kind."""
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    by_kind: dict[str, dict] = {}
    for pair in pairs:
        predicted, expected = predict_pair(pair, threshold), bool(pair["duplicate"])
        outcome = ("tp" if expected else "fp") if predicted else ("fn" if expected else "tn")
        counts[outcome] += 1
        kind = by_kind.setdefault(pair["kind"], {"pairs": 0, "correct": 0, "wrong": []})
        kind["pairs"] += 1
        if predicted == expected:
            kind["correct"] += 1
        else:
            kind["wrong"].append(pair["id"])
    precision = counts["tp"] / (counts["tp"] + counts["fp"]) if counts["tp"] + counts["fp"] else 1.0
    recall = counts["tp"] / (counts["tp"] + counts["fn"]) if counts["tp"] + counts["fn"] else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"pairs": len(pairs), **counts, "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1, 4), "by_kind": by_kind}


def main() -> None:
    """Print the scores on gold/dedup_pairs.jsonl."""
    result = evaluate_pairs(load_pairs())
    print(f"pairs {result['pairs']}  precision {result['precision']}  recall {result['recall']}  f1 {result['f1']}")
    for kind in KINDS:
        figures = result["by_kind"].get(kind)
        if figures:
            wrong = ", ".join(figures["wrong"]) or "-"
            print(f"  {kind:12s} {figures['correct']:3d}/{figures['pairs']:<3d} wrong: {wrong}")


if __name__ == "__main__":
    main()

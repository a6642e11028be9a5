"""Benchmarks: `make bench`. Prints speed and memory figures; nothing here asserts a time."""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


def bench_clean(limit: int | None) -> dict:
    """Article-text extraction over the Zyte dev pages, one core."""
    from tasks.clean import article_text, token_f1

    folder = SHARED / "data" / "article-extraction"
    if not folder.is_dir():
        return {"skipped": f"{folder} not found"}
    truth = [json.loads(line) for line in (folder / "ground-truth.jsonl").read_text().splitlines()][:limit]
    pages = [(gzip.decompress((folder / "html" / f"{t['id']}.html.gz").read_bytes()).decode("utf-8", "replace"), t["url"]) for t in truth]
    started = time.perf_counter()
    texts = [article_text(html, url) for html, url in pages]
    seconds = time.perf_counter() - started
    f1 = sum(token_f1(text, t["articleBody"]) for text, t in zip(texts, truth)) / len(truth)
    return {"pages": len(pages), "token_f1": round(f1, 3), "seconds": round(seconds, 2), "pages_per_s": round(len(pages) / seconds, 1)}


def bench_extract(limit: int | None) -> dict:
    """Incident extraction over the incidents-dev texts, one core."""
    from tasks.extract import extract_incidents

    path = SHARED / "data" / "incidents-dev" / "records.jsonl"
    if not path.is_file():
        return {"skipped": f"{path} not found"}
    records = [json.loads(line) for line in path.read_text().splitlines()][:limit]
    extract_incidents("Warm-up: gunmen killed two soldiers in Diyala on Monday.", date(2024, 1, 2))
    started = time.perf_counter()
    for record in records:
        extract_incidents(record["text"])
    seconds = time.perf_counter() - started
    return {"articles": len(records), "seconds": round(seconds, 2), "articles_per_s": round(len(records) / seconds, 1)}


def main() -> None:
    """Run the benchmarks and print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N items of each data set")
    args = parser.parse_args()
    results = {"clean (article_text)": bench_clean(args.limit), "extract": bench_extract(args.limit)}
    results["demo week, plain functions"] = bench_demo()
    results["peak RSS MiB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    for name, figures in results.items():
        print(f"{name:32} {figures}")


def bench_demo() -> dict:
    """Discover, fetch, clean, dedup, extract, land and resolve the demo week without Prefect."""
    from demo_site.server import start
    from incidentwire import pipeline
    from incidentwire.settings import Settings
    from incidentwire.sources import load_registry

    from datetime import timedelta

    with tempfile.TemporaryDirectory() as tmp, start() as site:
        settings = Settings(warehouse=Path(tmp), allow_private_addresses=True)
        sources = load_registry(REPO / "sources" / "demo.yaml", {"base_url": site.base_url})
        started = time.perf_counter()
        articles_total = 0
        for offset in range(7):
            day = date(2026, 3, 9) + timedelta(days=offset)
            records = [r for s in sources for r in pipeline.collect_source(s, day, settings, "bench").records]
            articles, _ = pipeline.clean_records(records, {s.id: s.language for s in sources})
            articles = pipeline.dedup_day([a for a in articles if a.date == day], pipeline.prior_articles(settings.warehouse, day), 0.7)
            mentions, _ = pipeline.extract_mentions(articles)
            pipeline.land_day(settings.warehouse, day, articles, mentions)
            articles_total += len(articles)
        resolved = pipeline.resolve_warehouse(settings.warehouse, 1)
        seconds = time.perf_counter() - started
    return {"articles": articles_total, "incidents": resolved["incidents"], "seconds": round(seconds, 2)}


if __name__ == "__main__":
    main()

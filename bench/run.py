"""Benchmarks: `make bench`. Prints speed and memory figures; nothing here asserts a time."""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))


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


def bench_gazetteer() -> dict:
    """Seconds to build the place gazetteer from its packages (cold) and to load the cached copy."""
    from tasks.extract.gazetteer import build_gazetteer, load_gazetteer

    started = time.perf_counter()
    built = build_gazetteer()
    cold = time.perf_counter() - started
    started = time.perf_counter()
    load_gazetteer()
    return {"entries": len(built.entries), "cold_build_s": round(cold, 2), "cached_load_s": round(time.perf_counter() - started, 2)}


def main() -> None:
    """Run the benchmarks and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N items of each data set")
    parser.add_argument("--articles", type=int, default=100_000, help="size of the large dedup run (resolve runs 10k and 100k)")
    args = parser.parse_args()
    print("== clean: article_text against its peers, same pages, one run, one core")
    _script("clean.py", *(["--limit", str(args.limit)] if args.limit else []))
    results = {"gazetteer": bench_gazetteer(), "extract": bench_extract(args.limit), "demo week, plain functions": bench_demo()}
    results["peak RSS MiB"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print("== extract and the demo week")
    for name, figures in results.items():
        print(f"{name:32} {figures}")
    print("== dedup: synthetic articles in daily batches (each size in a fresh process), then the labelled pairs")
    _script("dedup.py", "--n", str(args.articles))
    print("== resolve: synthetic mentions")
    _script("resolve.py")
    print("== faults: the daily flow against the fault-injecting server (the fault matrix)")
    _script("faults.py")
    print("== scale: the issue's table, rows 1-4 (bench/scale.py; `--warehouse DIR` adds bench/warehouse.py's query rows)")
    _script("scale.py")


def _script(name: str, *arguments: str) -> None:
    """Run another benchmark script in its own process, so its memory figures are its own."""
    subprocess.run([sys.executable, str(REPO / "bench" / name), *arguments], check=True)


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

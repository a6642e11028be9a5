"""Row 1: clean + dedup + extract + land on one core, against trafilatura's extract-only pages/s on the same pages."""

from __future__ import annotations

import itertools
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from scale_pages import fetch_records, row, synthetic_pages

BATCH = 500  # the pipeline's default batch_size


def process_pages(pages, warehouse: Path, stage_seconds: Counter | None = None) -> dict:
    """Clean the pages in batches, then per day dedup (against landed days), extract and land: plain functions, in line."""
    from incidentwire import pipeline

    stage_seconds = stage_seconds if stage_seconds is not None else Counter()
    records = fetch_records(pages)
    articles, failed, count = [], 0, 0
    while batch := list(itertools.islice(records, BATCH)):  # generating pages is not timed
        count += len(batch)
        started = time.perf_counter()
        cleaned, failures = pipeline.clean_records(batch, {})
        stage_seconds["clean"] += time.perf_counter() - started
        articles.extend(cleaned)
        failed += len(failures)
    by_day = defaultdict(list)
    for article in articles:
        by_day[article.date].append(article)
    duplicates = mentions_total = 0
    for day in sorted(by_day):
        started = time.perf_counter()
        kept = pipeline.dedup_day(by_day[day], pipeline.prior_articles(warehouse, day), 0.7)
        stage_seconds["dedup"] += time.perf_counter() - started
        started = time.perf_counter()
        mentions, _ = pipeline.extract_mentions(kept)
        stage_seconds["extract"] += time.perf_counter() - started
        started = time.perf_counter()
        pipeline.land_day(warehouse, day, kept, mentions)
        stage_seconds["land"] += time.perf_counter() - started
        duplicates += sum(1 for a in kept if a.duplicate_of)
        mentions_total += len(mentions)
    ids = len({a.article_id for a in articles})
    return {"pages": count, "articles": len(articles), "unique_ids": ids, "clean_failures": failed,
            "duplicates": duplicates, "mentions": mentions_total, "days": len(by_day)}


def trafilatura_rate(pages: list[dict]) -> float:
    """trafilatura.extract pages/s over `pages` (default settings, as bench/clean.py)."""
    import trafilatura

    trafilatura.extract(pages[0]["html"], url=pages[0]["url"])  # warm-up: imports and caches
    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page["html"], url=page["url"])
    return len(pages) / (time.perf_counter() - started)


def bench_process(articles: int, sample: int) -> tuple[dict, dict]:
    """Row 1 and its detail: our pages/s through four stages over trafilatura's pages/s on an even sample."""
    from tasks.extract import extract_incidents
    from datetime import date

    extract_incidents("Warm-up: gunmen killed two soldiers in Diyala on Monday.", date(2024, 1, 2))  # gazetteer load
    step = max(1, articles // max(1, sample))
    kept_sample: list[dict] = []

    def pages():
        for index, page in enumerate(synthetic_pages(articles)):
            if index % step == 0 and len(kept_sample) < sample:
                kept_sample.append(page)
            yield page

    stages: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        counts = process_pages(pages(), Path(tmp), stages)
    ours = counts["pages"] / sum(stages.values())
    theirs = trafilatura_rate(kept_sample)
    detail = {**counts, "ours_pages_per_s": round(ours, 1), "trafilatura_pages_per_s": round(theirs, 1),
              "trafilatura_sample": len(kept_sample), "stage_seconds": {k: round(v, 1) for k, v in stages.items()}}
    figure = "clean+dedup+extract+land pages/s (1 core) / trafilatura extract pages/s"
    return row(figure, ours / theirs, ">= 1.0", f"{counts['pages']} pages, trafilatura on {len(kept_sample)} of them"), detail


def profile_process(articles: int, top: int = 15) -> list[str]:
    """pyinstrument over the row-1 path on `articles` pages: per-stage totals and the top functions by own time."""
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.002)
    with tempfile.TemporaryDirectory() as tmp:
        pages = list(synthetic_pages(articles))
        profiler.start()
        process_pages(iter(pages), Path(tmp))
        profiler.stop()
    root = profiler.last_session.root_frame()
    own: Counter = Counter()
    totals: Counter = Counter()

    def walk(frame, seen: frozenset) -> None:
        key = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
        if not frame.function.startswith("["):  # pyinstrument's "[self]" frames are in their parent's total_self_time
            own[key] += frame.total_self_time
        if frame.function in {"clean_records", "dedup_day", "prior_articles", "extract_mentions", "land_day"} and key not in seen:
            totals[frame.function] += frame.time
            seen = seen | {key}
        for child in frame.children:
            walk(child, seen)

    walk(root, frozenset())
    whole = root.time or 1.0
    lines = [f"profile of the row-1 path on {articles} pages: {whole:.1f} s under pyinstrument"]
    lines += [f"  stage {name:18} {seconds:6.1f} s {100 * seconds / whole:5.1f}%" for name, seconds in totals.most_common()]
    lines += [f"  own {seconds:6.2f} s {100 * seconds / whole:5.1f}%  {name}" for name, seconds in own.most_common(top)]
    return lines

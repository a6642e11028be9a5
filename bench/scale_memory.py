"""Row 4: peak RSS of the flow's in-memory stages at a large day over a small one, each in a fresh process.

The child process builds the day's fetched pages (bench/scale_pages.py) and holds them in a list,
as flows/pipeline.py::_collect_day does with what the fetch tasks return, then runs the flow's own
`_clean` and `_process_articles` (per publication day, as the backfill does) with plain tasks in
line, and prints its peak RSS. Run one size: `python bench/scale_memory.py --child N`.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from scale_pages import fetch_records, plain_tasks, row, synthetic_pages  # noqa: E402


def child(articles: int) -> dict:
    """Process `articles` pages as the daily flow holds them; return counts and peak RSS in MiB."""
    import flows.pipeline as fp
    from incidentwire import pipeline
    from incidentwire.settings import Settings
    from incidentwire.sources import Source

    fp.t = plain_tasks(None)
    source = Source(id="bench", kind="rss", urls=("https://bench.example/feed.xml",))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(warehouse=Path(tmp))
        records = list(fetch_records(synthetic_pages(articles)))  # the whole day's pages, as _collect_day keeps them
        body_mib = sum(len(r.body) for r in records) / 2**20
        counts = pipeline.DayResult(records[0].fetched_at.date())
        articles_list = fp._clean(records, [source], settings, counts)
        mentions = 0
        for day in sorted({a.date for a in articles_list}):
            mentions += fp._process_articles(day, articles_list, [source], settings, pipeline.DayResult(day)).mentions
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"articles": articles, "cleaned": len(articles_list), "mentions": mentions,
            "bodies_mib": round(body_mib, 1), "peak_rss_mib": round(peak, 1)}


def measure(articles: int) -> dict:
    """Run one size in a fresh interpreter and return its figures."""
    done = subprocess.run([sys.executable, __file__, "--child", str(articles)], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_memory(small: int, large: int) -> tuple[dict, dict]:
    """Row 4: peak RSS at `large` pages over peak RSS at `small` (not run where it would exhaust memory)."""
    low = measure(small)
    needed_mib = 3 * low["bodies_mib"] * large / small  # bodies, their decoded text and parse trees, held at once
    available_mib = _available_mib()
    if needed_mib > available_mib:
        figure = f"peak RSS at {large} articles / at {small}"
        detail = f"NOT RUN: needs about {needed_mib:.0f} MiB, {available_mib:.0f} MiB available"
        return row(figure, float("nan"), "<= 1.5", detail), {"small": low, "large": None}
    high = measure(large)
    ratio = high["peak_rss_mib"] / low["peak_rss_mib"]
    figure = f"peak RSS at {large} articles / at {small}"
    return row(figure, ratio, "<= 1.5", "flow's _clean/_process_articles, a fresh process per size"), {"small": low, "large": high}


def _available_mib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024
    return float("inf")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", type=int, required=True, help="pages to process in this process")
    print(json.dumps(child(parser.parse_args().child)))

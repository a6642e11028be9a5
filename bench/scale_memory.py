"""Row 4: peak RSS of the flow's streaming stages at a large day over a small one, each in a fresh process.

The child process generates the day's pages lazily (bench/scale_pages.py), as the fetch stage hands
them over, and runs the flow's own streaming path with plain tasks in line: `_cleaned` in batches
of Settings.batch_size, `_spill_days` per publication day, then `_process_day` (dedup on signatures,
extraction and landing a bucket at a time) for each day. It prints its peak RSS and, to show what
holds memory, the RSS after each stage. Run one size: `python bench/scale_memory.py --child N`.
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
    """Stream `articles` pages through the flow's clean/dedup/extract/land path; return counts and RSS in MiB."""
    import flows.pipeline as fp
    from incidentwire import pipeline, stream
    from incidentwire.settings import Settings
    from incidentwire.sources import Source

    fp.t = plain_tasks(None)
    source = Source(id="bench", kind="rss", urls=("https://bench.example/feed.xml",))
    stages = {"start": _rss_mib()}
    with tempfile.TemporaryDirectory() as tmp, stream.spill_root() as (root, store):
        settings = Settings(warehouse=Path(tmp))
        body_bytes = 0

        def pages():
            nonlocal body_bytes
            for record in fetch_records(synthetic_pages(articles)):
                body_bytes += len(record.body)
                yield record

        spills: dict = {}
        failures: list[dict] = []
        cleaned = fp._cleaned(stream.batches(pages(), settings.batch_size), [source], failures)
        fp._spill_days(cleaned, lambda day: spills.setdefault(day, stream.DaySpill(day, root, store)))
        stages["cleaned_peak"] = _peak_mib()
        count = sum(len(spill.stubs) for spill in spills.values())
        mentions = 0
        for day in sorted(spills):
            mentions += fp._process_day(spills.pop(day), [source], settings, pipeline.DayResult(day)).mentions
    stages["end"] = _rss_mib()
    return {"articles": articles, "cleaned": count, "mentions": mentions, "bodies_mib": round(body_bytes / 2**20, 1),
            "stages_rss_mib": stages, "peak_rss_mib": _peak_mib()}


def _peak_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return float("nan")


def measure(articles: int) -> dict:
    """Run one size in a fresh interpreter and return its figures."""
    done = subprocess.run([sys.executable, __file__, "--child", str(articles)], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_memory(small: int, large: int) -> tuple[dict, dict]:
    """Row 4: peak RSS at `large` pages over peak RSS at `small` (not run where it would exhaust memory)."""
    low = measure(small)
    # streaming holds a few batches of pages, but every article's signature: scale the small run's growth over its start
    needed_mib = low["peak_rss_mib"] + (low["peak_rss_mib"] - low["stages_rss_mib"]["start"]) * large / small
    available_mib = _available_mib()
    if needed_mib > available_mib:
        figure = f"peak RSS at {large} articles / at {small}"
        detail = f"NOT RUN: needs about {needed_mib:.0f} MiB, {available_mib:.0f} MiB available"
        return row(figure, float("nan"), "<= 1.5", detail), {"small": low, "large": None}
    high = measure(large)
    ratio = high["peak_rss_mib"] / low["peak_rss_mib"]
    figure = f"peak RSS at {large} articles / at {small}"
    return row(figure, ratio, "<= 1.5", "flow's streaming _cleaned/_spill_days/_process_day, a fresh process per size"), {"small": low, "large": high}


def _available_mib() -> float:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) / 1024
    return float("inf")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--child", type=int, required=True, help="pages to process in this process")
    print(json.dumps(child(parser.parse_args().child)))

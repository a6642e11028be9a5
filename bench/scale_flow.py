"""Row 3: the daily flow's wall time over the same flow body with plain functions in place of Prefect tasks.

Both runs crawl one local fault site (its small invented incident pages, a source per simulated
host, RSS feeds of at most 2,000 links) into fresh warehouses. The flow runs once on a tiny site
first, so the ephemeral Prefect server's start (about 15 s per process) is not in the timing;
the timed flow run still pays for flow and task run creation, state reports and the artifact.
The plain run is the daily flow's own function (`daily.fn`) with `flows.pipeline.t` swapped for
tasks that run the same stage functions on a thread pool, as Prefect's default task runner does.
"""

from __future__ import annotations

import math
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from scale_pages import plain_tasks, row

from incidentwire.faultcontent import DAY
from incidentwire.faultserver import FaultSite

FEED_LIMIT = 2_000  # Settings.max_feed_entries: links read from one feed


def _registry(site: FaultSite, sections: list[str], folder: Path) -> Path:
    lines = ["sources:"]
    for host, section in enumerate(sections):
        url = site.url(site.feed_path(section), host)
        lines.append(f"  - {{id: {section}, kind: rss, url: '{url}', language: en, delay: 0.0, concurrency: 4}}")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sources.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def _run(articles: int, runner, folder: Path) -> tuple[float, dict]:
    hosts = max(2, math.ceil(articles / FEED_LIMIT))
    sections = [f"s{i}" for i in range(hosts)]
    per_section = math.ceil(articles / hosts)
    with FaultSite({s: per_section for s in sections}, hosts=hosts) as site:
        registry = _registry(site, sections, folder)
        warehouse = folder / "warehouse"
        started = time.perf_counter()
        result = runner(date=str(DAY), sources_file=str(registry), warehouse=str(warehouse), allow_private_addresses=True)
        return time.perf_counter() - started, result


def plain_daily(**parameters) -> dict:
    """The daily flow's body with its Prefect tasks replaced by plain functions on a thread pool."""
    import flows.pipeline as fp

    tasks = fp.t
    with ThreadPoolExecutor(max_workers=64) as pool:
        fp.t = plain_tasks(pool)
        try:
            return fp.daily.fn(**parameters)
        finally:
            fp.t = tasks


def bench_flow(articles: int) -> tuple[dict, dict]:
    """Row 3: flow seconds over plain seconds at `articles` pages (after a warm-up flow run)."""
    from flows.pipeline import daily

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        _run(20, daily, Path(tmp, "warm"))
        warm = time.perf_counter() - started
        plain_seconds, plain = _run(articles, plain_daily, Path(tmp, "plain"))
        flow_seconds, flowed = _run(articles, daily, Path(tmp, "flow"))
    keys = ("fetched", "cleaned", "duplicates", "mentions", "incidents", "failed")
    detail = {"articles": articles, "warm_up_flow_s": round(warm, 1), "plain_s": round(plain_seconds, 1),
              "flow_s": round(flow_seconds, 1), "plain": {k: plain[k] for k in keys}, "flow": {k: flowed[k] for k in keys}}
    figure = "daily flow wall time / same stages as plain functions"
    return row(figure, flow_seconds / plain_seconds, "<= 1.10", f"{articles} articles, local site, server started before"), detail

"""Row 2: fetch pages/s from many slow local hosts, over the politeness limit (hosts / per-host delay)."""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor

from scale_pages import row

from incidentwire.faultserver import FaultSite


class LatencySite(FaultSite):
    """The fault site with every `slow` response delayed by a fresh random latency in `latency` seconds."""

    latency = (0.05, 0.2)

    @property
    def slow_seconds(self) -> float:
        """A new draw per response."""
        return random.uniform(*self.latency)

    @slow_seconds.setter
    def slow_seconds(self, value: float) -> None:
        pass  # FaultSite sets a fixed value; the draw above replaces it


def bench_fetch(hosts: int, pages_per_host: int, delay: float, concurrency: int = 2) -> tuple[dict, dict]:
    """Fetch every page of every host, a fetch_many per host (one source each) in parallel, as the flow's fetch tasks do."""
    from incidentwire.settings import Settings
    from tasks.fetch import fetch_many
    from tasks.hostlimits import HostRegistry

    settings = Settings(allow_private_addresses=True, retries=0, default_delay_seconds=delay, default_concurrency=concurrency)
    registry = HostRegistry()  # the run-wide per-host gates, fresh for this run
    with LatencySite({"news": pages_per_host}, hosts=hosts) as site:
        for article in site.articles["news"]:
            site.inject(article.path, "slow")
        urls = [[site.url(a.path, host) for a in site.articles["news"]] for host in range(hosts)]
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=hosts) as pool:
            results = list(pool.map(lambda host_urls: fetch_many(host_urls, settings, concurrency, delay, hosts=registry), urls))
        seconds = time.perf_counter() - started
        starts = site.starts
    ok = sum(1 for records in results for record in records if record.ok)
    limit = hosts / delay
    # Each host's first page costs no delay: count the pages after the first, so the figure cannot exceed the limit's pace.
    rate = (ok - hosts) / seconds
    gaps = [b - a for host_starts in starts.values() for a, b in zip(sorted(host_starts), sorted(host_starts)[1:])]
    detail = {"hosts": hosts, "pages": hosts * pages_per_host, "ok": ok, "seconds": round(seconds, 2),
              "pages_per_s": round(rate, 1), "limit_pages_per_s": round(limit, 1), "delay_s": delay,
              "latency_s": LatencySite.latency, "per_source_concurrency": concurrency,
              "min_gap_s": round(min(gaps), 3) if gaps else None}
    figure = f"fetch pages/s, {hosts} hosts, {LatencySite.latency[0]}-{LatencySite.latency[1]} s latency / (hosts / delay)"
    return row(figure, rate / limit, ">= 0.9", f"delay {delay} s per host, {pages_per_host} pages per host"), detail

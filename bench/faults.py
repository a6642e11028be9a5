"""The fault matrix: `python bench/faults.py`. Prints one row per injected fault, wall times and peak RSS.

First a 1 GiB gzip bomb is fetched under the production size cap (peak RSS before and after),
then the real daily flow runs over the fault site twice (clean, then every fault injected), in a
temporary Prefect backend and temporary warehouses. Nothing here asserts a figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("PREFECT_HOME", str(REPO / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "ERROR")
os.environ.setdefault("PREFECT_SERVER_LOGGING_LEVEL", "CRITICAL")
os.environ.setdefault("DO_NOT_TRACK", "1")


def peak_rss_mib() -> float:
    """This process's peak resident set so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_gzip_bomb(bomb_bytes: int) -> dict:
    """Fetch a gzip bomb with the default settings' size cap; report time and peak RSS around it."""
    from incidentwire.faultserver import FaultSite
    from incidentwire.settings import Settings
    from tasks.fetch import fetch_url, make_session
    from tasks.hostlimits import HostRegistry

    settings = Settings(allow_private_addresses=True)
    with FaultSite({"news": 1}, bomb_bytes=bomb_bytes) as site:
        site.inject("/news/0.html", "gzip_bomb")
        before = peak_rss_mib()
        started = time.perf_counter()
        record = fetch_url(make_session(settings), site.url("/news/0.html"), settings, hosts=HostRegistry())
        seconds = time.perf_counter() - started
    return {
        "decodes to MiB": bomb_bytes >> 20,
        "cap MiB": round(settings.max_body_bytes / 2**20, 1),
        "kind": record.failure_kind,
        "seconds": round(seconds, 3),
        "peak RSS MiB before": round(before, 1),
        "peak RSS MiB after": round(peak_rss_mib(), 1),
    }


def main() -> None:
    """Run the bomb measurement and the fault matrix, and print them."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--healthy", type=int, default=40, help="healthy article pages beside the faulted ones")
    parser.add_argument("--per-fault", type=int, default=2, help="article pages given each fault")
    parser.add_argument("--bomb-gib", type=int, default=1, help="what the gzip bomb decodes to")
    args = parser.parse_args()
    print("== gzip bomb, production size cap")
    print(bench_gzip_bomb(args.bomb_gib << 30))

    from prefect.testing.utilities import prefect_test_harness

    from incidentwire.faultmatrix import MatrixSize, run_matrix

    size = MatrixSize(
        healthy=args.healthy, per_fault=args.per_fault, timeout_seconds=0.5, deadline_seconds=1.0,
        max_body_bytes=5_000_000, oversize_bytes=50_000_000, bomb_bytes=args.bomb_gib << 30,
    )
    print(f"== fault matrix: the daily flow, clean then faulted ({size})")
    started = time.perf_counter()
    with prefect_test_harness(server_startup_timeout=120), tempfile.TemporaryDirectory() as tmp:
        matrix = run_matrix(Path(tmp), size)
    print(matrix.table())
    print(f"run completed: {matrix.completed}; runs.failed = {matrix.runs_failed}; fetch_failures rows = {matrix.failure_rows}")
    print(f"failures by kind: {matrix.failures_by_kind}")
    print({name: round(value, 2) for name, value in matrix.seconds.items()}, end=" ")
    print(f"wall incl. Prefect start: {time.perf_counter() - started:.1f} s; peak RSS {peak_rss_mib():.0f} MiB")


if __name__ == "__main__":
    main()

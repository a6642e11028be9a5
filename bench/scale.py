"""The scale benchmark table, rows 1-4: `python bench/scale.py [--articles N] [--quick]`.

Every figure is a ratio of two measurements taken in the same run, so the shared machine's noise
mostly cancels out. Goals are printed, never asserted. `table_rows()` returns the rows as
{figure, measured, goal, met, detail} dicts and `print_table()` prints any such rows, so the
warehouse query rows of bench/warehouse.py (`rows(warehouse)`) join the same table (--warehouse).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

# Prefect reads these at import: the project's home, no telemetry (no network here), quiet logs, a patient server start.
for _name, _value in {
    "PREFECT_HOME": str(BENCH.parent / ".prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "CRITICAL",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "DO_NOT_TRACK": "1",
}.items():
    os.environ.setdefault(_name, _value)

FULL = {"articles": 10_000, "sample": 1_000, "hosts": 50, "pages_per_host": 20, "delay": 0.5,
        "memory": (10_000, 100_000), "profile": 1_000}
QUICK = {"articles": 200, "sample": 40, "hosts": 5, "pages_per_host": 4, "delay": 0.2,
         "memory": (50, 500), "profile": 50}


def table_rows(sizes: dict, which: set[int], details: dict | None = None) -> list[dict]:
    """Measure the chosen rows (1-4) at `sizes` (FULL or QUICK, possibly changed); details go into `details`."""
    from scale_fetch import bench_fetch
    from scale_flow import bench_flow
    from scale_memory import bench_memory
    from scale_process import bench_process

    details = details if details is not None else {}
    runs = {
        1: lambda: bench_process(sizes["articles"], sizes["sample"]),
        2: lambda: bench_fetch(sizes["hosts"], sizes["pages_per_host"], sizes["delay"]),
        3: lambda: bench_flow(sizes["articles"]),
        4: lambda: bench_memory(*sizes["memory"]),
    }
    rows = []
    for number in sorted(which):
        measured, detail = runs[number]()
        rows.append(measured)
        details[number] = detail
    return rows


def print_table(rows: list[dict]) -> None:
    """Print rows as a Markdown table: figure, measured, goal, met, and how it was measured."""
    print("| figure | measured | goal | met | measured on |\n|---|---|---|---|---|")
    for item in rows:
        met = "yes" if item["met"] else "NO"
        print(f"| {item['figure']} | {item['measured']} | {item['goal']} | {met} | {item.get('detail', '')} |")


def main() -> None:
    """Measure, then print the table, each row's detail and the row-1 profile."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke test of the table, not figures")
    parser.add_argument("--articles", type=int, help="pages for rows 1 and 3 (default 10,000)")
    parser.add_argument("--memory", type=int, nargs=2, metavar=("SMALL", "LARGE"), help="row 4 sizes (default 10k 100k)")
    parser.add_argument("--rows", default="1,2,3,4", help="which rows to run, e.g. 1,3")
    parser.add_argument("--profile", type=int, help="pages for the pyinstrument profile of row 1 (0: none)")
    parser.add_argument("--warehouse", type=Path, help="also time bench/warehouse.py's queries on this synthetic warehouse")
    args = parser.parse_args()
    sizes = dict(QUICK if args.quick else FULL)
    sizes.update({k: v for k, v in {"articles": args.articles, "memory": args.memory, "profile": args.profile}.items() if v is not None})
    details: dict = {}
    rows = table_rows(sizes, {int(n) for n in args.rows.split(",") if n.strip()}, details)
    if args.warehouse:
        from warehouse import rows as warehouse_rows

        rows += warehouse_rows(args.warehouse)
    print_table(rows)
    for number, detail in details.items():
        print(f"row {number}: {json.dumps(detail, default=str)}")
    if sizes["profile"] and "1" in args.rows:
        from scale_process import profile_process

        print("\n".join(profile_process(sizes["profile"])))


if __name__ == "__main__":
    main()

"""Smoke test of the scale benchmark table (bench/scale.py) at tiny sizes: well-formed rows, no speed assertions."""

from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def test_scale_table_rows_are_well_formed_ratios(prefect_harness) -> None:
    from scale import table_rows

    sizes = {"articles": 30, "sample": 10, "hosts": 3, "pages_per_host": 3, "delay": 0.05, "memory": (10, 20)}
    details: dict = {}
    rows = table_rows(sizes, {1, 2, 3, 4}, details)

    assert len(rows) == 4 and sorted(details) == [1, 2, 3, 4]
    for row in rows:
        assert set(row) == {"figure", "measured", "goal", "met", "detail"}
        assert isinstance(row["measured"], float) and math.isfinite(row["measured"]) and row["measured"] > 0
        op, bound = row["goal"].split()
        assert row["met"] == (row["measured"] >= float(bound) if op == ">=" else row["measured"] <= float(bound))
    assert details[1]["pages"] == 30 and details[1]["unique_ids"] == details[1]["articles"]  # no two pages share an id
    assert details[2]["ok"] == 9  # every page of every host fetched
    # The plain stand-in runs the same stages as the flow: both land the same counts.
    assert details[3]["plain"] == details[3]["flow"] and details[3]["flow"]["cleaned"] == 30
    assert details[4]["large"]["peak_rss_mib"] > 0

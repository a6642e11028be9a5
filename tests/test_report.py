import pytest

from tasks import land
from tasks.report import canned_query, format_table, summary


def test_format_table_aligns_and_renders_markdown():
    text = format_table(["country", "killed"], [("Iraq", 5), ("Mali", None)])
    assert text.splitlines() == ["country  killed", "-------  ------", "Iraq     5", "Mali"]
    assert format_table(["a"], [(1,)], markdown=True).splitlines() == ["| a |", "|---|", "| 1 |"]


def test_canned_queries_exist_and_unknown_ones_are_named():
    assert "FROM incidents" in canned_query("incidents_by_country")
    with pytest.raises(FileNotFoundError, match="known: .*deadliest"):
        canned_query("nope")


def test_summary_on_an_empty_and_a_filled_warehouse(warehouse):
    assert "(none)" in summary(warehouse)
    land.sync_partitions(warehouse, "incidents", [{"incident_id": "i1", "event_date": "2026-03-10", "country": "Mali", "killed": 12}],
                         lambda row: row["event_date"], ["incident_id"])
    text = summary(warehouse, markdown=True)
    assert "## Incidents by country" in text and "| Mali | 1 | 12 | 0 |" in text

"""The analysts' canned queries in warehouse/queries/, run through `query`'s read-only path on a hand-made warehouse.

Expected values are worked out by hand from tests/analyst_data.py's rows (the comments show the sums).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analyst_data import build_analyst_warehouse
from incidentwire.query import run_sql, sql_defaults
from tasks.regions import acled_region, all_country_codes, gtd_region

QUERIES = Path(__file__).resolve().parents[1] / "warehouse" / "queries"


@pytest.fixture
def analyst_warehouse(warehouse: Path) -> Path:
    return build_analyst_warehouse(warehouse)


def rows(warehouse: Path, name: str, **params: str) -> list[dict]:
    text = run_sql(warehouse, (QUERIES / name).read_text(), "json", params or None)
    return [json.loads(line) for line in text.splitlines()]


def test_weekly_fatalities_sum_per_monday_week_and_country(analyst_warehouse):
    # Week of Mon 9 March: inc-a (12, range 10-15, 20 wounded) + inc-b (3, 3-3, 1) in Iraq.
    # Week of 16 March: inc-d in Mali (no event date: its first report, 18 March) and inc-c in Nigeria (no toll).
    got = [(r["week"], r["country"], r["incidents"], r["killed"], r["killed_low"], r["killed_high"], r["wounded"])
           for r in rows(analyst_warehouse, "weekly_fatalities_by_country.sql")]
    assert got == [
        ("2026-03-09", "Iraq", 2, 15, 13, 18, 21),
        ("2026-03-16", "Mali", 1, 5, 5, 5, 2),
        ("2026-03-16", "Nigeria", 1, 0, 0, 0, 0),
    ]
    only_iraq_week = rows(analyst_warehouse, "weekly_fatalities_by_country.sql", start="2026-03-09", end="2026-03-15")
    assert [r["country"] for r in only_iraq_week] == ["Iraq"]
    # The fallback date counts: inc-d's first report (18 March) is inside a period that starts on the 18th.
    assert [r["country"] for r in rows(analyst_warehouse, "weekly_fatalities_by_country.sql", start="2026-03-18")] == ["Mali"]


def test_perpetrator_activity_by_month_counts_claims_suspicions_and_kidnappings(analyst_warehouse):
    got = {r["perpetrator"]: r for r in rows(analyst_warehouse, "perpetrator_activity.sql", period="month")}
    assert set(got) == {"Islamic State", "Unknown", "Boko Haram", "Jama'at Nusrat al-Islam wal-Muslimin"}
    assert {r["period"] for r in got.values()} == {"2026-03-01"}
    boko = got["Boko Haram"]
    assert (boko["incidents"], boko["claimed"], boko["suspected"], boko["kidnapped"]) == (1, 0, 1, 30)
    assert (got["Islamic State"]["killed"], got["Islamic State"]["attack_types"]) == (12, "bombing_explosion")


def test_attack_types_by_region_uses_gtd_regions_and_shares(analyst_warehouse):
    got = [(r["region"], r["attack_type"], r["incidents"], r["killed"], r["pct_of_region"])
           for r in rows(analyst_warehouse, "attack_types_by_region.sql")]
    # Iraq is in GTD's Middle East & North Africa; Mali and Nigeria in Sub-Saharan Africa; two types each, 50% each.
    assert sorted(got) == [
        ("Middle East & North Africa", "armed_assault", 1, 3, 50.0),
        ("Middle East & North Africa", "bombing_explosion", 1, 12, 50.0),
        ("Sub-Saharan Africa", "armed_assault", 1, 5, 50.0),
        ("Sub-Saharan Africa", "kidnapping", 1, 0, 50.0),
    ]


def test_the_sql_region_case_matches_the_python_mapping_for_every_country():
    text = (QUERIES / "attack_types_by_region.sql").read_text()
    in_sql = {code: region for codes, region in re.findall(r"country_code IN \(([^)]*)\) THEN '([^']+)'", text)
              for code in re.findall(r"'([A-Z]{2})'", codes)}
    assert in_sql == {code: gtd_region(code) for code in all_country_codes()}
    # Hand-checked against GTD's and ACLED's region lists.
    assert [gtd_region(c) for c in ("IQ", "EG", "NG", "PK", "MX", "RU", "PH")] == [
        "Middle East & North Africa", "Middle East & North Africa", "Sub-Saharan Africa", "South Asia",
        "North America", "Eastern Europe", "Southeast Asia"]
    assert [acled_region(c) for c in ("IQ", "MZ", "ML", "CD", "SO", "MX")] == [
        "Middle East", "Southern Africa", "Western Africa", "Middle Africa", "Eastern Africa", "Central America"]


def test_incident_detail_lists_every_article_with_its_figures_and_grouped_evidence(analyst_warehouse):
    got = rows(analyst_warehouse, "incident_detail.sql", incident_id="inc-a")
    assert {(r["incident_id"], r["killed"], r["wounded"]) for r in got} == {("inc-a", 12, 20)}
    # alpha reported 10 killed, beta 12; beta's claim sentence supports two fields, so it is one row.
    assert [(r["source"], r["url"], r["article_killed"], r["fields"]) for r in got] == [
        ("alpha", "http://alpha.test/a1", 10, "attack_type"),
        ("alpha", "http://alpha.test/a1", 10, "killed"),
        ("beta", "http://beta.test/b1", 12, "attack_type"),
        ("beta", "http://beta.test/b1", 12, "killed, perpetrator"),
    ]
    assert got[3]["span"] == "Islamic State claimed the bombing, which killed twelve people."
    assert rows(analyst_warehouse, "incident_detail.sql", incident_id="no-such-id") == []
    with pytest.raises(ValueError, match=r"missing \$incident_id"):
        rows(analyst_warehouse, "incident_detail.sql")


def test_source_coverage_counts_first_reports_and_lag(analyst_warehouse):
    got = {r["source"]: r for r in rows(analyst_warehouse, "source_coverage.sql")}
    # alpha: 2 distinct articles (its copy excluded); first for inc-a and inc-c; lags 8 h and 24 h:
    #   median 16, p90 8 + 0.9 * 16 = 22.4.
    # beta: 3 articles; inc-a (second), inc-b and inc-d (first); lags 30 h and 12 h (inc-d has no event date):
    #   median 21, p90 12 + 0.9 * 18 = 28.2.
    assert [(s, r["articles"], r["incidents"], r["first_reports"], r["first_report_pct"],
             r["median_lag_hours"], r["p90_lag_hours"]) for s, r in got.items()] == [
        ("beta", 3, 3, 2, 66.7, 21.0, 28.2),
        ("alpha", 2, 2, 2, 100.0, 16.0, 22.4),
    ]


def test_every_canned_query_documents_itself_and_runs(analyst_warehouse):
    for path in sorted(QUERIES.glob("*.sql")):
        assert path.read_text().startswith("--"), path.name
        params = {"incident_id": "inc-a"} if path.name == "incident_detail.sql" else None
        run_sql(analyst_warehouse, path.read_text(), "csv", params)  # raises on any error


def test_defaults_are_declared_in_comments_and_overridden_from_the_cli(analyst_warehouse):
    assert sql_defaults((QUERIES / "perpetrator_activity.sql").read_text()) == {
        "start": "1970-01-01", "end": "9999-12-31", "period": "week"}
    done = subprocess.run(
        [sys.executable, "-m", "incidentwire.cli", "query", "--warehouse", str(analyst_warehouse), "--format", "csv",
         "--file", str(QUERIES / "weekly_fatalities_by_country.sql"), "--param", "start=2026-03-16"],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:] == ["2026-03-16,Mali,1,5,5,5,2", "2026-03-16,Nigeria,1,0,0,0,0"]

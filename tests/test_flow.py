"""End to end: the real daily and backfill flows crawl the demo site into a temporary warehouse."""

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from tests.conftest import sql

REPO = Path(__file__).resolve().parents[1]
EXPECTED = yaml.safe_load((REPO / "demo_site" / "expected.yaml").read_text())
FIRST_DAY = date.fromisoformat(EXPECTED["demo_week"]["first_day"])
DAYS = [str(FIRST_DAY + timedelta(days=i)) for i in range(7)]
DATA_TABLES = ("articles", "mentions", "incident_articles", "incidents")

pytestmark = pytest.mark.flow


@pytest.fixture(scope="module")
def demo(demo_week):
    """The demo week's warehouse (tests/conftest.py runs it once per session; test_brief_browser.py shares it)."""
    return demo_week


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    return {table: sql(warehouse, f"SELECT * FROM {table} ORDER BY ALL") for table in DATA_TABLES}


def incidents_of(demo, path: str) -> set[str]:
    rows = sql(
        demo["warehouse"],
        "SELECT DISTINCT ia.incident_id FROM incident_articles ia JOIN articles a ON a.id = ia.article_id "
        "WHERE a.canonical_url = ?",
        [demo["site"].base_url + path],
    )
    return {row[0] for row in rows}


def test_every_demo_article_lands_once(demo):
    assert sql(demo["warehouse"], "SELECT count(*), count(DISTINCT id) FROM articles") == [(45, 45)]
    assert [run["status"] for run in demo["runs"]] == ["completed"] * 7
    runs = sql(demo["warehouse"], "SELECT count(*), sum(failed) FROM runs WHERE flow = 'daily'")
    assert runs == [(7, 0)]


def test_syndicated_copies_are_one_article_and_one_duplicate(demo):
    base, scenario = demo["site"].base_url, EXPECTED["scenarios"]["syndicated"]
    rows = dict(sql(demo["warehouse"], "SELECT canonical_url, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"))
    [original_id] = sql(demo["warehouse"], "SELECT id FROM articles WHERE canonical_url = ?", [base + scenario["original"]])[0]
    assert rows == {base + scenario["copy"]: original_id}


def test_revised_toll_updates_its_incident(demo):
    scenario = EXPECTED["scenarios"]["revised_toll"]
    first, follow_up = incidents_of(demo, scenario["first_report"]), incidents_of(demo, scenario["follow_up"])
    assert len(first) == 1 and first == follow_up
    [(killed, n_articles)] = sql(demo["warehouse"], "SELECT killed, n_articles FROM incidents WHERE incident_id = ?", [first.pop()])
    assert killed == scenario["final_killed"] and n_articles == 2


def test_same_day_same_province_incidents_stay_two(demo):
    first, second = (incidents_of(demo, path) for path in EXPECTED["scenarios"]["same_day_same_province"]["paths"])
    assert len(first) == 1 and len(second) == 1 and first != second


def test_an_article_with_two_incidents_gives_two(demo):
    assert len(incidents_of(demo, EXPECTED["scenarios"]["two_incident_article"]["path"])) == 2


def test_negatives_add_no_incident(demo):
    for path in EXPECTED["scenarios"]["negatives"]:
        assert incidents_of(demo, path) == set(), path


def test_the_seed_story_is_coded_right(demo):
    [incident_id] = incidents_of(demo, EXPECTED["scenarios"]["seed"]["path"])
    [row] = sql(
        demo["warehouse"],
        "SELECT perpetrator, claimed, country_code, target_type, killed, wounded, list_sort(weapons) FROM incidents WHERE incident_id = ?",
        [incident_id],
    )
    assert row == ("Islamic State", True, "IQ", "military", 5, 5, ["explosives", "firearms"])


def test_a_second_run_of_the_same_day_changes_nothing(demo):
    from flows.pipeline import daily

    before = snapshot(demo["warehouse"])
    run = daily(date=DAYS[3], **demo["options"])
    assert run["from_archive"] == run["fetched"] and run["fetched"] > 0
    assert snapshot(demo["warehouse"]) == before


def test_backfill_from_the_archive_equals_the_daily_runs(demo, tmp_path):
    from flows.pipeline import backfill

    fresh = tmp_path / "warehouse"
    shutil.copytree(demo["warehouse"] / "raw", fresh / "raw")
    options = {**demo["options"], "warehouse": str(fresh), "url_variables": {"base_url": "http://127.0.0.1:9"}}
    run = backfill(start=DAYS[0], end=DAYS[-1], refetch=False, **options)
    assert run["status"] == "completed" and run["cleaned"] == 45
    assert snapshot(fresh) == snapshot(demo["warehouse"])


def test_backfill_with_refetch_crawls_again_and_lands_the_same_rows(demo, tmp_path):
    from flows.pipeline import backfill

    fresh = tmp_path / "warehouse"
    backfill(start=DAYS[0], end=DAYS[-1], refetch=True, **{**demo["options"], "warehouse": str(fresh)})
    stable = "SELECT * EXCLUDE (fetched_at, run_id) FROM articles ORDER BY ALL"
    assert sql(fresh, stable) == sql(demo["warehouse"], stable)
    for table in ("incidents", "incident_articles"):
        query = f"SELECT * EXCLUDE (run_id) FROM {table} ORDER BY ALL"
        assert sql(fresh, query) == sql(demo["warehouse"], query)


def test_the_demo_week_lands_exactly_the_answer_key(demo):
    # every article links to as many incidents as demo_site/expected.yaml lists, and the week to all of them
    expected_ids = {i for article in EXPECTED["articles"] for i in article["incidents"]}
    assert sql(demo["warehouse"], "SELECT count(*) FROM incidents") == [(len(expected_ids),)]
    copy = EXPECTED["scenarios"]["syndicated"]["copy"]  # a syndicated copy is folded into its original, not linked
    wrong = {
        article["path"]: (len(incidents_of(demo, article["path"])), len(article["incidents"]))
        for article in EXPECTED["articles"]
        if article["path"] != copy and len(incidents_of(demo, article["path"])) != len(article["incidents"])
    }
    assert not wrong, f"(landed, expected) incidents per article: {wrong}"

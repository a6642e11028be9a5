"""The synthetic warehouse has the landed layout, the product's views read it, every canned query runs on it,
the rewritten canned queries answer exactly as their original forms did, and date filters prune partitions."""

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from bench.synth_warehouse import generate
from bench.warehouse import canned_queries, files_scanned, query_params, rows
from tasks import land, report
from tasks.schema import TABLES

DAYS = 20

# The canned queries as they were before each view was referenced once: the rewrites must answer the same.
# (incident_sources gained an incident_id tie-break: with two equally deadly incidents it picked either.)
ORIGINAL = {
    "totals": """SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS duplicates,
       (SELECT count(*) FROM incidents) AS incidents,
       (SELECT coalesce(sum(killed), 0) FROM incidents) AS killed,
       (SELECT coalesce(sum(wounded), 0) FROM incidents) AS wounded,
       (SELECT count(DISTINCT country) FROM incidents) AS countries,
       (SELECT count(*) FROM incidents WHERE len(flags) > 0) AS flagged_incidents""",
    "incident_sources": """SELECT i.incident_id, i.event_date, i.country, i.admin1, i.location, i.perpetrator, i.killed, i.wounded,
       ia.source, ia.url, ia.killed AS article_killed, ia.wounded AS article_wounded, ia.evidence
FROM incidents i JOIN incident_articles ia USING (incident_id)
WHERE i.incident_id = (SELECT incident_id FROM incidents ORDER BY killed DESC NULLS LAST, incident_id LIMIT 1)
ORDER BY ia.published_at""",
    "deadliest": """SELECT i.event_date, i.country, coalesce(i.location, i.admin1) AS place, i.perpetrator, i.attack_type,
       i.killed, i.wounded,
       (SELECT string_agg(DISTINCT a.canonical_url, ' ' ORDER BY a.canonical_url)
          FROM incident_articles ia JOIN articles a ON a.id = ia.article_id
         WHERE ia.incident_id = i.incident_id) AS sources
FROM incidents i
ORDER BY i.killed DESC NULLS LAST, i.event_date, i.incident_id
LIMIT 5""",
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, dict]:
    warehouse = tmp_path_factory.mktemp("synth") / "warehouse"
    return warehouse, generate(warehouse, articles=2000, incidents=300, days=DAYS)


def test_files_have_the_landed_layout_and_schemas(synthetic):
    warehouse, counts = synthetic
    for table, (_, schema) in TABLES.items():
        folders = sorted((warehouse / table).glob("date=*"))
        assert len(folders) == DAYS, table
        for path in (f for folder in folders for f in folder.glob("*.parquet")):
            assert pq.read_schema(path).remove_metadata().equals(schema), path
    assert all((folder / land.PART_FILE).is_file() for folder in (warehouse / "articles").glob("date=*"))


def test_the_views_read_every_row_and_mentions_point_at_articles_of_their_day(synthetic):
    warehouse, counts = synthetic
    connection = land.connect(warehouse)
    for table, expected in counts.items():
        assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == expected > 0, table
    orphans = connection.execute(
        "SELECT count(*) FROM incident_articles ia ANTI JOIN articles a ON a.id = ia.article_id AND a.date = ia.article_date"
    ).fetchone()[0]
    linked = connection.execute("SELECT count(*) FROM incident_articles ia SEMI JOIN incidents USING (incident_id)").fetchone()[0]
    assert (orphans, linked) == (0, counts["incident_articles"])


def test_every_canned_query_and_the_summary_run_on_it(synthetic):
    warehouse, counts = synthetic
    connection = land.connect(warehouse)
    for name, sql in canned_queries().items():
        assert connection.execute(sql, query_params(connection, sql)).fetchall(), name
    assert connection.execute(report.canned_query("totals")).fetchone()[0] == counts["articles"]
    assert "The five deadliest incidents" in report.summary(warehouse)


@pytest.mark.parametrize("name", sorted(ORIGINAL))
def test_a_rewritten_query_answers_as_its_original_form(synthetic, name):
    connection = land.connect(synthetic[0])
    expected = connection.execute(ORIGINAL[name]).fetchall()
    assert expected and connection.execute(report.canned_query(name)).fetchall() == expected


def test_a_date_filter_opens_only_that_range_of_partition_files(synthetic):
    warehouse, _ = synthetic
    one_day = files_scanned(warehouse, "SELECT count(*) FROM incidents WHERE date = DATE '2023-01-05'")
    week = files_scanned(warehouse, "SELECT count(*) FROM mentions WHERE date BETWEEN DATE '2023-01-05' AND DATE '2023-01-11'")
    everything = files_scanned(warehouse, "SELECT count(*), sum(killed) FROM incidents")
    assert (one_day[:2], week[:2], everything[:2]) == ((1, DAYS), (7, DAYS), (DAYS, DAYS))
    assert "2023-01-05" in one_day[2]


def test_the_benchmark_rows_have_the_shared_table_shape(synthetic):
    table = rows(synthetic[0], repeats=1)
    assert {tuple(sorted(row)) for row in table} == {("detail", "figure", "goal", "measured", "met")}
    assert len(table) == len(canned_queries()) + 4  # three date-filtered queries and the pruning row
    assert table[-1]["met"] is True

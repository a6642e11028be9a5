"""`query` is read-only by default and binds its parameters: refused writes, a locked-down DuckDB, injection-proof binding."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from incidentwire.query import QueryRefused, lock_down, parse_params, run_sql
from tasks import land
from tasks.lock import WarehouseLocked, holder_info, warehouse_lock

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def small_warehouse(warehouse: Path) -> Path:
    land.sync_partitions(warehouse, "incidents", [
        {"incident_id": "i1", "event_date": "2026-03-10", "country": "Iraq", "killed": 5},
        {"incident_id": "i2", "event_date": "2026-03-11", "country": "Mali", "killed": 2},
    ], lambda row: row["event_date"], ["incident_id"])
    return warehouse


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if path.is_file()}


def csv_rows(text: str) -> list[str]:
    return text.splitlines()[1:]


def test_named_parameters_are_bound_so_an_injection_string_matches_nothing(small_warehouse):
    sql = "SELECT incident_id FROM incidents WHERE country = $country ORDER BY 1"
    assert csv_rows(run_sql(small_warehouse, sql, "csv", {"country": "Iraq"})) == ["i1"]
    injection = "x' OR 1=1 --"
    assert csv_rows(run_sql(small_warehouse, sql, "csv", {"country": injection})) == []
    # The same string formatted into the SQL would have matched every row: the test above can fail.
    formatted = sql.replace("$country", f"'{injection}'") + "\n"
    assert csv_rows(run_sql(small_warehouse, formatted, "csv")) == ["i1", "i2"]


def test_the_cli_binds_param_and_positional_arg(small_warehouse):
    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "incidentwire.cli", "query", *args, "--format", "csv", "--warehouse", str(small_warehouse)],
            capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120,
        )

    named = cli("SELECT incident_id FROM incidents WHERE country = $country", "--param", "country=x' OR 1=1 --")
    assert named.returncode == 0 and csv_rows(named.stdout) == [], named.stderr
    positional = cli("SELECT incident_id FROM incidents WHERE killed > ? ORDER BY 1", "--arg", "3")
    assert positional.returncode == 0 and csv_rows(positional.stdout) == ["i1"], positional.stderr
    refused = cli("DELETE FROM incidents")
    assert refused.returncode == 1 and "read-only" in refused.stderr and len(refused.stderr.splitlines()) == 1


def test_parameters_must_match_the_sql(small_warehouse):
    sql = "SELECT * FROM incidents WHERE country = $country"
    with pytest.raises(ValueError, match=r"missing \$country"):
        run_sql(small_warehouse, sql, params={"contry": "Iraq"})
    with pytest.raises(ValueError, match="NAME=VALUE"):
        parse_params(["country"], None)
    with pytest.raises(ValueError, match="not both"):
        parse_params(["a=1"], ["2"])


@pytest.mark.parametrize("sql", [
    "COPY incidents TO '{warehouse}/incidents/date=2026-03-10/evil.parquet'",
    "COPY incidents TO '{outside}/stolen.csv'",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{warehouse}/evil.csv'",
    "EXPORT DATABASE '{warehouse}/export'",
    "ATTACH '{warehouse}/evil.duckdb' AS evil",
    "CREATE TABLE t AS SELECT 1",
    "INSERT INTO incidents (incident_id) VALUES ('x')",
    "DELETE FROM incidents",
    "DROP VIEW incidents",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "PRAGMA import_database('{warehouse}')",
    "CALL pragma_version()",
    "SELECT 1; COPY incidents TO '{warehouse}/evil.csv'",
])
def test_statements_that_could_change_anything_are_refused(small_warehouse, tmp_path, sql):
    before = files_under(tmp_path)
    with pytest.raises(QueryRefused, match="read-only"):
        run_sql(small_warehouse, sql.format(warehouse=small_warehouse, outside=tmp_path))
    assert files_under(tmp_path) == before


@pytest.mark.parametrize("sql", [
    "SELECT * FROM read_csv('{outside}/secret.csv')",
    "SELECT * FROM read_text('{warehouse}/../secret.csv')",
    "SELECT * FROM glob('{outside}/*')",
    "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')",
])
def test_a_select_cannot_read_outside_the_warehouse(small_warehouse, tmp_path, sql):
    (tmp_path / "secret.csv").write_text("password\nhunter2\n")
    with pytest.raises(duckdb.PermissionException):
        run_sql(small_warehouse, sql.format(warehouse=small_warehouse, outside=tmp_path))


@pytest.mark.parametrize("sql", [
    "WITH t AS (SELECT country FROM incidents) SELECT count(*) FROM t",
    "DESCRIBE incidents",
    "SHOW TABLES",
    "SUMMARIZE incidents",
    "EXPLAIN SELECT * FROM incidents",
    "EXPLAIN ANALYZE SELECT * FROM incidents",
    "PRAGMA show_tables",
    "PRAGMA table_info('incidents')",
    "FROM incidents SELECT country",
    "SELECT * FROM read_parquet('{warehouse}/incidents/*/*.parquet')",
])
def test_reads_run(small_warehouse, sql):
    assert csv_rows(run_sql(small_warehouse, sql.format(warehouse=small_warehouse), "csv"))


def test_the_lockdown_alone_blocks_files_outside_and_cannot_be_undone(small_warehouse, tmp_path):
    # The second layer, without the statement check: what DuckDB 2.0 itself enforces.
    connection = land.connect(small_warehouse)
    lock_down(connection, small_warehouse)
    for sql in (
        f"COPY incidents TO '{tmp_path}/out.csv'",
        f"ATTACH '{tmp_path}/other.duckdb'",
        "SET enable_external_access = true",
        "RESET lock_configuration",
        "LOAD httpfs",
    ):
        with pytest.raises(duckdb.Error):
            connection.execute(sql)
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "other.duckdb").exists()
    assert connection.execute("SELECT count(*) FROM incidents").fetchone() == (2,)


def test_write_lifts_the_guard_and_takes_the_warehouse_lock(small_warehouse, tmp_path):
    out = tmp_path / "export.csv"
    run_sql(small_warehouse, f"COPY (SELECT incident_id FROM incidents ORDER BY 1) TO '{out}'", write=True)
    assert out.read_text().split() == ["incident_id", "i1", "i2"]
    with warehouse_lock(small_warehouse, holder_info("daily", "busy-run"), timeout_seconds=0):
        with pytest.raises(WarehouseLocked, match="busy-run"):
            run_sql(small_warehouse, "SELECT 1", write=True, lock_timeout_seconds=0)
        # A read-only query never takes the lock, so a running flow does not block analysts.
        assert csv_rows(run_sql(small_warehouse, "SELECT count(*) FROM incidents", "csv")) == ["2"]

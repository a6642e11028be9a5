"""The daily flow on a Dask LocalCluster (prefect-dask's DaskTaskRunner) lands the default runner's tables.

One demo day is crawled twice from one demo site into two fresh warehouses: once on the default
thread runner, once with the CPU stages on a 2-process LocalCluster. Every data table and the run
record must be equal. Left out of the comparison, as in tests/test_crash.py, are the columns that
legitimately differ between two runs: run_id (every table), articles.fetched_at, fetch_failures.at,
and the runs table's run_id, started_at, finished_at and message.
"""

import os
import shutil

import pytest

from demo_site.server import start
from incidentwire.settings import Settings
from tests.conftest import demo_flow_options, sql, stable_rows

os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")  # read when distributed is imported

pytestmark = pytest.mark.flow
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DAY = "2026-03-11"
DATA_TABLES = ("articles", "mentions", "incident_articles", "incidents", "fetch_failures")
RUN_COLUMNS = "flow, parameters, status, discovered, fetched, from_archive, failed, cleaned, duplicates, mentions, incidents"


def tables(warehouse) -> dict[str, list[tuple]]:
    """Every data table without its volatile columns, and the run record."""
    rows = {}
    for table in DATA_TABLES:
        rows[table] = stable_rows(warehouse, table)
    rows["runs"] = sql(warehouse, f"SELECT {RUN_COLUMNS} FROM runs ORDER BY ALL")
    return rows


@pytest.fixture(scope="module")
def cluster():
    """A Dask LocalCluster of 2 worker processes, one thread each."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield local


def test_daily_on_dask_lands_the_same_tables_as_on_threads(prefect_harness, cluster, tmp_path):
    from flows.pipeline import daily
    from flows.runners import with_runner

    on_dask = with_runner(daily, Settings.from_env(task_runner="dask", dask_address=cluster.scheduler_address))
    with start() as site:
        def options(name: str) -> dict:
            return demo_flow_options(site, tmp_path / name)

        on_threads_run = daily(date=DAY, **options("threads"))
        on_dask_run = on_dask(date=DAY, **options("dask"))
    assert on_threads_run["status"] == on_dask_run["status"] == "completed"
    assert on_dask_run["cleaned"] > 0 and on_dask_run["mentions"] > 0
    expected, actual = tables(tmp_path / "threads"), tables(tmp_path / "dask")
    for table in expected:
        assert actual[table] == expected[table], table
    # The CPU stages ran on the cluster's workers; discover and fetch did not (host limits live in the flow's process).
    ran_on_dask = set(cluster.scheduler.task_prefixes)
    assert {"clean_records", "extract_mentions"} <= ran_on_dask, ran_on_dask
    assert not ran_on_dask & {"discover_source", "fetch_links"}, ran_on_dask


def test_backfill_on_dask_from_the_archive_lands_the_daily_runs_tables(prefect_harness, cluster, tmp_path):
    from flows.pipeline import backfill, daily
    from flows.runners import with_runner

    with start() as site:
        options = {
            "sources_file": os.path.join(REPO, "sources", "demo.yaml"),
            "allow_private_addresses": True,
            "url_variables": {"base_url": site.base_url},
        }
        daily(date=DAY, warehouse=str(tmp_path / "daily"), **options)
    shutil.copytree(tmp_path / "daily" / "raw", tmp_path / "backfill" / "raw")
    on_dask = with_runner(backfill, Settings.from_env(task_runner="dask", dask_address=cluster.scheduler_address))
    run = on_dask(start=DAY, end=DAY, refetch=False, warehouse=str(tmp_path / "backfill"), **options)
    assert run["status"] == "completed" and run["cleaned"] > 0
    expected, actual = tables(tmp_path / "daily"), tables(tmp_path / "backfill")
    for table in ("articles", "mentions", "incident_articles", "incidents"):
        assert actual[table] == expected[table], table


def test_the_runner_setting_picks_dask_a_local_cluster_or_an_address(monkeypatch):
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows import runners

    assert isinstance(runners.task_runner(Settings()), ThreadPoolTaskRunner)
    local = runners.task_runner(Settings(task_runner="dask", dask_workers=3))
    assert isinstance(local, DaskTaskRunner) and local.address is None
    assert local.cluster_kwargs == {"n_workers": 3, "processes": True, "threads_per_worker": 1}
    assert runners.task_runner(Settings(task_runner="dask", dask_address="tcp://10.0.0.5:8786")).address == "tcp://10.0.0.5:8786"
    with pytest.raises(ValueError, match="task_runner must be one of"):
        runners.task_runner(Settings(task_runner="ray"))
    monkeypatch.setenv("INCIDENTWIRE_TASK_RUNNER", "dask")
    monkeypatch.setenv("INCIDENTWIRE_DASK_ADDRESS", "tcp://10.0.0.5:8786")
    from flows.pipeline import daily

    deployed = runners.from_env(daily)
    assert isinstance(deployed.task_runner, DaskTaskRunner) and deployed.task_runner.address == "tcp://10.0.0.5:8786"
    assert deployed.name == "daily"


def test_the_cli_options_pick_the_runner():
    from prefect_dask import DaskTaskRunner

    from flows.pipeline import backfill, daily
    from incidentwire.cli import _on_runner, build_parser

    parse = build_parser().parse_args
    assert _on_runner(daily, parse(["run"])) is daily  # no option: as INCIDENTWIRE_TASK_RUNNER says
    assert isinstance(_on_runner(daily, parse(["run", "--task-runner", "dask"])).task_runner, DaskTaskRunner)
    on_cluster = _on_runner(backfill, parse(["backfill", "--start", "2026-03-09", "--end", "2026-03-10",
                                             "--dask-address", "tcp://10.0.0.5:8786"]))
    assert on_cluster.task_runner.address == "tcp://10.0.0.5:8786"  # an address implies dask

"""Kill the real daily flow at each fail point, rerun it, and get a clean run's tables: nothing lost, nothing duplicated.

Each crash runs the flow in a child process (forked from one that has done the imports, against the
session's Prefect server, so a child costs neither a server start nor the imports) over the demo site,
day 2 of two, starting from a copy of the clean run's warehouse after day 1. The child dies by
os._exit(137) or SIGKILL at the fail point; the test checks that the crash hit where intended and
that the warehouse still reads, reruns day 2 in-process, and compares every table with the clean run's.

Columns that legitimately differ between the two and are left out of the comparison:
  - run_id (every table): which run landed a row; the rerun is another run.
  - articles.fetched_at: when the page was downloaded; the rerun downloads what the crash had not archived.
  - fetch_failures.at: when a failure happened.
  - runs: run_id, started_at, finished_at, message, and from_archive (how many pages the crashed run had
    archived before dying); the crashed run's own row is checked apart: it must say `crashed`.
"""

import collections
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from demo_site.server import start
from tasks import land
from tasks.lock import WarehouseLocked, holder_info, warehouse_lock
from tests.conftest import demo_flow_options, sql, stable_rows, wait_for

pytestmark = pytest.mark.flow
REPO = Path(__file__).resolve().parents[1]
DAY1, DAY2 = "2026-03-11", "2026-03-12"  # day 2 revises a day-1 toll (Mali army camp): resolve merges across days
DATA_TABLES = ("articles", "mentions", "incident_articles", "incidents", "fetch_failures")
RUN_COLUMNS = "flow, parameters, status, discovered, fetched, failed, cleaned, duplicates, mentions, incidents"
# The children are forked from one process that has already imported Prefect, the flows and the
# gazetteer (about 5 s of CPU each time otherwise). It holds no thread when it forks. It reads jobs as
# JSON lines; "wait" makes it reap every child so far and print their exit codes.
FORKER = """
import json, os, sys, threading, traceback
from flows.pipeline import backfill, daily
from tasks.extract import extract_incidents
extract_incidents("Gunmen killed five people in Baghdad on Monday.")
assert threading.active_count() == 1, threading.enumerate()  # forking a threaded process is unsafe
flows = {"daily": daily, "backfill": backfill}
print("ready", flush=True)
children = {}
for line in sys.stdin:
    job = json.loads(line)
    if job == "wait":
        print(json.dumps({name: os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for name, pid in children.items()}), flush=True)
        children.clear()
        continue
    pid = os.fork()
    if pid == 0:
        log = os.open(job["log"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(log, 1), os.dup2(log, 2), os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.environ.update(job["env"])
        code = 0
        try:
            for call in job["calls"]:
                flows[call.pop("flow")](**call, **job["options"])
        except BaseException:
            traceback.print_exc()
            code = 1
        sys.stdout.flush(), sys.stderr.flush()
        os._exit(code)
    children[job["log"]] = pid
"""


class Forker:
    """Runs flows in forked child processes on the session's Prefect server."""

    def __init__(self, api_url: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO), "PREFECT_API_URL": api_url}
        self.process = subprocess.Popen([sys.executable, "-c", FORKER], cwd=REPO, env=env, text=True,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def ready(self) -> "Forker":
        """Wait until the imports are done."""
        assert self.process.stdout.readline().strip() == "ready"
        return self

    def start(self, options: dict, warehouse: Path, calls: list[dict], log: Path, **env: str) -> None:
        """Fork a child that runs the flow calls on `warehouse`, its output to `log`."""
        job = {"options": {**options, "warehouse": str(warehouse)}, "calls": calls, "log": str(log), "env": env}
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()

    def wait(self) -> dict[str, int]:
        """Every started child's exit code, by log path (a signal's as minus its number)."""
        self.process.stdin.write('"wait"\n')
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def stop(self) -> None:
        """End the forking process."""
        self.process.stdin.close()
        self.process.wait(timeout=30)


# fail point -> what must be true of the warehouse right after the crash (the crash hit where intended)
SCENARIOS = {
    "fetch.after_archive:2": "day 2 pages archived, nothing of day 2 landed",
    "land.between_tables": "day 2 articles landed, its mentions not",
    "land.before_rename:2": "day 2 articles written to a temporary file, not renamed",
    "resolve.between_tables:1:sigkill": "incidents rewritten, day 2 incident_articles not",
}


@pytest.fixture(scope="module")
def clean(prefect_harness, tmp_path_factory):
    """The demo site, and a clean two-day run: its warehouse after day 1 (a starting point) and at the end."""
    from prefect.settings import PREFECT_API_URL

    from flows.pipeline import daily

    root = tmp_path_factory.mktemp("crash")
    forker = Forker(PREFECT_API_URL.value())  # it imports while the clean run runs
    with start() as site:
        options = demo_flow_options(site, root / "clean")
        daily(date=DAY1, **options)
        shutil.copytree(root / "clean", root / "after_day1")
        daily(date=DAY2, **options)
        forker.ready()
        yield {"root": root, "warehouse": root / "clean", "after_day1": root / "after_day1", "options": options,
               "forker": forker}
        forker.stop()


@pytest.fixture(scope="module")
def crashed(clean):
    """Every scenario's warehouse right after its crash (the children run at once)."""
    started = {}
    for index, spec in enumerate(SCENARIOS):
        warehouse, log = clean["root"] / f"crash-{index}", clean["root"] / f"crash-{index}.log"
        shutil.copytree(clean["after_day1"], warehouse)
        clean["forker"].start(clean["options"], warehouse, [{"flow": "daily", "date": DAY2}], log,
                              INCIDENTWIRE_FAILPOINT=spec)
        started[spec] = (warehouse, log)
    codes = clean["forker"].wait()
    return {spec: (codes[str(log)], warehouse, log.read_text()) for spec, (warehouse, log) in started.items()}


def finished_runs(warehouse: Path) -> list[tuple]:
    return sql(warehouse, f"SELECT {RUN_COLUMNS} FROM runs WHERE status <> 'crashed' ORDER BY ALL")


def lost_and_duplicated(expected: list[tuple], actual: list[tuple]) -> tuple[int, int]:
    """Rows of `expected` missing from `actual`, and rows of `actual` beyond `expected` (multisets)."""
    want, got = collections.Counter(map(repr, expected)), collections.Counter(map(repr, actual))
    return sum((want - got).values()), sum((got - want).values())


def article_downloads(warehouse: Path) -> collections.Counter:
    """How many archived downloads each article URL has (a crash must not make a page download twice)."""
    counts: collections.Counter = collections.Counter()
    for path in (warehouse / "raw").glob("*/*/*.raw.gz"):
        with gzip.open(path, "rb") as handle:
            header = json.loads(handle.readline())
        if header["kind"] == "article":
            counts[header["url"]] += 1
    return counts


def temp_files(warehouse: Path) -> list[Path]:
    return [path for path in warehouse.rglob("*") if path.name.endswith(land.TEMP_SUFFIX)]


def assert_crash_hit_where_intended(spec: str, warehouse: Path) -> None:
    day2 = lambda table: land.partition_dir(warehouse, table, DAY2)  # noqa: E731
    if spec.startswith("fetch."):
        assert not day2("articles").exists() and article_downloads(warehouse)
    elif spec.startswith("land.between_tables"):
        assert (day2("articles") / land.PART_FILE).exists() and not day2("mentions").exists()
    elif spec.startswith("land.before_rename"):
        [stray] = temp_files(warehouse)
        assert stray.parent == day2("articles") and not (day2("articles") / land.PART_FILE).exists()
    elif spec.startswith("resolve."):
        assert (day2("mentions") / land.PART_FILE).exists() and not day2("incident_articles").exists()
    else:
        pytest.fail(f"no check for {spec}")


@pytest.mark.parametrize("spec", SCENARIOS)
def test_a_crash_then_a_rerun_gives_the_clean_runs_tables(clean, crashed, spec):
    from flows.pipeline import daily

    returncode, warehouse, stderr = crashed[spec]
    assert returncode in (137, -9), stderr[-2000:]
    assert f"fail point {spec.split(':')[0]} hit" in stderr
    assert_crash_hit_where_intended(spec, warehouse)
    # The warehouse still reads: whole files only (a stray temporary file is never globbed).
    for table in DATA_TABLES:
        assert len(land.read_rows(warehouse, table)) == sql(warehouse, f"SELECT count(*) FROM {table}")[0][0]
    assert sql(warehouse, "SELECT status FROM runs WHERE parameters LIKE ?", [f'%"{DAY2}"%']) == [("running",)]

    run = daily(date=DAY2, **{**clean["options"], "warehouse": str(warehouse)})

    assert run["status"] == "completed"
    compared = lost = duplicated = 0
    for table in DATA_TABLES:
        expected, actual = stable_rows(clean["warehouse"], table), stable_rows(warehouse, table)
        missing, extra = lost_and_duplicated(expected, actual)
        compared, lost, duplicated = compared + len(expected), lost + missing, duplicated + extra
        assert (missing, extra) == (0, 0), table
        assert actual == expected, table
    print(f"crash at {spec}: rows compared {compared}, lost {lost}, duplicated {duplicated}")  # the figures (-s)
    assert finished_runs(warehouse) == finished_runs(clean["warehouse"])
    [(status, message)] = sql(warehouse, "SELECT status, message FROM runs WHERE status = 'crashed'")
    assert DAY2 in message and "rerun" in message
    assert temp_files(warehouse) == []  # the rerun cleared the crash's leftovers
    assert max(article_downloads(warehouse).values()) == 1  # no page fetched twice: the rerun used the archive
    assert article_downloads(warehouse).keys() == article_downloads(clean["warehouse"]).keys()


def test_a_crash_while_building_the_database_leaves_the_old_file_whole(clean, tmp_path):
    warehouse = tmp_path / "warehouse"
    shutil.copytree(clean["warehouse"], warehouse)
    database = warehouse / land.DATABASE_FILE
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    child = subprocess.run(
        [sys.executable, "-c", "import sys; from tasks import land; land.build_database(sys.argv[1])", str(warehouse)],
        cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO), "INCIDENTWIRE_FAILPOINT": "database.before_rename"},
        capture_output=True, text=True, timeout=120,
    )
    assert child.returncode == 137, child.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert [path.name.endswith(".duckdb.tmp") for path in temp_files(warehouse)] == [True]
    connection = duckdb.connect(str(database), read_only=True)
    try:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == len(land.read_rows(warehouse, "articles"))
    finally:
        connection.close()
    assert land.remove_temp_files(warehouse) == 1 and temp_files(warehouse) == []


def test_a_backfill_and_a_daily_run_at_once_take_turns_and_corrupt_nothing(clean, tmp_path):
    from flows.pipeline import backfill, daily

    warehouse, sequential = tmp_path / "overlap", tmp_path / "sequential"
    shutil.copytree(clean["warehouse"], warehouse)
    shutil.copytree(clean["warehouse"], sequential)
    logs = [tmp_path / "backfill.log", tmp_path / "daily.log"]
    calls = [{"flow": "backfill", "start": DAY1, "end": DAY2}, {"flow": "daily", "date": DAY2}]
    runs_before = [run_id for (run_id,) in sql(warehouse, "SELECT run_id FROM runs")]
    # The test holds the lock until both children are waiting for it, so the two runs surely overlap.
    with warehouse_lock(warehouse, holder_info("test", "held-by-test"), timeout_seconds=0):
        for call, log in zip(calls, logs):
            clean["forker"].start(clean["options"], warehouse, [call], log)
        both_waiting = wait_for(lambda: all(log.exists() and "held-by-test" in log.read_text() for log in logs), timeout=120)
    codes = clean["forker"].wait()
    assert both_waiting and [codes[str(log)] for log in logs] == [0, 0], [log.read_text()[-2000:] for log in logs]
    new_runs = sql(warehouse, "SELECT flow, started_at, finished_at, status FROM runs WHERE run_id <> ALL(?) "
                              "ORDER BY started_at", [runs_before])
    assert sorted(flow for flow, *_ in new_runs) == ["backfill", "daily"]
    assert {status for *_, status in new_runs} == {"completed"}
    (_, _, first_finished, _), (_, second_started, _, _) = new_runs
    assert first_finished <= second_started  # one ran after the other, never both at once

    backfill(start=DAY1, end=DAY2, **{**clean["options"], "warehouse": str(sequential)})
    daily(date=DAY2, **{**clean["options"], "warehouse": str(sequential)})
    for table in DATA_TABLES:
        assert stable_rows(warehouse, table) == stable_rows(sequential, table) == stable_rows(clean["warehouse"], table)


def test_a_run_that_cannot_get_the_lock_in_time_fails_naming_the_holder(clean, tmp_path, monkeypatch):
    from flows.pipeline import daily

    warehouse = tmp_path / "warehouse"
    shutil.copytree(clean["warehouse"], warehouse)
    runs_before = sql(warehouse, "SELECT * FROM runs ORDER BY ALL")
    monkeypatch.setenv("INCIDENTWIRE_LOCK_TIMEOUT_SECONDS", "0.2")
    with warehouse_lock(warehouse, holder_info("backfill", "long-backfill"), timeout_seconds=0):
        with pytest.raises(WarehouseLocked, match=r"locked by run long-backfill \(flow backfill, pid \d+"):
            daily(date=DAY2, **{**clean["options"], "warehouse": str(warehouse)})
    assert sql(warehouse, "SELECT * FROM runs ORDER BY ALL") == runs_before  # it never started, so it left no row

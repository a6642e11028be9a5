"""A run's life in the `runs` table: a `running` row when it starts, replaced by its final row.

A run that dies (SIGKILL, power cut, OOM) never writes its final row. Its `running` row stays, and
the next run, holding the warehouse lock and so knowing no other run is alive, turns it into
`crashed`: a crash is visible in `runs`, with the parameters to rerun. A run that raises writes
`failed` with the error. Every row of a run is one file, runs/date=D/<run_id>.parquet, so each
change of status is one atomic file replace and a run never has two rows.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from tasks import land
from tasks.lock import holder_info, warehouse_lock

RUNNING, CRASHED, FAILED = "running", "crashed", "failed"
TABLE = "runs"


def run_file(warehouse: Path, run_id: str, started: datetime) -> Path:
    """Where a run's row lives (the same path land.append_rows gives it)."""
    return land.partition_dir(warehouse, TABLE, started.date()) / f"{run_id}.parquet"


def mark_started(warehouse: Path, run_id: str, flow: str, parameters: str, started: datetime) -> None:
    """Land the run's `running` row; its final row replaces it."""
    row = {"run_id": run_id, "flow": flow, "parameters": parameters, "started_at": started, "status": RUNNING}
    land.append_rows(warehouse, TABLE, started.date(), run_id, [row])


def mark_failed(warehouse: Path, run_id: str, message: str) -> bool:
    """Turn the run's row into `failed` with the message, unless the run already wrote its final row."""
    for name in _run_files(warehouse, run_id):
        row = land.read_table_file(warehouse, TABLE, name).to_pylist()[0]
        if row["status"] == RUNNING:
            _rewrite(warehouse, name, {**row, "status": FAILED, "finished_at": datetime.now(timezone.utc), "message": message})
            return True
    return False


def close_crashed_runs(warehouse: Path) -> list[str]:
    """Mark every `running` row `crashed` (call only while holding the lock); return their run ids."""
    final: set[str] = set()
    running: list[tuple[str, str]] = []
    for path in land.table_files(warehouse, TABLE):
        columns = land.read_table_file(warehouse, TABLE, path, columns=["run_id", "status"]).to_pydict()
        for run_id, status in zip(columns["run_id"], columns["status"]):
            if status == RUNNING:
                running.append((path, run_id))
            else:
                final.add(run_id)
    crashed = []
    for path, run_id in running:
        if run_id in final:
            land.delete_table_file(warehouse, TABLE, path)  # its final row landed in another date partition (the run crossed midnight)
            continue
        row = land.read_table_file(warehouse, TABLE, path).to_pylist()[0]
        message = f"the process died before the run finished; rerun with the same parameters: {row['parameters']}"
        _rewrite(warehouse, path, {**row, "status": CRASHED, "message": message})
        crashed.append(run_id)
    return crashed


@contextmanager
def guarded_run(
    warehouse: Path, flow: str, run_id: str, parameters: str, lock_timeout_seconds: float,
    logger: logging.Logger | None = None,
) -> Iterator[None]:
    """Run a writing flow under the warehouse lock: clear a dead run's leftovers, record start and failure."""
    holder = holder_info(flow, run_id, {"parameters": parameters})
    with warehouse_lock(warehouse, holder, lock_timeout_seconds, logger):
        land.remove_temp_files(warehouse)
        for crashed in close_crashed_runs(warehouse):
            (logger or logging.getLogger("incidentwire")).warning("run %s had crashed; marked `crashed` in runs", crashed)
        mark_started(warehouse, run_id, flow, parameters, datetime.now(timezone.utc))
        try:
            yield
        except BaseException as exc:
            mark_failed(warehouse, run_id, f"{type(exc).__name__}: {exc}")
            raise


def _run_files(warehouse: Path, run_id: str) -> list[str]:
    return [name for name in land.table_files(warehouse, TABLE) if name.endswith(f"/{run_id}.parquet")]


def _rewrite(warehouse: Path, name: str, row: dict) -> None:
    land.write_table_file(warehouse, TABLE, name, land.to_arrow(TABLE, [row]))

"""Land stage: write hive-partitioned Parquet tables atomically and keep the DuckDB views current."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Iterable

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from tasks.failpoints import failpoint
from tasks.schema import TABLES

PART_FILE = "part-0.parquet"
VIEWS_SQL = Path(__file__).resolve().parents[1] / "warehouse" / "views.sql"
DATABASE_FILE = "incidentwire.duckdb"
# Every temporary file a writer makes ends so; readers glob `*.parquet` and never see one.
TEMP_SUFFIX = ".tmp"


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table in the table's declared schema (extra keys dropped, JSON kept as text)."""
    schema = TABLES[table][1]
    columns = {}
    for column in schema:
        values = [row.get(column.name) for row in rows]
        if column.name in ("evidence", "parameters"):
            values = [v if v is None or isinstance(v, str) else json.dumps(v, sort_keys=True) for v in values]
        if pa.types.is_date32(column.type):
            values = [date.fromisoformat(v[:10]) if isinstance(v, str) else v for v in values]
        columns[column.name] = pa.array(values, type=column.type)
    return pa.table(columns, schema=schema)


def partition_dir(warehouse: Path, table: str, day: date | str) -> Path:
    """The folder of one date partition."""
    return Path(warehouse) / table / f"date={day}"


def write_parquet_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file through a temporary file and a rename, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())  # the bytes reach the disk before the name does (power cuts)
        failpoint("land.before_rename")
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_partition(warehouse: Path, table: str, day: date, rows: list[dict], sort_by: Iterable[str]) -> int:
    """Replace one date's rows of a table; an empty list removes the partition."""
    folder = partition_dir(warehouse, table, day)
    if not rows:
        if folder.exists():
            shutil.rmtree(folder)
        return 0
    ordered = sorted(rows, key=lambda row: tuple(str(row.get(key) or "") for key in sort_by))
    write_parquet_atomic(to_arrow(table, ordered), folder / PART_FILE)
    return len(rows)


def sync_partitions(warehouse: Path, table: str, rows: list[dict], date_of, sort_by: Iterable[str]) -> dict:
    """Make a recomputed table match `rows`: rewrite only changed partitions, remove vanished ones."""
    sort_by = tuple(sort_by)
    by_day: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_day[str(date_of(row))].append(row)
    written = unchanged = removed = 0
    for day, day_rows in sorted(by_day.items()):
        ordered = sorted(day_rows, key=lambda row: tuple(str(row.get(key) or "") for key in sort_by))
        new_table = to_arrow(table, ordered)
        path = partition_dir(warehouse, table, day) / PART_FILE
        if path.exists() and pq.read_table(path, schema=new_table.schema).equals(new_table):
            unchanged += 1
            continue
        write_parquet_atomic(new_table, path)
        written += 1
    root = Path(warehouse) / table
    if root.is_dir():
        for folder in root.glob("date=*"):
            if folder.name.removeprefix("date=") not in by_day:
                shutil.rmtree(folder)
                removed += 1
    return {"written": written, "unchanged": unchanged, "removed": removed}


def append_rows(warehouse: Path, table: str, day: date, name: str, rows: list[dict]) -> None:
    """Add one file of rows to an append-only table."""
    if rows:
        write_parquet_atomic(to_arrow(table, rows), partition_dir(warehouse, table, day) / f"{name}.parquet")


def read_rows(warehouse: Path, table: str, days: Iterable[date] | None = None) -> list[dict]:
    """Rows of a table (all partitions, or only the given days), as dicts with a `date` key."""
    root = Path(warehouse) / table
    if days is None:
        folders = sorted(root.glob("date=*")) if root.is_dir() else []
    else:
        folders = [partition_dir(warehouse, table, day) for day in days]
    rows = []
    for folder in folders:
        for path in sorted(folder.glob("*.parquet")):
            day = folder.name.removeprefix("date=")
            for row in pq.read_table(path).to_pylist():
                row["date"] = day
                rows.append(row)
    return rows


def connect(warehouse: Path, database: str | Path = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per warehouse table."""
    connection = duckdb.connect(str(database), read_only=read_only)
    if not read_only:
        create_views(connection, warehouse)
    return connection


def create_views(connection: duckdb.DuckDBPyConnection, warehouse: Path) -> None:
    """Run warehouse/views.sql; a table with no files yet gets an empty table of its schema."""
    root = Path(warehouse).resolve()
    for table, (_, schema) in TABLES.items():
        if not any((root / table).glob("date=*/*.parquet")):
            empty = schema.empty_table().append_column("date", pa.array([], pa.date32()))
            connection.register("_empty_arrow", empty)
            connection.execute(f'CREATE OR REPLACE TABLE "_empty_{table}" AS SELECT * FROM _empty_arrow')
            connection.unregister("_empty_arrow")
    lines = VIEWS_SQL.read_text(encoding="utf-8").splitlines()
    sql = "\n".join(line for line in lines if not line.lstrip().startswith("--"))
    for statement in [s.strip() for s in sql.split(";") if s.strip()]:
        table = statement.split("VIEW", 1)[1].split()[0].strip('"')
        if table in TABLES and not any((root / table).glob("date=*/*.parquet")):
            statement = f'CREATE OR REPLACE VIEW {table} AS SELECT * FROM "_empty_{table}"'
        connection.execute(statement.replace("{warehouse}", str(root).replace("'", "''")))


def build_database(warehouse: Path) -> Path:
    """(Re)build warehouse/incidentwire.duckdb with the views, through a temporary file and a rename."""
    warehouse = Path(warehouse)
    warehouse.mkdir(parents=True, exist_ok=True)
    target = warehouse / DATABASE_FILE
    fd, tmp = tempfile.mkstemp(dir=warehouse, prefix=".", suffix=".duckdb" + TEMP_SUFFIX)
    os.close(fd)
    os.unlink(tmp)  # DuckDB must create the file itself
    try:
        connection = duckdb.connect(tmp)
        create_views(connection, warehouse)
        connection.close()  # a clean close checkpoints: the file is whole, with no .wal beside it
        _fsync_file(tmp)
        failpoint("database.before_rename")
        os.replace(tmp, target)
        _fsync_dir(warehouse)
    finally:
        Path(tmp).unlink(missing_ok=True)
        Path(tmp + ".wal").unlink(missing_ok=True)
    return target


def remove_temp_files(warehouse: Path) -> int:
    """Delete temporary files a crashed writer left behind; call only while holding the warehouse lock."""
    removed = 0
    for folder, _, files in os.walk(warehouse):
        for name in files:
            if name.endswith(TEMP_SUFFIX) or name.endswith(TEMP_SUFFIX + ".wal"):
                Path(folder, name).unlink(missing_ok=True)
                removed += 1
    return removed


def _fsync_file(path: str | Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    # A rename is durable only once its directory entry is on disk.
    _fsync_file(folder)

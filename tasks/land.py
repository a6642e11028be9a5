"""Land stage: write hive-partitioned Parquet tables atomically and keep the DuckDB views current."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from tasks import land_s3, storage
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


def _remote(warehouse: Path | str) -> storage.Store | None:
    """The S3 store of an s3:// warehouse (every table function below dispatches on it), None for a local one."""
    return storage.open_store(str(warehouse)) if storage.is_remote(warehouse) else None


def partition_dir(warehouse: Path, table: str, day: date | str) -> Path:
    """The folder of one date partition."""
    return Path(warehouse) / table / f"date={day}"


def sorted_rows(rows: Iterable[dict], sort_by: Iterable[str]) -> list[dict]:
    """Rows in the order a partition is written: by the `sort_by` columns, compared as text."""
    sort_by = tuple(sort_by)
    return sorted(rows, key=lambda row: tuple(str(row.get(key) or "") for key in sort_by))


@contextmanager
def atomic_parquet_writer(path: Path, schema: pa.Schema) -> Iterator[pq.ParquetWriter]:
    """A Parquet writer into a temporary file renamed to `path` when the block ends, so readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            with pq.ParquetWriter(handle, schema, compression="zstd") as writer:
                yield writer
            handle.flush()
            os.fsync(handle.fileno())  # the bytes reach the disk before the name does (power cuts)
        failpoint("land.before_rename")
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_parquet_atomic(table: pa.Table, path: Path) -> None:
    """Write a Parquet file through a temporary file and a rename, so readers never see half a file."""
    with atomic_parquet_writer(path, table.schema) as writer:
        writer.write_table(table)


def replace_partition(warehouse: Path, table: str, day: date, rows: list[dict], sort_by: Iterable[str]) -> int:
    """Replace one date's rows of a table; an empty list removes the partition."""
    folder, store = partition_dir(warehouse, table, day), _remote(warehouse)
    ordered = sorted_rows(rows, sort_by)
    if store is not None:
        new_table = to_arrow(table, ordered) if rows else None
        land_s3.replace_with_table(store, f"{table}/date={day}", f"{table}/date={day}/{PART_FILE}", new_table)
        return len(rows)
    if not rows:
        if folder.exists():
            shutil.rmtree(folder)
        return 0
    write_parquet_atomic(to_arrow(table, ordered), folder / PART_FILE)
    return len(rows)


def replace_partition_batches(warehouse: Path, table: str, day: date, batches: Iterable[list[dict]]) -> int:
    """Replace one date's rows from batches already in sort order, one batch in memory at a time; none removes it."""
    store = _remote(warehouse)
    if store is not None:
        tables = (to_arrow(table, rows) for rows in batches if rows)
        key = f"{table}/date={day}/{PART_FILE}"
        return land_s3.replace_from_tables(store, f"{table}/date={day}", key, TABLES[table][1], tables)
    folder = partition_dir(warehouse, table, day)
    non_empty = (rows for rows in batches if rows)
    first = next(non_empty, None)
    if first is None:
        if folder.exists():
            shutil.rmtree(folder)
        return 0
    written = 0
    with atomic_parquet_writer(folder / PART_FILE, TABLES[table][1]) as writer:
        for rows in itertools.chain([first], non_empty):
            writer.write_table(to_arrow(table, rows))
            written += len(rows)
    return written


def sync_partitions(warehouse: Path, table: str, rows: list[dict], date_of, sort_by: Iterable[str]) -> dict:
    """Make a recomputed table match `rows`: rewrite only changed partitions, remove vanished ones."""
    sort_by = tuple(sort_by)
    by_day: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_day[str(date_of(row))].append(row)
    store = _remote(warehouse)
    if store is not None:
        ordered_by_day = {day: to_arrow(table, sorted_rows(day_rows, sort_by)) for day, day_rows in by_day.items()}
        return land_s3.sync_tables(store, table, ordered_by_day, PART_FILE)
    written = unchanged = removed = 0
    for day, day_rows in sorted(by_day.items()):
        new_table = to_arrow(table, sorted_rows(day_rows, sort_by))
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
    store = _remote(warehouse)
    if rows and store is not None:
        land_s3.put_table(store, to_arrow(table, rows), f"{table}/date={day}/{name}.parquet")
    elif rows:
        write_parquet_atomic(to_arrow(table, rows), partition_dir(warehouse, table, day) / f"{name}.parquet")


def read_rows(warehouse: Path, table: str, days: Iterable[date] | None = None) -> list[dict]:
    """Rows of a table (all partitions, or only the given days), as dicts with a `date` key."""
    store = _remote(warehouse)
    if store is not None:
        folders_s3 = [table] if days is None else [f"{table}/date={day}" for day in days]
        keys = [key for folder in folders_s3 for key in land_s3.files(store, folder)]
        return [
            {**row, "date": key.split("/")[1].removeprefix("date=")}
            for key in keys for row in land_s3.read_table(store, key).to_pylist()
        ]
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


def table_files(warehouse: Path | str, table: str) -> list[str]:
    """A table's Parquet files as `date=D/name.parquet`, sorted."""
    store = _remote(warehouse)
    if store is not None:
        return [key.split("/", 1)[1] for key in land_s3.files(store, table)]
    root = Path(warehouse) / table
    return [path.relative_to(root).as_posix() for path in sorted(root.glob("date=*/*.parquet"))] if root.is_dir() else []


def read_table_file(warehouse: Path | str, table: str, name: str, columns: list[str] | None = None) -> pa.Table:
    """One file of a table (`date=D/name.parquet`) as an Arrow table."""
    store = _remote(warehouse)
    if store is not None:
        return land_s3.read_table(store, f"{table}/{name}", columns=columns)
    return pq.read_table(Path(warehouse) / table / name, columns=columns)


def write_table_file(warehouse: Path | str, table: str, name: str, arrow: pa.Table) -> None:
    """Write (or replace) one file of a table atomically."""
    store = _remote(warehouse)
    if store is not None:
        land_s3.put_table(store, arrow, f"{table}/{name}")
    else:
        write_parquet_atomic(arrow, Path(warehouse) / table / name)


def delete_table_file(warehouse: Path | str, table: str, name: str) -> None:
    """Delete one file of a table."""
    store = _remote(warehouse)
    if store is not None:
        land_s3.delete_file(store, f"{table}/{name}")
    else:
        (Path(warehouse) / table / name).unlink()


def partition_files(warehouse: Path | str, table: str, day: date | str) -> list[pq.ParquetFile]:
    """The Parquet files of one date partition, opened for batch reads."""
    store = _remote(warehouse)
    if store is not None:
        return list(land_s3.parquet_files(store, f"{table}/date={day}"))
    return [pq.ParquetFile(path) for path in sorted(partition_dir(warehouse, table, day).glob("*.parquet"))]


def connect(warehouse: Path, database: str | Path = ":memory:", read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection with a view per warehouse table."""
    connection = duckdb.connect(str(database), read_only=read_only)
    if not read_only:
        create_views(connection, warehouse)
    return connection


def create_views(connection: duckdb.DuckDBPyConnection, warehouse: Path) -> None:
    """Run warehouse/views.sql; a table with no files yet gets an empty table of its schema."""
    store = _remote(warehouse)
    if store is not None:
        land_s3.register_views(connection, store)
        return
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


def build_database(warehouse: Path) -> Path | None:
    """(Re)build warehouse/incidentwire.duckdb with the views, through a temporary file and a rename; None on S3."""
    if storage.is_remote(warehouse):
        return None  # its views would hold Arrow datasets registered per connection: nothing a file can keep
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
    for folder, _, files in os.walk(storage.local_dir(warehouse)):
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

"""Table I/O for a warehouse on S3-compatible storage (tasks/land.py dispatches here for s3:// warehouses).

One S3 PUT is atomic per object: a reader sees the old object or the new one, never half of one.
So where a local writer writes a temporary file and renames it, this writer puts the new object
(built in a local temporary file first, so a failing writer uploads nothing) and then deletes the
partition's other, older objects. The fail point `land.before_rename` sits just before the PUT.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import duckdb
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from tasks.failpoints import failpoint
from tasks.schema import TABLES
from tasks.storage import Store

PARTITIONING = ds.partitioning(pa.schema([("date", pa.date32())]), flavor="hive")


def put_file(store: Store, local_path: str | Path, key: str) -> None:
    """Upload one local file as the object at `key` (a single atomic PUT, or a multipart upload completed at once)."""
    failpoint("land.before_rename")
    pafs.copy_files(str(local_path), store.path(key), source_filesystem=pafs.LocalFileSystem(),
                    destination_filesystem=store.filesystem)


def put_table(store: Store, table: pa.Table, key: str) -> None:
    """Write an Arrow table as the Parquet object at `key`, whole or not at all."""
    fd, tmp = tempfile.mkstemp(prefix="incidentwire-put-", suffix=".parquet")
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        put_file(store, tmp, key)
    finally:
        Path(tmp).unlink(missing_ok=True)


def files(store: Store, folder: str) -> list[str]:
    """Keys (relative to the warehouse root) of the Parquet objects under a folder, sorted."""
    selector = pafs.FileSelector(store.path(folder), recursive=True, allow_not_found=True)
    prefix = store.root + "/"
    return sorted(
        info.path.removeprefix(prefix)
        for info in store.filesystem.get_file_info(selector)
        if info.type == pafs.FileType.File and info.path.endswith(".parquet")
    )


def partitions(store: Store, table: str) -> list[str]:
    """The `date=...` folder names of a table that hold at least one Parquet object."""
    return sorted({key.split("/")[1] for key in files(store, table) if key.count("/") >= 2})


def delete_folder(store: Store, folder: str) -> None:
    """Delete every object under a folder (a partition removed, or emptied)."""
    store.filesystem.delete_dir_contents(store.path(folder), missing_dir_ok=True)
    try:
        store.filesystem.delete_dir(store.path(folder))
    except (FileNotFoundError, OSError):
        pass  # S3 has no real folders: nothing left to remove


def replace_folder_with(store: Store, folder: str, key: str, local_path: str | Path | None) -> None:
    """Put `local_path` as `key`, then delete the folder's other objects; None deletes the whole folder."""
    if local_path is None:
        delete_folder(store, folder)
        return
    put_file(store, local_path, key)
    for old in files(store, folder):
        if old != key:
            store.filesystem.delete_file(store.path(old))


def replace_with_table(store: Store, folder: str, key: str, table: pa.Table | None) -> None:
    """As replace_folder_with, from an Arrow table; None deletes the whole folder."""
    if table is None:
        delete_folder(store, folder)
        return
    fd, tmp = tempfile.mkstemp(prefix="incidentwire-put-", suffix=".parquet")
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        replace_folder_with(store, folder, key, tmp)
    finally:
        Path(tmp).unlink(missing_ok=True)


def read_table(store: Store, key: str, schema: pa.Schema | None = None, columns: list[str] | None = None) -> pa.Table:
    """One Parquet object as an Arrow table."""
    return pq.read_table(store.path(key), filesystem=store.filesystem, schema=schema, columns=columns)


def exists(store: Store, key: str) -> bool:
    """Whether an object exists."""
    return store.filesystem.get_file_info(store.path(key)).type == pafs.FileType.File


def delete_file(store: Store, key: str) -> None:
    """Delete one object."""
    store.filesystem.delete_file(store.path(key))


def parquet_files(store: Store, folder: str) -> Iterator[pq.ParquetFile]:
    """The Parquet objects of a folder, opened for batch reads."""
    for key in files(store, folder):
        yield pq.ParquetFile(store.filesystem.open_input_file(store.path(key)))


def register_views(connection: duckdb.DuckDBPyConnection, store: Store) -> None:
    """A view per table over a pyarrow dataset of its objects (DuckDB 2.0 has no offline httpfs; filters push down)."""
    for table, (_, schema) in TABLES.items():
        full_schema = schema.append(pa.field("date", pa.date32()))
        if files(store, table):
            source = ds.dataset(store.path(table), filesystem=store.filesystem, format="parquet",
                                schema=full_schema, partitioning=PARTITIONING)
        else:
            source = full_schema.empty_table()
        connection.register(f"_arrow_{table}", source)
        connection.execute(f'CREATE OR REPLACE VIEW {table} AS SELECT * FROM "_arrow_{table}"')


def replace_from_tables(store: Store, folder: str, key: str, schema: pa.Schema, tables: Iterator[pa.Table]) -> int:
    """Replace a partition with one object written from Arrow tables one at a time (a local file first); none removes it."""
    fd, tmp = tempfile.mkstemp(prefix="incidentwire-put-", suffix=".parquet")
    written = 0
    try:
        with os.fdopen(fd, "wb") as handle:
            writer = None
            for table in tables:
                writer = writer or pq.ParquetWriter(handle, schema, compression="zstd")
                writer.write_table(table)
                written += table.num_rows
            if writer is not None:
                writer.close()
        replace_folder_with(store, folder, key, tmp if written else None)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return written


def sync_tables(store: Store, table: str, by_day: dict[str, pa.Table], part_file: str) -> dict:
    """Make a recomputed table's objects match `by_day`: put only changed partitions, delete vanished ones."""
    written = unchanged = removed = 0
    for day, new_table in sorted(by_day.items()):
        folder = f"{table}/date={day}"
        key = f"{folder}/{part_file}"
        if exists(store, key) and read_table(store, key, schema=new_table.schema).equals(new_table):
            unchanged += 1
            continue
        replace_with_table(store, folder, key, new_table)
        written += 1
    for name in partitions(store, table):
        if name.removeprefix("date=") not in by_day:
            delete_folder(store, f"{table}/{name}")
            removed += 1
    return {"written": written, "unchanged": unchanged, "removed": removed}

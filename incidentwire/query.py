"""The `query` command: SQL over the warehouse views, read-only by default, parameters bound, printed as a table, CSV or JSON.

Read-only has two layers. DuckDB's own parser classifies every statement, and only reads pass:
SELECT (which covers WITH, VALUES, FROM-first, DESCRIBE, SHOW and SUMMARIZE), EXPLAIN of a read, and
the PRAGMAs that only report. Then the connection is locked down before the query runs: external
access off except the warehouse folder (no other file, no URL, no ATTACH or COPY outside it), no
extension installed or loaded, and the configuration locked so the query cannot undo any of it.
The parser check matters because DuckDB's allowed_directories allows writes as well as reads
(measured on DuckDB 2.0: `COPY ... TO '<warehouse>/x.csv'` succeeds under the lockdown alone).
`write=True` lifts both layers and takes the warehouse lock, as any writer must.
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, datetime
from pathlib import Path

import duckdb

from tasks import land, storage
from tasks.report import format_table

# PRAGMAs that only report; any other PRAGMA (import_database, or a setting) is refused.
READ_PRAGMAS = frozenset({
    "show_tables", "show_tables_expanded", "table_info", "show", "database_list", "database_size",
    "version", "platform", "functions", "collations", "storage_info", "metadata_info", "user_agent",
})
_EXPLAIN = re.compile(r"^\s*explain\s+(?:\(\s*[^)]*\)\s*|analy[sz]e\s+)?", re.IGNORECASE)
_PRAGMA_NAME = re.compile(r"^\s*pragma\s+(\w+)", re.IGNORECASE)
# A canned query declares a parameter's default in a comment line: `-- default $start = 1970-01-01`.
_DEFAULT_PARAM = re.compile(r"^[ \t]*--[ \t]*default[ \t]+\$([A-Za-z_]\w*)[ \t]*=[ \t]*([^\n]*?)[ \t]*$", re.MULTILINE)


class QueryRefused(ValueError):
    """A statement that could change something, refused in read-only mode."""


Params = dict[str, str] | list[str] | None


def refuse_writes(statements: list[duckdb.Statement]) -> None:
    """Raise QueryRefused unless every statement only reads."""
    for statement in statements:
        if not _reads_only(statement):
            first_words = " ".join(statement.query.split()[:4])
            raise QueryRefused(
                f"query is read-only: {statement.type.name} statements are refused ({first_words} ...); "
                "only SELECT, WITH, EXPLAIN, DESCRIBE, SHOW, SUMMARIZE and reporting PRAGMAs run (--write lifts this)"
            )


def lock_down(connection: duckdb.DuckDBPyConnection, warehouse: Path) -> None:
    """No file or URL outside the warehouse, no extensions, and no way to change that back."""
    folder = str(storage.local_dir(warehouse).resolve()).rstrip("/") + "/"  # S3 tables are Arrow scans, not files
    connection.execute("SET allowed_directories = ?", [[folder]])
    for statement in (
        "SET enable_external_access = false",
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        "SET allow_community_extensions = false",
        "SET lock_configuration = true",
    ):
        connection.execute(statement)


def parse_params(named: list[str] | None, positional: list[str] | None) -> Params:
    """--param NAME=VALUE pairs as a dict, or --arg VALUEs as a list (DuckDB cannot mix the two)."""
    if named and positional:
        raise ValueError("use --param NAME=VALUE or --arg VALUE, not both: DuckDB cannot mix named and positional parameters")
    if positional:
        return list(positional)
    if not named:
        return None
    params = {}
    for item in named:
        name, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_]\w*", name):
            raise ValueError(f"--param wants NAME=VALUE (a name for $NAME in the SQL), got {item!r}")
        params[name] = value
    return params


def execute(connection: duckdb.DuckDBPyConnection, sql: str, params: Params = None, write: bool = False):
    """Run each statement with its parameters bound (never formatted into the SQL); the last one's cursor."""
    statements = duckdb.extract_statements(sql)
    if not statements:
        raise ValueError("no SQL statement given")
    if not write:
        refuse_writes(statements)
    wanted = set().union(*(statement.named_parameters for statement in statements))
    if wanted and (params is None or isinstance(params, dict)):
        params = {**{n: v for n, v in sql_defaults(sql).items() if n in wanted}, **(params or {})}
    if isinstance(params, dict):
        missing, unused = wanted - params.keys(), params.keys() - wanted
        if missing or unused:
            raise ValueError(
                "parameters do not match the SQL: "
                + "; ".join(filter(None, [
                    missing and "missing " + ", ".join(f"${n} (--param {n}=VALUE)" for n in sorted(missing)),
                    unused and "unused " + ", ".join(sorted(unused)),
                ]))
            )
    elif params is not None and len(statements) > 1:
        raise ValueError("--arg (positional ?) needs a single statement; use --param NAME=VALUE with $NAME")
    cursor = None
    for statement in statements:
        if isinstance(params, dict):
            cursor = connection.execute(statement, {n: params[n] for n in statement.named_parameters})
        elif params is not None:
            cursor = connection.execute(statement, params)
        else:
            cursor = connection.execute(statement)
    return cursor


def sql_defaults(sql: str) -> dict[str, str]:
    """Parameter defaults a SQL text declares in `-- default $name = value` comment lines."""
    return {name: value for name, value in _DEFAULT_PARAM.findall(sql)}


def run_sql(warehouse: Path, sql: str, output_format: str = "table", params: Params = None, write: bool = False,
            lock_timeout_seconds: float = 3600.0) -> str:
    """Run SQL against the warehouse (read-only unless `write`) and render the result."""
    if not storage.exists(warehouse):
        raise FileNotFoundError(f"no warehouse at {warehouse} (run `incidentwire run` first)")
    if write:
        from tasks.lock import holder_info, warehouse_lock

        with warehouse_lock(warehouse, holder_info("query --write", None), lock_timeout_seconds):
            columns, rows = _run(warehouse, sql, params, write=True)
    else:
        columns, rows = _run(warehouse, sql, params, write=False)
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if output_format == "json":
        return "".join(json.dumps(dict(zip(columns, row)), default=_json_default) + "\n" for row in rows)
    return format_table(columns, rows) + "\n"


def _run(warehouse: Path, sql: str, params: Params, write: bool) -> tuple[list[str], list[tuple]]:
    connection = land.connect(warehouse)
    try:
        if not write:
            lock_down(connection, warehouse)
        cursor = execute(connection, sql, params, write)
        if cursor.description is None:
            return ["result"], [("ok",)]
        return [column[0] for column in cursor.description], cursor.fetchall()
    finally:
        connection.close()


def _reads_only(statement: duckdb.Statement) -> bool:
    kind = statement.type
    if kind == duckdb.StatementType.SELECT:
        return True
    if kind == duckdb.StatementType.EXPLAIN:
        # EXPLAIN ANALYZE runs its statement: EXPLAIN ANALYZE COPY ... TO would write a file.
        try:
            inner = duckdb.extract_statements(_EXPLAIN.sub("", statement.query, count=1))
        except duckdb.Error:
            return False
        return len(inner) == 1 and inner[0].type == duckdb.StatementType.SELECT
    if kind == duckdb.StatementType.PRAGMA:
        match = _PRAGMA_NAME.match(statement.query)
        return bool(match) and match.group(1).lower() in READ_PRAGMAS
    return False


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)

"""The `query` command: SQL over the warehouse views, printed as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

from tasks import land
from tasks.report import format_table, run_query


def run_sql(warehouse: Path, sql: str, output_format: str = "table") -> str:
    """Run SQL against the warehouse and render the result."""
    if not Path(warehouse).is_dir():
        raise FileNotFoundError(f"no warehouse at {warehouse} (run `incidentwire run` first)")
    connection = land.connect(warehouse)
    try:
        columns, rows = run_query(connection, sql)
    finally:
        connection.close()
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if output_format == "json":
        return "".join(json.dumps(dict(zip(columns, row)), default=_json_default) + "\n" for row in rows)
    return format_table(columns, rows) + "\n"


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)

"""Report stage: canned SQL over the warehouse, rendered as a text or Markdown summary."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tasks import land

QUERIES_DIR = Path(__file__).resolve().parents[1] / "warehouse" / "queries"


def canned_query(name: str) -> str:
    """The SQL text of a canned query in warehouse/queries/."""
    path = QUERIES_DIR / f"{name}.sql"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in QUERIES_DIR.glob("*.sql")))
        raise FileNotFoundError(f"no canned query {name!r} (known: {known})")
    return path.read_text(encoding="utf-8")


def run_query(connection: duckdb.DuckDBPyConnection, sql: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    """Column names and rows of one query."""
    cursor = connection.execute(sql, params or [])
    return [column[0] for column in cursor.description], cursor.fetchall()


def format_table(columns: list[str], rows: list[tuple], markdown: bool = False, max_width: int = 60) -> str:
    """Rows as an aligned text table (or a Markdown table)."""
    cells = [[_cell(value, max_width) for value in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    if markdown:
        lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in cells]
        return "\n".join(lines)
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


def summary(warehouse: Path, markdown: bool = False, runs: int = 10) -> str:
    """The short summary printed after a run: stage counts, totals, flagged records, incidents by country, the deadliest."""
    connection = land.connect(warehouse)
    try:
        sections = []
        for title, name in (
            ("Runs (newest first)", "runs"),
            ("Warehouse totals", "totals"),
            ("Flagged by plausibility checks (landed, confidence lowered)", "flagged"),
            ("Incidents by country", "incidents_by_country"),
            ("The five deadliest incidents, with their sources", "deadliest"),
        ):
            sql = canned_query(name)
            if name == "runs":
                sql = sql.replace("LIMIT 20", f"LIMIT {int(runs)}")
            columns, rows = run_query(connection, sql)
            heading = f"## {title}" if markdown else f"{title}\n{'=' * len(title)}"
            body = format_table(columns, rows, markdown=markdown, max_width=200 if name == "deadliest" else 60)
            sections.append(f"{heading}\n{body if rows else '(none)'}")
        return "\n\n".join(sections) + "\n"
    finally:
        connection.close()


def _cell(value: object, max_width: int) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= max_width else text[: max_width - 1] + "…"

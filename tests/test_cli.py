"""The console script, run as a user runs it: a subprocess, its exit code and its output."""

import json
import os
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from tasks import land
from tests.conftest import shared_path

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "incidentwire.cli"]


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, text=True, cwd=REPO, env=env, timeout=120)


@pytest.fixture
def small_warehouse(warehouse: Path) -> Path:
    now = datetime(2026, 3, 10, 8, tzinfo=timezone.utc)
    land.replace_partition(warehouse, "articles", date(2026, 3, 10), [
        {"id": "a1", "url": "https://x/1", "canonical_url": "https://x/1", "source": "s", "title": "T",
         "published_at": now, "fetched_at": now, "language": "en", "body_text": "b", "content_hash": "h",
         "duplicate_of": None, "run_id": "r"}], ["id"])
    land.sync_partitions(warehouse, "incidents", [
        {"incident_id": "i1", "event_date": "2026-03-10", "country": "Iraq", "killed": 5, "wounded": 5}],
        lambda row: row["event_date"], ["incident_id"])
    land.sync_partitions(warehouse, "incident_articles", [
        {"incident_id": "i1", "article_id": "a1", "mention_index": 0, "url": "https://x/1", "article_date": "2026-03-10"}],
        lambda row: row["article_date"], ["incident_id"])
    return warehouse


def test_query_formats(small_warehouse):
    table = run_cli("query", "select country, killed from incidents", "--warehouse", str(small_warehouse))
    assert table.returncode == 0 and "Iraq" in table.stdout and "killed" in table.stdout
    as_json = run_cli("query", "select id, date from articles", "--format", "json", "--warehouse", str(small_warehouse))
    assert json.loads(as_json.stdout) == {"id": "a1", "date": "2026-03-10"}
    as_csv = run_cli("query", "select killed, wounded from incidents", "--format", "csv", "--warehouse", str(small_warehouse))
    assert as_csv.stdout.splitlines() == ["killed,wounded", "5,5"]


def test_query_file_and_report(small_warehouse, tmp_path):
    result = run_cli("query", "--file", str(REPO / "warehouse/queries/deadliest.sql"), "--warehouse", str(small_warehouse))
    assert result.returncode == 0 and "https://x/1" in result.stdout, result.stderr
    out = tmp_path / "report.md"
    report = run_cli("report", "--summary", "--warehouse", str(small_warehouse), "--out", str(out))
    assert report.returncode == 0 and "## Incidents by country" in out.read_text() and "| Iraq | 1 | 5 | 5 |" in out.read_text()
    brief = run_cli("report", "--warehouse", str(small_warehouse), "--out", str(tmp_path / "briefs"))
    assert brief.returncode == 0 and brief.stdout.strip() == str(tmp_path / "briefs" / "brief-2026-03-10.html"), brief.stderr
    assert "| Day (2026-03-10) | 1 | 5 | 5 | 1 |" in (tmp_path / "briefs" / "brief-2026-03-10.md").read_text()


def test_errors_are_one_clear_line(small_warehouse):
    bad_sql = run_cli("query", "select * from nowhere", "--warehouse", str(small_warehouse))
    assert bad_sql.returncode == 1 and bad_sql.stderr.startswith("incidentwire: error:")
    assert len(bad_sql.stderr.strip().splitlines()) == 1 and "Traceback" not in bad_sql.stderr
    missing = run_cli("query", "select 1", "--warehouse", str(small_warehouse / "nope"))
    assert missing.returncode == 1 and "no warehouse" in missing.stderr
    bad_registry = run_cli("run", "--sources", "/nonexistent.yaml", "--warehouse", str(small_warehouse))
    assert bad_registry.returncode == 1 and "source registry not found" in bad_registry.stderr


def test_extract_files_and_jsonl(tmp_path):
    seed = shared_path("seeds", "000_e8797aea7a97c89d.txt")
    result = run_cli("extract", "--published", "2024-03-26", str(seed))
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    [incident] = json.loads(line)["incidents"]
    assert incident["perpetrator"] == "Islamic State" and incident["killed"] == 5 and incident["wounded"] == 5
    html = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in seed.read_text().split("\n\n")) + "</article></body></html>"
    lines = "\n".join([
        json.dumps({"id": "t1", "text": seed.read_text(), "published": "2024-03-26"}),
        json.dumps({"id": "h1", "html": html, "published": "2024-03-26"}),
        json.dumps({"id": "n1", "text": "The central bank held interest rates steady on Tuesday.", "published": "2024-03-26"}),
        "not json",
    ])
    out = run_cli("extract", "--jsonl", "-", stdin=lines)
    rows = [json.loads(l) for l in out.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["t1", "h1", "n1", None]
    assert rows[0]["incidents"][0]["event_date"] == "2024-03-25" and rows[1]["incidents"][0]["killed"] == 5
    assert rows[2]["incidents"] == [] and "line 4" in out.stderr


@pytest.mark.flow
def test_run_demo_for_one_day_lands_and_prints_the_summary(tmp_path):
    result = run_cli("run", "--demo", "--date", "2026-03-12", "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert "[2026-03-12] discovered" in result.stderr and "Incidents by country" in result.stdout
    assert "The five deadliest incidents" in result.stdout and "/tigris/2026/03/12/" in result.stdout
    assert (tmp_path / "wh" / "incidentwire.duckdb").exists()

from datetime import date, datetime, timezone


from tasks import land


def article_row(i: int) -> dict:
    now = datetime(2026, 3, 10, tzinfo=timezone.utc)
    return {"id": f"a{i}", "url": f"https://x/{i}", "canonical_url": f"https://x/{i}", "source": "s", "title": "t",
            "published_at": now, "fetched_at": now, "language": "en", "body_text": "b", "content_hash": "h",
            "duplicate_of": None, "run_id": "r"}


def test_replace_partition_replaces_and_never_duplicates(warehouse):
    day = date(2026, 3, 10)
    land.replace_partition(warehouse, "articles", day, [article_row(1), article_row(2)], ["id"])
    land.replace_partition(warehouse, "articles", day, [article_row(2), article_row(3)], ["id"])
    con = land.connect(warehouse)
    assert con.execute("select id from articles order by id").fetchall() == [("a2",), ("a3",)]
    assert con.execute("select distinct date from articles").fetchall() == [(day,)]
    land.replace_partition(warehouse, "articles", day, [], ["id"])
    assert land.connect(warehouse).execute("select count(*) from articles").fetchone() == (0,)
    assert not list(warehouse.rglob("*.tmp"))


def test_sync_partitions_rewrites_only_what_changed(warehouse):
    rows = [{"incident_id": "i1", "event_date": "2026-03-10", "killed": 1},
            {"incident_id": "i2", "event_date": "2026-03-11", "killed": 2}]
    by_day = lambda row: row["event_date"]
    assert land.sync_partitions(warehouse, "incidents", rows, by_day, ["incident_id"])["written"] == 2
    stamp = (warehouse / "incidents" / "date=2026-03-10" / land.PART_FILE).stat().st_mtime_ns
    rows[1]["killed"] = 5
    stats = land.sync_partitions(warehouse, "incidents", rows, by_day, ["incident_id"])
    assert stats == {"written": 1, "unchanged": 1, "removed": 0}
    assert (warehouse / "incidents" / "date=2026-03-10" / land.PART_FILE).stat().st_mtime_ns == stamp
    assert land.sync_partitions(warehouse, "incidents", rows[:1], by_day, ["incident_id"])["removed"] == 1


def test_views_work_on_an_empty_warehouse_and_the_database_file_is_built(warehouse):
    con = land.connect(warehouse)
    for table in ("articles", "incidents", "incident_articles", "runs", "fetch_failures"):
        assert con.execute(f"select count(*) from {table}").fetchone() == (0,)
    path = land.build_database(warehouse)
    assert path.name == "incidentwire.duckdb" and path.exists()


def test_to_arrow_keeps_the_declared_schema():
    table = land.to_arrow("incidents", [{"incident_id": "i", "weapons": ["firearms"], "evidence": {"killed": "x"}}])
    assert table.schema.field("killed").type == "int64" and table.column("evidence")[0].as_py() == '{"killed": "x"}'

"""Streaming a day through spills lands the same tables as processing the whole day's list at once."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pyarrow.parquet as pq

from incidentwire import pipeline, stream
from incidentwire.faultcontent import DAY, make_articles, render_page
from tasks import land
from tasks.fetch import FetchRecord

REPO = Path(__file__).resolve().parents[1]

BASE = "https://stream.example"


def _records(section: str, count: int, day=DAY) -> list[FetchRecord]:
    fetched_at = datetime.combine(day, datetime.min.time(), timezone.utc) + timedelta(hours=20)
    return [
        FetchRecord(f"{BASE}{a.path}", f"{BASE}{a.path}", 200, {"content-type": "text/html; charset=utf-8"},
                    render_page(a, BASE), fetched_at, 1, source_id="s", run_id="r")
        for a in make_articles(section, count, day)
    ]


def _cleaned(records: list[FetchRecord]) -> list:
    articles, failures = pipeline.clean_records(records, {"s": "en"})
    assert failures == []
    return articles


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


def test_a_streamed_day_lands_the_rows_of_the_whole_list_in_the_same_order(tmp_path: Path):
    prior = _cleaned(_records("old", 4, DAY - timedelta(days=1)))
    today = _cleaned(_records("new", 14))
    # yesterday's first story again today at another address: an exact copy of a prior-day row
    copied = [replace(prior[0], article_id="0" + prior[0].article_id[1:], url=prior[0].url + "?copy",
                      published_at=prior[0].published_at + timedelta(days=1), date=DAY)]
    relisted = today[:2]  # the same pages reached through a second link: one row per id
    articles = today + copied + relisted
    assert {a.date for a in articles} == {DAY}
    whole, streamed = tmp_path / "whole", tmp_path / "streamed"
    for warehouse in (whole, streamed):
        pipeline.land_day(warehouse, DAY - timedelta(days=1), pipeline.dedup_day(prior, [], 0.7), [])

    marked = pipeline.dedup_day(articles, pipeline.prior_articles(whole, DAY), 0.7)
    mentions, _ = pipeline.extract_mentions(marked)
    pipeline.land_day(whole, DAY, marked, mentions)

    with stream.spill_root() as (root, store):
        spill = stream.DaySpill(DAY, root, store)
        for batch in stream.batches(articles, 5):
            spill.add(batch)
        prior_stubs, bands = stream.prior_signatures(streamed, DAY, store)
        assert len(prior_stubs) == 4 and all(stub.body_text == "" for stub in prior_stubs + spill.stubs)
        kept = stream.dedup_spill(spill, prior_stubs, bands, 0.7)
        found, _ = stream.extract_spill(spill, kept, lambda chunk: _done(pipeline.extract_mentions(chunk)), 3, 2)
        stream.land_spill(streamed, spill, kept, found)
        buckets = len(list(spill.folder.iterdir()))

    assert buckets > 1  # several id buckets were merged back in order
    for table in ("articles", "mentions"):
        expected = pq.read_table(land.partition_dir(whole, table, DAY) / land.PART_FILE)
        got = pq.read_table(land.partition_dir(streamed, table, DAY) / land.PART_FILE)
        assert got.equals(expected), table
    rows = pq.read_table(land.partition_dir(streamed, "articles", DAY)).to_pylist()
    assert len(rows) == 15 and sum(1 for row in rows if row["duplicate_of"]) == 1  # 14 new + the copy; relisted folded
    assert [row["id"] for row in rows] == sorted(row["id"] for row in rows)
    assert len(found) > 0


def test_streamed_batches_replace_a_partition_and_none_removes_it(tmp_path: Path):
    articles = pipeline.dedup_day(_cleaned(_records("one", 3)), [], 0.7)
    rows = sorted((pipeline.article_row(a) for a in articles), key=lambda row: row["id"])
    assert land.replace_partition_batches(tmp_path, "articles", DAY, [rows[:1], [], rows[1:]]) == 3
    assert pq.read_table(land.partition_dir(tmp_path, "articles", DAY)).column("id").to_pylist() == [r["id"] for r in rows]
    assert land.replace_partition_batches(tmp_path, "articles", DAY, []) == 0
    assert not land.partition_dir(tmp_path, "articles", DAY).exists()


def test_compact_dedup_marks_the_labelled_pairs_as_the_in_memory_dedup_does(tmp_path: Path):
    from tasks import dedup, dedup_compact, dedup_eval

    start = datetime(2026, 1, 1, 8, tzinfo=timezone.utc)
    pairs = dedup_eval.load_pairs()
    firsts = [dedup_eval.pair_article(pair["a"], start) for pair in pairs]
    seconds = [dedup_eval.pair_article(pair["b"], start + timedelta(hours=2)) for pair in pairs]
    prior, new = firsts[::2], dedup.unique_by_id(firsts[1::2] + seconds)  # copies within the day and across days
    expected = [a.duplicate_of for a in dedup.mark_duplicates(new, prior, 0.7)]
    store = dedup_compact.TextStore(tmp_path / "texts.sqlite")
    store.put([(a.content_hash, a.body_text) for a in prior + new])
    bands = {a.content_hash: dedup_compact.text_bands(a.content_hash, a.body_text) for a in prior + new}
    stubs = lambda articles: [replace(a, body_text="") for a in articles]  # noqa: E731
    got = [a.duplicate_of for a in dedup_compact.mark_duplicates(stubs(new), stubs(prior), bands.get, store, 0.7)]
    assert sum(1 for d in expected if d) > 50  # exact, address and near-duplicate copies are all exercised
    assert got == expected


def test_a_killed_runs_spill_folder_is_swept_by_the_next_run(tmp_path):
    """A run killed mid-day leaves its spill folder; the next run's spill_root removes it, not a live one."""
    import signal
    import subprocess
    import sys

    script = (
        "import sys, time\nfrom pathlib import Path\nfrom incidentwire import stream\n"
        "with stream.spill_root(Path(sys.argv[1])) as (root, store):\n"
        "    (root / 'bucket.parquet').write_bytes(b'x')\n    print(root, flush=True)\n    time.sleep(60)\n"
    )
    victim = subprocess.Popen([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    left = Path(victim.stdout.readline().strip())
    victim.send_signal(signal.SIGKILL)  # no cleanup runs, as when the OOM killer or a node loss ends a run
    victim.wait()
    assert left.is_dir() and (left / "bucket.parquet").exists()

    with stream.spill_root(tmp_path) as (live, _):
        with stream.spill_root(tmp_path) as (nested, _):  # a second run's sweep spares the live one
            assert live.is_dir() and nested.is_dir()
        assert not left.exists()
    assert list(tmp_path.iterdir()) == []

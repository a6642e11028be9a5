"""The warehouse on S3-compatible storage: moto's S3 server, started here, holds the tables; DuckDB reads them."""

import os
import socket
import subprocess
import sys
import time
from datetime import date, datetime, timezone
from pathlib import Path

import boto3
import pytest

from incidentwire.settings import Settings
from tasks import land, runlog, storage
from tests.conftest import demo_flow_options, sql, stable_rows

BUCKET = "lake"
DATA_TABLES = ("articles", "mentions", "incident_articles", "incidents", "fetch_failures")
DAYS = ("2026-03-09", "2026-03-10")  # two days of the demo week: enough to resolve across days, and lean


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _start_moto(**env: str) -> tuple[subprocess.Popen, str]:
    """moto's S3 server on a free port (its process and endpoint URL), started with extra environment `env`."""
    port = _free_port()
    server = Path(sys.executable).with_name("moto_server")
    process = subprocess.Popen([str(server), "-H", "127.0.0.1", "-p", str(port)], env={**os.environ, **env},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("moto_server did not start")
            time.sleep(0.1)


@pytest.fixture(scope="module")
def s3(tmp_path_factory):
    """moto's S3 server on a free port, a bucket, and the INCIDENTWIRE_S3_* variables pointing at it."""
    process, endpoint = _start_moto()
    try:
        client = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id="test",
                              aws_secret_access_key="test", region_name="us-east-1")
        client.create_bucket(Bucket=BUCKET)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("INCIDENTWIRE_S3_ENDPOINT", endpoint)
            patch.setenv("INCIDENTWIRE_S3_REGION", "us-east-1")
            patch.setenv("INCIDENTWIRE_S3_ACCESS_KEY_ID", "test")
            patch.setenv("INCIDENTWIRE_S3_SECRET_ACCESS_KEY", "test")
            patch.setenv("INCIDENTWIRE_STATE_DIR", str(tmp_path_factory.mktemp("state")))
            yield {"client": client, "endpoint": endpoint}
    finally:
        process.kill()
        process.wait()


def _keys(s3, prefix: str) -> list[str]:
    listing = s3["client"].list_objects_v2(Bucket=BUCKET, Prefix=prefix)
    # pyarrow leaves an empty "folder/" marker object when it deletes a folder's last object: not data
    return sorted(item["Key"] for item in listing.get("Contents", []) if not item["Key"].endswith("/"))


def test_an_s3_uri_survives_settings_and_paths(monkeypatch, tmp_path):
    monkeypatch.setenv("INCIDENTWIRE_WAREHOUSE", "s3://bucket/some/prefix/")
    assert Settings.from_env().warehouse == "s3://bucket/some/prefix"
    assert Settings.from_env(warehouse="s3://b/p").warehouse == "s3://b/p"
    assert Settings.from_env(warehouse=str(tmp_path)).warehouse == tmp_path
    # Path() folds "//": the store still finds bucket and prefix
    assert storage.split_uri(str(Path("s3://bucket/some/prefix"))) == ("bucket", "some/prefix")
    assert storage.local_dir("s3://bucket/p", tmp_path) == tmp_path / "s3" / "bucket" / "p"
    assert storage.local_dir(tmp_path / "wh") == tmp_path / "wh"


def test_credentials_fall_back_to_the_aws_variables(monkeypatch):
    for name in ("S3_ENDPOINT", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(f"INCIDENTWIRE_{name}", raising=False)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "aws-key")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret")
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "https://minio.example:9000")
    assert storage.s3_options() == {"access_key": "aws-key", "secret_key": "aws-secret", "region": "eu-west-1",
                                    "endpoint_override": "minio.example:9000", "scheme": "https"}
    monkeypatch.setenv("INCIDENTWIRE_S3_ENDPOINT", "http://127.0.0.1:5055")
    monkeypatch.setenv("INCIDENTWIRE_S3_ACCESS_KEY_ID", "ours")
    monkeypatch.setenv("INCIDENTWIRE_S3_SECRET_ACCESS_KEY", "our-secret")
    options = storage.s3_options()
    assert (options["endpoint_override"], options["scheme"], options["access_key"]) == ("127.0.0.1:5055", "http", "ours")


def test_a_missing_bucket_or_unreachable_endpoint_fails_at_once(s3, monkeypatch):
    with pytest.raises(storage.StorageError, match="bucket 'no-such-bucket' does not exist"):
        land.append_rows("s3://no-such-bucket/wh", "runs", date(2026, 3, 9), "r", [{"run_id": "r"}])
    monkeypatch.setenv("INCIDENTWIRE_S3_ENDPOINT", f"http://127.0.0.1:{_free_port()}")
    with pytest.raises(storage.StorageError, match="cannot reach bucket 'lake'") as caught:
        storage.open_store("s3://lake/elsewhere")
    assert "\n" not in str(caught.value)


def test_wrong_credentials_fail_at_once_naming_the_variables(monkeypatch):
    """A server that checks signatures (moto with IAM auth on) refuses a wrong secret: one clear line, no traceback."""
    process, endpoint = _start_moto(INITIAL_NO_AUTH_ACTION_COUNT="4")  # the set-up calls below run before auth starts
    try:
        iam = boto3.client("iam", endpoint_url=endpoint, aws_access_key_id="setup", aws_secret_access_key="setup",
                           region_name="us-east-1")
        iam.create_user(UserName="loader")
        key = iam.create_access_key(UserName="loader")["AccessKey"]
        iam.put_user_policy(UserName="loader", PolicyName="s3", PolicyDocument=(
            '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}'))
        boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=key["AccessKeyId"], region_name="us-east-1",
                     aws_secret_access_key=key["SecretAccessKey"]).create_bucket(Bucket="guarded")
        monkeypatch.setenv("INCIDENTWIRE_S3_ENDPOINT", endpoint)
        monkeypatch.setenv("INCIDENTWIRE_S3_REGION", "us-east-1")
        monkeypatch.setenv("INCIDENTWIRE_S3_ACCESS_KEY_ID", key["AccessKeyId"])
        monkeypatch.setenv("INCIDENTWIRE_S3_SECRET_ACCESS_KEY", key["SecretAccessKey"])
        assert storage.open_store("s3://guarded/wh").root == "guarded/wh"  # the right keys work
        monkeypatch.setenv("INCIDENTWIRE_S3_SECRET_ACCESS_KEY", "not-the-secret")
        with pytest.raises(storage.StorageError, match="access to bucket 'guarded' denied; check INCIDENTWIRE_S3_ACCESS_KEY_ID") as caught:
            land.append_rows("s3://guarded/wh", "runs", date(2026, 3, 9), "r", [{"run_id": "r"}])
        assert "\n" not in str(caught.value) and "not-the-secret" not in str(caught.value)
    finally:
        process.kill()
        process.wait()


def test_partitions_are_replaced_synced_and_read_back_on_s3(s3):
    warehouse = "s3://lake/unit"
    day = date(2026, 3, 9)
    rows = [{"id": f"a{i}", "url": f"http://x/{i}", "title": "t", "body_text": "b"} for i in (2, 1)]
    assert land.replace_partition(warehouse, "articles", day, rows, sort_by=("id",)) == 2
    assert land.replace_partition(warehouse, "articles", day, rows[:1], sort_by=("id",)) == 1
    assert _keys(s3, "unit/articles/") == ["unit/articles/date=2026-03-09/part-0.parquet"]
    assert [(row["id"], row["date"]) for row in land.read_rows(warehouse, "articles")] == [("a2", "2026-03-09")]
    assert land.replace_partition(warehouse, "articles", day, [], sort_by=("id",)) == 0
    assert _keys(s3, "unit/articles/") == []

    incidents = [{"incident_id": "i1", "event_date": "2026-03-09"}, {"incident_id": "i2", "event_date": "2026-03-10"}]
    day_of = lambda row: row["event_date"]  # noqa: E731
    assert land.sync_partitions(warehouse, "incidents", incidents, day_of, ("incident_id",)) == {
        "written": 2, "unchanged": 0, "removed": 0}
    assert land.sync_partitions(warehouse, "incidents", incidents[:1], day_of, ("incident_id",)) == {
        "written": 0, "unchanged": 1, "removed": 1}
    assert sql(warehouse, "SELECT incident_id, date FROM incidents") == [("i1", date(2026, 3, 9))]


def test_a_dead_runs_row_is_marked_crashed_on_s3(s3):
    warehouse = "s3://lake/runlog"
    runlog.mark_started(warehouse, "dead", "daily", "{}", datetime(2026, 3, 9, 8, tzinfo=timezone.utc))
    assert runlog.close_crashed_runs(warehouse) == ["dead"]
    assert sql(warehouse, "SELECT run_id, status FROM runs") == [("dead", "crashed")]


@pytest.fixture(scope="module")
def landed(s3, prefect_harness, tmp_path_factory):
    """The same two demo days run by the real daily flow into a local warehouse and into s3://lake/demo."""
    from demo_site.server import start
    from flows.pipeline import daily

    local = tmp_path_factory.mktemp("local") / "warehouse"
    remote = "s3://lake/demo"
    with start() as site:
        local_runs = [daily(date=day, **demo_flow_options(site, local)) for day in DAYS]
        remote_runs = [daily(date=day, **demo_flow_options(site, remote)) for day in DAYS]
        rerun = daily(date=DAYS[-1], **demo_flow_options(site, remote))
    return {"local": local, "remote": remote, "local_runs": local_runs, "remote_runs": remote_runs, "rerun": rerun}


@pytest.mark.flow
def test_the_daily_flow_lands_on_s3_what_it_lands_locally(landed, s3):
    assert [run["status"] for run in landed["remote_runs"] + [landed["rerun"]]] == ["completed"] * 3
    assert sql(landed["remote"], "SELECT count(*) FROM articles")[0][0] > 0
    for table in DATA_TABLES:
        assert stable_rows(landed["remote"], table) == stable_rows(landed["local"], table), table
    # the rerun of a day duplicated nothing: every key is still unique
    assert sql(landed["remote"], "SELECT count(*) = count(DISTINCT id) FROM articles") == [(True,)]
    assert sql(landed["remote"], "SELECT count(*) = count(DISTINCT incident_id) FROM incidents") == [(True,)]
    assert sql(landed["remote"], "SELECT count(*), count(DISTINCT run_id) FROM runs") == [(3, 3)]
    keys = _keys(s3, "demo/")
    assert keys and not any(key.endswith((".tmp", ".duckdb")) for key in keys)
    assert not any("/raw/" in key for key in keys)  # the raw archive stays in the local state folder
    assert any((storage.local_dir(landed["remote"]) / "raw").iterdir())


@pytest.mark.flow
def test_the_query_command_reads_the_s3_warehouse(landed, capsys):
    from incidentwire.cli import main

    query = "SELECT count(*) AS n FROM incidents WHERE date >= ?::DATE"
    expected = sql(landed["local"], query, [DAYS[1]])[0][0]
    assert main(["query", "--warehouse", landed["remote"], "--format", "csv", query, "--arg", DAYS[1]]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", str(expected)]

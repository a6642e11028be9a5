"""prefect.yaml registers its deployments on a real local Prefect server, and a process worker runs the Dask one."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import yaml

from demo_site.server import start
from tasks import land

REPO = Path(__file__).resolve().parents[1]
PREFECT = str(Path(sys.executable).parent / "prefect")


def test_prefect_yaml_declares_daily_on_cron_and_backfill_without_schedule():
    config = yaml.safe_load((REPO / "prefect.yaml").read_text())
    deployments = {d["name"]: d for d in config["deployments"]}
    assert deployments["daily"]["schedules"] == [{"cron": "0 6 * * *", "timezone": "UTC"}]
    assert "schedules" not in deployments["backfill"] and deployments["backfill"]["parameters"]["refetch"] is False
    for deployment in deployments.values():
        module, name = deployment["entrypoint"].split(":")
        assert (REPO / module).is_file() and f"def {name}(" in (REPO / module).read_text()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.flow
def test_prefect_deploy_all_against_a_local_server_then_a_worker_runs_daily_on_dask(tmp_path):
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PROJECT_DIR": str(REPO),
    }
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if requests.get(f"http://127.0.0.1:{port}/api/health", timeout=2).ok:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        else:
            pytest.fail("the Prefect server did not come up within 90 s")

        def prefect(*args: str) -> subprocess.CompletedProcess:
            return subprocess.run([PREFECT, *args], env=env, cwd=REPO, capture_output=True, text=True, timeout=120)

        assert prefect("work-pool", "create", "incidentwire-local", "--type", "process").returncode == 0
        deployed = prefect("--no-prompt", "deploy", "--all")
        assert deployed.returncode == 0, deployed.stdout + deployed.stderr
        listed = prefect("deployment", "ls")
        assert "daily/daily" in listed.stdout and "backfill/backfill" in listed.stdout
        inspected = prefect("deployment", "inspect", "daily/daily")
        assert "0 6 * * *" in inspected.stdout
        on_dask = prefect("deployment", "inspect", "daily/daily-dask")
        assert "'INCIDENTWIRE_TASK_RUNNER': 'dask'" in on_dask.stdout, on_dask.stdout
        warehouse = tmp_path / "warehouse"
        with start() as site:  # one demo day through the deployment, as a scheduled run would go
            created = prefect(
                "deployment", "run", "daily/daily-dask", "--param", "date=2026-03-11",
                "--param", f"sources_file={REPO / 'sources' / 'demo.yaml'}", "--param", f"warehouse={warehouse}",
                "--param", "allow_private_addresses=true", "--param", f'url_variables={{"base_url": "{site.base_url}"}}',
            )
            assert created.returncode == 0, created.stdout + created.stderr
            worker = subprocess.run(
                [PREFECT, "worker", "start", "--pool", "incidentwire-local", "--run-once"],
                env={**env, "PREFECT_LOGGING_LEVEL": "INFO"}, cwd=REPO, capture_output=True, text=True, timeout=300,
            )
        output = worker.stdout + worker.stderr
        assert worker.returncode == 0 and "Creating a new Dask cluster" in output, output
        connection = land.connect(warehouse)
        try:
            runs = connection.execute("SELECT flow, status, cleaned FROM runs").fetchall()
        finally:
            connection.close()
        assert runs == [("daily", "completed", 7)], output
    finally:
        server.terminate()
        server.wait(timeout=30)

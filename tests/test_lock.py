"""The warehouse lock against real processes: a second writer waits, times out naming the holder, and a dead holder leaves no lock."""

import logging
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tasks.lock import WarehouseLocked, holder_info, read_holder, warehouse_lock
from tests.conftest import wait_for

REPO = Path(__file__).resolve().parents[1]
# A process that takes the lock, says so, and holds it until its standard input closes (or it is killed).
HOLDER = """
import sys
from tasks.lock import holder_info, warehouse_lock
with warehouse_lock(sys.argv[1], holder_info("daily", "run-held-by-child"), 5):
    print("locked", flush=True)
    sys.stdin.read()
"""


def start_holder(warehouse: Path, script: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", script, str(warehouse)], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )


@pytest.fixture
def holder(warehouse):
    """A child process holding the warehouse lock."""
    child = start_holder(warehouse, HOLDER)
    assert child.stdout.readline().strip() == "locked"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


def test_a_second_writer_waits_for_the_holder_then_proceeds(warehouse, holder, caplog):
    acquired = threading.Event()

    def second_run():
        with warehouse_lock(warehouse, holder_info("backfill", "second-run"), timeout_seconds=30):
            acquired.set()

    with caplog.at_level(logging.WARNING, logger="incidentwire"):
        thread = threading.Thread(target=second_run)
        thread.start()
        assert wait_for(lambda: "waiting for" in caplog.text)
        assert not acquired.is_set()  # the holder is alive and holding: the second run must still be waiting
        holder.stdin.close()  # the holder finishes its run
        thread.join(timeout=30)
    assert acquired.is_set()
    message = next(r.getMessage() for r in caplog.records if "waiting for" in r.getMessage())
    assert "run-held-by-child" in message and f"pid {holder.pid}" in message and "flow daily" in message


def test_a_short_timeout_fails_with_a_message_naming_the_holder(warehouse, holder):
    with pytest.raises(WarehouseLocked) as raised:
        with warehouse_lock(warehouse, holder_info("daily", "impatient"), timeout_seconds=0.2):
            pytest.fail("took a lock another process holds")
    message = str(raised.value)
    assert "run-held-by-child" in message and f"pid {holder.pid}" in message and "gave up after 0.2 s" in message


@pytest.mark.parametrize("death", ["sigkill", "os_exit"])
def test_a_dead_holder_leaves_no_stale_lock(warehouse, death):
    # os._exit while holding is what a fail point does: no finally, no unlock, no cleanup of the holder info.
    script = HOLDER if death == "sigkill" else HOLDER.replace("sys.stdin.read()", "import os; os._exit(137)")
    child = start_holder(warehouse, script)
    assert child.stdout.readline().strip() == "locked"
    if death == "sigkill":
        child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=60) in (-signal.SIGKILL, 137)
    assert read_holder(warehouse)["run_id"] == "run-held-by-child"  # the dead run's info is still there
    with warehouse_lock(warehouse, holder_info("daily", "after-crash"), timeout_seconds=0):
        assert read_holder(warehouse)["run_id"] == "after-crash"


def test_the_lock_excludes_within_one_process_too(warehouse):
    # flock belongs to an open file, not a process: a flow and a test in one process still exclude each other.
    with warehouse_lock(warehouse, holder_info("daily", "first"), timeout_seconds=0):
        with pytest.raises(WarehouseLocked, match="run first"):
            with warehouse_lock(warehouse, holder_info("daily", "second"), timeout_seconds=0):
                pass
    with warehouse_lock(warehouse, holder_info("daily", "third"), timeout_seconds=0):
        pass
    assert read_holder(warehouse) is None  # released: the holder info is cleared, the file stays
    assert (warehouse / ".lock").exists()

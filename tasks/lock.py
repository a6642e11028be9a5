"""The warehouse lock: one writing run at a time, held for the whole run, never left stale by a crash.

An exclusive `flock` on `warehouse/.lock`. The kernel drops it when the holder's file is closed,
which includes the process dying by any means (SIGKILL, os._exit, OOM), so a crash never leaves a
lock behind and there is no stale-lock recovery to get wrong. The holder writes who it is into the
file, so a run that has to wait can say what it waits for. Readers (`incidentwire query`) never
take it: Parquet files are replaced by rename, so a reader sees each file whole.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from tasks import storage

LOCK_FILE = ".lock"
POLL_SECONDS = 0.1  # a failed non-blocking flock costs a syscall: polling often is cheap
WAIT_LOG_EVERY_SECONDS = 60.0

log = logging.getLogger("incidentwire")


class WarehouseLocked(RuntimeError):
    """Another run held the warehouse lock for longer than we were willing to wait."""


def holder_info(flow: str, run_id: str | None, parameters: dict | None = None) -> dict:
    """What a lock holder writes into the lock file: who it is, for whoever has to wait."""
    return {
        "flow": flow,
        "run_id": run_id,
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "parameters": parameters or {},
    }


def read_holder(warehouse: Path) -> dict | None:
    """The current (or last) holder's info from the lock file, or None if there is none to read."""
    try:
        text = (storage.local_dir(warehouse) / LOCK_FILE).read_text(encoding="utf-8")
        return json.loads(text) if text.strip() else None
    except (OSError, ValueError):
        return None  # absent, or read while the holder was writing it: it is only informational


def describe(holder: dict | None) -> str:
    """A holder as one phrase for messages: run X (flow daily, pid 123 on host, started T)."""
    if not holder:
        return "another run (no holder info)"
    return (
        f"run {holder.get('run_id')} (flow {holder.get('flow')}, pid {holder.get('pid')} on {holder.get('host')}, "
        f"started {holder.get('started')}, parameters {json.dumps(holder.get('parameters'), sort_keys=True)})"
    )


@contextmanager
def warehouse_lock(
    warehouse: Path, holder: dict, timeout_seconds: float, logger: logging.Logger | None = None
) -> Iterator[None]:
    """Hold the warehouse's exclusive lock for the block; wait up to `timeout_seconds`, then raise WarehouseLocked."""
    warehouse = storage.local_dir(warehouse)  # an S3 warehouse locks a local folder: see tasks/storage.py
    warehouse.mkdir(parents=True, exist_ok=True)
    fd = os.open(warehouse / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, warehouse, timeout_seconds, logger or log)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder, sort_keys=True).encode("utf-8"), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # the file stays (unlinking a flock file races); only its holder info goes
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, warehouse: Path, timeout_seconds: float, logger: logging.Logger) -> None:
    started = time.monotonic()
    next_log = started
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        now = time.monotonic()
        holder = read_holder(warehouse)
        if now - started >= timeout_seconds:
            raise WarehouseLocked(
                f"warehouse {warehouse} is locked by {describe(holder)}; gave up after {timeout_seconds:g} s "
                f"(INCIDENTWIRE_LOCK_TIMEOUT_SECONDS sets the wait)"
            )
        if now >= next_log:
            logger.warning("warehouse %s is in use: waiting for %s", warehouse, describe(holder))
            next_log = now + WAIT_LOG_EVERY_SECONDS
        time.sleep(min(POLL_SECONDS, max(0.0, timeout_seconds - (now - started))))

"""Fail points: named places where a test can make the process die at once, to prove crash safety.

`failpoint(name)` does nothing unless the environment variable INCIDENTWIRE_FAILPOINT arms it:

    INCIDENTWIRE_FAILPOINT=land.between_tables        die on the first hit
    INCIDENTWIRE_FAILPOINT=land.between_tables:3      die on the third hit (counted per process)
    INCIDENTWIRE_FAILPOINT=land.before_rename:2:sigkill   SIGKILL ourselves instead of os._exit
    INCIDENTWIRE_FAILPOINT=a:2,b                       several at once, comma-separated

Dying is `os._exit(137)`: no finally blocks, no atexit handlers, no buffered writes flushed, as
close to `kill -9` as code gets (the `sigkill` mode is the real thing). Like FoundationDB's and
TiKV's fail points, they stay in production code; unarmed, a hit costs one dict lookup.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from dataclasses import dataclass

ENV_VAR = "INCIDENTWIRE_FAILPOINT"
EXIT_CODE = 137  # what a shell reports for a process killed by SIGKILL (128 + 9)

# Every fail point in the code, so tests and docs can list them and a typo is refused.
FAILPOINTS: dict[str, str] = {
    "fetch.after_archive": "an article page was fetched and archived; the rest of the batch is not",
    "land.between_tables": "a day's articles partition is written; its mentions partition is not",
    "land.before_rename": "a Parquet file is written to its temporary name, not yet renamed into place",
    "resolve.between_tables": "incidents partitions are written; incident_articles partitions are not",
    "database.before_rename": "the DuckDB file is built under its temporary name, not yet renamed",
}


@dataclass
class _Armed:
    hit_on: int
    sigkill: bool
    hits: int = 0


_armed: dict[str, _Armed] | None = None  # parsed once, on the first hit
_lock = threading.Lock()


def parse(spec: str) -> dict[str, _Armed]:
    """Parse an INCIDENTWIRE_FAILPOINT value: comma-separated `name[:N][:sigkill]`."""
    armed: dict[str, _Armed] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        name, *rest = item.split(":")
        if name not in FAILPOINTS:
            raise ValueError(f"unknown fail point {name!r} in {ENV_VAR} (known: {', '.join(sorted(FAILPOINTS))})")
        sigkill = bool(rest) and rest[-1] == "sigkill"
        count = rest[:-1] if sigkill else rest
        armed[name] = _Armed(hit_on=int(count[0]) if count else 1, sigkill=sigkill)
    return armed


def reset() -> None:
    """Forget the parsed environment and every hit count (for tests that change the variable)."""
    global _armed
    _armed = None


def failpoint(name: str) -> None:
    """Die here, at once, if INCIDENTWIRE_FAILPOINT arms this point and its hit count is reached."""
    global _armed
    armed = _armed
    if armed is None:
        armed = _armed = parse(os.environ.get(ENV_VAR, ""))
    point = armed.get(name)
    if point is None:
        return
    with _lock:  # fetch threads hit points concurrently; the N-th hit must be exactly one thread
        point.hits += 1
        if point.hits != point.hit_on:
            return
    sys.stderr.write(f"incidentwire: fail point {name} hit, dying\n")
    sys.stderr.flush()
    if point.sigkill:
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(EXIT_CODE)

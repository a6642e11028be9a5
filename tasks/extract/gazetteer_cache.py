"""A pickle cache for built lookup tables, keyed by the files they were built from.

The folder is $INCIDENTWIRE_CACHE_DIR or ~/.cache/incidentwire; INCIDENTWIRE_GAZETTEER_CACHE=0
turns caching off. A cache that cannot be read or written only costs a rebuild.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

DISABLED_VALUES = {"0", "false", "no", "off"}


def cache_path(name: str, inputs: list[Path]) -> Path | None:
    """Where a table built from `inputs` is cached (a hash of their sizes and times); None when off."""
    if os.environ.get("INCIDENTWIRE_GAZETTEER_CACHE", "1").lower() in DISABLED_VALUES:
        return None
    digest = hashlib.sha256()
    for path in inputs:
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    root = Path(os.environ.get("INCIDENTWIRE_CACHE_DIR") or Path.home() / ".cache" / "incidentwire")
    return root / f"{name}-{digest.hexdigest()[:16]}.pickle"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the garbage collector: loading or building ~1M long-lived objects needs no cycle passes."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def read_cache(path: Path | None) -> tuple | None:
    """The cached fields, or None when the cache is off, missing, stale or truncated."""
    if path is None or not path.exists():
        return None
    try:
        with collector_paused(), path.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, ValueError, TypeError, pickle.UnpicklingError):
        return None


def write_cache(path: Path | None, fields: tuple) -> None:
    """Write the fields atomically (temporary file, then rename); errors are ignored."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(fields, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        pass  # a read-only home only costs the rebuild next time

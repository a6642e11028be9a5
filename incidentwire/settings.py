"""One typed settings object: defaults live here, environment variables override them."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
USER_AGENT = "incidentwire/0.1 (+https://github.com/incidentwire/incidentwire; contact: data@incidentwire.org)"


@dataclass(frozen=True)
class Settings:
    """Pipeline settings; every field can be overridden by INCIDENTWIRE_<FIELD>."""

    warehouse: Path = REPO_ROOT / "warehouse"
    sources_file: Path = REPO_ROOT / "sources" / "production.yaml"
    user_agent: str = USER_AGENT
    timeout_seconds: float = 20.0  # each connect or read on the socket
    deadline_seconds: float = 60.0  # one whole attempt, headers to last byte (slow-drip bodies are cut)
    retries: int = 2
    retry_backoff_seconds: float = 1.0
    max_retry_after_seconds: float = 120.0  # a longer Retry-After ends the retries instead of waiting
    max_redirects: int = 5
    breaker_failures: int = 5  # consecutive failed fetches that open a host's circuit
    breaker_cooldown_seconds: float = 300.0  # then one trial request (half-open)
    host_delay_seconds: float = 0.0  # floor on the spacing of request starts per host (sources may ask more)
    host_concurrency: int = 4  # ceiling on requests in flight per host (sources may ask fewer)
    max_compression_ratio: float = 200.0  # decoded/encoded beyond this at the size cap is a decompression bomb
    default_delay_seconds: float = 1.0
    default_concurrency: int = 2
    max_body_bytes: int = 5_000_000
    max_feed_entries: int = 2_000
    obey_robots: bool = True
    max_crawl_delay_seconds: float = 30.0  # a robots.txt Crawl-delay above this is capped, not obeyed
    allow_private_addresses: bool = False
    near_duplicate_threshold: float = 0.7
    merge_window_days: int = 1
    batch_size: int = 500
    lock_timeout_seconds: float = 3600.0  # a run waits this long for another run's warehouse lock, then fails
    task_runner: str = "threads"  # "threads", or "dask": clean and extract go to Dask (flows/runners.py)
    dask_address: str | None = None  # an existing Dask scheduler (tcp://host:8786); None starts a LocalCluster
    dask_workers: int = 2  # worker processes of that LocalCluster

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Build settings from defaults, then INCIDENTWIRE_* variables, then explicit overrides."""
        values: dict[str, object] = {}
        for field in fields(cls):
            raw = os.environ.get(f"INCIDENTWIRE_{field.name.upper()}")
            if raw is not None:
                values[field.name] = _coerce(raw, field.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("warehouse", "sources_file"):
            if key in values:
                values[key] = Path(values[key])  # type: ignore[arg-type]
        return replace(cls(), **values)


def _coerce(raw: str, type_name: object) -> object:
    type_name = str(type_name)
    if "bool" in type_name:
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    if "int" in type_name:
        return int(raw)
    if "float" in type_name:
        return float(raw)
    if "Path" in type_name:
        return Path(raw)
    return raw

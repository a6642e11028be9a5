"""One typed settings object: defaults live here, environment variables override them."""

from __future__ import annotations

import os
import dataclasses
from dataclasses import dataclass, fields, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
USER_AGENT = "incidentwire/0.1 (+https://github.com/incidentwire/incidentwire; contact: data@incidentwire.org)"


@dataclass(frozen=True)
class Settings:
    """Pipeline settings; every field can be overridden by INCIDENTWIRE_<FIELD>."""

    warehouse: Path | str = REPO_ROOT / "warehouse"  # a folder, or an s3://bucket/prefix URI (kept a string)
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
    # A run re-resolves article days within this of the days it landed (extract/dates.py STALE_AFTER_DAYS: 30).
    resolve_horizon_days: int = 30
    batch_size: int = 500
    lock_timeout_seconds: float = 3600.0  # a run waits this long for another run's warehouse lock, then fails
    task_runner: str = "threads"  # "threads", or "dask": clean and extract go to Dask (flows/runners.py)
    dask_address: str | None = None  # an existing Dask scheduler (tcp://host:8786); None starts a LocalCluster
    dask_workers: int = 2  # worker processes of that LocalCluster
    # An s3:// warehouse (tasks/storage.py): unset fields fall back to AWS_ENDPOINT_URL, AWS_REGION, AWS_ACCESS_KEY_ID, ...
    s3_endpoint: str | None = None  # e.g. http://127.0.0.1:9000 for MinIO; None is AWS itself
    s3_region: str | None = None
    s3_access_key_id: str | None = dataclasses.field(default=None, repr=False)
    s3_secret_access_key: str | None = dataclasses.field(default=None, repr=False)
    state_dir: Path = Path.home() / ".cache" / "incidentwire"  # an S3 warehouse's local lock and raw archive
    brief_days: int = 7  # the daily brief's "week": the period its totals, rankings and map cover
    low_confidence_threshold: float = 0.8  # the brief counts incidents below this as low-confidence
    silent_source_days: int = 3  # a source with no article in this many days is listed as silent

    @classmethod
    def from_env(cls, **overrides: object) -> "Settings":
        """Build settings from defaults, then INCIDENTWIRE_* variables, then explicit overrides."""
        values: dict[str, object] = {}
        for field in fields(cls):
            raw = os.environ.get(f"INCIDENTWIRE_{field.name.upper()}")
            if raw is not None:
                values[field.name] = raw if field.name == "warehouse" else _coerce(raw, field.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        for key in ("sources_file", "state_dir"):
            if key in values:
                values[key] = Path(values[key])  # type: ignore[arg-type]
        if "warehouse" in values:  # an s3:// URI must stay a string: Path() folds its "//"
            text = str(values["warehouse"])
            values["warehouse"] = text.rstrip("/") if text.startswith("s3:/") else Path(text)
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

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
    timeout_seconds: float = 20.0
    retries: int = 2
    retry_backoff_seconds: float = 1.0
    default_delay_seconds: float = 1.0
    default_concurrency: int = 2
    max_body_bytes: int = 5_000_000
    max_feed_entries: int = 2_000
    allow_private_addresses: bool = False
    near_duplicate_threshold: float = 0.7
    merge_window_days: int = 1
    batch_size: int = 500

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

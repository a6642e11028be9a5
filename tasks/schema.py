"""Column layouts of the warehouse tables (schema.md is the contract; this is its Arrow form)."""

from __future__ import annotations

import pyarrow as pa

INCIDENT_FIELDS = [
    ("event_date", pa.date32()),
    ("date_text", pa.string()),
    ("country", pa.string()),
    ("country_code", pa.string()),
    ("admin1", pa.string()),
    ("location", pa.string()),
    ("latitude", pa.float64()),
    ("longitude", pa.float64()),
    ("geo_precision", pa.string()),
    ("perpetrator", pa.string()),
    ("claimed", pa.bool_()),
    ("suspected", pa.bool_()),
    ("attack_type", pa.string()),
    ("suicide", pa.bool_()),
    ("target_type", pa.string()),
    ("weapons", pa.list_(pa.string())),
    ("killed", pa.int64()),
    ("killed_low", pa.int64()),
    ("killed_high", pa.int64()),
    ("wounded", pa.int64()),
    ("wounded_low", pa.int64()),
    ("wounded_high", pa.int64()),
    ("perpetrators_killed", pa.int64()),
    ("kidnapped", pa.int64()),
    ("evidence", pa.string()),  # JSON object: field name -> supporting sentence
    ("confidence", pa.float64()),
    ("flags", pa.list_(pa.string())),  # failed plausibility checks (tasks/plausibility.py): kept, never dropped
]
INCIDENT_FIELD_NAMES = [name for name, _ in INCIDENT_FIELDS]
# One article's report of one incident: the incident fields plus where the report came from.
MENTION_FIELDS = [
    ("article_id", pa.string()),
    ("mention_index", pa.int32()),
    ("source", pa.string()),
    ("url", pa.string()),
    ("published_at", pa.timestamp("us", tz="UTC")),
    ("article_date", pa.date32()),
    ("run_id", pa.string()),
    *INCIDENT_FIELDS,
]

# Each table's write policy: "replace" rewrites a date partition, "sync" rewrites only
# partitions whose rows changed (tables recomputed from others), "append" adds a file per run.
TABLES: dict[str, tuple[str, pa.Schema]] = {
    "articles": (
        "replace",
        pa.schema(
            [
                ("id", pa.string()),
                ("url", pa.string()),
                ("canonical_url", pa.string()),
                ("source", pa.string()),
                ("title", pa.string()),
                ("published_at", pa.timestamp("us", tz="UTC")),
                ("fetched_at", pa.timestamp("us", tz="UTC")),
                ("language", pa.string()),
                ("author", pa.string()),
                ("body_text", pa.string()),
                ("content_hash", pa.string()),
                ("duplicate_of", pa.string()),
                ("run_id", pa.string()),
            ]
        ),
    ),
    "mentions": ("replace", pa.schema(MENTION_FIELDS)),
    "incident_articles": (
        "sync",
        pa.schema(
            [
                ("incident_id", pa.string()),
                *MENTION_FIELDS,
            ]
        ),
    ),
    "incidents": (
        "sync",
        pa.schema(
            [
                ("incident_id", pa.string()),
                *INCIDENT_FIELDS,
                ("n_articles", pa.int32()),
                ("n_sources", pa.int32()),
                ("first_reported_at", pa.timestamp("us", tz="UTC")),
                ("last_reported_at", pa.timestamp("us", tz="UTC")),
                ("run_id", pa.string()),
            ]
        ),
    ),
    "runs": (
        "append",
        pa.schema(
            [
                ("run_id", pa.string()),
                ("flow", pa.string()),
                ("parameters", pa.string()),
                ("started_at", pa.timestamp("us", tz="UTC")),
                ("finished_at", pa.timestamp("us", tz="UTC")),
                ("status", pa.string()),
                ("discovered", pa.int64()),
                ("fetched", pa.int64()),
                ("from_archive", pa.int64()),
                ("not_modified", pa.int64()),  # conditional GETs answered 304 (listings and refetched pages)
                ("failed", pa.int64()),
                ("cleaned", pa.int64()),
                ("duplicates", pa.int64()),
                ("mentions", pa.int64()),
                ("incidents", pa.int64()),
                ("failures_by_kind", pa.string()),  # JSON object: fetch_failures kind -> rows
                ("message", pa.string()),
            ]
        ),
    ),
    "fetch_failures": (
        "append",
        pa.schema(
            [
                ("run_id", pa.string()),
                ("source", pa.string()),
                ("url", pa.string()),
                ("stage", pa.string()),
                ("kind", pa.string()),  # stable failure class: timeout, reset, http_5xx, circuit_open, ...
                ("attempts", pa.int64()),  # requests sent for this URL (0: refused before sending)
                ("status", pa.int64()),
                ("error", pa.string()),
                ("at", pa.timestamp("us", tz="UTC")),
            ]
        ),
    ),
}

"""Where the warehouse lives: a local folder (the default) or `s3://bucket/prefix` on S3-compatible storage.

A local warehouse keeps today's behaviour: plain files, written to a temporary name and renamed.
An S3 warehouse is a pyarrow `S3FileSystem` and a root (`bucket/prefix`); its Parquet tables live
there. What needs a real local filesystem stays in a local state folder (`local_dir`): the flock
warehouse lock (S3 has no locks) and the raw fetch archive (one small object per fetch, read back
by directory listings per URL, would cost a LIST per link; it is the crawler's cache, not a table).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pyarrow.fs as pafs

S3_SCHEME = "s3://"


class StorageError(RuntimeError):
    """The warehouse's storage cannot be used (missing bucket, bad credentials, bad URI)."""


@dataclass(frozen=True)
class Store:
    """An S3 warehouse: its filesystem, its root as `bucket/prefix`, and the URI it was given as."""

    filesystem: pafs.FileSystem
    root: str
    uri: str

    def path(self, *parts: str) -> str:
        """The filesystem path of a file or folder under the warehouse root."""
        return "/".join([self.root, *(str(part).strip("/") for part in parts if str(part))])


_STORES: dict[tuple, Store] = {}


def is_remote(warehouse: object) -> bool:
    """True for an `s3://` warehouse URI (also as `s3:/...`, what Path() makes of one)."""
    return str(warehouse).startswith("s3:/")


def as_warehouse(value: object) -> Path | str:
    """A warehouse setting as given: an `s3://` URI stays a string (a Path would fold its `//`), else a Path."""
    text = str(value)
    return normalise_uri(text) if is_remote(text) else Path(text)


def normalise_uri(uri: str) -> str:
    """`s3://bucket/prefix` without a trailing slash (from `s3:/bucket/prefix/` too)."""
    bucket, prefix = split_uri(uri)
    return S3_SCHEME + "/".join(part for part in (bucket, prefix) if part)


def split_uri(uri: str) -> tuple[str, str]:
    """`s3://bucket/prefix` as (bucket, prefix); the prefix may be empty."""
    bucket, _, prefix = str(uri).removeprefix("s3:").strip("/").partition("/")
    if not bucket:
        raise StorageError(f"warehouse {uri!r} names no bucket (expected s3://bucket/prefix)")
    return bucket, prefix.strip("/")


def s3_options(settings=None) -> dict:
    """S3FileSystem keyword arguments from settings (INCIDENTWIRE_S3_*), else the standard AWS_* variables."""
    from incidentwire.settings import Settings

    settings = settings or Settings.from_env()
    endpoint = settings.s3_endpoint or os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL")
    options: dict = {}
    region = settings.s3_region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        options["region"] = region
    access_key = settings.s3_access_key_id or os.environ.get("AWS_ACCESS_KEY_ID")
    secret_key = settings.s3_secret_access_key or os.environ.get("AWS_SECRET_ACCESS_KEY")
    if access_key and secret_key:
        options.update(access_key=access_key, secret_key=secret_key)
        token = os.environ.get("AWS_SESSION_TOKEN")
        if token:
            options["session_token"] = token
    if endpoint:
        scheme, sep, host = endpoint.partition("://")
        options.update(endpoint_override=host if sep else endpoint, scheme=scheme if sep else "https")
    return options


def open_store(warehouse: str, settings=None) -> Store:
    """The S3 warehouse at `warehouse`, its bucket checked once per process; raises StorageError at once if unusable."""
    options = s3_options(settings)
    warehouse = normalise_uri(str(warehouse))
    key = (warehouse, tuple(sorted(options.items())))
    if key in _STORES:
        return _STORES[key]
    bucket, prefix = split_uri(warehouse)
    filesystem = pafs.S3FileSystem(**options)
    try:
        info = filesystem.get_file_info(bucket)
    except OSError as exc:
        message = " ".join(str(exc).split())[:300]
        if "ACCESS_DENIED" in message or "403" in message:
            raise StorageError(
                f"warehouse {warehouse}: access to bucket {bucket!r} denied; check INCIDENTWIRE_S3_ACCESS_KEY_ID and "
                f"INCIDENTWIRE_S3_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) ({message})"
            ) from exc
        raise StorageError(f"warehouse {warehouse}: cannot reach bucket {bucket!r} ({message})") from exc
    if info.type == pafs.FileType.NotFound:
        raise StorageError(
            f"warehouse {warehouse}: bucket {bucket!r} does not exist or these credentials cannot see it "
            "(create it first; the pipeline never creates buckets)"
        )
    store = Store(filesystem, "/".join(part for part in (bucket, prefix) if part), str(warehouse))
    _STORES[key] = store
    return store


def local_dir(warehouse: object, state_dir: Path | None = None) -> Path:
    """The local folder for the lock and raw archive: the warehouse itself, or for S3 <state_dir>/s3/<bucket>/<prefix>."""
    if not is_remote(warehouse):
        return Path(warehouse)  # type: ignore[arg-type]
    if state_dir is None:
        from incidentwire.settings import Settings

        state_dir = Settings.from_env().state_dir
    bucket, prefix = split_uri(str(warehouse))
    return Path(state_dir) / "s3" / bucket / prefix


def exists(warehouse: object) -> bool:
    """Whether a warehouse is there: a local folder, or a reachable bucket (StorageError if not)."""
    if is_remote(warehouse):
        open_store(str(warehouse))
        return True
    return Path(warehouse).is_dir()  # type: ignore[arg-type]

"""The source registry: a YAML or TOML file listing the outlets to crawl."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SOURCE_KINDS = ("rss", "atom", "sitemap", "news-sitemap", "html")


class RegistryError(ValueError):
    """The registry file is missing, unreadable or malformed."""


@dataclass(frozen=True)
class Source:
    """One source: where to discover article links and how politely to fetch them."""

    id: str
    kind: str
    urls: tuple[str, ...]
    language: str = "en"
    link_selector: str | None = None
    delay: float | None = None
    concurrency: int | None = None
    name: str | None = None
    country: str | None = None  # the outlet's home country (ISO alpha-2), a weak hint for places
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def url(self) -> str:
        """The first URL of the source."""
        return self.urls[0]


def load_registry(path: str | Path, variables: dict[str, str] | None = None) -> list[Source]:
    """Read a registry file; `{name}` placeholders in URLs are filled from `variables`."""
    path = Path(path)
    if not path.is_file():
        raise RegistryError(f"source registry not found: {path}")
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"{path}: not valid {'TOML' if path.suffix == '.toml' else 'YAML'}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise RegistryError(f"{path}: expected a top-level 'sources' list")
    sources = [_parse_source(entry, index, path, variables or {}) for index, entry in enumerate(data["sources"])]
    ids = [source.id for source in sources]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise RegistryError(f"{path}: duplicate source ids: {', '.join(duplicated)}")
    return sources


def registry_ids(path: str | Path, wanted: list[str] | str | None = None) -> list[str]:
    """The source ids a registry file lists (those in `wanted`), without filling URL placeholders."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text) if path.suffix == ".toml" else yaml.safe_load(text)
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as exc:
        raise RegistryError(f"{path}: not valid {'TOML' if path.suffix == '.toml' else 'YAML'}: {exc}") from exc
    ids = [e["id"] for e in (data or {}).get("sources") or [] if isinstance(e, dict) and isinstance(e.get("id"), str)]
    if wanted in (None, "all") or wanted == ["all"]:
        return ids
    names = {w.strip() for w in (wanted.split(",") if isinstance(wanted, str) else wanted)}
    return [i for i in ids if i in names]


def select_sources(sources: list[Source], wanted: list[str] | str | None) -> list[Source]:
    """Keep the sources named in `wanted` ("all", None, a list or a comma-separated string)."""
    if wanted is None or wanted == "all" or wanted == ["all"]:
        return sources
    names = [w.strip() for w in (wanted.split(",") if isinstance(wanted, str) else wanted) if w.strip()]
    known = {source.id for source in sources}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise RegistryError(f"unknown source ids: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return [source for source in sources if source.id in names]


def _parse_source(entry: object, index: int, path: Path, variables: dict[str, str]) -> Source:
    where = f"{path}: source #{index + 1}"
    if not isinstance(entry, dict):
        raise RegistryError(f"{where}: expected a mapping")
    entry = dict(entry)
    source_id = entry.pop("id", None)
    if not source_id or not isinstance(source_id, str):
        raise RegistryError(f"{where}: missing 'id'")
    kind = entry.pop("kind", None)
    if kind not in SOURCE_KINDS:
        raise RegistryError(f"{where} ({source_id}): kind must be one of {', '.join(SOURCE_KINDS)}, got {kind!r}")
    urls = entry.pop("urls", None) or []
    if "url" in entry:
        urls = [entry.pop("url"), *urls]
    if isinstance(urls, str):
        urls = [urls]
    if not urls:
        raise RegistryError(f"{where} ({source_id}): missing 'url' or 'urls'")
    try:
        urls = [u.format(**variables) if "{" in u else u for u in urls]
    except KeyError as exc:
        raise RegistryError(f"{where} ({source_id}): unknown placeholder {exc} in URL") from exc
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise RegistryError(f"{where} ({source_id}): URL must be http(s): {url}")
    selector = entry.pop("link_selector", None)
    if kind == "html" and not selector:
        raise RegistryError(f"{where} ({source_id}): an html source needs a 'link_selector'")
    delay = entry.pop("delay", None)
    concurrency = entry.pop("concurrency", None)
    return Source(
        id=source_id,
        kind=kind,
        urls=tuple(urls),
        language=str(entry.pop("language", "en")),
        link_selector=selector,
        delay=float(delay) if delay is not None else None,
        concurrency=int(concurrency) if concurrency is not None else None,
        name=entry.pop("name", None),
        country=_country_code(entry.pop("country", None), where, source_id),
        extra=entry,
    )


def _country_code(value: object, where: str, source_id: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 2 or not value.isalpha():
        raise RegistryError(f"{where} ({source_id}): country must be an ISO 3166-1 alpha-2 code, got {value!r}")
    return value.upper()
